// The interpreter: expands words, wires pipes and redirections, runs each command.
import { parse, parseComplete } from "../../../grammar/parse.js";
import type { AndOr, List, Pipeline, Redirect, SimpleCommand, Word } from "../../../grammar/ast.js";
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { Buffer, In, type CommandContext, type OsPersonality, type Out, type ShellState } from "../types.js";
import { ShellEnv } from "./env.js";
import { expandGlob, hasGlob, type Piece } from "./glob.js";


/** redirect target that failed to open: reported by the shell, the command does not run */
class RedirectFailure extends Error {
  constructor(readonly path: string, readonly errno: Errno, readonly input: boolean) {
    super(path);
  }
}

export interface ShellOptions {
  columns?: number;
  /** seconds the machine clock advances for each command run */
  secondsPerCommand?: number;
}

export class Shell {
  readonly state: ShellState;
  readonly columns: number;
  private secondsPerCommand: number;
  private lineNo = 0;

  constructor(
    readonly machine: Machine,
    readonly sys: Sys,
    readonly os: OsPersonality,
    env: Record<string, string>,
    opts: ShellOptions = {},
  ) {
    this.state = { env: new ShellEnv(env), lastStatus: 0, exitRequested: null, history: [] };
    this.columns = opts.columns ?? 80;
    this.secondsPerCommand = opts.secondsPerCommand ?? 1;
    machine.procs.add(sys.proc);
  }

  prompt(): string {
    return this.os.prompt(this.state);
  }

