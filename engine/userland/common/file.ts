// file: determines the file type, as AIX's /usr/bin/file (file.c and file.msg of AIX 4.1.3; -d,
// -h, -i, -M of AIX 7.2, where a symbolic link is followed unless -h is given). Each line is the
// name, a colon, a tab (two when the name is six characters or shorter) and the type. Special
// files by their type, then the magic table on the first 1024 bytes, then the text tests. A file
// that cannot be examined is said so on standard output and does not change the exit status.
import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { toolUsageAfter } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { commandFor } from "./child.js";
import { textKind } from "./file-text.js";
import { getopt, reportOpt } from "./lib.js";
import { AIX_MAGIC, matchMagic, parseMagic, type MagicEntry } from "./magic.js";
import { err, msg } from "./msg.js";
import { openReader } from "./stream.js";

const FBSZ = 1024;
const enc = new TextEncoder();

interface Opts {
  follow: boolean;
  /** -i: regular files are not classified further */
  regular: boolean;
  magic: MagicEntry[];
}

/** prf(): the name, a colon and one or two tabs */
function label(name: string): string {
  return `${name}:${enc.encode(name).length > 6 ? "\t" : "\t\t"}`;
}

/** up to the first 1024 bytes */
function* head(ctx: CommandContext, path: string): Co<Uint8Array> {
  const r = openReader(ctx, path);
  const buf = new Uint8Array(FBSZ);
  let n = 0;
  try {
    while (n < FBSZ) {
      const b = yield* r.read(FBSZ - n);
      if (b.length === 0) break;
      buf.set(b, n);
      n += b.length;
    }
  } finally {
    r.close();
  }
  return buf.subarray(0, n);
}

/** what access(X_OK) answers for the lab's user */
function executable(ctx: CommandContext, a: Vattr): boolean {
  const p = ctx.sys.proc;
  if (p.uid === 0) return (a.mode & 0o111) !== 0;
  if (p.uid === a.uid) return (a.mode & 0o100) !== 0;
  if (p.gid === a.gid) return (a.mode & 0o010) !== 0;
  return (a.mode & 0o001) !== 0;
}

/** the lab keeps no bytes in a command's own file: it is the program AIX has there */
function isProgram(ctx: CommandContext, path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const def = ctx.os.commands.get(name);
  if (!def?.path) return false;
  return commandFor(ctx, path.includes("/") ? path : `./${path}`) !== null;
}

/** the type of one file, after its label */
function* kind(ctx: CommandContext, path: string, o: Opts): Co<string> {
  let a: Vattr;
  try {
    a = ctx.sys.lstat(path);
    if (o.follow && a.type === "VLNK") {
      try {
        a = ctx.sys.stat(path);
      } catch (e) {
        if (!isKernelError(e)) throw e;
      }
    }
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return msg(ctx, "file.nostat", ctx.os.strerror(e.errno));
  }
  switch (a.type) {
    case "VLNK":
      try {
        return msg(ctx, "file.linkto", ctx.sys.readlink(path));
      } catch (e) {
        if (!isKernelError(e)) throw e;
        return msg(ctx, "file.link", ctx.os.strerror(e.errno));
      }
    case "VCHR":
      return msg(ctx, "file.char", a.rdev?.major ?? 0, a.rdev?.minor ?? 0);
    case "VBLK":
      return msg(ctx, "file.block", a.rdev?.major ?? 0, a.rdev?.minor ?? 0);
    case "VDIR":
      return msg(ctx, "file.dir");
    case "VFIFO":
      return msg(ctx, "file.fifo");
  }
  if (o.regular) return msg(ctx, "file.regular");
  let b: Uint8Array;
  try {
    b = yield* head(ctx, path);
  } catch (e) {
    if (!isKernelError(e) || e.errno === "EINTR") throw e;
    return msg(ctx, "file.noread", ctx.os.strerror(e.errno));
  }
  if (b.length === 0) return msg(ctx, "file.empty");
  if (isProgram(ctx, path)) return msg(ctx, "file.xcoff");
  if (b[0] === 1 && b[1] === 0x68 && [2, 3, 4, 5, 6].every((k) => b[k]! >= 0x30 && b[k]! <= 0x39)) return msg(ctx, "file.sccs");
  const magic = matchMagic(o.magic, b);
  if (magic !== null) return magic;
  const padded = new Uint8Array(FBSZ + 2);
  padded.set(b);
  const t = textKind(padded, b.length, executable(ctx, a));
  return msg(ctx, t.id) + (t.garbage ? msg(ctx, "file.garbage") : "");
}

