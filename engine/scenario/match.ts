// Expected-output matching: "[..]" matches any text within a line, a line "..." any number of
// lines (none included).
function lineRegex(expected: string): RegExp {
  const parts = expected.split("[..]").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp("^" + parts.join(".*") + "$", "s");
}

export function lineMatches(expected: string, actual: string): boolean {
  return expected.includes("[..]") ? lineRegex(expected).test(actual) : expected === actual;
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
