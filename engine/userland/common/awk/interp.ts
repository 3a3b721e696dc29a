// Running an awk program: the BEGIN actions, then each record of the main input against every
// pattern in turn (ranges remember whether they are open), then the END actions; exit ends the
// input and runs END (exit in END ends awk). Every loop iteration and every record is a step of
// the process, so an endless loop can be interrupted and is held to the session's step budget.
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext } from "../../types.js";
import { Cell, type Expr, type Program, type Redirect, type Stmt } from "./ast.js";
import { AwkExit, AwkNext } from "./errors.js";
import { BREAK, CONTINUE, Evaluator, NORMAL, RETURN } from "./eval.js";
import { awkFormat } from "./format.js";
import { MainInput } from "./input.js";
import { Streams } from "./streams.js";
import { toBool, toNum, UNINIT, type Value } from "./value.js";

export class Interp extends Evaluator {
  readonly streams: Streams;
  readonly main: MainInput;
  private status = 0;

  constructor(
    prog: Program,
    readonly ctx: CommandContext,
    readonly warn: (id: string, ...args: (string | number)[]) => void,
  ) {
    super(prog);
    this.mem.limit = ctx.sys.proc.dataLimit;
    this.streams = new Streams(ctx);
    this.main = new MainInput(this, ctx, this.streams.beforeRead, (name) => this.global(name));
  }

  /** a global variable by name (made if the program never names it) */
  global(name: string): Cell {
    let c = this.prog.globals.get(name);
    if (!c) this.prog.globals.set(name, (c = new Cell(name)));
    return c;
  }

  private *tick(): Co<void> {
    if (this.ctx.sys.tick()) yield undefined;
  }

