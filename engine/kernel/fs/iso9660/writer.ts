// Builds an ISO 9660 image with Rock Ridge (RRIP 1.10, "RRIP_1991A", as mkisofs writes it) from a
// few files, the way `mkisofs -R -V label` would. The result is sparse: `size` is the whole image
// (the declared volume space size when `blocks` is given) and `chunks` only the sectors that hold
// data, so an 800 MB CD costs a few KB until the caller writes the chunks into a sparse file.
//
// Layout: sectors 16 (primary volume descriptor), 17 (terminator), the L and M path tables, the
// directories (breadth first), the Rock Ridge continuation areas, then the file data.
import { kerr } from "../../errno.js";
import { SECTOR } from "./format.js";

export interface IsoSpec {
  /** volume identifier (at most 32 characters are kept) */
  volume: string;
  /** declared volume space size in 2048-byte sectors; the image is at least what the content needs */
  blocks?: number;
  /** path → content; "docs/readme.txt" creates "docs" */
  files: Record<string, string | Uint8Array>;
  /** extra (possibly empty) directories */
  dirs?: string[];
  /** seconds since the epoch (the machine clock) for every time stamp */
  mtime: number;
  /**
   * the largest extent one directory record describes (a multiple of 2048; default 4 GiB - 2 KiB):
   * a bigger file is written as a multi-extent file, one record per section, as for files > 4 GiB
   */
  extentLimit?: number;
}

export interface IsoImage {
  /** bytes */
  size: number;
  chunks: { offset: number; data: Uint8Array }[];
}

const FILE_MODE = 0o100444;
const DIR_MODE = 0o040555;
/** records have an even length of at most 255 bytes */
const MAX_RECORD = 254;
const CE_LEN = 28;
const ER_ID = "RRIP_1991A";
const ER_DES = "THE ROCK RIDGE INTERCHANGE PROTOCOL PROVIDES SUPPORT FOR POSIX FILE SYSTEM SEMANTICS";
const ER_SRC =
  "PLEASE CONTACT DISC PUBLISHER FOR SPECIFICATION SOURCE.  SEE PUBLISHER IDENTIFIER IN PRIMARY VOLUME DESCRIPTOR FOR CONTACT INFORMATION.";

interface WFile {
  kind: "file";
  name: string;
  isoId: string;
  data: Uint8Array;
  lba: number;
}
interface WDir {
  kind: "dir";
  name: string;
  isoId: string;
  parent: WDir | null;
  children: Map<string, WFile | WDir>;
  /** path table number (1-based, breadth-first order) */
  number: number;
  lba: number;
  size: number;
  /** the records of this directory, in order, once laid out */
  records: WRecord[];
}
interface WRecord {
  /** identifier bytes */
  ident: Uint8Array;
  target: () => { lba: number; size: number; dir: boolean; more?: boolean };
  /** System Use entries that stay in the record */
  inline: Uint8Array[];
  /** entries moved to a continuation area (written after a CE entry) */
  overflow: Uint8Array[];
  ce: { lba: number; offset: number; length: number } | null;
  length: number;
}

const enc = new TextEncoder();

