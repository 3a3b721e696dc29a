// Helpers shared by the common commands: getopt as the system's libc does it, civil dates from
// the machine clock (UTC, arithmetic only), ls-style mode strings, user and group names from the
// lab's /etc files, terminal detection and a line reader for prompts.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { VType } from "../../kernel/vfs/vnode.js";
import { Buffer, type CommandContext } from "../types.js";
import type { Co } from "../../kernel/proc/wait.js";
import { err, errnoOf } from "./msg.js";

export { errnoOf };

export const dec = new TextDecoder();

// ---------------------------------------------------------------------------------------------
// getopt

export type OptItem =
  | { kind: "flag"; flag: string; value: string | undefined }
  | { kind: "badflag"; flag: string }
  | { kind: "needarg"; flag: string };

export interface OptResult {
  items: OptItem[];
  operands: string[];
}

/**
 * getopt(3) over argv[1..] the way the libc does it: clustered flags, attached or separate values,
 * "--" ends the flags, "-" alone is an operand, the first operand ends the flags. Unlike a
 * throwing parser it keeps going after a bad flag (as getopt does); each command decides what a
 * bad flag means. Messages are printed by reportOpt.
 */
export function getopt(args: readonly string[], spec: string): OptResult {
  const items: OptItem[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      const at = f === ":" ? -1 : spec.indexOf(f);
      if (at < 0) {
        items.push({ kind: "badflag", flag: f });
        continue;
      }
      if (spec[at + 1] === ":") {
        let value = a.slice(j + 1);
        if (value === "") {
          if (i + 1 >= args.length) {
            items.push({ kind: "needarg", flag: f });
            return { items, operands: [] };
          }
          value = args[++i]!;
        }
        items.push({ kind: "flag", flag: f, value });
        break;
      }
      items.push({ kind: "flag", flag: f, value: undefined });
    }
  }
  return { items, operands: args.slice(i) };
}

/** print getopt's own message for a bad item (the program as the system's libc names it: argv[0]
 *  as typed on AIX, its last component on 4.4BSD) */
export function reportOpt(ctx: CommandContext, item: OptItem): void {
  const prog = ctx.os.formats.progname(ctx.argv[0] ?? "");
  if (item.kind === "badflag") err(ctx, "getopt.badflag", prog, item.flag);
  else if (item.kind === "needarg") err(ctx, "getopt.needarg", prog, item.flag);
}

/** print a (possibly multi-line) usage text from the catalog on stderr */
export function usage(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  err(ctx, id, ...args);
}

// ---------------------------------------------------------------------------------------------
// errors

export function strerror(ctx: CommandContext, errno: Errno): string {
  return ctx.os.strerror(errno);
}

// ---------------------------------------------------------------------------------------------
// dates (UTC, from seconds since the epoch; never the host clock)

export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export interface Civil {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

/** days since 1970-01-01 → civil date (Howard Hinnant's algorithm) */
export function civilFromDays(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: m <= 2 ? y + 1 : y, month: m, day: d };
}

/** civil date → days since 1970-01-01 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(seconds: number): Civil {
  const s = Math.floor(seconds);
  const days = Math.floor(s / 86400);
  const rem = s - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(rem / 3600),
    minute: Math.floor((rem % 3600) / 60),
    second: rem % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");

/** ctime-like: "Wed Nov 27 06:43:00 2013" (day zero-padded, as the en_US %d gives) */
export function longDate(seconds: number): string {
  const c = civil(seconds);
  return `${WEEKDAYS[c.weekday]} ${MONTHS[c.month - 1]} ${pad2(c.day)} ${pad2(c.hour)}:${pad2(c.minute)}:${pad2(c.second)} ${c.year}`;
}

// ---------------------------------------------------------------------------------------------
// modes

export function typeChar(type: VType): string {
  switch (type) {
    case "VDIR":
      return "d";
    case "VLNK":
      return "l";
    case "VBLK":
      return "b";
    case "VCHR":
      return "c";
    case "VFIFO":
      return "p";
    default:
      return "-";
  }
}

