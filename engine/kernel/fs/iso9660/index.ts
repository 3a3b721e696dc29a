// A read-only ISO 9660 file system (AIX cdrfs, Solaris hsfs, BSD cd9660) that reads its image
// through a BlockDevice, a few sectors at a time: the volume descriptors at mount, then each
// directory's extent when it is first looked into (and kept), and file data on demand. Rock Ridge
// (SUSP SP/CE, NM, PX, PN, SL, TF, CL/RE) wins when present; otherwise Joliet (UCS-2 names);
// otherwise the plain ISO names, shown as stored: upper case, without ";1" and a trailing ".".
//
// fileid, as FreeBSD's cd9660 numbers its inodes: the byte position of the file's directory record
// on the device; for a directory the byte position of its extent (where its "." record is).
import type { BlockDevice } from "../../dev/blockdev.js";
import { isKernelError, kerr } from "../../errno.js";
import type { DirEntry, FsContext, SetAttr, Statfs, Vattr, Vfs, Vnode, VType } from "../../vfs/vnode.js";
import {
  FLAG_ASSOCIATED, FLAG_DIRECTORY, FLAG_MULTI_EXTENT, MIN_RECORD, SECTOR, S_IFBLK, S_IFCHR, S_IFIFO,
  S_IFLNK, S_IFMT, VD_PRIMARY, VD_START, VD_SUPPLEMENTARY, VD_TERMINATOR, ascii, decodeRecord,
  isDotOrDotDot, isoName, le16, le32, parseSusp, u8, type RawRecord, type RockRidge,
} from "./format.js";

export interface Iso9660Options {
  /** the vfs type name the OS uses: "cdrfs" (AIX), "hsfs" (Solaris), "cd9660" (BSD) */
  type: string;
  /** ignore Rock Ridge (BSD mount_cd9660 -r, Solaris -o nrr) */
  norrip?: boolean;
  /** ignore Joliet (BSD mount_cd9660 -j, Solaris -o nojoliet) */
  nojoliet?: boolean;
  /** show plain ISO names in lower case (what BSD and Solaris do by default; AIX does not) */
  maplcase?: boolean;
  /** statfs counts no files (4.4BSD cd9660_statfs: f_files = f_ffree = 0); by default the
   *  volume's blocks stand for its files, as AIX cdrfs reports them */
  noFileCounts?: boolean;
  /** the file system's id when the OS knows it already (Solaris: the device's own dev_t);
   *  otherwise the machine hands out a new one */
  fsid?: number;
}

const utf8 = new TextEncoder();

/** a directory larger than this is taken for damage */
const MAX_DIR_BYTES = 32 * 1024 * 1024;
/** volume descriptors looked at before giving up on finding the terminator */
const MAX_DESCRIPTORS = 64;

interface Extent {
  /** byte position on the device */
  start: number;
  /** bytes */
  length: number;
}

/** everything known about one file, decoded from its directory record */
interface NodeInfo {
  fileid: number;
  type: VType;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atime: number;
  mtime: number;
  ctime: number;
  extents: Extent[];
  target: string | null;
  rdev: { major: number; minor: number } | null;
  /** a Rock Ridge CL placeholder: the directory lives at this logical block (size read on demand) */
  childLink: number | null;
  /** device byte position of the directory record that names this file (-1 for the root) */
  recordPos: number;
}

interface DirSlot {
  name: string;
  info: NodeInfo;
}

export class Iso9660Vfs implements Vfs {
  readonly readonly = true;
  readonly fsid: number;
  /** the volume identifier from the primary volume descriptor, trailing blanks removed */
  readonly label: string;
  /** "rockridge", "joliet" or "iso9660": which name space is shown */
  readonly namespace: "rockridge" | "joliet" | "iso9660";
  /** logical block size from the primary volume descriptor */
  readonly logicalBlockSize: number;
  /** volume space size in logical blocks */
  readonly volumeBlocks: number;

  /** bytes on the device, read once at mount */
  readonly devSize: number;
  private readonly cache = new Map<number, IsoVnode>();
  private readonly rootNode: IsoVnode;
  /** bytes to skip at the start of every System Use area, or null without Rock Ridge */
  readonly suspSkip: number | null;
  readonly joliet: boolean;
  readonly maplcase: boolean;
  private readonly noFileCounts: boolean;

