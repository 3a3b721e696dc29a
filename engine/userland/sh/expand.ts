// Word expansion, as ksh88 does it: tilde, parameters and the ${…} operators, command
// substitution ($( ) and backquotes: a child process whose output is read through a pipe),
// arithmetic, field splitting of unquoted expansions, and pathname expansion. A coroutine
// because a command substitution runs commands, which may wait.
import { parseComplete, parseHereDoc } from "../../../grammar/parse.js";
import { isSimple, type List, type Word, type WordPart } from "../../../grammar/ast.js";
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { ArithError, evalArith, type Int } from "./arith.js";
import { expandGlob, hasGlob, type Piece } from "./glob.js";
import { shellPattern } from "./pattern.js";
import { optionIsOn, optionLetters } from "../common/set.js";
import { ExpansionError, type Shell } from "./interp.js";
import { checkLength, StringLimit, wordsMax } from "../limits.js";
import { subshellCapture } from "./exec.js";
import { bashParamOp } from "./bashsubst.js";
import { caseModified } from "./casemod.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const utf8 = new TextDecoder();

/** a memo of parsed texts ($(( )) expressions, here-document bodies), bounded */
class ParseMemo<T> {
  private map = new Map<string, T>();
  get(key: string, make: () => T): T {
    let v = this.map.get(key);
    if (v === undefined) {
      v = make();
      if (this.map.size >= 500) this.map.clear();
      this.map.set(key, v);
    }
    return v;
  }
}
/** the parts of the $-expansions in a $(( )) expression or a here-document body (null: none parse) */
const expansionParts = new ParseMemo<WordPart[] | null>();

/** does expanding this word run commands (so it may wait)? */
function runsCommands(parts: readonly WordPart[]): boolean {
  for (const p of parts) {
    if (p.kind === "cmdsub" || p.kind === "backquote") return true;
    if (p.kind === "arith" && /[$`]/.test(p.expr)) return true;
    if (p.kind === "pexp" && p.word.parts.length && runsCommands(p.word.parts)) return true;
    if (p.kind === "badsubst" && /[$`]/.test(p.text.slice(2))) return true;
  }
  return false;
}

// ---- parameters ----

/** a parameter's value; undefined when it is not set */
export function lookup(sh: Shell, name: string): string | undefined {
  const s = sh.state;
  switch (name) {
    case "?":
      return String(s.lastStatus);
    case "$":
      return String(sh.rootPid);
    case "#":
      return String(s.positional.length);
    case "-":
      return optionLetters(s.options);
    case "!":
      return sh.lastBg === null ? undefined : String(sh.lastBg);
    case "@":
    case "*":
      return s.positional.length ? s.positional.join(" ") : undefined;
    case "0":
      return sh.zero;
    case "RANDOM":
    case "SECONDS":
      return special(sh, name);
    default:
      if (/^[0-9]+$/.test(name)) return s.positional[Number(name) - 1];
      return s.env.get(name);
  }
}

/** $RANDOM (0-32767; assigning it seeds it) and $SECONDS (since the shell started on the lab's
 *  clock; assigning it sets the count) */
function special(sh: Shell, name: "RANDOM" | "SECONDS"): string {
  takeSpecial(sh, name);
  if (name === "SECONDS") return String(Math.floor(sh.machine.clock.now() - sh.secondsFrom));
  sh.random = (Math.imul(sh.random, 1103515245) + 12345) & 0x7fffffff;
  return String((sh.random >>> 16) & 0x7fff);
}

/** an assignment to RANDOM or SECONDS (a command's, or one found now) is taken in: the variable
 *  stays special */
export function takeSpecial(sh: Shell, name: "RANDOM" | "SECONDS"): void {
  const env = sh.vars;
  const assigned = env.get(name);
  if (assigned === undefined) return;
  env.restore(name, { value: undefined, exported: false, attrs: undefined });
  const n = Number.parseInt(assigned, 10) || 0;
  if (name === "RANDOM") sh.random = n & 0x7fffffff;
  else sh.secondsFrom = sh.machine.clock.now() - n;
}

/** $name: the value ("" when unset, or an error with set -u) */
export function lookupParam(sh: Shell, name: string): string {
  return param(sh, name);
}

function param(sh: Shell, name: string): string {
  const v = lookup(sh, name);
  if (v !== undefined) return v;
  if (name !== "@" && name !== "*" && name !== "!" && optionIsOn(sh.state.options, "nounset")) throw new ExpansionError(sh.msg("sh.notset", name));
  return "";
}

