// du: summarizes disk usage, as AIX's /usr/bin/du (du.c of AIX 4.1.3; -m, -g, -H, -L from AIX
// 7.2): the blocks a file has actually allocated (a sparse image counts only what was written),
// in 512-byte units unless -k, -m or -g (the last one given wins; -m and -g print two decimals,
// rounded as C's printf rounds). Every directory is printed after its contents, with -a every
// file too, with -s only the total of each operand. A file with several links counts once (-l:
// shared between its links). du.c builds each name by adding "/name" to the operand as typed.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Vattr } from "../../kernel/vfs/vnode.js";
import type { CommandContext, CommandDef } from "../types.js";
import type { DuUnit } from "../formats.js";
import { cFixed } from "./cformat.js";
import { getopt, reportOpt } from "./lib.js";
import { err, exitAfter, optionsOf } from "./msg.js";

interface Opts {
  a: boolean;
  s: boolean;
  l: boolean;
  x: boolean;
  /** -r: report what cannot be read (AIX's default; Solaris's du is silent without it) */
  r: boolean;
  unit: DuUnit;
  follow: "" | "H" | "L";
}

/** AIX's du.c: -k rounds up, -m and -g with two decimals */
function shown(blocks: number, unit: Opts["unit"]): string {
  if (unit === "k") return String(Math.floor((blocks + 1) / 2));
  // blocks / 2048 and / 2097152 are exact doubles: printf("%.2f") of them
  if (unit === "m") return cFixed(blocks / 2048, 2);
  if (unit === "g") return cFixed(blocks / 2097152, 2);
  return String(blocks);
}

/** a directory being summed */
interface Frame {
  path: string;
  entries: string[];
  next: number;
  blocks: number;
}

class Du {
  status = 0;
  private out = "";
  private seen = new Set<string>();
  private device = 0;

  constructor(private ctx: CommandContext, private o: Opts) {}

  *flush(): Co<void> {
    if (this.out === "") return;
    const s = this.out;
    this.out = "";
    yield* this.ctx.stdout.put(s);
  }

  private *line(blocks: number, path: string): Co<void> {
    const rule = this.ctx.os.formats.duSize;
    const size = rule ? rule(blocks, this.o.unit, this.ctx.shell.env.get("BLOCKSIZE")) : shown(blocks, this.o.unit);
    this.out += `${size}\t${path}\n`;
    if (this.out.length > 16384) yield* this.flush();
  }

  /** perror(path) after "du: " */
  private *error(path: string, errno: Errno): Co<void> {
    if (this.ctx.os.formats.duQuietWithoutR && !this.o.r) return;
    yield* this.flush();
    err(this.ctx, "du.error", path, this.ctx.os.strerror(errno));
    this.status = exitAfter(this.ctx, "du.error", 2);
  }

  private stat(path: string, operand: boolean): Vattr {
    const follow = this.o.follow === "L" || (this.o.follow === "H" && operand);
    return follow ? this.ctx.sys.stat(path) : this.ctx.sys.lstat(path);
  }

  /** what a file other than a directory adds; null when it counts for nothing */
  private fileBlocks(a: Vattr): number | null {
    let blocks = a.blocks;
    if (a.nlink > 1) {
      if (this.o.l) blocks = Math.floor((blocks + a.nlink - 1) / a.nlink);
      else {
        const key = `${a.fsid}:${a.fileid}`;
        if (this.seen.has(key)) return null;
        this.seen.add(key);
      }
    }
    return blocks;
  }

  *operand(path: string): Co<void> {
    this.seen.clear();
    let a: Vattr;
    try {
      a = this.stat(path, true);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      yield* this.error(path, e.errno);
      return;
    }
    if (a.type !== "VDIR") {
      const blocks = a.nlink > 1 && this.o.l ? Math.floor((a.blocks + a.nlink - 1) / a.nlink) : a.blocks;
      yield* this.line(blocks, path);
      return;
    }
    this.device = a.fsid;
    const total = yield* this.tree(path, a);
    if (this.o.s) yield* this.line(total, path);
  }

  /** a directory's entries, or null after the error (du.c then counts the directory as 0) */
  private *open(path: string, a: Vattr): Co<Frame | null> {
    try {
      const entries = this.ctx.sys.readdir(path).map((e) => e.name).filter((n) => n !== "." && n !== "..");
      return { path, entries, next: 0, blocks: a.blocks };
    } catch (e) {
      if (!isKernelError(e)) throw e;
      yield* this.error(path, e.errno);
      return null;
    }
  }

