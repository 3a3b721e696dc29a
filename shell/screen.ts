// Draws the lab as styled lines: the full-screen layout (session left, panes right or below,
// prompt and key hint at the bottom) and the inline layout's live area (prompt and key hint with
// the panes as a strip beside them). The live area is always shorter than the terminal, so ink
// never takes its clear-the-whole-terminal path. Pure: the same lines feed ink and the cast.
import type { Lab } from "./lab.js";
import { fitLine, restyle, seg, uncolor, type Line, type Style } from "./lines.js";
import { boxed, paneContent, paneTitle, paneWants, type PaneInput, type PaneKind } from "./panes.js";
import { cut, ellipsis, width } from "./term.js";

export const WIDE = 100;
const PANES: PaneKind[] = ["devices", "mounts", "odm"];
const HINT: Style = { fg: "gray" };
const CURSOR: Style = { inverse: true };

export interface Frame {
  lines: Line[];
  /** where the text cursor is (row, column), for the terminal cursor */
  cursor: { row: number; col: number };
}

/** share `total` rows among boxes that want `wants` rows; at least `min` each, the rest to `fill` */
export function distribute(total: number, wants: number[], min: number, fill: number): number[] {
  const n = wants.length;
  if (n === 0) return [];
  const base = Math.max(0, Math.min(min, Math.floor(total / n)));
  const alloc = wants.map(() => base);
  let left = total - base * n;
  let progress = true;
  while (left > 0 && progress) {
    progress = false;
    for (let i = 0; i < n && left > 0; i++)
      if (alloc[i]! < wants[i]!) {
        alloc[i]!++;
        left--;
        progress = true;
      }
  }
  alloc[fill] = alloc[fill]! + left;
  return alloc;
}

function paneInput(lab: Lab): PaneInput {
  return { snap: lab.snap, highlight: lab.highlighted(), odm: lab.odm, bootMounts: lab.bootMounts };
}

function captionLines(lab: Lab, w: number, max: number): Line[] {
  if (!lab.caption) return [];
  const text = lab.caption.replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]*)\*\*/g, "$1").replace(/\s*\n\s*/g, " ");
  const words = text.split(" ");
  const rows: string[] = [];
  let cur = "";
  for (const word of words) {
    if (cur === "") cur = word;
    else if (width(cur) + 1 + width(word) <= w - 2) cur += " " + word;
    else {
      rows.push(cur);
      cur = word;
    }
  }
  if (cur) rows.push(cur);
  const shown = rows.length > max ? [...rows.slice(0, max - 1), ellipsis(rows.slice(max - 1).join(" "), w - 2)] : rows;
  return shown.map((r) => [seg("▌ ", { fg: "yellow" }), seg(cut(r, w - 2), { fg: "yellow", bold: true })]);
}

/** the prompt row: the open text, the prompt and the line, scrolled sideways to show the cursor */
function promptLine(lab: Lab, w: number): { line: Line; col: number } {
  const e = lab.editor;
  let prefix: string;
  if (e.search) {
    const s = e.search;
    prefix = `${s.failed ? "(failed reverse-i-search)" : "(reverse-i-search)"}'${s.query}': `;
  } else prefix = lab.term.open + lab.prompt();
  const before = prefix + e.buf.slice(0, e.cur);
  const at = e.buf.slice(e.cur);
  const cp = at.codePointAt(0);
  const under = cp === undefined ? " " : String.fromCodePoint(cp);
  const after = at.slice(under.length);
  const col = width(before);
  let start = 0;
  if (col + 1 > w) start = col + 1 - w + Math.min(10, Math.floor(w / 4));
  const skip = (s: string, n: number): string => {
    let i = 0;
    let c = 0;
    while (i < s.length && c < n) {
      const code = s.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      c++;
    }
    return s.slice(i);
  };
  const vis = skip(before, start);
  const line: Line = [];
  if (start > 0) line.push(seg("<", HINT), seg(skip(vis, 1)));
  else line.push(seg(vis));
  line.push(seg(under, CURSOR), seg(after));
  return { line: fitLine(line, w), col: col - start };
}

