// The layouts the Solaris machine's common commands print in (see engine/userland/formats.ts):
// Solaris ls (lsformat.ts), date's System V clock syntax (dateformat.ts), echo as bash's built-in
// and as /usr/bin/echo, Solaris device numbers (devt.ts), libc's program name (getopt's messages
// name argv[0] as typed, as AIX's do), and where the Solaris programs differ from the common code
// in more than words: their exit statuses, option letters, and what they print on standard output
// (the text tools' part of these tables, and their other rules, are in tools.ts).
import { echoEscapes } from "../../userland/common/echo.js";
import type { OsFormats } from "../../userland/formats.js";
import { solarisParseDate } from "./dateformat.js";
import { solarisDev, solarisMajor, solarisMinor } from "./devt.js";
import { solarisLs } from "./lsformat.js";
import { solarisManLayout } from "./manlayout.js";
import { solarisDuSize } from "./dusize.js";
import { solarisToolOptions, solarisTools, solarisToolsOnStdout, solarisToolStatuses } from "./tools.js";

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

/** a program that ends with `return (r ? 2 : 0)` (mv.c for cp, mv and ln) */
const twoOnError = (status: number) => (status === 0 ? 0 : 2);

export const solarisFormats: OsFormats = {
  ls: solarisLs,
  // date.c: mmddHHMM[[cc]yy][.SS]; setting the clock needs the sys_time privilege (root)
  date: { parse: solarisParseDate, setNeedsRoot: true },
  echo: { render: renderEcho },
  dev: { major: solarisMajor, minor: solarisMinor, makedev: solarisDev },
  progname: (argv0) => argv0,
  exitStatus: {
    cp: twoOnError,
    mv: twoOnError,
    ln: twoOnError,
    // cksum.c: exstat |= sum(file), one bit
    cksum: (status) => (status === 0 ? 0 : 1),
  },
  // each from the program's source in illumos (see docs/fidelity/solaris.md, "The common
  // commands' texts on Solaris"); bash's test exits 2 on a syntax error (test.c TEST_ERREXIT)
  statusAfter: {
    "mkdir.usage": 2,
    "mkdir.badmode": 5,
    "chmod.badmode": 5,
    "chmod.cannot": 1,
    "chown.usage": 2,
    "chgrp.usage": 2,
    "touch.badconv": 1,
    "touch.badtime": 1,
    "cat.readerr": 1,
    "tail.cantopen": 2,
    "du.error": 1,
    "pwd.badopt": 2,
    "which.usage": 0,
    "env.usage": 1,
    "sleep.usage": 1,
    "sleep.badtime": 1,
    "test.argexp": 2,
    "test.badop": 2,
    "test.bracket": 2,
    "test.paren": 2,
    "test.toomany": 2,
    "sum.usage": 2,
    "cksum.usage": 2,
    ...solarisToolStatuses,
  },
  // rm.c asks its override question with printf; head.c prints its usage with printf
  onStdout: new Set(["rm.override", "head.usage", ...solarisToolsOnStdout]),
  options: {
    rm: "fiRr",
    rmdir: "ps",
    ln: "fns",
    cp: "fHiLpPrR@/",
    head: "n",
    cat: "usvtebn",
    wc: "cCmlw",
    du: "ahHkLmrsx",
    sum: "r",
    hostname: "",
    ...solarisToolOptions,
  },
  duQuietWithoutR: true,
  duSize: solarisDuSize,
  tools: solarisTools,
  manLayout: solarisManLayout,
};