/** the nine permission characters with setuid/setgid/sticky as ls prints them */
export function permString(mode: number): string {
  const r = (bit: number, c: string) => (mode & bit ? c : "-");
  const x = (exec: number, special: number, on: string, off: string) =>
    mode & special ? (mode & exec ? on : off) : mode & exec ? "x" : "-";
  return (
    r(0o400, "r") +
    r(0o200, "w") +
    x(0o100, 0o4000, "s", "S") +
    r(0o040, "r") +
    r(0o020, "w") +
    x(0o010, 0o2000, "s", "S") +
    r(0o004, "r") +
    r(0o002, "w") +
    x(0o001, 0o1000, "t", "T")
  );
}

/**
 * chmod-style mode: octal digits, or symbolic clauses [ugoa]*[+-=][rwxXst]* separated by commas,
 * applied to `current`. null when the mode is not valid.
 */
export function parseMode(spec: string, current: number, isDir: boolean, umask: number): number | null {
  if (/^[0-7]+$/.test(spec)) {
    const v = parseInt(spec, 8);
    return v > 0o7777 ? null : v;
  }
  let mode = current & 0o7777;
  for (const clause of spec.split(",")) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1]!;
    let full = 0;
    if (who === "") full = 0o7777;
    else {
      if (/[ua]/.test(who)) full |= 0o4700;
      if (/[ga]/.test(who)) full |= 0o2070;
      if (/[oa]/.test(who)) full |= 0o1007;
    }
    // without a who, the umask limits what is set or cleared (POSIX chmod)
    const eff = who === "" ? 0o7777 & ~umask : full;
    for (const op of m[2]!.match(/[-+=][rwxXst]*/g) ?? []) {
      let bits = 0;
      for (const p of op.slice(1)) {
        if (p === "r") bits |= 0o444;
        else if (p === "w") bits |= 0o222;
        else if (p === "x") bits |= 0o111;
        else if (p === "X") {
          if (isDir || mode & 0o111) bits |= 0o111;
        } else if (p === "s") bits |= 0o6000;
        else if (p === "t") bits |= 0o1000;
      }
      const apply = bits & eff;
      if (op[0] === "+") mode |= apply;
      else if (op[0] === "-") mode &= ~apply;
      else mode = (mode & ~full) | apply;
    }
  }
  return mode & 0o7777;
}

// ---------------------------------------------------------------------------------------------
// users and groups: the lab's /etc/passwd and /etc/group, else the built-in names

function idTable(ctx: CommandContext, path: string): Map<number, string> {
  const t = new Map<number, string>();
  try {
    const text = dec.decode(ctx.sys.readFile(path));
    for (const line of text.split("\n")) {
      const f = line.split(":");
      if (f.length < 3 || f[0] === "" || f[0]!.startsWith("#")) continue;
      const id = Number(f[2]);
      if (Number.isInteger(id) && !t.has(id)) t.set(id, f[0]!);
    }
  } catch (e) {
    errnoOf(e);
  }
  return t;
}

/** name lookups for a whole listing, read once */
export function idNamer(ctx: CommandContext): { user(uid: number): string | undefined; group(gid: number): string | undefined } {
  const users = idTable(ctx, "/etc/passwd");
  const groups = idTable(ctx, "/etc/group");
  return {
    user: (uid) => (users.size > 0 ? users.get(uid) : uid === 0 ? "root" : undefined),
    group: (gid) => (groups.size > 0 ? groups.get(gid) : gid === 0 ? "system" : undefined),
  };
}

/** idNamer, read only when a name is first asked for (plain listings never need names) */
export function lazyNames(ctx: CommandContext): ReturnType<typeof idNamer> {
  let n: ReturnType<typeof idNamer> | null = null;
  return {
    user: (uid) => (n ??= idNamer(ctx)).user(uid),
    group: (gid) => (n ??= idNamer(ctx)).group(gid),
  };
}

// ---------------------------------------------------------------------------------------------
// terminal

/**
 * Is standard output a terminal? CommandContext may carry an optional `isTTY` (the shell sets it
 * when it knows); without it, output collected in a Buffer (a pipe stage, a redirection, a
 * captured command) is not a terminal and anything else is.
 */
