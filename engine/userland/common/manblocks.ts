// A section of the lab's page taken apart into what nroff would be given: paragraphs of prose,
// tagged paragraphs (.TP/.IP: a tag and its text in a column), hanging paragraphs (a line the
// writer wrapped under a deeper indent) and displays set as written (.nf). The lab's pages are
// plain text filled at 72 columns (79 with the 7-column indent); what is a column and what is
// prose is read from the text:
//  - a block (lines between empty lines) whose first line is indented is a display, as written;
//  - a line with its text starting in the block's column (after two spaces, or after one in a
//    list already going) is a tag and its text; lines under the text's column continue it;
//  - a short line alone, with its text on the lines below in one column, is a tag too wide for
//    the column (nroff sets the text on the next line);
//  - a line at the body's indent is prose (run together with the next ones in a section of
//    prose; one line each in a list of messages);
//  - an indented line under a line the writer had to wrap continues it at that indent; any
//    other indented line is a display line.

/** the width the lab's pages are written to, less their indent */
const SOURCE_WIDTH = 72;

/** what the section's lines are set as */
export type ManUnit =
  | { kind: "blank" }
  /** a line set as written (nroff .nf), at `text`'s own indent under the body */
  | { kind: "literal"; text: string }
  /** filled lines: the first at `indent` (after `tag`, when there is one, or on the line after
   *  a tag too wide), the rest at `col`; `ragged`: never adjusted (a synopsis) */
  | { kind: "para"; indent: number; col: number; tag?: string; lines: string[]; ragged?: boolean };

/** "prose": lines at the indent run together; "lines": each line is one (a list of messages) */
export type BlockMode = "prose" | "lines";

type Para = Extract<ManUnit, { kind: "para" }>;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** the columns where text starts after a gap of two or more spaces */
function gapEnds(line: string): number[] {
  const out: number[] = [];
  const re = /\S( {2,})(?=\S)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m.index + 1 + m[1]!.length);
  return out;
}

/** the block's column: the gap end or indent most lines share (the smaller on a tie) */
function blockColumn(block: readonly string[]): { col: number; support: number } | undefined {
  const cands = new Set(block.flatMap(gapEnds));
  let best: { col: number; support: number } | undefined;
  for (const c of [...cands].sort((a, b) => a - b)) {
    const support = block.filter((l) => gapEnds(l).includes(c) || (indentOf(l) === c && l.trim() !== "")).length;
    if (!best || support > best.support) best = { col: c, support };
  }
  return best;
}

function wrapped(prev: string, next: string): boolean {
  return prev.length + 1 + (next.trim().split(/\s+/)[0] ?? "").length > SOURCE_WIDTH;
}

/** a section's lines (indents relative to the body) as nroff would be given them */
export function sectionUnits(lines: readonly string[], mode: BlockMode): ManUnit[] {
  const out: ManUnit[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) {
      if (out.length > 0) out.push({ kind: "blank" });
      out.push(...blockUnits(block, mode));
    }
    block = [];
  };
  for (const l of lines) {
    if (l.trim() === "") flush();
    else block.push(l);
  }
  flush();
  return out;
}

