// How tail reads its arguments, as a plan for tail.ts: AIX's tail.c (the -n/-c options and the old
// +/-N word, one file), and Solaris's /usr/bin/tail (the Sun tail.c built without XPG4: only the
// one word [+|-][number][l|b|c][f|r], then one file, the rest not read).
import type { CommandContext } from "../types.js";
import { err } from "./msg.js";

/** what tail is to write */
export interface TailPlan {
  /** the file (null: standard input) */
  file: string | null;
  /** count from the start (+N: skip count units, then copy the rest) rather than the end */
  fromtop: boolean;
  /** lines or bytes */
  count: number;
  bylines: boolean;
  /** the last count lines, last first */
  reverse: boolean;
  follow: boolean;
}

class UsageError extends Error {}

/** AIX tail's arguments (tail.c: -n -c -m -b -k with a number, or the old +/-N[lbkcmrf] word;
 *  one file); null after a message when only the usage is left to say */
export function aixTailArgs(ctx: CommandContext, argv: readonly string[]): TailPlan | null {
  let cflag = false;
  let nflag = false;
  let bflag = false;
  let kflag = false;
  let fromtop = false;
  let reverse = false;
  let noReverse = false;
  let explicit = false;
  let nTail = 10;
  let bylines = true;
  let mexclusive = 0;
  let file: string | null = null;
  let follow = false;
  const usage = (): never => {
    throw new UsageError();
  };
  const setcount = (arg0: string) => {
    let arg = arg0;
    let nopref = false;
    if (cflag || bflag || kflag || nflag) {
      let p = arg;
      if (p[0] === "+" || p[0] === "-") p = p.slice(1);
      else nopref = true;
      if (!/^\d*$/.test(p)) usage();
      bylines = nflag;
    }
    if (!nopref && (arg[0] === "+" || arg[0] === "-")) arg = arg.slice(1);
    const m = /^\d+/.exec(arg);
    if (m) {
      explicit = true;
      nTail = Number(m[0]);
      arg = arg.slice(m[0].length);
    }
    if (!nflag && !cflag && !bflag && !kflag) {
      for (const ch of arg) {
        switch (ch) {
          case "l":
            bylines = true;
            break;
          case "b":
            bylines = false;
            nTail *= 512;
            mexclusive++;
            noReverse = true;
            break;
          case "k":
            bylines = false;
            nTail *= 1024;
            mexclusive++;
            noReverse = true;
            break;
          case "c":
          case "m":
            bylines = false;
            mexclusive++;
            noReverse = true;
            break;
          case "f":
            follow = true;
            break;
          case "r":
            reverse = true;
            if (!explicit) nTail = Number.MAX_SAFE_INTEGER;
            break;
          default:
            usage();
        }
      }
    }
    if (bflag) nTail *= 512;
    if (kflag) nTail *= 1024;
    mexclusive += (cflag ? 1 : 0) + (bflag ? 1 : 0) + (kflag ? 1 : 0);
    nflag = cflag = bflag = kflag = false;
    if (explicit && fromtop && nTail > 0) nTail--;
  };
  try {
    for (let i = 0; i < argv.length; i++) {
      let arg = argv[i]!;
      const next = argv[i + 1];
      let isFile = false;
      if (arg[0] === "+") {
        fromtop = true;
        setcount(arg);
      } else if (arg[0] === "-") {
        let handled = false;
        for (;;) {
          const c = arg[1];
          if (c === "?") usage();
          else if (c === "f") follow = true;
          else if (c === "r") {
            reverse = true;
            if (!explicit) nTail = Number.MAX_SAFE_INTEGER;
          } else if (c === "c" || c === "m") {
            cflag = true;
            noReverse = true;
          } else if (c === "n") nflag = true;
          else if (c === "b") {
            bflag = true;
            noReverse = true;
          } else if (c === "k") {
            kflag = true;
            noReverse = true;
          } else if (c === "-" && arg.length === 2) {
            i++;
            arg = argv[i] ?? "";
            isFile = true;
            handled = true;
            break;
          } else {
            fromtop = false;
            setcount(arg);
            handled = true;
            break;
          }
          if (arg.length > 2) {
            arg = "-" + arg.slice(2);
            continue;
          }
          break;
        }
        if (!handled && !(next !== undefined && (next[0] === "-" || next[0] === "+"))) {
          if ((next === undefined || !/^\d/.test(next)) && (cflag || nflag || bflag || kflag)) {
            if (nflag) usage();
            fromtop = false;
            setcount("10");
          }
        }
      } else isFile = true;
      if (isFile) {
        if (cflag || nflag || bflag || kflag) {
          fromtop = false;
          setcount(arg);
        } else {
          if (i + 1 < argv.length || file !== null) {
            err(ctx, "tail.onefile");
            usage();
          }
          file = arg;
        }
      }
      if (mexclusive > 1) {
        err(ctx, "tail.exclusive");
        usage();
      }
      if (noReverse && reverse) usage();
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return null;
  }
  if (!explicit && fromtop) nTail--;
  return { file, fromtop, count: nTail, bylines, reverse, follow };
}

/** 512-byte blocks: b shifts the count by DEV_BSHIFT */
const DEV_BSHIFT = 9;

/**
 * The Sun tail's main() without XPG4: the first argument is the option word if it starts with -
 * or + (otherwise it is the file and the word is -10l); the file is the argument after the word,
 * and any further ones are not read. The word is a sign, digits, then letters: b (blocks), c
 * (bytes), l (lines), f (follow), r (reverse); a letter it does not know, or one that clashes
 * with an earlier one, is the usage. null: the usage.
 */
export function sysvTailArgs(argv: readonly string[]): TailPlan | null {
  let word = argv[0];
  let file: string | null = argv[1] ?? null;
  if (word === undefined || (word[0] !== "-" && word[0] !== "+")) {
    file = word ?? null;
    word = "-10l";
  }
  let fromend = word[0] === "-";
  const frombegin = word[0] === "+";
  const digits = /^\d*/.exec(word.slice(1))![0];
  let num = digits !== "" ? Number(digits) : frombegin ? 10 : -1;
  let bylines = -1;
  let reverse = false;
  let follow = false;
  for (const c of word.slice(1 + digits.length)) {
    switch (c) {
      case "b":
        if (num === -1) num = 10;
        num *= 1 << DEV_BSHIFT;
        if (bylines !== -1 || reverse) return null;
        bylines = 0;
        break;
      case "c":
        if (bylines !== -1 || reverse) return null;
        bylines = 0;
        break;
      case "f":
        if (reverse) return null;
        follow = true;
        break;
      case "r":
        if (follow || bylines === 0) return null;
        // tail.c: +Nr counts one more line, from the end
        if (!fromend && num !== -1) num++;
        reverse = true;
        fromend = true;
        bylines = 1;
        break;
      case "l":
        if (bylines === 1) return null;
        bylines = 1;
        break;
      default:
        return null;
    }
  }
  if (!fromend && num > 0) num--;
  if (!reverse && num === -1) num = 10;
  // -r with no number: every line
  if (reverse && num === -1) num = Number.MAX_SAFE_INTEGER;
  return { file, fromtop: !fromend, count: num, bylines: bylines !== 0, reverse, follow };
}
