// Reading a umap map file the way mount_umap reads it: fscanf(fp, "%d\n") for the count, then
// fscanf(fp, "%lu %lu\n") per entry. What decides the messages is fscanf's: how many
// conversions matched, and whether end of file was met on the way (feof).
export class Scanner {
  private pos = 0;
  /** end of file was met (feof) */
  eof = false;
  constructor(private readonly text: string) {}

  private peek(): string | null {
    if (this.pos >= this.text.length) {
      this.eof = true;
      return null;
    }
    return this.text[this.pos]!;
  }

  /** a whitespace directive: skips any amount, including none */
  skipSpace(): void {
    for (let c = this.peek(); c !== null && /\s/.test(c); c = this.peek()) this.pos++;
  }

  /** %d or %lu: an optional sign and digits after white space; null when none match, "eof"
   *  when the input ended before anything but white space */
  number(): number | null | "eof" {
    this.skipSpace();
    if (this.peek() === null) return "eof";
    let s = "";
    const sign = this.peek();
    if (sign === "-" || sign === "+") {
      s += sign;
      this.pos++;
    }
    for (let c = this.peek(); c !== null && c >= "0" && c <= "9"; c = this.peek()) {
      s += c;
      this.pos++;
    }
    if (!/\d/.test(s)) return null;
    return Number(s);
  }

  /** fscanf with `n` numeric conversions separated by white space, then "\n": the values matched
   *  and fscanf's return (the count, or -1 when input ended before the first conversion) */
  scan(n: number): { values: number[]; ret: number } {
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      const v = this.number();
      if (v === "eof") return { values, ret: i === 0 ? -1 : i };
      if (v === null) return { values, ret: i };
      values.push(v);
    }
    this.skipSpace();
    return { values, ret: n };
  }
}

export type MapRead =
  | { ok: true; entries: [number, number][] }
  | { ok: false; problem: "nentries" | "toomany" | "eof" | "format"; line?: number };

/** the count line and the entries; `max` is the array's size mount_umap checks against */
export function readMap(text: string, max: number): MapRead {
  const s = new Scanner(text);
  const head = s.scan(1);
  if (head.ret !== 1) return { ok: false, problem: "nentries" };
  const n = head.values[0]!;
  if (n > max) return { ok: false, problem: "toomany" };
  const entries: [number, number][] = [];
  for (let count = 0; count < n; count++) {
    const r = s.scan(2);
    if (r.ret !== 2) return s.eof ? { ok: false, problem: "eof" } : { ok: false, problem: "format", line: count + 2 };
    // %lu into a u_long: what a 32-bit BSD/OS keeps of the number
    entries.push([r.values[0]! >>> 0, r.values[1]! >>> 0]);
  }
  return { ok: true, entries };
}
