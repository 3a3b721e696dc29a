// Solaris date's arguments (illumos usr/src/cmd/date/date.c, the 11.1 program): getopt "a:u",
// then +format or a clock setting mmddHHMM[[cc]yy][.SS], or HHMM alone for today. setdate() says
// "bad conversion" alone for a character that is not a digit, and "bad conversion" then the usage
// for a length or a value it cannot take; every error exits 1. -a (adjtime) is taken and does
// nothing here: the lab's clock has no drift to slew.
import { civil, getopt } from "../../userland/common/lib.js";
import type { DateRequest } from "../../userland/formats.js";

const STANDARD = "%a %b %e %H:%M:%S %Z %Y";
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

type Msg = { id: string; args: (string | number)[] };
const fail = (messages: Msg[]): DateRequest => ({ kind: "error", messages, status: 1 });
const USAGE: Msg = { id: "date.usage", args: [] };
const BAD: Msg = { id: "date.baddate", args: [] };

/** setdate(): the clock setting as seconds, or the messages date prints */
export function solarisSetTime(arg: string, now: number): number | Msg[] {
  let s = arg;
  let sec = 0;
  const dot = /\.(\d\d)$/.exec(s);
  // the seconds are eaten only when they are two digits below 60
  if (dot && Number(dot[1]) < 60) {
    sec = Number(dot[1]);
    s = s.slice(0, -3);
  }
  if (!/^\d*$/.test(s)) return [BAD];
  const today = civil(now);
  let year = today.year;
  let mm = today.month;
  let dd = today.day;
  let hh: number;
  let min: number;
  const two = (i: number) => Number(s.slice(i, i + 2));
  switch (s.length) {
    case 12:
      year = Number(s.slice(8));
      break;
    case 10:
      // 00-68 are 2000-2068, 69-99 1969-1999
      year = two(8) <= 68 ? 2000 + two(8) : 1900 + two(8);
      break;
    case 8:
    case 4:
      break;
    default:
      return [BAD, USAGE];
  }
  if (s.length === 4) {
    hh = two(0);
    min = two(2);
  } else {
    mm = two(0);
    dd = two(2);
    hh = two(4);
    min = two(6);
  }
  if (hh === 24) {
    hh = 0;
    dd++;
  }
  const dmax = mm >= 1 && mm <= 12 ? DAYS[mm - 1]! + (mm === 2 && isLeap(year) ? 1 : 0) : 0;
  if (mm < 1 || mm > 12 || dd < 1 || dd > dmax || hh > 23 || min > 59) return [BAD, USAGE];
  return Date.UTC(year, mm - 1, dd, hh, min, sec) / 1000;
}

export function solarisParseDate(argv: readonly string[], now: number, progname: string): DateRequest {
  const r = getopt(argv, "a:u");
  let zone: string | null = null;
  let adjust = false;
  for (const it of r.items) {
    if (it.kind === "badflag") return fail([{ id: "getopt.badflag", args: [progname, it.flag] }, USAGE]);
    if (it.kind === "needarg") return fail([{ id: "getopt.needarg", args: [progname, it.flag] }, USAGE]);
    if (it.flag === "u") zone = "GMT";
    else if (/^-?\d*(\.\d*)?$/.test(it.value ?? "")) adjust = true;
    else return fail([{ id: "date.badadjust", args: [it.value ?? ""] }, USAGE]);
  }
  // -a is not taken with -u
  if (adjust && zone !== null) return fail([USAGE]);
  if (adjust) return { kind: "error", messages: [], status: 0 };
  const a = r.operands[0];
  if (a === undefined || a.startsWith("+")) return { kind: "show", format: a === undefined ? STANDARD : a.slice(1), at: null, zone };
  const t = solarisSetTime(a, now);
  if (typeof t !== "number") return fail(t);
  return { kind: "set", format: STANDARD, to: t, zone };
}