function blockUnits(block: readonly string[], mode: BlockMode): ManUnit[] {
  if (indentOf(block[0]!) > 0) return block.map((text) => ({ kind: "literal", text }));
  if (mode === "lines") return messageUnits(block);
  const column = blockColumn(block);
  const out: ManUnit[] = [];
  let inEntry = false;
  let i = 0;
  while (i < block.length) {
    const l = block[i]!;
    const ind = indentOf(l);
    // a list item `- text` (nroff .IP \- 2) that starts a block or follows another item
    const bullet = ind === 0 && (i === 0 || inEntry) && /^[-*] \S/.test(l) ? 2 : undefined;
    const c = bullet ?? entryColumn(l, ind, column, inEntry);
    if (c !== undefined) {
      const para: Para = { kind: "para", indent: ind, col: c, tag: l.slice(ind, c).trimEnd(), lines: [l.slice(c)] };
      out.push(para);
      i = continuation(block, i + 1, c, para, mode, out);
      inEntry = true;
      continue;
    }
    if (loneTag(block, i, inEntry)) {
      const k = indentOf(block[i + 1]!);
      const para: Para = { kind: "para", indent: 0, col: k, tag: l.trimEnd(), lines: [] };
      out.push(para);
      i = continuation(block, i + 1, k, para, "prose", out);
      inEntry = true;
      continue;
    }
    inEntry = false;
    if (ind > 0) {
      const next = block[i + 1];
      i++;
      if (next === undefined || indentOf(next) <= ind || !wrapped(l, next)) {
        out.push({ kind: "literal", text: l });
        continue;
      }
      // an indented line the writer wrapped, its rest under a deeper indent: a hanging paragraph
      const para: Para = { kind: "para", indent: ind, col: indentOf(next), lines: [l.trim()] };
      while (i < block.length && indentOf(block[i]!) === para.col) para.lines.push(block[i++]!.trim());
      out.push(para);
      continue;
    }
    // prose at the indent: one paragraph of the lines that follow (in a list, the line alone),
    // hanging when the writer wrapped its last line under a deeper indent
    const para: Para = { kind: "para", indent: 0, col: 0, lines: [l] };
    i++;
    while (mode === "prose" && i < block.length && indentOf(block[i]!) === 0 && entryColumn(block[i]!, 0, column, false) === undefined && !loneTag(block, i, false)) {
      para.lines.push(block[i++]!);
    }
    const next = block[i];
    if (next !== undefined && indentOf(next) > 0 && wrapped(para.lines[para.lines.length - 1]!, next)) {
      para.col = indentOf(next);
      while (i < block.length && indentOf(block[i]!) === para.col) para.lines.push(block[i++]!);
    }
    out.push(para);
  }
  return out;
}

/** .TP's indent (tmac.an 0.5i): where a remark under a message is set */
const REMARK_INDENT = 5;

/**
 * A list of messages (DIAGNOSTICS): each message is set as written (.nf: never filled, never
 * justified, never broken, even when wider than the page); a remark after it (past a gap of three
 * or more spaces, the message's brackets closed) goes on a line of its own under it, filled at
 * .TP's indent; a line under the remark's column continues the remark; any other indented line
 * (a usage's second line) is as written.
 */
function messageUnits(block: readonly string[]): ManUnit[] {
  const out: ManUnit[] = [];
  let remark: { para: Para; at: number } | null = null;
  for (const l of block) {
    const ind = indentOf(l);
    if (ind > 0 && remark && ind === remark.at) {
      remark.para.lines.push(l.trim());
      continue;
    }
    remark = null;
    const at: number | undefined = ind > 0 ? undefined : remarkAt(l);
    if (at === undefined) {
      out.push({ kind: "literal", text: l.trimEnd() });
      continue;
    }
    out.push({ kind: "literal", text: l.slice(0, at).trimEnd() });
    const para: Para = { kind: "para", indent: REMARK_INDENT, col: REMARK_INDENT, lines: [l.slice(at)] };
    out.push(para);
    remark = { para, at };
  }
  return out;
}

/** where a remark starts on a message line: after its last gap of three or more spaces, when the
 *  message before it has its brackets closed (`df: (/x        ) not a …` is one message) */
function remarkAt(l: string): number | undefined {
  const gaps = [...l.matchAll(/\S( {3,})(?=\S)/g)];
  const last = gaps[gaps.length - 1];
  if (!last) return undefined;
  const at = last.index! + 1 + last[1]!.length;
  const head = l.slice(0, at);
  const count = (re: RegExp) => (head.match(re) ?? []).length;
  return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g) ? at : undefined;
}

/** where the text of a tagged line starts, if `l` is one */
function entryColumn(l: string, ind: number, column: { col: number; support: number } | undefined, inEntry: boolean): number | undefined {
  if (column) {
    const c = column.col;
    const starts = l.length > c && l[c - 1] === " " && l[c] !== " " && l.slice(ind, c).trim() !== "";
    const gap = gapEnds(l).includes(c);
    // an indented tag only where the block has a column (a display line has gaps of its own);
    // a tag followed by one space only in a list already going (`= (equal sign) Writes …`)
    if (starts && (gap || inEntry) && (ind === 0 || column.support >= 2)) return c;
  }
  if (ind > 0) return undefined;
  const own = gapEnds(l);
  return own.length > 0 ? own[own.length - 1] : undefined;
}

