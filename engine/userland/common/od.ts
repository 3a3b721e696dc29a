// od: writes the contents of a file in octal, decimal, hexadecimal or character form (the AIX
// od.c: 16 bytes a line, big-endian words as on POWER, "*" for repeated lines, a 7-digit octal
// address, fields aligned to the widest format given; the default is -o, octal 2-byte words).
import type { Co } from "../../kernel/proc/wait.js";
import { isKernelError } from "../../kernel/errno.js";
import { concat, type CommandContext, type CommandDef } from "../types.js";
import { err, errnoOf } from "./msg.js";
import { openReader, stdinReader, type Reader } from "./stream.js";

type Kind = "a" | "c" | "b" | "us" | "s" | "l" | "f" | "d";

interface Fmt {
  kind: Kind;
  /** external field width */
  field: number;
  size: number;
  radix: number;
  signed: boolean;
  /** leading blanks before each value (computed) */
  pad: number;
}

const f = (kind: Kind, field: number, size: number, radix: number, signed: boolean): Fmt => ({ kind, field, size, radix, signed, pad: 0 });

const FORMATS = {
  ascii: () => f("a", 3, 1, 10, false),
  byte: () => f("b", 3, 1, 8, false),
  cchar: () => f("c", 3, 1, 8, false),
  u_s_oct: () => f("us", 6, 2, 8, false),
  u_c_dec: () => f("b", 3, 1, 10, false),
  u_s_dec: () => f("us", 5, 2, 10, false),
  u_s_hex: () => f("us", 4, 2, 16, false),
  u_c_hex: () => f("b", 3, 1, 16, false),
  u_l_oct: () => f("l", 11, 4, 8, false),
  u_l_dec: () => f("l", 10, 4, 10, false),
  u_l_hex: () => f("l", 8, 4, 16, false),
  s_c_dec: () => f("b", 3, 1, 10, true),
  s_s_dec: () => f("s", 6, 2, 10, true),
  s_l_dec: () => f("l", 11, 4, 10, true),
  flt: () => f("f", 14, 4, 10, true),
  dble: () => f("d", 21, 8, 10, true),
};

const ASC_NAME = [
  "nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", " bs", " ht", " lf", " vt", " ff", " cr", " so", " si",
  "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", " em", "sub", "esc", " fs", " gs", " rs", " us",
  " sp", "del",
];

/** od's icvt: digits in radix, padded to ndigits with 0 (unsigned) or blanks (signed) */
function icvt(value: number | bigint, radix: number, signed: boolean, ndigits: number): string {
  const v = BigInt(value);
  const s = v < 0n && signed ? "-" + (-v).toString(radix) : (v < 0n ? v + (1n << 64n) : v).toString(radix);
  return s.padStart(ndigits, signed ? " " : "0");
}

function cExp(v: number, prec: number, width: number): string {
  let s: string;
  if (Number.isNaN(v)) s = "NaNQ";
  else if (!Number.isFinite(v)) s = v < 0 ? "-INF" : "INF";
  else {
    s = v.toExponential(prec).replace(/e([+-])(\d)$/, "e$10$2");
    if (Object.is(v, -0)) s = "-" + s;
  }
  return s.padStart(width);
}

function scvt(c: number, d: Fmt): string {
  switch (c) {
    case 0:
      return "\\0";
    case 7:
      return "\\a";
    case 8:
      return "\\b";
    case 12:
      return "\\f";
    case 10:
      return "\\n";
    case 13:
      return "\\r";
    case 9:
      return "\\t";
    case 11:
      return "\\v";
  }
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  return icvt(c, d.radix, d.signed, d.field);
}

class UsageError extends Error {}

