// Postprocessors for grammar/shell.ne and the single pass that turns the parse tree into the AST.
//
// Earley runs a postprocessor for every completed item, including items that never reach the
// final parse, so every postprocessor here is O(1): lists are built as left-recursive cons
// cells ({h: newest, t: rest}) and turned into arrays once, after the parse (toList).
// Copying arrays in a postprocessor (or nearley's `:*`, which concats) makes a line O(n²).
import type { Token } from "moo";
import type { AndOr, Assign, CaseArm, Command, CompoundCommand, CondExpr, List, ParamOp, Pipeline, Redirect, SimpleCommand, Word, WordPart } from "./ast.js";
import type { DlessToken, HereDocBox } from "./lexer.js";

export interface Cons<T> {
  h: T;
  t: Cons<T> | null;
}

/** $(( … )) as the grammar sees it: text, and parenthesised groups. */
export type ArithPiece = string | { p: Cons<ArithPiece> | null };
/** A part before the tree pass: $( … ), $(( … )) and ${name op word} still hold raw trees. */
export type RawPart =
  | WordPart
  | { cs: RawInput; q: boolean }
  | { ar: Cons<ArithPiece> | null; q: boolean }
  | { px: { name: string; op: ParamOp; w: Cons<Seg> | null }; q: boolean };
/** A word piece as the grammar sees it: one part, or the parts of a "..." string. */
export type Seg = RawPart | { dq: Cons<RawPart> | null };
export interface RawWord {
  w: Cons<Seg>;
}
export interface RawRedirect {
  fd: number;
  op: Redirect["op"];
  target: RawWord;
  doc?: HereDocBox;
}
export type Unit = RawWord | RawRedirect;
export interface RawArm {
  pats: Cons<RawWord>;
  body: RawInput | null;
}
export type RawCond =
  | { k: "and" | "or"; l: RawCond; r: RawCond }
  | { k: "not"; x: RawCond }
  | { k: "unary"; op: string; a: RawWord }
  | { k: "binary"; op: string; l: RawWord; r: RawWord }
  | { k: "word"; w: RawWord };
/** `e`: the offset just past the body's last token (for a function's text) */
export type RawBody = { e: number } & (
  | { k: "group" | "subshell"; l: RawInput }
  | { k: "for" | "select"; name: string; hasIn: boolean; words: Cons<RawWord> | null; body: RawInput }
  | { k: "while" | "until"; cond: RawInput; body: RawInput }
  | { k: "if"; cond: RawInput; then: RawInput; elifs: Cons<{ cond: RawInput; body: RawInput }> | null; els: RawInput | null }
  | { k: "case"; word: RawWord; arms: Cons<RawArm> | null; last: RawArm | null }
  | { k: "cond"; x: RawCond }
  | { k: "arith"; ar: Cons<ArithPiece> | null }
);
export interface RawCompound {
  cb: RawBody;
  r: Cons<RawRedirect> | null;
}
/** a function definition: `s`..`e` is its text in the source */
export interface RawFunc {
  fn: string;
  body: RawCompound | RawFunc;
  s: number;
  e: number;
}
/** a pipeline element: a simple command's units, or a compound command */
export type RawCmd = Cons<Unit> | RawCompound | RawFunc;
export interface RawPipeline {
  bang: boolean;
  cmds: Cons<RawCmd> | null; // null: a lone `!` (one empty command)
  time?: true;
}
export interface RawAndOr {
  op: "&&" | "||" | null;
  p: RawPipeline;
}
export interface RawItem {
  a: Cons<RawAndOr>;
  sep: Sep | null; // the separator before this item
}
export type Sep = ";" | "&" | "|&" | "\n";
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

// Where each simple command starts: the line of the first token of its first word (or
// redirection), kept beside the AST (the nodes stay plain data), for the messages of a shell that
// names the line (bash's `line 3:`, ksh93's `[3]`). A word piece made from a token remembers the
// token's line; toCommand looks the first one up.
const SEG_LINE = new WeakMap<object, number>();
const COMMAND_LINE = new WeakMap<SimpleCommand, number>();
/** added to the lexer's lines (1 for the first line of the text) while a parse is turned into the AST */
let lineOffset = 0;
const at = <T extends object>(x: T, t: Token | undefined): T => {
  if (t !== undefined) SEG_LINE.set(x, t.line);
  return x;
};

