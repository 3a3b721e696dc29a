// more: shows files a screen at a time. When standard output is not a terminal it copies them
// (with a header before each of several files), like cat. On the terminal it writes a screen
// (LINES less two lines, or -n Number) and waits at --More--(NN%) (the part of the file shown so
// far; --More-- for a pipe) for a line typed at the terminal: Enter shows one more line, a space
// or f a screen, d half a screen, a number that many lines, n the next file, q quits. At the end
// of the last file more ends. Long lines are folded at the terminal's width.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, msg } from "./msg.js";
import { fileHeader, Keyboard, ScreenLines, screenRows, type ScreenLine } from "./pager.js";
import { openReader, type Reader } from "./stream.js";

interface MoreOpts {
  window: number;
  squeeze: boolean;
  fold: boolean;
  verbose: boolean;
}

/** open a file for more, or its message (a directory is not shown) */
function open(ctx: CommandContext, name: string | null): Reader | null {
  try {
    if (name !== null && ctx.sys.stat(name).type === "VDIR") {
      err(ctx, "more.isdir", name);
      return null;
    }
    return openReader(ctx, name);
  } catch (e) {
    err(ctx, "more.cantopen", name ?? "-", ctx.os.strerror(errnoOf(e)));
    return null;
  }
}

/** not a terminal: copy each file */
function* copy(ctx: CommandContext, names: (string | null)[]): Co<number> {
  let status = 0;
  for (const name of names) {
    const r = open(ctx, name);
    if (r === null) {
      status = 1;
      continue;
    }
    try {
      if (names.length > 1) yield* ctx.stdout.put(fileHeader(name!));
      for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) yield* ctx.stdout.put(b);
    } finally {
      r.close();
    }
  }
  return status;
}

/** how many lines a typed answer asks for; "next" file; "quit"; null to ask again */
function answer(text: string, window: number): number | "next" | "quit" | null {
  const t = text.replace(/^\s+$/, (s) => (s.includes(" ") ? " " : ""));
  const m = /^(\d*)(.?)/.exec(t)!;
  const n = m[1] ? Number(m[1]) : 0;
  switch (m[2]) {
    case "":
      return n || 1;
    case " ":
    case "f":
    case "z":
      return n || window;
    case "d":
      return n || Math.floor(window / 2);
    case "j":
      return n || 1;
    case "n":
      return "next";
    case "q":
    case "Q":
      return "quit";
    default:
      return null;
  }
}

/** the answer to a prompt, asked again until it means something; null at end of file */
function* ask(ctx: CommandContext, kb: Keyboard, prompt: string, o: MoreOpts): Co<ReturnType<typeof answer>> {
  for (;;) {
    const typed = yield* kb.ask(prompt + (o.verbose ? msg(ctx, "more.help") : ""));
    if (typed === null) return "quit";
    const a = answer(typed, o.window);
    if (a !== null) return a;
  }
}

