// man's page in the machine's layout: every command's page is written once, in the lab's (AIX's)
// layout (`name Command`, then Purpose, Syntax, Description … with bodies indented seven
// columns); a system with a ManLayout (Solaris's tmac.an, 4.4BSD's mdoc) gets it parsed into its
// parts and set again as its nroff would: title line, NAME, the headings in its words, the body
// at its indent, prose paragraphs filled (and justified where its nroff adjusts), pages with a
// foot line, and runs of empty lines squeezed to one as the pager (more -s) shows them.
import type { ManEntry, ManLayout, ManSection } from "../formats.js";
import { fillParagraph, type FillState } from "./manfill.js";
import { exampleUnits, NBSP, sectionUnits, synopsisUnits, type ManUnit } from "./manblocks.js";

/** the body indent of the lab's pages */
const AIX_INDENT = 7;

/** a page taken apart: its sections in the lab's headings, bodies with the indent taken off */
interface AixPage {
  purpose: string;
  sections: { heading: string; lines: string[] }[];
}

/** the lab's page text → its Purpose and its other sections */
export function parseAixPage(text: string): AixPage {
  const lines = text.replace(/\n+$/, "").split("\n").slice(1);
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    if (/^\S/.test(line)) sections.push({ heading: line.trimEnd(), lines: [] });
    else if (sections.length > 0) sections[sections.length - 1]!.lines.push(unindent(line));
  }
  for (const s of sections) {
    while (s.lines.length > 0 && s.lines[s.lines.length - 1] === "") s.lines.pop();
    while (s.lines.length > 0 && s.lines[0] === "") s.lines.shift();
  }
  const i = sections.findIndex((s) => s.heading === "Purpose");
  const purpose = i < 0 ? "" : sections.splice(i, 1)[0]!.lines.map((l) => l.trim()).join(" ");
  return { purpose, sections };
}

function unindent(line: string): string {
  const t = line.trimEnd();
  const n = t.length - t.trimStart().length;
  return " ".repeat(Math.max(0, n - AIX_INDENT)) + t.trimStart();
}

/** NAME's words: the purpose as the systems' pages write it, lower case and with no full stop
 *  ("Maps files …." → "maps files …"), an initialism (ODM, CD) kept */
function nameWords(purpose: string): string {
  const p = purpose.replace(/\.$/, "");
  return /^[A-Z][a-z]/.test(p) ? p[0]!.toLowerCase() + p.slice(1) : p;
}

/** a command's page (the lab's text) in the layout */
export function layoutCommandPage(layout: ManLayout, name: string, path: string | undefined, text: string): string {
  const page = parseAixPage(text);
  const sections: SetSection[] = [];
  for (const s of page.sections) {
    const heading = layout.headings[s.heading] ?? s.heading.toUpperCase();
    const lead = layout.leads?.[s.heading];
    const body: ManUnit[] = lead === undefined ? [] : [{ kind: "para", indent: 0, col: 0, lines: [lead] }, { kind: "blank" }];
    body.push(...aixSectionUnits(layout, s.heading, s.lines));
    const into = sections.find((x) => x.heading === heading);
    if (into) into.units.push({ kind: "blank" }, ...body);
    else sections.push({ heading, units: body });
  }
  const nameLine = layout.names?.[name] ?? `${name} - ${nameWords(page.purpose)}`;
  const name_: SetSection = { heading: "NAME", units: [{ kind: "para", indent: 0, col: 0, lines: [nameLine] }] };
  return setPage(layout, name, layout.section(path), [name_, ...sections]);
}

/** an AIX section's lines as nroff would be given them: examples as written (their words of
 *  introduction filled), the synopsis with
 *  the layout's hanging indent, messages a line each, the rest prose and tagged paragraphs */
function aixSectionUnits(layout: ManLayout, heading: string, lines: readonly string[]): ManUnit[] {
  if (layout.literal.has(heading)) return exampleUnits(lines);
  if (heading === "Syntax") {
    const hang = (first: string) => (layout.synopsisHang === "name" ? first.trim().split(/\s+/)[0]!.length + 1 : layout.synopsisHang);
    return synopsisUnits(lines, layout.width - layout.indent, hang);
  }
  return sectionUnits(lines, heading === "Messages" ? "lines" : "prose");
}

/** lines set as written, each a line of its own (nroff's .nf) */
function asWritten(lines: readonly string[]): ManUnit[] {
  return lines.map((text): ManUnit => (text === "" ? { kind: "blank" } : { kind: "literal", text }));
}

/** a page that is not a command's, in the layout: its prose lines filled, the rest as written */
export function layoutEntryPage(layout: ManLayout, entry: ManEntry): string {
  const units = (s: ManSection): SetSection => {
    // its SYNOPSIS (declarations, a call) is set as written, as its .nf block is
    if (s.heading === "SYNOPSIS") return { heading: s.heading, units: asWritten(s.lines) };
    const out: ManUnit[] = [];
    for (const l of s.lines) {
      const last = out[out.length - 1];
      if (l === "") out.push({ kind: "blank" });
      else if (!isProse(l)) out.push({ kind: "literal", text: l });
      else if (last?.kind === "para") last.lines.push(l);
      else out.push({ kind: "para", indent: 0, col: 0, lines: [l] });
    }
    return { heading: s.heading, units: out };
  };
  const name: SetSection = { heading: "NAME", units: [{ kind: "para", indent: 0, col: 0, lines: [`${entry.name} - ${entry.purpose}`] }] };
  return setPage(layout, entry.name, entry.section, [name, ...entry.sections.map(units)]);
}

