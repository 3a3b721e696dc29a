// A read-only snapshot of the kernel state the panes draw: the loop driver's units (AIX loopN
// with their ODM state, BSD vnd, Solaris lofi), the mount table as a tree with what each layer
// stands on, and the ODM objects a command added, changed or removed. Pure functions from a
// machine to plain data; the terminal UI reads the kernel only through this file. Nothing here
// names an OS's devices: the driver and the ODM (where there is one) say what there is.
import type { KernelEvent } from "../engine/kernel/events.js";
import type { Machine, OsName } from "../engine/kernel/machine.js";
import type { Mount } from "../engine/kernel/vfs/mount.js";
import type { OdmObject } from "../engine/kernel/odm/odm.js";
import { lofsThrough } from "../engine/kernel/fs/lofs/through.js";
import { LOOP_TYPE } from "../engine/os/aix/devices.js";

/** what each OS calls the loop driver's devices (the Devices pane's noun: "no vnd devices") */
export const DEVICE_KIND: Record<OsName, string> = { aix: "loop", bsd: "vnd", solaris: "lofi" };

export interface DeviceRow {
  name: string;
  /** the ODM's state of the device (AIX); null on a machine without an ODM, where a unit of
   *  the driver simply exists, with an image or without */
  status: "Defined" | "Available" | null;
  /** the image bound to the device ("" for none) */
  image: string;
  readonly: boolean;
  /** created implicitly by loopmount (CuAt temporary=yes): loopumount deletes it */
  temporary: boolean;
  opens: number;
  reads: number;
  writes: number;
  bytesRead: number;
  bytesWritten: number;
}

export interface MountRow {
  id: number;
  special: string;
  path: string;
  vfs: string;
  options: string;
  /** the mount this one sits in (whose file system holds the covered directory) */
  parent: number | null;
  depth: number;
  /** mounted over the root of its parent mount (same mount point): a stacked mount */
  stacked: boolean;
  /** the loop driver's unit whose block device this file system is read from (loop0, vnd0),
   *  null for any other special */
  device: string | null;
  /** a layer (null, umap, lofs): the mounts it stands on, nearest first, down to the real file
   *  system at the bottom (found from its root vnode's `.lower` chain: realvp() ends there).
   *  Empty for a file system that is not a layer. */
  lower: StandsOn[];
  /** a lofs: the mounts of the original below its source that lookups through it cross — what
   *  shows through it (the kernel's lofsThrough), in mount order. Empty for any other mount. */
  shows: StandsOn[];
  /** a lofs: where the loop rule shows the directory a mount covers instead of crossing it, as a
   *  path in the copy (/tmp/newroot/tmp/newroot), else the real mount point. Empty elsewhere. */
  loops: string[];
}

/** one mount a layer stands on: the mount that holds the vnode below */
export interface StandsOn {
  /** the mount's id, null for a vfs the mount table does not name (a lofs shadow vfs) */
  id: number | null;
  /** its mount point ("?" when the mount table does not name it) */
  path: string;
  vfs: string;
}

export type OdmRowData = Record<string, string>;

export interface Snapshot {
  os: string;
  hostname: string;
  /** the machine has an ODM (AIX): the ODM pane, and devices' Defined/Available state */
  hasOdm: boolean;
  /** what the OS calls the loop driver's devices: loop, vnd, lofi */
  deviceKind: string;
  devices: DeviceRow[];
  /** depth-first, children in mount order */
  mounts: MountRow[];
  /** the customized-device classes, keyed "Class key" → descriptors */
  odm: Record<string, OdmRowData>;
}

export const ODM_CLASSES = ["CuDv", "CuAt", "CuDvDr"] as const;

function odmData(o: OdmObject): OdmRowData {
  const d: OdmRowData = {};
  for (const [k, v] of Object.entries(o)) d[k] = String(v);
  return d;
}

