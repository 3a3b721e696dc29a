// read: the ksh built-in. Reads one line of standard input and assigns its fields (split at the
// characters of IFS) to the variables named, the last one taking the rest of the line; REPLY when
// no name is given. Without -r a backslash quotes the next character and a backslash at the end
// of a line continues it on the next. name?prompt writes the prompt (on standard error) when
// standard input is the terminal. The exit status is 1 at end of file.
import { optionWords } from "../sh/context.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";
import { checkLength } from "../limits.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** the line read: its characters, and which of them a backslash quoted (not split at) */
interface Line {
  text: string;
  quoted: Set<number>;
}

/** split a line into at most n fields by IFS; the last field keeps the rest of the line */
export function splitFields(line: Line, n: number, ifs: string): string[] {
  const { text, quoted } = line;
  const isWhite = (c: string) => (c === " " || c === "\t" || c === "\n") && ifs.includes(c);
  const white = (i: number) => !quoted.has(i) && isWhite(text[i]!);
  const hard = (i: number) => !quoted.has(i) && !isWhite(text[i]!) && ifs.includes(text[i]!);
  const out: string[] = [];
  let i = 0;
  while (i < text.length && white(i)) i++;
  for (let k = 0; k < n; k++) {
    if (k === n - 1) {
      let end = text.length;
      while (end > i && white(end - 1)) end--;
      out.push(text.slice(i, end));
      break;
    }
    const start = i;
    while (i < text.length && !white(i) && !hard(i)) i++;
    out.push(text.slice(start, i));
    // the delimiter: blanks, at most one other IFS character, blanks
    while (i < text.length && white(i)) i++;
    if (i < text.length && hard(i)) i++;
    while (i < text.length && white(i)) i++;
  }
  return out;
}

function* run(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  let raw = false;
  let history = false;
  const { words: optWords, rest } = optionWords(args);
  for (const a of optWords) {
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      if (f === "r") raw = true;
      else if (f === "s") history = true;
      else if (f === "u") {
        const digits = /^[0-9]*/.exec(a.slice(j + 1))![0];
        j += digits.length;
        if (digits !== "" && digits !== "0") {
          err(ctx, "read.badunit", digits);
          return 1;
        }
      } else if (f === "p") {
        err(ctx, "read.nocoproc");
        return 1;
      } else {
        err(ctx, "read.badopt", "-" + f);
        return 1;
      }
    }
  }
  let names = rest;
  if (names.length && names[0]!.includes("?")) {
    const q = names[0]!.indexOf("?");
    if (ctx.stdin.isatty) ctx.stderr.write(names[0]!.slice(q + 1));
    names = [names[0]!.slice(0, q), ...names.slice(1)];
  }
  if (names.length === 0) names = ["REPLY"];
  for (const n of names) {
    if (!NAME.test(n)) {
      err(ctx, "read.badid", n);
      return 1;
    }
  }
  // the line, with backslashes resolved unless -r (a line continued without end stops at the
  // lab's limit)
  const line: Line = { text: "", quoted: new Set() };
  let status = 1;
  let lines = 0;
  for (;;) {
    const l = yield* ctx.stdin.readLine();
    if (l === null) break;
    lines++;
    if (history) ctx.shell.history.push(l.text);
    let text = l.text;
    let cont = false;
    checkLength(ctx.machine, line.text.length + text.length);
    // continued lines without end (yes '\\' | read x): a step each, as any loop
    if (lines > 1 && ctx.sys.tick()) yield undefined;
    if (!raw) {
      const m = /\\+$/.exec(text);
      if (m && m[0].length % 2 === 1 && l.newline) {
        text = text.slice(0, -1);
        cont = true;
      }
      if (text.includes("\\")) {
        let out = "";
        for (let k = 0; k < text.length; k++) {
          if (text[k] === "\\" && k + 1 < text.length) {
            line.quoted.add(line.text.length + out.length);
            out += text[++k]!;
          } else out += text[k]!;
        }
        text = out;
      }
    }
    line.text += text;
    if (cont) continue;
    status = l.newline ? 0 : 1;
    break;
  }
  const ifs = ctx.shell.env.get("IFS") ?? " \t\n";
  const values = splitFields(line, names.length, ifs);
  names.forEach((n, k) => ctx.shell.env.set(n, values[k] ?? ""));
  return lines === 0 ? 1 : status;
}

export const read: CommandDef = {
  name: "read",
  summary: "Reads one line from standard input.",
  run,
  man: `read Command (ksh built-in)

Purpose
       Reads one line from standard input.

Syntax
       read [ -prsu[n] ] [ Name?Prompt ] [ Name ... ]

Description
       The read command reads one line from standard input and assigns the
       first field to the first Name, the second field to the second Name,
       and so on, with leftover fields assigned to the last Name. Fields are
       separated by the characters of the IFS variable (blank, tab and
       new-line by default). With no Name the line is assigned to REPLY.

       Unless -r is given, a backslash quotes the character after it and a
       backslash at the end of a line continues the line. Name?Prompt writes
       Prompt on standard error when standard input is a terminal.

Flags
       -r     Does not treat the backslash as an escape character.
       -s     Saves the line in the history file.
       -u n   Reads from file descriptor n (the lab has 0 only).

Exit Status
       0    Successful completion.
       1    End of file was found.
`,
};
