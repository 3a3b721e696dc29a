// The AIX configuration commands' column layout (lsdev, lsattr): each column is padded to its
// longest value among the rows printed (and the header with -H), columns are joined by one
// space, trailing spaces are chopped.
export function columnize(rows: string[][], header?: string[]): string {
  const all = header ? [header, ...rows] : rows;
  const widths: number[] = [];
  for (const r of all) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join(" ")
      .replace(/ +$/, "");
  let out = "";
  if (header) out += line(header) + "\n\n";
  for (const r of rows) out += line(r) + "\n";
  return out;
}

/** -F format: names of descriptors separated by anything else, e.g. "name:status" */
export function formatFields(format: string, values: Record<string, string>): string {
  return format.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => (name in values ? values[name]! : name)).replace(/[ \t]+$/, "");
}
