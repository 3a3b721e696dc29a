// pfiles(1) of Solaris 11.1 (/usr/bin/pfiles, usr/src/cmd/ptools/pfiles/pfiles.c of the Solaris
// 11 source): for each process, `PID:<TAB>arguments`, the descriptor limit, then each open
// descriptor — what fstat says of it, the open flags, the path it was opened by and its offset
// (fdinfo.ts reads them from the lab's open files). A kernel process is `[system process]`. An
// argument that names no process, or one the caller may not examine, is reported and counted:
// the exit status is the number of processes that could not be examined.
import type { Proc } from "../../kernel/proc/proc.js";
import { getopt, reportOpt } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { solarisMajor, solarisMinor } from "../../os/solaris/devt.js";
import { isSystemProcess } from "../../os/solaris/procs.js";
import { fdInfo, type FdInfo } from "./fdinfo.js";
import { RLIM_FD_CUR } from "../../os/solaris/rlimits.js";

/** PRARGSZ: psinfo keeps the first 80 bytes of the arguments (79 and a NUL) */
const PRARGSZ = 80;

/** pr_psargs as pfiles prints it: the arguments joined, cut to PRARGSZ - 1, unprintables as
 *  blanks (proc_unctrl_psinfo), then %.70s */
export function psargs(p: Proc): string {
  return p.argv.join(" ").slice(0, PRARGSZ - 1).replace(/[^\x20-\x7e]/g, " ").slice(0, 70);
}

/** proc_arg_psinfo(PR_ARG_PIDS): a pid, or a /proc/PID path; null when /proc has no such entry */
function argPid(arg: string): number | null {
  const r = /^(?:\/proc\/)?([0-9]+)(\/?)$/.exec(arg);
  if (!r || (r[2] === "/" && !arg.startsWith("/proc/"))) return null;
  // /proc's entries are the pids as the kernel writes them: no leading zeros
  return String(Number(r[1])) === r[1] ? Number(r[1]) : null;
}

function fdLines(i: FdInfo, brief: boolean): string {
  const head = `${String(i.fd).padStart(4)}: ${i.type} mode:0${i.mode.toString(8).padStart(3, "0")}`;
  const dev = ` dev:${solarisMajor(i.dev)},${solarisMinor(i.dev)}`;
  const tail = ` ino:${i.ino} uid:${i.uid} gid:${i.gid}` + (i.rdev ? ` rdev:${i.rdev.major},${i.rdev.minor}` : ` size:${i.size}`);
  let out = head + dev + tail + "\n";
  if (brief) return out;
  out += `      ${i.flags}\n`;
  if (i.path !== null) out += `      ${i.path}\n      offset:${i.offset}\n`;
  return out;
}

/** show_files: the limit, then every descriptor in order */
function showFiles(ctx: CommandContext, p: Proc, brief: boolean): string {
  // the process's own soft limit on descriptors (rlim_fd_cur unless its shell changed it)
  let out = msg(ctx, "pfiles.rlimit", p.rlimits.get("nofile")?.cur ?? RLIM_FD_CUR) + "\n";
  for (const [fd, f] of [...p.fds].sort((a, b) => a[0] - b[0])) {
    ctx.sys.charge(1);
    const i = fdInfo(ctx.sys, p, fd, f);
    if (i) out += fdLines(i, brief);
  }
  return out;
}

/** Pgrab's refusals, in its order: no process, not the caller's, a zombie */
function grabError(ctx: CommandContext, p: Proc | undefined): string | null {
  if (!p) return "pgrab.noproc";
  const me = ctx.sys.proc;
  if (me.uid !== 0 && p.uid !== me.uid) return "pgrab.perm";
  if (p.state === "zombie") return "pgrab.zomb";
  return null;
}

function run(ctx: CommandContext): number {
  const command = ctx.argv[0]!.slice(ctx.argv[0]!.lastIndexOf("/") + 1);
  const r = getopt(ctx.argv.slice(1), "Fn");
  let brief = false;
  const bad = r.items.some((it) => it.kind !== "flag");
  for (const it of r.items) {
    if (it.kind !== "flag") reportOpt(ctx, it);
    else if (it.flag === "n") brief = true;
  }
  if (bad || r.operands.length === 0) {
    err(ctx, "pfiles.usage", command);
    return 2;
  }
  let failed = 0;
  for (const arg of r.operands) {
    const pid = argPid(arg);
    const p = pid === null ? undefined : ctx.machine.sched.table.get(pid);
    if (!p) {
      err(ctx, "pfiles.cannot", command, arg, msg(ctx, "pgrab.noproc"));
      failed++;
      continue;
    }
    const refused = grabError(ctx, p);
    if (refused !== null) {
      err(ctx, "pfiles.grab", command, msg(ctx, refused), p.pid);
      failed++;
      continue;
    }
    let out = `${p.pid}:\t${psargs(p)}\n`;
    out += isSystemProcess(p) ? msg(ctx, "pfiles.system") + "\n" : showFiles(ctx, p, brief);
    ctx.stdout.write(out);
  }
  return failed;
}

export const pfiles: CommandDef = {
  name: "pfiles",
  path: "/usr/bin/pfiles",
  summary: "Reports fstat and fcntl information for the open files of processes.",
  flags: ["-F", "-n"],
  run,
  man: `pfiles Command

Purpose
       Reports fstat and fcntl information for the open files of processes.

Syntax
       pfiles [-Fn] pid | /proc/pid ...

Description
       For each process pfiles prints its process ID and arguments, the
       current limit on file descriptors, and for every open descriptor:

          0: S_IFCHR mode:0620 dev:552,1 ino:12 uid:0 gid:7 rdev:26,1
             O_RDWR|O_NOCTTY|O_LARGEFILE
             /dev/pts/1
             offset:2048

       the file's type, permission bits, device (major,minor), inode,
       owner and group, its size or, for a device, its rdev; the flags it
       was opened with; the path it was opened by (when that name still
       leads to it: a pipe or a removed file has none) and the file offset.
       A kernel process shows [system process].

Flags
       -F   Forces grabbing of the target process even if another process
            has control (accepted; the lab has no process control).
       -n   Shows only the fstat line of each descriptor.

Messages
       pfiles: cannot examine 999: no such process
       pfiles: permission denied: 1       (another user's process)

Exit Status
       The number of processes that could not be examined; 2 for a usage
       error.
`,
};