export interface TtyContext {
  isTTY?: boolean;
}

export function isTTY(ctx: CommandContext): boolean {
  const v = (ctx as CommandContext & TtyContext).isTTY;
  if (v !== undefined) return v;
  return ctx.stdout.isatty ?? !(ctx.stdout instanceof Buffer);
}

// ---------------------------------------------------------------------------------------------
// answers to questions (rm -i, mv -i, mkfs): a line of standard input, the terminal's when it is one

/** rpmatch: an affirmative answer starts with y or Y */
export function* yes(ctx: CommandContext): Co<boolean> {
  const l = yield* ctx.stdin.readLine();
  return l !== null && /^[yY]/.test(l.text);
}

// ---------------------------------------------------------------------------------------------
// paths

export function basename(p: string): string {
  const s = p.replace(/\/+$/, "");
  if (s === "") return p.startsWith("/") ? "/" : p;
  const i = s.lastIndexOf("/");
  return i < 0 ? s : s.slice(i + 1);
}

/** dir/name without doubling a slash (ls's makename) */
export function joinPath(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

// ---------------------------------------------------------------------------------------------
// file and device I/O: regular files through the vnode, block (and raw) devices through their
// driver, a /dev/null or /dev/zero node without a driver as the null and zero devices

export interface Sink {
  write(data: Uint8Array): void;
  seek(pos: number): boolean;
  /** the current position */
  tell(): number;
  /** cut a regular file at its current position (dd) */
  truncateHere(): void;
}

type Dev = { read(offset: number, length: number): Uint8Array; write(offset: number, data: Uint8Array): void; size(): number };

export function deviceOf(ctx: CommandContext, path: string): Dev | "null" | "zero" | null {
  const a = ctx.sys.stat(path);
  if ((a.type !== "VBLK" && a.type !== "VCHR") || !a.rdev) return null;
  // a character device with a driver of its own (the random driver) reads and writes through an
  // open file like any stream; null and zero keep their fast paths below
  const chr = a.type === "VCHR" ? ctx.machine.chardevs.get(a.rdev.major) : undefined;
  if (chr !== undefined && chr.name !== "mm") return null;
  try {
    return ctx.machine.devsw.driver(a.rdev.major).device(a.rdev.minor);
  } catch (e) {
    errnoOf(e);
    const base = basename(path);
    if (a.type === "VCHR" && base === "null") return "null";
    if (a.type === "VCHR" && base === "zero") return "zero";
    throw e;
  }
}

export function openSink(ctx: CommandContext, path: string, flags: { create: boolean; trunc: boolean }, mode = 0o666): Sink {
  let dev: ReturnType<typeof deviceOf> = null;
  try {
    dev = deviceOf(ctx, path);
  } catch (e) {
    if (!isKernelError(e, "ENOENT")) throw e;
  }
  if (dev === "null" || dev === "zero") {
    let pos = 0;
    return { write: (b) => void (pos += b.length), seek: (p) => ((pos = p), true), tell: () => pos, truncateHere: () => {} };
  }
  if (dev) {
    const d = dev;
    let pos = 0;
    return {
      write(b) {
        d.write(pos, b);
        pos += b.length;
      },
      seek(p) {
        pos = p;
        return true;
      },
      tell: () => pos,
      truncateHere: () => {},
    };
  }
  const f = ctx.sys.open(path, { write: true, create: flags.create, trunc: flags.trunc }, mode);
  return {
    write(b) {
      f.write(b);
    },
    seek(p) {
      f.pos = p;
      return true;
    },
    tell: () => f.pos,
    truncateHere() {
      if (f.vnode.type === "VREG") f.vnode.setattr({ size: f.pos });
    },
  };
}

/** split bytes into lines; the last line may lack its newline (nl = false) */
export function splitLines(data: Uint8Array): { text: Uint8Array; nl: boolean }[] {
  const out: { text: Uint8Array; nl: boolean }[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 10) {
      out.push({ text: data.subarray(start, i), nl: true });
      start = i + 1;
    }
  }
  if (start < data.length) out.push({ text: data.subarray(start), nl: false });
  return out;
}
