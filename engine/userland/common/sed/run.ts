// Running sed's script over its input, a line at a time (AIX sed1.c execute() and command()):
// the pattern space is printed at the end of each cycle unless -n or d; a and r text goes out
// when the next line is read or at the end (never after q); i and = go out at once; n and N
// read on, and at the end of the input N quits without printing. Every command is a step of the
// process, so a script that loops (:a;ba) runs for ever without holding the host, and Ctrl-C ends it.
import { isKernelError, kerr } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext } from "../../types.js";
import { openReader } from "../stream.js";
import { err } from "../msg.js";
import { listLine, substitute, transliterate } from "./edit.js";
import type { Input } from "./input.js";
import type { Script } from "./script.js";
import type { Cmd } from "./types.js";

/** what one command does to the cycle */
type Flow = "next" | "jump" | "delete" | "restart" | "quit";

/** appended lines per input line (sed.h ABUFSIZE 20: the twentieth is refused) */
const MAX_APPENDS = 19;

export class Runner {
  private ps = "";
  private hs = "";
  private lnum = 0;
  private sflag = false;
  private appends: Cmd[] = [];
  private out = "";
  private pc = 0;

  constructor(
    private ctx: CommandContext,
    private script: Script,
    private input: Input,
    private limit: number,
    /** -u: each cycle's output is written when the cycle ends */
    private unbuffered = false,
  ) {}

  *flush(): Co<void> {
    if (this.out === "") return;
    const s = this.out;
    this.out = "";
    yield* this.ctx.stdout.put(s);
  }

  private emit(s: string): void {
    this.out += s;
  }

  /** the whole input; true when q ended it */
  *run(): Co<boolean> {
    for (;;) {
      const line = yield* this.read();
      if (line === null) break;
      this.ps = line;
      if (yield* this.cycle()) {
        yield* this.flush();
        return true;
      }
      if (this.unbuffered || this.out.length > 16384) yield* this.flush();
    }
    yield* this.flush();
    return false;
  }

  /** the next input line (a and r output goes first); null at the end */
  private *read(): Co<string | null> {
    yield* this.appendOut();
    const line = yield* this.input.next();
    if (line !== null) {
      this.lnum++;
      this.sflag = false;
    }
    return line;
  }

  /** one cycle of the script over the pattern space; true when q was run */
  private *cycle(): Co<boolean> {
    const cmds = this.script.cmds;
    let deleted = false;
    this.pc = 0;
    while (this.pc < cmds.length) {
      if (this.ctx.sys.tick()) yield undefined;
      const cmd = cmds[this.pc]!;
      if (!this.selects(cmd)) {
        this.pc++;
        continue;
      }
      const flow = yield* this.command(cmd);
      if (this.ps.length > this.limit || this.hs.length > this.limit) throw kerr("ENOMEM");
      if (flow === "quit") return true;
      if (flow === "delete") {
        deleted = true;
        break;
      }
      if (flow === "restart") this.pc = 0;
      else if (flow === "jump") this.pc = cmd.jump < 0 ? cmds.length : cmd.jump;
      else this.pc++;
      if (this.out.length > 16384) yield* this.flush();
    }
    if (!deleted && !this.script.nflag) this.emit(this.ps + "\n");
    return false;
  }

  private matches(re: Cmd["a1"]): boolean {
    if (re === null) return false;
    if (re.kind === "re") return re.re.exec(this.ps, 0) !== null;
    if (re.kind === "line") return this.lnum === re.n;
    return this.input.last;
  }

  /** does the command's address select this line (sed1.c execute(), ranges included) */
  private selects(cmd: Cmd): boolean {
    const { a1, a2 } = cmd;
    if (a1 === null) return !cmd.neg;
    if (cmd.inRange && a2 !== null) {
      if (a2.kind === "line") {
        if (this.lnum > a2.n) {
          cmd.inRange = false;
          return cmd.neg;
        }
        if (this.lnum === a2.n && cmd.op === "c") cmd.inRange = false;
      } else if (a2.kind === "re" && this.matches(a2)) cmd.inRange = false;
    } else if (a1.kind === "last") {
      if (!this.input.last) return cmd.neg;
    } else if (this.matches(a1)) {
      if (a2 !== null) cmd.inRange = true;
    } else return cmd.neg;
    // a range whose end is a line already passed (5,2) or this one (5,5) is one line
    if (a2 !== null && a2.kind === "line") {
      if (this.lnum > a2.n) cmd.inRange = false;
      if (this.lnum === a2.n && cmd.op === "c") cmd.inRange = false;
    }
    return !cmd.neg;
  }

