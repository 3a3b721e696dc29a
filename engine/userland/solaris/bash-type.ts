// type: bash 4.1's built-in (builtins/type.def) that says how each name would be run, in bash's
// order: an alias, a reserved word, a function, a built-in, a file (found in PATH, or hashed once
// run). No file of the system: only bash has it (the Solaris bash dialect's commands).
//   type name          ls is /usr/bin/ls · ls is hashed (/usr/bin/ls) · cd is a shell builtin ·
//                      if is a shell keyword · ll is aliased to `ls -l' · f is a function
//   type -t name       alias, keyword, function, builtin or file (nothing when not found)
//   type -p / -P name  the file it would run (-p: nothing for what is not a file)
//   type -a name       every one of them, the file in each PATH directory
// A name that is nothing: `bash: type: foo: not found`, status 1.
import { RESERVED_WORDS } from "../../../grammar/lexer.js";
import { kshState } from "../sh/context.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { bashGetopt } from "./bashopts.js";

type Kind = { t: "alias"; value: string } | { t: "keyword" } | { t: "function"; text: string } | { t: "builtin" } | { t: "file"; path: string; hashed: boolean };

/** the files named `name` in PATH's directories, in order */
export function inPath(ctx: CommandContext, name: string): string[] {
  const out: string[] = [];
  for (const d of (ctx.shell.env.get("PATH") ?? "").split(":")) {
    const p = `${d === "" ? "." : d}/${name}`;
    try {
      const a = ctx.sys.stat(p);
      if (a.type === "VREG" && (a.mode & 0o111) !== 0) out.push(p);
    } catch {
      // not there
    }
  }
  return out;
}

/** what `name` is, in bash's order (all: every match; files: -p/-P, only files) */
function kinds(ctx: CommandContext, name: string, all: boolean, filesOnly: boolean): Kind[] {
  const ksh = kshState(ctx.shell);
  const out: Kind[] = [];
  if (!filesOnly) {
    const a = ksh?.aliases.get(name);
    if (a !== undefined) out.push({ t: "alias", value: a });
    if (RESERVED_WORDS.includes(name)) out.push({ t: "keyword" });
    const fn = ksh?.functions.get(name);
    if (fn !== undefined) out.push({ t: "function", text: fn.text });
    if (ctx.os.shell.builtins.has(name)) out.push({ t: "builtin" });
    if (out.length && !all) return out;
  }
  if (name.includes("/")) {
    if (inPathFile(ctx, name)) out.push({ t: "file", path: name, hashed: false });
    return out;
  }
  const hashed = ksh?.tracked.get(name);
  if (hashed !== undefined && !all) return [...out, { t: "file", path: hashed, hashed: true }];
  for (const p of inPath(ctx, name)) {
    out.push({ t: "file", path: p, hashed: false });
    if (!all) break;
  }
  return out;
}

function inPathFile(ctx: CommandContext, path: string): boolean {
  try {
    const a = ctx.sys.stat(path);
    return a.type === "VREG" && (a.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

/** the line type says for one kind */
function said(ctx: CommandContext, name: string, k: Kind, mode: "" | "t" | "p"): string {
  if (mode === "t") return k.t;
  if (mode === "p") return k.t === "file" ? k.path : "";
  switch (k.t) {
    case "alias":
      return msg(ctx, "type.alias", name, k.value);
    case "keyword":
      return msg(ctx, "type.keyword", name);
    case "function":
      return msg(ctx, "type.function", name) + "\n" + k.text;
    case "builtin":
      return msg(ctx, "type.builtin", name);
    case "file":
      return msg(ctx, k.hashed ? "type.hashed" : "type.file", name, k.path);
  }
}

function run(ctx: CommandContext): number {
  const r = bashGetopt(ctx.argv.slice(1), "tpPaf");
  if (!r.ok) {
    err(ctx, "sh.badopt", "type", "-" + r.flag);
    ctx.stderr.write(msg(ctx, "type.usage") + "\n");
    return 2;
  }
  let mode: "" | "t" | "p" = "";
  let all = false;
  let force = false;
  for (const { flag } of r.opts) {
    if (flag === "t") mode = "t";
    else if (flag === "p") mode = "p";
    else if (flag === "P") {
      mode = "p";
      force = true;
    } else if (flag === "a") all = true;
  }
  let status = 0;
  for (const name of r.rest) {
    const found = kinds(ctx, name, all, force);
    if (found.length === 0) {
      // -t, -p and -P say nothing of a name that is nothing
      if (mode === "") err(ctx, "type.notfound", name);
      status = 1;
      continue;
    }
    for (const k of found) {
      const line = said(ctx, name, k, mode);
      if (line !== "") ctx.stdout.write(line + "\n");
    }
  }
  return status;
}

export const bashType: CommandDef = {
  name: "type",
  summary: "Describes how each name would be run as a command (bash built-in).",
  run,
  flags: ["-a", "-f", "-p", "-P", "-t"],
  man: `type Command (bash built-in)

Purpose
       Describes how each name would be run as a command.

Syntax
       type [-afptP] name [name ...]

Description
       For each name, type says whether it is an alias, a shell keyword,
       a function, a shell builtin or a file, in the order bash looks:
              ll is aliased to \`ls -l'
              if is a shell keyword
              cd is a shell builtin
              ls is /usr/bin/ls
              ls is hashed (/usr/bin/ls)    (once it has run)

Flags
       -t     Prints one word: alias, keyword, function, builtin or file.
       -p     Prints the file that would run (nothing for the others).
       -P     Looks for a file in PATH even for an alias, builtin ...
       -a     Prints every match, each file of PATH too.

Exit Status
       0    Every name was found.
       1    A name was not found: bash: type: name: not found
`,
};
