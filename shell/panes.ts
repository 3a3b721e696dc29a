// The panes beside the session: Devices, Mounts and ODM or Layers, drawn from a snapshot (and
// the last command's trace) as styled lines of a given width. A pane is a box with its title in
// the top border. Pure.
import type { DeviceRow, MountRow, OdmChange, OdmRowData, Snapshot, StandsOn } from "./snapshot.js";
import { layersContent, layersTitle, type TraceView } from "./layerpane.js";
import { fitEllipsis, fitLine, lineWidth, restyle, seg, type Line, type Style } from "./lines.js";
import { ellipsis, midEllipsis, width, wrapText } from "./term.js";
import { fitContent, moreLine, type PaneLine } from "./panefit.js";

export { fitContent, moreLine, type PaneLine };

export type PaneKind = "devices" | "mounts" | "odm" | "layers";

export interface PaneInput {
  snap: Snapshot;
  /** row ids highlighted now ("dev:loop0", "mnt:7", "odm") */
  highlight: ReadonlySet<string>;
  odm: { command: string; changes: OdmChange[] } | null;
  /** the ids of the mounts the machine booted with (a scenario set-up's own are not among them) */
  bootMounts: ReadonlySet<number>;
  /** the vnode operations of the last command line (the Layers pane) */
  trace: TraceView | null;
  /** panes a practice exercise keeps hidden until it is solved (they would show an answer) */
  hidden?: ReadonlySet<PaneKind>;
}

/** what a hidden pane says instead of its content */
export const HIDDEN_PANE = "hidden until the exercise is solved: it would show what a question asks";

const DIM: Style = { dim: true };
const HL: Style = { inverse: true };