  private queue(cmd: Cmd): void {
    if (this.appends.length >= MAX_APPENDS) err(this.ctx, cmd.op === "a" ? "sed.append" : "sed.reads", this.lnum);
    else this.appends.push(cmd);
  }

  private *command(cmd: Cmd): Co<Flow> {
    switch (cmd.op) {
      case "{":
      case "b":
        return "jump";
      case "t":
        if (!this.sflag) return "next";
        this.sflag = false;
        return "jump";
      case "a":
      case "r":
        this.queue(cmd);
        return "next";
      case "c":
        if (!cmd.inRange || this.input.last) this.emit(cmd.text + "\n");
        return "delete";
      case "d":
        return "delete";
      case "D": {
        const nl = this.ps.indexOf("\n");
        if (nl < 0) return "delete";
        this.ps = this.ps.slice(nl + 1);
        return "restart";
      }
      case "=":
        this.emit(`${this.lnum}\n`);
        return "next";
      case "g":
        this.ps = this.hs;
        return "next";
      case "G":
        this.ps += "\n" + this.hs;
        return "next";
      case "h":
        this.hs = this.ps;
        return "next";
      case "H":
        this.hs += "\n" + this.ps;
        return "next";
      case "x":
        [this.ps, this.hs] = [this.hs, this.ps];
        return "next";
      case "i":
        this.emit(cmd.text + "\n");
        return "next";
      case "l":
        this.emit(listLine(this.ps));
        return "next";
      case "n":
      case "N":
        return yield* this.nextLine(cmd.op === "N");
      case "p":
        this.emit(this.ps + "\n");
        return "next";
      case "P":
        this.emit(this.firstLine() + "\n");
        return "next";
      case "q":
        if (!this.script.nflag) this.emit(this.ps + "\n");
        this.input.done();
        return "quit";
      case "s":
        return this.substitute(cmd);
      case "w":
        cmd.wfile!.write(this.ps + "\n");
        return "next";
      case "y":
        this.ps = transliterate(this.ps, cmd.ymap!);
        return "next";
    }
    return "next";
  }

  private firstLine(): string {
    const nl = this.ps.indexOf("\n");
    return nl < 0 ? this.ps : this.ps.slice(0, nl);
  }

  /** n (print, then replace) and N (append): at the end of the input the cycle ends unprinted */
  private *nextLine(append: boolean): Co<Flow> {
    if (!append && !this.script.nflag) this.emit(this.ps + "\n");
    const line = yield* this.read();
    if (line === null) return "delete";
    this.ps = append ? this.ps + "\n" + line : line;
    return "next";
  }

  private substitute(cmd: Cmd): Flow {
    const r = substitute(this.ps, cmd, (n) => this.ctx.sys.charge(n));
    if (r === null) return "next";
    this.ps = r;
    this.sflag = true;
    if (cmd.print === 1) this.emit(this.ps + "\n");
    else if (cmd.print === 2) this.emit(this.firstLine() + "\n");
    cmd.wfile?.write(this.ps + "\n");
    return "next";
  }

  /** the a text and r files queued for this line */
  private *appendOut(): Co<void> {
    const queued = this.appends;
    if (queued.length === 0) return;
    this.appends = [];
    for (const cmd of queued) {
      if (cmd.op === "a") {
        this.emit(cmd.text + "\n");
        continue;
      }
      yield* this.copyFile(cmd.text);
    }
  }

  /** r: the file as it is, streamed; one that cannot be read adds nothing */
  private *copyFile(path: string): Co<void> {
    let r;
    try {
      r = openReader(this.ctx, path);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      return;
    }
    try {
      yield* this.flush();
      for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) yield* this.ctx.stdout.put(b);
    } catch (e) {
      if (!isKernelError(e) || e.errno === "EINTR") throw e;
    } finally {
      r.close();
    }
  }
}
