// tr: translates, deletes (-d) or squeezes (-s) characters of standard input (AIX 4.1.3 tr.c).
// String1's characters map to String2's in order; a String1 longer than String2 leaves its extra
// characters as they are (AIX; POSIX would repeat String2's last). -c takes the complement of
// String1 in collating order. -s squeezes runs of a character of String2 (of String1 when there
// is no String2) into one. -A uses the ASCII classes. The mapping is a table of 256 bytes, so
// the input streams through a chunk at a time.
import type { Co } from "../../kernel/proc/wait.js";
import { toolOptstring } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err } from "./msg.js";
import { parseString, removeEscapes, TrStringError, type Elem, type ParseContext } from "./trstrings.js";

const enc = new TextEncoder();

interface Table {
  /** byte → byte, or -1 to delete it */
  map: Int16Array;
  squeeze: Uint8Array;
}

/** the characters of a string one at a time (repetitions unrolled lazily) */
function* chars(elems: readonly Elem[]): Generator<number> {
  for (const e of elems) for (let k = 0; k < e.reps; k++) yield e.c;
}

/** the complement of String1: every byte not in it, in collating (byte) order */
function complement(elems: readonly Elem[]): Elem[] {
  const inS1 = new Uint8Array(256);
  for (const e of elems) inS1[e.c] = 1;
  const out: Elem[] = [];
  for (let c = 0; c < 256; c++) if (!inS1[c]) out.push({ c, reps: 1 });
  return out;
}

function table(s1: readonly Elem[], s2: readonly Elem[], f: { d: boolean; s: boolean }, s2empty: boolean): Table {
  const map = new Int16Array(256).map((_, i) => i);
  const squeeze = new Uint8Array(256);
  const a = chars(s1);
  const b = chars(s2);
  for (;;) {
    const x = a.next();
    const y = b.next();
    if (x.done && y.done) break;
    if (!x.done) {
      if (f.d) map[x.value] = -1;
      else if (!y.done) map[x.value] = y.value;
    }
    if (f.s) {
      if (!y.done) squeeze[y.value] = 1;
      else if (s2empty && !x.done) squeeze[x.value] = 1;
    }
  }
  return { map, squeeze };
}

/** the strings as tr.c would take them, or a message and the exit status */
function build(ctx: CommandContext, f: { c: boolean; d: boolean; s: boolean; A: boolean }, strings: string[]): Table | number {
  const pc: ParseContext = { string1: true, ds: f.d && f.s, ascii: f.A, string2Found: strings.length === 2, belowLower: -1, belowUpper: -1 };
  try {
    let s1 = parseString(removeEscapes(enc.encode(strings[0] ?? "")), pc);
    if (f.c) s1 = complement(s1);
    const t2 = strings.length === 2 ? removeEscapes(enc.encode(strings[1]!)) : [];
    pc.string1 = false;
    const s2 = t2.length ? parseString(t2, pc) : [];
    return table(s1, s2, f, t2.length === 0);
  } catch (e) {
    if (!(e instanceof TrStringError)) throw e;
    // tr's name as typed, then the class in question (Solaris's tr.c says both)
    err(ctx, e.id, ctx.argv[0]!, e.arg);
    if (e.usage) err(ctx, "tr.usage");
    return 1;
  }
}

/** the legal combinations of -c -d -s with one or two strings (tr.c's table) */
function legal(f: { c: boolean; d: boolean; s: boolean }, two: boolean): boolean {
  if (!two) return !((!f.c && !f.d && !f.s) || (!f.c && f.d && f.s) || (f.c && !f.d && !f.s) || (f.c && f.d && f.s));
  return !((!f.c && f.d && !f.s) || (f.c && f.d && !f.s));
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), toolOptstring(ctx.os.formats, "tr", "cdsA"));
  const f = { c: false, d: false, s: false, A: false };
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      bad = true;
    } else f[it.flag as keyof typeof f] = true;
  }
  const n = r.operands.length;
  // POSIX (AIX): one or two strings in the combinations it allows; System V's /usr/bin/tr
  // (Solaris): up to two strings with any options
  const sysv = ctx.os.formats.tools?.trOperands === "sysv";
  if (n > 2 || (n < 1 && !sysv)) bad = true;
  else if (!sysv && !legal(f, n === 2)) {
    err(ctx, "tr.combination");
    bad = true;
  }
  if (bad) {
    err(ctx, "tr.usage");
    return 1;
  }
  const t = build(ctx, f, r.operands);
  if (typeof t === "number") return t;
  let last = 0;
  for (;;) {
    const b = yield* ctx.stdin.read();
    if (b.length === 0) break;
    const out = new Uint8Array(b.length);
    let k = 0;
    for (let i = 0; i < b.length; i++) {
      const c = t.map[b[i]!]!;
      if (c < 0 || (t.squeeze[c] && c === last)) continue;
      last = c;
      out[k++] = c;
    }
    ctx.sys.charge(b.length >> 12);
    if (k > 0) yield* ctx.stdout.put(out.subarray(0, k));
  }
  return 0;
}

export const tr: CommandDef = {
  name: "tr",
  path: "/usr/bin/tr",
  summary: "Translates characters.",
  flags: ["-A", "-c", "-d", "-s"],
  run,
  man: `tr Command

Purpose
       Translates characters.

Syntax
       tr [ -c | -cds | -cs | -ds | -s ] [ -A ] String1 String2
       tr { -cd | -cs | -d | -s } [ -A ] String1

Description
       The tr command deletes or substitutes characters from standard input
       and writes the result to standard output. Characters in String1 are
       replaced by the characters in the same place in String2; if String1 is
       longer than String2, its extra characters are not translated.

       The strings can contain the following conventions:
       C1-C2      The characters from C1 to C2 in collating order.
       [C*Number] Number repetitions of C (String2 only); a Number that starts
                  with 0 is octal. [C*] repeats C to fill String2.
       [:Class:]  The characters of a class: alnum, alpha, blank, cntrl,
                  digit, graph, lower, print, punct, space, upper, xdigit. In
                  String2 only [:lower:] and [:upper:] are allowed, in the place
                  of [:upper:] and [:lower:] in String1 (case conversion), unless
                  -d and -s are both given.
       [=C=]      The characters that collate equal to C.
       \\Octal     The character whose value is the 1 to 3 octal digits.
       \\a \\b \\f \\n \\r \\t \\v \\\\   The usual control characters.

Flags
       -A   Performs all operations on a byte-by-byte basis using the ASCII
            collation order and character classes.
       -c   Specifies that the value of String1 be replaced by the complement
            of the string specified by String1.
       -d   Deletes each character from standard input that is contained in
            the string specified by String1.
       -s   Removes all but the first in a sequence of a repeated character
            that is in String2 (in String1 when there is no String2).

Exit Status
       0    Successful completion.
       >0   An error occurred.

Messages
       tr: 0653-710 The string within the [ and ] characters is not correct.
       tr: 0653-712 The combination of options and String parameters is not
            legal.
       tr: 0653-713 String2 contains an equivalence class.
       tr: 0653-714 String1 contains a character repetition.
       tr: 0653-715 String2 contains an invalid character class.
       tr: 0653-716 Character range endpoints out of order.
       tr: 0653-717 There is not enough storage available.

Examples
       To translate lowercase letters to uppercase:
            tr '[:lower:]' '[:upper:]' < textfile
       To squeeze the blanks of a listing into one:
            lsdev -Cc loopback | tr -s ' '
       To delete the carriage returns of a DOS file:
            tr -d '\\r' < dosfile > unixfile
`,
};
