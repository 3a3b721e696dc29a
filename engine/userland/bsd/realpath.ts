// realpath(3) as 4.4BSD's libc does it (lib/libc/stdlib/realpath.c): chdir to the directory
// part, lstat the last component (a symbolic link is read and the loop starts again; a
// directory is entered), then getcwd and append what is left of the last component. A last
// component that does not exist is no error — it is appended to the directory's path — but a
// directory part that cannot be entered is, and then the buffer holds that directory part:
// that is the name err(3) prints (`mount_loopback: /a/b: No such file or directory`).
import { isKernelError, kerr, type Errno } from "../../kernel/errno.js";
import type { Sys } from "../../kernel/sys.js";

const MAXSYMLINKS = 32;

export type Realpath = { ok: true; path: string } | { ok: false; errno: Errno; resolved: string };

export function realpath(sys: Sys, path: string): Realpath {
  const p = sys.proc;
  const saved = p.cwd;
  let resolved = path;
  try {
    for (let links = 0; ; ) {
      const slash = resolved.lastIndexOf("/");
      let last = resolved;
      if (slash >= 0) {
        last = resolved.slice(slash + 1);
        let dir = slash === 0 ? "/" : resolved.slice(0, slash).replace(/\/+$/, "");
        if (dir === "") dir = "/";
        if (dir !== "/") resolved = dir;
        sys.chdir(dir);
      }
      if (last !== "") {
        let a;
        try {
          a = sys.lstat(last);
        } catch {
          a = null;
        }
        if (a?.type === "VLNK") {
          if (++links > MAXSYMLINKS) throw kerr("ELOOP");
          resolved = sys.readlink(last);
          continue;
        }
        if (a?.type === "VDIR") {
          sys.chdir(last);
          last = "";
        }
      }
      const cwd = sys.getcwd();
      if (last === "") return { ok: true, path: cwd };
      return { ok: true, path: (cwd === "/" ? "" : cwd) + "/" + last };
    }
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return { ok: false, errno: e.errno, resolved };
  } finally {
    p.cwd = saved;
  }
}
