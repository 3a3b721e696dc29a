// The BSD commands that mount, unmount and list file systems and configure vnode disks: mount,
// umount, df, vnconfig (helper "bsdmount" fills this list).
import type { CommandDef } from "../types.js";

export function bsdMountCommands(): CommandDef[] {
  return [];
}
