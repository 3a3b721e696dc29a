// A file for each command at its path, so `ls /usr/sbin/loopmount` or `ls /sbin/mount` finds it
// (the lab runs the command itself; the file only has to be there, executable, with a size).
import type { Sys } from "../kernel/sys.js";
import type { CommandDef } from "../userland/types.js";

export function installCommandFiles(sys: Sys, commands: ReadonlyMap<string, CommandDef>, owner: { uid: number; gid: number }): void {
  for (const def of commands.values()) {
    if (!def.path || sys.exists(def.path)) continue;
    const f = sys.open(def.path, { write: true, create: true }, 0o555);
    // a plausible binary size, the same on every boot
    let h = 0;
    for (const c of def.name) h = (h * 31 + c.charCodeAt(0)) % 65521;
    f.vnode.setattr({ size: 4096 + h * 3, uid: owner.uid, gid: owner.gid, mode: 0o555 });
  }
}
