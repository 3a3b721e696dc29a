// The getopts built-in of /usr/sbin/sh on Solaris 11 (ksh93, libshell bltins/getopts.c) for the
// system's shell scripts (mountall, umountall): each call yields the next option letter; an unknown
// letter or a missing argument is complained of by the shell itself, on standard error and in the
// script's name ($0, the path the script was run by), as `$0: -x: unknown option` or
// `$0: -F: argument expected`, and the script sees `?` (its own `\?)` case then prints its usage).
// Options are read as getopts reads them: clustered (-lk), an argument attached or in the next
// word, `--` ends them, and so does the first word that is not an option.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

/** an option the script's case sees, or the `?` after the shell's complaint about `letter` */
export type ShOpt = { kind: "opt"; letter: string; arg?: string } | { kind: "bad"; letter: string; why: "unknown" | "needarg" };

export interface ShGetopts {
  opts: ShOpt[];
  /** the words after the options ($@ after `shift $OPTIND-1`) */
  rest: string[];
}

/** the whole getopts loop over `args` with `spec` (a leading `?` in the spec is the scripts' own) */
export function shGetopts(args: readonly string[], spec: string): ShGetopts {
  const letters = spec.replace(/^\?/, "");
  const opts: ShOpt[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") return { opts, rest: args.slice(i + 1) };
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const at = c === ":" ? -1 : letters.indexOf(c);
      if (at < 0) {
        opts.push({ kind: "bad", letter: c, why: "unknown" });
        return { opts, rest: [] };
      }
      if (letters[at + 1] !== ":") {
        opts.push({ kind: "opt", letter: c });
        continue;
      }
      const attached = a.slice(j + 1);
      if (attached === "" && i + 1 >= args.length) {
        opts.push({ kind: "bad", letter: c, why: "needarg" });
        return { opts, rest: [] };
      }
      opts.push({ kind: "opt", letter: c, arg: attached !== "" ? attached : args[++i]! });
      break;
    }
  }
  return { opts, rest: args.slice(i) };
}

/** $0 of a script run by name: the path the shell found it by; as typed when it has a slash */
export const scriptName = (ctx: CommandContext, def: CommandDef): string => {
  const typed = ctx.argv[0] ?? def.name;
  return typed.includes("/") ? typed : (def.path ?? typed);
};

/** the shell's complaint for a `?` item */
export function complain(ctx: CommandContext, dollar0: string, o: ShOpt): void {
  if (o.kind === "bad") err(ctx, o.why === "needarg" ? "ksh93.getopts.needarg" : "ksh93.getopts.unknown", dollar0, o.letter);
}
