// The main input: the operands in ARGV[1] … ARGV[ARGC-1] as awk reaches them (the program may
// change ARGV and ARGC before), each a file to read ("-" is standard input), a `name=value`
// assignment made when it is reached, or empty (skipped); standard input when no file was named.
import { isKernelError } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext } from "../../types.js";
import { openReader } from "../stream.js";
import type { Cell } from "./ast.js";
import { AwkFatal } from "./errors.js";
import { RecordReader } from "./io.js";
import type { Runtime } from "./runtime.js";
import { fromInput, toNum } from "./value.js";

export const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;

/** the escapes of a command-line value (one-true-awk's qstring): \\ \n \t \b \f \r \ddd; any
 *  other keeps its backslash */
export function unescape(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n === undefined) return out + "\\";
    const simple: Record<string, string> = { "\\": "\\", n: "\n", t: "\t", b: "\b", f: "\f", r: "\r", v: "\v", a: "\x07", '"': '"', "/": "/" };
    if (n in simple) out += simple[n];
    else if (n >= "0" && n <= "9") {
      let v = Number(n);
      for (let k = 0; k < 2 && s[i + 1] !== undefined && s[i + 1]! >= "0" && s[i + 1]! <= "9"; k++) v = v * 8 + Number(s[++i]);
      out += String.fromCharCode(v & 0xff);
    } else out += "\\" + n;
  }
  return out;
}

/** a variable set from the command line (-v or an operand): escapes done, a strnum if numeric */
export function assignVar(rt: Runtime, cell: Cell, value: string): void {
  const v = fromInput(unescape(value));
  if (cell === rt.NF) rt.setNF(toNum(v));
  if (cell.arr) rt.fatal("awk.arrassign", cell.name);
  cell.val = v;
}

export class MainInput {
  private argi = 1;
  private rr: RecordReader | null = null;
  private named = false;
  private done = false;

  constructor(
    private rt: Runtime,
    private ctx: CommandContext,
    private before: () => Co<void>,
    private cellFor: (name: string) => Cell,
  ) {}

  /** the next record of the main input, null after the last */
  *next(): Co<string | null> {
    for (;;) {
      if (this.rr === null && !this.open()) return null;
      let rec: string | null;
      try {
        rec = yield* this.rr!.next(this.rt.str(this.rt.RS.val));
      } catch (e) {
        if (isKernelError(e) && e.errno !== "EINTR") throw new AwkFatal("awk.open", [this.rt.str(this.rt.FILENAME.val)]);
        throw e;
      }
      if (rec !== null) return rec;
      this.nextFile();
    }
  }

  /** nextfile: on to the next operand */
  nextFile(): void {
    this.rr?.close();
    this.rr = null;
  }

  private open(): boolean {
    if (this.done) return false;
    const rt = this.rt;
    const argv = rt.ARGV.arr!;
    while (this.argi < toNum(rt.ARGC.val)) {
      const v = argv.get(String(this.argi++));
      if (v === undefined) continue;
      const arg = rt.str(v);
      if (arg === "") continue;
      const m = ASSIGNMENT.exec(arg);
      if (m) {
        assignVar(rt, this.cellFor(m[1]!), m[2]!);
        continue;
      }
      this.named = true;
      rt.FILENAME.val = arg;
      rt.FNR.val = 0;
      try {
        this.rr = new RecordReader(openReader(this.ctx, arg), this.ctx.sys.proc.dataLimit, this.before);
      } catch (e) {
        if (isKernelError(e)) throw new AwkFatal("awk.open", [arg]);
        throw e;
      }
      return true;
    }
    if (this.named) {
      this.done = true;
      return false;
    }
    this.named = true;
    rt.FNR.val = 0;
    this.rr = new RecordReader(openReader(this.ctx, null), this.ctx.sys.proc.dataLimit, this.before);
    return true;
  }
}