/** the line a simple command starts on in the text it was parsed from (counted from the parse's
 *  firstLine); undefined for a command the parser did not build */
export function commandLine(c: SimpleCommand): number | undefined {
  return COMMAND_LINE.get(c);
}

/** a command built without the lexer (grammar/fast.ts: one line) is on the parse's first line */
export function placeCommand(c: SimpleCommand, line: number): void {
  COMMAND_LINE.set(c, line);
}

export const bare = (d: D): WordPart => at({ kind: "lit", text: tok(d).text, quoted: false }, tok(d));
export const bangLit = (): WordPart => ({ kind: "lit", text: "!", quoted: false });
export const esc = (d: D): WordPart => at({ kind: "lit", text: tok(d).text.slice(1), quoted: true }, tok(d));
export const sqEmpty = (d: D): WordPart => at({ kind: "lit", text: "", quoted: true }, tok(d));
export const sqText = (d: D): WordPart => at({ kind: "lit", text: tok(d, 1).text, quoted: true }, tok(d));
export const dq = (d: D): Seg => at({ dq: d[1] as Cons<WordPart> | null }, tok(d));
export const dqText = (d: D): WordPart => ({ kind: "lit", text: tok(d).text, quoted: true });
export const dqEsc = (d: D): WordPart => {
  const c = tok(d).text.slice(1);
  return { kind: "lit", text: c === "\n" ? "" : c, quoted: true };
};
const paramName = (text: string): string => (text[1] === "{" ? text.slice(2, -1) : text.slice(1));
export const param = (d: D): WordPart => at({ kind: "param", name: paramName(tok(d).text), quoted: false }, tok(d));
export const dqParam = (d: D): WordPart => ({ kind: "param", name: paramName(tok(d).text), quoted: true });

export const word = (d: D): RawWord => ({ w: d[0] as Cons<Seg> });
/** A command's first unit, a word: one cons cell holding it. */
export const firstWord = (d: D): Cons<Unit> => ({ h: { w: d[0] as Cons<Seg> }, t: null });
export const bangWord = (): RawWord => ({ w: { h: bangLit(), t: null } });

export const op =
  (o: Redirect["op"]) =>
  (): Redirect["op"] =>
    o;
const defaultFd = (o: Redirect["op"]): number => (o.startsWith("<") ? 0 : 1);
export const redirect = (d: D): RawRedirect => ({ fd: defaultFd(d[0]), op: d[0], target: d[1] });
export const ioRedirect = (d: D): RawRedirect => ({ fd: Number(tok(d).text), op: d[1], target: d[2] });
/** `<<` / `<<-`: the op, and the token's here-document box (filled in when the line ends) */
export const heredocOp = (d: D): { op: Redirect["op"]; doc: HereDocBox | undefined } => ({
  op: tok(d).text === "<<-" ? "<<-" : "<<",
  doc: (d[0] as DlessToken).doc,
});
export const hdRedirect = (d: D): RawRedirect => hdr(0, d[0], d[1]);
export const ioHdRedirect = (d: D): RawRedirect => hdr(Number(tok(d).text), d[1], d[2]);
function hdr(fd: number, h: { op: Redirect["op"]; doc: HereDocBox | undefined }, target: RawWord): RawRedirect {
  const r: RawRedirect = { fd, op: h.op, target };
  if (h.doc !== undefined) r.doc = h.doc;
  return r;
}

// compound commands
export const nth =
  (n: number) =>
  (d: D): unknown =>
    d[n];