  constructor(readonly dev: BlockDevice, ctx: FsContext, readonly type: string, opts: Iso9660Options) {
    this.devSize = Math.max(0, Math.floor(dev.size()));
    this.maplcase = opts.maplcase === true;
    this.noFileCounts = opts.noFileCounts === true;

    // the volume descriptor set
    let pvd: Uint8Array | null = null;
    let svd: Uint8Array | null = null;
    for (let i = 0; i < MAX_DESCRIPTORS; i++) {
      const pos = (VD_START + i) * SECTOR;
      if (pos + SECTOR > this.devSize) break;
      const vd = this.devRead(pos, SECTOR);
      if (vd.length < SECTOR || ascii(vd, 1, 5) !== "CD001") break;
      const t = vd[0]!;
      if (t === VD_TERMINATOR) break;
      if (t === VD_PRIMARY && !pvd) pvd = vd;
      else if (t === VD_SUPPLEMENTARY && !svd && isJolietEscape(vd)) svd = vd;
    }
    if (!pvd) throw kerr("EFORMAT", "iso9660: no primary volume descriptor");
    const bs = le16(pvd, 128);
    if (bs !== 512 && bs !== 1024 && bs !== 2048) throw kerr("EFORMAT", "iso9660: bad logical block size");
    const volumeBlocks = le32(pvd, 80);
    if (volumeBlocks === 0) throw kerr("EFORMAT", "iso9660: empty volume");
    this.logicalBlockSize = bs;
    this.volumeBlocks = volumeBlocks;
    this.label = ascii(pvd, 40, 32).replace(/[ \0]+$/, "");

    const pvdRoot = rootRecord(pvd);
    if (!pvdRoot) throw kerr("EFORMAT", "iso9660: bad root directory record");

    // Rock Ridge: an SP entry at the start of the root's "." record (or after 14 bytes of CD-XA data)
    let suspSkip: number | null = null;
    let rootRR: RockRidge | null = null;
    if (!opts.norrip) {
      const dot = this.firstRecord(this.dataStart(pvdRoot));
      const su = dot.systemUse;
      for (const base of [0, 14]) {
        if (u8(su, base) === 0x53 && u8(su, base + 1) === 0x50 && u8(su, base + 4) === 0xbe && u8(su, base + 5) === 0xef) {
          const rr = parseSusp(su, base, bs, this.readExact);
          if (rr.rrip) {
            suspSkip = base + u8(su, base + 6);
            rootRR = rr;
          }
          break;
        }
      }
    }
    let root = pvdRoot;
    let joliet = false;
    if (suspSkip === null && svd && !opts.nojoliet) {
      const jroot = rootRecord(svd);
      if (jroot) {
        root = jroot;
        joliet = true;
      }
    }
    this.suspSkip = suspSkip;
    this.joliet = joliet;
    this.namespace = suspSkip !== null ? "rockridge" : joliet ? "joliet" : "iso9660";

    this.fsid = opts.fsid ?? ctx.newFsid();
    const info = this.nodeInfo(root, rootRR, this.dataStart(root), -1);
    if (info.type !== "VDIR") throw kerr("EFORMAT", "iso9660: root is not a directory");
    this.rootNode = new IsoVnode(this, info, null);
    this.cache.set(info.fileid, this.rootNode);
  }

  root(): Vnode {
    return this.rootNode;
  }

  statfs(): Statfs {
    const files = this.noFileCounts ? 0 : this.volumeBlocks;
    return { bsize: SECTOR, blocks: this.volumeBlocks, bfree: 0, bavail: 0, files, ffree: 0 };
  }

  unmount(): void {
    this.cache.clear();
    this.cache.set(this.rootNode.info.fileid, this.rootNode);
  }

  // --- device access -----------------------------------------------------------------------

  private devRead(pos: number, len: number): Uint8Array {
    try {
      return this.dev.read(pos, len);
    } catch (e) {
      if (isKernelError(e)) throw e;
      throw kerr("EIO", "iso9660: device read failed");
    }
  }

