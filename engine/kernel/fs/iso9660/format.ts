// ISO 9660 on-disk structures (ECMA-119), the System Use Sharing Protocol (SUSP, IEEE P1281) and
// the Rock Ridge Interchange Protocol (RRIP, IEEE P1282): pure decoding helpers shared by the
// reader (index.ts). Every function bounds-checks what it reads and reports damage as EIO, so a
// corrupt image can never raise a TypeError/RangeError or loop for ever.
import { kerr } from "../../errno.js";

/** ISO 9660 logical sector: directory records never straddle one */
export const SECTOR = 2048;
/** the volume descriptor set starts at logical sector 16 */
export const VD_START = 16;

export const VD_BOOT = 0;
export const VD_PRIMARY = 1;
export const VD_SUPPLEMENTARY = 2;
export const VD_PARTITION = 3;
export const VD_TERMINATOR = 255;

/** directory record file flags */
export const FLAG_HIDDEN = 0x01;
export const FLAG_DIRECTORY = 0x02;
export const FLAG_ASSOCIATED = 0x04;
export const FLAG_MULTI_EXTENT = 0x80;

/** POSIX file type bits as Rock Ridge PX stores them */
export const S_IFMT = 0o170000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;
export const S_IFBLK = 0o060000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;

const utf8 = new TextDecoder("utf-8", { fatal: false });
const utf16be = new TextDecoder("utf-16be", { fatal: false });

export function u8(b: Uint8Array, off: number): number {
  return off >= 0 && off < b.length ? b[off]! : 0;
}
export function le16(b: Uint8Array, off: number): number {
  return u8(b, off) | (u8(b, off + 1) << 8);
}
export function le32(b: Uint8Array, off: number): number {
  return (u8(b, off) | (u8(b, off + 1) << 8) | (u8(b, off + 2) << 16)) + u8(b, off + 3) * 0x1000000;
}
export function be32(b: Uint8Array, off: number): number {
  return u8(b, off) * 0x1000000 + ((u8(b, off + 1) << 16) | (u8(b, off + 2) << 8) | u8(b, off + 3));
}
export function ascii(b: Uint8Array, off: number, len: number): string {
  let s = "";
  for (let i = 0; i < len; i++) s += String.fromCharCode(u8(b, off + i));
  return s;
}
export function decodeUtf8(b: Uint8Array): string {
  return utf8.decode(b);
}
export function decodeUcs2(b: Uint8Array): string {
  return utf16be.decode(b.length % 2 ? b.subarray(0, b.length - 1) : b);
}

/** the 7-byte "recording date and time" of a directory record → seconds since the epoch (UTC) */
export function decodeDate7(b: Uint8Array, off: number): number {
  if (off < 0 || off + 7 > b.length) return 0;
  const year = 1900 + b[off]!;
  const month = b[off + 1]!;
  const day = b[off + 2]!;
  if (month === 0 || day === 0) return 0; // "not specified"
  let gmtoff = b[off + 6]!;
  if (gmtoff > 127) gmtoff -= 256;
  if (gmtoff < -48 || gmtoff > 52) gmtoff = 0;
  const ms = Date.UTC(year, month - 1, day, b[off + 3]!, b[off + 4]!, b[off + 5]!);
  return Math.floor(ms / 1000) - gmtoff * 15 * 60;
}

/** the 17-byte "YYYYMMDDHHMMSScc"+offset date of volume descriptors and long-form TF */
export function decodeDate17(b: Uint8Array, off: number): number {
  if (off < 0 || off + 17 > b.length) return 0;
  const digits = (o: number, n: number): number => {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const c = b[off + o + i]! - 0x30;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  };
  const year = digits(0, 4), month = digits(4, 2), day = digits(6, 2);
  const hour = digits(8, 2), min = digits(10, 2), sec = digits(12, 2);
  if (year <= 0 || month <= 0 || day <= 0 || hour < 0 || min < 0 || sec < 0) return 0;
  let gmtoff = b[off + 16]!;
  if (gmtoff > 127) gmtoff -= 256;
  if (gmtoff < -48 || gmtoff > 52) gmtoff = 0;
  return Math.floor(Date.UTC(year, month - 1, day, hour, min, sec) / 1000) - gmtoff * 15 * 60;
}

