// fuser(1M) of Solaris 11.1 (illumos usr/src/cmd/fuser/fuser.c): for each file, its name and a
// colon on standard error, then each process using it: the pid on standard output (" %7d", so the
// pids can be piped to kill), its use codes and with -u its login name in parentheses on standard
// error, and a newline on standard error to end the file's line. What counts as using is the
// kernel's answer (fusers.ts: dofusers over the kernel's references, which does not look through
// lofs the way umount's busy test does).
//
// The options form groups: `fuser -c /a -f /b` reports /a with -c and /b with -f; options given
// after a file start a new group, and a lone `-` clears them. An error on one file (perror) does
// not stop the others; the exit status says whether any failed.
import { isKernelError } from "../../kernel/errno.js";
import type { Signal } from "../../kernel/proc/signal.js";
import { lazyNames, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { fusers, specToMount, type FileUser } from "./fusers.js";
import { isSystemProcess } from "../../os/solaris/procs.js";

interface Group {
  /** -c, -f or -d (mutually exclusive) */
  scope: "" | "c" | "f" | "d";
  /** -k, -s, -u, -n given in this group */
  mods: Set<string>;
  sig: Signal;
}

class Usage extends Error {}

function usage(ctx: CommandContext, before?: string): never {
  if (before) ctx.stderr.write(before + "\n");
  err(ctx, "fuser.sol.usage");
  throw new Usage();
}

/** str2sig: a signal name without SIG, as written (HUP, KILL), or its number */
function str2sig(ctx: CommandContext, s: string): Signal | null {
  if (!/^[0-9]+$/.test(s) && s !== s.toUpperCase()) return null;
  return ctx.os.signals.lookup(s);
}

/** one option letter (set_option): a repeat is a usage error, two of -c -f -d say which to use */
function option(ctx: CommandContext, g: Group, c: string, value: string | undefined): void {
  if (c === "c" || c === "f" || c === "d") {
    if (g.scope === c) usage(ctx);
    if (g.scope !== "") usage(ctx, msg(ctx, "fuser.sol.exclusive"));
    g.scope = c;
    return;
  }
  const mod = c === "s" ? "k" : c;
  if (g.mods.has(mod)) usage(ctx);
  g.mods.add(mod);
  if (c === "k") g.sig = "SIGKILL";
  if (c === "s") {
    const sig = str2sig(ctx, value!);
    if (sig === null) usage(ctx, msg(ctx, "fuser.sol.badsig", value!));
    g.sig = sig;
  }
}

/**
 * getopt(argc, argv, "cdfkns:u") from `i`, as fuser calls it again after each file: the options
 * up to the next operand, then the index of that operand. Options after a file (`fresh`) start a
 * new group.
 */
function takeOptions(ctx: CommandContext, args: string[], i: number, g: Group, fresh: { on: boolean }): number {
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") return i + 1;
    if (!a.startsWith("-") || a === "-") return i;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (fresh.on) {
        g.scope = "";
        g.mods.clear();
        fresh.on = false;
      }
      if (!"cdfknsu".includes(c) || c === ":") {
        reportOpt(ctx, { kind: "badflag", flag: c });
        usage(ctx, msg(ctx, "fuser.sol.illegal", "?"));
      }
      if (c !== "s") {
        option(ctx, g, c, undefined);
        continue;
      }
      let value = a.slice(j + 1);
      if (value === "") {
        if (i + 1 >= args.length) {
          reportOpt(ctx, { kind: "needarg", flag: c });
          usage(ctx, msg(ctx, "fuser.sol.illegal", "?"));
        }
        value = args[++i]!;
      }
      option(ctx, g, c, value);
      break;
    }
  }
  return i;
}

/** report(): each user's pid, codes and name; the signal sent as the pids are printed */
function report(ctx: CommandContext, users: FileUser[], g: Group): boolean {
  const names = lazyNames(ctx);
  for (const { proc, codes } of users) {
    ctx.stdout.write(" " + String(proc.pid).padStart(7));
    ctx.stderr.write(codes.join(""));
    if (g.mods.has("u")) {
      const name = names.user(proc.uid);
      if (name !== undefined) ctx.stderr.write(`(${name})`);
    }
    if (!g.mods.has("k")) continue;
    // kill(2): root may signal anyone, others their own; system processes and init take no
    // signal from a user process
    const self = ctx.sys.proc;
    if (isSystemProcess(proc) || proc.pid === 1 || (self.uid !== 0 && proc.uid !== self.uid)) continue;
    ctx.machine.sched.signal(proc, g.sig);
    // a fuser that kills itself ends there
    if (proc === self && (g.sig === "SIGKILL" || g.sig === "SIGTERM")) return false;
  }
  return true;
}

