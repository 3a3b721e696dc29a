// /etc/fstab as BSD/OS installs it on an IDE disk, and the boot's `mount -a`: every entry but
// the root (the kernel mounted it) mounted in file order through the machine's mount call,
// as rc's mount -a does with getfsent(3). The two lines are those of BSD/OS's
// etc/etc.i386/fstab.sample for wd0 (/ on wd0a, /usr on wd0h, type ufs), uncommented.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Sys } from "../../kernel/sys.js";

export const ETC_FSTAB = "/dev/wd0a\t/\t\tufs\trw \t0 \t1\n/dev/wd0h\t/usr\t\tufs\trw \t0 \t2\n";

export interface FstabEntry {
  spec: string;
  file: string;
  vfstype: string;
  mntops: string;
  freq: number;
  passno: number;
}

/** getfsent(3): the entries of the file, comments and blank lines skipped */
export function parseFstab(text: string): FstabEntry[] {
  const out: FstabEntry[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const [spec, file, vfstype, mntops, freq, passno] = line.trim().split(/[ \t]+/);
    if (!spec || !file || !vfstype) continue;
    out.push({ spec, file, vfstype, mntops: mntops ?? "rw", freq: Number(freq ?? 0), passno: Number(passno ?? 0) });
  }
  return out;
}

/**
 * mount -a at boot: the fstab entries in file order, / left out (already mounted), swap and
 * `xx` entries skipped as getfsent's fs_type tells mount. An entry that fails does not stop the
 * others (mount -a carries on and rc reports it); the errors are returned for the caller.
 */
export function mountFstab(sys: Sys, text: string): { entry: FstabEntry; errno: Errno }[] {
  const failed: { entry: FstabEntry; errno: Errno }[] = [];
  for (const e of parseFstab(text)) {
    const opts = e.mntops.split(",");
    if (e.file === "/" || opts.includes("sw") || opts.includes("xx") || e.vfstype === "swap") continue;
    try {
      sys.mount({
        type: e.vfstype,
        special: e.spec,
        dir: e.file,
        readonly: opts.includes("ro"),
        optionString: e.mntops,
        options: opts.filter((o) => o !== "rw" && o !== "ro"),
        overlay: false,
      });
    } catch (err) {
      if (!isKernelError(err)) throw err;
      failed.push({ entry: e, errno: err.errno });
    }
  }
  return failed;
}
