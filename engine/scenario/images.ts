// Scenario images: an ISO 9660 image built into a sparse file (a 419576-block image costs only
// the blocks its files use), or a host file made readable in the lab (--import).
import { posix } from "node:path";
import { statSync } from "node:fs";
import { buildIso } from "../kernel/fs/iso9660/writer.js";
import { MemNode } from "../kernel/fs/memfs/memfs.js";
import type { Sys } from "../kernel/sys.js";

export interface IsoSpec {
  volume: string;
  blocks?: number;
  files?: Record<string, string>;
  dirs?: string[];
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/")) || "/";
}

export function writeIsoImage(sys: Sys, path: string, spec: IsoSpec): void {
  sys.mkdirp(parentOf(path));
  const img = buildIso({
    volume: spec.volume,
    ...(spec.blocks !== undefined ? { blocks: spec.blocks } : {}),
    files: spec.files ?? {},
    ...(spec.dirs ? { dirs: spec.dirs } : {}),
    mtime: sys.machine.clock.now(),
  });
  const f = sys.open(path, { write: true, create: true, trunc: true }, 0o644);
  for (const c of img.chunks) f.vnode.write(c.offset, c.data);
  f.vnode.setattr({ size: img.size });
}

/** a host file that cannot be made readable in the lab (missing, a directory, unreadable) */
export class ImportError extends Error {
  override name = "ImportError";
}

/** make a host file readable (read-only, lazily) at a lab path; nothing is copied */
export function importHostFile(sys: Sys, hostPath: string, asTyped: string): void {
  // /q/../tmp is /tmp: the path is read as the lab would name it, so no stray /q is made and a
  // directory reached through .. is refused like any other
  const labPath = asTyped.startsWith("/") ? posix.normalize(asTyped) : asTyped;
  let st;
  try {
    st = statSync(hostPath);
  } catch {
    throw new ImportError(`cannot import ${hostPath}: no such file`);
  }
  if (!st.isFile()) throw new ImportError(`cannot import ${hostPath}: not a regular file`);
  if (!labPath.startsWith("/")) throw new ImportError(`cannot import to ${labPath}: the lab path must be absolute`);
  const name = labPath.slice(labPath.lastIndexOf("/") + 1);
  // onto a directory (/, /tmp) or a device, a fifo, a link: refused; a regular file is replaced
  let there: string | null = null;
  try {
    there = sys.lstat(labPath).type;
  } catch {
    there = null;
  }
  if (name === "" || name === "." || name === ".." || there === "VDIR") throw new ImportError(`cannot import to ${labPath}: a directory; name the file (HOST_PATH:/dir/name)`);
  if (there !== null && there !== "VREG") throw new ImportError(`cannot import to ${labPath}: not a regular file`);
  let dir;
  try {
    sys.mkdirp(parentOf(labPath));
    dir = sys.resolve(parentOf(labPath));
  } catch {
    dir = null;
  }
  if (dir === null || dir.getattr().type !== "VDIR") throw new ImportError(`cannot import to ${labPath}: ${parentOf(labPath)} is not a directory`);
  if (!(dir instanceof MemNode)) throw new ImportError(`cannot import to ${labPath}: a read-only file system`);
  if (there !== null) sys.unlink(labPath);
  dir.createHostFile(name, hostPath);
}
