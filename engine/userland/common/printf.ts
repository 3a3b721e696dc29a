// printf (/usr/bin/printf; ksh88 has no printf built-in): writes its arguments under the control
// of a format, as printf(3) does, reusing the format while arguments remain. Escapes \a \b \f \n
// \r \t \v \\ \NNN in the format; %b takes escapes in its argument (\c there ends all output).
// A numeric argument may be 'c (the character's code). A bad number is reported and printed as
// what was converted of it (0 for none); the exit status counts the errors (printf.c).
import { cFixed } from "./cformat.js";
import { toolStatus } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

const enc = new TextEncoder();
/** the longest field printf builds (AIX: a line of 2048 bytes) */
const LINE_MAX = 2048;
/** bytes from \NNN escapes above 0x7f ride in the text as RAW + byte */
const RAW = 0xf700;

/** the output: text as UTF-8, escaped bytes as themselves */
function toBytes(s: string): Uint8Array {
  const parts: number[] = [];
  let text = "";
  const flush = () => {
    if (text) for (const b of enc.encode(text)) parts.push(b);
    text = "";
  };
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= RAW && c < RAW + 256) {
      flush();
      parts.push(c - RAW);
    } else text += ch;
  }
  flush();
  return new Uint8Array(parts);
}

/** the escapes of a format or a %b argument; `stop` when \c was met (only in %b) */
function escapes(s: string, b: boolean): { text: string; stop: boolean } {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i]!;
    const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
    if (n in simple) out += simple[n];
    else if (b && n === "c") return { text: out, stop: true };
    else if (/[0-7]/.test(n)) {
      // \NNN (in %b also \0NNN)
      let j = i;
      let max = b && n === "0" ? 4 : 3;
      let v = 0;
      while (j < s.length && max-- > 0 && /[0-7]/.test(s[j]!)) v = v * 8 + Number(s[j++]);
      // a byte of its own: one beyond ASCII is not a character of the text (see toBytes)
      out += (v & 0xff) < 0x80 ? String.fromCharCode(v & 0xff) : String.fromCharCode(RAW + (v & 0xff));
      i = j - 1;
    } else out += "\\" + n;
  }
  return { text: out, stop: false };
}

interface Spec {
  flags: string;
  width: number | null;
  precision: number | null;
  conv: string;
}

/** a long of AIX's printf (a 32-bit command): strtol and strtoul stop at these, with ERANGE */
const LONG_MAX = 2 ** 31 - 1;
const ULONG_MAX = 2 ** 32 - 1;

/** a number argument as printf reads it; errors counted and said. An integer past the range of
 *  a long (unsigned for %u) is the limit, and strtol's ERANGE is reported */