/** ${name op word}: a value, or the word (its parts go into the field being built) */
function* paramOp(sh: Shell, p: Extract<WordPart, { kind: "pexp" }>): Co<string | Word> {
  const { name, op, word } = p;
  if (op === "len") return String(name === "@" || name === "*" ? sh.state.positional.length : param(sh, name).length);
  const v = lookup(sh, name);
  const missing = v === undefined || (op.startsWith(":") && v === "");
  switch (op) {
    case ":-":
    case "-":
      return missing ? word : v!;
    case ":+":
    case "+":
      return missing ? "" : word;
    case ":=":
    case "=": {
      if (!missing) return v!;
      if (!NAME.test(name)) throw new ExpansionError(sh.msg("sh.badsubst", "${" + name + op + "}"));
      const value = yield* expandOne(sh, word);
      sh.state.env.set(name, value);
      return sh.state.env.get(name) ?? value;
    }
    case ":?":
    case "?": {
      if (!missing) return v!;
      const text = word.parts.length ? yield* expandOne(sh, word) : "";
      throw new ExpansionError(text === "" ? sh.msg("sh.nullset", name) : sh.msg("sh.paramword", name, text));
    }
    default: {
      // # ## % %%: the shortest / longest prefix / suffix that matches the pattern goes, each
      // found in one pass over the value
      const value = v ?? param(sh, name);
      const pat = shellPattern(yield* expandPattern(sh, word));
      if (op === "#" || op === "##") {
        const k = pat.prefix(value, op === "##");
        if (k >= 0) return value.slice(k);
      } else {
        const k = pat.suffix(value, op === "%%");
        if (k >= 0) return value.slice(0, k);
      }
      return value;
    }
  }
}