  /** exactly `len` bytes at byte `pos`, or EIO: a range past the device end is never read */
  readonly readExact = (pos: number, len: number): Uint8Array => {
    if (!Number.isSafeInteger(pos) || !Number.isSafeInteger(len) || pos < 0 || len < 0 || pos + len > this.devSize) {
      throw kerr("EIO", "iso9660: read past the end of the device");
    }
    if (len === 0) return new Uint8Array(0);
    const data = this.devRead(pos, len);
    if (data.length < len) throw kerr("EIO", "iso9660: short read");
    return data.length === len ? data : data.subarray(0, len);
  };

  private dataStart(rec: RawRecord): number {
    return (rec.extent + rec.extAttrLen) * this.logicalBlockSize;
  }

  /** the first directory record of the directory whose data starts at `pos` (its ".") */
  private firstRecord(pos: number): RawRecord {
    const len = Math.min(SECTOR, this.devSize - pos);
    if (len < MIN_RECORD) throw kerr("EIO", "iso9660: directory past the end of the device");
    const rec = decodeRecord(this.readExact(pos, len), 0);
    if (!rec) throw kerr("EIO", "iso9660: bad directory record");
    return rec;
  }

  // --- decoding ----------------------------------------------------------------------------

  /** interprets one directory record; `fileid` is its position (the extent for directories) */
  nodeInfo(rec: RawRecord, rr: RockRidge | null, fileid: number, recordPos: number): NodeInfo {
    const isDir = (rec.flags & FLAG_DIRECTORY) !== 0;
    const px = rr?.px;
    const fmt = px ? px.mode & S_IFMT : 0;
    let type: VType = "VREG";
    let childLink: number | null = null;
    if (isDir) type = "VDIR";
    else if (rr?.childLink !== undefined) {
      type = "VDIR";
      childLink = rr.childLink;
      fileid = childLink * this.logicalBlockSize;
    } else if (rr?.symlink !== undefined || fmt === S_IFLNK) type = "VLNK";
    else if (fmt === S_IFBLK) type = "VBLK";
    else if (fmt === S_IFCHR) type = "VCHR";
    else if (fmt === S_IFIFO) type = "VFIFO";

    const target = type === "VLNK" ? rr?.symlink ?? "" : null;
    const size = type === "VLNK" ? utf8.encode(target ?? "").length
      : type === "VDIR" || type === "VREG" ? rec.dataLength : 0;
    let rdev: NodeInfo["rdev"] = null;
    if (type === "VBLK" || type === "VCHR") {
      const pn = rr?.pn;
      if (!pn) rdev = { major: 0, minor: 0 };
      else if (pn.high !== 0) rdev = { major: pn.high, minor: pn.low };
      else rdev = { major: (pn.low >>> 8) & 0xfff, minor: (pn.low & 0xff) | ((pn.low >>> 12) & 0xfff00) };
    }
    const mtime = rr?.mtime ?? rec.time;
    return {
      fileid,
      type,
      mode: px ? px.mode & 0o7777 : 0o555,
      nlink: px ? px.nlink : isDir ? 2 : 1,
      uid: px ? px.uid : 0,
      gid: px ? px.gid : 0,
      size,
      atime: rr?.atime ?? mtime,
      mtime,
      ctime: rr?.ctime ?? mtime,
      extents: type === "VDIR" || type === "VREG" ? [{ start: this.dataStart(rec), length: rec.dataLength }] : [],
      target,
      rdev,
      childLink,
      recordPos,
    };
  }

