// xargs: builds argument lists from standard input and runs a command with them (AIX 4.1.3
// xargs.c): each command runs as a child process with /dev/null as its standard input; the
// default command is /usr/bin/echo. Arguments are separated by blanks and newlines; quotes and a
// backslash protect them; a line holding only the end-of-file string (_ unless -E/-e says
// otherwise) ends the input. -n, -L (-l) and -I (-i) decide how many arguments each command
// takes, -s the size of a command line; -t writes each command on standard error first, -p asks
// about each at the terminal. The exit status: 0, the last non-zero status of a command, 126 or
// 127 when a command could not be run or found (at once), 1 for xargs's own errors. Two AIX 4.1.3
// quirks that a UNIX 03 xargs cannot have are left out: the last argument at end of file without
// a newline is used, and a status of a failed command is kept to the end.
import type { Co } from "../../kernel/proc/wait.js";
import { toolStatus } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { openTty, resolve, runChild } from "./child.js";
import { err, msg } from "./msg.js";
import { ArgReader, type XargsOptions, parseXargs } from "./xargsargs.js";
import { readLineFd } from "../streams.js";

/** the most bytes an argument built by -I replacement holds (MAXSBUF) */
const MAX_INSERT = 255;

class Stop extends Error {
  constructor(readonly status: number) {
    super("xargs stop");
  }
}

/** -I: each skeleton argument with the input line in place of the replace string */
function insert(ctx: CommandContext, o: XargsOptions, initial: string[], line: string): string[] {
  return initial.map((skel) => {
    if (!skel.includes(o.replace!)) return skel;
    const out = skel.split(o.replace!).join(line);
    if (new TextEncoder().encode(out).length >= MAX_INSERT) {
      err(ctx, "xargs.insertsize", o.replace!);
      throw new Stop(1);
    }
    return out;
  });
}

/** -t and -p: the command on standard error; -p then asks, true to run it */
function* confirm(ctx: CommandContext, o: XargsOptions, argv: string[], tty: number | null): Co<boolean> {
  const text = argv.map((a) => a + " ").join("");
  if (tty === null) {
    ctx.stderr.write(text + "\n");
    return true;
  }
  ctx.stderr.write(text + msg(ctx, "xargs.question"));
  const answer = yield* readLineFd(ctx.sys, tty, "data");
  if (answer === null) throw new Stop(0);
  return /^[yY]/.test(answer.text);
}

/** run one command line: its exit status; a command that cannot run ends xargs */
function* execute(ctx: CommandContext, argv: string[]): Co<number> {
  const r = resolve(ctx, argv);
  if ("errno" in r) {
    err(ctx, "xargs.exec", argv[0]!, ctx.os.strerror(r.errno));
    throw new Stop(r.errno === "ENOENT" ? 127 : 126);
  }
  const st = yield* runChild(ctx, r, { nullInput: true });
  if ("signal" in st || st.code === 255) {
    err(ctx, "xargs.noexec", argv[0]!);
    throw new Stop(1);
  }
  if (st.code === 126 || st.code === 127) throw new Stop(st.code);
  return st.code;
}

