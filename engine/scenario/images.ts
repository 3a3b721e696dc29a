// Scenario images: an ISO 9660 image built into a sparse file (a 419576-block image costs only
// the blocks its files use), or a host file made readable in the lab (--import, a scenario's
// `import:`, which stays inside the scenario's own folder).
import { isAbsolute, posix, relative, resolve } from "node:path";
import { realpathSync, statSync } from "node:fs";
import { buildIso } from "../kernel/fs/iso9660/writer.js";
import { MemNode } from "../kernel/fs/memfs/memfs.js";
import type { Sys } from "../kernel/sys.js";
import type { SessionSetup } from "../session.js";

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

/** a host file that cannot be made readable in the lab (missing, a directory, unreadable, or
 *  outside the folders a scenario may read); `path` is the import as the scenario wrote it */
export class ImportError extends Error {
  override name = "ImportError";
  constructor(
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

function inside(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

function real(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * A scenario's set-up with each `import:` made an absolute host path, checked to be inside the
 * scenario's folder `baseDir` or a folder of `allow` (--allow-import) once symbolic links are
 * resolved: a scenario cannot read `../secret` or `/etc/hostname` into the lab (and `check
 * --update` then write it into the file) unless the person running it says so.
 */
export function confineImports<S extends { images?: Record<string, { iso9660?: IsoSpec; import?: string }> }>(setup: S, baseDir: string | undefined, allow: readonly string[]): S {
  if (!setup.images) return setup;
  const roots = [...(baseDir !== undefined ? [baseDir] : []), ...allow].map((r) => ({ given: resolve(r), real: real(r) }));
  const images: Record<string, { iso9660?: IsoSpec; import?: string }> = {};
  for (const [lab, spec] of Object.entries(setup.images)) {
    if (spec.import === undefined) {
      images[lab] = spec;
      continue;
    }
    const host = resolve(baseDir ?? ".", spec.import);
    const hostReal = real(host);
    // a missing file inside is reported as missing (by importHostFile); outside, as outside
    const ok = hostReal === null ? roots.some((r) => inside(r.given, host)) : roots.some((r) => r.real !== null && inside(r.real, hostReal));
    if (!ok) {
      const where = baseDir !== undefined ? `outside the scenario's folder ${baseDir}` : "a scenario read without its folder imports only from --allow-import folders";
      throw new ImportError(`cannot import ${spec.import}: ${where} (--allow-import DIR allows a folder)`, spec.import);
    }
    images[lab] = { ...spec, import: hostReal ?? host };
  }
  return { ...setup, images };
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

/** a set-up the machine refuses (a file where a directory is, a bad name in an image); `path` is
 *  the set-up's path it was making */
export class SetupError extends Error {
  override name = "SetupError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`setup: cannot make ${path}: ${reason}`);
  }
}

function making(path: string, make: () => void): void {
  try {
    make();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new SetupError(path, (e as Error).message);
  }
}

/** a scenario's set-up made on a booted machine: directories, files, then images */
export function applySetup(sys: Sys, s: SessionSetup, baseDir?: string): void {
  for (const d of s.dirs ?? []) making(d, () => sys.mkdirp(d));
  for (const [path, content] of Object.entries(s.files ?? {})) {
    making(path, () => {
      sys.mkdirp(parentOf(path));
      sys.writeFile(path, content);
    });
  }
  for (const [path, spec] of Object.entries(s.images ?? {})) {
    if (spec.iso9660) making(path, () => writeIsoImage(sys, path, spec.iso9660!));
    else if (spec.import) importHostFile(sys, spec.import.startsWith("/") || !baseDir ? spec.import : `${baseDir}/${spec.import}`, path);
  }
}
