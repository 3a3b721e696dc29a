// Postprocessors for grammar/shell.ne and the single pass that turns the parse tree into the AST.
//
// Earley runs a postprocessor for every completed item, including items that never reach the
// final parse, so every postprocessor here is O(1): lists are built as left-recursive cons
// cells ({h: newest, t: rest}) and turned into arrays once, after the parse (toList).
// Copying arrays in a postprocessor (or nearley's `:*`, which concats) makes a line O(n²).
import type { Token } from "moo";
import type { AndOr, Assign, List, Pipeline, Redirect, SimpleCommand, Word, WordPart } from "./ast.js";

export interface Cons<T> {
  h: T;
  t: Cons<T> | null;
}

/** A word piece as the grammar sees it: one part, or the parts of a "..." string. */
export type Seg = WordPart | { dq: Cons<WordPart> | null };
export interface RawWord {
  w: Cons<Seg>;
}
export interface RawRedirect {
  fd: number;
  op: Redirect["op"];
  target: RawWord;
}
export type Unit = RawWord | RawRedirect;
export interface RawPipeline {
  bang: boolean;
  cmds: Cons<Cons<Unit>> | null; // null: a lone `!` (one empty command)
}
export interface RawAndOr {
  op: "&&" | "||" | null;
  p: RawPipeline;
}
export interface RawItem {
  a: Cons<RawAndOr>;
  sep: Sep | null; // the separator before this item
}
export type Sep = ";" | "&" | "\n";
export interface RawInput {
  items: Cons<RawItem> | null;
  trail: Sep | null;
}

// nearley passes `d: any[]`; these helpers keep the .ne file short.
type D = any[];

export const nil = (): null => null;
export const first = (d: D): Cons<unknown> => ({ h: d[0], t: null });
/** `list X` → cons(X, list): the new element is d[n], the list d[0]. */
export const snoc =
  (n: number) =>
  (d: D): Cons<unknown> => ({ h: d[n], t: d[0] });

const tok = (d: D, i = 0): Token => d[i] as Token;

export const bare = (d: D): WordPart => ({ kind: "lit", text: tok(d).text, quoted: false });
export const bangLit = (): WordPart => ({ kind: "lit", text: "!", quoted: false });
export const esc = (d: D): WordPart => ({ kind: "lit", text: tok(d).text.slice(1), quoted: true });
export const sqEmpty = (): WordPart => ({ kind: "lit", text: "", quoted: true });
export const sqText = (d: D): WordPart => ({ kind: "lit", text: tok(d, 1).text, quoted: true });
export const dq = (d: D): Seg => ({ dq: d[1] as Cons<WordPart> | null });
export const dqText = (d: D): WordPart => ({ kind: "lit", text: tok(d).text, quoted: true });
export const dqEsc = (d: D): WordPart => {
  const c = tok(d).text.slice(1);
  return { kind: "lit", text: c === "\n" ? "" : c, quoted: true };
};
const paramName = (text: string): string => (text[1] === "{" ? text.slice(2, -1) : text.slice(1));
export const param = (d: D): WordPart => ({ kind: "param", name: paramName(tok(d).text), quoted: false });
export const dqParam = (d: D): WordPart => ({ kind: "param", name: paramName(tok(d).text), quoted: true });

export const word = (d: D): RawWord => ({ w: d[0] as Cons<Seg> });
/** A command's first unit, a word: one cons cell holding it. */
export const firstWord = (d: D): Cons<Unit> => ({ h: { w: d[0] as Cons<Seg> }, t: null });
export const bangWord = (): RawWord => ({ w: { h: bangLit(), t: null } });

export const op =
  (o: Redirect["op"]) =>
  (): Redirect["op"] =>
    o;
const defaultFd = (o: Redirect["op"]): number => (o === "<" ? 0 : 1);
export const redirect = (d: D): RawRedirect => ({ fd: defaultFd(d[0]), op: d[0], target: d[1] });
export const ioRedirect = (d: D): RawRedirect => ({ fd: Number(tok(d).text), op: d[1], target: d[2] });