  /** does this text need more lines (an open quote, a trailing pipe)? */
  needsMore(src: string): boolean {
    // only an open quote, a trailing backslash or a trailing | && || can leave a line open
    if (!/['"\\|&]/.test(src)) return false;
    const r = parse(src);
    return !r.ok && r.incomplete;
  }

  /**
   * Run one line (or several, newline-separated) of input. Output goes to `term` in the order
   * the terminal would show it. Returns the exit status of the last command.
   */
  run(src: string, term: Out): number {
    this.lineNo++;
    if (src.trim() !== "") this.state.history.push(src);
    const r = parseComplete(src);
    if (!r.ok) {
      if (r.incomplete) return this.state.lastStatus;
      term.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      return 2;
    }
    return this.runList(r.list, term);
  }

  /**
   * Like run(), for input that arrives line by line: returns null (and runs nothing) when the
   * text needs more lines, so the caller appends the next line and feeds again. One parse.
   */
  feed(src: string, term: Out): number | null {
    if (!/['"\\|&]/.test(src)) return this.run(src, term);
    const r = parse(src);
    if (!r.ok && r.incomplete) return null;
    this.lineNo++;
    if (src.trim() !== "") this.state.history.push(src);
    if (!r.ok) {
      term.write(this.os.syntaxError(r.problem, this.lineNo) + "\n");
      this.state.lastStatus = 2;
      return 2;
    }
    return this.runList(r.list, term);
  }

  runList(list: List, term: Out): number {
    for (const item of list.items) {
      if (this.state.exitRequested !== null) break;
      this.runAndOr(item.andor, term);
    }
    return this.state.lastStatus;
  }

  private runAndOr(a: AndOr, term: Out): void {
    let status = this.runPipeline(a.first, term);
    for (const r of a.rest) {
      if (this.state.exitRequested !== null) return;
      if ((r.op === "&&" && status === 0) || (r.op === "||" && status !== 0)) status = this.runPipeline(r.pipeline, term);
    }
  }

  private runPipeline(p: Pipeline, term: Out): number {
    let input = new In();
    let status = 0;
    p.commands.forEach((c, i) => {
      const last = i === p.commands.length - 1;
      const out: Out = last ? term : new Buffer();
      status = this.runSimple(c, input, out, term);
      if (!last) input = new In((out as Buffer).bytes());
    });
    if (p.bang) status = status === 0 ? 1 : 0;
    this.state.lastStatus = status;
    return status;
  }

  // ---- expansion ----

  private param(name: string): string {
    const s = this.state;
    switch (name) {
      case "?":
        return String(s.lastStatus);
      case "$":
        return String(this.sys.proc.pid);
      case "#":
        return "0";
      case "0":
        return this.os.shellName;
      default:
        if (/^[1-9]$/.test(name)) return "";
        return s.env.get(name) ?? "";
    }
  }

  /** a word to fields: parameter expansion, field splitting of unquoted expansions, globbing */
  expandWord(w: Word, split = true): string[] {
    const fields: Piece[][] = [[]];
    let sawQuoted = false;
    for (const part of w.parts) {
      if (part.kind === "lit") {
        if (part.quoted) sawQuoted = true;
        fields[fields.length - 1]!.push({ text: part.text, quoted: part.quoted });
        continue;
      }
      const value = this.param(part.name);
      if (part.quoted || !split) {
        sawQuoted = true;
        fields[fields.length - 1]!.push({ text: value, quoted: true });
        continue;
      }
      const chunks = value.split(/[ \t\n]+/);
      chunks.forEach((chunk, i) => {
        if (i > 0) fields.push([]);
        if (chunk !== "") fields[fields.length - 1]!.push({ text: chunk, quoted: false });
      });
    }
    const out: string[] = [];
    for (const f of fields) {
      if (f.length === 0) continue;
      const text = f.map((p) => p.text).join("");
      if (split && hasGlob(f)) {
        const matches = expandGlob(this.sys, f);
        if (matches.length) {
          out.push(...matches);
          continue;
        }
      }
      out.push(text);
    }
    if (out.length === 0 && sawQuoted && fields.length === 1) out.push("");
    return out;
  }

  private expandOne(w: Word): string {
    return this.expandWord(w, false).join(" ");
  }

  // ---- one command ----

  private applyRedirects(
    redirects: Redirect[],
    io: { stdin: In; stdout: Out; stderr: Out },
  ): { stdin: In; stdout: Out; stderr: Out; flush: () => void } {
    const files: { path: string; buf: Buffer; append: boolean }[] = [];
    const fd = { 0: io.stdin as In, 1: io.stdout, 2: io.stderr } as { 0: In; 1: Out; 2: Out };
    for (const r of redirects) {
      const target = this.expandOne(r.target);
      if (r.op === ">&") {
        if (target === "1" || target === "2") {
          const src = fd[Number(target) as 1 | 2];
          if (r.fd === 1 || r.fd === 2) fd[r.fd] = src;
        }
        continue;
      }
      try {
        if (r.op === "<") {
          fd[0] = new In(this.sys.readFile(target));
        } else {
          // open (create/truncate) now, as the shell does before the command runs
          this.sys.open(target, { write: true, create: true, trunc: r.op === ">", append: r.op === ">>" });
          const buf = new Buffer();
          files.push({ path: target, buf, append: true });
          if (r.fd === 1 || r.fd === 2) fd[r.fd] = buf;
        }
      } catch (e) {
        if (isKernelError(e)) throw new RedirectFailure(target, e.errno, r.op === "<");
        throw e;
      }
    }
    const flush = () => {
      for (const f of files) {
        try {
          this.sys.writeFile(f.path, f.buf.bytes(), f.append);
        } catch (e) {
          if (!isKernelError(e)) throw e;
          io.stderr.write(this.os.redirectError(f.path, e.errno, false) + "\n");
        }
      }
    };
    return { stdin: fd[0], stdout: fd[1], stderr: fd[2], flush };
  }

  private runSimple(c: SimpleCommand, stdin: In, stdout: Out, term: Out): number {
    const argv: string[] = [];
    for (const w of c.words) argv.push(...this.expandWord(w));
    const env = this.state.env;
    if (argv.length === 0) {
      for (const a of c.assigns) env.set(a.name, this.expandOne(a.value));
      if (c.redirects.length) {
        try {
          this.applyRedirects(c.redirects, { stdin, stdout, stderr: term }).flush();
        } catch (e) {
          if (e instanceof RedirectFailure) {
            term.write(this.os.redirectError(e.path, e.errno, e.input) + "\n");
            return 1;
          }
          throw e;
        }
      }
      return 0;
    }
    const saved = c.assigns.map((a) => [a.name, env.get(a.name)] as const);
    for (const a of c.assigns) {
      env.set(a.name, this.expandOne(a.value));
      env.export(a.name);
    }
    try {
      return this.exec(argv, c.redirects, stdin, stdout, term);
    } finally {
      for (const [n, v] of saved) if (v === undefined) env.unset(n);
      else env.set(n, v);
    }
  }

  private exec(argv: string[], redirects: Redirect[], stdin: In, stdout: Out, term: Out): number {
    this.machine.clock.advance(this.secondsPerCommand);
    let io;
    try {
      io = this.applyRedirects(redirects, { stdin, stdout, stderr: term });
    } catch (e) {
      if (e instanceof RedirectFailure) {
        term.write(this.os.redirectError(e.path, e.errno, e.input) + "\n");
        return 1;
      }
      throw e;
    }
    const name = argv[0]!;
    const def = this.os.commands.get(name.includes("/") ? name.slice(name.lastIndexOf("/") + 1) : name);
    if (!def) {
      io.stderr.write(this.os.notFound(name) + "\n");
      io.flush();
      return 127;
    }
    const ctx: CommandContext = {
      argv,
      stdin: io.stdin,
      stdout: io.stdout,
      stderr: io.stderr,
      sys: this.sys,
      machine: this.machine,
      shell: this.state,
      os: this.os,
      columns: this.columns,
    };
    let status: number;
    try {
      status = def.run(ctx);
    } catch (e) {
      // A command that lets a kernel error escape still gets the system's text; anything else is
      // a lab bug: say so, keep the session.
      if (isKernelError(e)) io.stderr.write(`${name}: ${this.os.strerror(e.errno)}\n`);
      else io.stderr.write(`looplab: internal error in ${name}: ${(e as Error)?.message ?? String(e)}\n`);
      status = 1;
    }
    io.flush();
    return status & 0xff;
  }
}

/** a terminal sink that keeps everything written, in order */
export class Transcript implements Out {
  private buf = new Buffer();
  write(data: string | Uint8Array): void {
    this.buf.write(data);
  }
  text(): string {
    return this.buf.text();
  }
}

