// fuser (AIX): the processes that use a file or a file system, from what the kernel's processes
// hold (their current and root directories and open files, see kernel/vfs/refs.ts: the data umount
// decides busy by; a program's text is left out, as fuser without -x does). As POSIX and
// the AIX page say, the pids go to standard output and everything else — the file's name, the
// letters (c current directory, r root directory; an open file has none), (user) with -u, and the
// new line that ends each file's report — to standard error. -k sends SIGKILL to each process
// (-K another signal).
import { isKernelError } from "../../kernel/errno.js";
import type { Signal } from "../../kernel/proc/signal.js";
import { references, type Ref } from "../../kernel/vfs/refs.js";
import type { Vnode } from "../../kernel/vfs/vnode.js";
import { getopt, lazyNames, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "cdfkK:uxV");
  let scope: "c" | "d" | "f" | "" = "";
  let sig: Signal | null = null;
  let users = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "fuser.usage");
      return 1;
    }
    switch (it.flag) {
      case "c":
      case "d":
      case "f":
        scope = it.flag;
        break;
      case "k":
        sig = "SIGKILL";
        break;
      case "K": {
        const s = ctx.os.signals.lookup(it.value!.replace(/^sig/i, ""));
        if (s === null) {
          err(ctx, "fuser.badsig", it.value!);
          return 1;
        }
        sig = s;
        break;
      }
      case "u":
        users = true;
        break;
      default:
        // -x (executables and loaded objects: the lab's programs are not files it runs) and -V
        break;
    }
  }
  if (r.operands.length === 0) {
    err(ctx, "fuser.usage");
    return 1;
  }
  const k = ctx.machine.sched;
  const names = lazyNames(ctx);
  let status = 0;
  for (const file of r.operands) {
    ctx.stderr.write(`${file}: `);
    let v: Vnode;
    try {
      v = ctx.sys.resolve(file);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      ctx.stderr.write(ctx.os.strerror(e.errno) + "\n");
      status = 1;
      continue;
    }
    const match = matcher(ctx, v, scope);
    // in pid order, each process's cwd before its root before its open files: the first names it
    const refs = references(ctx.machine).filter((x) => FUSER_KINDS.has(x.kind) && x.proc !== ctx.sys.proc && match(x.vnode));
    const seen = new Set<number>();
    for (const ref of refs) {
      const p = ref.proc!;
      if (seen.has(p.pid)) continue;
      seen.add(p.pid);
      ctx.stdout.write(" " + String(p.pid).padStart(7));
      const letter = ref.kind === "cwd" ? "c" : ref.kind === "root" ? "r" : "";
      ctx.stderr.write(letter + (users ? `(${names.user(p.uid) ?? ""})` : ""));
      if (sig !== null && p.pid !== 1) {
        if (ctx.sys.proc.uid === 0 || p.uid === ctx.sys.proc.uid) k.signal(p, sig);
      }
    }
    ctx.stderr.write("\n");
  }
  return status;
}

/** what fuser reports without -x (with it, AIX adds the programs' text: not modelled yet) */
const FUSER_KINDS: ReadonlySet<Ref["kind"]> = new Set(["cwd", "root", "open"]);

/** which vnodes count: the file system of the file (-c, -d, a block device's file system, a
 *  mount point), or the file itself */
function matcher(ctx: CommandContext, v: Vnode, scope: string): (x: Vnode) => boolean {
  const a = v.getattr();
  if (scope === "c" || scope === "d") {
    const fs = v.vfs;
    if (scope === "d") return (x) => x.vfs === fs && x.getattr().nlink === 0;
    return (x) => x.vfs === fs;
  }
  if (scope === "" && a.type === "VBLK") {
    // a block device: every file of the file system mounted from it
    const m = ctx.machine.mounts.all().find((mt) => {
      try {
        const s = ctx.sys.stat(mt.special);
        return s.type === "VBLK" && s.rdev?.major === a.rdev?.major && s.rdev?.minor === a.rdev?.minor;
      } catch {
        return false;
      }
    });
    if (m) return (x) => x.vfs === m.vfs;
  }
  return (x) => x === v;
}

export const fuser: CommandDef = {
  name: "fuser",
  path: "/usr/sbin/fuser",
  summary: "Identifies processes using a file or file structure.",
  flags: ["-c", "-d", "-f", "-k", "-K", "-u", "-x", "-V"],
  run,
  man: `fuser Command

Purpose
       Identifies processes using a file or file structure.

Syntax
       fuser [ -c | -d | -f ] [ -k | -K { SignalNumber | SignalName } ] [ -u ]
             [ -x ] [ -V ] File ...

Description
       The fuser command lists the process numbers of local processes that use
       the local or remote files specified by the File parameter. For block
       special devices, the command lists the processes that use any file on
       that device.

       Each process number is followed by a letter indicating how the process
       uses the file:

       c    Uses the file as the current directory.
       e    Uses the file as a program's executable object.
       r    Uses the file as the root directory.
       s    Uses the file as a shared library (or other loadable object).

       The process numbers are written to standard output in a line with
       spaces between process numbers. A new line character is written to
       standard error after the last output for each file operand. All other
       output is written to standard error.

Flags
       -c   Reports on any open files in the file system containing File.
       -d   Implies the use of the -c and -x flags. Reports on any open files
            which have been unlinked from the file system.
       -f   Reports on open instances of File only.
       -K SignalNumber | SignalName
            Sends the specified signal to each local process.
       -k   Sends the SIGKILL signal to each local process. Only the root user
            can kill a process of another user.
       -u   Provides the login name for local processes in parentheses after
            the process number.
       -V   Provides verbose output.
       -x   Used in conjunction with -c or -f, reports on executable and
            loadable objects in addition to the standard fuser output.

Examples
       fuser -cu /cdmount     who keeps the file system busy
       fuser -kxuc /home      end every process using the /home file system
`,
};
