// /etc/fstab as BSD/OS's libc reads it (fstab.c 2.2, getfsent(3)): fields separated by blanks
// (spec, file, vfstype, mntops, freq, passno); "#" starts a comment line; the type (rw, rq, ro,
// sw, xx) is the first two-letter word of mntops that is one; a line of type xx is skipped, and a
// line without mntops or without a type is reported and skipped. Every scan (getfsent from the
// start, getfsfile, getfsspec) reads the file again and reports again.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import { dec } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext } from "../types.js";

export const FSTAB = "/etc/fstab";

export interface FsEntry {
  spec: string;
  file: string;
  vfstype: string;
  mntops: string;
  /** rw, rq, ro or sw */
  type: string;
  freq: number;
  passno: number;
}

/** FSTAB_RW, FSTAB_RQ, FSTAB_RO: the entries mount and umount act on */
export const mountable = (e: FsEntry): boolean => e.type === "rw" || e.type === "rq" || e.type === "ro";

function parseLine(line: string): FsEntry | "skip" | "bad" {
  const f = line.split(/[ \t]+/).filter((w) => w !== "");
  if (f.length === 0 || f[0]!.startsWith("#")) return "skip";
  const [spec, file, vfstype, mntops, freq, passno] = f;
  if (mntops === undefined) return "bad";
  const type = mntops.split(",").find((w) => ["rw", "rq", "ro", "sw", "xx"].includes(w));
  if (type === "xx") return "skip";
  if (type === undefined) return "bad";
  return { spec: spec!, file: file!, vfstype: vfstype!, mntops, type, freq: atoi(freq), passno: atoi(passno) };
}

const atoi = (s: string | undefined): number => (s === undefined ? 0 : Number.parseInt(s, 10) || 0);

/**
 * the entries of /etc/fstab in order, until `stop` accepts one (getfsfile, getfsspec stop at
 * their match); the library's complaints go to standard error as the scan meets them. When the
 * file cannot be opened (reported too): the errno.
 */
export function scanFstab(ctx: CommandContext, stop?: (e: FsEntry) => boolean): FsEntry[] | { errno: Errno } {
  let text: string;
  try {
    text = dec.decode(ctx.sys.readFile(FSTAB));
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "fstab.error", ctx.os.strerror(e.errno));
    return { errno: e.errno };
  }
  const out: FsEntry[] = [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) {
    const e = parseLine(line);
    if (e === "skip") continue;
    if (e === "bad") {
      err(ctx, "fstab.badline");
      continue;
    }
    out.push(e);
    if (stop?.(e)) break;
  }
  return out;
}

/** getfsfile: the entry whose mount point is `name`, as written */
export function getfsfile(ctx: CommandContext, name: string): FsEntry | undefined {
  const all = scanFstab(ctx, (e) => e.file === name);
  return Array.isArray(all) ? all.find((e) => e.file === name) : undefined;
}

/** getfsspec: the entry whose special is `name`, as written */
export function getfsspec(ctx: CommandContext, name: string): FsEntry | undefined {
  const all = scanFstab(ctx, (e) => e.spec === name);
  return Array.isArray(all) ? all.find((e) => e.spec === name) : undefined;
}