/** A raw directory record, decoded but not yet interpreted. */
export interface RawRecord {
  /** byte offset of the record inside its directory's data */
  offset: number;
  length: number;
  extAttrLen: number;
  /** logical block number of the extent */
  extent: number;
  dataLength: number;
  time: number;
  flags: number;
  /** identifier bytes (ISO or Joliet) */
  ident: Uint8Array;
  /** the System Use area (after the identifier and its padding byte) */
  systemUse: Uint8Array;
}

/** minimum directory record: 33 fixed bytes and a 1-byte identifier */
export const MIN_RECORD = 34;

/** decodes the directory record at `off` in `buf`; null when it is malformed */
export function decodeRecord(buf: Uint8Array, off: number): RawRecord | null {
  const length = u8(buf, off);
  if (length < MIN_RECORD || off + length > buf.length) return null;
  const identLen = u8(buf, off + 32);
  if (identLen === 0 || 33 + identLen > length) return null;
  const suStart = 33 + identLen + (identLen % 2 === 0 ? 1 : 0);
  return {
    offset: off,
    length,
    extAttrLen: u8(buf, off + 1),
    extent: le32(buf, off + 2),
    dataLength: le32(buf, off + 10),
    time: decodeDate7(buf, off + 18),
    flags: u8(buf, off + 25),
    ident: buf.subarray(off + 33, off + 33 + identLen),
    systemUse: suStart < length ? buf.subarray(off + suStart, off + length) : new Uint8Array(0),
  };
}

/** "." and ".." are stored as the single bytes 0x00 and 0x01 */
export function isDotOrDotDot(ident: Uint8Array): boolean {
  return ident.length === 1 && (ident[0] === 0 || ident[0] === 1);
}

/**
 * The plain ISO 9660 name as AIX cdrfs shows it: no ";1" version, no trailing "." (the separator
 * ISO 9660 requires even without an extension), case kept. A Joliet name only loses its version:
 * Joliet needs no separator, so a trailing dot there is part of the name (xorriso stores "x." as is).
 */
export function isoName(ident: Uint8Array, joliet: boolean): string {
  let name = joliet ? decodeUcs2(ident) : ascii(ident, 0, ident.length);
  const semi = name.indexOf(";");
  if (semi >= 0) name = name.slice(0, semi);
  if (!joliet && name.endsWith(".") && name.length > 1) name = name.slice(0, -1);
  return name;
}

// ---------------------------------------------------------------------------------------------
// SUSP / Rock Ridge

/** what the Rock Ridge entries of one directory record say */
export interface RockRidge {
  /** "SP" found (only meaningful for the root's "." record): bytes to skip in every System Use area */
  spSkip?: number;
  /** any RRIP entry or an ER naming a Rock Ridge extension was seen */
  rrip: boolean;
  name?: string;
  px?: { mode: number; nlink: number; uid: number; gid: number };
  pn?: { high: number; low: number };
  symlink?: string;
  mtime?: number;
  atime?: number;
  ctime?: number;
  /** CL: the directory this placeholder stands for was relocated to this logical block */
  childLink?: number;
  /** RE: this directory was relocated here; it is reachable through its CL placeholder only */
  relocated: boolean;
}

/** reads `len` bytes at byte position `pos` of the device, exactly, or throws EIO */
export type ExactReader = (pos: number, len: number) => Uint8Array;

/** bounds that keep a hostile image from looping or allocating without end */
const MAX_CE_HOPS = 32;
const MAX_CE_LEN = SECTOR * 4;
const MAX_NAME_BYTES = 4096;
const MAX_LINK_BYTES = 16384;

const RRIP_SIGS = new Set(["RR", "PX", "PN", "SL", "NM", "CL", "PL", "RE", "TF", "SF"]);

/**
 * Parses the System Use area `area` from byte `start`, following CE continuation areas.
 * A malformed entry ends the area (as real kernels do); a CE chain that loops, is too long or points
 * past the device end is EIO.
 */
