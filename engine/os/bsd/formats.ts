// The layouts the BSD machine's common commands print in (see engine/userland/formats.ts): 4.4BSD
// ls as BSD/OS has it, BSD/OS date (bin/date/date.c: -n -u -r seconds, [[[[[cc]yy]mm]dd]hh]mm[.ss]),
// /bin/echo and sh's echo, BSD/OS device numbers, and libc's program name (__progname: the last
// component of argv[0]).
import { basename, getopt } from "../../userland/common/lib.js";
import type { DateRequest, OsFormats } from "../../userland/formats.js";
import { bsdDevMajor, bsdMakedev, bsdDevMinor } from "./dev.js";
import { blocksizeUnits, bsdLs } from "./lsformat.js";
import { bsdManLayout } from "./manlayout.js";

const utf8 = new TextEncoder();
const STANDARD = "%a %b %e %H:%M:%S %Z %Y";
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * setthetime: [[[[[cc]yy]mm]dd]hh]mm[.ss], the fields left out taken from `base` (the clock, or
 * -r's time); null for date's "illegal time format".
 */
export function bsdParseTime(arg: string, base: number): number | null {
  const m = /^(\d*)(?:\.(\d*))?$/.exec(arg);
  if (!m) return null;
  let p = m[1]!;
  const b = new Date(base * 1000);
  let [year, mon, day, hour, min, sec] = [b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate(), b.getUTCHours(), b.getUTCMinutes(), 0];
  if (m[2] !== undefined) {
    if (m[2].length !== 2) return null;
    sec = Number(m[2]);
    if (sec >= 60) return null;
  }
  const take = () => {
    const v = Number(p.slice(0, 2));
    p = p.slice(2);
    return v;
  };
  const len = p.length;
  if (![2, 4, 6, 8, 10, 12].includes(len)) return null;
  if (len === 12) {
    const cc = take();
    if (cc < 19) return null;
    year = cc * 100 + take();
  } else if (len === 10) {
    const yy = take();
    // "hack for 2000": 69 and below are 20yy
    year = yy <= 69 ? 2000 + yy : 1900 + yy;
  }
  if (len >= 8) {
    const mm = take();
    // month 00 would index days_in_month[-1]: the lab refuses it
    if (mm > 12 || mm === 0) return null;
    mon = mm - 1;
  }
  if (len >= 6) {
    day = take();
    if (day > DAYS_IN_MONTH[mon]! && !(isLeap(year) && mon === 1 && day === 29)) return null;
  }
  if (len >= 4) {
    hour = take();
    if (hour > 23) return null;
  }
  min = take();
  if (min > 59) return null;
  // mktime normalizes what is left (day 00 is the last of the month before)
  return Date.UTC(year, mon, day, hour, min, sec) / 1000;
}

/** BSD/OS date's arguments: getopt "d:nr:ut:", then [+format] [time] [+format] */
function parseDate(argv: readonly string[], now: number, progname: string): DateRequest {
  const usage = { id: "date.usage", args: [] };
  const fail = (messages: { id: string; args: (string | number)[] }[]): DateRequest => ({ kind: "error", messages, status: 1 });
  const r = getopt(argv, "d:nr:ut:");
  let at: number | null = null;
  let zone: string | null = null;
  for (const it of r.items) {
    if (it.kind === "badflag") return fail([{ id: "getopt.badflag", args: [progname, it.flag] }, usage]);
    if (it.kind === "needarg") return fail([{ id: "getopt.needarg", args: [progname, it.flag] }, usage]);
    const v = it.value ?? "";
    if (it.flag === "u") zone = "GMT";
    else if (it.flag === "r") {
      if (!/^[ \t]*[+-]?\d+$/.test(v)) return fail([{ id: "date.badnum", args: [v] }]);
      at = Number(v.trim());
    } else if (it.flag === "t" && !/^\d/.test(v)) return fail([usage]);
    // -d and -t set the kernel's zone (settimeofday); -n: no time daemon to ask
  }
  const ops = [...r.operands];
  let format = STANDARD;
  if (ops[0]?.startsWith("+")) format = ops.shift()!.slice(1);
  if (ops[0] !== undefined) {
    const t = bsdParseTime(ops.shift()!, at ?? now);
    if (t === null) return fail([{ id: "date.baddate", args: [] }, usage]);
    if (ops[0]?.startsWith("+")) format = ops[0].slice(1);
    return { kind: "set", format, to: t, zone };
  }
  return { kind: "show", format, at, zone };
}

/** the escapes of 4.4BSD sh's echo -e (bltin/echo.c); an unknown one prints the backslash */
function shEscapes(s: string, out: number[]): boolean {
  const b = utf8.encode(s);
  for (let i = 0; i < b.length; i++) {
    let c = b[i]!;
    if (c === 0x5c && i + 1 < b.length) {
      const n = String.fromCharCode(b[i + 1]!);
      const simple: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 0x5c };
      if (n === "c") return true;
      if (n in simple) {
        c = simple[n]!;
        i++;
      } else if (n === "0") {
        i++;
        c = 0;
        for (let k = 0; k < 3 && i + 1 < b.length && b[i + 1]! >= 0x30 && b[i + 1]! <= 0x37; k++) c = ((c << 3) + (b[++i]! - 0x30)) & 0xff;
      }
    }
    out.push(c);
  }
  return false;
}

