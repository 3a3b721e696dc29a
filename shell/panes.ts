// The panes beside the session: Devices, Mounts and ODM, drawn from a snapshot as styled lines
// of a given width. A pane is a box with its title in the top border. Pure.
import type { DeviceRow, MountRow, OdmChange, OdmRowData, Snapshot } from "./snapshot.js";
import { fitLine, restyle, seg, type Line, type Style } from "./lines.js";
import { ellipsis, width } from "./term.js";

export type PaneKind = "devices" | "mounts" | "odm";

/** a content line and the pane row id it belongs to (for the highlight) */
export interface PaneLine {
  line: Line;
  id?: string;
  /** may be hidden first when the pane is short */
  boot?: boolean;
}

export interface PaneInput {
  snap: Snapshot;
  /** row ids highlighted now ("dev:loop0", "mnt:7", "odm") */
  highlight: ReadonlySet<string>;
  odm: { command: string; changes: OdmChange[] } | null;
  /** mount ids present when the session started */
  bootMounts: ReadonlySet<number>;
}

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

function deviceLines(d: DeviceRow, w: number): Line[] {
  const flags: string[] = [];
  if (d.image) flags.push(d.readonly ? "ro" : "rw");
  flags.push(d.temporary ? "temporary" : "not temporary");
  const status = d.status === "Available" ? seg(d.status, { fg: "green" }) : seg(d.status, { fg: "yellow" });
  const first: Line = [seg(d.name, { bold: true }), seg(" "), status];
  if (flags.length) first.push(seg(" " + flags.join(" "), { fg: "cyan" }));
  const io = `r ${d.reads} (${human(d.bytesRead)}) w ${d.writes} (${human(d.bytesWritten)})`;
  const image = d.image ? d.image : "no image";
  const second: Line = [seg("  "), seg(ellipsis(image, Math.max(4, w - 2)), d.image ? undefined : DIM)];
  const lines = [first, second];
  if (d.image || d.reads || d.writes) {
    if (width(image) + 3 + width(io) <= w - 2) second.push(seg("  " + io, DIM));
    else lines.push([seg("  " + io, DIM)]);
  }
  return lines;
}

export function devicesContent(p: PaneInput, w: number): PaneLine[] {
  if (p.snap.devices.length === 0) return [{ line: [seg("no loop devices", DIM)] }];
  const out: PaneLine[] = [];
  for (const d of p.snap.devices) for (const line of deviceLines(d, w)) out.push({ line, id: `dev:${d.name}` });
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

export function mountsContent(p: PaneInput, w: number): PaneLine[] {
  const rows = p.snap.mounts;
  const out: PaneLine[] = [];
  rows.forEach((r, i) => {
    const prefix = treePrefix(rows, i);
    const line: Line = [seg(prefix, DIM), seg(r.path, { bold: true })];
    if (r.stacked) line.push(seg(" (stacked)", { fg: "magenta" }));
    line.push(seg(" " + r.special, { fg: "cyan" }), seg(" " + r.vfs, { fg: "green" }));
    const used = width(prefix) + width(r.path) + (r.stacked ? 10 : 0) + 1 + width(r.special) + 1 + width(r.vfs);
    if (r.options) line.push(seg(" " + ellipsis(r.options, Math.max(3, w - used - 1)), DIM));
    out.push({ line, id: `mnt:${r.id}`, boot: p.bootMounts.has(r.id) && r.depth > 0 });
  });
  return out;
}

function odmSummary(c: OdmChange): string {
  const d: OdmRowData = c.data;
  if (c.action === "changed" && c.before) {
    const parts = Object.entries(c.before).map(([k, old]) => `${k} ${old}→${d[k] ?? ""}`);
    if (parts.length) return parts.join(" ");
  }
  switch (c.objectClass) {
    case "CuDv":
      return `${d.name} status=${d.status}${d.ddins ? ` ddins=${d.ddins}` : ""}`;
    case "CuAt":
      return `${d.name} ${d.attribute}=${d.value}`;
    case "CuDvDr":
      return `${d.resource} ${d.value1} ${d.value2}${d.value3 ? " " + d.value3 : ""}`;
    default:
      return c.key;
  }
}

export function odmContent(p: PaneInput): PaneLine[] {
  if (!p.odm) return [{ line: [seg("objects the last command", DIM)] }, { line: [seg("added, changed, removed", DIM)] }];
  if (p.odm.changes.length === 0) return [{ line: [seg("no change", DIM)] }];
  const sign = { added: ["+", "green"], changed: ["~", "yellow"], removed: ["-", "red"] } as const;
  return p.odm.changes.map((c) => {
    const [ch, fg] = sign[c.action];
    return {
      line: [seg(ch + " ", { fg, bold: true }), seg(c.objectClass.padEnd(6) + " ", { bold: true }), seg(odmSummary(c))],
      id: "odm",
    };
  });
}

export function paneTitle(kind: PaneKind, p: PaneInput): string {
  if (kind === "devices") return `Devices (${p.snap.devices.length})`;
  if (kind === "mounts") return `Mounts (${p.snap.mounts.length})`;
  return p.odm ? `ODM · ${p.odm.command}` : "ODM";
}

export function paneContent(kind: PaneKind, p: PaneInput, innerWidth: number): PaneLine[] {
  return kind === "devices" ? devicesContent(p, innerWidth) : kind === "mounts" ? mountsContent(p, innerWidth) : odmContent(p);
}

/**
 * Fit content into `rows` lines: when it does not fit, boot-time entries are folded into one
 * line first, then the end is cut with a "… N more" line.
 */
export function fitContent(lines: PaneLine[], rows: number): PaneLine[] {
  if (rows <= 0) return [];
  if (lines.length <= rows) return lines;
  let out = lines;
  const boot = lines.filter((l) => l.boot).length;
  if (boot > 0) {
    const kept: PaneLine[] = [];
    let folded = false;
    for (const l of lines) {
      if (!l.boot) kept.push(l);
      else if (!folded) {
        folded = true;
        kept.push({ line: [seg(`  … ${boot} from boot`, DIM)] });
      }
    }
    out = kept;
  }
  if (out.length <= rows) return out;
  const shown = out.slice(0, rows - 1);
  shown.push({ line: [seg(`… ${out.length - rows + 1} more`, DIM)] });
  return shown;
}

/** a bordered box of exactly w × h with the title in its top border */
export function boxed(title: string, content: PaneLine[], w: number, h: number, hl: ReadonlySet<string>, focus = false): Line[] {
  const border: Style = focus ? { fg: "cyan" } : { fg: "gray" };
  const inner = Math.max(0, w - 4);
  if (h <= 0 || w < 4) return [];
  const t = ellipsis(title, Math.max(0, w - 5));
  const top: Line = [seg("╭─", border), seg(t, { bold: true }), seg("─".repeat(Math.max(0, w - 3 - width(t))) + "╮", border)];
  if (h === 1) return [fitLine(top, w)];
  const body = fitContent(content, h - 2);
  const lines: Line[] = [fitLine(top, w)];
  for (let i = 0; i < h - 2; i++) {
    const c = body[i];
    let inside = fitLine(c ? c.line : [], inner);
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