function hintText(lab: Lab, w: number): Line {
  if (lab.message) return fitLine([seg(lab.message.text, { fg: "yellow" })], w);
  if (lab.status) return fitLine([seg(lab.status, HINT)], w);
  if (lab.editor.search) return fitLine([seg("Enter runs it · Ctrl-R older · Esc or arrows edit it · Ctrl-G cancels", HINT)], w);
  if (lab.scroll > 0) return fitLine([seg(`scrolled back ${lab.scroll} rows · PgDn (or any key) returns`, { fg: "yellow" })], w);
  if (lab.pending) return fitLine([seg("the command goes on: finish it on this line, or Ctrl-C", HINT)], w);
  const long = "F1 help · Tab completes · ↑↓ history · ^R search · PgUp/PgDn scroll · F2 panes · ^D quits";
  const short = "F1 help · Tab · ↑↓ history · ^R · PgUp/Dn · F2 panes · ^D quit";
  return fitLine([seg(width(long) <= w ? long : short, HINT)], w);
}

function finish(lab: Lab, lines: Line[]): Line[] {
  return lab.color ? lines : lines.map(uncolor);
}

/** the full-screen layout: exactly rows - 1 lines */
export function fullFrame(lab: Lab): Frame {
  const W = lab.columns;
  const H = Math.max(3, lab.rows - 1);
  const cap = captionLines(lab, W, Math.min(4, Math.max(0, H - 6)));
  const main = Math.max(1, H - 2 - cap.length);
  const p = paneInput(lab);
  const hl = p.highlight;
  let sessionW = W;
  let sessionH = main;
  const showPanes = lab.panesShown() && main >= 6 && W >= 40;
  const wide = W >= WIDE;
  const side: Line[] = [];
  const below: Line[] = [];
  if (showPanes && wide) {
    // the session keeps 80 columns when it can: commands format their output for 80
    const pw = Math.max(34, Math.min(60, W - 81));
    sessionW = W - pw - 1;
    const wants = PANES.map((k) => paneWants(k, p, pw));
    const heights = distribute(main, wants, 3, 1);
    PANES.forEach((k, i) => {
      side.push(...boxed(paneTitle(k, p), paneContent(k, p, pw - 4), pw, heights[i]!, hl));
    });
  } else if (showPanes) {
    const widths = [Math.floor(W * 0.34), Math.floor(W * 0.36)];
    widths.push(W - widths[0]! - widths[1]!);
    const wants = PANES.map((k, i) => paneWants(k, p, widths[i]!, true));
    const ph = Math.max(5, Math.min(Math.max(...wants), Math.floor(main * 0.45)));
    sessionH = main - ph;
    const boxes = PANES.map((k, i) => boxed(paneTitle(k, p), paneContent(k, p, widths[i]! - 4), widths[i]!, ph, hl));
    for (let r = 0; r < ph; r++) below.push(boxes.flatMap((b) => b[r] ?? []));
  }
  lab.lastSession = { w: sessionW, h: sessionH };
  if (lab.scroll > lab.term.maxScroll(sessionW, sessionH)) lab.scroll = lab.term.maxScroll(sessionW, sessionH);
  const rows = lab.term.view(sessionW, sessionH, lab.scroll);
  const lines: Line[] = [];
  for (let r = 0; r < sessionH; r++) {
    const left = fitLine([seg(rows[r] ?? "")], sessionW);
    lines.push(side.length ? [...left, seg(" "), ...(side[r] ?? [])] : left);
  }
  lines.push(...below);
  for (const c of cap) lines.push(fitLine(c, W));
  const pl = promptLine(lab, W);
  const row = lines.length;
  lines.push(pl.line);
  lines.push(hintText(lab, W));
  return { lines: finish(lab, lines), cursor: { row, col: pl.col } };
}

// ---- inline layout ----

