// reboot and shutdown (AIX): the machine restarts. Temporary loop devices are deleted, mounts that
// /etc/filesystems does not name are gone, the others come back; the session goes on after it.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";
import { rebootAix } from "../../os/aix/reboot.js";
import { formatDate } from "../common/strftime.js";

function restart(ctx: CommandContext): void {
  rebootAix(ctx.machine, ctx.sys);
  ctx.shell.env.set("PWD", "/");
}

function rebootRun(ctx: CommandContext): number {
  const r = parseFlags(ctx, "lnqt:", "reboot.usage");
  if (!r) return 1;
  ctx.stdout.write(msg(ctx, "reboot.rebooting") + "\n");
  restart(ctx);
  return 0;
}

function shutdownRun(ctx: CommandContext): number {
  const r = parseFlags(ctx, "FrhklmpiVdt:", "shutdown.usage");
  if (!r) return 1;
  const again = r.opts.some((o) => o.flag === "r");
  ctx.stdout.write(msg(ctx, "shutdown.banner", formatDate("%a %b %e %H:%M:%S %Z %Y", ctx.machine.clock.now(), ctx.shell.env.get("TZ") || "UTC")) + "\n");
  ctx.stdout.write(msg(ctx, again ? "shutdown.waitreboot" : "shutdown.waithalt") + "\n");
  if (!again) {
    // halted: nothing more can run on this machine
    ctx.stdout.write(msg(ctx, "shutdown.halted") + "\n");
    ctx.shell.exitRequested = 0;
    return 0;
  }
  ctx.stdout.write(msg(ctx, "reboot.rebooting") + "\n");
  restart(ctx);
  return 0;
}

export const reboot: CommandDef = {
  name: "reboot",
  run: rebootRun,
  path: "/usr/sbin/reboot",
  summary: "Restarts the system.",
  man: `reboot Command

Purpose
       Restarts the system.

Syntax
       reboot [ -l ] [ -n ] [ -q ] [ -t mmddHHMM[yy] ]

Description
       The reboot command restarts the machine at once. Loopback devices
       that loopmount created (temporary=yes) are deleted, file systems
       mounted by hand are gone, and the ones /etc/filesystems mounts at boot
       come back. Devices made with mkdev stay. The session goes on after the
       restart.

Flags
       -l   Does not log the reboot in the system accounting records.
       -n   Does not perform the sync command.
       -q   Restarts without shutting down running processes.
       -t mmddHHMM[yy]
            Restarts the system on the specified date and hour.

Exit Status
       0    The machine restarted.
       >0   An error occurred.
`,
};

export const shutdown: CommandDef = {
  name: "shutdown",
  run: shutdownRun,
  path: "/usr/sbin/shutdown",
  summary: "Ends system operation.",
  flags: ["-F", "-r"],
  man: `shutdown Command

Purpose
       Ends system operation.

Syntax
       shutdown [ -d ] [ -F ] [ -h ] [ -i ] [ -k ] [ -l ] [ -m ] [ -p ] [ -r ] [ -t mmddHHMM [ yy ] ] [ -V ] [ +Time [ Message ] ]

Description
       The shutdown command halts the operating system: it writes its banner
       and the line that says what to wait for, stops the processes, unmounts
       the file systems and halts (....Halt completed....). With -r it
       restarts the machine instead, as reboot does (Rebooting . . .). After
       a halt nothing more runs on the machine and the lab session ends.

Flags
       -F   Does a fast shutdown, bypassing the messages to other users.
       -h   Halts the operating system completely (the default).
       -r   Restarts the system after being shut down.
       (-d -i -k -l -m -p -t -V are accepted.)

Exit Status
       0    The system was shut down.
       >0   An error occurred.
`,
};