export function buildIso(spec: IsoSpec): IsoImage {
  const extentLimit = spec.extentLimit ?? 0xfffff800;
  if (!Number.isSafeInteger(extentLimit) || extentLimit < SECTOR || extentLimit % SECTOR || extentLimit > 0xfffff800) {
    throw kerr("EINVAL", "iso writer: bad extent limit");
  }
  const root = newDir("", "", null);
  const addPath = (path: string, file: Uint8Array | null): void => {
    const parts = path.split("/").filter((p) => p !== "");
    if (parts.length === 0) {
      if (file) throw kerr("EINVAL", `iso writer: bad path "${path}"`);
      return;
    }
    let dir = root;
    parts.forEach((part, i) => {
      if (part === "." || part === ".." || part.includes("\0") || enc.encode(part).length > 255) {
        throw kerr("EINVAL", `iso writer: bad path "${path}"`);
      }
      const last = i === parts.length - 1;
      const existing = dir.children.get(part);
      if (last && file) {
        if (existing) throw kerr("EEXIST", `iso writer: "${path}" given twice`);
        dir.children.set(part, { kind: "file", name: part, isoId: "", data: file, lba: 0 });
        return;
      }
      if (existing && existing.kind !== "dir") throw kerr("ENOTDIR", `iso writer: "${path}"`);
      const next = existing ?? newDir(part, "", dir);
      dir.children.set(part, next);
      dir = next;
    });
  };
  for (const d of spec.dirs ?? []) addPath(d, null);
  for (const [path, content] of Object.entries(spec.files)) {
    addPath(path, typeof content === "string" ? enc.encode(content) : content);
  }

  // breadth-first directory order = path table order; ISO identifiers unique per directory
  const dirs: WDir[] = [];
  const queue: WDir[] = [root];
  while (queue.length) {
    const d = queue.shift()!;
    d.number = dirs.length + 1;
    dirs.push(d);
    assignIsoIds(d);
    for (const c of sortedChildren(d)) if (c.kind === "dir") queue.push(c);
  }

  const time7 = date7(spec.mtime);
  const tf = entry("TF", [0x0e, ...time7, ...time7, ...time7]); // modify, access, attributes
  const px = (mode: number, nlink: number): Uint8Array =>
    entry("PX", [...both32(mode), ...both32(nlink), ...both32(0), ...both32(0)]);
  const rrFlags = (nm: boolean): Uint8Array => entry("RR", [0x01 | 0x80 | (nm ? 0x08 : 0)]); // PX, TF, NM
  const nlinkOf = (d: WDir): number => 2 + [...d.children.values()].filter((c) => c.kind === "dir").length;

  // records, with their System Use entries split between the record and a continuation area
  for (const d of dirs) {
    const parent = d.parent ?? d;
    const dot: WRecord = makeRecord(Uint8Array.of(0), () => ({ lba: d.lba, size: d.size, dir: true }), [
      ...(d === root ? [Uint8Array.of(0x53, 0x50, 7, 1, 0xbe, 0xef, 0)] : []),
      rrFlags(false),
      px(DIR_MODE, nlinkOf(d)),
      tf,
      ...(d === root ? [erEntry()] : []),
    ]);
    const dotdot = makeRecord(Uint8Array.of(1), () => ({ lba: parent.lba, size: parent.size, dir: true }), [
      rrFlags(false),
      px(DIR_MODE, nlinkOf(parent)),
      tf,
    ]);
    d.records = [dot, dotdot];
    for (const c of sortedChildren(d)) {
      const su = [rrFlags(true), c.kind === "dir" ? px(DIR_MODE, nlinkOf(c)) : px(FILE_MODE, 1), tf, ...nmEntries(c.name)];
      if (c.kind === "dir") {
        d.records.push(makeRecord(enc.encode(c.isoId), () => ({ lba: c.lba, size: c.size, dir: true }), su));
        continue;
      }
      // one record per section; every section but the last has the multi-extent flag
      const sections = Math.max(1, Math.ceil(c.data.length / extentLimit));
      for (let k = 0; k < sections; k++) {
        const target = (): ReturnType<WRecord["target"]> => ({
          lba: c.lba + k * (extentLimit / SECTOR),
          size: Math.min(extentLimit, c.data.length - k * extentLimit),
          dir: false,
          more: k < sections - 1,
        });
        d.records.push(makeRecord(enc.encode(c.isoId), target, su));
      }
    }
    // directory size: records never straddle a sector
    let used = 0;
    for (const r of d.records) {
      if ((used % SECTOR) + r.length > SECTOR) used = Math.ceil(used / SECTOR) * SECTOR;
      used += r.length;
    }
    d.size = Math.ceil(used / SECTOR) * SECTOR;
  }

  // path tables
  const ptSize = dirs.reduce((n, d) => n + 8 + ptIdent(d).length + (ptIdent(d).length % 2), 0);
  const ptSectors = Math.ceil(ptSize / SECTOR);
  const lPath = 18;
  const mPath = lPath + ptSectors;
  let next = mPath + ptSectors;
  for (const d of dirs) {
    d.lba = next;
    next += d.size / SECTOR;
  }
  // continuation areas, packed into sectors without straddling one
  const ceStart = next;
  let ceUsed = 0;
  for (const d of dirs) {
    for (const r of d.records) {
      if (r.overflow.length === 0) continue;
      const len = r.overflow.reduce((n, e) => n + e.length, 0);
      if ((ceUsed % SECTOR) + len > SECTOR) ceUsed = Math.ceil(ceUsed / SECTOR) * SECTOR;
      r.ce = { lba: ceStart + Math.floor(ceUsed / SECTOR), offset: ceUsed % SECTOR, length: len };
      ceUsed += len;
    }
  }
  next = ceStart + Math.ceil(ceUsed / SECTOR);
  // file data
  for (const d of dirs) {
    for (const c of sortedChildren(d)) {
      if (c.kind !== "file") continue;
      c.lba = next;
      next += Math.ceil(c.data.length / SECTOR);
    }
  }
  const needed = next;
  const volumeBlocks = Math.max(needed, Math.floor(spec.blocks ?? 0));

  // metadata: sectors 16 .. end of the continuation areas, one chunk
  const meta = new Uint8Array((ceStart + Math.ceil(ceUsed / SECTOR) - 16) * SECTOR);
  const at = (lba: number): number => (lba - 16) * SECTOR;
  writePvd(meta, spec, volumeBlocks, ptSize, lPath, mPath, root, time7);
  // terminator
  meta.set([255, 0x43, 0x44, 0x30, 0x30, 0x31, 1], at(17));
  // path tables
  let lp = at(lPath);
  let mp = at(mPath);
  for (const d of dirs) {
    const id = ptIdent(d);
    const parentNo = (d.parent ?? d).number;
    for (const [pos, bigEndian] of [[lp, false], [mp, true]] as const) {
      meta[pos] = id.length;
      meta[pos + 1] = 0;
      meta.set(bigEndian ? be32bytes(d.lba) : le32bytes(d.lba), pos + 2);
      meta[pos + 6] = bigEndian ? parentNo >> 8 : parentNo & 0xff;
      meta[pos + 7] = bigEndian ? parentNo & 0xff : parentNo >> 8;
      meta.set(id, pos + 8);
    }
    const n = 8 + id.length + (id.length % 2);
    lp += n;
    mp += n;
  }
  // directories and continuation areas
  for (const d of dirs) {
    let pos = at(d.lba);
    const base = pos;
    for (const r of d.records) {
      if (((pos - base) % SECTOR) + r.length > SECTOR) pos = base + Math.ceil((pos - base) / SECTOR) * SECTOR;
      writeRecord(meta, pos, r, time7);
      pos += r.length;
      if (r.ce) {
        let cp = at(r.ce.lba) + r.ce.offset;
        for (const e of r.overflow) {
          meta.set(e, cp);
          cp += e.length;
        }
      }
    }
  }

  const chunks: IsoImage["chunks"] = [{ offset: 16 * SECTOR, data: meta }];
  for (const d of dirs) {
    for (const c of sortedChildren(d)) {
      if (c.kind === "file" && c.data.length > 0) chunks.push({ offset: c.lba * SECTOR, data: c.data });
    }
  }
  return { size: volumeBlocks * SECTOR, chunks };
}

