// grep: searches files for a pattern (basic regular expressions; -E extended, -F fixed strings).
// Exit status as AIX grep: 0 a line was selected, 1 none, 2 an error (unless -q already found one).
import { kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { toolOptstring } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { dec, getopt, reportOpt } from "./lib.js";
import { dataLimit, LineReader, openReader, type Reader } from "./stream.js";
import { err, errnoOf, msg } from "./msg.js";
import { compileRegex, RegexError, type CompileOptions, type Regex } from "./re.js";

interface G {
  v: boolean;
  i: boolean;
  c: boolean;
  n: boolean;
  l: boolean;
  q: boolean;
  s: boolean;
  h: boolean;
  w: boolean;
  x: boolean;
  E: boolean;
  F: boolean;
}

/** the patterns as compiled expressions (re.ts caches them: a script greps for the same thing
 *  again and again) */
function compile(patterns: string[], g: G): Regex[] {
  const o: CompileOptions = { ere: g.E, icase: g.i, fixed: g.F };
  if (g.x) o.whole = "line";
  else if (g.w) o.whole = "word";
  return patterns.map((p) => compileRegex(p, o));
}

/** does one of the expressions match the line? A back-reference pattern runs as this process's
 *  work (its steps charged, Ctrl-C and the step budget reach it) */
function* matches(ctx: CommandContext, res: Regex[], s: string): Co<boolean> {
  for (const re of res) if (re.linear ? re.test(s) : (yield* re.execCo(ctx.sys, s)) !== null) return true;
  return false;
}

function* run(ctx: CommandContext): Co<number> {
  const arg0 = ctx.argv[0] ?? "grep";
  const callname = arg0.slice(arg0.lastIndexOf("/") + 1);
  // -p takes an optional argument, which getopt cannot express: AIX grep checks whether the
  // value was attached (-pSEP) and otherwise un-consumes the next word. Do the same up front.
  const args = ctx.argv.slice(1);
  const paraSeps: string[] = [];
  // the system's letters (Solaris's /usr/bin/grep has no -E -F -e -f -x -p); p is AIX's, taken
  // out below before getopt sees it
  const optstring = toolOptstring(ctx.os.formats, "grep", "bhlciynsqvwxe:f:FEp");
  for (let i = 0; i < args.length && optstring.includes("p"); i++) {
    const a = args[i]!;
    if (a === "--" || !a.startsWith("-") || a === "-") break;
    if (a.startsWith("-p")) {
      paraSeps.push(a.length > 2 ? a.slice(2) : "^$");
      args.splice(i--, 1);
    } else if (/^-[^-]*[ef]$/.test(a)) i++; // the next word is -e's or -f's value
  }
  const r = getopt(args, optstring.replace("p", ""));
  const g: G = { v: false, i: false, c: false, n: false, l: false, q: false, s: false, h: false, w: false, x: false, E: false, F: false };
  const epatterns: string[] = [];
  const pfiles: string[] = [];
  let errflg = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      errflg = true;
      continue;
    }
    switch (it.flag) {
      case "v":
        g.v = true;
        break;
      case "i":
      case "y":
        g.i = true;
        break;
      case "c":
        g.c = true;
        break;
      case "n":
        g.n = true;
        break;
      case "h":
        g.h = true;
        break;
      case "s":
        g.s = true;
        break;
      case "q":
        g.q = true;
        break;
      case "l":
        g.l = true;
        break;
      case "w":
        g.w = true;
        break;
      case "x":
        g.x = true;
        break;
      case "e":
        epatterns.push(it.value ?? "");
        break;
      case "f":
        pfiles.push(it.value ?? "");
        break;
      case "F":
        g.F = true;
        g.E = false;
        break;
      case "E":
        g.E = true;
        g.F = false;
        break;
      default:
        // -b (block numbers) and -p (paragraphs) are accepted and ignored
        break;
    }
  }
  if (g.c && g.l) g.c = false;
  const operands = [...r.operands];
  if (errflg || (operands.length === 0 && epatterns.length === 0 && pfiles.length === 0)) {
    err(ctx, "grep.usage", callname, callname, callname);
    return 2;
  }
  const patterns: string[] = [];
  for (const f of pfiles) {
    let pr: Reader;
    try {
      pr = openReader(ctx, f);
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      err(ctx, "grep.cantopen", callname, f, why);
      return 2;
    }
    const lr = new LineReader(pr, dataLimit(ctx));
    for (let l = yield* lr.next(); l !== null; l = yield* lr.next()) patterns.push(dec.decode(l[l.length - 1] === 10 ? l.subarray(0, l.length - 1) : l));
    pr.close();
  }
  if (epatterns.length === 0 && pfiles.length === 0) epatterns.push(operands.shift()!);
  for (const e of epatterns) patterns.push(...e.split("\n"));
  let res: Regex[];
  try {
    res = compile(patterns, g);
  } catch (e) {
    if (!(e instanceof RegexError)) throw e;
    badPattern(ctx, callname, e);
    return 2;
  }

  const nfile = operands.length;
  /** 0: nothing yet, 1: a line selected, 2: an error */
  let nsucc = 0;
  const files = nfile ? operands : [null];
  let out = "";
  function* flush(): Co<void> {
    if (out) yield* ctx.stdout.put(out);
    out = "";
  }
  for (const file of files) {
    let r: Reader;
    try {
      r = openReader(ctx, file);
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      yield* flush();
      if (!g.s) err(ctx, "grep.cantopen", callname, file!, why);
      nsucc = nsucc === 1 && g.q ? 1 : 2;
      continue;
    }
    const lines = new LineReader(r, dataLimit(ctx));
    try {
      yield* lines.peek();
    } catch (e) {
      // a directory, a device without data: as if it could not be opened
      const errno = errnoOf(e);
      if (errno === "EINTR") throw e;
      r.close();
      yield* flush();
      if (!g.s) err(ctx, "grep.cantopen", callname, file ?? "-", ctx.os.strerror(errno));
      nsucc = nsucc === 1 && g.q ? 1 : 2;
      continue;
    }
    const label = file ?? msg(ctx, "grep.stdin");
    const prefix = nfile > 1 && !g.h ? `${label}:` : "";
    let count = 0;
    let lnum = 0;
    if (paraSeps.length) {
      // paragraph mode: a paragraph is selected when one of its lines matches; separator lines
      // end paragraphs and are never printed; each printed paragraph is followed by a blank line
      let seps: Regex[];
      try {
        seps = compile(paraSeps, { ...g, i: false, w: false, x: false, F: false });
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        badPattern(ctx, callname, e);
        return 2;
      }
      let para = "";
      let first = 0;
      let matched = false;
      const done = () => {
        if (para !== "" && matched !== g.v) {
          if (nsucc !== 2) nsucc = 1;
          count++;
          if (!g.q && !g.c && !g.l) out += prefix + (g.n ? `${first}:` : "") + (nfile > 1 || g.n ? "\n" : "") + para + "\n";
        }
        para = "";
        first = 0;
        matched = false;
      };
      for (let line = yield* lines.next(); line !== null; line = yield* lines.next()) {
        lnum++;
        const s = text(line);
        if (yield* matches(ctx, seps, s)) {
          done();
          continue;
        }
        if (first === 0) first = lnum;
        if (!matched) matched = yield* matches(ctx, res, s);
        para += s + "\n";
        if (para.length > dataLimit(ctx)) throw kerr("ENOMEM");
        if (out.length > 16384) yield* flush();
      }
      done();
      r.close();
      if (g.l && count > 0 && !g.q) out += label + "\n";
      if (g.c && !g.q) out += prefix + count + "\n";
      continue;
    }
    for (let line = yield* lines.next(); line !== null; line = yield* lines.next()) {
      lnum++;
      ctx.sys.charge(1);
      const s = text(line);
      let hit = false;
      for (let k = 0; k < res.length && !hit; k++) {
        const re = res[k]!;
        hit = re.linear ? re.test(s) : (yield* re.execCo(ctx.sys, s)) !== null;
      }
      if (hit === g.v) continue;
      if (nsucc !== 2) nsucc = 1;
      count++;
      if (g.q) continue;
      if (g.l) {
        out += label + "\n";
        break;
      }
      if (g.c) continue;
      out += prefix + (g.n ? `${lnum}:` : "") + s + "\n";
      if (out.length > 16384) yield* flush();
    }
    r.close();
    if (g.c && !g.q) out += prefix + count + "\n";
  }
  yield* flush();
  return nsucc === 2 ? 2 : nsucc === 0 ? 1 : 0;
}

