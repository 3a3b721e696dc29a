// print: the ksh built-in output command. Like echo (the same escapes, \c ends the output) but
// with options: -n no newline, -r / -R no escapes (-R: later words are never options except -n),
// -u n write to file descriptor n (1 or 2), -s append to the history, - or -- ends the options.
import type { CommandContext, CommandDef } from "../types.js";
import { echoEscapes } from "./echo.js";
import { err } from "./msg.js";

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let newline = true;
  let raw = false;
  let bigR = false;
  let history = false;
  let unit = 1;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "-" || a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a.length < 2) break;
    if (bigR && !/^-n+$/.test(a)) break;
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      if (f === "n") newline = false;
      else if (f === "r") raw = true;
      else if (f === "R") {
        raw = true;
        bigR = true;
      } else if (f === "s") history = true;
      else if (f === "u") {
        const digits = /^[0-9]*/.exec(a.slice(j + 1))![0];
        unit = digits === "" ? 1 : Number(digits);
        j += digits.length;
      } else if (f === "p") {
        err(ctx, "print.nocoproc");
        return 1;
      } else {
        err(ctx, "print.badopt");
        return 1;
      }
    }
  }
  const words = args.slice(i);
  const out: number[] = [];
  let stopped = false;
  const utf8 = new TextEncoder();
  for (let k = 0; k < words.length && !stopped; k++) {
    if (k > 0) out.push(0x20);
    if (raw) out.push(...utf8.encode(words[k]!));
    else stopped = echoEscapes(words[k]!, out);
  }
  if (newline && !stopped) out.push(0x0a);
  const bytes = new Uint8Array(out);
  if (history) {
    ctx.shell.history.push(new TextDecoder().decode(bytes).replace(/\n$/, ""));
    return 0;
  }
  if (unit === 1) ctx.stdout.write(bytes);
  else if (unit === 2) ctx.stderr.write(bytes);
  else {
    err(ctx, "print.badunit", String(unit));
    return 1;
  }
  return 0;
}

export const print: CommandDef = {
  name: "print",
  summary: "Writes its arguments to standard output.",
  run,
  man: `print Command (ksh built-in)

Purpose
       Writes its arguments to standard output.

Syntax
       print [ -Rnprsu[n] ] [ Argument ... ]

Description
       The shell output mechanism. With no flags or with flag - or --, the
       arguments are printed on standard output as described by the echo
       command (\\a \\b \\c \\f \\n \\r \\t \\v \\\\ \\0nnn).

Flags
       -n     Suppresses the new-line character at the end of the output.
       -r     Ignores the escape conventions of echo.
       -R     Ignores the escape conventions of echo; later arguments are
              not flags, except -n.
       -s     Writes the arguments to the history file instead.
       -u n   Writes to file descriptor n (1 or 2).

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