function* run(ctx: CommandContext): Co<number> {
  const argv = ctx.argv.slice(1);
  const convs: Fmt[] = [];
  let addrBase = 8;
  let aflag = 0;
  let jflag = false;
  let jval = "";
  let nflag = false;
  let maxBytes = 0;
  let showall = false;
  let dbufSize = 16;
  let tdflag = false;
  let base = -1;
  let status = 0;
  const usage = (): never => {
    throw new UsageError();
  };
  let i = 0;
  try {
    for (; i < argv.length && argv[i]!.startsWith("-") && argv[i] !== "-"; i++) {
      const a = argv[i]!;
      if (a === "--") {
        i++;
        break;
      }
      for (let p = 1; p < a.length; p++) {
        const c = a[p]!;
        const take = (): string => {
          if (p + 1 < a.length) {
            const v = a.slice(p + 1);
            p = a.length;
            return v;
          }
          i++;
          if (i >= argv.length) usage();
          p = a.length;
          return argv[i]!;
        };
        switch (c) {
          case "A": {
            aflag = 1;
            const v = take();
            if (v[0] === "d") addrBase = 10;
            else if (v[0] === "o") addrBase = 8;
            else if (v[0] === "n") aflag = 2;
            else if (v[0] === "x") addrBase = 16;
            else {
              err(ctx, "od.aopt");
              usage();
            }
            break;
          }
          case "a":
            convs.push(FORMATS.ascii());
            break;
          case "b":
            convs.push(FORMATS.byte());
            break;
          case "C":
          case "c":
            convs.push(FORMATS.cchar());
            break;
          case "d":
            convs.push(FORMATS.u_s_dec());
            break;
          case "D":
            convs.push(FORMATS.u_l_dec());
            break;
          case "e":
          case "F":
            convs.push(FORMATS.dble());
            break;
          case "f":
            convs.push(FORMATS.flt());
            break;
          case "h":
          case "x":
            convs.push(FORMATS.u_s_hex());
            break;
          case "H":
          case "X":
            convs.push(FORMATS.u_l_hex());
            break;
          case "i":
          case "s":
            convs.push(FORMATS.s_s_dec());
            break;
          case "I":
          case "l":
          case "L":
            convs.push(FORMATS.s_l_dec());
            break;
          case "o":
          case "B":
            convs.push(FORMATS.u_s_oct());
            break;
          case "O":
            convs.push(FORMATS.u_l_oct());
            break;
          case "p":
          case "P":
            break;
          case "v":
            showall = true;
            break;
          case "N": {
            nflag = true;
            const v = take();
            const m = /^(0[xX]|[xX])?([0-9a-fA-F]+)$/.exec(v);
            const n = m ? parseInt(m[2]!, m[1] ? 16 : v.startsWith("0") ? 8 : 10) : NaN;
            if (!(n > 0)) {
              err(ctx, "od.invnum", v);
              usage();
            }
            maxBytes = n;
            break;
          }
          case "j":
            jflag = true;
            jval = take();
            break;
          case "w": {
            const m = /^\d+/.exec(a.slice(p + 1));
            dbufSize = m ? Math.min(Number(m[0]), 8192) : 32;
            if (dbufSize <= 0) dbufSize = 32;
            p += m ? m[0].length : 0;
            break;
          }
          case "t": {
            const spec = take();
            for (let k = 0; k < spec.length; k++) {
              const t = spec[k]!;
              const nx = spec[k + 1];
              const sized = nx !== undefined && /[A-Z0-9]/.test(nx);
              let d: Fmt;
              switch (t) {
                case "a":
                  d = FORMATS.ascii();
                  break;
                case "c":
                  d = FORMATS.cchar();
                  break;
                case "d":
                  tdflag = true;
                  d = FORMATS.s_l_dec();
                  if (sized) {
                    k++;
                    if (nx === "1" || nx === "C") d = FORMATS.s_c_dec();
                    else if (nx === "2" || nx === "S") d = FORMATS.s_s_dec();
                    else if (nx !== "4" && nx !== "I" && nx !== "L") {
                      err(ctx, "od.dopt", nx ?? "");
                      status = 1;
                    }
                  }
                  break;
                case "f":
                  d = FORMATS.dble();
                  if (sized) {
                    k++;
                    if (nx === "4" || nx === "F") d = FORMATS.flt();
                    else if (nx !== "8" && nx !== "D" && nx !== "L") {
                      err(ctx, "od.fopt", nx ?? "");
                      status = 1;
                    }
                  }
                  break;
                case "o":
                case "u":
                case "x": {
                  d = t === "o" ? FORMATS.u_l_oct() : t === "u" ? FORMATS.u_l_dec() : FORMATS.u_l_hex();
                  if (sized) {
                    k++;
                    if (nx === "1" || nx === "C") d = t === "o" ? FORMATS.byte() : t === "u" ? FORMATS.u_c_dec() : FORMATS.u_c_hex();
                    else if (nx === "2" || nx === "S") d = t === "o" ? FORMATS.u_s_oct() : t === "u" ? FORMATS.u_s_dec() : FORMATS.u_s_hex();
                    else if (nx !== "4" && nx !== "I" && nx !== "L") {
                      err(ctx, t === "o" ? "od.oopt" : t === "u" ? "od.uopt" : "od.xopt", nx ?? "");
                      status = 1;
                    }
                  }
                  break;
                }
                default:
                  return usage();
              }
              convs.push(d);
            }
            break;
          }
          default:
            usage();
        }
      }
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(ctx, "od.usage");
    return 1;
  }
  if (convs.length === 0) convs.push(FORMATS.u_s_oct());
  let maxLlen = 0;
  for (const d of convs) maxLlen = Math.max(maxLlen, Math.ceil(dbufSize / d.size) * (d.field + 1));
  for (const d of convs) d.pad = Math.floor(maxLlen / Math.ceil(dbufSize / d.size)) - d.field;

  const getAddr = (s0: string): number => {
    let s = s0.startsWith("+") ? s0.slice(1) : s0;
    if (/^0[xX]/.test(s)) {
      s = s.slice(2);
      base = 16;
    } else if (/^[xX]/.test(s)) {
      s = s.slice(1);
      base = 16;
    } else if (s[0] === "0" && s.length > 1) base = 8;
    else if (jflag || s.includes(".")) base = 10;
    else if (base < 0) base = 8;
    const digits = base === 16 ? /^[0-9a-fA-F]+/ : base === 8 ? /^[0-7]+/ : /^[0-9]+/;
    const m = digits.exec(s);
    if (!m) {
      err(ctx, "od.invoff");
      throw new UsageError();
    }
    let v = parseInt(m[0], base);
    if (!aflag) addrBase = base;
    const suffix = s[m[0].length];
    if (suffix === "b") v *= 512;
    else if (suffix === "k" || suffix === "B") v *= 1024;
    else if (suffix === "m") v *= 1048576;
    return v;
  };

  const operands = argv.slice(i);
  const files: string[] = [];
  let skip = 0;
  let label = -1;
  try {
    if (operands.length > 0 && (operands[0]![0] !== "+" || aflag || jflag)) {
      if (aflag || jflag) files.push(...operands.splice(0));
      else files.push(operands.shift()!);
    }
    if (jflag) skip = getAddr(jval);
    else if (operands.length > 0 && (operands[0]![0] === "+" || /^\d/.test(operands[0]!))) {
      skip = getAddr(operands.shift()!);
      if (operands.length > 0 && (operands[0]![0] === "+" || /^\d/.test(operands[0]!))) label = getAddr(operands.shift()!);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(ctx, "od.usage");
    return 1;
  }
  if (!aflag && !jflag && files.length === 0 && operands.length > 0) files.push(...operands);

  // the input: the files one after the other, or standard input, read as a stream
  const input = new InputChain(ctx, files, (name, e) => {
    status = 1;
    err(ctx, "od.perror", name, ctx.os.strerror(errnoOf(e)));
  });
  if (!(yield* input.skip(skip))) {
    if (input.opened === 0 && files.length > 0) return 1;
    err(ctx, "od.eof");
    return 1;
  }
  let left = nflag ? maxBytes : Infinity;

  const putAddr = (addr: number, chr: string): string =>
    icvt(addr, addrBase, false, 7) + (label >= 0 ? ` (${icvt(label + addr, addrBase, false, 7)})` : "") + chr;

  const lines: string[] = [];
  const view = (buf: Uint8Array) => new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const line = (buf: Uint8Array, n: number, addr: number): void => {
    let first = true;
    let s = "";
    const dv = view(buf);
    for (const d of convs) {
      if (first) {
        s += aflag === 2 ? "\t" : putAddr(addr, " ");
        first = false;
      } else {
        s += "\t";
        if (label >= 0) s += "\t  ";
      }
      const blanks = " ".repeat(Math.max(0, d.pad));
      for (let k = 0; k < n; k += d.size) {
        switch (d.kind) {
          case "a": {
            let c = buf[k]! & 0o177;
            if (c > 0x20 && c < 0x7f) s += blanks + "  " + String.fromCharCode(c);
            else {
              if (c === 0o177) c = 0x21;
              s += blanks + ASC_NAME[c];
            }
            break;
          }
          case "c": {
            const str = scvt(buf[k]!, d);
            s += " ".repeat(Math.max(0, d.field - str.length)) + blanks + str;
            break;
          }
          case "b":
            s += blanks + icvt(buf[k]!, d.radix, d.signed, d.field);
            break;
          case "us":
            s += blanks + icvt(dv.getUint16(k, false), d.radix, d.signed, d.field);
            break;
          case "s":
            s += blanks + icvt(dv.getInt16(k, false), d.radix, d.signed, d.field);
            break;
          case "l": {
            const v = tdflag && d.signed ? dv.getInt32(k, false) : dv.getUint32(k, false);
            s += blanks + icvt(v, d.radix, d.signed, d.field);
            break;
          }
          case "f":
            s += blanks + cExp(dv.getFloat32(k, false), 7, 14);
            break;
          case "d":
            s += blanks + cExp(dv.getFloat64(k, false), 14, 21);
            break;
        }
      }
      s += "\n";
    }
    lines.push(s);
  };

  const maxSize = Math.max(...convs.map((d) => d.size));
  let same = -1;
  let last: Uint8Array | null = null;
  let addr = 0;
  for (;;) {
    const cur = yield* input.take(Math.min(dbufSize, left));
    const n = cur.length;
    if (n === 0) break;
    left -= n;
    const buf = new Uint8Array(dbufSize + maxSize);
    buf.set(cur);
    const row = buf.subarray(0, dbufSize);
    if (same >= 0 && last && !showall && n === dbufSize && row.every((b, k) => b === last![k])) {
      if (same === 0) {
        lines.push("*\n");
        same = 1;
      }
    } else {
      line(buf, n, addr);
      same = 0;
      last = row.slice();
    }
    addr += n;
    ctx.sys.charge(1);
    // stdio: a line at a time to a terminal, a buffer at a time into a pipe or a file
    if (lines.length >= 64 || ctx.stdout.isatty) {
      yield* ctx.stdout.put(lines.join(""));
      lines.length = 0;
    }
  }
  // nothing could be opened: no offset either
  if (files.length > 0 && input.opened === 0) return 1;
  lines.push(aflag === 2 ? "\n" : putAddr(addr, "\n"));
  yield* ctx.stdout.put(lines.join(""));
  return status;
}

/** the files one after the other (standard input when none), read in chunks */
class InputChain {
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private next = 0;
  private r: Reader | null = null;
  private name = "";
  /** files that could be opened */
  opened = 0;
  constructor(
    private ctx: CommandContext,
    private files: string[],
    private failed: (name: string, e: unknown) => void,
  ) {}

  /** the next chunk of the input; empty at its end */
  private *chunk(): Co<Uint8Array> {
    for (;;) {
      if (this.r === null) {
        if (this.files.length === 0) {
          if (this.next++ > 0) return new Uint8Array(0);
          this.r = stdinReader(this.ctx);
        } else {
          if (this.next >= this.files.length) return new Uint8Array(0);
          const name = this.files[this.next++]!;
          this.name = name;
          try {
            this.r = openReader(this.ctx, name);
            this.opened++;
          } catch (e) {
            this.failed(name, e);
            continue;
          }
        }
      }
      let b: Uint8Array;
      try {
        b = yield* this.r.read();
      } catch (e) {
        if (isKernelError(e, "EINTR") || !isKernelError(e)) throw e;
        // a directory: said like a file that cannot be opened, and the next one is read
        this.failed(this.name, e);
        b = new Uint8Array(0);
      }
      if (b.length > 0) return b;
      this.r.close();
      this.r = null;
    }
  }

  /** up to n bytes (fewer only at the end) */
  *take(n: number): Co<Uint8Array> {
    if (n <= 0) return new Uint8Array(0);
    if (this.buf.length - this.pos >= n) {
      const out = this.buf.subarray(this.pos, this.pos + n);
      this.pos += n;
      return out;
    }
    const parts: Uint8Array[] = [this.buf.subarray(this.pos)];
    let have = parts[0]!.length;
    while (have < n) {
      const c = yield* this.chunk();
      if (c.length === 0) break;
      parts.push(c);
      have += c.length;
    }
    this.buf = concat(parts);
    this.pos = Math.min(n, this.buf.length);
    return this.buf.subarray(0, this.pos);
  }

  /** skip n bytes; false when the input ends first */
  *skip(n: number): Co<boolean> {
    let left = n;
    while (left > 0) {
      const b = yield* this.take(Math.min(left, 65536));
      if (b.length === 0) return false;
      left -= b.length;
    }
    return true;
  }
}

export const od: CommandDef = {
  name: "od",
  path: "/usr/bin/od",
  summary: "Displays files in a specified format.",
  flags: ["-A", "-a", "-b", "-c", "-C", "-d", "-D", "-f", "-F", "-h", "-H", "-i", "-j", "-l", "-N", "-o", "-O", "-s", "-t", "-v", "-w", "-x", "-X"],
  run,
  man: `od Command

Purpose
       Displays files in a specified format.

Syntax
       od [ -v ] [ -A AddressBase ] [ -N Count ] [ -j Skip ] [ -t TypeString ... ]
          [ File ... ]
       od [ -a ] [ -b ] [ -c ] [ -C ] [ -d ] [ -D ] [ -e ] [ -f ] [ -F ] [ -h ]
          [ -H ] [ -i ] [ -l ] [ -L ] [ -o ] [ -O ] [ -s ] [ -v ] [ -w[Size] ]
          [ -x ] [ -X ] [ File ] [ [ + ] Offset [ . | b | B ] [ [ + ] Label ] ]

Description
       The od command reads the file specified by the File parameter and writes
       the data that it contains to standard output in the format you specify.
       If you do not specify a format, octal 2-byte words are written. Each
       output line starts with the address of its first byte (in octal,
       unless changed with -A or a decimal offset), and holds 16 bytes of the
       input. A line identical to the one before it is replaced by a single *
       (unless -v is given). The last line holds the address after the end of
       the input.

Flags
       -A AddressBase
            d (decimal), o (octal), x (hexadecimal) or n (no address).
       -a   Displays bytes as named characters.
       -b   Displays bytes as octal values.
       -c   Displays bytes as ASCII characters. Nonprinting characters are
            shown as C-language escapes (\\0 \\a \\b \\f \\n \\r \\t \\v) or as
            3-digit octal numbers.
       -d   Displays 16-bit words as unsigned decimal values.
       -D   Displays 32-bit words as unsigned decimal values.
       -f   Displays 32-bit floating point numbers.
       -F   Displays 64-bit floating point numbers.
       -h, -x
            Displays 16-bit words as hexadecimal values.
       -H, -X
            Displays 32-bit words as hexadecimal values.
       -i, -s
            Displays 16-bit words as signed decimal values.
       -j Skip
            Skips Skip bytes of input.
       -l, -L, -I
            Displays 32-bit words as signed decimal values.
       -N Count
            Formats no more than Count bytes of input.
       -o, -B
            Displays 16-bit words as octal values (the default).
       -O   Displays 32-bit words as octal values.
       -t TypeString
            a, c, d[1|2|4], f[4|8], o[1|2|4], u[1|2|4], x[1|2|4].
       -v   Writes all input data, even lines that repeat the one before.
       -w[Size]
            Bytes per output line (default 16; 32 when Size is omitted).
`,
};
