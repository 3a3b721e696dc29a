// The BSD commands that mount, unmount and list file systems and configure vnode disks: mount,
// mount_cd9660, umount, df, vndconfig. (mount_loopback and mount_umap are in layers.ts.)
import type { CommandDef } from "../types.js";
import { df } from "./df.js";
import { mount } from "./mount.js";
import { mountCd9660 } from "./mount_cd9660.js";
import { umount } from "./umount.js";
import { vndconfig } from "./vndconfig.js";

export function bsdMountCommands(): CommandDef[] {
  return [mount, mountCd9660, umount, df, vndconfig];
}