function human(n: number): string {
  if (n < 1024) return `${n}B`;
  const units = ["K", "M", "G", "T"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 ? Math.round(v) : v.toFixed(1)}${units[i]}`;
}

/** "ro" or "rw", from a mount's options */
export function mountMode(options: string): "ro" | "rw" {
  return options.split(",").includes("ro") ? "ro" : "rw";
}

/**
 * A device in a few lines: name and status first, then what is worth knowing, each part on the
 * line before when it fits. The image is bound read-write or read-only (the loop driver's
 * binding) and a file system on the device may be mounted read-only over a read-write binding,
 * as loopmount does with a CD image: both are named, so "rw" and "ro" never contradict.
 */
export function deviceLines(d: DeviceRow, w: number, mounted: readonly MountRow[] = []): Line[] {
  return deviceRows(d, w, mounted).map((r) => r.line);
}

/** deviceLines, the row of the I/O counters marked optional when it is a row of its own (a short
 *  pane leaves it out before it cuts devices) */
function deviceRows(d: DeviceRow, w: number, mounted: readonly MountRow[]): { line: Line; optional: boolean }[] {
  const parts: { line: Line; own?: boolean }[] = [];
  // no image: said on the first line, before the rest
  if (!d.image) parts.push({ line: [seg("no image", DIM)] });
  // temporary is the ODM's notion (CuAt temporary=yes): only a device with an ODM state has it
  if (d.status !== null) parts.push({ line: [seg(d.temporary ? "temporary" : "not temporary", { fg: "cyan" })] });
  if (d.image) {
    parts.push({ line: [seg(midEllipsis(d.image, Math.max(4, w - 2)))], own: true });
    parts.push({ line: [seg(`bound ${d.readonly ? "ro" : "rw"}`, { fg: "cyan" })] });
    for (const m of mounted) parts.push({ line: [seg(ellipsis(`mounted ${mountMode(m.options)} on ${m.path}`, Math.max(4, w - 2)), { fg: "cyan" })] });
  }
  const counters = d.image || d.reads || d.writes ? { line: [seg(`r ${d.reads} (${human(d.bytesRead)}) w ${d.writes} (${human(d.bytesWritten)})`, DIM)] } : null;
  if (counters) parts.push(counters);
  const lines: { line: Line; optional: boolean }[] = [{ line: [seg(d.name, { bold: true })], optional: false }];
  if (d.status !== null) lines[0]!.line.push(seg(" "), seg(d.status, { fg: d.status === "Available" ? "green" : "yellow" }));
  for (const p of parts) {
    const cur = lines[lines.length - 1]!.line;
    if (!p.own && lineWidth(cur) + 1 + lineWidth(p.line) <= w) cur.push(seg(" "), ...p.line);
    else lines.push({ line: [seg("  "), ...p.line], optional: p === counters });
  }
  return lines;
}

export function devicesContent(p: PaneInput, w: number): PaneLine[] {
  if (p.snap.devices.length === 0) return [{ line: [seg(`no ${p.snap.deviceKind} devices`, DIM)] }];
  const out: PaneLine[] = [];
  for (const d of p.snap.devices) {
    const mounted = p.snap.mounts.filter((m) => m.device === d.name);
    for (const r of deviceRows(d, w, mounted)) out.push({ line: r.line, id: `dev:${d.name}`, group: d.name, ...(r.optional ? { optional: true } : {}) });
  }
  return out;
}

function treePrefix(rows: MountRow[], i: number): string {
  const r = rows[i]!;
  if (r.depth === 0) return "";
  // is there a later sibling (same parent) before the parent's subtree ends?
  const hasNextSibling = (idx: number): boolean => {
    const x = rows[idx]!;
    for (let j = idx + 1; j < rows.length; j++) {
      if (rows[j]!.depth < x.depth) return false;
      if (rows[j]!.depth === x.depth && rows[j]!.parent === x.parent) return true;
    }
    return false;
  };
  let prefix = hasNextSibling(i) ? "├ " : "└ ";
  // ancestors' continuation bars
  let parentId = r.parent;
  for (let d = r.depth - 1; d >= 1; d--) {
    const pi = rows.findIndex((x) => x.id === parentId);
    if (pi < 0) break;
    prefix = (hasNextSibling(pi) ? "│ " : "  ") + prefix;
    parentId = rows[pi]!.parent;
  }
  return prefix;
}

/** the tree's bar under a row: it goes on when a sibling follows the row */
function under(prefix: string): string {
  return prefix === "" ? "" : prefix.slice(0, -2) + (prefix.endsWith("├ ") ? "│ " : "  ");
}

/**
 * What a layer stands on, on a row under it: the mounts below it, nearest first, down to the
 * real file system (`↳ on /usr ffs`; a null over a null: `↳ on /mnt null → /usr ffs`).
 */
function standsOnLine(cont: string, r: MountRow, w: number): Line {
  const line: Line = [seg(cont, DIM), seg("↳ on ", { fg: "magenta" })];
  r.lower.forEach((l, i) => {
    if (i > 0) line.push(seg(" → ", DIM));
    line.push(seg(midEllipsis(l.path, Math.max(6, w - width(cont) - 8 - width(l.vfs)))), seg(" " + l.vfs, { fg: "green" }));
  });
  return line;
}

/** at most this many rows for what shows through one lofs (the last one may say how many more) */
const SHOWS_ROWS = 3;

/**
 * What shows through a lofs (the mounts of the original its lookups cross): on one row when they
 * all fit (`↳ shows /export/home zfs, /export/home/cd hsfs`), else as many as fit on at most
 * SHOWS_ROWS rows, after their number (`↳ shows 15: /devices devfs, /dev dev`), the last row
 * counting the rest (`… 9 more`). A mount point keeps its type while the row has room for both.
 * The rows after the first are optional: a short pane keeps the first, which says how many.
 */
function showsLines(cont: string, shows: readonly StandsOn[], w: number): { line: Line; optional: boolean }[] {
  const head = "↳ shows ";
  const room = Math.max(6, w - width(cont) - width(head));
  const typed = (s: StandsOn): Line => [seg(s.path), seg(" " + s.vfs, { fg: "green" })];
  if (width(shows.map((s) => `${s.path} ${s.vfs}`).join(", ")) <= room) {
    const line: Line = [seg(cont, DIM), seg(head, { fg: "magenta" })];
    shows.forEach((s, i) => line.push(...(i > 0 ? [seg(", ", DIM)] : []), ...typed(s)));
    return [{ line, optional: false }];
  }
  const count = shows.length > 1 ? `${shows.length}: ` : "";
  const rowRoom = Math.max(6, room - width(count));
  const more = (left: number) => (left > 0 ? `… ${left} more` : "");
  const rows: Line[] = [];
  let i = 0;
  let stop = false;
  for (let r = 0; r < SHOWS_ROWS && i < shows.length && !stop; r++) {
    const last = r === SHOWS_ROWS - 1;
    const row: Line = [];
    let used = 0;
    while (i < shows.length) {
      const s = shows[i]!;
      const sep = row.length ? 2 : 0;
      // on the last row, room is kept for what is left after this one
      const keep = last && i < shows.length - 1 ? 2 + width(more(shows.length - i - 1)) : 0;
      const free = rowRoom - used - sep - keep;
      let item: Line | null = null;
      // a mount that does not fit whole goes to the next row; alone on a row, it loses its type,
      // and its path's middle on the first row (so that one is named) or when it is the last
      if (width(s.path) + 1 + width(s.vfs) <= free) item = typed(s);
      else if (row.length === 0 && width(s.path) <= free) item = [seg(s.path)];
      else if (row.length === 0 && (r === 0 || i === shows.length - 1)) item = [seg(midEllipsis(s.path, Math.max(6, free)))];
      else if (row.length === 0) stop = true;
      if (!item) break;
      if (sep) row.push(seg(", ", DIM));
      row.push(...item);
      used += sep + lineWidth(item);
      i++;
    }
    if (stop) break;
    rows.push(row);
  }
  if (i < shows.length) {
    // at the end of the last row, or alone on a row of its own
    const end = rows[rows.length - 1]!;
    if (stop || end.length === 0) rows.push([seg(more(shows.length - i), DIM)]);
    else end.push(seg(", " + more(shows.length - i), DIM));
  }
  const pad = cont + " ".repeat(width(head) + width(count));
  return rows.map((row, r) => ({
    line: r === 0 ? [seg(cont, DIM), seg(head, { fg: "magenta" }), seg(count, DIM), ...row] : [seg(pad, DIM), ...row],
    optional: r > 0,
  }));
}

/**
 * Where a lofs loops: the path in the copy that shows the covered directory instead of the tree
 * again (`↳ loop at /tmp/newroot/tmp/newroot: the covered directory`), said shorter as the row
 * narrows; the path loses its middle last.
 */
function loopLine(cont: string, at: string, w: number): Line {
  const room = w - width(cont);
  const lead = (h: string) => [seg(cont, DIM), seg(h, { fg: "magenta" })];
  for (const [head, said] of [
    ["↳ loop at ", ": the covered directory"],
    ["↳ loop at ", ": covered dir"],
    ["↳ loop at ", ""],
    ["↳ loop ", ""],
  ] as const)
    if (width(head) + width(at) + width(said) <= room) return [...lead(head), seg(at), seg(said, DIM)];
  return [...lead("↳ loop "), seg(midEllipsis(at, Math.max(6, room - 7)))];
}

/** is a mount made since boot in the subtree of row i? */
function laterBelow(rows: readonly MountRow[], i: number, boot: ReadonlySet<number>): boolean {
  for (let j = i + 1; j < rows.length && rows[j]!.depth > rows[i]!.depth; j++) if (!boot.has(rows[j]!.id)) return true;
  return false;
}

export function mountsContent(p: PaneInput, w: number): PaneLine[] {
  const rows = p.snap.mounts;
  const out: PaneLine[] = [];
  rows.forEach((r, i) => {
    const prefix = treePrefix(rows, i);
    // the device and the type are kept whole; a long path loses its middle, the options their end
    const fixed = width(prefix) + (r.stacked ? 10 : 0) + 1 + width(r.special) + 1 + width(r.vfs);
    const path = midEllipsis(r.path, Math.max(6, w - fixed));
    const line: Line = [seg(prefix, DIM), seg(path, { bold: true })];
    if (r.stacked) line.push(seg(" (stacked)", { fg: "magenta" }));
    line.push(seg(" " + r.special, { fg: "cyan" }), seg(" " + r.vfs, { fg: "green" }));
    const used = fixed + width(path);
    if (r.options && w - used - 1 >= 2) line.push(seg(" " + ellipsis(r.options, w - used - 1), DIM));
    // a layer mounted at boot (vfstab) folds last: what it stands on is news; a boot mount with a
    // later one below it does not fold, or the later one would seem to hang from the row above
    // the fold
    const atBoot = p.bootMounts.has(r.id) && r.depth > 0 && !laterBelow(rows, i, p.bootMounts);
    const boot = atBoot && r.lower.length === 0;
    const bootLate = atBoot && r.lower.length > 0;
    const id = `mnt:${r.id}`;
    out.push({ line, id, boot, group: id, ...(bootLate ? { bootLate } : {}) });
    // a layer: what it stands on; a lofs: where it loops and what shows through it (a short pane
    // leaves out the list's rows after its first)
    const cont = under(prefix);
    const more: { line: Line; optional: boolean }[] = [];
    if (r.lower.length) more.push({ line: standsOnLine(cont, r, w), optional: false });
    for (const at of r.loops) more.push({ line: loopLine(cont, at, w), optional: false });
    if (r.shows.length) more.push(...showsLines(cont, r.shows, w));
    for (const l of more) out.push({ line: l.line, id, boot, group: id, ...(bootLate ? { bootLate } : {}), ...(l.optional ? { optional: true } : {}) });
  });
  return out;
}

/** what changed in one object, in at most w columns; a value that would lose its end goes on a row of its own (not cut yet) */
function odmSummary(c: OdmChange, w: number): string[] {
  const d: OdmRowData = c.data;
  if (c.action === "changed" && c.before) {
    const parts = Object.entries(c.before).map(([k, old]) => `${k} ${old}→${d[k] ?? ""}`);
    if (parts.length) return [ellipsis(parts.join(" "), w)];
  }
  switch (c.objectClass) {
    case "CuDv":
      return [ellipsis(`${d.name} status=${d.status}${d.ddins ? ` ddins=${d.ddins}` : ""}`, w)];
    case "CuAt": {
      const head = `${d.name} ${d.attribute}=`;
      const value = d.value ?? "";
      if (width(head) + width(value) <= w) return [head + value];
      // a path keeps its last component: /backup/…/cd_image
      const last = value.slice(value.lastIndexOf("/", value.length - 2));
      if (w - width(head) >= width(last) + 2) return [head + midEllipsis(value, w - width(head))];
      return [ellipsis(head, w), value];
    }
    case "CuDvDr":
      return [ellipsis(`${d.resource} ${d.value1} ${d.value2}${d.value3 ? " " + d.value3 : ""}`, w)];
    default:
      return [ellipsis(c.key, w)];
  }
}

export function odmContent(p: PaneInput, w = 80): PaneLine[] {
  if (!p.odm) return [{ line: [seg("objects the last command", DIM)] }, { line: [seg("added, changed, removed", DIM)] }];
  if (p.odm.changes.length === 0) return [{ line: [seg("no change", DIM)] }];
  const sign = { added: ["+", "green"], changed: ["~", "yellow"], removed: ["-", "red"] } as const;
  // the class names line up when there is room for it
  const pad = w >= 30 ? 6 : 0;
  return p.odm.changes.flatMap((c, i) => {
    const [ch, fg] = sign[c.action];
    const cls = c.objectClass.padEnd(pad) + " ";
    const indent = 2 + width(cls);
    const [first, ...more] = odmSummary(c, Math.max(4, w - indent));
    const group = `odm:${i}`;
    return [
      { line: [seg(ch + " ", { fg, bold: true }), seg(cls, { bold: true }), seg(first ?? "")], id: "odm", group },
      ...more.map((m) => ({ line: [seg("    "), seg(midEllipsis(m, Math.max(4, w - 4)))], id: "odm", group })),
    ];
  });
}

export function paneTitle(kind: PaneKind, p: PaneInput): string {
  if (p.hidden?.has(kind)) return `${kind === "odm" ? "ODM" : kind[0]!.toUpperCase() + kind.slice(1)} (hidden)`;
  if (kind === "devices") return `Devices (${p.snap.devices.length})`;
  if (kind === "mounts") return `Mounts (${p.snap.mounts.length})`;
  if (kind === "layers") return layersTitle(p.trace);
  return p.odm ? `ODM · ${p.odm.command}` : "ODM";
}

export function paneContent(kind: PaneKind, p: PaneInput, innerWidth: number): PaneLine[] {
  if (p.hidden?.has(kind)) return wrapText(HIDDEN_PANE, Math.max(8, innerWidth)).map((t) => ({ line: [seg(t, DIM)] }));
  switch (kind) {
    case "devices":
      return devicesContent(p, innerWidth);
    case "mounts":
      return mountsContent(p, innerWidth);
    case "layers":
      return layersContent(p.trace, innerWidth);
    default:
      return odmContent(p, innerWidth);
  }
}

/** what a pane lists, for its "… N more" line */
export const PANE_NOUN: Record<PaneKind, string> = { devices: "device", mounts: "mount", odm: "change", layers: "operation" };

/** a pane that keeps the end of its content when it is cut (the latest operations) */
export const PANE_TAIL: Record<PaneKind, boolean> = { devices: false, mounts: false, odm: false, layers: true };

/** a bordered box of exactly w × h with the title in its top border; `tail`: a content too long keeps its end */
export function boxed(title: string, content: PaneLine[], w: number, h: number, hl: ReadonlySet<string>, noun = "", focus = false, tail = false): Line[] {
  const border: Style = focus ? { fg: "cyan" } : { fg: "gray" };
  const inner = Math.max(0, w - 4);
  if (h <= 0 || w < 4) return [];
  const t = ellipsis(title, Math.max(0, w - 5));
  const top: Line = [seg("╭─", border), seg(t, { bold: true }), seg("─".repeat(Math.max(0, w - 3 - width(t))) + "╮", border)];
  if (h === 1) return [fitLine(top, w)];
  const body = fitContent(content, h - 2, noun, tail);
  const lines: Line[] = [fitLine(top, w)];
  for (let i = 0; i < h - 2; i++) {
    const c = body[i];
    // a row that does not fit says so (…) instead of losing its end silently
    let inside = fitEllipsis(c ? c.line : [], inner);
    if (c?.id && hl.has(c.id)) inside = restyle(inside, HL);
    lines.push([seg("│ ", border), ...inside, seg(" │", border)]);
  }
  lines.push([seg("╰" + "─".repeat(Math.max(0, w - 2)) + "╯", border)]);
  return lines;
}

/** rows a pane would like: its content plus the two borders (compact: boot mounts folded) */
export function paneWants(kind: PaneKind, p: PaneInput, w: number, compact = false): number {
  const lines = paneContent(kind, p, Math.max(0, w - 4));
  if (!compact) return lines.length + 2;
  const boot = lines.filter((l) => l.boot).length;
  return lines.length - (boot > 1 ? boot - 1 : 0) + 2;
}