  /** the blocks below a directory, each directory printed after its contents (unless -s) */
  private *tree(path: string, a: Vattr): Co<number> {
    const top = yield* this.open(path, a);
    if (top === null) return 0;
    const stack: Frame[] = [top];
    let total = 0;
    while (stack.length > 0) {
      if (this.ctx.sys.tick()) yield undefined;
      const f = stack[stack.length - 1]!;
      if (f.next >= f.entries.length) {
        stack.pop();
        if (!this.o.s) yield* this.line(f.blocks, f.path);
        if (stack.length > 0) stack[stack.length - 1]!.blocks += f.blocks;
        else total = f.blocks;
        continue;
      }
      const child = `${f.path}/${f.entries[f.next++]!}`;
      let ca: Vattr;
      try {
        ca = this.stat(child, false);
      } catch (e) {
        if (!isKernelError(e)) throw e;
        // du.c gives up on the rest of this directory, and it counts for nothing
        yield* this.error(child, e.errno);
        stack.pop();
        continue;
      }
      if (this.o.x && ca.fsid !== this.device) continue;
      if (ca.type === "VDIR") {
        const sub = yield* this.open(child, ca);
        if (sub !== null) stack.push(sub);
        continue;
      }
      const blocks = this.fileBlocks(ca);
      if (blocks === null) continue;
      if (this.o.a) yield* this.line(blocks, child);
      f.blocks += blocks;
    }
    return total;
  }
}

function* run(ctx: CommandContext): Co<number> {
  // -h is Solaris's (its options: formats.options.du)
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "du", "agHkLlmrsx"));
  const o: Opts = { a: false, s: false, l: false, x: false, r: false, unit: "", follow: "" };
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "du.usage");
      return 2;
    }
    const f = it.flag;
    if (f === "a") o.a = true;
    else if (f === "s") o.s = true;
    else if (f === "l") o.l = true;
    else if (f === "x") o.x = true;
    else if (f === "r") o.r = true;
    else if (f === "k" || f === "m" || f === "g" || f === "h") o.unit = f;
    else if (f === "H" || f === "L") o.follow = f;
  }
  if (o.a && o.s) {
    err(ctx, "du.usage");
    return 2;
  }
  const du = new Du(ctx, o);
  for (const p of r.operands.length ? r.operands : ["."]) yield* du.operand(p);
  yield* du.flush();
  return du.status;
}

export const du: CommandDef = {
  name: "du",
  path: "/usr/bin/du",
  summary: "Summarizes disk usage.",
  flags: ["-a", "-g", "-H", "-k", "-L", "-l", "-m", "-r", "-s", "-x"],
  run,
  man: `du Command

Purpose
       Summarizes disk usage.

Syntax
       du [ -a | -s ] [ -k ] [ -m ] [ -g ] [ -l ] [ -r ] [ -x ] [ -H | -L ]
          [ File ... ]

Description
       The du command displays the number of blocks used for files. If the
       File parameter is a directory, all files within it are reported on;
       without a File parameter the current directory is used. The blocks of
       a directory are the sum of those of its files and its own. Blocks are
       512-byte units and count what is actually allocated: a sparse file
       (an image written only in part) counts only its written blocks. Files
       with several links are counted once.

Flags
       -a   Displays the disk usage of each file as well as each directory.
       -g   Calculates the block count in GB units (two decimals).
       -H   Follows a symbolic link named on the command line.
       -k   Calculates the block count in 1024-byte units.
       -l   Allocates blocks evenly among the links of a file.
       -L   Follows every symbolic link.
       -m   Calculates the block count in MB units (two decimals).
       -r   Reports inaccessible files and directories (the default).
       -s   Displays only the total for each File parameter.
       -x   Stays on the file system of each File parameter.

       When more than one of -k, -m and -g is given, the last one counts.

Exit Status
       0    The command ran successfully.
       >0   An error occurred.

Messages
       Usage: du [-a | -s] [-k] [-m] [-g] [-l] [-r] [-x] [-H | -L] [File...]
       du: File: A file or directory in the path name does not exist.

Examples
       du -s /cdmount
       du -sk /images
       du -a /home/guest
`,
};
