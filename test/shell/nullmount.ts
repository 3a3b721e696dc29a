// The kernel's null layer mounted on a test session's machine (the AIX session: the BSD machine
// registers it for mount_loopback itself): `mount -t null TARGET DIR` as the kernel does it.
import { NullVfs } from "../../engine/kernel/fs/nullfs/index.js";
import type { Mount } from "../../engine/kernel/vfs/mount.js";
import type { Session } from "../../engine/session.js";

export function mountNull(s: Session, target: string, dir: string): Mount {
  const m = s.machine;
  if (!m.fstypes.has("null")) m.fstypes.set("null", (req) => ({ vfs: new NullVfs(m, "null", req.sys.resolve(req.special), { readonly: req.readonly }) }));
  return s.sys.mount({ type: "null", special: target, dir, readonly: false, optionString: "rw", options: [], overlay: true });
}
