// The lab's jfs2 on a disk image: mkfs -V jfs2 writes a superblock with JFS2's magic at the
// superblock's place (byte 32768), and the file tree is kept in the image's blocks, read through
// the block device at mount and written back through it at unmount. The layout after the
// superblock is the lab's own (a JSON index of the tree, then the files' data): no real JFS2
// on-disk structures are modelled, but the tree lives in the image, so a copied image or a
// remount keeps its files.
import { kerr } from "../../errno.js";
import type { BlockDevice } from "../../dev/blockdev.js";
import type { FsContext, Vfs } from "../../vfs/vnode.js";
import { MemNode, MemVfs } from "../memfs/memfs.js";
import { SparseData } from "../memfs/sparse.js";

export const SUPER_OFFSET = 32768;
const MAGIC = "J2FS";
const INDEX_OFFSET = SUPER_OFFSET + 4096;
/** blocks mkfs keeps for the superblocks, maps and an inline log: not available to files */
const OVERHEAD_FRACTION = 0.004;

interface NodeRecord {
  name: string;
  type: "VREG" | "VDIR" | "VLNK" | "VBLK" | "VCHR";
  mode: number;
  uid: number;
  gid: number;
  atime: number;
  mtime: number;
  ctime: number;
  size?: number;
  target?: string;
  rdev?: { major: number; minor: number };
  /** [chunk index, offset of its 4 KB in the data area] */
  chunks?: [number, number][];
  children?: NodeRecord[];
  /** a hard link to an earlier file, by its position in the walk */
  link?: number;
}