function number(ctx: CommandContext, arg: string | undefined, errors: { n: number }, float: boolean, unsigned = false): number {
  if (arg === undefined || arg === "") return 0;
  if (arg[0] === "'" || arg[0] === '"') return arg.length > 1 ? arg.codePointAt(1)! : 0;
  const m = float
    ? /^\s*[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(arg)
    : /^\s*[+-]?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(arg);
  if (!m) {
    err(ctx, "printf.notnum", arg);
    errors.n++;
    return 0;
  }
  const t = m[0].trim();
  let v: number;
  if (float) {
    v = Number(t);
    // strtod: past a double's range, HUGE_VAL and ERANGE
    if (!Number.isFinite(v)) {
      ctx.stderr.write(`printf: ${arg}: ${ctx.os.strerror("ERANGE")}\n`);
      errors.n++;
    }
  }
  else {
    const neg = t.startsWith("-");
    const body = t.replace(/^[+-]/, "");
    v = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === "0" ? parseInt(body, 8) : parseInt(body, 10);
    const max = unsigned ? ULONG_MAX : neg ? LONG_MAX + 1 : LONG_MAX;
    if (v > max) {
      ctx.stderr.write(`printf: ${arg}: ${ctx.os.strerror("ERANGE")}\n`);
      errors.n++;
      return unsigned ? ULONG_MAX : neg ? -LONG_MAX - 1 : LONG_MAX;
    }
    if (neg) v = -v;
  }
  if (m[0].length !== arg.length) {
    err(ctx, "printf.partial", arg);
    errors.n++;
  }
  return v;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const w = spec.width ?? 0;
  if (s.length >= w) return s;
  if (spec.flags.includes("-")) return s + " ".repeat(w - s.length);
  if (numeric && spec.flags.includes("0") && spec.precision === null) {
    const sign = /^[+\- ]/.test(s) ? s[0]! : "";
    const pre = /^[+\- ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : "";
    const rest = s.slice(sign.length + pre.length);
    return sign + pre + "0".repeat(w - s.length) + rest;
  }
  return " ".repeat(w - s.length) + s;
}

function integer(v: number, spec: Spec): string {
  const conv = spec.conv;
  let n = Math.trunc(v);
  let body: string;
  if (conv === "d" || conv === "i") body = Math.abs(n).toString();
  else {
    if (n < 0) n = n + 2 ** 32;
    body = n.toString(conv === "o" ? 8 : conv === "u" ? 10 : 16);
    if (conv === "X") body = body.toUpperCase();
  }
  if (spec.precision !== null) body = body.padStart(spec.precision, "0");
  if (spec.precision === 0 && n === 0) body = "";
  if (spec.flags.includes("#")) {
    if (conv === "o" && !body.startsWith("0")) body = "0" + body;
    if ((conv === "x" || conv === "X") && n !== 0) body = (conv === "x" ? "0x" : "0X") + body;
  }
  if (conv === "d" || conv === "i") {
    if (v < 0) body = "-" + body;
    else if (spec.flags.includes("+")) body = "+" + body;
    else if (spec.flags.includes(" ")) body = " " + body;
  }
  return pad(body, spec, true);
}

/** a.toExponential(p) for any p (zeros past the 100 digits JS gives) */
function exponential(a: number, p: number): string {
  if (p <= 100) return a.toExponential(p);
  const [m, e] = a.toExponential(100).split("e");
  return `${m}${"0".repeat(p - 100)}e${e}`;
}

function float(v: number, spec: Spec): string {
  const p = spec.precision ?? 6;
  let body: string;
  const a = Math.abs(v);
  // AIX libc's words for what is not a number
  if (!Number.isFinite(v)) body = Number.isNaN(v) ? "NaNQ" : "INF";
  else switch (spec.conv) {
    case "f":
      body = cFixed(a, p);
      break;
    case "e":
    case "E": {
      body = exponential(a, p).replace(/e([+-])(\d)$/, "e$10$2");
      if (spec.conv === "E") body = body.toUpperCase();
      break;
    }
    default: {
      // %g: the shorter of %e and %f, trailing zeros gone
      const P = p === 0 ? 1 : p;
      const exp = a === 0 ? 0 : Math.floor(Math.log10(a));
      if (exp < -4 || exp >= P) body = exponential(a, P - 1).replace(/e([+-])(\d)$/, "e$10$2");
      else body = cFixed(a, Math.max(0, P - 1 - exp));
      if (!spec.flags.includes("#")) body = body.replace(/\.?0+(?=e|$)/, "");
      if (spec.conv === "G") body = body.toUpperCase();
    }
  }
  if (v < 0 || Object.is(v, -0)) body = "-" + body;
  else if (spec.flags.includes("+")) body = "+" + body;
  else if (spec.flags.includes(" ")) body = " " + body;
  return pad(body, spec, true);
}

/** printf's work, for bash's built-in too (engine/userland/solaris/bash-printf.ts: printf -v) */
export function runPrintf(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0) {
    // AIX's printf prints nothing; bash's built-in (Solaris) its usage
    err(ctx, "printf.usage");
    return toolStatus(ctx.os.formats, "printf.usage", 0);
  }
  const format = args[0]!;
  const rest = args.slice(1);
  const errors = { n: 0 };
  let out = "";
  let used = 0;
  let stopped = false;
  const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXfeEgGcsb%])/g;
  const hasSpec = /%[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d*))?[diouxXfeEgGcsb]/.test(format);
  do {
    let last = 0;
    let m: RegExpExecArray | null;
    SPEC.lastIndex = 0;
    const next = () => rest[used++];
    while ((m = SPEC.exec(format)) !== null) {
      out += escapes(format.slice(last, m.index), false).text;
      last = SPEC.lastIndex;
      const conv = m[4]!;
      if (conv === "%") {
        out += "%";
        continue;
      }
      const width = m[2] === "*" ? number(ctx, next(), errors, false) : m[2] !== undefined ? Number(m[2]) : null;
      const prec = m[3] === undefined ? null : m[3] === "*" ? number(ctx, next(), errors, false) : Number(m[3] || "0");
      if ((width !== null && Math.abs(width) > LINE_MAX) || (prec !== null && prec > LINE_MAX)) {
        err(ctx, "printf.toolong");
        errors.n++;
        stopped = true;
        break;
      }
      const spec: Spec = { flags: m[1]! + (width !== null && width < 0 ? "-" : ""), width: width === null ? null : Math.abs(width), precision: prec, conv };
      const a = next();
      switch (conv) {
        case "s": {
          let s = a ?? "";
          if (prec !== null) s = s.slice(0, prec);
          out += pad(s, spec, false);
          break;
        }
        case "b": {
          const e = escapes(a ?? "", true);
          let s = e.text;
          if (prec !== null) s = s.slice(0, prec);
          out += pad(s, spec, false);
          if (e.stop) stopped = true;
          break;
        }
        case "c":
          out += pad((a ?? "").slice(0, 1), spec, false);
          break;
        case "f":
        case "e":
        case "E":
        case "g":
        case "G":
          out += float(number(ctx, a, errors, true), spec);
          break;
        default:
          out += integer(number(ctx, a, errors, false, conv === "u"), spec);
      }
      if (stopped) break;
    }
    if (!stopped) out += escapes(format.slice(last), false).text;
  } while (!stopped && hasSpec && used < rest.length);
  ctx.stdout.write(toBytes(out));
  return errors.n;
}

export const printf: CommandDef = {
  name: "printf",
  path: "/usr/bin/printf",
  summary: "Writes formatted output.",
  run: runPrintf,
  man: `printf Command

Purpose
       Writes formatted output.

Syntax
       printf Format [ Argument ... ]

Description
       The printf command converts, formats, and writes its Argument parameters
       to standard output. The Argument parameters are formatted under control
       of the Format parameter, as in the printf subroutine. The Format is
       reused as often as necessary to satisfy the arguments.

       The Format may contain the escapes \\a \\b \\f \\n \\r \\t \\v \\\\ and
       \\Number (one, two or three octal digits), and conversions %d %i %o %u
       %x %X %f %e %E %g %G %c %s %b and %%, with flags, a field width and a
       precision. %b writes its argument with escapes interpreted; \\c in it
       stops all output. A numeric argument of 'c is the code of character c.

Exit Status
       0    All input files were processed successfully.
       >0   An error occurred.

Examples
       printf "%s is %d bytes\\n" file 512
       printf "%5.2f%%\\n" 99.5
`,
};
