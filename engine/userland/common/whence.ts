// whence: the ksh built-in that tells how a name would be run as a command: an alias, a reserved
// word, a built-in, a function or a file (the preset alias type is whence -v). -v says it in
// words, -p looks for a file only.
import { RESERVED_WORDS } from "../../../grammar/lexer.js";
import { optionWords, kshState } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, msg } from "./msg.js";

export type CommandKind =
  | { kind: "alias"; value: string }
  | { kind: "reserved" }
  | { kind: "builtin" }
  | { kind: "function" }
  | { kind: "file"; path: string; tracked: boolean }
  | { kind: "none" };

/** what running `name` would run (`pathOnly`: files only, as whence -p) */
export function lookupCommand(ctx: CommandContext, name: string, pathOnly = false): CommandKind {
  const ksh = kshState(ctx.shell);
  if (!pathOnly) {
    const a = ksh?.aliases.get(name);
    if (a !== undefined) return { kind: "alias", value: a };
    if (RESERVED_WORDS.includes(name)) return { kind: "reserved" };
    if (ctx.os.shell.builtins.has(name)) return { kind: "builtin" };
    if (ksh?.functions.has(name)) return { kind: "function" };
  }
  if (name.includes("/")) {
    try {
      const a = ctx.sys.stat(name);
      if (a.type === "VREG" && (a.mode & 0o111) !== 0) return { kind: "file", path: name, tracked: false };
    } catch {
      // no such file
    }
    return { kind: "none" };
  }
  const def = ctx.os.commands.get(name);
  if (def === undefined || ctx.os.shell.builtins.has(name)) return { kind: "none" };
  const tracked = ksh?.tracked.get(name);
  if (tracked !== undefined) return { kind: "file", path: tracked, tracked: true };
  return { kind: "file", path: def.path ?? `/usr/bin/${name}`, tracked: false };
}

/** the line whence -v writes for a name (null: not found) */
export function verboseLine(name: string, k: CommandKind): string | null {
  switch (k.kind) {
    case "alias":
      return `${name} is an alias for ${k.value}`;
    case "reserved":
      return `${name} is a reserved word`;
    case "builtin":
      return `${name} is a shell builtin`;
    case "function":
      return `${name} is a function`;
    case "file":
      return k.tracked ? `${name} is a tracked alias for ${k.path}` : `${name} is ${k.path}`;
    case "none":
      return null;
  }
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  let verbose = false;
  let pathOnly = false;
  const { words: optWords, rest } = optionWords(args);
  for (const a of optWords) {
    for (const c of a.slice(1)) {
      if (c === "v") verbose = true;
      else if (c === "p") pathOnly = true;
      else {
        err(ctx, "sh.badopt", "whence", "-" + c);
        return 1;
      }
    }
  }
  let status = 0;
  for (const name of rest) {
    const k = lookupCommand(ctx, name, pathOnly);
    if (k.kind === "none") {
      status = 1;
      if (verbose) ctx.stdout.write(msg(ctx, "whence.notfound", name) + "\n");
      continue;
    }
    if (verbose) ctx.stdout.write(verboseLine(name, k) + "\n");
    else ctx.stdout.write((k.kind === "alias" ? k.value : k.kind === "file" ? k.path : name) + "\n");
  }
  return status;
}

export const whence: CommandDef = {
  name: "whence",
  summary: "Indicates how each name would be interpreted if used as a command.",
  run,
  man: `whence Command (ksh built-in)

Purpose
       Indicates how each name would be interpreted if used as a command.

Syntax
       whence [ -pv ] Name ...

Description
       For each Name, whence writes the alias's value, the name of a
       reserved word, built-in command or function, or the full path name
       of the command file. The preset alias type is whence -v.

Flags
       -p     Searches for a command file only, even if Name is an alias,
              a function or a reserved word.
       -v     Writes a more verbose report: Name is an alias for …, is a
              reserved word, is a shell builtin, is a function, is a path
              name (is a tracked alias for a path name once it has run).

Exit Status
       0    Every name was found.
       1    A name was not found.
`,
};
