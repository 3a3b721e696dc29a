// check --update: a failing block's expected lines brought up to date with what the machine
// printed, keeping what the author wrote wherever it still holds. An expected line that still
// matches a printed line ([..], a capture, a regex) stays as written, and so does a `...` line,
// which may take any lines; the printed lines nothing matches are written out, in the place of
// the expected lines that no longer match.
import { compileLine, quoteRe, REGEX_SUFFIX, type Captures, type LinePattern } from "./match.js";
import { PROMPT, PROMPT2 } from "./parse.js";

// the costs of the alignment: keeping a line that matches, or letting `...` take one, is free;
// writing a printed line in place of an expected one costs less than dropping the expected line
// and writing the printed one after it, so a changed line is replaced where it stood
const REPLACE = 2;
const INSERT = 2;
const DROP = 3;

/**
 * The new expected lines of a block: an edit of `expected` into lines that match `actual`, the
 * cheapest by the costs above (among equals: keep, then replace, then insert, then drop).
 */
export function mergeBlock(expected: readonly string[], actual: readonly string[], vars: Captures): string[] {
  const n = expected.length;
  const m = actual.length;
  const pats: (LinePattern | null)[] = expected.map((l) => (l === "..." ? null : compileLine(l, vars)));
  const W = m + 1;
  // cost[i*W+j]: the cheapest edit of expected[i..] into actual[j..]
  const cost = new Float64Array((n + 1) * W);
  const fits = (i: number, j: number) => pats[i]!(actual[j]!) !== null;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n) {
        cost[i * W + j] = (m - j) * INSERT;
        continue;
      }
      let best = cost[(i + 1) * W + j]! + (pats[i] === null ? 0 : DROP);
      if (j < m) {
        if (pats[i] === null) best = Math.min(best, cost[i * W + j + 1]!);
        else best = Math.min(best, cost[(i + 1) * W + j + 1]! + (fits(i, j) ? 0 : REPLACE));
        best = Math.min(best, cost[i * W + j + 1]! + INSERT);
      }
      cost[i * W + j] = best;
    }
  }
  // walk the cheapest path
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = cost[i * W + j]!;
    if (i < n && pats[i] === null) {
      if (j < m && cost[i * W + j + 1] === here) {
        j++; // `...` takes the line
        continue;
      }
      if (cost[(i + 1) * W + j] === here) {
        out.push("...");
        i++;
        continue;
      }
    } else if (i < n && j < m) {
      const ok = fits(i, j);
      if (cost[(i + 1) * W + j + 1]! + (ok ? 0 : REPLACE) === here) {
        out.push(ok ? expected[i]! : literal(actual[j]!));
        i++;
        j++;
        continue;
      }
    }
    if (j < m && cost[i * W + j + 1]! + INSERT === here) {
      out.push(literal(actual[j]!));
      j++;
      continue;
    }
    i++; // drop expected[i]
  }
  return out;
}

/**
 * A printed line as an expected line that matches exactly it: as it is, unless the format would
 * read it otherwise (a wildcard, a capture, a command, a status, the block's end), then as a
 * regular expression that matches only it.
 */
export function literal(line: string): string {
  const special =
    line === "..." ||
    line === "#" ||
    line === ">" ||
    line.startsWith(PROMPT) ||
    line.startsWith(PROMPT2) ||
    line.startsWith("```") ||
    line.endsWith(REGEX_SUFFIX) ||
    /^\[(\d+|\*)\]$/.test(line) ||
    /\[\.\.\]|\[(N|\.\.):[A-Za-z_]\w*\]|\[=[A-Za-z_]\w*\]/.test(line);
  return special ? quoteRe(line) + REGEX_SUFFIX : line;
}
