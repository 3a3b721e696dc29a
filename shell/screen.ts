// Draws the lab as styled lines: the full-screen layout (session left, panes right or below,
// prompt and key hint at the bottom) and the inline layout's live area (prompt and key hint with
// the panes as a strip beside them). The live area is always shorter than the terminal, so ink
// never takes its clear-the-whole-terminal path. Pure: the same lines feed ink and the cast.
import type { Lab } from "./lab.js";
import { fitEllipsis, fitLine, lineWidth, restyle, seg, uncolor, type Line, type Style } from "./lines.js";
import { boxed, HIDDEN_PANE, moreLine, mountMode, PANE_NOUN, PANE_TAIL, paneContent, paneTitle, paneWants, type PaneInput } from "./panes.js";
import { practiceAsk, practiceBox, practiceKeys, practiceStrip, practiceTitle, practiceWants } from "./practicepane.js";
import { charWidth, cut, dropCols, ellipsis, midEllipsis, width } from "./term.js";

export const WIDE = 100;
const HINT: Style = { fg: "gray" };
const CURSOR: Style = { inverse: true };

export interface Frame {
  lines: Line[];
  /** where the text cursor is (row, column), for the terminal cursor */
  cursor: { row: number; col: number };
  /** practice's answer field: its row (the key hint's) and what comes before it there; the ink
   *  app puts ink-text-input after the prefix, the row as drawn here shows the typed value */
  field?: { row: number; prefix: Line; suffix?: Line } | undefined;
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
  const hidden = lab.practice?.hiddenPanes();
  return { snap: lab.snap, highlight: lab.highlighted(), odm: lab.odm, bootMounts: lab.bootMounts, trace: lab.traceLog.view, ...(hidden?.size ? { hidden } : {}) };
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

/** how a line of the buffer shows on a terminal: tabs to 8-column stops from `col`, other controls as ^X */
export function shown(s: string, col: number): string {
  if (!/[\x00-\x1f\x7f]/.test(s)) return s;
  let out = "";
  let c = col;
  for (const ch of s) {
    if (ch === "\t") {
      const n = 8 - (c % 8);
      out += " ".repeat(n);
      c += n;
    } else if (ch < " " || ch === "\x7f") {
      out += ch === "\x7f" ? "^?" : "^" + String.fromCharCode(ch.charCodeAt(0) + 64);
      c += 2;
    } else {
      out += ch;
      c += charWidth(ch.codePointAt(0)!);
    }
  }
  return out;
}

/**
 * One row of the prompt: the prompt and one line of the buffer. On the cursor's row the text is
 * scrolled sideways to show the cursor; text cut off is marked with < on the left and > on the
 * right, as ksh does.
 */
function promptRow(prefix: string, text: string, cur: number | null, w: number): { line: Line; col: number } {
  const pw = width(prefix);
  const full = prefix + shown(text, pw);
  if (cur === null) {
    if (width(full) <= w) return { line: fitLine([seg(full)], w), col: 0 };
    return { line: fitLine([seg(cut(full, w - 1)), seg(">", HINT)], w), col: 0 };
  }
  const before = prefix + shown(text.slice(0, cur), pw);
  const rest = full.slice(before.length);
  // the character under the cursor, with its combining marks
  let n = 0;
  if (rest.length) {
    n = rest.codePointAt(0)! > 0xffff ? 2 : 1;
    while (n < rest.length && charWidth(rest.codePointAt(n)!) === 0) n += rest.codePointAt(n)! > 0xffff ? 2 : 1;
  }
  const under = n ? rest.slice(0, n) : " ";
  const after = rest.slice(n);
  const col = width(before);
  const uw = Math.max(1, width(under));
  let start = 0;
  if (col + uw > w) start = col + uw - w + Math.min(10, Math.floor(w / 4));
  const line: Line = [];
  let left = dropCols(before, start);
  if (start > 0) {
    line.push(seg("<", HINT));
    left = dropCols(left, 1);
  }
  line.push(seg(left), seg(under, CURSOR));
  const room = w - (col - start) - uw;
  if (room > 0 && width(after) > room) line.push(seg(cut(after, room - 1)), seg(">", HINT));
  else if (room > 0) line.push(seg(after));
  return { line: fitLine(line, w), col: col - start };
}

/**
 * The prompt rows: the line being edited, one row per line of it (a command of several lines
 * recalled from the history, or a Ctrl-R match), the first after the prompt, the others after
 * PS2. At most `max` rows, the cursor's row always among them. `row` is the cursor's row.
 */
export function promptLines(lab: Lab, w: number, max: number): { lines: Line[]; row: number; col: number } {
  const e = lab.editor;
  let first: string;
  if (e.search) {
    const s = e.search;
    first = `${s.failed ? "(failed reverse-i-search)" : "(reverse-i-search)"}'${s.query.replace(/\n/g, " ")}': `;
  } else first = lab.term.open + lab.prompt();
  const ps2 = lab.ps2();
  const parts = e.buf.split("\n");
  let ci = 0;
  let off = e.cur;
  while (ci < parts.length - 1 && off > parts[ci]!.length) {
    off -= parts[ci]!.length + 1;
    ci++;
  }
  const m = Math.max(1, max);
  const from = parts.length <= m ? 0 : Math.min(Math.max(0, ci - m + 1), parts.length - m);
  const to = Math.min(parts.length, from + m);
  const lines: Line[] = [];
  let col = 0;
  for (let i = from; i < to; i++) {
    // the answer field has the cursor while it is open
    const r = promptRow(i === 0 ? first : ps2, parts[i]!, i === ci && !lab.practice?.field ? off : null, w);
    lines.push(r.line);
    if (i === ci) col = r.col;
  }
  return { lines, row: ci - from, col };
}

/** the key hint, or what is worth saying now, for a row of w columns (not yet fitted) */
function hint(lab: Lab, w: number): Line {
  const rec: Line = lab.recording ? [seg("● REC", { fg: "red", bold: true }), seg(" ")] : [];
  const room = w - lineWidth(rec);
  const ask = lab.practice ? practiceAsk(lab.practice, room) : null;
  if (ask && !ask.field) return [...rec, ...ask.line];
  if (ask) {
    // the field's keys at the row's right end (the ink app puts them there too: AnswerField)
    const typed: Line = [...rec, ...ask.line, seg(lab.practice!.field!.value), seg(" ", CURSOR)];
    const after = ask.after ?? [];
    return [...typed, seg(" ".repeat(Math.max(0, w - lineWidth(typed) - lineWidth(after)))), ...after];
  }
  const text = (): Line => {
    if (lab.message) return [seg(lab.message.text, { fg: "yellow" })];
    if (lab.status) return [seg(lab.status, HINT)];
    if (lab.editor.search) return [seg("Enter runs it · Ctrl-R older · Esc edits it · Ctrl-G cancels", HINT)];
    if (lab.scroll > 0) return [seg(`scrolled back ${lab.scroll} rows · PgDn (or any key) returns`, { fg: "yellow" })];
    if (lab.pending) return [seg("the command goes on: finish it on this line, or Ctrl-C", HINT)];
    // more, pg: the terminal is in non-canonical mode, keys go to the program as they are pressed
    if (lab.rawKeys) return [seg(`F1 help · the program reads each key as it is pressed · Ctrl-C interrupts${lab.mode === "full" ? " · PgUp/PgDn scroll" : ""}`, HINT)];
    const panes = panesHint(lab);
    // ksh's vi or emacs mode: what its keys are, after F1 (the lab's own keys are off); the
    // parts that do not fit go, from the last
    const mode = lab.editor.modeHint();
    if (mode) {
      const parts = ["F1 help", ...mode.split(" · "), panes];
      while (parts.length > 2 && width(parts.join(" · ")) > room) parts.splice(parts.length - 1, 1);
      return [seg(parts.join(" · "), HINT)];
    }
    if (lab.practice) {
      // no Practice pane on the screen (a small terminal, or F2): where it stands leads the line
      const shown = lab.panesShown() && (!panesBelow(lab) || lab.practice.view === "practice");
      const where = shown ? "" : practiceTitle(lab.practice).replace(/^Practice · /, "") + " · ";
      return [seg(where, { fg: "cyan" }), seg(practiceKeys(lab.practice, room - width(where), panes, !shown), HINT)];
    }
    // the inline layout leaves scrolling to the terminal's own scrollback
    const scroll = lab.mode === "full" ? " · PgUp/PgDn scroll" : "";
    const long = `F1 help · Tab completes · ↑↓ history · ^R search${scroll} · ${panes} · ^D quits`;
    const short = `F1 help · Tab · ↑↓ history · ^R${lab.mode === "full" ? " · PgUp/Dn" : ""} · ${panes} · ^D quit`;
    return [seg(width(long) <= room ? long : short, HINT)];
  };
  return [...rec, ...text()];
}

/** what F2 and F3 do now, for the hint line */
function panesHint(lab: Lab): string {
  const third = lab.third === "layers" ? (lab.snap.hasOdm ? " · F3 ODM" : " · F3 hides layers") : " · F3 layers";
  // practice where the panes share their place: F2 goes Practice → machine panes → none
  if (lab.practice && panesBelow(lab)) return !lab.panesShown() ? "F2 practice pane" : lab.practice.view === "practice" ? "F2 machine panes" : "F2 hides panes" + third;
  return (lab.panesShown() ? "F2 panes" : "F2 shows panes") + third;
}

function hintText(lab: Lab, w: number): Line {
  return fitEllipsis(hint(lab, w), w);
}

/** the practice answer field on the hint row `row`, when it is open */
function fieldAt(lab: Lab, row: number): Frame["field"] {
  // the field's row is the whole width, in every layout
  const rec: Line = lab.recording ? [seg("● REC", { fg: "red", bold: true }), seg(" ")] : [];
  const ask = lab.practice ? practiceAsk(lab.practice, lab.columns - lineWidth(rec)) : null;
  if (!ask?.field) return undefined;
  return { row, prefix: finish(lab, [[...rec, ...ask.line]])[0]!, ...(ask.after ? { suffix: finish(lab, [ask.after])[0]! } : {}) };
}

/** the panes go below the session (full screen, narrower than SIDE_MIN) or in the inline strip:
 *  no room for the Practice pane beside the machine's (practice's F2 switches them) */
export function panesBelow(lab: Lab): boolean {
  return lab.mode === "inline" || lab.columns < SIDE_MIN;
}

function finish(lab: Lab, lines: Line[]): Line[] {
  return lab.color ? lines : lines.map(uncolor);
}

/** the side layout needs this many columns: 80 for the session, a gap, a 34-column pane */
export const SIDE_MIN = 80 + 1 + 34;

/** the full-screen layout: exactly `rows` lines */
export function fullFrame(lab: Lab): Frame {
  const W = lab.columns;
  const H = Math.max(3, lab.rows);
  const cap = captionLines(lab, W, Math.min(4, Math.max(0, H - 6)));
  const pl = promptLines(lab, W, Math.max(1, Math.min(12, Math.floor((H - 2 - cap.length) / 2))));
  const main = Math.max(1, H - 1 - pl.lines.length - cap.length);
  const p = paneInput(lab);
  const hl = p.highlight;
  let sessionW = W;
  let sessionH = main;
  const showPanes = lab.panesShown() && main >= 6 && W >= 40;
  // panes beside the session only when it keeps 80 columns (commands format their output for 80)
  const wide = W >= SIDE_MIN;
  const side: Line[] = [];
  const below: Line[] = [];
  let panes = lab.paneKinds();
  const pr = lab.practice;
  if (showPanes && wide) {
    const pw = Math.max(34, Math.min(60, W - 81));
    sessionW = W - pw - 1;
    let room = main;
    let wants: number[] | null = null;
    if (pr) {
      // the Practice pane first, as tall as it needs up to all but 12 rows: Devices and Mounts
      // below it (and the ODM or Layers pane when there is room for three); rows those panes
      // would leave blank (little to list, or hidden until solved) go to it too
      const pwants = practiceWants(pr, pw);
      let ph = Math.min(main, pwants, Math.max(8, main - 12));
      room = main - ph;
      panes = room >= 13 ? panes : room >= 6 ? panes.slice(0, 2) : [];
      wants = panes.map((k) => paneWants(k, p, pw));
      const spare = room - wants.reduce((a, b) => a + Math.max(3, b), 0);
      if (spare > 0 && pwants > ph) {
        const more = Math.min(spare, pwants - ph);
        ph += more;
        room -= more;
      }
      side.push(...practiceBox(pr, pw, ph, hl));
    }
    wants ??= panes.map((k) => paneWants(k, p, pw));
    const heights = distribute(room, wants, 3, 1);
    panes.forEach((k, i) => {
      side.push(...boxed(paneTitle(k, p), paneContent(k, p, pw - 4), pw, heights[i]!, hl, PANE_NOUN[k], false, PANE_TAIL[k]));
    });
  } else if (showPanes && pr && pr.view === "practice") {
    // narrow: the Practice pane alone below the session (F2 puts the machine's panes there)
    const ph = Math.max(5, Math.min(practiceWants(pr, W), Math.floor(main * 0.45)));
    sessionH = main - ph;
    below.push(...practiceBox(pr, W, ph, hl));
  } else if (showPanes) {
    // the Layers pane's lines are long: it gets the larger share
    const shares = panes.length === 2 ? [0.5] : panes[2] === "layers" ? [0.27, 0.31] : [0.34, 0.36];
    const widths = shares.map((x) => Math.floor(W * x));
    widths.push(W - widths.reduce((a, b) => a + b, 0));
    const wants = panes.map((k, i) => paneWants(k, p, widths[i]!, true));
    const ph = Math.max(5, Math.min(Math.max(...wants), Math.floor(main * 0.45)));
    sessionH = main - ph;
    const boxes = panes.map((k, i) => boxed(paneTitle(k, p), paneContent(k, p, widths[i]! - 4), widths[i]!, ph, hl, PANE_NOUN[k], false, PANE_TAIL[k]));
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
  const top = lines.length;
  lines.push(...pl.lines);
  lines.push(hintText(lab, W));
  return { lines: finish(lab, lines), cursor: { row: top + pl.row, col: pl.col }, field: fieldAt(lab, lines.length - 1) };
}

// ---- inline layout ----

/** the compact panes strip: a few lines per pane, no borders */
export function stripLines(lab: Lab, w: number, max: number): Line[] {
  if (max <= 0) return [];
  const p = paneInput(lab);
  const hl = p.highlight;
  if (lab.practice?.view === "practice") return practiceStrip(lab.practice, w, max, hl);
  const title = (t: string): Line => [seg(t.padEnd(8), { bold: true, fg: "cyan" })];
  const indent = (): Line => [seg(" ".repeat(8))];
  const out: { line: Line; id?: string }[] = [];
  const devs = p.hidden?.has("devices") ? [] : p.snap.devices;
  if (p.hidden?.has("devices")) out.push({ line: [...title("Devices"), seg(HIDDEN_PANE, { dim: true })] });
  else if (devs.length === 0) out.push({ line: [...title("Devices"), seg(`no ${p.snap.deviceKind} devices`, { dim: true })] });
  devs.slice(0, 3).forEach((d, i) => {
    // name, status and image on a row; how it is bound and mounted, and whether it is temporary,
    // on the same row when they fit, else on the next
    const head: Line = [...(i === 0 ? title("Devices") : indent()), seg(d.name, { bold: true }), seg(d.status ? " " + d.status : "")];
    const id = `dev:${d.name}`;
    const mounted = p.snap.mounts.filter((m) => m.device === d.name).map((m) => `mounted ${mountMode(m.options)}`);
    const about = [...(d.image ? [`bound ${d.readonly ? "ro" : "rw"}`, ...mounted] : []), ...(d.temporary ? ["temporary"] : [])].join(", ");
    if (!d.image) {
      out.push({ line: [...head, seg(" no image", { dim: true }), seg(about ? ", " + about : "")], id });
      return;
    }
    const one = [...head, seg(" " + d.image), seg(` (${about})`, { dim: true })];
    if (lineWidth(one) <= w) out.push({ line: one, id });
    else {
      out.push({ line: [...head, seg(" " + midEllipsis(d.image, Math.max(8, w - lineWidth(head) - 1)))], id });
      out.push({ line: [...indent(), seg("  " + about, { dim: true })], id });
    }
  });
  if (devs.length > 3) out.push({ line: [...indent(), seg(moreLine(devs.length - 3, "device"), { dim: true })] });
  const mine = p.hidden?.has("mounts") ? [] : p.snap.mounts.filter((m) => !p.bootMounts.has(m.id));
  const bootN = p.snap.mounts.length - mine.length;
  if (p.hidden?.has("mounts")) out.push({ line: [...title("Mounts"), seg(HIDDEN_PANE, { dim: true })] });
  else if (mine.length === 0) out.push({ line: [...title("Mounts"), seg(`${bootN} from boot`, { dim: true })] });
  mine.slice(0, 3).forEach((m, i) => {
    // a layer names the mount it stands on (↳ /usr ffs); a lofs, how many mounts of the original
    // show through it and whether it loops (↳ / zfs, shows 16, loops)
    const under = m.lower[0];
    const lofs = `${m.shows.length ? `, shows ${m.shows.length}` : ""}${m.loops.length ? ", loops" : ""}`;
    const tail = ` ${m.special} ${m.vfs} ${m.options}${under ? ` ↳ ${under.path} ${under.vfs}${lofs}` : ""}`;
    const boot = i === 0 ? ` · ${bootN} from boot` : "";
    const path = midEllipsis(m.path, Math.max(8, w - 8 - width(tail) - (m.stacked ? 10 : 0) - width(boot)));
    out.push({
      line: [...(i === 0 ? title("Mounts") : indent()), seg(path, { bold: true }), seg(m.stacked ? " (stacked)" : ""), seg(tail), seg(boot, { dim: true })],
      id: `mnt:${m.id}`,
    });
  });
  if (mine.length > 3) out.push({ line: [...indent(), seg(moreLine(mine.length - 3, "mount"), { dim: true })] });
  if (lab.third !== "none") out.push(...stripThird(lab, p, w));
  const shown = out.length > max ? [...out.slice(0, max - 1), { line: [seg(`… ${out.length - max + 1} more lines (F2 hides)`, { dim: true })] }] : out;
  return shown.map((l) => {
    const line = fitEllipsis(l.line, w);
    return l.id && hl.has(l.id) ? restyle(line, { inverse: true }) : line;
  });
}

/** the strip's ODM or Layers part: its title and the first changes, or the last operations */
function stripThird(lab: Lab, p: PaneInput, w: number): { line: Line; id?: string }[] {
  const out: { line: Line; id?: string }[] = [];
  const kind = lab.third === "layers" ? "layers" : "odm";
  const cmd = kind === "layers" ? p.trace?.command : p.odm?.command;
  const name = kind === "layers" ? "Layers" : "ODM";
  const head = cmd !== undefined ? `${name} · ${ellipsis(cmd, Math.max(10, Math.floor(w / 3)))}` : name;
  // the Layers' lines have rows of their own; the ODM's first change follows the title
  const lines = paneContent(kind, p, kind === "layers" ? w - 2 : w - width(head) - 1);
  // the ODM's first changes; the Layers' last operations
  const more = Math.max(0, lines.length - 3);
  const shown = kind === "layers" && more > 0 ? lines.slice(-2) : lines.slice(0, 3);
  const above = lines.slice(0, -2).reduce((n, l) => n + (l.count ?? 1), 0);
  const first = kind === "layers" && more > 0 ? { line: [seg(moreLine(above, PANE_NOUN.layers), { dim: true })] } : shown.shift();
  out.push({ line: [seg(head + " ", { bold: true, fg: "cyan" }), ...(first?.line ?? [])], ...(first?.id ? { id: first.id } : {}) });
  for (const l of shown.slice(0, 2)) out.push({ line: [seg("  "), ...l.line], ...(l.id ? { id: l.id } : {}) });
  if (kind === "odm" && more > 0) out.push({ line: [seg("  " + moreLine(more, PANE_NOUN.odm), { dim: true })] });
  return out;
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
    // a hint too long for the column beside the strip (a replay's) gets a row of its own, and
    // so does practice's answer field
    const ownRow = lineWidth(hint(lab, lw)) > lw || !!lab.practice?.field;
    const blockH = room - (ownRow ? 1 : 0);
    const pl = promptLines(lab, lw, Math.max(1, Math.min(12, blockH - (ownRow ? 0 : 1))));
    const left = ownRow ? pl.lines : [...pl.lines, hintText(lab, lw)];
    const strip = stripLines(lab, sw, Math.min(8, blockH));
    const h = Math.min(blockH, Math.max(2, left.length, strip.length));
    const top = lines.length;
    for (let r = 0; r < h; r++) {
      // the hint sits on the block's last row
      const l = r < pl.lines.length ? pl.lines[r]! : !ownRow && r === h - 1 ? left[left.length - 1]! : fitLine([], lw);
      lines.push([...l, seg(" │ ", HINT), ...(strip[r] ?? fitLine([], sw))]);
    }
    if (ownRow) lines.push(hintText(lab, W));
    return { lines: finish(lab, lines), cursor: { row: top + pl.row, col: pl.col }, field: ownRow ? fieldAt(lab, lines.length - 1) : undefined };
  }
  const pl = promptLines(lab, W, Math.max(1, Math.min(12, room - 1 - (showStrip ? 2 : 0))));
  const top = lines.length;
  lines.push(...pl.lines);
  if (showStrip) lines.push(...stripLines(lab, W, Math.min(6, room - 1 - pl.lines.length)));
  lines.push(hintText(lab, W));
  return { lines: finish(lab, lines), cursor: { row: top + pl.row, col: pl.col }, field: fieldAt(lab, lines.length - 1) };
}

export function frame(lab: Lab): Frame {
  return lab.mode === "full" ? fullFrame(lab) : inlineFrame(lab);
}

/** the session as plain text rows (tests, the transcript) */
export function frameText(f: Frame): string {
  return f.lines.map((l) => l.map((g) => g.t).join("").trimEnd()).join("\n");
}
