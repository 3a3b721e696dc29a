// shopt: bash 4.1's built-in for its own options (builtins/shopt.def). No file of the system: only
// bash has it.
//   shopt              every option, "%-15s\t%s" with on or off (OPTFMT), in shopt_vars' order
//   shopt name …       those options; status 1 if one is off
//   shopt -s|-u name … turns them on or off; -s or -u alone lists those on or off
//   shopt -p           as commands: shopt -s name / shopt -u name;  -q: no output, the status
// An unknown name: `bash: shopt: foo: invalid shell option name`, status 1. The lab remembers the
// options (among the shell's options as shopt:NAME, or shopt-:NAME for one on by default turned
// off); what they change in bash is not simulated.
import { kshState, type KshState } from "../sh/context.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { bashGetopt } from "./bashopts.js";

/** shopt_vars of bash 4.1, in order: the name and whether it starts on (an interactive login
 *  shell's defaults: reset_shopt_options, shell.c) */
const OPTIONS: readonly (readonly [string, "on" | "off" | "interactive" | "login"])[] = [
  ["autocd", "off"], ["cdable_vars", "off"], ["cdspell", "off"], ["checkhash", "off"], ["checkjobs", "off"],
  ["checkwinsize", "off"], ["cmdhist", "on"], ["compat31", "off"], ["compat32", "off"], ["compat40", "off"],
  ["dirspell", "off"], ["dotglob", "off"], ["execfail", "off"], ["expand_aliases", "interactive"], ["extdebug", "off"],
  ["extglob", "off"], ["extquote", "on"], ["failglob", "off"], ["force_fignore", "on"], ["globstar", "off"],
  ["gnu_errfmt", "off"], ["histappend", "off"], ["histreedit", "off"], ["histverify", "off"], ["hostcomplete", "on"],
  ["huponexit", "off"], ["interactive_comments", "on"], ["lithist", "off"], ["login_shell", "login"], ["mailwarn", "off"],
  ["no_empty_cmd_completion", "off"], ["nocaseglob", "off"], ["nocasematch", "off"], ["nullglob", "off"], ["progcomp", "on"],
  ["promptvars", "on"], ["restricted_shell", "off"], ["shift_verbose", "off"], ["sourcepath", "on"], ["xpg_echo", "off"],
];
const BY_NAME = new Map(OPTIONS);

function isOn(ctx: CommandContext, ksh: KshState | null, name: string): boolean {
  const opts = ksh?.options;
  if (opts?.has("shopt:" + name)) return true;
  if (opts?.has("shopt-:" + name)) return false;
  const d = BY_NAME.get(name);
  if (d === "on") return true;
  if (d === "interactive") return ksh?.interactive ?? false;
  if (d === "login") return (ctx.sys.proc.argv[0] ?? "").startsWith("-");
  return false;
}

function turn(ksh: KshState | null, name: string, on: boolean): void {
  if (!ksh) return;
  ksh.options.delete("shopt:" + name);
  ksh.options.delete("shopt-:" + name);
  ksh.options.add((on ? "shopt:" : "shopt-:") + name);
}

function line(name: string, on: boolean, asCommand: boolean): string {
  return asCommand ? `shopt ${on ? "-s" : "-u"} ${name}\n` : `${name.padEnd(15)}\t${on ? "on" : "off"}\n`;
}

function run(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  const r = bashGetopt(ctx.argv.slice(1), "psuoq");
  if (!r.ok) {
    err(ctx, "sh.badopt", "shopt", "-" + r.flag);
    ctx.stderr.write(msg(ctx, "shopt.usage") + "\n");
    return 2;
  }
  const flags = new Set(r.opts.map((o) => o.flag));
  const names = r.rest;
  if (flags.has("s") && flags.has("u")) {
    err(ctx, "shopt.both");
    return 1;
  }
  const quiet = flags.has("q");
  const p = flags.has("p");
  let out = "";
  let status = 0;
  const setting = flags.has("s") || flags.has("u");
  if (names.length === 0) {
    for (const [name] of OPTIONS) {
      const on = isOn(ctx, ksh, name);
      if (!setting || on === flags.has("s")) out += line(name, on, p);
    }
  } else {
    for (const name of names) {
      if (!BY_NAME.has(name)) {
        err(ctx, "shopt.badname", name);
        status = 1;
        continue;
      }
      if (setting) turn(ksh, name, flags.has("s"));
      else {
        const on = isOn(ctx, ksh, name);
        if (!on) status = 1;
        out += line(name, on, p);
      }
    }
  }
  if (!quiet) ctx.stdout.write(out);
  return status;
}

export const bashShopt: CommandDef = {
  name: "shopt",
  summary: "Shows and sets bash's own options (bash built-in).",
  run,
  flags: ["-p", "-q", "-s", "-u", "-o"],
  man: `shopt Command (bash built-in)

Purpose
       Shows and sets bash's own options.

Syntax
       shopt [-pqsu] [-o] [optname ...]

Description
       Without options, shopt lists every option of bash with on or off.
       With names it lists those (the status is 1 if one is off); -s turns
       them on, -u off. -s or -u without names lists the options that are
       on, or off. -p lists them as shopt commands; -q prints nothing.

       An unknown name: bash: shopt: name: invalid shell option name

Exit Status
       0    The options are on, or were set.
       1    An option is off, or a name is not an option.
`,
};