export const pipeline = (d: D): RawPipeline => ({ bang: false, cmds: d[0] });
export const bangOnly = (d: D): RawPipeline => ({ bang: (d[0] as number) % 2 === 1, cmds: null });
export const bangPipeline = (d: D): RawPipeline => ({ bang: (d[0] as number) % 2 === 1, cmds: d[1] });
export const one = (): number => 1;
export const inc = (d: D): number => (d[0] as number) + 1;

export const konst =
  <T>(v: T) =>
  (): T =>
    v;
export const andorFirst = (d: D): Cons<RawAndOr> => ({ h: { op: null, p: d[0] }, t: null });
export const andorNext = (d: D): Cons<RawAndOr> => ({ h: { op: d[1], p: d[2] }, t: d[0] });
export const itemFirst = (d: D): Cons<RawItem> => ({ h: { a: d[0], sep: null }, t: null });
export const itemNext = (d: D): Cons<RawItem> => ({ h: { a: d[2], sep: d[1] }, t: d[0] });
export const inputEmpty = (): RawInput => ({ items: null, trail: null });
export const input = (d: D): RawInput => ({ items: d[0], trail: null });
export const inputSep = (d: D): RawInput => ({ items: d[0], trail: d[1] });

// ---------------------------------------------------------------------------------------------
// Tree → AST

/** Cons list (newest first) → array (oldest first). */
export function toArray<T>(c: Cons<T> | null): T[] {
  const out: T[] = [];
  for (let p = c; p !== null; p = p.t) out.push(p.h);
  return out.reverse();
}

function pushPart(parts: WordPart[], p: WordPart): void {
  const last = parts[parts.length - 1];
  if (p.kind === "lit" && last !== undefined && last.kind === "lit" && last.quoted === p.quoted) {
    parts[parts.length - 1] = { kind: "lit", text: last.text + p.text, quoted: p.quoted };
  } else {
    parts.push(p);
  }
}

function toWord(raw: RawWord): Word {
  const parts: WordPart[] = [];
  for (const seg of toArray(raw.w)) {
    if ("dq" in seg) {
      const inner = toArray(seg.dq);
      if (inner.length === 0) pushPart(parts, { kind: "lit", text: "", quoted: true });
      for (const p of inner) pushPart(parts, p);
    } else {
      pushPart(parts, seg);
    }
  }
  return { parts };
}

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function asAssign(w: Word): Assign | null {
  const p0 = w.parts[0];
  if (p0 === undefined || p0.kind !== "lit" || p0.quoted) return null;
  const m = ASSIGN.exec(p0.text);
  if (m === null) return null;
  const rest = p0.text.slice(m[0].length);
  const value: WordPart[] = rest === "" ? [] : [{ kind: "lit", text: rest, quoted: false }];
  for (let i = 1; i < w.parts.length; i++) value.push(w.parts[i]!);
  return { name: m[1]!, value: { parts: value } };
}

function toCommand(units: Cons<Unit> | null): SimpleCommand {
  const cmd: SimpleCommand = { assigns: [], words: [], redirects: [] };
  for (const u of toArray(units)) {
    if ("w" in u) {
      const w = toWord(u);
      const a = cmd.words.length === 0 ? asAssign(w) : null;
      if (a !== null) cmd.assigns.push(a);
      else cmd.words.push(w);
    } else {
      cmd.redirects.push({ fd: u.fd, op: u.op, target: toWord(u.target) });
    }
  }
  return cmd;
}

function toPipeline(p: RawPipeline): Pipeline {
  const commands = p.cmds === null ? [toCommand(null)] : toArray(p.cmds).map(toCommand);
  return { bang: p.bang, commands };
}

function toAndOr(c: Cons<RawAndOr>): AndOr {
  const all = toArray(c);
  const rest: AndOr["rest"] = [];
  for (let i = 1; i < all.length; i++) {
    const x = all[i]!;
    rest.push({ op: x.op === "||" ? "||" : "&&", pipeline: toPipeline(x.p) });
  }
  return { first: toPipeline(all[0]!.p), rest };
}

export function toList(raw: RawInput): List {
  const items = toArray(raw.items);
  return {
    items: items.map((it, i) => ({
      andor: toAndOr(it.a),
      background: (i + 1 < items.length ? items[i + 1]!.sep : raw.trail) === "&",
    })),
  };
}
