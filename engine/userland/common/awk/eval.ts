// awk's expressions. Most are evaluated straight through (`ev`); one that may wait — a getline, a
// user function, system, close, fflush — is evaluated as a coroutine (`evc`), which reads input
// and waits for commands with yield, so awk never holds the machine. User functions nest at most
// MAX_CALL_DEPTH deep: deeper is an awk error, not the host's stack.
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext } from "../../types.js";
import { AwkArray } from "./array.js";
import { Cell, type Expr, type LValue, type Ref, type Stmt } from "./ast.js";
import * as B from "./builtins.js";
import { MAX_CALL_DEPTH } from "./errors.js";
import { awkFormat } from "./format.js";
import type { MainInput } from "./input.js";
import { reap, spawnShell } from "./io.js";
import { Runtime } from "./runtime.js";
import type { Streams } from "./streams.js";
import { compare, fromInput, toBool, toNum, UNINIT, type Value } from "./value.js";

/** where a value is stored: a variable, a field, an array element */
type Loc = { t: 0; ref: Ref } | { t: 1; i: number } | { t: 2; a: AwkArray; k: string };

/** how a statement ended */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export abstract class Evaluator extends Runtime {
  abstract readonly ctx: CommandContext;
  abstract readonly streams: Streams;
  abstract readonly main: MainInput;
  protected rng = new B.Rand();
  protected depth = 0;
  protected retval: Value = UNINIT;
  /** the longest string awk may build (the process's data limit) */
  get limit(): number {
    return this.ctx.sys.proc.dataLimit;
  }

  protected abstract execBody(body: Stmt[]): Co<number>;
  abstract readonly warn: (id: string, ...args: (string | number)[]) => void;

  // ---- arithmetic and comparison ----

  arith(op: string, x: number, y: number): number {
    return B.arith(this, op, x, y);
  }

  private cmp(op: string, a: Value, b: Value): number {
    const c = compare(a, b, this.convfmt());
    switch (op) {
      case "<":
        return c < 0 ? 1 : 0;
      case "<=":
        return c <= 0 ? 1 : 0;
      case "==":
        return c === 0 ? 1 : 0;
      case "!=":
        return c !== 0 ? 1 : 0;
      case ">=":
        return c >= 0 ? 1 : 0;
      default:
        return c > 0 ? 1 : 0;
    }
  }

  private cat(a: Value, b: Value): string {
    const s = this.str(a) + this.str(b);
    if (s.length > this.limit) this.fatal("awk.nomem");
    return s;
  }

  /** the regular expression of a ~ operand or a built-in's argument: a literal, or a string */
  private regexOf(node: Expr, v: Value | null) {
    return this.regex(node.k === "re" ? node.src : this.str(v!));
  }

  // ---- locations ----

  private loc(lv: LValue): Loc {
    if (lv.k === "var") return { t: 0, ref: lv.ref };
    if (lv.k === "field") return { t: 1, i: this.fieldIndex(this.ev(lv.e)) };
    return { t: 2, a: this.array(lv.ref), k: this.key(lv.subs.map((s) => this.ev(s))) };
  }

  private *locc(lv: LValue): Co<Loc> {
    if (!lv.co) return this.loc(lv);
    if (lv.k === "field") return { t: 1, i: this.fieldIndex(yield* this.evc(lv.e)) };
    const ix = lv as Extract<LValue, { k: "index" }>;
    return { t: 2, a: this.array(ix.ref), k: yield* this.keyc(ix.subs) };
  }

  /** a subscript whose parts may wait */
  private *keyc(subs: Expr[]): Co<string> {
    const parts: Value[] = [];
    for (const s of subs) parts.push(yield* this.evc(s));
    return this.key(parts);
  }

  protected get(l: Loc): Value {
    if (l.t === 0) return this.read(l.ref);
    if (l.t === 1) return this.getField(l.i);
    return this.elem(l.a, l.k);
  }

  protected set(l: Loc, v: Value): Value {
    if (l.t === 0) this.write(l.ref, v);
    else if (l.t === 1) this.setField(l.i, v);
    else l.a.set(l.k, v);
    return v;
  }

  protected assignTo(lv: LValue, v: Value): void {
    this.set(this.loc(lv), v);
  }

  private assign(op: string, l: Loc, v: Value): Value {
    if (op === "=") return this.set(l, v);
    return this.set(l, this.arith(op === "/=" || op === "%=" ? op : op[0]!, toNum(this.get(l)), toNum(v)));
  }

  private incdec(e: Extract<Expr, { k: "incdec" }>, l: Loc): Value {
    const old = toNum(this.get(l));
    const now = e.op === "++" ? old + 1 : old - 1;
    this.set(l, now);
    return e.post ? old : now;
  }

  // ---- evaluation ----

  truth(e: Expr): boolean {
    return toBool(this.ev(e));
  }

  ev(e: Expr): Value {
    switch (e.k) {
      case "num":
      case "str":
        return e.v;
      case "re":
        return this.regex(e.src).test(this.record()) ? 1 : 0;
      case "var":
        return this.read(e.ref);
      case "field":
        return this.getField(this.fieldIndex(this.ev(e.e)));
      case "index":
        return this.elem(this.array(e.ref), this.key(e.subs.map((s) => this.ev(s))));
      case "in":
        return this.array(e.ref).has(this.key(e.subs.map((s) => this.ev(s)))) ? 1 : 0;
      case "assign": {
        const l = this.loc(e.lv);
        return this.assign(e.op, l, this.ev(e.e));
      }
      case "cond":
        return this.truth(e.c) ? this.ev(e.a) : this.ev(e.b);
      case "and":
        return this.truth(e.a) && this.truth(e.b) ? 1 : 0;
      case "or":
        return this.truth(e.a) || this.truth(e.b) ? 1 : 0;
      case "not":
        return this.truth(e.e) ? 0 : 1;
      case "neg":
        return -toNum(this.ev(e.e));
      case "plus":
        return toNum(this.ev(e.e));
      case "bin":
        return this.arith(e.op, toNum(this.ev(e.a)), toNum(this.ev(e.b)));
      case "cat":
        return this.cat(this.ev(e.a), this.ev(e.b));
      case "cmp":
        return this.cmp(e.op, this.ev(e.a), this.ev(e.b));
      case "match": {
        const s = this.str(this.ev(e.a));
        const hit = this.regexOf(e.re, e.re.k === "re" ? null : this.ev(e.re)).test(s);
        return hit !== e.neg ? 1 : 0;
      }
      case "incdec":
        return this.incdec(e, this.loc(e.lv));
      case "builtin":
        return this.builtin(e, this.builtinArgs(e, (a) => this.ev(a)), null);
      case "group":
        return this.ev(e.e);
      case "list":
        return this.ev(e.items[0]!);
      default:
        throw new Error(`awk: ${e.k} evaluated without waiting`);
    }
  }

  *evc(e: Expr): Co<Value> {
    if (!e.co) return this.ev(e);
    switch (e.k) {
      case "field":
        return this.getField(this.fieldIndex(yield* this.evc(e.e)));
      case "index":
      case "in": {
        const k = yield* this.keyc(e.subs);
        const a = this.array(e.ref);
        return e.k === "in" ? (a.has(k) ? 1 : 0) : this.elem(a, k);
      }
      case "assign": {
        const l = yield* this.locc(e.lv);
        return this.assign(e.op, l, yield* this.evc(e.e));
      }
      case "cond":
        return toBool(yield* this.evc(e.c)) ? yield* this.evc(e.a) : yield* this.evc(e.b);
      case "and":
        return toBool(yield* this.evc(e.a)) && toBool(yield* this.evc(e.b)) ? 1 : 0;
      case "or":
        return toBool(yield* this.evc(e.a)) || toBool(yield* this.evc(e.b)) ? 1 : 0;
      case "not":
        return toBool(yield* this.evc(e.e)) ? 0 : 1;
      case "neg":
        return -toNum(yield* this.evc(e.e));
      case "plus":
        return toNum(yield* this.evc(e.e));
      case "bin": {
        const a = toNum(yield* this.evc(e.a));
        return this.arith(e.op, a, toNum(yield* this.evc(e.b)));
      }
      case "cat": {
        const a = yield* this.evc(e.a);
        return this.cat(a, yield* this.evc(e.b));
      }
      case "cmp": {
        const a = yield* this.evc(e.a);
        return this.cmp(e.op, a, yield* this.evc(e.b));
      }
      case "match": {
        const s = this.str(yield* this.evc(e.a));
        const hit = this.regexOf(e.re, e.re.k === "re" ? null : yield* this.evc(e.re)).test(s);
        return hit !== e.neg ? 1 : 0;
      }
      case "incdec":
        return this.incdec(e, yield* this.locc(e.lv));
      case "group":
        return yield* this.evc(e.e);
      case "builtin":
        return yield* this.builtinCo(e);
      case "call":
        return yield* this.call(e);
      case "getline":
        return yield* this.getline(e);
    }
    return this.ev(e);
  }

  // ---- built-ins ----

  /** the arguments that are values (not a regex literal, split's array, sub's target, an array
   *  given to length), in order; the others are null */
  private builtinArgs(e: Extract<Expr, { k: "builtin" }>, ev: (a: Expr) => Value): (Value | null)[] {
    return e.args.map((a, i) => (this.isValueArg(e, a, i) ? ev(a) : null));
  }

  private isValueArg(e: Extract<Expr, { k: "builtin" }>, a: Expr, i: number): boolean {
    if (a.k === "re") return false;
    if (e.name === "split") return i !== 1;
    if (e.name === "sub" || e.name === "gsub") return i !== 2;
    if (e.name === "length" && a.k === "var") return this.cellOf(a.ref).arr === null;
    return true;
  }

  private *builtinCo(e: Extract<Expr, { k: "builtin" }>): Co<Value> {
    const vals: (Value | null)[] = [];
    for (let i = 0; i < e.args.length; i++) vals.push(this.isValueArg(e, e.args[i]!, i) ? yield* this.evc(e.args[i]!) : null);
    if (e.name === "system") {
      yield* this.streams.flush();
      const child = spawnShell(this.ctx, this.str(vals[0]!), null, null, this.streams.fds(), true);
      return yield* reap(this.ctx, child);
    }
    if (e.name === "close") return yield* this.streams.close(this.str(vals[0]!));
    if (e.name === "fflush") {
      yield* this.streams.flush();
      return 0;
    }
    const target = (e.name === "sub" || e.name === "gsub") && e.args[2] ? yield* this.locc(e.args[2] as LValue) : null;
    return this.builtin(e, vals, target);
  }

  private builtin(e: Extract<Expr, { k: "builtin" }>, v: (Value | null)[], target: Loc | null): Value {
    const a = e.args;
    const s = (i: number) => {
      const text = i < v.length ? this.str(v[i]!) : this.record();
      // scanning a long string is work: a step for each 256 bytes (the loop around it gives way,
      // and the step budget sees a loop whose strings grow)
      if (text.length > 256) this.ctx.sys.charge(text.length >> 8);
      return text;
    };
    switch (e.name) {
      case "length":
        if (a.length && v[0] === null) return this.array((a[0] as Extract<Expr, { k: "var" }>).ref).size;
        return s(0).length;
      case "substr":
        return B.substr(s(0), toNum(v[1]!), a.length > 2 ? toNum(v[2]!) : null);
      case "index":
        return B.index(s(0), s(1));
      case "split": {
        const arr = this.array((a[1] as Extract<Expr, { k: "var" }>).ref);
        const sep = a.length < 3 ? { fs: this.str(this.FS.val) } : a[2]!.k === "re" ? { re: this.regex(a[2]!.src) } : { fs: s(2) };
        return B.split(this, s(0), arr, sep);
      }
      case "sub":
      case "gsub": {
        const l: Loc = target ?? this.loc(a[2] ? (a[2] as LValue) : ({ k: "field", e: { k: "num", v: 0 } } as LValue));
        const subject = this.str(this.get(l));
        if (subject.length > 256) this.ctx.sys.charge(subject.length >> 8);
        const r = B.substitute(this, this.regexOf(a[0]!, v[0]!), this.str(v[1]!), subject, e.name === "gsub", this.limit);
        if (r) this.set(l, r.s);
        return r ? r.n : 0;
      }
      case "match":
        return B.match(this, s(0), this.regexOf(a[1]!, v[1]!));
      case "sprintf":
        return awkFormat(this, s(0), v.slice(1) as Value[]);
      case "rand":
        return this.rng.rand();
      case "srand":
        return this.rng.srand(a.length ? toNum(v[0]!) : this.ctx.machine.clock.now());
      case "tolower":
        return B.lower(s(0));
      case "toupper":
        return B.upper(s(0));
      default: {
        const x = a.length ? toNum(v[0]!) : toNum(this.getField(0));
        return B.math(e.name, x, a.length > 1 ? toNum(v[1]!) : 0, (id, fn) => this.warn(id, fn));
      }
    }
  }

  // ---- user functions and getline ----

  private *call(e: Extract<Expr, { k: "call" }>): Co<Value> {
    const fn = this.prog.funcs.get(e.name);
    if (!fn) this.fatal("awk.undeffn", e.name);
    if (this.depth >= MAX_CALL_DEPTH) this.fatal("awk.fndeep", e.name);
    if (e.args.length > fn.params.length) this.warn("awk.fnargs", e.name, e.args.length, fn.params.length);
    const frame: Cell[] = [];
    for (let i = 0; i < e.args.length; i++) {
      const arg = e.args[i]!;
      if (i >= fn.params.length) {
        yield* this.evc(arg);
        continue;
      }
      const c = new Cell(fn.params[i]!);
      if (arg.k === "var") {
        const src = this.cellOf(arg.ref);
        if (src.arr) {
          // an array goes by reference
          frame.push(src);
          continue;
        }
        if (src.val === UNINIT && src !== this.NF) c.origin = src;
        else c.val = this.read(arg.ref);
      } else c.val = yield* this.evc(arg);
      frame.push(c);
    }
    for (let i = frame.length; i < fn.params.length; i++) frame.push(new Cell(fn.params[i]!));
    if (this.ctx.sys.tick()) yield undefined;
    const saved = { frame: this.frame, line: this.line };
    this.frame = frame;
    this.depth++;
    let r: number;
    try {
      this.retval = UNINIT;
      r = yield* this.execBody(fn.body);
    } catch (e) {
      // the host's stack ran out first (a function deep in nested statements): the same error
      if (e instanceof RangeError && e.message !== "Invalid string length") this.fatal("awk.fndeep", fn.name);
      throw e;
    } finally {
      this.frame = saved.frame;
      this.depth--;
    }
    // (after an error the line stays where it happened, for the message)
    this.line = saved.line;
    return r === RETURN ? this.retval : UNINIT;
  }

  private *getline(e: Extract<Expr, { k: "getline" }>): Co<Value> {
    const rs = this.str(this.RS.val);
    let rec: string | null | -1;
    if (e.src === "main") rec = yield* this.main.next();
    else {
      const name = this.str(yield* this.evc(e.from!));
      if (name === "") this.fatal("awk.nullname");
      rec = yield* this.streams.getline(e.src, name, rs);
    }
    if (rec === null) return 0;
    if (rec === -1) return -1;
    if (e.src !== "file") this.NR.val = toNum(this.NR.val) + 1;
    if (e.src === "main") this.FNR.val = toNum(this.FNR.val) + 1;
    if (e.lv) this.set(yield* this.locc(e.lv), fromInput(rec));
    else this.setRecord(rec);
    return 1;
  }
}
