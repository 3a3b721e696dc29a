// cat: concatenates or displays files. Follows the AIX cat: without options (or with only -q
// first) the fast path copies each operand and takes any later "-q..." operand as "be quiet";
// otherwise getopt parses the flags and "-" means standard input. A file that cannot be opened
// gives "Cannot open" and exit status 2; the other files are still copied.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, exitAfter, optionsOf } from "./msg.js";
import { openReader, type Reader } from "./stream.js";

interface Flags {
  silent: boolean;
  s: boolean;
  b: boolean;
  n: boolean;
  v: boolean;
  t: boolean;
  e: boolean;
}

/**
 * Copy one file (or standard input, "-") to standard output a chunk at a time, through the
 * conversions if any. 0, or the status after "Cannot open" (open failed) or a read error message
 * (AIX 2 for both; Solaris cat's input error is 1).
 */
function* copy(ctx: CommandContext, name: string, silent: boolean, conv: Converter | null): Co<number> {
  let r: Reader;
  try {
    r = openReader(ctx, name);
  } catch (e) {
    // the reason is for systems whose text has it (4.4BSD: cat: name: strerror)
    const errno = errnoOf(e);
    if (!silent) err(ctx, "cat.cantopen", name, ctx.os.strerror(errno));
    return 2;
  }
  try {
    for (;;) {
      const data = yield* r.read();
      if (data.length === 0) return 0;
      if (conv) ctx.sys.charge(data.length >> 10);
      yield* ctx.stdout.put(conv ? conv.convert(data) : data);
    }
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === "EINTR" || errno === "EPIPE") throw e;
    err(ctx, "cat.readerr", name, ctx.os.strerror(errno));
    return exitAfter(ctx, "cat.readerr", 2);
  } finally {
    r.close();
  }
}

/** the -v -t -e -n -b -s conversions (copyopt_ascii of the AIX cat) */
class Converter {
  private lno = 1;
  private inline = false;
  private spaced = false;
  constructor(private f: Flags) {}
  convert(data: Uint8Array): Uint8Array {
    const f = this.f;
    const out: number[] = [];
    const put = (s: string) => {
      for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
    };
    const num = () => put(String(this.lno++).padStart(6) + "\t");
    for (const c of data) {
      if (c === 10) {
        if (!this.inline) {
          if (f.s && this.spaced) continue;
          this.spaced = true;
        }
        if (f.n && !f.b && !this.inline) num();
        if (f.e) out.push(0x24);
        out.push(10);
        this.inline = false;
        continue;
      }
      if (f.n && !this.inline) num();
      this.inline = true;
      if (f.v) {
        if (c < 0x20) {
          if (c === 9 && !f.t) out.push(c);
          else put("^" + String.fromCharCode(c | 0o100));
        } else if (c < 0o177) out.push(c);
        else if (c > 0o177) {
          put("M-");
          const d = c & 0o177;
          if (d < 0x20) put("^" + String.fromCharCode(d | 0o100));
          else if (d === 0o177) put("^?");
          else out.push(d);
        } else put("^?");
      } else out.push(c);
      this.spaced = false;
    }
    return new Uint8Array(out);
  }
}

function* fastCat(ctx: CommandContext, args: string[]): Co<number> {
  let status = 0;
  let silent = false;
  for (const a of args) {
    if (a[0] === "-" && a[1] === "q") {
      silent = true;
      continue;
    }
    status = (yield* copy(ctx, a, silent, null)) || status;
  }
  return status;
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  const hasDash = args.includes("-");
  if (!hasDash && ((args.length >= 1 && args[0]![0] !== "-") || (args.length > 1 && args[0] === "-q" && args[1]![0] !== "-"))) {
    return yield* fastCat(ctx, args);
  }
  const r = getopt(args, optionsOf(ctx, "cat", "uSsrqvbnte"));
  const f: Flags = { silent: false, s: false, b: false, n: false, v: false, t: false, e: false };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      if (!f.silent) {
        reportOpt(ctx, it);
        err(ctx, "cat.usage");
      }
      return 2;
    }
    switch (it.flag) {
      case "S":
      case "r":
        f.s = true;
        break;
      case "s":
      case "q":
        f.silent = true;
        break;
      case "v":
        f.v = true;
        break;
      case "b":
        f.b = true;
        f.n = true;
        break;
      case "n":
        f.n = true;
        break;
      case "t":
        f.t = f.v = true;
        break;
      case "e":
        f.e = f.v = true;
        break;
    }
  }
  const conv = f.v || f.n || f.s ? new Converter(f) : null;
  const files = r.operands.length ? r.operands : ["-"];
  let status = 0;
  for (const name of files) status = (yield* copy(ctx, name, f.silent, conv)) || status;
  return status;
}

export const cat: CommandDef = {
  name: "cat",
  path: "/usr/bin/cat",
  summary: "Concatenates or displays files.",
  flags: ["-b", "-e", "-n", "-q", "-r", "-S", "-s", "-t", "-u", "-v"],
  run,
  man: `cat Command

Purpose
       Concatenates or displays files.

Syntax
       cat [ -q ] [ -r ] [ -s ] [ -S ] [ -u ] [ -n [ -b ] ] [ -v [ -e ] [ -t ] ]
           [ - | File ... ]

Description
       The cat command reads each File parameter in sequence and writes it to
       standard output. If you do not specify a file name, or if you specify a
       - (minus) instead of a file name, the cat command reads from standard
       input.

Flags
       -b   Omits line numbers from blank lines, when specified with the -n
            flag.
       -e   Displays a $ (dollar sign) at the end of each line, when
            specified with the -v flag.
       -n   Displays output lines preceded by line numbers, numbered
            sequentially from 1.
       -q   Does not display a message if the cat command cannot find an
            input file. This flag is identical to the -s flag.
       -r   Replaces multiple consecutive empty lines with one empty line.
            This flag is identical to the -S flag.
       -s   Does not display a message if the cat command cannot find an
            input file.
       -S   Replaces multiple consecutive empty lines with one empty line.
       -t   Displays tab characters as ^I if specified with the -v flag.
       -u   Does not buffer output.
       -v   Displays nonprinting characters as visible characters.

Exit Status
       0    All input files were output successfully.
       >0   An error occurred.
`,
};
