// The MNT_ flags the BSD mount programs hand to mount(2), by name ("rdonly", "nodev", "update"
// …, as mntopts.ts's getmntopts sets them), and how mount(8) lists a mount's flags: the words of
// BSD/OS's optnames[] (mount.c 2.17), in that order.
import type { Mount } from "../../kernel/vfs/mount.js";
import { getmntopts, STDOPTS, type MntOpt } from "./mntopts.js";

/** MOPT_ASYNC, MOPT_SYNC, MOPT_FORCE, MOPT_UPDATE, MOPT_SOFTRDONLY of mntopts.h */
export const MOPT_ASYNC: MntOpt = { name: "async", flag: "async" };
export const MOPT_SYNC: MntOpt = { name: "sync", flag: "synchronous" };
export const MOPT_FORCE: MntOpt = { name: "force", flag: "force" };
export const MOPT_UPDATE: MntOpt = { name: "update", flag: "update" };
export const MOPT_SOFTRDONLY: MntOpt = { name: "softrdonly", flag: "softrdonly" };

/** the flags a mount keeps (the others steer the call: force, update, a program's own) */
const KEPT = new Set(["rdonly", "nodev", "noexec", "nosuid", "union", "noatime", "async", "synchronous", "softrdonly"]);

/** what the mount table keeps of a call's flags: the option string and the flags by name */
export function kept(flags: ReadonlySet<string>): { optionString: string; names: string[] } {
  const names = [...flags].filter((f) => KEPT.has(f));
  return { optionString: names.map((f) => (f === "rdonly" ? "ro" : f)).join(","), names };
}

/** optnames[] of mount.c 2.17: the flag, and the catalog id of its word in a listing */
export const FLAG_WORDS: readonly [string, string][] = [
  ["async", "mount.flag.async"],
  ["exported", "mount.flag.exported"],
  ["local", "mount.flag.local"],
  ["noatime", "mount.flag.noatime"],
  ["nodev", "mount.flag.nodev"],
  ["noexec", "mount.flag.noexec"],
  ["nosuid", "mount.flag.nosuid"],
  ["quota", "mount.flag.quota"],
  ["rdonly", "mount.flag.rdonly"],
  ["synchronous", "mount.flag.sync"],
  ["union", "mount.flag.union"],
  ["uniondir", "mount.flag.uniondir"],
  ["softdep", "mount.flag.softdep"],
  ["softrdonly", "mount.flag.softrdonly"],
];

/** file systems that do not set MNT_LOCAL (no disk of this machine behind them) */
const NOT_LOCAL = new Set(["procfs", "kernfs", "fdesc", "nfs", "portal"]);

/**
 * f_flags of a mount: the flags its program passed (kept in the mount's data; for a mount made
 * otherwise, its option string read word by word), read-only when its file system is, and local
 * for a disk file system or a layer over one (null_mount copies MNT_LOCAL from below).
 */
export function mountFlags(m: Mount): Set<string> {
  const given = m.data?.["flags"];
  let flags = new Set<string>();
  if (Array.isArray(given)) flags = new Set(given.map(String));
  else {
    const table = [...STDOPTS, MOPT_ASYNC, MOPT_SYNC, MOPT_SOFTRDONLY];
    for (const w of m.options.split(",")) getmntopts(w, table, flags);
  }
  if (m.vfs.readonly) flags.add("rdonly");
  if (!NOT_LOCAL.has(m.vfs.type)) flags.add("local");
  return flags;
}