/** the offset just past token d[i] */
const end = (d: D, i: number): number => tok(d, i).offset + tok(d, i).text.length;
interface DoGroup {
  l: RawInput;
  e: number;
}
export const dogroup = (d: D): DoGroup => ({ l: d[1], e: end(d, 2) });
export const compound = (d: D): RawCompound => ({ cb: d[0], r: null });
export const compoundIo = (d: D): RawCompound => ({ cb: d[0], r: d[1] });
export const group = (d: D): RawBody => ({ k: "group", l: d[1], e: end(d, 2) });
export const subshell = (d: D): RawBody => ({ k: "subshell", l: d[1], e: end(d, 2) });
const forOf = (d: D, hasIn: boolean, words: Cons<RawWord> | null, g: DoGroup): RawBody => ({
  k: d[0] as "for" | "select",
  name: tok(d, 1).text,
  hasIn,
  words,
  body: g.l,
  e: g.e,
});
export const forBare = (d: D): RawBody => forOf(d, false, null, d[2]);
export const forBareSep = (d: D): RawBody => forOf(d, false, null, d[3]);
export const forEmpty = (d: D): RawBody => forOf(d, true, null, d[4]);
export const forIn = (d: D): RawBody => forOf(d, true, d[3], d[5]);
export const loop =
  (k: "while" | "until") =>
  (d: D): RawBody => ({ k, cond: d[1], body: (d[2] as DoGroup).l, e: (d[2] as DoGroup).e });
export const ifFi = (d: D): RawBody => ({ k: "if", cond: d[1], then: d[3], elifs: d[4], els: null, e: end(d, 5) });
export const ifElse = (d: D): RawBody => ({ k: "if", cond: d[1], then: d[3], elifs: d[4], els: d[6], e: end(d, 7) });
export const elif = (d: D): Cons<{ cond: RawInput; body: RawInput }> => ({ h: { cond: d[2], body: d[4] }, t: d[0] });
export const caseOf =
  (arms: number | null, last: number | null) =>
  (d: D): RawBody => ({
    k: "case",
    word: d[1],
    arms: arms === null ? null : d[arms],
    last: last === null ? null : d[last],
    e: end(d, d.length - 1),
  });
export const cond = (d: D): RawBody => ({ k: "cond", x: d[1], e: end(d, 2) });
export const arithCmd = (d: D): RawBody => ({ k: "arith", ar: d[1], e: end(d, 2) });
export const condBin =
  (k: "and" | "or") =>
  (d: D): RawCond => ({ k, l: d[0], r: d[2] });
export const condNot = (d: D): RawCond => ({ k: "not", x: d[1] });
export const condUnary = (d: D): RawCond => ({ k: "unary", op: tok(d).text, a: d[1] });
export const condBinary = (d: D): RawCond => ({ k: "binary", op: tok(d, 1).text, l: d[0], r: d[2] });
export const condWord = (d: D): RawCond => ({ k: "word", w: d[0] });
/** an operator of [[ ]] where an operand is expected: the word it is */
export const opWord = (d: D): RawWord => ({ w: { h: { kind: "lit", text: tok(d).text, quoted: false }, t: null } });
const bodyEnd = (b: RawCompound | RawFunc): number => ("cb" in b ? b.cb.e : b.e);
export const funcKsh = (d: D): RawFunc => ({ fn: tok(d, 1).text, body: d[2], s: tok(d).offset, e: bodyEnd(d[2]) });
export const funcPosix = (d: D): RawFunc => ({ fn: tok(d).text, body: d[3], s: tok(d).offset, e: bodyEnd(d[3]) });
export const arm =
  (hasBody: boolean) =>
  (d: D): RawArm => ({ pats: d[0], body: hasBody ? d[2] : null });

// expansions inside words
export const cmdsub =
  (q: boolean) =>
  (d: D): RawPart => ({ cs: d[1], q });
export const bqEmpty =
  (quoted: boolean) =>
  (): WordPart => ({ kind: "backquote", text: "", quoted });
export const bq =
  (quoted: boolean) =>
  (d: D): WordPart => ({ kind: "backquote", text: tok(d, 1).text, quoted });
export const arith =
  (q: boolean) =>
  (d: D): RawPart => ({ ar: d[1], q });
export const arithText = (d: D): ArithPiece => tok(d).text;
export const arithParen = (d: D): ArithPiece => ({ p: d[1] });
/** `${x:-` → name x, op :- */
const PEXP_HEAD = /^\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])(.*)$/;
export const pexp =
  (q: boolean) =>
  (d: D): RawPart => {
    const m = PEXP_HEAD.exec(tok(d).text)!;
    return { px: { name: m[1]!, op: m[2] as ParamOp, w: d[1] }, q };
  };
export const plen =
  (quoted: boolean) =>
  (d: D): WordPart => ({ kind: "pexp", name: tok(d).text.slice(3, -1), op: "len", word: { parts: [] }, quoted });
