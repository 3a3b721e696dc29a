// ksh and sh as commands (/usr/bin/ksh, /usr/bin/sh: on AIX both are the Korn shell): a new shell
// in the command's own process, so `ksh` at the prompt shows up in ps as a child of the login
// shell, and exit returns to it.
//   ksh                    reads commands from standard input: interactive (prompts, job
//                          control, Ctrl-C ends the line) when that and standard error are the
//                          terminal, a script read line by line otherwise
//   ksh -c 'text' [a0 a…]  runs the text ($0 is a0, $1 … the rest) and ends
//   ksh file [arg …]       runs the file as a script ($0 is file)
// Option letters (-x, -e, -v, -u, -f, -n …) turn on what `set` would; -i forces an
// interactive shell, -s reads standard input even with arguments (they become $1 …).
import type { Co } from "../../kernel/proc/wait.js";
import { isKernelError } from "../../kernel/errno.js";
import { err, format } from "../common/msg.js";
import { optionOfLetter, turnOption } from "../common/set.js";
import type { CommandContext, CommandDef } from "../types.js";
import { Shell } from "./interp.js";
import { onlySimple } from "./pipeline.js";
import { parseComplete } from "../../../grammar/parse.js";

const dec = new TextDecoder();

function* run(ctx: CommandContext): Co<number> {
  const name = ctx.argv[0]!.slice(ctx.argv[0]!.lastIndexOf("/") + 1);
  // the system as this shell sees it (Solaris: sh and ksh are ksh93, bash is bash); its texts
  // from here on, the usage errors included
  const os = ctx.os.shellFor?.(name.replace(/^-/, "")) ?? ctx.os;
  ctx = { ...ctx, os };
  const args = ctx.argv.slice(1);
  let command: string | null = null;
  let forceInteractive = false;
  let stdin = false;
  const on: string[] = [];
  const off: string[] = [];
  // shell.c: bash's --version (show_shell_version(1)) before any other option; the version is
  // the dialect's BASH_VERSION and MACHTYPE (a shell without the text has no such option)
  const version = os.catalog["bash.version"];
  if (args[0] === "--version" && version) {
    const d = os.shell.defaults;
    ctx.stdout.write(format(version, [d.BASH_VERSION ?? "", d.MACHTYPE ?? ""]) + "\n");
    return 0;
  }
  while (args.length && /^[-+]./.test(args[0]!) && args[0] !== "--") {
    const a = args.shift()!;
    for (const l of a.slice(1)) {
      if (l === "c" && a[0] === "-") command = "";
      else if (l === "i") forceInteractive = a[0] === "-";
      else if (l === "s") stdin = true;
      else {
        const opt = optionOfLetter(l);
        if (opt === undefined) {
          err(ctx, "ksh.badopt", name, a);
          return 2;
        }
        (a[0] === "-" ? on : off).push(opt);
      }
    }
  }
  if (args[0] === "--") args.shift();
  if (command !== null) {
    if (args.length === 0) {
      err(ctx, "ksh.argexp", name);
      return 2;
    }
    command = args.shift()!;
  }
  let script: string | null = null;
  let zero = name;
  // bash's $0 is its argv[0] as run (/bin/bash -c says /bin/bash: in its messages)
  if (command !== null) zero = args.shift() ?? (os.shell.messageForm === "bash" ? ctx.argv[0]! : name);
  else if (!stdin && args.length) {
    zero = args.shift()!;
    try {
      script = dec.decode(ctx.sys.readFile(zero));
    } catch (e) {
      if (!isKernelError(e)) throw e;
      const said = os.scriptError?.(zero, e.errno) ?? os.notFound(zero);
      // a shell that names itself by argv[0] (bash, ksh93) says so with the name it was run by
      const prefix = `${os.shell.name}: `;
      ctx.stderr.write((os.shell.messageForm && said.startsWith(prefix) ? `${name}: ${said.slice(prefix.length)}` : said) + "\n");
      return 127;
    }
  }
  const terminal = ctx.sys.isatty(0) && ctx.sys.isatty(2);
  const interactive = forceInteractive || (command === null && script === null && terminal);
  // an interactive shell started in the background waits until it is brought to the foreground
  // (ksh88 job_init: it stops itself with SIGTTIN until the terminal is its group's)
  const tty = ctx.sys.proc.tty;
  if (interactive && tty && terminal) {
    while (tty.pgrp !== ctx.sys.proc.pgid) {
      ctx.machine.sched.signalGroup(ctx.sys.proc.pgid, "SIGTTIN");
      yield undefined;
    }
  }
  const env = Object.fromEntries(ctx.shell.env.exported());
  const sh = new Shell(ctx.machine, ctx.sys, os, env, {
    columns: ctx.columns,
    interactive,
    secondsPerCommand: Number(ctx.machine.setting("seconds_per_command", 1)),
  });
  sh.zero = sh.errName = zero;
  sh.state.positional = args;
  for (const o of on) turnOption(sh.state.options, o, true);
  for (const o of off) turnOption(sh.state.options, o, false);
  if (command !== null) {
    // ksh -c 'one simple command': the shell becomes the command (ksh88 main.c: "sh -c
    // simple-command may not have to fork"), so ps shows only the command, with the shell's pid
    const parsed = parseComplete(command, { aliases: sh.state.aliases });
    if (parsed.ok && onlySimple(parsed.list)) sh.execLast = true;
    return yield* sh.runCommandText(command);
  }
  if (script !== null) return yield* sh.runCommandText(script.replace(/^#!.*\n/, "\n"), "file");
  return yield* sh.main();
}

const man = (name: string) => `${name} Command

Purpose
       Invokes the Korn shell.

Syntax
       ${name} [ -i ] [ -s ] [ -aefhkmnpuvx ] [ -c String | File ] [ Argument ... ]

Description
       The ${name} command starts a new Korn shell, a child of the shell that
       runs it. With no file and no -c it reads commands from standard input:
       when that is the terminal it prompts, runs jobs under job control and
       ends with exit or Ctrl-D, back in the shell that started it. With -c it
       runs String and ends; with File it runs the file as a shell script.
       Only exported variables reach the new shell.

Flags
       -c String  Runs String; the next argument is $0, the rest $1 ...
       -i         The shell is interactive.
       -s         Reads commands from standard input; arguments are $1 ...
       -e -x -v -u -f -n ...
                  Set the options as the set command does.

Examples
       ksh              (then ps -f shows the new shell; exit returns)
       ksh -c 'echo $0 $1' name one
`;

export const kshCommand: CommandDef = { name: "ksh", path: "/usr/bin/ksh", summary: "Invokes the Korn shell.", run, man: man("ksh") };
export const shCommand: CommandDef = { name: "sh", path: "/usr/bin/sh", summary: "Invokes the Korn shell.", run, man: man("sh") };