/** the compact panes strip: a few lines per pane, no borders */
export function stripLines(lab: Lab, w: number, max: number): Line[] {
  const p = paneInput(lab);
  const hl = p.highlight;
  const title = (t: string): Line => [seg(t.padEnd(8), { bold: true, fg: "cyan" })];
  const out: { line: Line; id?: string }[] = [];
  const devs = p.snap.devices;
  if (devs.length === 0) out.push({ line: [...title("Devices"), seg("no loop devices", { dim: true })] });
  devs.slice(0, 3).forEach((d, i) => {
    const flags = [d.status, d.image ? (d.readonly ? "ro" : "rw") : "", d.temporary ? "temporary" : ""].filter(Boolean).join(" ");
    out.push({
      line: [...(i === 0 ? title("Devices") : [seg(" ".repeat(8))]), seg(d.name, { bold: true }), seg(" " + flags), seg(d.image ? " " + d.image : "", { dim: true })],
      id: `dev:${d.name}`,
    });
  });
  if (devs.length > 3) out.push({ line: [seg(" ".repeat(8)), seg(`… ${devs.length - 3} more`, { dim: true })] });
  const mine = p.snap.mounts.filter((m) => !p.bootMounts.has(m.id));
  const bootN = p.snap.mounts.length - mine.length;
  if (mine.length === 0) out.push({ line: [...title("Mounts"), seg(`${bootN} from boot`, { dim: true })] });
  mine.slice(0, 3).forEach((m, i) => {
    out.push({
      line: [...(i === 0 ? title("Mounts") : [seg(" ".repeat(8))]), seg(m.path, { bold: true }), seg(m.stacked ? " (stacked)" : ""), seg(` ${m.special} ${m.vfs} ${m.options}`), seg(i === 0 ? ` · ${bootN} from boot` : "", { dim: true })],
      id: `mnt:${m.id}`,
    });
  });
  if (mine.length > 3) out.push({ line: [seg(" ".repeat(8)), seg(`… ${mine.length - 3} more`, { dim: true })] });
  const odm = paneContent("odm", p, w);
  const odmTitle = p.odm ? `ODM · ${p.odm.command}` : "ODM";
  out.push({ line: [seg(odmTitle + " ", { bold: true, fg: "cyan" }), ...(odm[0]?.line ?? [])], ...(odm[0]?.id ? { id: odm[0].id } : {}) });
  for (const l of odm.slice(1, 3)) out.push({ line: [seg("  "), ...l.line], ...(l.id ? { id: l.id } : {}) });
  if (odm.length > 3) out.push({ line: [seg(`  … ${odm.length - 3} more`, { dim: true })] });
  const shown = out.length > max ? [...out.slice(0, max - 1), { line: [seg(`… ${out.length - max + 1} more lines (F2 hides)`, { dim: true })] }] : out;
  return shown.map((l) => {
    const line = fitLine(l.line, w);
    return l.id && hl.has(l.id) ? restyle(line, { inverse: true }) : line;
  });
}

/** the inline layout's live area: at most rows - 1 lines, usually a few */
export function inlineFrame(lab: Lab): Frame {
  const W = lab.columns;
  const maxH = Math.max(2, lab.rows - 1);
  const cap = captionLines(lab, W, Math.min(3, Math.max(0, maxH - 3)));
  const room = maxH - cap.length;
  const showStrip = lab.panesShown() && room >= 3;
  const lines: Line[] = [...cap.map((c) => fitLine(c, W))];
  if (showStrip && W >= WIDE) {
    const sw = Math.max(40, Math.min(70, Math.floor(W * 0.45)));
    const lw = W - sw - 3;
    const strip = stripLines(lab, sw, Math.min(8, room));
    const h = Math.max(2, strip.length);
    const pl = promptLine(lab, lw);
    const row = lines.length;
    for (let r = 0; r < h; r++) {
      const left = r === 0 ? pl.line : r === h - 1 ? hintText(lab, lw) : fitLine([], lw);
      lines.push([...left, seg(" │ ", HINT), ...(strip[r] ?? fitLine([], sw))]);
    }
    return { lines: finish(lab, lines), cursor: { row, col: pl.col } };
  }
  const pl = promptLine(lab, W);
  const row = lines.length;
  lines.push(pl.line);
  if (showStrip) lines.push(...stripLines(lab, W, Math.min(6, room - 2)));
  lines.push(hintText(lab, W));
  return { lines: finish(lab, lines), cursor: { row, col: pl.col } };
}

export function frame(lab: Lab): Frame {
  return lab.mode === "full" ? fullFrame(lab) : inlineFrame(lab);
}

/** the session as plain text rows (tests, the transcript) */
export function frameText(f: Frame): string {
  return f.lines.map((l) => l.map((g) => g.t).join("").trimEnd()).join("\n");
}
