// The line find -ls writes (AIX 4.1.3 find.c list()): inode, kilobytes, mode, links, owner and
// group (9 wide each), size or major,minor, the date as ctime(3) gives it (day padded with a
// blank; the year for files older than six months or in the future), the path, -> target.
import type { Vattr } from "../../../kernel/vfs/vnode.js";
import { civil, MONTHS, pad2, typeChar } from "../lib.js";

const SIX_MONTHS = 6 * 30 * 24 * 60 * 60;

function modeString(a: Vattr): string {
  const m = a.mode;
  const rwx = (r: number, w: number, x: number, special: number, ch: string) =>
    (m & r ? "r" : "-") + (m & w ? "w" : "-") + (m & special ? ch : m & x ? "x" : "-");
  return typeChar(a.type) + rwx(0o400, 0o200, 0o100, 0o4000, "s") + rwx(0o40, 0o20, 0o10, 0o2000, "s") + rwx(0o4, 0o2, 0o1, 0o1000, "t");
}

function ctimeDate(t: number, now: number): string {
  const c = civil(t);
  const day = `${MONTHS[c.month - 1]} ${String(c.day).padStart(2)}`;
  if (t < now - SIX_MONTHS || t > now) return `${day}  ${c.year}`;
  return `${day} ${pad2(c.hour)}:${pad2(c.minute)}`;
}

export function listLine(
  path: string,
  a: Vattr,
  now: number,
  names: { user(uid: number): string | undefined; group(gid: number): string | undefined },
  link: string | null,
): string {
  const user = names.user(a.uid);
  const group = names.group(a.gid);
  const u = user !== undefined ? user.slice(0, 9).padEnd(9) : String(a.uid).padEnd(9);
  const g = group !== undefined ? group.slice(0, 9).padEnd(9) : String(a.gid).padEnd(9);
  const size = (a.type === "VBLK" || a.type === "VCHR") && a.rdev
    ? `${String(a.rdev.major).padStart(3)},${String(a.rdev.minor).padStart(4)}`
    : String(a.size).padStart(8);
  const kb = Math.ceil((a.blocks * 512) / 1024);
  const tail = a.type === "VLNK" ? ` -> ${link ?? ""}` : "";
  return `${String(a.fileid).padStart(5)} ${String(kb).padStart(4)} ${modeString(a)} ${String(a.nlink).padStart(2)} ${u}${g}${size} ${ctimeDate(a.mtime, now)} ${path}${tail}\n`;
}
