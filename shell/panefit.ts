// A pane's content fitted to the rows its box has: the boot-time things folded into one line, the
// details left out, then the end cut with a line that says how many things it hides; a pane that
// keeps its end (the Layers pane) cuts its start instead. A pane that cuts fills its rows: no row
// is left blank under a "… N more" line. Pure.
import { seg, type Line, type Style } from "./lines.js";

/** a content line and the pane row id it belongs to (for the highlight) */
export interface PaneLine {
  line: Line;
  id?: string;
  /** a thing there since boot: a short pane folds it into "… N from boot" first */
  boot?: boolean;
  /** a thing there since boot that is news (a layer: what it stands on): folded only when
   *  folding the other boot things is not enough */
  bootLate?: boolean;
  /** the lines of one thing (a device) share a group: a short pane cuts between groups, and shows
   *  the next one in part only to fill the rows it has left */
  group?: string;
  /** the things this line stands for in a "… N more" count (default 1) */
  count?: number;
  /** a detail a short pane leaves out before it cuts whole things away (the last ones first) */
  optional?: boolean;
}

const DIM: Style = { dim: true };

/** "… 1 more device", "… 4 more devices" */
export function moreLine(n: number, noun: string): string {
  return `… ${n} more${noun ? ` ${noun}${n === 1 ? "" : "s"}` : ""}`;
}

const gid = (l: PaneLine, i: number) => l.group ?? `#${i}`;

/**
 * Fit content into `rows` lines. When it does not fit: the boot-time things are folded into one
 * "… N from boot" line where the first of them was (the last ones first, as many as it takes),
 * then the optional details go (the last ones first), then the layers that came with boot fold
 * too; what was taken beyond need comes back while it fits (a layer folds two rows at once). Then
 * the end is cut: the first rows - 1 lines stay — the last thing there in part when it does not
 * fit whole, so that no row is blank — and a last line counts the things hidden (not the lines),
 * with the boot-time ones ("… 16 from boot, 1 more mount"): one summary line, not two.
 */
export function fitContent(lines: PaneLine[], rows: number, noun = "", tail = false): PaneLine[] {
  if (rows <= 0) return [];
  if (lines.length <= rows) return lines;
  if (tail) return fitTail(lines, rows, noun);
  const f = new Folding(lines);
  const fits = () => f.lines().length <= rows;
  // what can go, in the order it goes
  const steps = [f.groups("boot").reverse(), lines.map((l, i) => (l.optional ? i : -1)).filter((i) => i >= 0).reverse(), f.groups("bootLate").reverse()];
  const taken: (string | number)[] = [];
  for (const step of steps)
    for (const x of step) {
      if (fits()) break;
      f.take(x);
      taken.push(x);
    }
  // taken beyond need: back, the last taken first, while it fits
  for (let k = taken.length - 2; k >= 0 && f.lines().length < rows; k--) {
    f.give(taken[k]!);
    if (!fits()) f.take(taken[k]!);
  }
  const out = f.lines();
  if (out.length <= rows) return out;
  // the fold line goes: the last line says it
  const boot = f.folded.size;
  const rest = out.filter((l) => l !== f.fold);
  const shown = rest.slice(0, rows - 1);
  const started = new Set(shown.map(gid));
  const hidden = new Set<string>();
  rest.slice(rows - 1).forEach((l, i) => {
    const g = gid(l, rows - 1 + i);
    if (!started.has(g)) hidden.add(g);
  });
  // nothing hidden whole: the last thing shown lost its last lines
  const more = hidden.size ? moreLine(hidden.size, noun) : moreLine(rest.length - shown.length, "line");
  const said = [...(boot ? [`${boot} from boot`] : []), ...(hidden.size || !boot ? [more.slice(2)] : [])];
  return [...shown, { line: [seg(`… ${said.join(", ")}`, DIM)] }];
}

/** a pane's lines with boot-time things folded (by group) and optional lines taken out (by index) */
class Folding {
  readonly folded = new Set<string>();
  private readonly dropped = new Set<number>();
  fold: PaneLine = { line: [] };
  constructor(private readonly all: PaneLine[]) {}

  /** the groups of the boot-time things of a kind, in their order */
  groups(kind: "boot" | "bootLate"): string[] {
    const out: string[] = [];
    this.all.forEach((l, i) => {
      if (l[kind] && !out.includes(gid(l, i))) out.push(gid(l, i));
    });
    return out;
  }
  take(x: string | number): void {
    if (typeof x === "string") this.folded.add(x);
    else this.dropped.add(x);
  }
  give(x: string | number): void {
    if (typeof x === "string") this.folded.delete(x);
    else this.dropped.delete(x);
  }
  lines(): PaneLine[] {
    this.fold = { line: [seg(`  … ${this.folded.size} from boot`, DIM)] };
    const out: PaneLine[] = [];
    let said = false;
    this.all.forEach((l, i) => {
      if (this.dropped.has(i)) return;
      if (!this.folded.has(gid(l, i))) out.push(l);
      else if (!said) {
        said = true;
        out.push(this.fold);
      }
    });
    return out;
  }
}

/** the last rows - 1 lines under a "… N more operations" line that counts the things above */
function fitTail(lines: PaneLine[], rows: number, noun: string): PaneLine[] {
  // a thing is not cut in two: the row of an operation's crossing does not stand alone at the top
  // (unless that thing is all there is room for)
  let from = lines.length - (rows - 1);
  let whole = from;
  while (whole > 0 && whole < lines.length && gid(lines[whole]!, whole) === gid(lines[whole - 1]!, whole - 1)) whole++;
  if (whole < lines.length) from = whole;
  const kept = new Set(lines.slice(from).map((l, i) => gid(l, from + i)));
  const above = new Map<string, number>();
  lines.slice(0, from).forEach((l, i) => {
    const g = gid(l, i);
    if (!kept.has(g)) above.set(g, l.count ?? 1);
  });
  let n = 0;
  for (const c of above.values()) n += c;
  return [{ line: [seg(moreLine(n, noun), DIM)] }, ...lines.slice(from)];
}