export function parseSusp(area: Uint8Array, start: number, blockSize: number, readExact: ExactReader): RockRidge {
  const rr: RockRidge = { rrip: false, relocated: false };
  const name: number[] = [];
  let nameSeen = false;
  // symlink components, as byte arrays; `joinNext` = the last component continues in the next one
  const comps: number[][] = [];
  let linkSeen = false;
  let joinNext = false;
  let linkBytes = 0;

  let buf = area;
  let pos = Math.max(0, start);
  const seen = new Set<number>();
  let hops = 0;
  for (;;) {
    let ce: { block: number; offset: number; length: number } | null = null;
    while (pos + 4 <= buf.length) {
      const sig = String.fromCharCode(buf[pos]!, buf[pos + 1]!);
      const len = buf[pos + 2]!;
      if (len < 4 || pos + len > buf.length) break;
      const e = buf.subarray(pos, pos + len);
      pos += len;
      if (sig === "ST") break;
      if (RRIP_SIGS.has(sig)) rr.rrip = true;
      switch (sig) {
        case "SP":
          if (len >= 7 && e[4] === 0xbe && e[5] === 0xef) rr.spSkip = e[6]!;
          break;
        case "CE":
          if (len >= 28) ce = { block: le32(e, 4), offset: le32(e, 12), length: le32(e, 20) };
          break;
        case "ER": {
          const idLen = u8(e, 4);
          const id = ascii(e, 8, Math.min(idLen, len - 8));
          if (/^(RRIP_1991A|IEEE_P1282|IEEE_1282)/.test(id)) rr.rrip = true;
          break;
        }
        case "NM": {
          const flags = u8(e, 4);
          nameSeen = true;
          if (flags & 0x06) break; // CURRENT / PARENT: "." or ".."
          for (let i = 5; i < len && name.length < MAX_NAME_BYTES; i++) name.push(e[i]!);
          break;
        }
        case "PX":
          if (len >= 36) rr.px = { mode: le32(e, 4), nlink: le32(e, 12), uid: le32(e, 20), gid: le32(e, 28) };
          break;
        case "PN":
          if (len >= 20) rr.pn = { high: le32(e, 4), low: le32(e, 12) };
          break;
        case "SL": {
          linkSeen = true;
          let p = 5;
          while (p + 2 <= len) {
            const cflags = e[p]!;
            const clen = e[p + 1]!;
            if (p + 2 + clen > len) break;
            let text: number[];
            if (cflags & 0x02) text = [0x2e];
            else if (cflags & 0x04) text = [0x2e, 0x2e];
            else if (cflags & 0x08) text = [];
            else text = Array.from(e.subarray(p + 2, p + 2 + clen));
            linkBytes += text.length + 1;
            if (linkBytes <= MAX_LINK_BYTES) {
              if (joinNext && comps.length > 0) comps[comps.length - 1]!.push(...text);
              else comps.push(text);
            }
            // a root component is complete in itself
            joinNext = (cflags & 0x01) !== 0 && (cflags & 0x08) === 0;
            p += 2 + clen;
          }
          break;
        }
        case "TF": {
          const flags = u8(e, 4);
          const size = flags & 0x80 ? 17 : 7;
          let p = 5;
          for (let bit = 0; bit < 7; bit++) {
            if (!(flags & (1 << bit))) continue;
            if (p + size > len) break;
            const t = size === 17 ? decodeDate17(e, p) : decodeDate7(e, p);
            if (bit === 1) rr.mtime = t;
            else if (bit === 2) rr.atime = t;
            else if (bit === 3) rr.ctime = t;
            p += size;
          }
          break;
        }
        case "CL":
          if (len >= 12) rr.childLink = le32(e, 4);
          break;
        case "RE":
          rr.relocated = true;
          break;
        default:
          break;
      }
    }
    if (!ce) break;
    if (++hops > MAX_CE_HOPS) throw kerr("EIO", "iso9660: CE chain too long");
    const at = ce.block * blockSize + ce.offset;
    if (seen.has(at)) throw kerr("EIO", "iso9660: CE chain loops");
    seen.add(at);
    if (ce.length === 0) break;
    if (ce.length > MAX_CE_LEN) throw kerr("EIO", "iso9660: CE area too long");
    buf = readExact(at, ce.length);
    pos = 0;
  }

  if (nameSeen && name.length > 0) rr.name = decodeUtf8(Uint8Array.from(name));
  if (linkSeen) {
    const bytes: number[] = [];
    comps.forEach((c, i) => {
      if (i > 0) bytes.push(0x2f);
      bytes.push(...c);
    });
    let target = decodeUtf8(Uint8Array.from(bytes));
    if (target === "" && comps.length > 0) target = "/";
    rr.symlink = target;
  }
  return rr;
}
