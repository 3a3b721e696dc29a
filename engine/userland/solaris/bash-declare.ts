// declare and local: bash 4.1's built-ins for variables and their attributes
// (builtins/declare.def). They set what typeset sets (the lab's typeset does the work: -i -r -x,
// -l -u, +attr; inside a function the names are local); what is bash's own is how they list:
//   declare -p [name …]   declare -x PATH="/usr/bin" · declare -- x="1" · declare -ir n="5"
//   declare -x | -r | -i  the variables with that attribute, in the same form
//   declare -f [name …]   the functions; -F: their names as `declare -f name`
//   declare               every variable as name=value, then the functions
//   local …               as declare, in a function only: `bash: local: can only be used in a
//                         function`, status 1
// No file of the system: only bash has them.
import { kshState } from "../sh/context.js";
import { ShellEnv } from "../sh/env.js";
import { err, msg } from "../common/msg.js";
import { shown } from "../common/set.js";
import { typeset } from "../common/typeset.js";
import type { CommandContext, CommandDef } from "../types.js";

/** var_attribute_string's letters, in its order */
function attributes(env: ShellEnv, name: string): string {
  const a = env.attrsOf(name) ?? {};
  let s = "";
  if (a.integer !== undefined) s += "i";
  if (a.readonly) s += "r";
  if (a.tagged) s += "t";
  if (env.isExported(name)) s += "x";
  if (a.lower) s += "l";
  if (a.upper) s += "u";
  return s;
}

/** sh_double_quote: the value in double quotes, \ before " $ ` \ */
const doubleQuoted = (v: string): string => `"${v.replace(/["$`\\]/g, "\\$&")}"`;

function declareLine(env: ShellEnv, name: string): string {
  const value = env.get(name);
  return `declare -${attributes(env, name) || "-"} ${name}${value === undefined ? "" : "=" + doubleQuoted(value)}\n`;
}

function run(ctx: CommandContext): number {
  const cmd = ctx.argv[0]!;
  const ksh = kshState(ctx.shell);
  if (cmd === "local" && (ksh === null || ksh.locals.length === 0)) {
    err(ctx, "local.notinfn");
    return 1;
  }
  const args = ctx.argv.slice(1);
  const on = new Set<string>();
  let i = 0;
  for (; i < args.length && /^[-+]./.test(args[i]!); i++) {
    if (args[i] === "--") {
      i++;
      break;
    }
    for (const c of args[i]!.slice(1)) {
      if (!"afFilprtux".includes(c)) {
        err(ctx, "sh.badopt", cmd, "-" + c);
        ctx.stderr.write(msg(ctx, cmd === "local" ? "local.usage" : "declare.usage") + "\n");
        return 2;
      }
      if (args[i]![0] === "-") on.add(c);
    }
  }
  const names = args.slice(i);
  const env = ctx.shell.env;
  if (on.has("a")) {
    err(ctx, "sh.noarrays");
    return 2;
  }
  if (on.has("F") || (on.has("f") && names.length === 0)) {
    if (ksh === null) return 0;
    const list = names.length ? names : [...ksh.functions.keys()].sort();
    let status = 0;
    for (const n of list) {
      const fn = ksh.functions.get(n);
      if (fn === undefined) status = 1;
      else ctx.stdout.write(on.has("F") ? `declare -f ${n}\n` : fn.text + "\n");
    }
    return status;
  }
  if (!(env instanceof ShellEnv)) return typeset.run({ ...ctx, argv: ["typeset", ...args] }) as number;
  const listing = names.length === 0 || (on.has("p") && names.every((n) => !n.includes("=")));
  if (!listing) return typeset.run({ ...ctx, argv: [cmd, ...args.filter((a) => a !== "-p")] }) as number;
  if (names.length) {
    let status = 0;
    for (const n of names) {
      if (env.get(n) === undefined && env.attrsOf(n) === undefined) {
        err(ctx, "declare.notfound", cmd, n);
        status = 1;
      } else ctx.stdout.write(declareLine(env, n));
    }
    return status;
  }
  const filter = [...on].filter((c) => "irtxlu".includes(c));
  const all = env.all().map(([n]) => n);
  if (filter.length === 0 && !on.has("p")) {
    ctx.stdout.write(all.map((n) => `${n}=${shown(env.get(n) ?? "")}\n`).join(""));
    if (ksh) for (const n of [...ksh.functions.keys()].sort()) ctx.stdout.write(ksh.functions.get(n)!.text + "\n");
    return 0;
  }
  for (const n of all) if (filter.every((c) => attributes(env, n).includes(c))) ctx.stdout.write(declareLine(env, n));
  return 0;
}

const man = (name: string, purpose: string) => `${name} Command (bash built-in)

Purpose
       ${purpose}

Syntax
       ${name} [-fFilrtux] [-p] [name[=value] ...]

Description
       Sets the attributes and values of variables: -i integer, -r
       read-only, -x exported, -l and -u lower and upper case; + turns an
       attribute off. Inside a function the names are local to it${name === "local" ? ",\n       and local can only be used there" : ""}.
       -p lists variables as declare commands: declare -x PATH="/usr/bin";
       -f lists functions, -F their names.

Exit Status
       0    Success.
       1    A name is not a valid identifier or not found.
`;

export const bashDeclare: CommandDef = {
  name: "declare",
  summary: "Sets and lists variables and their attributes (bash built-in).",
  run,
  flags: ["-f", "-F", "-i", "-p", "-r", "-x"],
  man: man("declare", "Sets and lists variables and their attributes."),
};

export const bashLocal: CommandDef = {
  name: "local",
  summary: "Makes variables local to a function (bash built-in).",
  run,
  flags: ["-i", "-r", "-x"],
  man: man("local", "Makes variables local to the function that runs it."),
};
