// Shell patterns for case, [[ ]] and ${x#pat}: * ? [...] ([!...] negates) and ksh's pattern
// lists @(a|b) *(a|b) +(a|b) ?(a|b) !(a|b) on unquoted text, quoted text literal. Unlike pathname
// expansion, * and ? also match a slash and a leading dot; glob.ts matches path components with
// the same patterns (a component holds no slash) and applies the leading-dot rule itself.
//
// A pattern is parsed into a small tree and compiled to the derivative automaton of deriv.ts
// (linear time, complement for !(…)), in both directions: forward for a whole match and the
// prefixes of ${x#pat} ${x##pat}, reversed for the suffixes of ${x%pat} ${x%%pat}. Each answer
// is one pass over the subject. Compiled patterns are cached (case and globs in loops).
import { parseBracket, type CharSet } from "../common/bracket.js";
import { Automaton, type Node } from "./deriv.js";
import type { Piece } from "./glob.js";

/** the pieces as one pattern text: quoted characters escaped with a backslash */
export function patternText(pieces: Piece[]): string {
  let s = "";
  for (const p of pieces) s += p.quoted ? p.text.replace(/[\s\S]/gu, (c) => "\\" + c) : p.text;
  return s;
}

/**
 * For each `(` of t, whether a `)` closes it (the end of a pattern list), found in one pass: a
 * text of many unclosed `@(` must not be scanned to its end once per `(`.
 */
function closed(t: string): Set<number> {
  const open: number[] = [];
  const out = new Set<number>();
  for (let k = 0; k < t.length; k++) {
    const c = t[k];
    if (c === "\\") k++;
    else if (c === "(") open.push(k);
    else if (c === ")" && open.length) out.add(open.pop()!);
  }
  return out;
}

/** does the pattern text hold a pattern character (not escaped)? */
export function isPattern(t: string): boolean {
  let lists: Set<number> | null = null;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
    else if ((c === "@" || c === "+" || c === "!") && t[i + 1] === "(" && (lists ??= closed(t)).has(i + 1)) return true;
  }
  return false;
}

type Pat = { k: "char"; c: number } | { k: "any" } | { k: "star" } | { k: "set"; set: CharSet } | { k: "list"; op: string; alts: Pat[][] };

/** pattern lists nested deeper than this are read as plain characters */
const MAX_NESTING = 200;

/** the pattern text as a tree (a sequence) */
function parse(t: string): Pat[] {
  let i = 0;
  const lists = closed(t);
  /** no `]` after this index: no bracket can start at or after it */
  const lastClose = t.lastIndexOf("]");
  const syn = { shell: true, seen: new Map<string, { from: number; at: number }>() };
  const seq = (depth: number): Pat[] => {
    const out: Pat[] = [];
    while (i < t.length) {
      const c = t[i]!;
      if (depth > 0 && (c === ")" || c === "|")) break;
      if ("@*+?!".includes(c) && t[i + 1] === "(" && depth < MAX_NESTING && lists.has(i + 1)) {
        i += 2;
        const alts: Pat[][] = [seq(depth + 1)];
        while (t[i] === "|") {
          i++;
          alts.push(seq(depth + 1));
        }
        i++; // the `)`
        out.push({ k: "list", op: c, alts });
        continue;
      }
      if (c === "[" && i < lastClose) {
        const b = parseBracket(t, i, syn);
        if (b !== null) {
          out.push({ k: "set", set: b.set });
          i = b.next;
          continue;
        }
      }
      i++;
      if (c === "*") out.push({ k: "star" });
      else if (c === "?") out.push({ k: "any" });
      else {
        const e = c === "\\" && i < t.length ? i++ : i - 1;
        const cp = t.codePointAt(e)!;
        if (cp > 0xffff) i++;
        out.push({ k: "char", c: cp });
      }
    }
    return out;
  };
  return seq(0);
}

/** the tree as an automaton expression; `rev`: for the reversed strings */
function build(au: Automaton, seq: Pat[], rev: boolean): Node {
  const nodes = seq.map((p) => item(au, p, rev));
  if (rev) nodes.reverse();
  let acc = au.eps;
  for (let k = nodes.length - 1; k >= 0; k--) acc = au.cat(nodes[k]!, acc);
  return acc;
}

