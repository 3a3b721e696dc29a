// Expected-output matching: "[..]" matches any text within a line, a line "..." any number of
// lines (none included).
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

export function lineMatches(expected: string, actual: string): boolean {
  return expected.includes("[..]") ? partsMatch(expected.split("[..]"), actual) : expected === actual;
}

export function outputMatches(expected: readonly string[], actual: readonly string[]): boolean {
  // memoised search: position in expected × position in actual
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = i * (actual.length + 1) + j;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === expected.length) r = j === actual.length;
    else if (expected[i] === "...") r = go(i + 1, j) || (j < actual.length && go(i, j + 1));
    else r = j < actual.length && lineMatches(expected[i]!, actual[j]!) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** terminal output as lines (a final newline does not make an extra empty line) */
export function outputLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