/** the pattern is not valid: the catalog's text, with the number and words of the system's
 *  regexp(5) where it has them (Solaris: "grep: RE error 49: [ ] imbalance.") */
function badPattern(ctx: CommandContext, callname: string, e: RegexError): void {
  const d = ctx.os.formats.tools?.regexDiagnostic?.(e.problem);
  err(ctx, "grep.badpattern", callname, d?.code ?? 0, d?.text ?? "");
}

/** a line without its newline, as text */
function text(line: Uint8Array): string {
  return dec.decode(line[line.length - 1] === 10 ? line.subarray(0, line.length - 1) : line);
}

export const grep: CommandDef = {
  name: "grep",
  path: "/usr/bin/grep",
  summary: "Searches for a pattern in a file.",
  flags: ["-E", "-F", "-c", "-e", "-f", "-h", "-i", "-l", "-n", "-p", "-q", "-s", "-v", "-w", "-x", "-y"],
  run,
  man: `grep Command

Purpose
       Searches for a pattern in a file.

Syntax
       grep [ -E | -F ] [ -i ] [ -h ] [ -s ] [ -v ] [ -w ] [ -x ] [ -y ]
            [ [ [ -b ] [ -n ] ] | [ -c | -l | -q ] ] { { -e PatternList ... }
            [ -f PatternFile ... ] | PatternList ... } [ File ... ]

Paragraphs
       -p[Separator]  Displays the entire paragraph containing matched lines.
                      Paragraphs are delimited by lines that match Separator
                      (a pattern like the search pattern); the default is a
                      blank line. Separator lines are never printed.
                      Example: odmget CuAt | grep -p loop0

Description
       The grep command searches for the pattern specified by the Pattern
       parameter and writes each matching line to standard output. The
       patterns are limited regular expressions in the style of the ed or egrep
       command. If you specify more than one name in the File parameter, the
       grep command displays the name of the file containing the matched line.

Flags
       -c   Displays only a count of matching lines.
       -E   Treats each specified pattern as an extended regular expression.
       -e PatternList
            Specifies one or more search patterns.
       -F   Treats each specified pattern as a string instead of a regular
            expression.
       -f PatternFile
            Specifies a file containing search patterns, one per line.
       -h   Prevents the name of the file containing the matching line from
            being appended to that line.
       -i   Ignores the case (uppercase or lowercase) of letters.
       -l   Lists just the names of files (once) which contain matching lines.
       -n   Precedes each line by the relative line number in the file.
       -q   Suppresses all writing to standard output, regardless of matching
            lines. Exits with a zero status if an input line is selected.
       -s   Suppresses error messages ordinarily written for nonexistent or
            unreadable files.
       -v   Displays all lines not matching the specified pattern.
       -w   Does a word search.
       -x   Displays lines that match the specified pattern exactly with no
            additional characters.
       -y   Ignores the case of letters when making comparisons.

Exit Status
       0    A match was found.
       1    No match was found.
       >1   A syntax error was found or a file was inaccessible (even if
            matches were found).
`,
};