  protected *execBody(body: Stmt[]): Co<number> {
    for (const s of body) {
      const r = yield* this.exec(s);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  }

  /** a loop's body: whether the loop goes on (RETURN is passed up through `out`) */
  private *iteration(body: Stmt, out: { r: number }): Co<boolean> {
    yield* this.tick();
    const r = yield* this.exec(body);
    if (r === BREAK) return false;
    if (r === RETURN) {
      out.r = RETURN;
      return false;
    }
    return true;
  }

  // An expression is evaluated straight through unless it may wait (e.co): only then through a
  // coroutine, which keeps both the host's stack and the time per record small.

  private *exec(s: Stmt): Co<number> {
    this.line = s.line;
    switch (s.k) {
      case "expr":
        if (s.e.co) yield* this.evc(s.e);
        else this.ev(s.e);
        return NORMAL;
      case "print":
      case "printf":
        // the common case without a coroutine: values that need no waiting, to standard output
        if (s.redir === null && !s.args.some((a) => a.co)) {
          if (this.streams.add(this.printText(s, s.args.map((a) => this.ev(a))))) yield* this.streams.flush();
        } else yield* this.print(s);
        return NORMAL;
      case "if": {
        const c = s.c.co ? toBool(yield* this.evc(s.c)) : this.truth(s.c);
        if (c) return yield* this.exec(s.then);
        return s.else ? yield* this.exec(s.else) : NORMAL;
      }
      case "while":
      case "do":
      case "for":
        return yield* this.loop(s);
      case "forin":
        return yield* this.forIn(s);
      case "block":
        for (const t of s.body) {
          const r = yield* this.exec(t);
          if (r !== NORMAL) return r;
        }
        return NORMAL;
      case "next":
      case "nextfile":
        throw new AwkNext(s.k === "nextfile");
      case "exit": {
        const v = s.e === null ? null : s.e.co ? yield* this.evc(s.e) : this.ev(s.e);
        throw new AwkExit(v === null ? null : toNum(v));
      }
      case "return":
        this.retval = s.e === null ? UNINIT : s.e.co ? yield* this.evc(s.e) : this.ev(s.e);
        return RETURN;
      case "break":
        return BREAK;
      case "continue":
        return CONTINUE;
      case "delete":
        yield* this.delete(s);
        return NORMAL;
      case "nop":
        return NORMAL;
    }
  }

  /** for (k in a): the keys as they are when the loop starts, less those deleted meanwhile */
  private *forIn(s: Extract<Stmt, { k: "forin" }>): Co<number> {
    const a = this.array(s.ref);
    const out = { r: NORMAL };
    for (const k of a.keys()) {
      if (!a.has(k)) continue;
      this.assignTo(s.v, k);
      if (!(yield* this.iteration(s.body, out))) break;
    }
    return out.r;
  }

  private *delete(s: Extract<Stmt, { k: "delete" }>): Co<void> {
    const a = this.array(s.ref);
    if (s.subs === null) return a.clear();
    const parts: Value[] = [];
    for (const e of s.subs) parts.push(e.co ? yield* this.evc(e) : this.ev(e));
    a.delete(this.key(parts));
  }

  /** a condition (none: true) */
  private *test(c: Expr | null): Co<boolean> {
    if (c === null) return true;
    return c.co ? toBool(yield* this.evc(c)) : this.truth(c);
  }

  private *loop(s: Extract<Stmt, { k: "while" | "do" | "for" }>): Co<number> {
    const out = { r: NORMAL };
    if (s.k === "for" && s.init) {
      if (s.init.co) yield* this.evc(s.init);
      else this.ev(s.init);
    }
    if (s.k === "do") {
      while ((yield* this.iteration(s.body, out)) && (yield* this.test(s.c)));
      return out.r;
    }
    const step = s.k === "for" ? s.step : null;
    while ((yield* this.test(s.c)) && (yield* this.iteration(s.body, out))) {
      if (step === null) continue;
      if (step.co) yield* this.evc(step);
      else this.ev(step);
    }
    return out.r;
  }

  private printText(s: Extract<Stmt, { k: "print" | "printf" }>, vals: Value[]): string {
    let text: string;
    if (s.k === "printf") text = awkFormat(this, this.str(vals[0]!), vals.slice(1));
    else {
      text = vals.length === 0 ? this.record() : vals.length === 1 ? this.out(vals[0]!) : vals.map((v) => this.out(v)).join(this.str(this.OFS.val));
      text += this.str(this.ORS.val);
    }
    if (text.length > this.limit) this.fatal("awk.nomem");
    return text;
  }

  private *print(s: Extract<Stmt, { k: "print" | "printf" }>): Co<void> {
    const vals: Value[] = [];
    for (const e of s.args) vals.push(e.co ? yield* this.evc(e) : this.ev(e));
    yield* this.emit(s.redir, this.printText(s, vals));
  }

  private *emit(redir: Redirect | null, text: string): Co<void> {
    if (redir === null) return yield* this.streams.stdout(text);
    const name = this.str(redir.e.co ? yield* this.evc(redir.e) : this.ev(redir.e));
    yield* this.streams.write(redir.op, name, text);
  }

  /** a BEGIN or END action: break, continue, next or nextfile leaving it is an error */
  private *action(body: Stmt[]): Co<void> {
    let r: number;
    try {
      r = yield* this.execBody(body);
    } catch (e) {
      if (e instanceof AwkNext) this.fatal("awk.illjump");
      throw e;
    }
    if (r === BREAK || r === CONTINUE) this.fatal("awk.illjump");
  }

  /** the items for the current record */
  private *items(ranges: boolean[]): Co<void> {
    const items = this.prog.items;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      this.line = it.line;
      let run: boolean;
      if (it.pat === null) run = true;
      else if (it.pat2 === null) run = it.pat.co ? yield* this.test(it.pat) : this.truth(it.pat);
      else if (ranges[i]) {
        run = true;
        if (yield* this.test(it.pat2)) ranges[i] = false;
      } else if ((run = yield* this.test(it.pat))) ranges[i] = !(yield* this.test(it.pat2));
      if (!run) continue;
      if (it.body !== null) yield* this.execBody(it.body);
      else if (this.streams.add(this.record() + this.str(this.ORS.val))) yield* this.streams.flush();
    }
  }

  /** the whole program: its exit status */
  *run(): Co<number> {
    const p = this.prog;
    try {
      for (const b of p.begin) yield* this.action(b);
      if (p.items.length || p.end.length) yield* this.records();
    } catch (e) {
      if (!(e instanceof AwkExit)) throw e;
      if (e.status !== null) this.status = e.status;
    }
    try {
      for (const b of p.end) yield* this.action(b);
    } catch (e) {
      if (!(e instanceof AwkExit)) throw e;
      if (e.status !== null) this.status = e.status;
    }
    yield* this.streams.closeAll();
    return Math.trunc(this.status) & 0xff;
  }

  private *records(): Co<void> {
    const ranges = this.prog.items.map(() => false);
    for (;;) {
      const rec = yield* this.main.next();
      if (rec === null) return;
      this.NR.val = toNum(this.NR.val) + 1;
      this.FNR.val = toNum(this.FNR.val) + 1;
      this.setRecord(rec);
      yield* this.tick();
      try {
        yield* this.items(ranges);
      } catch (e) {
        if (!(e instanceof AwkNext)) throw e;
        if (e.file) this.main.nextFile();
      }
    }
  }
}
