// The Layers pane: the vnode operations of the last command line as they passed through the
// layers (null, umap, lofs), one line each as shell/tracefmt.ts writes them, indented by depth.
// It takes the ODM pane's place (F3; on a machine without an ODM it is that place). A long trace
// shows its end: the last operations, under a line that counts the ones above. Pure.
import type { VnodeOpEvent } from "../engine/kernel/events.js";
import { seg, type Line, type Style } from "./lines.js";
import { width } from "./term.js";
import type { PaneLine } from "./panes.js";
import { traceParts } from "./tracefmt.js";

/** the traced operations of one command line */
export interface TraceView {
  /** the command line, on one line (the pane's title) */
  command: string;
  /** the operations traced while it ran, the last ones of a very long list (the pane shows the end) */
  events: readonly VnodeOpEvent[];
  /** tracing was on when it started (off while the pane is hidden) */
  traced: boolean;
  /** operations before `events`, no longer held (counted in the pane's "… N more" line) */
  dropped?: number;
}

const DIM: Style = { dim: true };

/**
 * The indentation of a depth in a pane `w` columns wide: two spaces a level while that takes at
 * most an eighth of the row (at least two levels); deeper, the depth as a number in that room,
 * so the operation keeps its place on a stack 64 layers deep.
 */
export function paneIndent(depth: number, w: number): string {
  const cap = Math.max(2, Math.floor(w / 16));
  if (depth <= cap) return "  ".repeat(depth);
  return String(depth).padStart(2 * cap - 1) + " ";
}

/** how much of "layer mount" a pane line keeps: both, the mount point only, or neither */
type Where = "full" | "mount" | "none";

function whereText(e: VnodeOpEvent, where: Where): string {
  return where === "full" ? traceParts(e).where : where === "mount" ? e.mount : "";
}

/** the width of an event's line in a pane `w` wide, keeping `where`; without lofs's crossing,
 *  which goes on a row of its own when the line is too long for it */
function lineWidth(e: VnodeOpEvent, w: number, where: Where, crossing = false): number {
  const p = traceParts(e);
  const at = whereText(e, where);
  return width(paneIndent(p.depth, w)) + width(p.op + at + (at ? "  " : "") + p.node + p.lower + p.hash + p.rewrote + (crossing ? p.crossing : "") + p.errno);
}

/** the most a pane can keep for all its lines alike: the whole line, else without the layer's
 *  name (the node's label names it: null#4) but with the mount point (which tells two stacked
 *  layers apart), else neither — so that what happened at the end of the line (new or hit, what
 *  the layer rewrote, the errno) stays in view. lofs's crossing is not counted: it takes a row
 *  of its own under a line too long for it (traceLines). */
export function paneWhere(events: readonly VnodeOpEvent[], w: number): Where {
  for (const where of ["full", "mount"] as const) if (events.every((e) => lineWidth(e, w, where) <= w)) return where;
  return "none";
}

/** One event as a styled pane line: the formatter's text, its parts coloured */
export function traceLine(e: VnodeOpEvent, w: number, where: Where = paneWhere([e], w)): Line {
  return traceLines(e, w, where, true)[0]!;
}

/**
 * One event as styled pane rows: the formatter's text, its parts coloured, on one row — unless
 * it is too long with lofs's crossing (`crossed /tmp`, `loop: the covered directory`), which
 * then goes on a row of its own under the operation (`  ↳ crossed /tmp`), kept whole while the
 * errno stays at the end of the first row. `oneRow`: the whole line on one row whatever its width.
 */
export function traceLines(e: VnodeOpEvent, w: number, where: Where = paneWhere([e], w), oneRow = false): Line[] {
  const p = traceParts(e);
  const indent = paneIndent(p.depth, w);
  const line: Line = [seg(indent, DIM), seg(p.op, { bold: true })];
  const at = whereText(e, where);
  if (at) line.push(seg(at, { fg: "cyan" }), seg("  "));
  line.push(seg(p.node));
  if (p.lower) line.push(seg(p.lower.slice(0, 3), DIM), seg(p.lower.slice(3)));
  if (p.hash) line.push(seg(p.hash, { fg: e.hash === "new" ? "green" : "yellow" }));
  if (p.rewrote) line.push(seg(p.rewrote, { fg: "magenta" }));
  const wrap = p.crossing !== "" && !oneRow && lineWidth(e, w, where, true) > w;
  if (p.crossing && !wrap) line.push(seg(p.crossing, { fg: "magenta" }));
  if (p.errno) line.push(seg(p.errno, { fg: "red" }));
  if (!wrap) return [line];
  // the crossing's own text, without what joined it to the line ("  " or ", ")
  const said = p.crossing.replace(/^(  |, )/, "");
  return [line, [seg(indent + "  ", DIM), seg("↳ " + said, { fg: "magenta" })]];
}

export function layersContent(t: TraceView | null, w: number): PaneLine[] {
  const say = (...rows: string[]) => rows.map((r) => ({ line: [seg(r, DIM)] }));
  // short rows: the pane may be 26 columns wide below the session
  if (t === null) return say("the last command's vnode", "operations in the layers");
  if (!t.traced) return say("not traced: pane hidden", "traced from next command");
  if (t.events.length === 0) return say("no layer operations");
  const where = paneWhere(t.events, w);
  const out: PaneLine[] = t.events.flatMap((e, i) => traceLines(e, w, where).map((line) => ({ line, group: `op:${i}` })));
  // the ones no longer held: one line that counts as that many operations in "… N more"
  const dropped = t.dropped ?? 0;
  if (dropped > 0) out.unshift({ line: [seg(`… ${dropped} earlier operations`, DIM)], count: dropped });
  return out;
}

export function layersTitle(t: TraceView | null): string {
  return t ? `Layers · ${t.command}` : "Layers";
}
