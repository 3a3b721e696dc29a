// touch: updates the access and modification times of a file (creating it if needed) to the
// machine clock, to -t [[CC]YY]MMDDhhmm[.SS], to the old MMDDhhmm[yy] operand or to -r's file.
// Times are read in the machine's time zone, UTC.
import type { CommandContext, CommandDef } from "../types.js";
import { basename, daysFromCivil, getopt, reportOpt } from "./lib.js";
import { err, errnoOf, exitAfter } from "./msg.js";

/** parse the time operand; null when the format is wrong */
export function parseTouchTime(s: string, tflag: boolean, now: number): number | null {
  let rest = s;
  let sec = 0;
  let year = Math.floor(daysToYear(now));
  if (tflag) {
    const dot = rest.lastIndexOf(".");
    if (dot >= 0) {
      const ss = rest.slice(dot + 1);
      if (rest.length < 11 || ss.length !== 2 || !/^\d\d$/.test(ss)) return null;
      sec = Number(ss);
      rest = rest.slice(0, dot);
    }
    if (!/^\d+$/.test(rest)) return null;
    if (rest.length === 12) {
      year = Number(rest.slice(0, 4));
      rest = rest.slice(4);
    } else if (rest.length === 10) {
      const yy = Number(rest.slice(0, 2));
      year = yy < 69 ? 2000 + yy : 1900 + yy;
      rest = rest.slice(2);
    } else if (rest.length !== 8) return null;
  } else {
    if (!/^\d+$/.test(rest) || (rest.length !== 8 && rest.length !== 10)) return null;
    if (rest.length === 10) {
      const yy = Number(rest.slice(8));
      year = yy <= 68 ? 2000 + yy : 1900 + yy;
      rest = rest.slice(0, 8);
    }
  }
  const mon = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const hour = Number(rest.slice(4, 6));
  const min = Number(rest.slice(6, 8));
  if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 61) return null;
  return daysFromCivil(year, mon, day) * 86400 + hour * 3600 + min * 60 + sec;
}

function daysToYear(seconds: number): number {
  // the current year from the clock
  let y = 1970;
  while (daysFromCivil(y + 1, 1, 1) * 86400 <= seconds) y++;
  while (daysFromCivil(y, 1, 1) * 86400 > seconds) y--;
  return y;
}

const isDateNumber = (s: string) => (s.length === 8 || s.length === 10) && /^\d+$/.test(s);

function run(ctx: CommandContext): number {
  if (ctx.argv.length === 1) {
    err(ctx, "touch.usage", basename(ctx.argv[0] ?? "touch"));
    return 2;
  }
  const r = getopt(ctx.argv.slice(1), "amcfr:t:");
  let m = false;
  let a = false;
  let c = false;
  let ref: string | undefined;
  let tval: string | undefined;
  let defaultTime = true;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "touch.usage", basename(ctx.argv[0] ?? "touch"));
      return 2;
    }
    switch (it.flag) {
      case "m":
        m = true;
        defaultTime = false;
        break;
      case "a":
        a = true;
        defaultTime = false;
        break;
      case "c":
        c = true;
        break;
      case "r":
        ref = it.value;
        defaultTime = false;
        break;
      case "t":
        tval = it.value;
        break;
    }
  }
  const files = [...r.operands];
  if (files.length < 1) {
    err(ctx, "touch.usage", basename(ctx.argv[0] ?? "touch"));
    return 2;
  }
  if (!m && !a) m = a = true;
  const now = ctx.machine.clock.now();
  let timbuf = now;
  if (tval !== undefined || (isDateNumber(files[0]!) && files.length >= 2)) {
    defaultTime = false;
    const spec = tval ?? files.shift()!;
    const t = parseTouchTime(spec, tval !== undefined, now);
    if (t === null) {
      const id = tval !== undefined ? "touch.badtime" : "touch.badconv";
      err(ctx, id);
      return exitAfter(ctx, id, 2);
    }
    timbuf = t;
  }
  let status = 0;
  const sys = ctx.sys;
  for (const f of files) {
    let st: { atime: number; mtime: number } | null = null;
    try {
      st = sys.stat(f);
    } catch (e) {
      const errno = errnoOf(e);
      if (c) continue;
      if (errno === "ENOENT") {
        try {
          sys.open(f, { write: true, create: true }, 0o666);
          st = sys.stat(f);
        } catch (e2) {
          err(ctx, "touch.cantcreate", f, ctx.os.strerror(errnoOf(e2)));
          status++;
          continue;
        }
      } else {
        err(ctx, "touch.staterr", f, ctx.os.strerror(errno));
        status++;
      }
    }
    let atime = st?.atime ?? now;
    let mtime = st?.mtime ?? now;
    let na = timbuf;
    let nm = timbuf;
    if (ref !== undefined) {
      try {
        const rs = sys.stat(ref);
        na = rs.atime;
        nm = rs.mtime;
      } catch (e) {
        err(ctx, "touch.refstat", ref, ctx.os.strerror(errnoOf(e)));
        return 2;
      }
    }
    if (m) mtime = nm;
    if (a) atime = na;
    if (defaultTime) atime = mtime = now;
    try {
      sys.utimes(f, atime, mtime);
    } catch (e) {
      err(ctx, "touch.cantchange", f, ctx.os.strerror(errnoOf(e)));
      status++;
    }
  }
  return status;
}

export const touch: CommandDef = {
  name: "touch",
  path: "/usr/bin/touch",
  summary: "Updates the access and modification times of a file.",
  flags: ["-a", "-c", "-f", "-m", "-r", "-t"],
  run,
  man: `touch Command

Purpose
       Updates the access and modification times of a file.

Syntax
       touch [ -a ] [ -c ] [ -m ] [ -f ] [ -r RefFile ] [ Time |
             -t [[CC]YY]MMDDhhmm[.SS] ] File ...

Description
       The touch command updates the access and modification times of each
       file specified by the File parameter to the current time, or to the
       time given by the Time parameter (MMDDhhmm[YY]) or the -t flag. If you
       do not specify a value for the Time variable, the touch command uses the
       current time. If a file does not exist, the touch command creates it
       (unless -c is given).

Flags
       -a   Changes the access time of the file.
       -c   Does not create the file if it does not already exist.
       -f   Attempts to force the touch in spite of read and write
            permissions on a file.
       -m   Changes the modification time of File.
       -r RefFile
            Uses the corresponding time of the file specified by RefFile
            instead of the current time.
       -t Time
            Uses the specified time instead of the current time.

Exit Status
       0    The command executed successfully.
       >0   An error occurred. The exit value is the number of files that
            could not be changed.
`,
};
