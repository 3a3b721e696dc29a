// read: the ksh built-in. Reads one line of standard input and assigns its fields (split at the
// characters of IFS) to the variables named, the last one taking the rest of the line; REPLY when
// no name is given. Without -r a backslash quotes the next character and a backslash at the end
// of a line continues it on the next. name?prompt writes the prompt (on standard error) when
// standard input is the terminal. The exit status is 1 at end of file.
import { optionWords } from "../sh/context.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Ch {
  c: string;
  quoted: boolean;
}

/** split a line into at most n fields by IFS; the last field keeps the rest of the line */
export function splitFields(chars: Ch[], n: number, ifs: string): string[] {
  const white = (ch: Ch) => !ch.quoted && (ch.c === " " || ch.c === "\t" || ch.c === "\n") && ifs.includes(ch.c);
  const hard = (ch: Ch) => !ch.quoted && !white(ch) && ifs.includes(ch.c);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length && white(chars[i]!)) i++;
  for (let k = 0; k < n; k++) {
    if (k === n - 1) {
      let end = chars.length;
      while (end > i && white(chars[end - 1]!)) end--;
      out.push(chars.slice(i, end).map((x) => x.c).join(""));
      break;
    }
    let f = "";
    while (i < chars.length && !white(chars[i]!) && !hard(chars[i]!)) f += chars[i++]!.c;
    out.push(f);
    // the delimiter: blanks, at most one other IFS character, blanks
    while (i < chars.length && white(chars[i]!)) i++;
    if (i < chars.length && hard(chars[i]!)) i++;
    while (i < chars.length && white(chars[i]!)) i++;
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
        err(ctx, "read.badopt");
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
  // the line, with backslashes resolved unless -r
  const chars: Ch[] = [];
  let status = 1;
  let lines = 0;
  for (;;) {
    const l = yield* ctx.stdin.readLine();
    if (l === null) break;
    lines++;
    if (history) ctx.shell.history.push(l.text);
    let text = l.text;
    let cont = false;
    if (!raw) {
      const m = /\\+$/.exec(text);
      if (m && m[0].length % 2 === 1 && l.newline) {
        text = text.slice(0, -1);
        cont = true;
      }
      for (let k = 0; k < text.length; k++) {
        if (text[k] === "\\" && k + 1 < text.length) chars.push({ c: text[++k]!, quoted: true });
        else chars.push({ c: text[k]!, quoted: false });
      }
    } else for (const c of text) chars.push({ c, quoted: false });
    if (cont) continue;
    status = l.newline ? 0 : 1;
    break;
  }
  const ifs = ctx.shell.env.get("IFS") ?? " \t\n";
  const values = splitFields(chars, names.length, ifs);
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