/** -c: the magic table as file reads it */
function checkTable(ctx: CommandContext, table: MagicEntry[]): void {
  let out = msg(ctx, "file.chead") + "\n";
  const types = { byte: 0, short: 1, long: 2, string: 3 };
  const ops = { "=": 0, ">": 1, "<": 2, x: 4 };
  for (const e of table) {
    const opcode = ops[e.op] | (e.text.includes("%") ? 8 : 0);
    out += String(e.level).padStart(3) + String(e.off).padStart(7) + String(types[e.type]).padStart(5) + opcode.toString(8).padStart(7);
    if (e.type === "string") out += String(e.value).slice(0, 18).padStart(18);
    else out += ((e.mask >>> 0).toString(16)).padStart(9) + (((e.value as number) >>> 0).toString(16)).padStart(9);
    out += `  ${e.text}\n`;
  }
  ctx.stdout.write(out);
}

/** the magic table: the system's, or a -m/-M file (null after the message) */
function magicTable(ctx: CommandContext, path: string | null): MagicEntry[] | null {
  if (path === null) return parseMagic(AIX_MAGIC);
  try {
    return parseMagic(new TextDecoder().decode(ctx.sys.readFile(path)));
  } catch (e) {
    if (!isKernelError(e)) throw e;
    err(ctx, "file.nomagic", path);
    return null;
  }
}

/** the names in a -f list file, one a line */
function* listFile(ctx: CommandContext, path: string): Co<string[] | null> {
  try {
    const r = openReader(ctx, path);
    let text = "";
    const dec = new TextDecoder();
    try {
      for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) text += dec.decode(b, { stream: true });
    } finally {
      r.close();
    }
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
  } catch (e) {
    if (!isKernelError(e) || e.errno === "EINTR") throw e;
    return null;
  }
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), "cdf:hiM:m:");
  let check = false;
  let list: string | null = null;
  let magicPath: string | null = null;
  const o: Opts = { follow: true, regular: false, magic: [] };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "file.usage");
      return 2;
    }
    if (it.flag === "c") check = true;
    else if (it.flag === "f") list = it.value!;
    else if (it.flag === "h") o.follow = false;
    else if (it.flag === "i") o.regular = true;
    else if (it.flag === "m" || it.flag === "M") magicPath = it.value!;
  }
  if (!check && list === null && r.operands.length === 0) {
    err(ctx, "file.usage");
    return 2;
  }
  const table = magicTable(ctx, magicPath);
  if (table === null) return 2;
  if (check) {
    checkTable(ctx, table);
    return 0;
  }
  o.magic = table;
  let names = r.operands;
  if (list !== null) {
    const l = yield* listFile(ctx, list);
    if (l === null) {
      err(ctx, "file.cantopen", list);
      if (toolUsageAfter(ctx.os.formats, "file.cantopen", false)) err(ctx, "file.usage");
      return 2;
    }
    names = [...l, ...names];
  }
  let out = "";
  for (const name of names) {
    if (ctx.sys.tick()) yield undefined;
    out += label(name) + (yield* kind(ctx, name, o)) + "\n";
    if (out.length > 16384) {
      yield* ctx.stdout.put(out);
      out = "";
    }
  }
  yield* ctx.stdout.put(out);
  return 0;
}

export const file: CommandDef = {
  name: "file",
  path: "/usr/bin/file",
  summary: "Determines the file type.",
  flags: ["-c", "-d", "-f", "-h", "-i", "-M", "-m"],
  run,
  man: `file Command

Purpose
       Determines the file type.

Syntax
       To Classify the File Type
       file [ -m MagicFile ] [ -d ] [ -h ] [ -i ] [ -M MagicFile ]
            [ -f FileList ] [ File ... ]

       To Check the Magic File for Format Errors
       file -c [ -m MagicFile ]

Description
       The file command reads the files specified by the File parameter or
       the FileList variable, performs a series of tests on each file, and
       attempts to classify them by type. The command then writes the file
       types to standard output. A directory, FIFO, block special, character
       special or symbolic link is identified as such; a symbolic link is
       followed unless -h is given. A regular file of zero length is empty.

       Otherwise the first 1024 bytes are examined: the /etc/magic file
       identifies files that have a magic number (an executable or object
       module, an archive, a shell script); a file that appears to be ASCII
       is examined further (C program, FORTRAN or assembler text, commands
       text, English text, ascii text); a file with bytes outside ASCII is
       data or International Language text.

       If a file does not exist or cannot be read, the output says so; it
       is not an error that affects the exit status.

Flags
       -c             Checks the magic file for format errors.
       -d             Applies the default position-sensitive and context-
                      sensitive tests to the file.
       -f FileList    Reads the list of files to examine from FileList.
       -h             Does not follow symbolic links.
       -i             Does not classify regular files further.
       -m MagicFile   Uses MagicFile as the magic file.
       -M MagicFile   Uses MagicFile for the position-sensitive tests.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Examples
       file /backup/cd_image
       file /cdmount/*
       file -h /bin
`,
};