export const badsub =
  (quoted: boolean) =>
  (d: D): WordPart => ({ kind: "badsubst", text: tok(d).text, quoted });
export const badparam =
  (quoted: boolean) =>
  (): WordPart => ({ kind: "badsubst", text: "${", quoted });

export const pipeline = (d: D): RawPipeline => ({ bang: false, cmds: d[0] });
export const bangOnly = (d: D): RawPipeline => ({ bang: (d[0] as number) % 2 === 1, cmds: null });
export const bangPipeline = (d: D): RawPipeline => ({ bang: (d[0] as number) % 2 === 1, cmds: d[1] });
/** `time pipeline` */
export const timed = (d: D): RawPipeline => ({ bang: (d[1] as RawPipeline).bang, cmds: (d[1] as RawPipeline).cmds, time: true });
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

/** the source being converted (a function's text is cut from it) */
let source = "";

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

/** the text of $(( … )): its pieces, parentheses nested to any depth (without recursion: a deep
 *  expression must not use up the host's stack) */
function arithString(c: Cons<ArithPiece> | null): string {
  let s = "";
  // each level: its pieces in order, and how far it is through them
  const stack: { pieces: ArithPiece[]; i: number }[] = [{ pieces: toArray(c), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i === top.pieces.length) {
      stack.pop();
      if (stack.length > 0) s += ")";
      continue;
    }
    const p = top.pieces[top.i++]!;
    if (typeof p === "string") s += p;
    else {
      s += "(";
      stack.push({ pieces: toArray(p.p), i: 0 });
    }
  }
  return s;
}

function toPart(p: RawPart): WordPart {
  if ("cs" in p) return { kind: "cmdsub", list: toList(p.cs), quoted: p.q };
  if ("ar" in p) return { kind: "arith", expr: arithString(p.ar), quoted: p.q };
  if ("px" in p) return { kind: "pexp", name: p.px.name, op: p.px.op, word: p.px.w === null ? { parts: [] } : toWord({ w: p.px.w }), quoted: p.q };
  return p;
}

const TILDE = /^~([A-Za-z0-9_.-]*|[+-])(?=\/|$)/;

/** `~user/rest` at the start of an unquoted literal: a tilde part, then the rest. `more`: other
 *  parts follow the literal (then the tilde prefix must end at a slash inside it). */
function tildeSplit(text: string, more: boolean): WordPart[] | null {
  const m = TILDE.exec(text);
  if (m === null || (more && m[0].length === text.length)) return null;
  const rest = text.slice(m[0].length);
  const out: WordPart[] = [{ kind: "tilde", user: m[1]! }];
  if (rest !== "") out.push({ kind: "lit", text: rest, quoted: false });
  return out;
}

