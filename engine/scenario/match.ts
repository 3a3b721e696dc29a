// Expected-output matching. In an expected line:
//   [..]          any text within the line
//   [N:name]      one or more digits, captured as `name`
//   [..:name]     any text within the line (the shortest that lets the line match), captured
//   [=name]       the text captured as `name` by an earlier command's output (also in commands)
// A line ending in " [re]" is a regular expression (RE2 syntax) for the whole line; its named
// groups (?P<name>…) capture, and [=name] in it stands for the captured text, quoted. A line
// "..." matches any number of lines (none included). Anything else is literal.
import { createRequire } from "node:module";
import type { RE2JS } from "re2js";

/** captured values by name */
export type Captures = ReadonlyMap<string, string>;
const NONE: Captures = new Map();

export const REGEX_SUFFIX = " [re]";
export const NAME = "[A-Za-z_][A-Za-z0-9_]*";
/** [..], [N:name], [..:name], [=name] */
const TOKEN = new RegExp(String.raw`\[\.\.\]|\[(N|\.\.):(${NAME})\]|\[=(${NAME})\]`, "g");
const USE = new RegExp(String.raw`\[=(${NAME})\]`, "g");

let re2js: typeof RE2JS | null = null;
/** re2js (linear time whatever the pattern: a scenario's regex cannot hang the host), loaded when a line needs it */
function RE2(): typeof RE2JS {
  return (re2js ??= (createRequire(import.meta.url)("re2js") as typeof import("re2js")).RE2JS);
}

/** a [=name] whose capture has no value */
export class Unbound extends Error {
  override name = "Unbound";
  constructor(readonly capture: string) {
    super(`[=${capture}] has no value: the output that captures it did not match`);
  }
}

/** every ASCII punctuation character escaped: the text as an RE2 pattern that matches only it */
export function quoteRe(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}

/** `text` with each [=name] replaced by its value (quoted by `quote`) */
export function fillCaptures(text: string, vars: Captures, quote: (s: string) => string = (s) => s): string {
  if (!text.includes("[=")) return text;
  return text.replace(USE, (_, name: string) => {
    const v = vars.get(name);
    if (v === undefined) throw new Unbound(name);
    return quote(v);
  });
}

/** the names an expected line or a command uses ([=name]) */
export function usedNames(text: string): string[] {
  return [...text.matchAll(USE)].map((m) => m[1]!);
}

export function isRegexLine(line: string): boolean {
  return line.endsWith(REGEX_SUFFIX);
}

/** every name has a value (to compile a line before anything is captured) */
const ANY: Captures = { get: () => "x" } as unknown as Captures;

/** the names an expected line captures; throws the regex's syntax error for a bad " [re]" line */
export function capturedNames(line: string): string[] {
  if (isRegexLine(line)) return Object.keys(compileRe(fillCaptures(line.slice(0, -REGEX_SUFFIX.length), ANY, quoteRe)).namedGroups());
  return [...line.matchAll(TOKEN)].filter((m) => m[2] !== undefined).map((m) => m[2]!);
}

function compileRe(pattern: string): RE2JS {
  return RE2().compile(pattern);
}

/** one expected line, ready to test actual lines: the values it captures, or null */
export type LinePattern = (actual: string) => Record<string, string> | null;

const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

function regexPattern(pattern: string): LinePattern {
  const re = compileRe(pattern);
  const names = Object.keys(re.namedGroups());
  return (actual) => {
    const m = re.matcher(actual);
    if (!m.matches()) return null;
    if (names.length === 0) return EMPTY;
    const got: Record<string, string> = {};
    for (const n of names) got[n] = m.group(n) ?? "";
    return got;
  };
}

