// A fast path for the commonest lines: plain words, with ` | `, ` > `, ` >> ` and ` < ` between
// them. Such a line has exactly one reading, which this builds directly instead of running the
// Earley parser (about 20 µs a line). Anything else — quotes, $, comments, ; && ||, assignments,
// an operator not surrounded by blanks, a reserved word (for, if, do, [[ …) or an alias where a
// command starts, ( ) { } ` ~ << — returns null and goes to the grammar.
// test/grammar/fast.test.ts checks on random lines that both give the same AST.
import type { List, Redirect, SimpleCommand, Word } from "./ast.js";

/** the characters a plain word may have: A-Z a-z 0-9 _ . / : , + % @ * ? ^ = [ ] - */
const WORD_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./:,+%@*?^=[]-") WORD_CHAR[c.charCodeAt(0)] = 1;

/**
 * The line's tokens when it is only plain words and the operators | > >> <, each with blanks (or
 * the line's ends) around it; null for anything else, an empty line too. One scan, no regex:
 * this runs for every line typed.
 */
function tokens(src: string): string[] | null {
  const toks: string[] = [];
  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    const start = i;
    if (c === 124 || c === 60) i++; // | <
    else if (c === 62) i += src.charCodeAt(i + 1) === 62 ? 2 : 1; // > >>
    else while (i < n && src.charCodeAt(i) < 128 && WORD_CHAR[src.charCodeAt(i)] === 1) i++;
    if (i === start) return null;
    // a token ends at a blank or at the end of the line (||, >>>, a|b, $x … go to the grammar)
    if (i < n && src.charCodeAt(i) !== 32 && src.charCodeAt(i) !== 9) return null;
    toks.push(src.slice(start, i));
  }
  return toks.length ? toks : null;
}

const isOperator = (t: string) => t === "|" || t === ">" || t === ">>" || t === "<";

/** reserved words ksh recognises at the start of a command (`{` `}` never pass WORD) */
const RESERVED = new Set(["for", "while", "until", "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "select", "function", "time", "[["]);

/**
 * The word for a token. Nothing changes an AST once parsed, so a word typed again (cat, grep,
 * a file name) is the same object: most lines a person or a script types repeat their words.
 */
const words = new Map<string, Word>();
function word(text: string): Word {
  let w = words.get(text);
  if (w === undefined) {
    if (words.size >= 4096) words.clear();
    w = { parts: [{ kind: "lit", text, quoted: false }] };
    words.set(text, w);
  }
  return w;
}

/** `aliases`: the shell's aliases (a line whose command name is one goes to the grammar) */
export function fastParse(src: string, aliases?: ReadonlyMap<string, string>): List | null {
  const toks = tokens(src);
  if (toks === null) return null;
  const commands: SimpleCommand[] = [];
  let cur: SimpleCommand = { assigns: [], words: [], redirects: [] };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t === "|") {
      if (cur.words.length === 0 && cur.redirects.length === 0) return null;
      commands.push(cur);
      cur = { assigns: [], words: [], redirects: [] };
    } else if (t === ">" || t === ">>" || t === "<") {
      const target = toks[++i];
      if (target === undefined || isOperator(target)) return null;
      const r: Redirect = { fd: t === "<" ? 0 : 1, op: t, target: word(target) };
      cur.redirects.push(r);
    } else {
      // the first word of a command might be an assignment or a reserved word: leave it to the grammar
      if (cur.words.length === 0 && (t.includes("=") || t === "!" || RESERVED.has(t) || aliases?.has(t))) return null;
      cur.words.push(word(t));
    }
  }
  if (cur.words.length === 0 && cur.redirects.length === 0) return commands.length ? null : { items: [] };
  commands.push(cur);
  return { items: [{ andor: { first: { bang: false, commands }, rest: [] }, background: false }] };
}
