// awk (/usr/bin/awk): AIX's awk, a POSIX awk of the one-true-awk family. Options as getopt reads
// them (-F -f -v -u); the program from -f files or the first operand; the rest are ARGV. A syntax
// error is reported as awk's yacc parser does, a fatal error with where it happened; both exit 2.
import { isKernelError } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../../types.js";
import { getopt, reportOpt } from "../lib.js";
import { err, msg } from "../msg.js";
import { AwkArray } from "./array.js";
import { AwkFatal } from "./errors.js";
import { assignVar, ASSIGNMENT, unescape } from "./input.js";
import { Interp } from "./interp.js";
import { awkMan } from "./man.js";
import { Parser, type Diag } from "./parser.js";
import { fromInput, toNum } from "./value.js";

const dec = new TextDecoder();

/** what the parser found wrong, in awk's words */
function diagnostics(ctx: CommandContext, diags: Diag[]): string {
  let out = "";
  // an empty text is a line this system's awk does not print (oawk has no context lines)
  const line = (id: string, ...args: (string | number)[]) => {
    const text = msg(ctx, id, ...args);
    if (text !== "") out += text + "\n";
  };
  for (const d of diags) {
    switch (d.t) {
      case "syntax":
        if (d.kind === "syntax") line("awk.syntax", d.line);
        else if (d.kind === "overflow") line("awk.overflow", d.line);
        else line(d.kind.startsWith("re") ? "awk.renl" : "awk.strnl", d.text, d.line);
        break;
      case "illegal":
        line("awk.illstmt", d.line);
        break;
      case "bail":
        line("awk.bail", d.line);
        break;
      case "retnotfn":
        line("awk.retnotfn", d.line);
        break;
      case "redef":
        line("awk.funcredef", d.name, d.line);
        break;
      case "brackets":
        if (d.n === 1) line("awk.missing", d.c);
        else if (d.n > 1) line("awk.missingn", d.n, d.c);
        else if (d.n === -1) line("awk.extra", d.c);
        else line("awk.extran", -d.n, d.c);
        continue;
    }
    if ("ctx" in d && d.ctx) line("awk.context", d.ctx[0], d.ctx[1]);
  }
  return out;
}

/** where awk was when it failed: the input record (and file), the program line; a part whose
 *  text is empty is not printed (oawk names the record by NR and never the program line) */
function where(ctx: CommandContext, rt: Interp | null, line: number): string {
  let s = "";
  if (rt && toNum(rt.NR.val) > 0) {
    s += msg(ctx, "awk.recno", toNum(rt.FNR.val), toNum(rt.NR.val));
    const f = rt.str(rt.FILENAME.val);
    if (f !== "" && f !== "-") s += msg(ctx, "awk.recfile", f);
    s += "\n";
  }
  const src = msg(ctx, "awk.srcline", line);
  return src === "" ? s : s + src + "\n";
}

/** the program text of the -f files, or null (said) when one cannot be read */
function* programFiles(ctx: CommandContext, files: string[]): Co<string | null> {
  const parts: string[] = [];
  for (const f of files) {
    if (f === "-") {
      const chunks: Uint8Array[] = [];
      for (let b = yield* ctx.stdin.read(); b.length > 0; b = yield* ctx.stdin.read()) chunks.push(b);
      parts.push(chunks.map((c) => dec.decode(c, { stream: true })).join(""));
      continue;
    }
    try {
      parts.push(dec.decode(ctx.sys.readFile(f)));
    } catch (e) {
      if (!isKernelError(e)) throw e;
      ctx.stderr.write(msg(ctx, "awk.open", f) + "\n" + where(ctx, null, 1));
      return null;
    }
  }
  return parts.join("\n");
}

/** ENVIRON, ARGV and ARGC, -F and the -v assignments, before BEGIN */
function setup(ctx: CommandContext, rt: Interp, operands: string[], fs: string | null, assigns: string[]): boolean {
  const env = rt.ENVIRON.arr as AwkArray;
  for (const [k, v] of ctx.shell.env.exported()) env.set(k, fromInput(v));
  const argv = rt.ARGV.arr as AwkArray;
  argv.set("0", "awk");
  operands.forEach((a, i) => argv.set(String(i + 1), fromInput(a)));
  rt.ARGC.val = operands.length + 1;
  if (fs !== null) rt.FS.val = fs === "t" ? "\t" : unescape(fs);
  for (const a of assigns) {
    const m = ASSIGNMENT.exec(a);
    if (!m) {
      err(ctx, "awk.usage");
      return false;
    }
    assignVar(rt, rt.global(m[1]!), m[2]!);
  }
  return true;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "F:f:uv:");
  let fs: string | null = null;
  const files: string[] = [];
  const assigns: string[] = [];
  let unbuffered = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "awk.usage");
      return 2;
    }
    if (it.flag === "F") fs = it.value!;
    else if (it.flag === "f") files.push(it.value!);
    else if (it.flag === "v") assigns.push(it.value!);
    else unbuffered = true;
  }
  let operands = r.operands;
  let src: string | null;
  if (files.length) src = yield* programFiles(ctx, files);
  else if (operands.length === 0) {
    err(ctx, "awk.usage");
    return 2;
  } else {
    src = operands[0]!;
    operands = operands.slice(1);
  }
  if (src === null) return 2;
  const parser = new Parser(src);
  const prog = parser.parse();
  if (prog === null) {
    ctx.stderr.write(diagnostics(ctx, parser.diags));
    return 2;
  }
  let rt: Interp | null = null;
  const warn = (id: string, ...args: (string | number)[]) => {
    // a warning this system's awk does not give has an empty text
    const text = msg(ctx, id, ...args);
    if (text === "") return;
    rt?.streams.flushNow();
    ctx.stderr.write(text + "\n" + where(ctx, rt, rt?.line ?? 1));
  };
  rt = new Interp(prog, ctx, warn);
  if (unbuffered) rt.streams.unbuffered = true;
  if (!setup(ctx, rt, operands, fs, assigns)) return 2;
  return yield* runProgram(ctx, rt);
}

/** the program until it ends; a fatal error is said with where it happened */
function* runProgram(ctx: CommandContext, rt: Interp): Co<number> {
  let id: string;
  let args: (string | number)[] = [];
  try {
    return yield* rt.run();
  } catch (e) {
    if (e instanceof AwkFatal) {
      id = e.id;
      args = e.args;
    } else if (isKernelError(e) && e.errno !== "EINTR") {
      id = "awk.syserr";
      args = [ctx.os.strerror(e.errno)];
    } else if (e instanceof RangeError) {
      // the host's limits (a string or a stack too big): awk has run out of memory
      id = "awk.nomem";
    } else throw e;
  }
  rt.streams.flushNow();
  ctx.stderr.write(msg(ctx, id, ...args) + "\n" + where(ctx, rt, rt.line));
  return 2;
}

export const awk: CommandDef = {
  name: "awk",
  path: "/usr/bin/awk",
  summary: "Finds lines in files that match a pattern and performs specified actions on those lines.",
  flags: ["-F", "-f", "-u", "-v"],
  run,
  man: awkMan,
};