function newDir(name: string, isoId: string, parent: WDir | null): WDir {
  return { kind: "dir", name, isoId, parent, children: new Map(), number: 0, lba: 0, size: 0, records: [] };
}

function sortedChildren(d: WDir): (WFile | WDir)[] {
  return [...d.children.values()].sort((a, b) => (a.isoId < b.isoId ? -1 : a.isoId > b.isoId ? 1 : 0));
}

/** level 1 identifiers: 8.3 d-characters for files (";1" version), 8 for directories, made unique */
function assignIsoIds(d: WDir): void {
  const taken = new Set<string>();
  const clean = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9_]/g, "_");
  const names = [...d.children.keys()].sort();
  for (const name of names) {
    const c = d.children.get(name)!;
    let base: string;
    let ext = "";
    if (c.kind === "file") {
      const dot = name.lastIndexOf(".");
      base = clean(dot > 0 ? name.slice(0, dot) : name);
      ext = dot > 0 ? clean(name.slice(dot + 1)).slice(0, 3) : "";
    } else {
      base = clean(name);
    }
    base = base.slice(0, 8) || "_";
    const make = (b: string): string => (c.kind === "file" ? `${b}.${ext};1` : b);
    let id = make(base);
    for (let n = 1; taken.has(id); n++) {
      const suffix = String(n);
      id = make(base.slice(0, Math.max(1, 8 - suffix.length)) + suffix);
    }
    taken.add(id);
    c.isoId = id;
  }
}

function ptIdent(d: WDir): Uint8Array {
  return d.parent ? enc.encode(d.isoId) : Uint8Array.of(0);
}

function makeRecord(ident: Uint8Array, target: WRecord["target"], su: Uint8Array[]): WRecord {
  const fixed = 33 + ident.length + (ident.length % 2 === 0 ? 1 : 0);
  const total = su.reduce((n, e) => n + e.length, 0);
  let inline = su;
  let overflow: Uint8Array[] = [];
  if (fixed + total > MAX_RECORD) {
    inline = [];
    let used = fixed + CE_LEN;
    let i = 0;
    for (; i < su.length && used + su[i]!.length <= MAX_RECORD; i++) {
      inline.push(su[i]!);
      used += su[i]!.length;
    }
    overflow = su.slice(i);
  }
  let length = fixed + inline.reduce((n, e) => n + e.length, 0) + (overflow.length ? CE_LEN : 0);
  length += length % 2;
  return { ident, target, inline, overflow, ce: null, length };
}