interface Superblock {
  version: 1;
  blocks: number;
  log: string;
  indexLength: number;
  dataOffset: number;
  dataLength: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function readSuper(dev: BlockDevice): Superblock | null {
  const head = dev.read(SUPER_OFFSET, 512);
  if (head.length < 512 || dec.decode(head.subarray(0, 4)) !== MAGIC) return null;
  const len = new DataView(head.buffer, head.byteOffset).getUint32(4);
  if (len <= 0 || len > 500) throw kerr("EFORMAT");
  try {
    const sb = JSON.parse(dec.decode(head.subarray(8, 8 + len))) as Superblock;
    if (sb.version !== 1 || !(sb.blocks > 0)) throw kerr("EFORMAT");
    return sb;
  } catch {
    throw kerr("EFORMAT");
  }
}

function writeSuper(dev: BlockDevice, sb: Superblock): void {
  const head = new Uint8Array(512);
  head.set(enc.encode(MAGIC), 0);
  const json = enc.encode(JSON.stringify(sb));
  new DataView(head.buffer).setUint32(4, json.length);
  head.set(json, 8);
  dev.write(SUPER_OFFSET, head);
}

/** does this device hold the lab's jfs2? (mount tries it; EFORMAT otherwise) */
export function hasJfs2(dev: BlockDevice): boolean {
  try {
    return readSuper(dev) !== null;
  } catch {
    return false;
  }
}

/** mkfs -V jfs2: an empty file system (with lost+found) on the whole device */
export function mkfsJfs2(dev: BlockDevice, ctx: FsContext, log: string): { blocks: number } {
  if (dev.readonly) throw kerr("EROFS");
  const blocks = Math.floor(dev.size() / 512);
  if (blocks * 512 < INDEX_OFFSET + 65536) throw kerr("ENOSPC");
  const fs = new MemVfs(ctx, { type: "jfs2", sizeBlocks: blocks, baseUsedBlocks: Math.ceil(blocks * OVERHEAD_FRACTION) });
  fs.root().mkdir("lost+found", 0o755);
  store(dev, fs, { version: 1, blocks, log, indexLength: 0, dataOffset: 0, dataLength: 0 });
  return { blocks };
}

/** write the tree into the image: the index after the superblock, the data after the index */
function store(dev: BlockDevice, fs: MemVfs, sb: Superblock): void {
  const data: Uint8Array[] = [];
  let dataLength = 0;
  const seen = new Map<MemNode, number>();
  let walkNo = 0;
  const record = (name: string, n: MemNode): NodeRecord => {
    const me = walkNo++;
    const prior = seen.get(n);
    if (prior !== undefined) return { name, type: "VREG", mode: 0, uid: 0, gid: 0, atime: 0, mtime: 0, ctime: 0, link: prior };
    seen.set(n, me);
    const r: NodeRecord = { name, type: n.type as NodeRecord["type"], mode: n.mode, uid: n.uid, gid: n.gid, atime: n.atime, mtime: n.mtime, ctime: n.ctime };
    if (n.type === "VLNK") r.target = n.target;
    if (n.rdev) r.rdev = n.rdev;
    if (n.data instanceof SparseData) {
      r.size = n.data.size;
      r.chunks = n.data.chunkList().map(([idx, bytes]) => {
        data.push(bytes);
        dataLength += bytes.length;
        return [idx, dataLength - bytes.length];
      });
    }
    if (n.children) r.children = [...n.children].map(([cn, c]) => record(cn, c));
    return r;
  };
  const index = enc.encode(JSON.stringify(record("", fs.root() as MemNode)));
  const dataOffset = INDEX_OFFSET + Math.ceil(index.length / 4096) * 4096;
  if (dataOffset + dataLength > dev.size()) throw kerr("ENOSPC");
  dev.write(INDEX_OFFSET, index);
  let at = dataOffset;
  for (const d of data) {
    dev.write(at, d);
    at += d.length;
  }
  writeSuper(dev, { ...sb, indexLength: index.length, dataOffset, dataLength });
}

/** mount: rebuild the tree from the image; unmount writes it back (unless read-only) */
export function mountJfs2(dev: BlockDevice, ctx: FsContext, readonly: boolean): Vfs {
  const sb = readSuper(dev);
  if (!sb) throw kerr("EFORMAT");
  if (sb.indexLength <= 0 || INDEX_OFFSET + sb.indexLength > dev.size() || sb.dataOffset + sb.dataLength > dev.size()) throw kerr("EFORMAT");
  let tree: NodeRecord;
  try {
    tree = JSON.parse(dec.decode(dev.read(INDEX_OFFSET, sb.indexLength))) as NodeRecord;
  } catch {
    throw kerr("EFORMAT");
  }
  const fs = new MemVfs(ctx, { type: "jfs2", sizeBlocks: sb.blocks, baseUsedBlocks: Math.ceil(sb.blocks * OVERHEAD_FRACTION) });
  const byWalk: MemNode[] = [];
  const root = fs.root() as MemNode;
  let walkNo = 0;
  const fill = (n: MemNode, r: NodeRecord) => {
    byWalk[walkNo++] = n;
    Object.assign(n, { mode: r.mode & 0o7777, uid: r.uid, gid: r.gid });
    if (r.chunks && n.data instanceof SparseData) {
      for (const [idx, off] of r.chunks) {
        if (!Number.isSafeInteger(idx) || idx < 0 || !Number.isSafeInteger(off) || off < 0 || off + 4096 > sb.dataLength) throw kerr("EFORMAT");
        n.data.write(idx * 4096, dev.read(sb.dataOffset + off, 4096));
      }
      if (!Number.isSafeInteger(r.size) || (r.size ?? 0) < 0) throw kerr("EFORMAT");
      n.data.truncate(r.size ?? 0);
    }
    for (const c of r.children ?? []) {
      if (typeof c.name !== "string" || c.name === "" || c.name === "." || c.name === ".." || c.name.includes("/")) throw kerr("EFORMAT");
      if (c.link !== undefined) {
        const target = byWalk[c.link];
        if (!target) throw kerr("EFORMAT");
        n.link(c.name, target);
        walkNo++;
        continue;
      }
      let child: MemNode;
      if (c.type === "VDIR") child = n.mkdir(c.name, c.mode) as MemNode;
      else if (c.type === "VLNK") child = n.symlink(c.name, c.target ?? "") as MemNode;
      else if (c.type === "VBLK" || c.type === "VCHR") child = n.mknod(c.name, c.type, c.mode, c.rdev ?? { major: 0, minor: 0 }) as MemNode;
      else child = n.create(c.name, c.mode) as MemNode;
      fill(child, c);
    }
    n.atime = r.atime;
    n.mtime = r.mtime;
    n.ctime = r.ctime;
  };
  try {
    fill(root, tree);
  } catch (e) {
    throw (e as { errno?: string }).errno ? e : kerr("EFORMAT");
  }
  if (readonly) fs.readonly = true;
  fs.unmount = () => {
    if (!readonly && !dev.readonly) store(dev, fs, sb);
  };
  return fs;
}
