// The file command's magic table: the /etc/magic format of AIX (offset, type, optional mask and
// relational operator with the value, the text; a line starting with > continues the entry
// above it), read as AIX 4.1.3 file.c mkmtab() reads it, and matched as ckmtab() matches it
// against the first 1024 bytes of a file (numbers big-endian, as on POWER).

export type MagicType = "byte" | "short" | "long" | "string";

export interface MagicEntry {
  level: 0 | 1;
  off: number;
  type: MagicType;
  /** = > < or x (any value) */
  op: "=" | ">" | "<" | "x";
  mask: number;
  value: number | string;
  text: string;
}

/** the table the lab's /etc/magic holds (a part of AIX's: what the lab's files can be) */
export const AIX_MAGIC = `# file cmd's magic file (the entries of AIX's /etc/magic the lab can meet)
0	short		0x01df		executable (RISC System/6000) or object module
>12	long		>0		not stripped
0	short		0x01f7		64-bit XCOFF executable or object module
>20	long		>0		not stripped
0	short		0x0104		shared library
0	long		505		message catalog
0	long		0x000001f9	compiled message catalog
257	string		ustar		tar archive
0	long		0x09006bea	backup/restore format file
0	short		070707		cpio archive
0	string		070707		ASCII cpio archive
0	short		017436		packed text
0	string		<aiaff>		archive
0	string		<bigaf>		archive (big format)
0	short		0x1f9d		compressed data
>2	byte		&0x80>0		block compressed
>2	byte		&0x1f>0		%d bit
0	string		%!PS		PostScript file
0	string		!<arch>		archive
0	string		0x232120	shell script 
>3	string		/bin/sh		- sh (default shell)
>3	string		/usr/bin/sh	- sh (default shell)
>3	string		/bin/ksh	- ksh (Korn shell)
>3	string		/usr/bin/ksh	- ksh (Korn shell)
>3	string		/bin/csh	- csh (C shell)
>3	string		/usr/bin/csh	- csh (C shell)
0	string		#!		shell script 
>2	string		/bin/sh		- sh (default shell)
>2	string		/usr/bin/sh	- sh (default shell)
>2	string		/bin/ksh	- ksh (Korn shell)
>2	string		/usr/bin/ksh	- ksh (Korn shell)
>2	string		/bin/csh	- csh (C shell)
>2	string		/usr/bin/csh	- csh (C shell)
0	long		0xdeadbeef	core file
`;

/** strtoul(s, &end, 0) at the start of s: the number and the characters it took */
function strtoul(s: string): { n: number; len: number } {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return { n: 0, len: 0 };
  const t = m[1]!;
  const n = /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : t.length > 1 && t[0] === "0" ? parseInt(t, 8) : parseInt(t, 10);
  return { n: n >>> 0, len: t.length };
}

/** a hex string value (0x...) as bytes (file.c hexcpy) */
function hexString(s: string): string {
  let out = "";
  for (let i = 0; i + 1 < s.length && /[0-9a-fA-F]{2}/.test(s.slice(i, i + 2)); i += 2) out += String.fromCharCode(parseInt(s.slice(i, i + 2), 16));
  return out;
}

/** the entries of a magic file's text; a line it cannot read is left out (-c reports it) */
export function parseMagic(text: string, problems: string[] = []): MagicEntry[] {
  const out: MagicEntry[] = [];
  text.split("\n").forEach((raw, i) => {
    if (raw === "" || raw.startsWith("#")) return;
    let p = raw;
    const level = p.startsWith(">") ? 1 : 0;
    if (level) p = p.slice(1);
    p = p.replace(/^[ \t]+/, "");
    if (p === "") return void problems.push(`offset:${i + 1}`);
    const off = strtoul(p);
    p = p.slice(off.len).replace(/^[ \t]+/, "");
    if (p === "") return void problems.push(`type:${i + 1}`);
    const type: MagicType = p[0] === "s" ? (p[1] === "h" ? "short" : "string") : p[0] === "l" ? "long" : "byte";
    p = p.replace(/^[^ \t]+[ \t]*/, "");
    if (p === "") return void problems.push(`value:${i + 1}`);
    let mask = 0xffffffff;
    let op: MagicEntry["op"] = "=";
    let value: number | string = 0;
    if (type !== "string") {
      if (p[0] === "&") {
        const m = strtoul(p.slice(1));
        mask = m.n;
        p = p.slice(1 + m.len);
      }
      if (p[0] === "=" || p[0] === ">" || p[0] === "<" || p[0] === "x") {
        op = p[0] as MagicEntry["op"];
        p = p.slice(1);
      }
      if (op !== "x") {
        const v = strtoul(p);
        value = v.n;
        p = p.slice(v.len);
      }
    } else {
      const end = p.search(/[ \t]/);
      if (end < 0) return void problems.push(`string:${i + 1}`);
      const s = p.slice(0, end);
      value = /^0x/.test(s) ? hexString(s.slice(2)) : s;
      p = p.slice(end + 1);
    }
    out.push({ level, off: off.n, type, op, mask, value, text: p.replace(/^[ \t]+/, "") });
  });
  return out;
}

function valueAt(buf: Uint8Array, e: MagicEntry): number {
  const b = (i: number) => buf[e.off + i] ?? 0;
  if (e.type === "byte") return b(0);
  if (e.type === "short") return (b(0) << 8) | b(1);
  return ((b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3)) | 0;
}

/** printf of an entry's text with its one value */
function describe(e: MagicEntry, v: number | string): string {
  return e.text.replace(/%l?[dcsxo]/, (f) => {
    if (typeof v === "string") return v;
    if (f.endsWith("c")) return String.fromCharCode(v & 0xff);
    if (f.endsWith("x")) return (v >>> 0).toString(16);
    if (f.endsWith("o")) return (v >>> 0).toString(8);
    return String(v);
  });
}

/** the description of the first level-0 entry that matches, with the level-1 lines after it */
export function matchMagic(table: readonly MagicEntry[], buf: Uint8Array): string | null {
  let out: string | null = null;
  for (const e of table) {
    if (out !== null && e.level === 0) break;
    if (out === null && e.level === 1) continue;
    let shown: number | string;
    if (e.type === "string") {
      const s = e.value as string;
      let ok = true;
      for (let i = 0; i < s.length && ok; i++) ok = (buf[e.off + i] ?? 0) === s.charCodeAt(i);
      if (!ok) continue;
      shown = s;
    } else {
      const v = valueAt(buf, e) & (e.mask | 0);
      const want = (e.value as number) | 0;
      if ((e.op === "=" && v !== want) || (e.op === ">" && v <= want) || (e.op === "<" && v >= want)) continue;
      shown = v;
    }
    out = (out === null ? "" : out + " ") + describe(e, shown);
  }
  return out;
}