  /** reads and decodes a whole directory */
  readDirectory(dir: NodeInfo): DirSlot[] {
    const ext = dir.extents[0];
    if (!ext || ext.length === 0) return [];
    if (ext.length > MAX_DIR_BYTES) throw kerr("EIO", "iso9660: directory too large");
    const data = this.readExact(ext.start, ext.length);
    const slots: DirSlot[] = [];
    let pending: DirSlot | null = null;
    let off = 0;
    while (off < data.length) {
      const len = data[off]!;
      if (len === 0) {
        off = (Math.floor(off / SECTOR) + 1) * SECTOR; // the rest of this sector is padding
        continue;
      }
      const rec = decodeRecord(data, off);
      if (!rec) throw kerr("EIO", "iso9660: corrupt directory record");
      off += len;
      if (isDotOrDotDot(rec.ident) || rec.flags & FLAG_ASSOCIATED) continue;
      const rr = this.suspSkip !== null ? parseSusp(rec.systemUse, this.suspSkip, this.logicalBlockSize, this.readExact) : null;
      if (rr?.relocated) continue; // reachable through its CL placeholder
      let name = rr?.name ?? isoName(rec.ident, this.joliet);
      if (this.maplcase && this.namespace === "iso9660") name = name.toLowerCase();
      if (name === "" || name === "." || name === ".." || name.includes("/") || name.includes("\0")) continue;

      const isDir = (rec.flags & FLAG_DIRECTORY) !== 0;
      if (pending) {
        if (pending.name === name && !isDir) {
          // the next section of a multi-extent file
          pending.info.extents.push({ start: this.dataStart(rec), length: rec.dataLength });
          pending.info.size += rec.dataLength;
          if (!(rec.flags & FLAG_MULTI_EXTENT)) {
            slots.push(pending);
            pending = null;
          }
          continue;
        }
        slots.push(pending); // a chain that ends without a final section: keep what there is
        pending = null;
      }
      const fileid = isDir ? this.dataStart(rec) : ext.start + rec.offset;
      const slot: DirSlot = { name, info: this.nodeInfo(rec, rr, fileid, ext.start + rec.offset) };
      if (!isDir && slot.info.type === "VREG" && rec.flags & FLAG_MULTI_EXTENT) pending = slot;
      else slots.push(slot);
    }
    if (pending) slots.push(pending);
    return slots;
  }

  /**
   * The one vnode of a file. A directory is named by exactly one directory record, inside exactly
   * one parent: a second record naming the same extent (a hard-linked directory), or the same record
   * seen through another directory (overlapping extents, a cycle), is damage. So the directories
   * form a tree, every walk of it ends and visits each directory once.
   */
  vnodeFor(info: NodeInfo, parent: IsoVnode): IsoVnode {
    const existing = this.cache.get(info.fileid);
    if (existing) {
      if (existing.type !== info.type) throw kerr("EIO", "iso9660: two files share one position");
      if (
        existing.type === "VDIR" &&
        (existing === parent || existing.parent !== parent || existing.info.recordPos !== info.recordPos)
      ) {
        throw kerr("EIO", "iso9660: directory cycle or linked directory");
      }
      return existing;
    }
    let node = info;
    if (info.childLink !== null) {
      // a relocated directory: its size is in the "." record at the start of its extent
      const start = info.childLink * this.logicalBlockSize;
      const dot = this.firstRecord(start);
      node = { ...info, size: dot.dataLength, extents: [{ start, length: dot.dataLength }] };
    }
    const vn = new IsoVnode(this, node, node.type === "VDIR" ? parent : null);
    this.cache.set(node.fileid, vn);
    return vn;
  }
}

function isJolietEscape(vd: Uint8Array): boolean {
  // escape sequences %/@ (level 1), %/C (level 2), %/E (level 3) in bytes 88..119
  for (let i = 88; i + 2 < 120; i++) {
    if (vd[i] === 0x25 && vd[i + 1] === 0x2f && (vd[i + 2] === 0x40 || vd[i + 2] === 0x43 || vd[i + 2] === 0x45)) return true;
  }
  return false;
}

function rootRecord(vd: Uint8Array): RawRecord | null {
  const rec = decodeRecord(vd.subarray(156, 190), 0);
  if (!rec || !(rec.flags & FLAG_DIRECTORY)) return null;
  return rec;
}

export class IsoVnode implements Vnode {
  readonly type: VType;
  private slots: DirSlot[] | null = null;
  private index: Map<string, DirSlot> | null = null;

  /** for a directory, the directory it was found in (the root's parent is the root) */
  readonly parent: IsoVnode;

  constructor(readonly vfs: Iso9660Vfs, readonly info: NodeInfo, parent: IsoVnode | null) {
    this.type = info.type;
    this.parent = parent ?? this;
  }

  private dir(): DirSlot[] {
    if (this.type !== "VDIR") throw kerr("ENOTDIR");
    if (!this.slots) {
      // a name appears once (the first record wins), so readdir never lists what lookup cannot reach
      const index = new Map<string, DirSlot>();
      for (const s of this.vfs.readDirectory(this.info)) if (!index.has(s.name)) index.set(s.name, s);
      this.slots = [...index.values()];
      this.index = index;
    }
    return this.slots;
  }

