// strftime as the lab's commands use it (date, errpt, shutdown): the machine clock is UTC, the
// zone name is whatever the caller says (TZ, or UTC). Conversions the table does not know are
// copied as they are.
import { civil, MONTHS, pad2, WEEKDAYS } from "./lib.js";

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
