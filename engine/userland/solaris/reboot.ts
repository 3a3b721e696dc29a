// reboot(1M) (illumos usr/src/cmd/halt/halt.c of Solaris 11) and init 6 (usr/src/cmd/init/init.c):
// the machine restarts. halt.c prints nothing on success — its lines go to syslog and the console,
// and the ssh session it ran in is cut. The lab's session goes on as the next login's: the shell
// is back in root's home, the machine freshly booted (engine/os/solaris/reboot.ts):
//
//   - what is on disk stays: the datasets, /etc/vfstab, files and images in /export;
//   - what lives in memory is gone: /tmp (tmpfs), lofi mappings, mounts made by hand, processes;
//   - the boot mounts as Solaris 11's does: the kernel's file systems and /var, fs-minimal's
//     /var, /var/adm and /tmp from vfstab, then fs-local's `mountall -l` — every "yes" entry of
//     /etc/vfstab in file order, so a lofs entry before the file system it shows sees the
//     directory that file system covers later (lofs(7FS)) — `zfs mount -a`, and mountall again
//     if anything failed the first time. What the boot's mounts print goes to the console.
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Sys } from "../../kernel/sys.js";
import { Buffer, type CommandContext, type CommandDef } from "../types.js";
import { bootKernel, bootUp, mountZfs, shutdownSolaris } from "../../os/solaris/reboot.js";
import { mountallTable, type MountallRequest } from "./mountall.js";
import { doExec, type MountArgs } from "./mount.js";
import { readVfstab, VFSTAB } from "./vfstab.js";

const progname = (ctx: CommandContext) => ctx.argv[0]!.slice(ctx.argv[0]!.lastIndexOf("/") + 1);

const quietArgs = (): MountArgs => ({ all: true, fstype: null, options: "", overlay: false, readonly: false, nomnttab: false, quiet: false, echo: false, list: "", operands: [] });

/** the boot's scripts run as init at /, their output to the console (not this terminal) */
function bootContext(ctx: CommandContext, sys: Sys, argv: string[]): CommandContext {
  return { ...ctx, argv, sys, stdout: new Buffer(), stderr: new Buffer(), builtin: false };
}

/** fs-minimal: /var, /var/adm and /tmp as vfstab has them (mountfs -O), if not mounted yet */
function fsMinimal(ctx: CommandContext): void {
  const v = readVfstab(ctx) ?? [];
  for (const fs of ["/var", "/var/adm", "/tmp"]) {
    const e = v.find((x) => x.mountp === fs);
    if (!e || ctx.machine.mounts.all().some((m) => m.path === fs)) continue;
    doExec(ctx, { ...quietArgs(), all: false, overlay: true }, e.fstype, e.special, e.mountp, e.mntopts === "-" ? "" : e.mntopts);
  }
}

/** the whole restart: down, the kernel's mounts, fs-minimal, fs-local, the daemons and the login */
export function* restartSolaris(ctx: CommandContext): Co<void> {
  const m = ctx.machine;
  const boot = shutdownSolaris(m, ctx.sys.proc);
  const init = bootKernel(m, boot);
  m.clock.set(boot + 5);
  fsMinimal(bootContext(ctx, init, ["/lib/svc/method/fs-minimal"]));
  m.clock.set(boot + 6);
  const mountall = bootContext(ctx, init, ["/usr/sbin/mountall", "-l"]);
  const local: MountallRequest = { fstype: null, cls: "l", table: VFSTAB, serial: false };
  const rc = yield* mountallTable(mountall, local);
  mountZfs(init, boot);
  if (rc !== 0) yield* mountallTable(mountall, local);
  bootUp(init, boot);
  // the new login starts in root's home, with no jobs
  ctx.shell.newLogin = true;
  const home = ctx.shell.env.get("HOME") || "/";
  // the login shell: the session leader of the terminal (reboot may run in a subshell of it)
  const tty = ctx.sys.proc.tty;
  const shell = (tty ? m.sched.table.get(tty.sid) : undefined) ?? m.sched.table.get(ctx.sys.proc.ppid);
  try {
    if (shell) shell.cwd = init.resolve(home);
    ctx.shell.env.set("PWD", home);
  } catch {
    ctx.shell.env.set("PWD", "/");
  }
}