function writeRecord(buf: Uint8Array, pos: number, r: WRecord, time7: number[]): void {
  const t = r.target();
  buf[pos] = r.length;
  buf[pos + 1] = 0;
  buf.set(both32(t.lba), pos + 2);
  buf.set(both32(t.size), pos + 10);
  buf.set(time7, pos + 18);
  buf[pos + 25] = (t.dir ? 2 : 0) | (t.more ? 0x80 : 0);
  buf[pos + 26] = 0;
  buf[pos + 27] = 0;
  buf.set(both16(1), pos + 28);
  buf[pos + 32] = r.ident.length;
  buf.set(r.ident, pos + 33);
  let p = pos + 33 + r.ident.length + (r.ident.length % 2 === 0 ? 1 : 0);
  for (const e of r.inline) {
    buf.set(e, p);
    p += e.length;
  }
  if (r.ce) {
    buf.set(entry("CE", [...both32(r.ce.lba), ...both32(r.ce.offset), ...both32(r.ce.length)]), p);
  }
}

function writePvd(
  meta: Uint8Array, spec: IsoSpec, volumeBlocks: number, ptSize: number, lPath: number, mPath: number,
  root: WDir, time7: number[],
): void {
  const pvd = meta.subarray(0, SECTOR);
  pvd.set([1, 0x43, 0x44, 0x30, 0x30, 0x31, 1], 0);
  const text = (off: number, len: number, s: string): void => {
    const b = enc.encode(s).subarray(0, len);
    pvd.fill(0x20, off, off + len);
    pvd.set(b, off);
  };
  text(8, 32, "");
  text(40, 32, spec.volume.slice(0, 32));
  pvd.set(both32(volumeBlocks), 80);
  pvd.set(both16(1), 120);
  pvd.set(both16(1), 124);
  pvd.set(both16(SECTOR), 128);
  pvd.set(both32(ptSize), 132);
  pvd.set(le32bytes(lPath), 140);
  pvd.set(be32bytes(mPath), 148);
  // root directory record
  const r = pvd.subarray(156, 190);
  r[0] = 34;
  r.set(both32(root.lba), 2);
  r.set(both32(root.size), 10);
  r.set(time7, 18);
  r[25] = 2;
  r.set(both16(1), 28);
  r[32] = 1;
  r[33] = 0;
  text(190, 128, ""); // volume set
  text(318, 128, ""); // publisher
  text(446, 128, ""); // data preparer
  text(574, 128, "LOOPLAB"); // application
  text(702, 37, "");
  text(739, 37, "");
  text(776, 37, "");
  const d17 = date17(spec.mtime);
  pvd.set(d17, 813); // creation
  pvd.set(d17, 830); // modification
  pvd.set([...enc.encode("0000000000000000"), 0], 847); // expiration: none
  pvd.set(d17, 864); // effective
  pvd[881] = 1;
}

function entry(sig: string, body: number[]): Uint8Array {
  const e = new Uint8Array(4 + body.length);
  e[0] = sig.charCodeAt(0);
  e[1] = sig.charCodeAt(1);
  e[2] = e.length;
  e[3] = 1;
  e.set(body, 4);
  return e;
}

function erEntry(): Uint8Array {
  const body = [ER_ID.length, ER_DES.length, ER_SRC.length, 1, ...enc.encode(ER_ID + ER_DES + ER_SRC)];
  return entry("ER", body);
}

function nmEntries(name: string): Uint8Array[] {
  const bytes = enc.encode(name);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 200) {
    const part = bytes.subarray(i, i + 200);
    out.push(entry("NM", [i + 200 < bytes.length ? 1 : 0, ...part]));
  }
  return out;
}

function le32bytes(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}
function be32bytes(v: number): number[] {
  return le32bytes(v).reverse();
}
function both32(v: number): number[] {
  return [...le32bytes(v), ...be32bytes(v)];
}
function both16(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

/** civil date from seconds since the epoch, arithmetically (no host time zone, no wall clock) */
function civil(seconds: number): [number, number, number, number, number, number] {
  const s = Math.floor(seconds);
  const days = Math.floor(s / 86400);
  const rem = s - days * 86400;
  // Howard Hinnant's days_from_civil inverse
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day, Math.floor(rem / 3600), Math.floor((rem % 3600) / 60), rem % 60];
}

function date7(seconds: number): number[] {
  const [y, mo, d, h, mi, s] = civil(seconds);
  return [Math.min(255, Math.max(0, y - 1900)), mo, d, h, mi, s, 0];
}

function date17(seconds: number): number[] {
  const [y, mo, d, h, mi, s] = civil(seconds);
  const p = (v: number, n: number): string => String(v).padStart(n, "0");
  return [...enc.encode(`${p(y, 4)}${p(mo, 2)}${p(d, 2)}${p(h, 2)}${p(mi, 2)}${p(s, 2)}00`), 0];
}
