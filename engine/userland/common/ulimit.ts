// ulimit: the ksh built-in for the process's resource limits. -f (the file size, in 512-byte
// blocks) is the process's own limit: a write past it fails (EFBIG). The others are kept and
// shown as AIX's default stanza in /etc/security/limits has them, and change nothing.
import { kshState } from "../sh/context.js";
import { optionWords } from "../sh/context.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err } from "./msg.js";

/** flag, label of ulimit -a, default (Infinity: unlimited) */
const RESOURCES: readonly [string, string, number][] = [
  ["t", "time(seconds)", Infinity],
  ["f", "file(blocks)", 2097151],
  ["d", "data(kbytes)", 131072],
  ["s", "stack(kbytes)", 32768],
  ["m", "memory(kbytes)", 32768],
  ["c", "coredump(blocks)", 2097151],
  ["n", "nofiles(descriptors)", 2000],
  ["r", "threads(per process)", Infinity],
  ["u", "processes(per user)", Infinity],
];

const show = (v: number): string => (v === Infinity ? "unlimited" : String(v));

function get(ctx: CommandContext, flag: string): number {
  if (flag === "f") {
    const bytes = ctx.sys.proc.fsizeLimit ?? Infinity;
    return bytes === Infinity ? Infinity : Math.floor(bytes / 512);
  }
  const ksh = kshState(ctx.shell);
  return ksh?.ulimits.get(flag) ?? RESOURCES.find(([f]) => f === flag)![2];
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  const flags: string[] = [];
  let all = false;
  const { words: optWords, rest } = optionWords(args, /^-[A-Za-z]+$/);
  for (const a of optWords) {
    for (const c of a.slice(1)) {
      if (c === "a") all = true;
      else if (c === "H" || c === "S") continue;
      else if (RESOURCES.some(([f]) => f === c)) flags.push(c);
      else {
        err(ctx, "sh.badopt", "ulimit", "-" + c);
        return 1;
      }
    }
  }
  const value = rest[0];
  if (all) {
    for (const [f, label] of RESOURCES) ctx.stdout.write(`${label.padEnd(21)}${show(get(ctx, f))}\n`);
    return 0;
  }
  const flag = flags[flags.length - 1] ?? "f";
  if (value === undefined) {
    ctx.stdout.write(show(get(ctx, flag)) + "\n");
    return 0;
  }
  let n: number;
  if (value === "unlimited") n = Infinity;
  else if (/^[0-9]+$/.test(value)) n = Number(value);
  else {
    err(ctx, "sh.badnum", value, "ulimit");
    return 1;
  }
  // only root may raise a limit
  if (ctx.sys.proc.uid !== 0 && n > get(ctx, flag)) {
    err(ctx, "ulimit.range");
    return 1;
  }
  if (flag === "f") ctx.sys.proc.fsizeLimit = n === Infinity ? Infinity : n * 512;
  else kshState(ctx.shell)?.ulimits.set(flag, n);
  return 0;
}

export const ulimit: CommandDef = {
  name: "ulimit",
  summary: "Sets or reports user resource limits.",
  run,
  man: `ulimit Command (ksh built-in)

Purpose
       Sets or reports user resource limits.

Syntax
       ulimit [ -H ] [ -S ] [ -a | -c | -d | -f | -m | -n | -r | -s | -t | -u ] [ Limit ]

Description
       Without Limit, ulimit writes the current limit of the resource (the
       file size, -f, by default); with Limit (a number or unlimited) it
       sets it. -a writes every limit. Only the root user can raise a limit.

Flags
       -a     Lists all the current resource limits.
       -c     The size of core dumps, in 512-byte blocks.
       -d     The size of the data area, in kilobytes.
       -f     The size of files written by the shell and its child
              processes, in 512-byte blocks.
       -H     The hard limit.   -S  The soft limit (the default).
       -m     The size of physical memory, in kilobytes.
       -n     The number of open file descriptors.
       -r     The number of threads per process.
       -s     The size of the stack, in kilobytes.
       -t     The number of seconds of processor time.
       -u     The number of processes per user.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
