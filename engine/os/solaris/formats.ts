// The layouts the Solaris machine's common commands print in (see engine/userland/formats.ts):
// Solaris ls (lsformat.ts), date with the System V clock syntax AIX's date also takes, echo as
// bash's built-in and as /usr/bin/echo, Solaris device numbers (devt.ts), and libc's program name
// (getopt's messages name argv[0] as typed, as AIX's do), and the text tools' rules (tools.ts).
import { echoEscapes } from "../../userland/common/echo.js";
import type { OsFormats } from "../../userland/formats.js";
import { aixFormats } from "../aix/formats.js";
import { solarisDev, solarisMajor, solarisMinor } from "./devt.js";
import { solarisLs } from "./lsformat.js";
import { solarisTools } from "./tools.js";

const utf8 = new TextEncoder();

/** escapes as echo -e (bash) or /usr/bin/echo (System V, always) read them; \c ends the output */
function escaped(words: readonly string[], newline: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0) out.push(0x20);
    if (echoEscapes(words[i]!, out)) return new Uint8Array(out);
  }
  if (newline) out.push(0x0a);
  return new Uint8Array(out);
}

/**
 * bash's echo: leading words made only of -n, -e and -E are options (-n: no newline, -e: read
 * escapes, -E: do not, the default: xpg_echo is off); anything else is printed. /usr/bin/echo
 * is System V's: no options, escapes always.
 */
function renderEcho(words: readonly string[], builtin: boolean): Uint8Array {
  if (!builtin) return escaped(words, true);
  let i = 0;
  let newline = true;
  let escapes = false;
  for (; i < words.length && /^-[neE]+$/.test(words[i]!); i++) {
    for (const c of words[i]!.slice(1)) {
      if (c === "n") newline = false;
      else escapes = c === "e";
    }
  }
  const rest = words.slice(i);
  if (escapes) return escaped(rest, newline);
  return utf8.encode(rest.join(" ") + (newline ? "\n" : ""));
}

export const solarisFormats: OsFormats = {
  ls: solarisLs,
  // date(1): mmddHHMM[[cc]yy]; setting the clock needs the sys_time privilege (root)
  date: { ...aixFormats.date, setNeedsRoot: true },
  echo: { render: renderEcho },
  dev: { major: solarisMajor, minor: solarisMinor, makedev: solarisDev },
  progname: (argv0) => argv0,
  tools: solarisTools,
};
