// What Solaris 11.1's text tools do beyond their words (engine/userland/formats.ts ToolRules): the
// statuses they exit with, the option letters of /usr/bin/grep, sed and tr, where a usage follows
// a message, the messages said on standard output, and the numbers and words of regexp(5)'s
// compile() that /usr/bin/grep prints. The texts are in catalog-texttools.ts; the ledger rows in
// docs/fidelity/solaris.md ("The text tools' texts on Solaris").
import type { RegexProblem } from "../../userland/common/regex.js";
import type { ToolRules } from "../../userland/formats.js";

/** grep.c's errstr[]: what regerr() prints after "grep: RE error N: " for compile()'s codes */
const RE_ERRORS: Readonly<Record<number, string>> = {
  11: "Range endpoint too large.",
  16: "Bad number.",
  25: "``\\digit'' out of range.",
  41: "No remembered search string.",
  42: "\\( \\) imbalance.",
  43: "Too many \\(.",
  44: "More than 2 numbers given in \\{ \\}.",
  45: "} expected after \\.",
  46: "First number exceeds second in \\{ \\}.",
  49: "[ ] imbalance.",
  50: "Regular expression overflow.",
  67: "Illegal byte sequence.",
};

/** the compile() error code of each problem (regexpr(3GEN)'s numbers; see the ledger for which
 *  are read from the source and which are guesses) */
const RE_CODES: Readonly<Record<RegexProblem, number>> = {
  bracket: 49,
  paren: 42,
  brace: 45,
  "interval-number": 16,
  "interval-range": 11,
  "interval-order": 46,
  repetition: 45,
  backref: 25,
  backslash: 36,
  class: 49,
  overflow: 50,
  other: 0,
};

/** the statuses of the text tools where Solaris's differ (OsFormats.statusAfter: a message id or a
 *  named situation "program.situation") */
export const solarisToolStatuses: Readonly<Record<string, number>> = {
    // usage() exits 2 (cut.c, sed0.c, man.c, xargs.c, bash's builtin_usage), uniq.c 2, 1 or 3
    "cut.usage": 2,
    "sed.usage": 2,
    "man.usage": 2,
    "xargs.usage": 2,
    "printf.usage": 2,
    "uniq.badflag": 2,
    "uniq.exclusive": 3,
    // man.c: "No manual entry" changes nothing, main returns 0
    "man.noentry": 0,
    // find.c: usage() exits 1; error = 1 for any file it could not look at; -exec's child
    // exits 1 and only the -exec ... + form sets find's status
    "find.usage": 1,
    "find.failed": 1,
    "find.cantexec": 0,
};

/** the text tools' option letters (OsFormats.options) */
export const solarisToolOptions: Readonly<Record<string, string>> = {
    grep: "hqblcnsviyw",
    sed: "nf:e:",
    tr: "cds",
    // sort/common/options.c OPTIONS_STRING (-M and -S are taken and not simulated; no -A)
    sort: "bcdfik:mno:rt:uy:z:T:MS:",
    // pg.c getopt("cefnrsp:"): -r (restricted) is taken and not simulated
    pg: "cefnrsp:",
};

/** the text tools' messages said on standard output (OsFormats.onStdout) */
export const solarisToolsOnStdout = ["man.noentry", "man.nosection", "more.isdir"];

export const solarisTools: ToolRules = {
  usageAfter: {
    "sed.patfile": false,
    "file.cantopen": true,
    "find.badoption": true,
    "find.conj": true,
    "find.badperm": true,
    "find.badnum": false,
    "uniq.range": true,
  },
  regexDiagnostic: (problem) => {
    const code = RE_CODES[problem];
    return { code, text: RE_ERRORS[code] ?? "Unknown regexp error code!!" };
  },
  trOperands: "sysv",
  // find.c compile(): "incomplete statement" as soon as a primary's argument is missing
  findArgs: "required",
  // the file commands built without XPG4 (docs/fidelity/solaris.md, "The common commands'
  // statuses, options and streams on Solaris")
  forceAndAsk: new Set(["rm", "mv"]),
  rmQuietUnlink: true,
  askOnTerminal: new Set(["cp", "mv"]),
  forceStatus: { chmod: "zero", chown: "uncounted", chgrp: "uncounted" },
  ownerNames: "sysv",
  mkdirpWhole: true,
  tailSyntax: "sysv",
  sleepIntervals: true,
  sum: {
    default: "sysv",
    line: sumLine,
  },
  findNftw: true,
  moreArgscan: true,
  man: { section: manSection, pager: "more -s", mandir: "/usr/share/man" },
};

/**
 * sum.c's line: BUFSIZE 512, so the blocks are 512 bytes rounded up; the System V sum prints
 * "%u %lld", the BSD one (-r) "%.5u %6lld"; " name" follows only when files were named.
 */
function sumLine(alg: "sysv" | "bsd", sum: number, bytes: number, name: string | null): string {
  const blocks = Math.floor((bytes + 511) / 512);
  const head = alg === "bsd" ? `${String(sum).padStart(5, "0")} ${String(blocks).padStart(6)}` : `${sum} ${blocks}`;
  return head + (name === null ? "" : ` ${name}`);
}

/** the section of a command's page: the administrative commands of /usr/sbin are 1M (man.c
 *  compares sections in lower case), everything else 1 */
function manSection(path: string | undefined): string {
  return path !== undefined && /^\/(usr\/)?sbin\//.test(path) ? "1m" : "1";
}
