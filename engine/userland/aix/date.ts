// date (AIX): print the machine clock, in the default form or a +FORMAT; root sets it with
// date mmddHHMM[[cc]yy].
import { civil, MONTHS, pad2, WEEKDAYS } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

const FULL_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatDate(fmt: string, seconds: number, tz: string): string {
  const c = civil(seconds);
  const h12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
  const yday = Math.floor((Date.UTC(c.year, c.month - 1, c.day) - Date.UTC(c.year, 0, 1)) / 86400000) + 1;
  const codes: Record<string, () => string> = {
    a: () => WEEKDAYS[c.weekday]!,
    A: () => FULL_DAYS[c.weekday]!,
    b: () => MONTHS[c.month - 1]!,
    h: () => MONTHS[c.month - 1]!,
    B: () => FULL_MONTHS[c.month - 1]!,
    c: () => formatDate("%a %b %e %H:%M:%S %Y", seconds, tz),
    C: () => pad2(Math.floor(c.year / 100)),
    d: () => pad2(c.day),
    D: () => formatDate("%m/%d/%y", seconds, tz),
    e: () => String(c.day).padStart(2, " "),
    H: () => pad2(c.hour),
    I: () => pad2(h12),
    j: () => String(yday).padStart(3, "0"),
    m: () => pad2(c.month),
    M: () => pad2(c.minute),
    n: () => "\n",
    p: () => (c.hour < 12 ? "AM" : "PM"),
    r: () => formatDate("%I:%M:%S %p", seconds, tz),
    S: () => pad2(c.second),
    s: () => String(Math.floor(seconds)),
    t: () => "\t",
    T: () => formatDate("%H:%M:%S", seconds, tz),
    u: () => String(c.weekday === 0 ? 7 : c.weekday),
    w: () => String(c.weekday),
    y: () => pad2(c.year % 100),
    Y: () => String(c.year),
    Z: () => tz,
    "%": () => "%",
  };
  return fmt.replace(/%(.)/g, (all, k: string) => (codes[k] ? codes[k]!() : all));
}

/** mmddHHMM[[cc]yy] → seconds, or null when it is not a valid date */
function parseSet(s: string, now: number): number | null {
  const m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)?(\d\d)?$/.exec(s);
  if (!m) return null;
  const [, mo, dd, hh, mi, a, b] = m;
  let year = civil(now).year;
  if (a !== undefined && b !== undefined) year = Number(a + b);
  else if (a !== undefined) year = Number(a) < 69 ? 2000 + Number(a) : 1900 + Number(a);
  const [M, D, H, N] = [Number(mo), Number(dd), Number(hh), Number(mi)];
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || N > 59) return null;
  const t = Date.UTC(year, M - 1, D, H, N) / 1000;
  if (civil(t).day !== D) return null;
  return t;
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1).filter((a) => a !== "-u");
  const tz = ctx.shell.env.get("TZ") || "UTC";
  const clock = ctx.machine.clock;
  if (args.length > 1 || (args[0] !== undefined && !args[0].startsWith("+") && !/^\d+$/.test(args[0]))) {
    err(ctx, "date.usage");
    return 1;
  }
  const a = args[0];
  if (a !== undefined && !a.startsWith("+")) {
    const t = parseSet(a, clock.now());
    if (t === null) {
      err(ctx, "date.baddate");
      err(ctx, "date.usage");
      return 1;
    }
    clock.set(t);
  }
  const fmt = a?.startsWith("+") ? a.slice(1) : "%a %b %e %H:%M:%S %Z %Y";
  ctx.stdout.write(formatDate(fmt, clock.now(), tz) + "\n");
  return 0;
}

export const date: CommandDef = {
  name: "date",
  run,
  path: "/usr/bin/date",
  summary: "Displays or sets the date or time.",
  man: `date Command

Purpose
       Displays or sets the date or time.

Syntax
       date [ -u ] [ +"Field Descriptors" ]
       date [ -n ] [ -u ] [ mmddHHMM[[cc]yy] ]

Description
       Without a parameter the date command writes the current date and time
       of the machine's clock, such as Wed Nov 27 06:43:00 UTC 2013. A
       parameter that begins with + is a format: each field descriptor (%a
       %A %b %B %c %d %D %e %H %I %j %m %M %p %r %S %T %y %Y %Z and the others
       of strftime) is replaced by its value and other characters are copied.
       The root user sets the clock with mmddHHMM[[cc]yy].

Flags
       -n   Does not set the time globally on all machines in a local area
            network that have their clocks synchronized.
       -u   Displays or sets the time in Coordinated Universal Time (UTC).

Exit Status
       0    The date was written or set.
       >0   An error occurred.
`,
};
