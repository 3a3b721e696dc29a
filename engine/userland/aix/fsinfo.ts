// What lsfs, crfs and chfs share: finding a stanza of /etc/filesystems, the sizes of a jfs2 file
// system and its logical volume, the names AIX canonizes, and the size values -a size= takes.
import type { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { LV_MAJOR, lvmOf } from "../../os/aix/lvm.js";
import { PP_BLOCKS, type LogicalVolume } from "../../os/aix/vg.js";
import { errnoOf } from "../common/msg.js";
import type { CommandContext } from "../types.js";
import { readStanzas, type Stanza } from "./stanzas.js";

export const FILESYSTEMS = "/etc/filesystems";

/** the vfs types /etc/vfs names on 7.2 (lsfs -v and crfs -v know them) */
export const KNOWN_VFS = ["jfs2", "namefs", "nfs", "jfs", "cdrfs", "procfs", "sfs", "cachefs", "nfs3", "nfs4", "autofs", "udfs", "stnfs", "ahafs"];

export const stanzasOf = (ctx: CommandContext): Stanza[] => readStanzas(ctx.sys, FILESYSTEMS);

/** a name made absolute against the current directory, without a trailing slash (absolute_and_canonize) */
export function canon(ctx: CommandContext, name: string): string {
  let p = name.startsWith("/") ? name : `${ctx.sys.getcwd().replace(/\/$/, "")}/${name}`;
  p = p.replace(/\/+/g, "/");
  return p.length > 1 ? p.replace(/\/$/, "") : p;
}

/** stanza_lookup(MATCH_EITHER): by mount point, else the first whose dev is the name */
export function findStanza(stanzas: Stanza[], name: string): Stanza | undefined {
  return stanzas.find((s) => s.name === name) ?? stanzas.find((s) => s.attrs.dev === name);
}

/** the logical volume and its file system behind a /dev name, when it is one of rootvg's */
export function lvOf(ctx: CommandContext, dev: string): { lv: LogicalVolume; fs: MemVfs | null } | null {
  try {
    const a = ctx.sys.stat(dev);
    if (a.type !== "VBLK" || !a.rdev || a.rdev.major !== LV_MAJOR) return null;
    const lvm = lvmOf(ctx.machine);
    const lv = lvm.vg.lvs.find((l) => l.minor === a.rdev!.minor);
    return lv ? { lv, fs: lvm.filesystem(lv.minor) } : null;
  } catch (e) {
    errnoOf(e);
    return null;
  }
}

/** a jfs2 file system's size and its volume's, in 512-byte blocks (0 when neither is known) */
export function jfs2Sizes(ctx: CommandContext, dev: string): { fs: number; lv: number } {
  const found = lvOf(ctx, dev);
  if (found) return { fs: found.fs?.size() ?? 0, lv: found.lv.pps.length * PP_BLOCKS };
  const mounted = ctx.machine.mounts.all().find((m) => m.special === dev);
  if (!mounted || mounted.vfs.type !== "jfs2") return { fs: 0, lv: 0 };
  const blocks = mounted.vfs.statfs().blocks * 8;
  return { fs: blocks, lv: blocks };
}

/**
 * -a size=: 512-byte blocks, or with M or G megabytes and gigabytes; a leading + or - is relative
 * to the present size. null for anything else.
 */
export function parseSize(value: string, current: number): number | null {
  const m = /^([+-]?)(\d+)([MG]?)$/.exec(value);
  if (!m) return null;
  const n = Number(m[2]) * (m[3] === "G" ? 2097152 : m[3] === "M" ? 2048 : 1);
  return m[1] === "+" ? current + n : m[1] === "-" ? current - n : n;
}

/** what the rows print for mount and account: yes for true (and automatic) */
export const yesNo = (v: string | undefined, automatic = false): string =>
  v === "true" || (automatic && v === "automatic") ? "yes" : "no";