/** /bin/echo takes -n first; sh's echo takes -n or -e (escapes) first */
function renderEcho(words: readonly string[], builtin: boolean): Uint8Array {
  let w = [...words];
  const nflag = w[0] === "-n";
  const eflag = builtin && !nflag && w[0] === "-e";
  if (nflag || eflag) w = w.slice(1);
  if (!eflag) return utf8.encode(w.join(" ") + (nflag ? "" : "\n"));
  const out: number[] = [];
  for (let i = 0; i < w.length; i++) {
    if (shEscapes(w[i]!, out)) return new Uint8Array(out);
    if (i + 1 < w.length) out.push(0x20);
  }
  out.push(0x0a);
  return new Uint8Array(out);
}

/** programs whose 4.4BSD/BSD/OS source ends with exit(rval) or exit(1) on any error (rmdir.c,
 *  mkdir.c, rm.c, cat.c, chmod.c, chown.c, wc.c, du.c, tee.c, tail.c, cut.c, tr.c, uniq.c; dd.c's
 *  err(1, …) and errx(1, …)),
 *  where the common command returns AIX's 2 */
const ONE_ON_ERROR = ["rmdir", "mkdir", "rm", "cat", "chmod", "chown", "chgrp", "wc", "du", "tee", "tail", "cut", "tr", "uniq", "dd"];

export const bsdFormats: OsFormats = {
  ls: bsdLs,
  // 4.4BSD du.c: getbsize(), then howmany(blocks, blocksize / 512): root's BLOCKSIZE=1k gives KB
  duSize: (blocks, _unit, BLOCKSIZE) => String(Math.ceil(blocks / blocksizeUnits(BLOCKSIZE))),
  date: { parse: parseDate, setNeedsRoot: true },
  echo: { render: renderEcho },
  dev: { major: bsdDevMajor, minor: bsdDevMinor, makedev: bsdMakedev },
  progname: (argv0) => basename(argv0),
  exitStatus: {
    ...Object.fromEntries(ONE_ON_ERROR.map((name) => [name, (status: number) => (status === 2 ? 1 : status)])),
    // find.c find_execute: rval = 1 for any file it could not look at (AIX counts them)
    find: (status: number) => (status === 0 ? 0 : 1),
    // sh's cd is a built-in that fails with error("can't cd to %s"): eval.c's handler for a
    // built-in sets exitstatus 2
    cd: (status: number) => (status === 0 ? 0 : 2),
    chdir: (status: number) => (status === 0 ? 0 : 2),
  },
  manLayout: bsdManLayout,
  killAllSparesCaller: true,
  tools: {
    // B4 usr.bin/man/man.c and man.conf
    man: {
      style: "bsd",
      section: bsdManLayout.section,
      sections: ["1", "2", "3", "3F", "3f", "4", "5", "6", "7", "8"],
      pagePath: (name, section) => `/usr/share/man/cat${section}/${name}.0`,
      pager: "/usr/bin/more -s",
    },
  },
};