/** one file: its name, the users of the file system a mounted block device holds, then its own */
function one(ctx: CommandContext, file: string, g: Group): "ok" | "error" | "killed" {
  ctx.stderr.write(`${file}: `);
  let okay = false;
  const mntname = g.scope === "" ? specToMount(ctx.machine, ctx.sys, file) : null;
  if (mntname !== null) {
    try {
      if (!report(ctx, fusers(ctx.sys, mntname, { contained: true, devinfo: false, nbmand: g.mods.has("n") }), g)) return "killed";
      okay = true;
    } catch (e) {
      if (!isKernelError(e)) throw e;
    }
  }
  try {
    const users = fusers(ctx.sys, file, { contained: g.scope === "c", devinfo: g.scope === "d", nbmand: g.mods.has("n") });
    if (!report(ctx, users, g)) return "killed";
  } catch (e) {
    if (!isKernelError(e)) throw e;
    if (!okay) {
      err(ctx, "fuser.sol.perror", ctx.os.strerror(e.errno));
      return "error";
    }
  }
  ctx.stderr.write("\n");
  return "ok";
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  try {
    if (args.length < 1) usage(ctx);
    const g: Group = { scope: "", mods: new Set(), sig: "SIGKILL" };
    const fresh = { on: false };
    let errors = 0;
    let i = 0;
    do {
      i = takeOptions(ctx, args, i, g, fresh);
      // a lone - after a file clears the options in force
      if (i < args.length && fresh.on && args[i] === "-") {
        g.scope = "";
        g.mods.clear();
        fresh.on = false;
        i++;
      }
      // (options after the last file: fuser.c finds no file for them)
      if (i > args.length - 1) usage(ctx, msg(ctx, "fuser.sol.nofile"));
      if (args[i]!.startsWith("-")) usage(ctx, msg(ctx, "fuser.sol.dash"));
      fresh.on = true;
      const r = one(ctx, args[i]!, g);
      if (r === "killed") return 0;
      if (r === "error") errors = 1;
    } while (++i < args.length);
    return errors;
  } catch (e) {
    if (e instanceof Usage) return 1;
    throw e;
  }
}

export const fuser: CommandDef = {
  name: "fuser",
  path: "/usr/sbin/fuser",
  summary: "Identifies processes using a file or file structure.",
  flags: ["-c", "-d", "-f", "-k", "-n", "-s", "-u"],
  run,
  man: `fuser Command

Purpose
       Identifies processes using a file or file structure.

Syntax
       fuser [-c | -d | -f] [-nu] [-k | -s sig] files
             [ [-] [-c | -d | -f] [-nu] [-k | -s sig] files] ...

Description
       fuser displays the process IDs of the processes that are using the
       files specified as arguments. Each process ID is followed by letters
       that say how the process uses the file:

       c    Uses the file as its current directory.
       m    Uses the file as a mapped file (a program's text is mapped).
       n    Holds a non-blocking mandatory lock on the file.
       o    Uses the file as an open file.
       r    Uses the file as its root directory (set by chroot).
       t    Uses the file as its text file (the program it runs).
       y    Uses the file as its controlling terminal.

       The process IDs are written to standard output on one line, each
       preceded by spaces; everything else (the file name and colon, the
       letters, the login names and the end of each file's line) goes to
       standard error, so the IDs can be piped to kill.

       A process whose current directory is inside a lofs mount uses the
       lofs file system, not the file system below it: fuser -c on the
       original mount point does not list it, although umount of the
       original finds it busy. Ask fuser -c about the lofs mount point.

       Options apply to the files that follow them; options given after a
       file start a new group, and a lone - clears the options in force.

Flags
       -c   Reports on files that are mount points for file systems, and
            any files within that mounted file system.
       -d   Reports device usage for every minor node bound to the same
            device node as the specified device.
       -f   Prints a report for the named file only, not for the files of a
            file system mounted from a block device.
       -k   Sends SIGKILL to each process.
       -n   Lists only processes with non-blocking mandatory locks.
       -s sig
            Sends the signal sig (a name such as HUP, or a number).
       -u   Shows the login name of each process in parentheses.

Messages
       /x: fuser: No such file or directory
       /export/home/proj: fuser: Invalid argument   (-c on a non-mount point)
       Use only one of the following options : -c, -f, -d
       Invalid signal FOO
       Usage:  fuser [-[k|s sig]un[c|f|d]] files [-[[k|s sig]un[c|f|d]] files]..

Exit Status
       0    Every file was examined.
       1    A file could not be examined, or the usage was wrong.
`,
};