function toWord(raw: RawWord): Word {
  const parts: WordPart[] = [];
  for (const seg of toArray(raw.w)) {
    if ("dq" in seg) {
      const inner = toArray(seg.dq);
      if (inner.length === 0) pushPart(parts, { kind: "lit", text: "", quoted: true });
      for (const p of inner) pushPart(parts, toPart(p));
    } else {
      pushPart(parts, toPart(seg));
    }
  }
  const p0 = parts[0];
  if (p0 !== undefined && p0.kind === "lit" && !p0.quoted && p0.text.startsWith("~")) {
    const t = tildeSplit(p0.text, parts.length > 1);
    if (t !== null) parts.splice(0, 1, ...t);
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
  const tilde = rest.startsWith("~") ? tildeSplit(rest, w.parts.length > 1) : null;
  const value: WordPart[] = tilde ?? (rest === "" ? [] : [{ kind: "lit", text: rest, quoted: false }]);
  for (let i = 1; i < w.parts.length; i++) value.push(w.parts[i]!);
  return { name: m[1]!, value: { parts: value } };
}

/** the line of the first word piece that knows one */
function firstLine(units: Unit[]): number | undefined {
  for (const u of units) {
    const w = "w" in u ? u : u.target;
    for (const seg of toArray(w.w)) {
      const l = SEG_LINE.get(seg);
      if (l !== undefined) return l;
    }
  }
  return undefined;
}

function toCommand(units: Cons<Unit> | null): SimpleCommand {
  const cmd: SimpleCommand = { assigns: [], words: [], redirects: [] };
  const all = toArray(units);
  const line = firstLine(all);
  if (line !== undefined) COMMAND_LINE.set(cmd, line + lineOffset);
  for (const u of all) {
    if ("w" in u) {
      const w = toWord(u);
      const a = cmd.words.length === 0 ? asAssign(w) : null;
      if (a !== null) cmd.assigns.push(a);
      else cmd.words.push(w);
    } else {
      cmd.redirects.push(toRedirect(u));
    }
  }
  return cmd;
}

function toRedirect(u: RawRedirect): Redirect {
  const r: Redirect = { fd: u.fd, op: u.op, target: toWord(u.target) };
  if (u.doc !== undefined) r.heredoc = { body: u.doc.body, expand: !u.doc.quoted };
  return r;
}

function toCond(c: RawCond): CondExpr {
  switch (c.k) {
    case "and":
    case "or":
      return { kind: c.k, left: toCond(c.l), right: toCond(c.r) };
    case "not":
      return { kind: "not", expr: toCond(c.x) };
    case "unary":
      return { kind: "unary", op: c.op, arg: toWord(c.a) };
    case "binary":
      return { kind: "binary", op: c.op, left: toWord(c.l), right: toWord(c.r) };
    case "word":
      return { kind: "word", word: toWord(c.w) };
  }
}

function toFunc(f: RawFunc): CompoundCommand {
  return { kind: "function", name: f.fn, body: "cb" in f.body ? toCompound(f.body) : toFunc(f.body), text: source.slice(f.s, f.e), redirects: [] };
}

function toArm(a: RawArm): CaseArm {
  return { patterns: toArray(a.pats).map(toWord), body: a.body === null ? null : toList(a.body) };
}

function toCompound(c: RawCompound): CompoundCommand {
  const redirects = toArray(c.r).map(toRedirect);
  const b = c.cb;
  switch (b.k) {
    case "group":
      return { kind: "group", list: toList(b.l), redirects };
    case "subshell":
      return { kind: "subshell", list: toList(b.l), redirects };
    case "for":
    case "select":
      return { kind: b.k, name: b.name, words: b.hasIn ? toArray(b.words).map(toWord) : null, body: toList(b.body), redirects };
    case "while":
    case "until":
      return { kind: b.k, cond: toList(b.cond), body: toList(b.body), redirects };
    case "if": {
      const clauses = [{ cond: toList(b.cond), body: toList(b.then) }];
      for (const e of toArray(b.elifs)) clauses.push({ cond: toList(e.cond), body: toList(e.body) });
      return { kind: "if", clauses, otherwise: b.els === null ? null : toList(b.els), redirects };
    }
    case "case": {
      const arms = toArray(b.arms).map(toArm);
      if (b.last !== null) arms.push(toArm(b.last));
      return { kind: "case", word: toWord(b.word), arms, redirects };
    }
    case "cond":
      return { kind: "cond", expr: toCond(b.x), redirects };
    case "arith":
      return { kind: "arith", expr: arithString(b.ar), redirects };
  }
}

function toCmd(c: RawCmd): Command {
  return "cb" in c ? toCompound(c) : "fn" in c ? toFunc(c) : toCommand(c);
}

function toPipeline(p: RawPipeline): Pipeline {
  const commands = p.cmds === null ? [toCommand(null)] : toArray(p.cmds).map(toCmd);
  const out: Pipeline = { bang: p.bang, commands };
  if (p.time) out.time = true;
  return out;
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

/** The AST of a parse. `src` is the text parsed (for the text of function definitions). */
export function toList(raw: RawInput, src?: string, firstLine = 1): List {
  if (src !== undefined) {
    source = src;
    lineOffset = firstLine - 1;
  }
  const items = toArray(raw.items);
  return {
    items: items.map((it, i) => {
      const sep = i + 1 < items.length ? items[i + 1]!.sep : raw.trail;
      const item: List["items"][number] = { andor: toAndOr(it.a), background: sep === "&" };
      if (sep === "|&") item.coprocess = true;
      return item;
    }),
  };
}

/** The parts of a here-document body parsed by the `hdbody` rule. */
export function toHereDocParts(c: Cons<RawPart> | null): WordPart[] {
  const parts: WordPart[] = [];
  for (const p of toArray(c)) pushPart(parts, toPart(p));
  return parts;
}