function item(au: Automaton, p: Pat, rev: boolean): Node {
  switch (p.k) {
    case "char":
      return au.chars({ neg: false, ranges: [p.c, p.c] });
    case "any":
      return au.any;
    case "star":
      return au.all;
    case "set":
      return au.chars(p.set);
    case "list": {
      const g = au.alt(p.alts.map((s) => build(au, s, rev)));
      if (p.op === "@") return g;
      if (p.op === "*") return au.star(g);
      if (p.op === "+") return au.cat(g, au.star(g));
      if (p.op === "?") return au.alt([au.eps, g]);
      return au.not(g);
    }
  }
}

/** an automaton that has made this many expressions more than its pattern's own starts afresh
 *  (its tables are the memory it uses) */
const MAX_STATES = 100_000;

/** the code point that ends at s[i - 1] (a surrogate pair read backwards) and its width */
function codePointBefore(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i > 1) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [s.codePointAt(i - 2)!, 2];
  }
  return [c, 1];
}

export class ShellPattern {
  private au!: Automaton;
  private fwd!: Node;
  private back: Node | null = null;
  /** the automaton's size past which it starts afresh */
  private limit = 0;
  /** the pattern is this plain string */
  private readonly literal: string | null;
  private readonly tree: Pat[];
  constructor(text: string) {
    this.tree = parse(text);
    this.literal = this.tree.every((p) => p.k === "char") ? this.tree.map((p) => String.fromCodePoint((p as { c: number }).c)).join("") : null;
    this.fresh();
  }
  private fresh(): void {
    this.au = new Automaton();
    this.fwd = build(this.au, this.tree, false);
    this.back = null;
    this.limit = this.au.size + MAX_STATES;
  }
  private reversed(): Node {
    if (this.back === null) {
      this.back = build(this.au, this.tree, true);
      this.limit = this.au.size + MAX_STATES;
    }
    return this.back;
  }
  /** one character on; a walk that has made too many states goes on in a fresh automaton */
  private step(n: Node, c: number): Node {
    const d = this.au.step(n, c);
    if (this.au.size <= this.limit) return d;
    this.fresh();
    const adopted = this.au.adopt(d);
    this.limit = this.au.size + MAX_STATES;
    return adopted;
  }
  /** does the pattern match all of s? */
  matches(s: string): boolean {
    if (this.literal !== null) return s === this.literal;
    let n = this.fwd;
    for (let i = 0; i < s.length; ) {
      const c = s.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      n = this.step(n, c);
      if (n === this.au.empty) return false;
    }
    return n.nullable;
  }
  /** the length of the shortest (${x#pat}) or longest (${x##pat}) prefix it matches, or -1 */
  prefix(s: string, longest: boolean): number {
    if (this.literal !== null) return s.startsWith(this.literal) ? this.literal.length : -1;
    let n = this.fwd;
    let best = n.nullable ? 0 : -1;
    for (let i = 0; i < s.length && !(best >= 0 && !longest); ) {
      const c = s.codePointAt(i)!;
      i += c > 0xffff ? 2 : 1;
      n = this.step(n, c);
      if (n === this.au.empty) break;
      if (n.nullable) best = i;
    }
    return best;
  }
  /** where the shortest (${x%pat}) or longest (${x%%pat}) suffix it matches starts, or -1: the
   *  reversed pattern read from the end */
  suffix(s: string, longest: boolean): number {
    if (this.literal !== null) return s.endsWith(this.literal) ? s.length - this.literal.length : -1;
    let n = this.reversed();
    let best = n.nullable ? s.length : -1;
    for (let i = s.length; i > 0 && !(best >= 0 && !longest); ) {
      const [c, w] = codePointBefore(s, i);
      i -= w;
      n = this.step(n, c);
      if (n === this.au.empty) break;
      if (n.nullable) best = i;
    }
    return best;
  }
}

const cache = new Map<string, ShellPattern>();

/** the compiled pattern of a pattern text (backslash escapes a character) */
export function compilePattern(text: string): ShellPattern {
  let p = cache.get(text);
  if (p === undefined) {
    p = new ShellPattern(text);
    if (cache.size >= 1024) cache.clear();
    cache.set(text, p);
  }
  return p;
}

/** the compiled pattern of a word's pieces */
export function shellPattern(pieces: Piece[]): ShellPattern {
  return compilePattern(patternText(pieces));
}
