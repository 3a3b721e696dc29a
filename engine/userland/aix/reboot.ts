// reboot and shutdown (AIX): the machine restarts. Temporary loop devices are deleted, mounts that
// /etc/filesystems does not name are gone, the others come back; the session goes on after it.
import { msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { parseFlags } from "./util.js";
import { rebootAix } from "../../os/aix/reboot.js";
import { formatDate } from "./date.js";

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
  summary: "restart the machine (temporary loop devices are deleted)",
  man: `reboot — restarts the machine

  reboot

The lab restarts the machine at once: loop devices that loopmount created
(temporary=yes) are deleted, file systems mounted by hand are gone, and the
ones /etc/filesystems mounts at boot come back. Devices made with mkdev stay.
`,
};

export const shutdown: CommandDef = {
  name: "shutdown",
  run: shutdownRun,
  path: "/usr/sbin/shutdown",
  summary: "shut down (-F) or restart (-Fr) the machine",
  flags: ["-F", "-r"],
  man: `shutdown — ends system operation

  shutdown [-F] [-r]

-F shuts down at once; -r restarts the machine afterwards (as reboot does).
Without -r the machine halts and the lab session ends.
`,
};
