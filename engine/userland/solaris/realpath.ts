// realpath(3C) of Solaris: as 4.4BSD's (engine/userland/bsd/realpath.ts) but a last component that
// does not exist is an error too (ENOENT), as libc's resolvepath-based realpath answers it; so is
// an empty name.
import type { Sys } from "../../kernel/sys.js";
import { realpath as bsdRealpath, type Realpath } from "../bsd/realpath.js";

export function realpath(sys: Sys, path: string): Realpath {
  // an empty name is no file (resolvepath: ENOENT), not the current directory
  if (path === "") return { ok: false, errno: "ENOENT", resolved: "" };
  const r = bsdRealpath(sys, path);
  if (r.ok && !sys.exists(r.path)) return { ok: false, errno: "ENOENT", resolved: r.path };
  return r;
}