/** page one file; false when the user quit */
function* page(ctx: CommandContext, kb: Keyboard, r: Reader, o: MoreOpts, next: string | null): Co<boolean> {
  const screen = new ScreenLines(r, ctx.columns, o.fold);
  let want = o.window;
  let blank = false;
  let shown = 0;
  let held: ScreenLine | null = null;
  for (;;) {
    while (want > 0) {
      const line = held ?? (yield* screen.next());
      held = null;
      if (line === null) break;
      const empty = line.text.length === 1;
      if (!(o.squeeze && empty && blank)) {
        yield* ctx.stdout.put(line.text);
        want--;
      }
      blank = empty;
      shown = line.end;
    }
    // more to come? (a screen that ends at the end of the file has no prompt of its own)
    held = want > 0 ? null : yield* screen.next();
    if (held === null) {
      if (next === null) return true;
      const a = yield* ask(ctx, kb, msg(ctx, "more.nextfile", next), o);
      return a !== "quit";
    }
    const percent = r.size ? `(${Math.floor((100 * shown) / r.size)}%)` : "";
    const a = yield* ask(ctx, kb, `--More--${percent}`, o);
    if (a === "quit" || a === null) return false;
    if (a === "next") return true;
    want = a;
  }
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "cdeHilNsuvzn:p:t:W:x:");
  const o: MoreOpts = { window: screenRows(ctx) - 2, squeeze: false, fold: true, verbose: false };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "more.usage", ctx.argv[0]!.replace(/.*\//, ""));
      return 1;
    }
    if (it.flag === "n") {
      const n = Number(it.value);
      if (Number.isInteger(n) && n > 0) o.window = Math.min(n, 100 * 1024);
      else err(ctx, "more.badscreen");
    } else if (it.flag === "s") o.squeeze = true;
    else if (it.flag === "d") o.verbose = true;
  }
  const names: (string | null)[] = r.operands.length ? r.operands.map((f) => (f === "-" ? null : f)) : [null];
  const kb = ctx.sys.isatty(1) ? Keyboard.open(ctx) : null;
  if (kb === null) return yield* copy(ctx, names);
  try {
    if (r.operands.length === 0 && ctx.sys.isatty(0)) {
      err(ctx, "more.noterm");
      err(ctx, "more.usage", ctx.argv[0]!.replace(/.*\//, ""));
      return 1;
    }
    let status = 0;
    for (let i = 0; i < names.length; i++) {
      const rd = open(ctx, names[i]!);
      if (rd === null) {
        status = 1;
        continue;
      }
      try {
        if (names.length > 1) yield* ctx.stdout.put(fileHeader(names[i]!));
        if (!(yield* page(ctx, kb, rd, o, names[i + 1] ?? null))) break;
      } finally {
        rd.close();
      }
    }
    return status;
  } finally {
    kb.close();
  }
}

export const more: CommandDef = {
  name: "more",
  path: "/usr/bin/more",
  summary: "Displays file contents one screen at a time.",
  flags: ["-c", "-d", "-e", "-H", "-i", "-l", "-N", "-n", "-p", "-s", "-t", "-u", "-v", "-W", "-x", "-z"],
  run,
  man: `more Command

Purpose
       Displays file contents one screen at a time.

Syntax
       more [ -c ] [ -d ] [ -e ] [ -H ] [ -i ] [ -l ] [ -N ] [ -s ] [ -u ]
            [ -v ] [ -z ] [ -n Number ] [ -p Subcommand ] [ -t Tagstring ]
            [ -W Option ] [ -x Tabs ] [ File ... ]

Description
       The more command reads files and displays the text one screen at a
       time. The command pauses after each screen and prints the word More at
       the bottom of the screen. If you then press a carriage return, the more
       command displays an additional line. If you press the space bar, the
       more command displays another full screen of text.

       Instead of naming files to read, you can either redirect or pipe
       standard output, such as a long directory listing, to the more command.
       The command adds a % (percent sign) to its prompt when reading from a
       file rather than a pipe. This provides the percentage of the file (in
       characters, not lines) that the more command has read.

       If the standard output is not a terminal, the more command acts just
       like the cat command, except that a header is printed before each file
       in a series.

       In the lab the terminal takes a line at a time: type the subcommand and
       press Enter (Enter alone shows one more line).

Subcommands
       Enter      Displays the next line.
       Space, f   Displays the next screen.
       d          Displays half a screen more.
       Number     Displays Number more lines.
       n          Goes to the next file.
       q, Q       Exits the more command.

Flags
       -d   Prompts with a message about the keys to press.
       -n Number
            Configures the more command to display the specified number of
            lines in the window. Without the -n flag, the window is two lines
            less than the terminal's height (the LINES variable, 24 by default).
       -s   Squeezes multiple blank lines from the output to produce only one
            blank line.
       The other flags are accepted.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