/** a short line whose text is on the lines below it, all in one column */
function loneTag(block: readonly string[], i: number, inEntry: boolean): boolean {
  const l = block[i]!;
  const next = block[i + 1];
  if (indentOf(l) > 0 || next === undefined || gapEnds(l).length > 0 || l.trimEnd().endsWith(":")) return false;
  const k = indentOf(next);
  // a tag starts a block, follows another entry or a line that introduces a list (`Numbers:`)
  if (k === 0 || l.length < k || (i > 0 && !inEntry && !block[i - 1]!.trimEnd().endsWith(":"))) return false;
  let j = i + 1;
  while (j < block.length && indentOf(block[j]!) > 0) {
    if (indentOf(block[j]!) !== k) return false;
    j++;
  }
  // prose that goes on after an indented display is no tag (`… prints` / `   -bash: …` / `at …`)
  return inEntry || j >= block.length || !/^[a-z(]/.test(block[j]!);
}

/** the lines under a tag's text column that continue it; in a list of messages only those
 *  the writer had to wrap (the others are lines of their own at that column) */
function continuation(block: readonly string[], i: number, c: number, para: Para, mode: BlockMode, out: ManUnit[]): number {
  let last = para;
  let lastLine = block[i - 1]!;
  while (i < block.length && indentOf(block[i]!) === c) {
    const l = block[i]!;
    if (mode === "lines" && !wrapped(lastLine, l)) {
      last = { kind: "para", indent: c, col: c, lines: [] };
      out.push(last);
    }
    last.lines.push(l.trim());
    lastLine = l;
    i++;
  }
  return i;
}

/** a synopsis (a line at the indent and the lines under it): as written when every line fits,
 *  else filled ragged with the continuation at `hang` */
export function synopsisUnits(lines: readonly string[], room: number, hang: (first: string) => number): ManUnit[] {
  const out: ManUnit[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length === 0) return;
    // one line that fits is set as written; a line with its continuations (the AIX text's break,
    // at AIX's width) is filled again with the layout's hanging indent
    if (group.length === 1 && group[0]!.length <= room) out.push({ kind: "literal", text: group[0]! });
    else out.push({ kind: "para", indent: 0, col: hang(group[0]!), lines: [keepBrackets(group.join(" "), room)], ragged: true });
    group = [];
  };
  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      out.push({ kind: "blank" });
    } else {
      // brackets tight around what they hold, as mdoc's .Op and the sunman pages set them
      // (`[-o options]`; the lab's text writes AIX's `[ -o options ]`)
      const l = line.replace(/\[ +/g, "[").replace(/(?<=\S) +\]/g, "]");
      if (indentOf(l) === 0) flush();
      group.push(l);
    }
  }
  flush();
  return out;
}

/** a synopsis's words with the spaces inside a bracket held (what a writer of nroff puts as
 *  `[-n\ [-b]]`, and mdoc's .Op keeps together): a line breaks between options, never inside
 *  one — unless an option is wider than half the line, which then may break at its spaces */
function keepBrackets(text: string, room: number): string {
  const t = text.trim().replace(/\s+/g, " ");
  let out = "";
  let depth = 0;
  let group = "";
  for (const ch of t) {
    if (depth === 0 && ch !== "[" && ch !== "{") {
      out += ch;
      continue;
    }
    if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") depth--;
    group += ch;
    if (depth === 0) {
      out += group.length > room / 2 ? group : group.replace(/ /g, NBSP);
      group = "";
    }
  }
  return out + group;
}

/** a space that is not a break (nroff's `\ `), taken out when the line is set */
export const NBSP = "\u00a0";

/** an Examples section: the command lines as written (.nf), the words that introduce them (a
 *  run of lines at the indent ending in `:` just above an indented command) filled */
export function exampleUnits(lines: readonly string[]): ManUnit[] {
  const out: ManUnit[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j < lines.length && lines[j] !== "" && indentOf(lines[j]!) === 0) j++;
    const intro = j > i && lines[j - 1]!.trimEnd().endsWith(":") && lines[j] !== undefined && indentOf(lines[j]!) > 0;
    if (intro) {
      out.push({ kind: "para", indent: 0, col: 0, lines: lines.slice(i, j) });
      i = j;
      continue;
    }
    const l = lines[i++]!;
    out.push(l === "" ? { kind: "blank" } : { kind: "literal", text: l });
  }
  return out;
}
