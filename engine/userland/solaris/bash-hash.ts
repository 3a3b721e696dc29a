// hash as bash 4.1's built-in (builtins/hash.def, hashcmd.c, hashlib.c). The table is the shell's
// tracked commands: every command bash runs by name from PATH is remembered there with its path
// and the times it was run (exec.ts), as bash's search_for_command hashes it.
//   hash            "hits\tcommand" and "%4d\t%s" rows, in the table's bucket order; an empty
//                   table: "hash: hash table empty"
//   hash -r         empties it;  hash name  looks name up in PATH and remembers it (hits 0)
//   hash -d name    forgets it;  hash -t name  its path;  -l  as `builtin hash -p path name`
//   hash -p path name  remembers name as path
import { kshState, type KshState } from "../sh/context.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { inPath } from "./bash-type.js";
import { bashGetopt } from "./bashopts.js";

/** hashcmd.h FILENAME_HASH_BUCKETS */
const BUCKETS = 64;

/** hashlib.c hash_string: 32-bit FNV-1 from FNV_OFFSET */
function hashString(s: string): number {
  let i = 2166136261;
  for (const b of new TextEncoder().encode(s)) i = (Math.imul(i, 16777619) ^ b) >>> 0;
  return i;
}

/** hash_walk's order: bucket by bucket, the newest entry of a bucket first */
function walk(ksh: KshState): [string, string][] {
  const byBucket: [string, string][][] = Array.from({ length: BUCKETS }, () => []);
  for (const [name, path] of ksh.tracked) byBucket[hashString(name) & (BUCKETS - 1)]!.unshift([name, path]);
  return byBucket.flat();
}

function remember(ksh: KshState, name: string, path: string): void {
  ksh.tracked.delete(name);
  ksh.tracked.set(name, path);
  ksh.trackedHits.set(name, 0);
}

function forget(ksh: KshState, name: string): boolean {
  ksh.trackedHits.delete(name);
  return ksh.tracked.delete(name);
}

function list(ctx: CommandContext, ksh: KshState, portable: boolean): void {
  const rows = walk(ksh);
  if (rows.length === 0) {
    ctx.stdout.write(msg(ctx, "hash.empty") + "\n");
    return;
  }
  if (!portable) ctx.stdout.write("hits\tcommand\n");
  for (const [name, path] of rows) {
    ctx.stdout.write(portable ? `builtin hash -p ${path} ${name}\n` : `${String(ksh.trackedHits.get(name) ?? 0).padStart(4)}\t${path}\n`);
  }
}

function targets(ctx: CommandContext, ksh: KshState, names: string[], portable: boolean): number {
  let status = 0;
  for (const name of names) {
    const path = ksh.tracked.get(name);
    if (path === undefined) {
      err(ctx, "hash.notfound", name);
      status = 1;
    } else if (portable) ctx.stdout.write(`builtin hash -p ${path} ${name}\n`);
    else ctx.stdout.write(names.length > 1 ? `${name}\t${path}\n` : `${path}\n`);
  }
  return status;
}

function run(ctx: CommandContext): number {
  const ksh = kshState(ctx.shell);
  const r = bashGetopt(ctx.argv.slice(1), "dlrtp:");
  if (!r.ok) {
    if (r.missing) err(ctx, "hash.needarg", r.flag);
    else err(ctx, "sh.badopt", "hash", "-" + r.flag);
    err(ctx, "hash.usage");
    return 2;
  }
  const f = new Set(r.opts.map((o) => o.flag));
  const pathname = r.opts.findLast((o) => o.flag === "p")?.value ?? null;
  if (ksh === null) return 0;
  const names = r.rest;
  if (names.length === 0 && f.has("t")) {
    err(ctx, "hash.needarg", "t");
    return 1;
  }
  if (names.length === 0 && !f.has("r")) {
    list(ctx, ksh, f.has("l"));
    return 0;
  }
  if (f.has("r")) {
    ksh.tracked.clear();
    ksh.trackedHits.clear();
  }
  if (f.has("t")) return targets(ctx, ksh, names, f.has("l"));
  let status = 0;
  for (const name of names) {
    if (name.includes("/")) continue;
    if (pathname !== null) remember(ksh, name, pathname);
    else if (f.has("d")) {
      if (!forget(ksh, name)) {
        err(ctx, "hash.notfound", name);
        status = 1;
      }
    } else if (!ksh.functions.has(name) && !ctx.os.shell.builtins.has(name)) {
      // add_hashed_command: the first executable file of PATH
      forget(ksh, name);
      const path = inPath(ctx, name)[0];
      if (path !== undefined) remember(ksh, name, path);
      else {
        err(ctx, "hash.notfound", name);
        status = 1;
      }
    }
  }
  return status;
}

export const bashHash: CommandDef = {
  name: "hash",
  summary: "Remembers or reports the full path names of commands (bash built-in).",
  run,
  man: `hash Command (bash built-in)

Purpose
       Remembers or reports the full path names of commands (bash built-in).

Syntax
       hash [-lr] [-p pathname] [-dt] [name ...]

Description
       Each command bash runs by name, found in PATH, is remembered with its
       path and the number of times it ran. Without a name, hash lists them:
              hits    command
                 1    /usr/bin/ls
       or says "hash: hash table empty". With names, it looks each up in
       PATH and remembers it.

Flags
       -d     Forgets each name.
       -l     Lists as commands that remember the same paths.
       -p pathname
              Remembers each name as pathname.
       -r     Forgets every command.
       -t     Writes the path remembered for each name.

Messages
       bash: hash: name: not found
       bash: hash: -t: option requires an argument
       hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]

Exit Status
       0    Successful completion.
       1    A name was not found.
       2    An invalid option.
`,
};
