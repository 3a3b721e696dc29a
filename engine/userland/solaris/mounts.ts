// The Solaris commands that mount, unmount and list file systems and attach lofi devices:
// mount, umount, df, mountall, umountall, lofiadm, mkfile, newfs, mkfs.
import type { CommandDef } from "../types.js";
import { df } from "./df.js";
import { lofiadm } from "./lofiadm.js";
import { mkfile } from "./mkfile.js";
import { mkfs } from "./mkfs.js";
import { mount } from "./mount.js";
import { mountall } from "./mountall.js";
import { newfs } from "./newfs.js";
import { umount } from "./umount.js";
import { umountall } from "./umountall.js";

export function solarisMountCommands(): CommandDef[] {
  return [mount, umount, df, mountall, umountall, lofiadm, mkfile, newfs, mkfs];
}
