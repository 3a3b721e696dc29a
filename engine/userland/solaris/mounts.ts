// The Solaris commands that mount, unmount and list file systems and attach lofi devices:
// mount, umount, df, mountall, lofiadm, newfs (helper "solmount" fills this list).
import type { CommandDef } from "../types.js";

export function solarisMountCommands(): CommandDef[] {
  return [];
}
