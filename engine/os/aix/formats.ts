// The layouts AIX's common commands print in (see engine/userland/formats.ts): AIX ls, date's
// mmddHHMM[[cc]yy], ksh's System V echo, device numbers as the lab's AIX numbers them.
import { echoEscapes } from "../../userland/common/echo.js";
import { civil } from "../../userland/common/lib.js";
import type { DateRequest, OsFormats } from "../../userland/formats.js";
import { aixLs } from "./lsformat.js";

const utf8 = new TextEncoder();

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

const STANDARD = "%a %b %e %H:%M:%S %Z %Y";

/** AIX date: -u is taken (the lab's clock is UTC), one operand: +format or a clock setting */
function parseDate(argv: readonly string[], now: number): DateRequest {
  const args = argv.filter((a) => a !== "-u");
  const usage = { kind: "error" as const, messages: [{ id: "date.usage", args: [] }], status: 1 };
  const a = args[0];
  if (args.length > 1 || (a !== undefined && !a.startsWith("+") && !/^\d+$/.test(a))) return usage;
  if (a !== undefined && !a.startsWith("+")) {
    const t = parseSet(a, now);
    if (t === null) return { ...usage, messages: [{ id: "date.baddate", args: [] }, ...usage.messages] };
    return { kind: "set", format: STANDARD, to: t, zone: null };
  }
  return { kind: "show", format: a?.startsWith("+") ? a.slice(1) : STANDARD, at: null, zone: null };
}

/** ksh's echo (System V): escapes always, no options ("-n" is a word), \c ends the output */
function renderEcho(words: readonly string[]): Uint8Array {
  if (!words.some((w) => w.includes("\\"))) return utf8.encode(words.join(" ") + "\n");
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0) out.push(0x20);
    if (echoEscapes(words[i]!, out)) return new Uint8Array(out);
  }
  out.push(0x0a);
  return new Uint8Array(out);
}

export const aixFormats: OsFormats = {
  ls: aixLs,
  date: { parse: parseDate, setNeedsRoot: false },
  echo: { render: renderEcho },
  // the lab's AIX device numbers are the sequence numbers the machine hands out (no major/minor)
  dev: { major: (d) => d >>> 16, minor: (d) => d & 0xffff, makedev: (ma, mi) => ((ma << 16) | mi) >>> 0 },
  progname: (argv0) => argv0,
};