/** compile an expected line; a [=name] without a value gives a line that matches nothing */
export function compileLine(expected: string, vars: Captures = NONE): LinePattern {
  try {
    if (isRegexLine(expected)) return regexPattern(fillCaptures(expected.slice(0, -REGEX_SUFFIX.length), vars, quoteRe));
    if (!expected.includes("[")) return (a) => (a === expected ? EMPTY : null);
    const tokens = [...expected.matchAll(TOKEN)];
    if (tokens.length === 0) return (a) => (a === expected ? EMPTY : null);
    if (tokens.some((t) => t[1] !== undefined)) {
      // a capture: one RE2 pattern for the line
      let re = "";
      let at = 0;
      for (const t of tokens) {
        re += quoteRe(expected.slice(at, t.index));
        at = t.index + t[0].length;
        if (t[0] === "[..]") re += ".*?";
        else if (t[1] === "N") re += `(?P<${t[2]}>[0-9]+)`;
        else if (t[1] === "..") re += `(?P<${t[2]}>.*?)`;
        else re += quoteRe(fillCaptures(t[0], vars));
      }
      return regexPattern(re + quoteRe(expected.slice(at)));
    }
    // only [..] and [=name]: plain strings between the wildcards
    const parts = [""];
    let at = 0;
    for (const t of tokens) {
      parts[parts.length - 1] += expected.slice(at, t.index);
      at = t.index + t[0].length;
      if (t[0] === "[..]") parts.push("");
      else parts[parts.length - 1] += fillCaptures(t[0], vars);
    }
    parts[parts.length - 1] += expected.slice(at);
    if (parts.length === 1) return (a) => (a === parts[0] ? EMPTY : null);
    return (a) => (partsMatch(parts, a) ? EMPTY : null);
  } catch (e) {
    if (e instanceof Unbound) return () => null;
    throw e;
  }
}

/**
 * Does `s` consist of the parts in order with anything between them (the first part at its
 * start, the last at its end)? Leftmost placement of each middle part is always right for plain
 * strings, so this is one pass and no regular expression (whose backtracking over several `.*`
 * costs the subject's length to the power of their number).
 */
export function partsMatch(parts: readonly string[], s: string): boolean {
  const first = parts[0] ?? "";
  if (parts.length <= 1) return first === s;
  const last = parts[parts.length - 1]!;
  if (!s.startsWith(first)) return false;
  let pos = first.length;
  for (let k = 1; k < parts.length - 1; k++) {
    const i = s.indexOf(parts[k]!, pos);
    if (i < 0) return false;
    pos = i + parts[k]!.length;
  }
  return s.length - last.length >= pos && s.endsWith(last);
}

export function lineMatches(expected: string, actual: string, vars: Captures = NONE): boolean {
  return compileLine(expected, vars)(actual) !== null;
}

/**
 * Match a block: the values its lines capture, or null when it does not match. Where `...` could
 * take more or fewer lines, it takes the fewest.
 */
export function matchBlock(expected: readonly string[], actual: readonly string[], vars: Captures = NONE): Map<string, string> | null {
  const pats = expected.map((l) => (l === "..." ? null : compileLine(l, vars)));
  // memoised search: position in expected × position in actual; the line captures on the way back
  const memo = new Map<number, boolean>();
  const hits = new Map<number, Record<string, string>>();
  const go = (i: number, j: number): boolean => {
    const key = i * (actual.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    const p = pats[i];
    if (i === expected.length) r = j === actual.length;
    else if (p === null) r = go(i + 1, j) || (j < actual.length && go(i, j + 1));
    else {
      const got = j < actual.length ? p!(actual[j]!) : null;
      r = got !== null && go(i + 1, j + 1);
      if (r) hits.set(key, got!);
    }
    memo.set(key, r);
    return r;
  };
  if (!go(0, 0)) return null;
  // walk the path found: the first choice that succeeded at each step
  const out = new Map<string, string>();
  let i = 0;
  let j = 0;
  while (i < expected.length) {
    if (pats[i] === null) {
      if (memo.get((i + 1) * (actual.length + 1) + j) === true || j === actual.length) i++;
      else j++;
      continue;
    }
    for (const [k, v] of Object.entries(hits.get(i * (actual.length + 1) + j)!)) out.set(k, v);
    i++;
    j++;
  }
  return out;
}

export function outputMatches(expected: readonly string[], actual: readonly string[], vars: Captures = NONE): boolean {
  return matchBlock(expected, actual, vars) !== null;
}

/** terminal output as lines (a final newline does not make an extra empty line) */
export function outputLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
