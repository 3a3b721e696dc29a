// Brace expansion, as bash 4.1 does it (braces.c): a word's unquoted `pre{a,b}post` becomes
// `preapost prebpost`, `{1..5}` and `{a..e}` (with an optional `..step`, bash 4.0) a sequence.
// It is done on the parsed word before any other expansion, so `{$a,$b}` gives two words that
// are then expanded, and quoted or escaped braces and commas stay literal. A `{` with no
// top-level comma and no sequence is left as typed (`{}`, `{a}`, `${x}` is a parameter part).
// Only shells whose dialect says so (ShellDialect.braceExpansion) call it: ksh88 and ash have none.
import type { Word, WordPart } from "../../../grammar/ast.js";
import { StringLimit } from "../limits.js";

/** a word as units: one unquoted character each, or a part brace expansion does not look into */
type Unit = string | WordPart;

function units(w: Word): Unit[] {
  const out: Unit[] = [];
  for (const p of w.parts) {
    if (p.kind === "lit" && !p.quoted) for (const ch of p.text) out.push(ch);
    else out.push(p);
  }
  return out;
}

function toWord(us: readonly Unit[]): Word {
  const parts: WordPart[] = [];
  let text = "";
  for (const u of us) {
    if (typeof u === "string") text += u;
    else {
      if (text !== "") parts.push({ kind: "lit", text, quoted: false });
      text = "";
      parts.push(u);
    }
  }
  if (text !== "") parts.push({ kind: "lit", text, quoted: false });
  return { parts };
}

/** does the word have an unquoted `{` (the cheap test before the real work) */
function mayExpand(w: Word): boolean {
  const bare = (ch: string) => w.parts.some((p) => p.kind === "lit" && !p.quoted && p.text.includes(ch));
  return bare("{") && bare("}");
}

/** how much a word may become: at most `max` words (the lab's limit, StringLimit past it), each
 *  one charged as a step so a `{1..100000}` costs its time */
export interface BraceBudget {
  max: number;
  charge(n: number): void;
}

/** the words a word becomes (itself alone when it has nothing to expand) */
export function braceExpand(w: Word, budget: BraceBudget): Word[] {
  if (!mayExpand(w)) return [w];
  const out: Word[] = [];
  expandUnits(units(w), (us) => {
    if (out.length >= budget.max) throw new StringLimit(budget.max, true);
    out.push(toWord(us));
  }, budget);
  return out;
}

function expandUnits(us: readonly Unit[], emit: (us: readonly Unit[]) => void, budget: BraceBudget): void {
  for (let i = 0; i < us.length; i++) {
    if (us[i] !== "{") continue;
    const found = amble(us, i, budget.max);
    if (found === null) continue;
    const pre = us.slice(0, i);
    const post = us.slice(found.end + 1);
    budget.charge(found.alternatives.length);
    for (const alt of found.alternatives) expandUnits([...pre, ...alt, ...post], emit, budget);
    return;
  }
  emit(us);
}

/** the `{…}` opening at `start`: its end and what it expands to, or null when it is literal */
function amble(us: readonly Unit[], start: number, max: number): { end: number; alternatives: Unit[][] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let j = start; j < us.length; j++) {
    const u = us[j];
    if (u === "{") depth++;
    else if (u === "}") {
      depth--;
      if (depth > 0) continue;
      if (commas.length) {
        const alternatives: Unit[][] = [];
        let from = start + 1;
        for (const c of [...commas, j]) {
          alternatives.push(us.slice(from, c));
          from = c + 1;
        }
        return { end: j, alternatives };
      }
      const seq = sequence(us.slice(start + 1, j), max);
      return seq === null ? null : { end: j, alternatives: seq.map((s) => [...s]) };
    } else if (u === "," && depth === 1) commas.push(j);
  }
  return null;
}

/** `{1..5}`, `{05..10..2}`, `{a..e}`: the items, or null when the text is not a sequence */
function sequence(inner: readonly Unit[], max: number): string[] | null {
  if (inner.some((u) => typeof u !== "string")) return null;
  const text = inner.join("");
  const num = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/.exec(text);
  if (num) {
    const a = Number.parseInt(num[1]!, 10);
    const b = Number.parseInt(num[2]!, 10);
    const step = Math.abs(Number.parseInt(num[3] ?? "1", 10)) || 1;
    // a leading zero on either end pads every item to the longer end's width (braces.c)
    const padded = /^[-+]?0\d/.test(num[1]!) || /^[-+]?0\d/.test(num[2]!);
    const width = padded ? Math.max(num[1]!.length, num[2]!.length) : 0;
    tooMany(Math.abs(b - a) / step, max);
    const items: string[] = [];
    const dir = a <= b ? 1 : -1;
    for (let n = a; dir > 0 ? n <= b : n >= b; n += dir * step) items.push(pad(n, width));
    return items;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.([-+]?\d+))?$/.exec(text);
  if (chr) {
    const a = chr[1]!.charCodeAt(0);
    const b = chr[2]!.charCodeAt(0);
    const step = Math.abs(Number.parseInt(chr[3] ?? "1", 10)) || 1;
    const dir = a <= b ? 1 : -1;
    const items: string[] = [];
    for (let n = a; dir > 0 ? n <= b : n >= b; n += dir * step) items.push(String.fromCharCode(n));
    return items;
  }
  return null;
}

/** a sequence longer than the lab's limit is refused before it is made */
function tooMany(count: number, max: number): void {
  if (count >= max) throw new StringLimit(max, true);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(n < 0 ? width - 1 : width, "0");
  return n < 0 ? "-" + s : s;
}
