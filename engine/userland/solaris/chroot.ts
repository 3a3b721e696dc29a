// chroot (Solaris /usr/sbin/chroot, illumos usr/src/cmd/chroot/chroot.c): the command runs with
// newroot as its root directory. The program calls chroot(2), chdir("/") and then execv — not
// execvp: the command is a path looked up from the new root, and a bare name is a file in the new
// root's top directory. lofs(7FS): "Loopback mounts of '/' can be performed in conjunction with
// the chroot(2) system call, to provide a complete virtual file system to a process or family of
// processes."
import type { Co } from "../../kernel/proc/wait.js";
import { resolve } from "../common/child.js";
import { err, errnoOf } from "../common/msg.js";
import { osStatus } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";

function* run(ctx: CommandContext): Co<number> {
  const [, newroot, command] = ctx.argv;
  if (newroot === undefined || command === undefined) {
    err(ctx, "chroot.usage");
    return 1;
  }
  try {
    ctx.sys.chroot(newroot);
  } catch (e) {
    err(ctx, "chroot.perror", newroot, ctx.os.strerror(errnoOf(e)));
    return 1;
  }
  try {
    ctx.sys.chdir("/");
  } catch {
    err(ctx, "chroot.nochdir");
    return 1;
  }
  // execv: the path as given, from the new root's top directory
  const argv = ctx.argv.slice(2);
  const r = resolve(ctx, [command.includes("/") ? command : `./${command}`, ...argv.slice(1)]);
  if (!("def" in r)) {
    // perror("chroot: exec failed")
    err(ctx, "chroot.execfailed", ctx.os.strerror(r.errno));
    return 1;
  }
  ctx.machine.sched.exec(ctx.sys.proc, argv, r.def.path ?? command);
  const out = r.def.run({ ...ctx, argv: [command, ...r.argv.slice(1)] });
  return osStatus(ctx.os.formats, r.def.name, typeof out === "number" ? out : yield* out);
}

const man = `chroot Command

Purpose
       Changes the root directory for a command.

Syntax
       chroot newroot command [arg ...]

Description
       The chroot command causes command to be executed relative to newroot.
       The meaning of any initial slashes (/) in the path names is changed to
       newroot for command and any of its child processes. Upon execution, the
       initial working directory is newroot.

       The command is a path name, looked up from newroot: a name without a
       slash is a file in newroot's top directory (chroot calls execv, not
       execvp).

       With a loopback mount of / (mount -F lofs / /tmp/newroot), chroot gives
       a process a complete virtual file system.

Exit Status
       The exit status of command; 1 when chroot cannot change the root, or
       cannot run command:
            usage: chroot rootdir command [arg ...]
            chroot("newroot"): No such file or directory
            chroot: exec failed: No such file or directory

Examples
       mount -F lofs / /tmp/newroot
       chroot /tmp/newroot /usr/bin/ls /tmp/newroot
`;

export const chroot: CommandDef = {
  name: "chroot",
  path: "/usr/sbin/chroot",
  summary: "Changes the root directory for a command.",
  run,
  man,
};