  lookup(name: string): Vnode {
    this.dir();
    if (name === "..") return this.parent;
    if (name === ".") return this;
    const slot = this.index!.get(name);
    if (!slot) throw kerr("ENOENT");
    return this.vfs.vnodeFor(slot.info, this);
  }

  getattr(): Vattr {
    const i = this.info;
    return {
      type: i.type,
      mode: i.mode,
      nlink: i.nlink,
      uid: i.uid,
      gid: i.gid,
      size: i.size,
      blocks: Math.ceil(i.size / 512),
      blksize: SECTOR,
      fsid: this.vfs.fsid,
      fileid: i.fileid,
      rdev: i.rdev ? { ...i.rdev } : null,
      atime: i.atime,
      mtime: i.mtime,
      ctime: i.ctime,
    };
  }

  readdir(): DirEntry[] {
    return this.dir().map((s) => ({ name: s.name, fileid: s.info.fileid, type: s.info.type }));
  }

  read(offset: number, length: number): Uint8Array {
    if (this.type === "VDIR") throw kerr("EISDIR");
    if (this.type !== "VREG") throw kerr("EINVAL");
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) throw kerr("EINVAL");
    const size = this.info.size;
    if (offset >= size || length === 0) return new Uint8Array(0);
    const end = Math.min(size, offset + length);
    // find the pieces first, so a damaged extent is EIO before anything is allocated
    const pieces: { pos: number; len: number; at: number }[] = [];
    let logical = 0;
    for (const ext of this.info.extents) {
      const s = Math.max(offset, logical);
      const e = Math.min(end, logical + ext.length);
      if (s < e) {
        const pos = ext.start + (s - logical);
        if (pos + (e - s) > this.vfs.devSize) throw kerr("EIO", "iso9660: file data past the end of the device");
        pieces.push({ pos, len: e - s, at: s - offset });
      }
      logical += ext.length;
      if (logical >= end) break;
    }
    const out = new Uint8Array(end - offset);
    for (const p of pieces) out.set(this.vfs.readExact(p.pos, p.len), p.at);
    return out;
  }

  readlink(): string {
    if (this.type !== "VLNK" || this.info.target === null) throw kerr("EINVAL");
    return this.info.target;
  }

  setattr(_attrs: SetAttr): void {
    throw kerr("EROFS");
  }
  write(_offset: number, _data: Uint8Array): number {
    throw kerr("EROFS");
  }
  create(_name: string, _mode: number): Vnode {
    throw kerr("EROFS");
  }
  mkdir(_name: string, _mode: number): Vnode {
    throw kerr("EROFS");
  }
  mknod(_name: string, _type: "VBLK" | "VCHR", _mode: number, _rdev: { major: number; minor: number }): Vnode {
    throw kerr("EROFS");
  }
  remove(_name: string): void {
    throw kerr("EROFS");
  }
  rmdir(_name: string): void {
    throw kerr("EROFS");
  }
  rename(_fromName: string, _toDir: Vnode, _toName: string): void {
    throw kerr("EROFS");
  }
  symlink(_name: string, _target: string): Vnode {
    throw kerr("EROFS");
  }
  link(_name: string, _target: Vnode): void {
    throw kerr("EROFS");
  }
}

/** mounts the ISO 9660 image on `dev`; throws EFORMAT when it holds none, EIO when it is damaged */
export function mountIso9660(dev: BlockDevice, ctx: FsContext, opts: Iso9660Options): Vfs {
  return new Iso9660Vfs(dev, ctx, opts.type, opts);
}

/**
 * does `dev` hold an ISO 9660 volume (the volume descriptor set and a root directory, as a mount
 * reads them)? The recognition fstyp(1M) needs, the same that mount does: nothing is mounted.
 */
export function holdsIso9660(dev: BlockDevice, ctx: FsContext): boolean {
  try {
    new Iso9660Vfs(dev, ctx, "iso9660", { type: "iso9660", fsid: 0 });
    return true;
  } catch (e) {
    if (isKernelError(e, "EFORMAT") || isKernelError(e, "EIO")) return false;
    throw e;
  }
}