/** the non-command page `name`, in one of `sections` (lower case, as man.c compares) if given */
export function findEntry(layout: ManLayout | undefined, name: string, sections: readonly string[] | null): ManEntry | undefined {
  return layout?.pages.find((p) => p.name === name && (sections === null || sections.includes(p.section.toLowerCase())));
}

interface SetSection {
  heading: string;
  units: ManUnit[];
}

/** a line that is a column layout (two spaces inside it) or indented is set as written */
function isProse(line: string): boolean {
  return line !== "" && !/^\s/.test(line) && !/\S {2,}\S/.test(line);
}

/** the fewest columns a tagged paragraph's text is given: a wider tag column is narrowed to
 *  leave this much (the tag then on a line of its own, as .TP sets a tag too wide) */
const MIN_TEXT = 30;

/** a paragraph's lines under the body's indent (nroff .TP: the tag, then the text at its column
 *  if the tag leaves a column free before it, else on the next line) */
function setPara(u: Extract<ManUnit, { kind: "para" }>, room: number, adjust: "both" | "left", fill: FillState): string[] {
  const col = Math.max(u.indent, Math.min(u.col, room - MIN_TEXT));
  const at = (n: number, t: string) => " ".repeat(n) + t.replaceAll(NBSP, " ");
  const how = u.ragged ? "left" : adjust;
  if (u.tag === undefined) {
    const text = fillParagraph(u.lines, room - col, how, fill, room - u.indent);
    return text.map((t, k) => at(k === 0 ? u.indent : col, t));
  }
  const text = fillParagraph(u.lines, room - col, how, fill);
  const out: string[] = [];
  if (u.indent + u.tag.length >= col || text.length === 0) out.push(at(u.indent, u.tag));
  else out.push(at(u.indent, u.tag.padEnd(col - u.indent)) + text.shift()!);
  out.push(...text.map((t) => at(col, t)));
  return out;
}

/** the text lines of the page (without titles): headings at column 0, bodies at the indent;
 *  `literal`: set as written (nroff .nf), the only lines that may be wider than the page */
export function bodyLines(layout: ManLayout, sections: readonly SetSection[], fill: FillState): BodyLine[] {
  const out: BodyLine[] = [];
  const pad = " ".repeat(layout.indent);
  const line = (text: string, literal = false): BodyLine => ({ text: text === "" ? "" : pad + text, heading: false, literal });
  for (const s of sections) {
    if (out.length > 0) out.push(line(""));
    out.push({ text: s.heading, heading: true, literal: false });
    for (const u of s.units) {
      if (u.kind === "blank") out.push(line(""));
      else if (u.kind === "literal") out.push(line(u.text, true));
      else for (const t of setPara(u, layout.width - layout.indent, layout.adjust, fill)) out.push(line(t));
    }
  }
  return out;
}

interface BodyLine {
  text: string;
  heading: boolean;
  literal: boolean;
}

/** a command's page as text lines, each marked if set as written (for the tests' width check) */
export function commandBodyLines(layout: ManLayout, name: string, text: string): BodyLine[] {
  const page = parseAixPage(text);
  const sections = page.sections.map((s): SetSection => ({ heading: s.heading, units: aixSectionUnits(layout, s.heading, s.lines) }));
  return bodyLines(layout, sections, { fromRight: true });
}

/** `.tl 'left'centre'right'` at the title length: the centre half-way (nroff rounds the half up) */
export function titleLine(width: number, left: string, centre: string, right: string): string {
  const c = Math.max(left.length + 1, Math.floor((width - centre.length + 1) / 2));
  let line = left.padEnd(c) + centre;
  line = line.padEnd(Math.max(line.length + 1, width - right.length)) + right;
  return line.trimEnd();
}

/** the pages nroff makes, then the pager's squeezing of empty lines */
function setPage(layout: ManLayout, name: string, section: string, sections: readonly SetSection[]): string {
  const fill: FillState = { fromRight: true };
  const lines = bodyLines(layout, sections, fill);
  const [left, centre, right] = layout.header(name, section);
  const head = titleLine(layout.width, left, centre, right);
  const [before, after, aboveFoot, belowFoot] = layout.margins;
  const blank = (n: number) => Array<string>(n).fill("");
  const raw: string[] = [];
  const pages = paginate(lines, layout.pageLines);
  pages.forEach((page, n) => {
    raw.push(...blank(before), head, ...blank(after), ...page);
    if (layout.pageLines > 0) raw.push(...blank(layout.pageLines - page.length));
    raw.push(...blank(aboveFoot), titleLine(layout.width, layout.footer[0], layout.dates?.[name] ?? layout.footer[1], String(n + 1)), ...blank(belowFoot));
  });
  return squeeze(raw).join("\n") + "\n";
}

/**
 * the text lines cut into pages of `size` (0: one page). A heading that would be the last line of
 * a page goes to the next (the macros' `.ne 2`); an empty line at the top of a page is not set
 * (no-space mode after the page's head).
 */
function paginate(lines: readonly BodyLine[], size: number): string[][] {
  if (size <= 0) return [lines.map((l) => l.text)];
  const pages: string[][] = [[]];
  for (const l of lines) {
    let page = pages[pages.length - 1]!;
    if (page.length >= size || (l.heading && page.length === size - 1)) pages.push((page = []));
    if (page.length === 0 && l.text === "") continue;
    page.push(l.text);
  }
  return pages;
}

/** more -s: a run of empty lines shows as one */
function squeeze(lines: readonly string[]): string[] {
  return lines.filter((l, i) => l !== "" || i === 0 || lines[i - 1] !== "");
}