/** ${…} that ksh88 does not know: arrays get the lab's word, the rest ksh's error */
function badSubst(sh: Shell, text: string): never {
  if (/^\$\{#?[A-Za-z_][A-Za-z0-9_]*\[/.test(text)) throw new ExpansionError(sh.msg("sh.noarrays"), 2);
  throw new ExpansionError(sh.msg("sh.badsubst", text));
}

function tilde(sh: Shell, user: string): string {
  const env = sh.state.env;
  if (user === "") return env.get("HOME") ?? "";
  if (user === "+") return env.get("PWD") ?? "~+";
  if (user === "-") return env.get("OLDPWD") ?? "~-";
  try {
    const passwd = utf8.decode(sh.sys.readFile("/etc/passwd"));
    for (const line of passwd.split("\n")) {
      const f = line.split(":");
      if (f[0] === user && f[5] !== undefined) return f[5];
    }
  } catch (e) {
    if (!isKernelError(e)) throw e;
  }
  return "~" + user;
}

// ---- command substitution ----

/** run a list in a child for $( … ) or `…`: its output without the trailing newlines.
 *  $(<file) is the file's contents (ksh reads it without a command). */
function* commandSubst(sh: Shell, list: List): Co<string> {
  const only = list.items.length === 1 && list.items[0]!.andor.rest.length === 0 ? list.items[0]!.andor.first : null;
  const c = only !== null && !only.bang && only.commands.length === 1 ? only.commands[0]! : null;
  if (c !== null && isSimple(c) && c.words.length === 0 && c.assigns.length === 0 && c.redirects.length === 1 && c.redirects[0]!.op === "<") {
    const r = c.redirects[0]!;
    const path = yield* expandOne(sh, r.target);
    try {
      const text = utf8.decode(sh.sys.readFile(path));
      sh.state.lastStatus = sh.subStatus = 0;
      return text.replace(/\n+$/, "");
    } catch (e) {
      if (!isKernelError(e)) throw e;
      sh.err(sh.os.redirectError(path, e.errno, true));
      sh.state.lastStatus = sh.subStatus = 1;
      return "";
    }
  }
  const { text, status } = yield* subshellCapture(sh, list);
  sh.state.lastStatus = status;
  sh.subStatus = status;
  return text.replace(/\n+$/, "");
}

/** `…`: the text with \$ \` \\ (and \" inside "…") unescaped, parsed and run */
function* backquote(sh: Shell, text: string, quoted: boolean): Co<string> {
  const src = text.replace(quoted ? /\\([$`\\"])/g : /\\([$`\\])/g, "$1");
  const r = parseComplete(src);
  if (!r.ok) {
    if (!r.incomplete) sh.err(sh.os.syntaxError(r.problem, sh.lineNo));
    sh.state.lastStatus = 2;
    sh.subStatus = 2;
    return "";
  }
  return yield* commandSubst(sh, r.list);
}

// ---- arithmetic and here-documents ----

/** $(( … )) and (( … )): the $ expansions in the text first ($x, ${x:-0}, $(cmd) …), then
 *  the arithmetic */
export function* arith(sh: Shell, expr: string): Co<string> {
  let text = expr;
  if (/[$`]/.test(expr)) {
    const parts = expansionParts.get(expr, () => parseHereDoc(expr));
    if (parts === null) throw new ExpansionError(sh.msg("sh.arith.syntax", expr));
    text = (yield* expandWord(sh, { parts }, false)).join("");
  }
  return String(arithValue(sh, text));
}

/** an unquoted here-document's body: its $ expansions and backquotes done */
export function* hereDocText(sh: Shell, body: string): Co<string> {
  if (!/[$`\\]/.test(body)) return body;
  const parts = expansionParts.get(body, () => parseHereDoc(body));
  if (parts === null) return body;
  return (yield* expandWord(sh, { parts }, false)).join("");
}

export function arithValue(sh: Shell, text: string): Int {
  try {
    return evalArith(text, sh.state.env);
  } catch (e) {
    if (e instanceof ArithError) throw new ExpansionError(sh.msg(e.id, e.text));
    throw e;
  }
}

// ---- fields ----

function ifsOf(sh: Shell): { white: string; hard: string } {
  const ifs = sh.state.env.get("IFS") ?? " \t\n";
  let white = "";
  let hard = "";
  for (const ch of ifs) {
    if (ch === " " || ch === "\t" || ch === "\n") white += ch;
    else hard += ch;
  }
  return { white, hard };
}

/**
 * A word to fields: tilde, parameter, command and arithmetic expansion, field splitting of
 * unquoted expansions, pathname expansion. A word that runs no command never waits: it is
 * expanded without a coroutine of its own (most words; this is the interpreter's hot path).
 */
export function* expandWord(sh: Shell, w: Word, split = true): Co<string[]> {
  if (!runsCommands(w.parts)) return expandPlain(sh, w, split);
  const fields = new Fields(sh, split);
  yield* addParts(sh, fields, w.parts, "");
  return fields.finish();
}

/** expandWord for a word that runs no command */
export function expandPlain(sh: Shell, w: Word, split = true): string[] {
  const fields = new Fields(sh, split);
  const co = addParts(sh, fields, w.parts, "");
  const r = co.next();
  if (!r.done) throw new Error("expandPlain: a word that runs commands");
  return fields.finish();
}

export function* expandOne(sh: Shell, w: Word): Co<string> {
  const fields = yield* expandWord(sh, w, false);
  if (fields.length === 1) return fields[0]!;
  let length = fields.length - 1;
  for (const f of fields) length += f.length;
  checkLength(sh.machine, length);
  if (length > 256) sh.sys.charge(length >> 8);
  return fields.join(" ");
}

/** a case pattern: expanded, with its quoted parts marked literal */
export function* expandPattern(sh: Shell, w: Word): Co<Piece[]> {
  const pieces: Piece[] = [];
  for (const part of w.parts) {
    if (part.kind === "lit") pieces.push({ text: part.text, quoted: part.quoted });
    else pieces.push({ text: yield* expandOne(sh, { parts: [part] }), quoted: part.kind === "tilde" || part.quoted });
  }
  return pieces;
}

/** the fields being built from a word's parts */
class Fields {
  readonly list: { pieces: Piece[]; keep: boolean }[] = [{ pieces: [], keep: false }];
  sawQuoted = false;
  private ifs: { white: string; hard: string } | null = null;
  constructor(
    private sh: Shell,
    readonly split: boolean,
  ) {}

  /** a new field (set -- "$@" "$@" doubling: at most the lab's number of words) */
  newField(keep: boolean): void {
    if (this.list.length >= 1024 && this.list.length >= wordsMax(this.sh.machine)) throw new StringLimit(wordsMax(this.sh.machine), true);
    this.list.push({ pieces: [], keep });
  }

  get cur(): { pieces: Piece[]; keep: boolean } {
    return this.list[this.list.length - 1]!;
  }

  /** an expansion's value: split at IFS unless quoted */
  add(value: string, quoted: boolean): void {
    if (quoted || !this.split) {
      this.sawQuoted = true;
      this.cur.pieces.push({ text: value, quoted: true });
      return;
    }
    this.ifs ??= ifsOf(this.sh);
    const { white, hard } = this.ifs;
    let text = "";
    let i = 0;
    const flushText = () => {
      if (text !== "") this.cur.pieces.push({ text, quoted: false });
      text = "";
    };
    while (i < value.length) {
      const ch = value[i]!;
      if (white.includes(ch) || hard.includes(ch)) {
        // one delimiter: blanks, at most one other IFS character, blanks
        let hardSeen = false;
        while (i < value.length) {
          const d = value[i]!;
          if (white.includes(d)) i++;
          else if (hard.includes(d) && !hardSeen) {
            hardSeen = true;
            i++;
          } else break;
        }
        flushText();
        this.cur.keep ||= hardSeen;
        this.newField(false);
        continue;
      }
      text += ch;
      i++;
    }
    flushText();
  }

  finish(): string[] {
    const out: string[] = [];
    const noglob = this.sh.state.options.has("noglob");
    for (const f of this.list) {
      if (f.pieces.length === 0) {
        if (f.keep) out.push("");
        continue;
      }
      let text: string;
      if (f.pieces.length === 1) text = f.pieces[0]!.text;
      else {
        // x=$x$x doubling: past the lab's limit before the host's
        let length = 0;
        for (const p of f.pieces) length += p.text.length;
        checkLength(this.sh.machine, length);
        // joining copies the whole value: its time is charged (x="${x}a" in a loop does work that
        // grows with x, and the step budget must see it)
        if (length > 256) this.sh.sys.charge(length >> 8);
        text = f.pieces.map((p) => p.text).join("");
      }
      if (this.split && !noglob && hasGlob(f.pieces)) {
        const matches = expandGlob(this.sh.sys, f.pieces);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(text);
    }
    if (out.length === 0 && this.sawQuoted && this.list.length === 1) out.push("");
    return out;
  }
}

/** `brace`: the word of ${x:-word} (its unquoted text splits like an expansion), and whether
 *  that ${ } was inside "…" (then nothing in the word splits) */
function* addParts(sh: Shell, fields: Fields, parts: readonly WordPart[], brace: "" | "bare" | "quoted"): Co<void> {
  for (const p of parts) {
    const part = brace === "quoted" && "quoted" in p && !p.quoted ? { ...p, quoted: true } : p;
    switch (part.kind) {
      case "lit":
        if (part.quoted) fields.sawQuoted = true;
        // the unquoted text of ${x:-a b} is split like an expansion
        if (brace === "bare" && !part.quoted) fields.add(part.text, false);
        else fields.cur.pieces.push({ text: part.text, quoted: part.quoted });
        break;
      case "tilde":
        fields.cur.pieces.push({ text: tilde(sh, part.user), quoted: true });
        break;
      case "param":
        if (part.quoted && part.name === "@") {
          // "$@": one field per positional parameter (none when there are none)
          sh.state.positional.forEach((v, i) => {
            if (i > 0) fields.newField(true);
            fields.cur.pieces.push({ text: v, quoted: true });
            fields.cur.keep = true;
          });
          break;
        }
        if (part.quoted && part.name === "*") {
          const sep = (sh.state.env.get("IFS") ?? " \t\n").slice(0, 1);
          fields.add(sh.state.positional.join(sep), true);
          break;
        }
        fields.add(param(sh, part.name), part.quoted);
        break;
      case "pexp": {
        const r = yield* paramOp(sh, part);
        if (typeof r === "string") fields.add(r, part.quoted);
        else {
          if (part.quoted) fields.sawQuoted = true;
          yield* addParts(sh, fields, r.parts, part.quoted ? "quoted" : "bare");
        }
        break;
      }
      case "badsubst": {
        // bash's ${x/pat/rep} and ${x:off:len} (bashsubst.ts), ${x^^} and ${x,,} (casemod.ts), when
        // the dialect has them
        let r = sh.os.shell.paramOps === "bash" ? yield* bashParamOp(sh, part.text) : null;
        if (r === null && sh.os.shell.caseModification) r = caseModified(sh, part.text);
        if (r === null) badSubst(sh, part.text);
        fields.add(r, part.quoted);
        break;
      }
      case "cmdsub":
        fields.add(yield* commandSubst(sh, part.list), part.quoted);
        break;
      case "backquote":
        fields.add(yield* backquote(sh, part.text, part.quoted), part.quoted);
        break;
      case "arith":
        fields.add(yield* arith(sh, part.expr), part.quoted);
        break;
    }
  }
}