function* run(ctx: CommandContext): Co<number> {
  const o = parseXargs(ctx);
  if (o === "options") return toolStatus(ctx.os.formats, "xargs.usage", 1);
  if (o === "inserts") return 1;
  let tty: number | null = null;
  if (o.prompt) {
    tty = openTty(ctx);
    if (tty === null) {
      err(ctx, "xargs.notty");
      return 1;
    }
  }
  const initial = o.command.length ? o.command : ["/usr/bin/echo"];
  const input = new ArgReader(ctx, o);
  let last = 0;
  try {
    for (;;) {
      const batch = yield* input.batch(initial);
      if (batch === null) break;
      const argv = o.replace !== null ? insert(ctx, o, initial, batch[0] ?? "") : [...initial, ...batch];
      if (o.trace || o.prompt) {
        if (!(yield* confirm(ctx, o, argv, tty))) continue;
      }
      const code = yield* execute(ctx, argv);
      if (code !== 0) last = code;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return e.status;
  } finally {
    if (tty !== null) ctx.sys.close(tty);
  }
  return last !== 0 ? last : input.failed ? 1 : 0;
}

export const xargs: CommandDef = {
  name: "xargs",
  path: "/usr/bin/xargs",
  summary: "Constructs parameter lists and runs commands.",
  flags: ["-E", "-I", "-L", "-e", "-i", "-l", "-n", "-p", "-s", "-t", "-x"],
  run,
  man: `xargs Command

Purpose
       Constructs parameter lists and runs commands.

Syntax
       xargs [ -p ] [ -t ] [ -e [ EOFString ] ] [ -E EOFString ]
             [ -i [ ReplaceString ] ] [ -I ReplaceString ] [ -l [ Number ] ]
             [ -L Number ] [ -n Number [ -x ] ] [ -s Size ]
             [ Command [ Argument ... ] ]

       Note: Do not put a blank space between the lowercase flags and the
       parameter.

Description
       The xargs command constructs a command line by combining the Command
       and Argument parameters with arguments read from standard input, runs
       the command, and repeats until the input is used up. Arguments in the
       input are separated by blanks and newlines; single or double quotes and
       a backslash protect blanks. If no Command is given, /usr/bin/echo is
       run. Each command runs as a process of its own, with /dev/null as its
       standard input.

Flags
       -e[EOFString]
            Obsolete flag. Uses EOFString as the logical end-of-file string;
            without it, the end-of-file string is disabled.
       -E EOFString
            Specifies a logical end-of-file string to replace the default
            underscore (_).
       -i[ReplaceString]
            Obsolete flag. As -I, with {} when no ReplaceString is given.
       -I ReplaceString
            Inserts each line of standard input as an argument for the Command
            parameter, inserting it in Argument for each occurrence of
            ReplaceString (at most five arguments; each result at most 255
            bytes). Leading blanks of the line are dropped.
       -l[Number]
            Obsolete flag. As -L, and -x; one line when no Number is given.
       -L Number
            Runs the Command parameter with the specified number of nonempty
            parameter lines read from standard input.
       -n Number
            Runs the Command parameter using as many standard input arguments
            as possible, up to the maximum specified by the Number parameter.
       -p   Asks whether or not to run the Command parameter: the command is
            written to standard error followed by ?... and a line typed at the
            terminal that starts with y runs it.
       -s Size
            Sets the maximum total size of the constructed Command line.
       -t   Enables trace mode and echoes the constructed Command line to
            standard error before running.
       -x   Stops running the xargs command if any Command line is greater than
            the number of bytes specified by the -s Size flag.

Exit Status
       0    All invocations of the Command parameter returned exit status 0.
       1-125
            A command line could not be assembled, one or more of the
            invocations of the Command parameter returned a non-zero exit
            status, or some other error occurred.
       126  The Command was found but could not be invoked.
       127  The Command could not be found.

Messages
       xargs: 0402-051 Specify a positive integer after the -n option.
       xargs: 0402-052 -s value not within system limits; Size is not valid.
       xargs: 0402-054 Cannot find or open /dev/tty for prompting.
       xargs: 0402-056 Cannot replace more than 5 instances of {}.
       xargs: 0402-057 The Command command was not found or could not be run.
       xargs: 0402-058 A command line size exceeds the specified system limit.
       xargs: 0402-059 The size of a single parameter exceeded the command
              line limit.
       xargs: 0402-060 An end quote is missing from the string: String.
       xargs: 0402-061 A parameter constructed by replacing {} exceeded 255
              bytes.
       xargs: Command: A file or directory in the path name does not exist.

Examples
       To remove every loopback device, one rmdev per device:
            lsdev -Cc loopback -F name | xargs -n1 rmdev -dl
       To see each command before it runs:
            lsdev -Cc loopback -F name | xargs -t -n1 rmdev -dl
       To copy files into a directory under their own names:
            ls | xargs -I {} cp {} /backup/{}
`,
};