function* rebootRun(ctx: CommandContext): Co<number> {
  const name = progname(ctx);
  const r = getopt(ctx.argv.slice(1), "dlnqpfe:");
  const flags = new Set<string>();
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "reboot.sol.usage", name);
      return 1;
    }
    flags.add(it.flag);
  }
  if (ctx.sys.proc.uid !== 0) {
    err(ctx, "reboot.sol.perm", name);
    return 1;
  }
  // x86 11.1 reboots fast by default; -p asks for the firmware's reboot instead
  if (flags.has("p") && flags.has("f")) {
    err(ctx, "reboot.sol.pf", name);
    return 22;
  }
  if (flags.has("e") && flags.has("p")) {
    err(ctx, "reboot.sol.eonlyf", name);
    return 22;
  }
  yield* restartSolaris(ctx);
  return 0;
}

const LEVELS = "0123456SsQqabc";

function* initRun(ctx: CommandContext): Co<number> {
  const args = ctx.argv.slice(1);
  if (args.length !== 1 || args[0]!.length !== 1) {
    err(ctx, "init.sol.usage");
    return 0;
  }
  const level = args[0]!;
  if (!LEVELS.includes(level)) {
    err(ctx, "init.sol.usage");
    return 1;
  }
  // the request is a signal to init, which only root may send
  if (ctx.sys.proc.uid !== 0) {
    err(ctx, "init.sol.notroot");
    return 1;
  }
  if (level === "6") yield* restartSolaris(ctx);
  // 0 and 5: the system halts (and powers off): nothing more runs, the session ends
  else if (level === "0" || level === "5") ctx.shell.exitRequested = 0;
  return 0;
}

export const reboot: CommandDef = {
  name: "reboot",
  run: rebootRun,
  path: "/usr/sbin/reboot",
  summary: "Restarts the operating system.",
  flags: ["-d", "-l", "-n", "-q", "-p", "-f", "-e"],
  man: `reboot Command

Purpose
       Restarts the operating system.

Syntax
       reboot [-dlnq] [-p | -f [-e environment]] [boot_arguments]

Description
       reboot restarts the kernel. It prints nothing: its messages go to
       the system log and the console. The lab's session goes on as the
       next login's, in root's home directory, on a freshly booted machine:

       - the zfs datasets keep their files (/etc/vfstab, images in /export);
       - /tmp is a new, empty tmpfs; lofi devices are unmapped; file
         systems mounted by hand are gone, and so are the processes;
       - the boot mounts /var and /tmp, then every /etc/vfstab entry marked
         "yes" at boot, one after another in the order of the file
         (mountall -l), then the other zfs datasets, and tries mountall
         again if an entry failed. A loopback (lofs) entry placed before
         the file system it includes shows the directory that file system
         covers: place loopback entries last.

Flags
       -d   Forces a crash dump before rebooting.
       -e environment
            The boot environment to boot (fast reboot).
       -f   Fast reboot (the default on x86).
       -l   Does not log the reboot in the system log.
       -n   Does not sync before rebooting.
       -p   Reboots through the firmware rather than a fast reboot.
       -q   Quick: does not shut down the services first.

Messages
       reboot: permission denied
       reboot: -p and -f are mutually exclusive
       usage: reboot [ -dlnq(p|fe:) ] [ boot args ]

Exit Status
       0 when the lab restarted the machine; 1 when it refused.
`,
};

export const init: CommandDef = {
  name: "init",
  run: initRun,
  path: "/usr/sbin/init",
  summary: "Process control initialization: asks init (process 1) for a run level.",
  man: `init Command

Purpose
       Process control initialization: asks init (process 1) for a run level.

Syntax
       init [0123456SsQqabc]

Description
       init 6 stops the system and starts it again: the same restart as
       reboot (the session goes on as the next login's). init 0 and init 5
       halt the system: the lab's session ends. The other levels are
       accepted; the lab does not model run levels.

Messages
       Usage: init [0123456SsQqabc]     (exit 0 for a wrong number of
                                        arguments, 1 for an unknown level)
       Must be super-user

Exit Status
       0    init was told.
       1    Not super-user, or no such level.
`,
};