export function devices(m: Machine): DeviceRow[] {
  const units = new Map(m.loop.all().map((u) => [u.name, u]));
  const rows: DeviceRow[] = [];
  const seen = new Set<string>();
  const odm = m.odm;
  if (odm && odm.has("CuDv")) {
    const attrs = odm.has("CuAt") ? odm.get("CuAt") : [];
    const attr = (name: string, a: string) => {
      const r = attrs.find((x) => x.name === name && x.attribute === a);
      return r ? String(r.value) : undefined;
    };
    for (const cu of odm.find("CuDv", { PdDvLn: LOOP_TYPE })) {
      const name = String(cu.name);
      const u = units.get(name);
      seen.add(name);
      rows.push({
        name,
        status: Number(cu.status) === 1 ? "Available" : "Defined",
        image: u?.image ? u.imagePath : (attr(name, "filename") ?? ""),
        readonly: u?.image ? u.readonly : false,
        temporary: attr(name, "temporary") === "yes",
        opens: u?.opens ?? 0,
        reads: u?.stats.reads ?? 0,
        writes: u?.stats.writes ?? 0,
        bytesRead: u?.stats.bytesRead ?? 0,
        bytesWritten: u?.stats.bytesWritten ?? 0,
      });
    }
  }
  for (const u of units.values()) {
    if (seen.has(u.name)) continue;
    rows.push({
      name: u.name,
      // a unit without a CuDv object on AIX is in the driver (Available); elsewhere there is no
      // such state to show
      status: odm ? "Available" : null,
      image: u.image ? u.imagePath : "",
      readonly: u.readonly,
      temporary: false,
      opens: u.opens,
      reads: u.stats.reads,
      writes: u.stats.writes,
      bytesRead: u.stats.bytesRead,
      bytesWritten: u.stats.bytesWritten,
    });
  }
  const num = (n: string) => Number(/\d+$/.exec(n)?.[0] ?? -1);
  return rows.sort((a, b) => num(a.name) - num(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The driver unit a mount's special names: /dev/loop0 (AIX), /dev/vnd0c or /dev/rvnd0a (a BSD
 * disk's partition letter, raw or block), or null when it names none of them.
 */
export function unitOfSpecial(special: string, units: readonly string[]): string | null {
  if (!special.startsWith("/dev/")) return null;
  const base = special.slice(5);
  if (units.includes(base)) return base;
  const part = /^r?(.+?)[a-p]$/.exec(base);
  return part && units.includes(part[1]!) ? part[1]! : null;
}

/**
 * The loop unit a mount reads: the block device the kernel recorded for the mount when it is one
 * of the loop driver's (a lofi device, also the one a file mounted directly was given), else the
 * unit its special names (unitOfSpecial: mounts made without a recorded device).
 */
export function unitOfMount(m: Machine, x: Mount, units: readonly string[]): string | null {
  const d = x.device;
  if (!d) return unitOfSpecial(x.special, units);
  if (d.major !== m.loop.major) return null;
  return m.loop.all().find((u) => u.minor === m.loop.face.unitOf(d.minor))?.name ?? null;
}

/**
 * What shows through a lofs and where it loops (the kernel's lofsThrough). A loop is named where
 * it is seen: the loop mount's path below the lofs's source, under the lofs's mount point.
 */
export function through(m: Machine, x: Mount): { shows: StandsOn[]; loops: string[] } {
  let t;
  try {
    t = lofsThrough(m, x);
  } catch {
    t = null;
  }
  if (!t) return { shows: [], loops: [] };
  const src = x.special;
  const inCopy = (p: string): string => {
    if (src === "/") return x.path + p;
    if (p === src) return x.path;
    return p.startsWith(src + "/") ? x.path + p.slice(src.length) : p;
  };
  return { shows: t.crossed.map((y) => ({ id: y.id, path: y.path, vfs: y.vfs.type })), loops: t.loops.map((y) => inCopy(y.path)) };
}

/**
 * What a layer mount stands on: from its root vnode down the `.lower` chain (the last one is
 * realvp() of the root), each vnode's mount as the mount table names it. A file system that is
 * not a layer has a root without `.lower`: nothing.
 */
export function standsOn(m: Machine, x: Mount): StandsOn[] {
  const out: StandsOn[] = [];
  let v;
  try {
    v = x.vfs.root().lower;
  } catch {
    return out;
  }
  const seen = new Set();
  while (v && !seen.has(v)) {
    seen.add(v);
    const under = m.mounts.mountOf(v.vfs);
    out.push({ id: under?.id ?? null, path: under?.path ?? "?", vfs: v.vfs.type });
    v = v.lower;
  }
  return out;
}

export function mounts(m: Machine): MountRow[] {
  const all = m.mounts.all();
  const units = m.loop.all().map((u) => u.name);
  const byVfs = new Map(all.map((x) => [x.vfs, x]));
  const children = new Map<number | null, Mount[]>();
  for (const x of all) {
    const p = x.covered ? (byVfs.get(x.covered.vfs)?.id ?? null) : null;
    const list = children.get(p) ?? [];
    list.push(x);
    children.set(p, list);
  }
  const row = (x: Mount, parent: number | null, depth: number, stacked: boolean): MountRow => ({
    id: x.id,
    special: x.special,
    path: x.path,
    vfs: x.vfs.type,
    options: x.options,
    parent,
    depth,
    stacked,
    device: unitOfMount(m, x, units),
    lower: standsOn(m, x),
    ...through(m, x),
  });
  const out: MountRow[] = [];
  const walk = (p: number | null, depth: number, parentPath: string | null) => {
    for (const x of children.get(p) ?? []) {
      out.push(row(x, p, depth, parentPath !== null && parentPath === x.path));
      walk(x.id, depth + 1, x.path);
    }
  };
  walk(null, 0, null);
  // mounts whose parent is gone from the table (should not happen) still show, at the top level
  if (out.length < all.length) {
    const shown = new Set(out.map((r) => r.id));
    for (const x of all) if (!shown.has(x.id)) out.push(row(x, null, 0, false));
  }
  return out;
}

/** "Class key" where key is the class's key descriptors joined with ":" (as odm events name it) */
export function odmRows(m: Machine): Record<string, OdmRowData> {
  const out: Record<string, OdmRowData> = {};
  const odm = m.odm;
  if (!odm) return out;
  for (const c of ODM_CLASSES) {
    if (!odm.has(c)) continue;
    const cls = odm.cls(c);
    for (const o of cls.objects) out[`${c} ${cls.key.map((k) => String(o[k] ?? "")).join(":")}`] = odmData(o);
  }
  return out;
}

export function takeSnapshot(m: Machine): Snapshot {
  // looking at the layers (their roots) is not an operation of the command line: not traced
  const trace = m.trace;
  m.trace = false;
  try {
    return {
      os: m.os,
      hostname: m.hostname,
      hasOdm: m.odm !== null,
      deviceKind: DEVICE_KIND[m.os] ?? "loop",
      devices: devices(m),
      mounts: mounts(m),
      odm: odmRows(m),
    };
  } finally {
    m.trace = trace;
  }
}

// ---- what one command changed in the ODM ----

export interface OdmChange {
  action: "added" | "changed" | "removed";
  objectClass: string;
  key: string;
  /** the object after the command (added, changed) or before it (removed) */
  data: OdmRowData;
  /** for "changed": the descriptors that differ, with their old values */
  before?: OdmRowData;
}

/**
 * The ODM objects a command touched, from the odm events it caused and the snapshots taken
 * before and after it. An object added then removed by the same command is not listed; one
 * touched several times is listed once, with its net action.
 */
export function odmChanges(events: readonly KernelEvent[], before: Snapshot, after: Snapshot): OdmChange[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    if (e.kind !== "odm" || !(ODM_CLASSES as readonly string[]).includes(e.objectClass)) continue;
    const id = `${e.objectClass} ${e.key}`;
    if (!seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  }
  const out: OdmChange[] = [];
  for (const id of order) {
    const sp = id.indexOf(" ");
    const objectClass = id.slice(0, sp);
    const key = id.slice(sp + 1);
    const a = before.odm[id];
    const b = after.odm[id];
    if (!a && b) out.push({ action: "added", objectClass, key, data: b });
    else if (a && !b) out.push({ action: "removed", objectClass, key, data: a });
    else if (a && b) {
      const diff: OdmRowData = {};
      for (const k of Object.keys(b)) if (a[k] !== b[k]) diff[k] = a[k] ?? "";
      // removed and added again with the same values still counts as changed
      out.push({ action: "changed", objectClass, key, data: b, before: diff });
    }
  }
  return out;
}

// ---- which rows changed between two snapshots (for highlighting) ----

const deviceSig = (d: DeviceRow) => `${d.status}|${d.image}|${d.readonly}|${d.temporary}|${d.opens}|${d.reads}|${d.writes}`;
const mountSig = (r: MountRow) =>
  `${r.special}|${r.path}|${r.vfs}|${r.options}|${r.parent}|${r.lower.map((l) => `${l.id}:${l.vfs}`).join(">")}|${r.shows.map((l) => l.id).join(",")}|${r.loops.join(",")}`;

/** ids of pane rows ("dev:loop0", "mnt:12") that are new or different in `next` */
export function changedRows(prev: Snapshot | null, next: Snapshot): string[] {
  const out: string[] = [];
  const pd = new Map((prev?.devices ?? []).map((d) => [d.name, deviceSig(d)]));
  for (const d of next.devices) if (pd.get(d.name) !== deviceSig(d)) out.push(`dev:${d.name}`);
  const pm = new Map((prev?.mounts ?? []).map((r) => [r.id, mountSig(r)]));
  for (const r of next.mounts) if (pm.get(r.id) !== mountSig(r)) out.push(`mnt:${r.id}`);
  return out;
}
