// Each goal kind as a predicate on the machine's state: whether it holds, and a sentence saying
// what the state is — the why-not of an unmet goal ("/cdmount is mounted, but read-write"), and,
// when the predicate holds, what makes the negation false ("/cdmount is mounted from /dev/loop0").
// Only kernel state is read: the mount table, the loop driver, the ODM, the layers, the file
// tree, the process table, and the programs the kernel executed. No command's output is parsed.
import { LayerVfs } from "../kernel/fs/layer/layer.js";
import { LofsVfs } from "../kernel/fs/lofs/index.js";
import type { Proc } from "../kernel/proc/proc.js";
import { loopAttr, loopDevices } from "../os/aix/devices.js";
import { normalPath, pattern, type BindingSpec, type CwdSpec, type DeviceSpec, type FileSpec, type LayerSpec, type MountSpec, type OdmSpec, type Predicate, type RanSpec } from "./spec.js";
import type { World } from "./world.js";

/** a predicate's answer: does it hold, and the state in a sentence */
export interface Seen {
  ok: boolean;
  say: string;
  /** for ran: the exec that made it hold (its sequence number) */
  seq?: number;
}

/** a program the kernel executed during the exercise */
export interface ExecRecord {
  seq: number;
  /** not a program but the machine restarting (reboot, init 6): it has its place among the execs,
   *  so an after: window counts it as it counts them */
  restart?: true;
  /** the check it comes before: 1 for the first command line, 2 for the second … */
  line: number;
  path: string;
  argv: readonly string[];
  proc: Proc | undefined;
  /** the brought-about goals' states at the moment of this exec, by goal id (noted only when
   *  an exercise has such goals): whether a state held before a program ran can be told even
   *  when both happen in one command line */
  heldAtExec?: ReadonlyMap<string, boolean>;
}

/** files larger than this are not read by file goals unless the setting practice_file_limit says
 *  otherwise (a goal is checked after every command line); a larger file is "too large to check",
 *  said in the goal's why-not, never a silent pass or fail */
export const FILE_LIMIT = 1 << 20;

/** the file-size limit in force: the setting (-1: unlimited) or FILE_LIMIT */
function fileLimit(w: World): number {
  const n = Number(w.session.machine.setting("practice_file_limit", FILE_LIMIT));
  return n < 0 ? Number.POSITIVE_INFINITY : n;
}

const yes = (say: string): Seen => ({ ok: true, say });
const no = (say: string): Seen => ({ ok: false, say });

function mount(w: World, s: MountSpec): Seen {
  const m = w.mountAt(s.on);
  if (!m) return no(`nothing is mounted on ${s.on}`);
  const ro = m.vfs.readonly;
  if (s.from !== undefined && m.special !== s.from) return no(`${s.on} is mounted from ${m.special}, not ${s.from}`);
  if (s.image !== undefined) {
    const u = w.unitOfMount(m);
    if (!u) return no(`${s.on} is mounted from ${m.special}, which is not a loop device`);
    if (!u.image) return no(`${s.on} is mounted from ${m.special}, which is bound to no file`);
    if (!w.holds(u, s.image)) {
      // a file mounted directly: its lofi unit is the kernel's, not the user's to name
      if (u.imagePath === m.special) return no(`${s.on} is mounted from the file ${m.special}, not ${s.image}`);
      return no(`${s.on} is mounted from ${m.special}, which is bound to ${u.imagePath}, not ${s.image}`);
    }
  }
  if (s.fstype !== undefined && m.vfs.type !== s.fstype) return no(`${s.on} is a ${m.vfs.type} file system, not ${s.fstype}`);
  if (s.ro !== undefined && ro !== s.ro) return no(`${s.on} is mounted, but ${ro ? "read-only" : "read-write"}`);
  const opts = m.options.split(",").filter((o) => o !== "");
  for (const o of s.options ?? []) if (!opts.includes(o)) return no(`${s.on} is mounted without the option ${o} (its options: ${opts.join(",") || "none"})`);
  return yes(`${s.on} is mounted from ${m.special} (${m.vfs.type}, ${ro ? "read-only" : "read-write"})`);
}

const STATES = ["Defined", "Available", "Stopped"];

/** an AIX device: the ODM says whether it exists and its state; the driver (or, for a device
 *  not configured, its filename attribute) what it is bound to */
function aixDevice(w: World, s: DeviceSpec): Seen {
  const odm = w.machine.odm!;
  const name = s.name.startsWith("/dev/") ? s.name.slice(5) : s.name;
  const cu = odm.find("CuDv", { name })[0];
  if (!cu) return s.exists ? no(`${name} does not exist`) : yes(`${name} does not exist`);
  const state = STATES[Number(cu.status)] ?? String(cu.status);
  if (!s.exists) return no(`${name} exists (${state})`);
  if (s.state !== undefined && state !== s.state) return no(`${name} is ${state}, not ${s.state}`);
  const unit = w.unit(name);
  const image = unit ? (unit.image ? unit.imagePath : null) : (loopAttr(w.machine, name, "filename") ?? null);
  const r = boundAs(w, name, image, unit?.image ? unit : undefined, s.image);
  if (r) return r;
  if (s.temporary !== undefined) {
    const t = loopAttr(w.machine, name, "temporary") === "yes";
    if (t !== s.temporary) return no(t ? `${name} is a temporary device (loopmount made it)` : `${name} is not a temporary device`);
  }
  return yes(`${name} exists (${state}${image ? `, bound to ${image}` : ""})`);
}

/** the image part of a device goal: null when it agrees */
function boundAs(w: World, name: string, image: string | null, unit: ReturnType<World["unit"]>, want: string | null | undefined): Seen | null {
  if (want === undefined) return null;
  if (want === null) return image === null ? null : no(`${name} is bound to ${image}`);
  if (image === null) return no(`${name} is bound to no file`);
  const same = unit ? w.holds(unit, want) : image === want;
  return same ? null : no(`${name} is bound to ${image}, not ${want}`);
}

function device(w: World, s: DeviceSpec): Seen {
  if (w.machine.os === "aix" && w.machine.odm) return aixDevice(w, s);
  const u = w.unit(s.name);
  if (!u) return s.exists ? no(`${s.name} does not exist`) : yes(`${s.name} does not exist`);
  const name = w.unitName(u);
  if (!s.exists) return no(`${name} exists`);
  const r = boundAs(w, name, u.image ? u.imagePath : null, u, s.image);
  return r ?? yes(`${name} exists${u.image ? `, bound to ${u.imagePath}` : ""}`);
}

const criteria = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");

function odm(w: World, s: OdmSpec): Seen {
  const o = w.machine.odm!;
  if (!o.has(s.class)) return no(`there is no object class ${s.class}`);
  let objs;
  try {
    objs = o.find(s.class, s.where);
  } catch {
    return no(`${s.class} has no descriptor among ${Object.keys(s.where).join(", ")}`);
  }
  if (objs.length === 0) return no(`no ${s.class} object has ${criteria(s.where)}`);
  const want = s.values;
  if (!want) return yes(`a ${s.class} object has ${criteria(s.where)}`);
  for (const obj of objs) if (Object.entries(want).every(([k, v]) => String(obj[k]) === v)) return yes(`the ${s.class} object with ${criteria(s.where)} has ${criteria(want)}`);
  const first = objs[0]!;
  const [k, v] = Object.entries(want).find(([a, b]) => String(first[a]) !== b)!;
  return no(`the ${s.class} object with ${criteria(s.where)} has ${k}=${String(first[k] ?? "")}, not ${v}`);
}

function binding(w: World, s: BindingSpec): Seen {
  let units = w.bound();
  if (s.device !== undefined) {
    const u = w.unit(s.device);
    if (!u) return no(`${s.device} does not exist`);
    if (!u.image) return no(`${w.unitName(u)} is bound to no file`);
    units = [u];
  }
  if (s.image !== undefined) {
    const img = s.image;
    const holders = units.filter((u) => w.holds(u, img));
    if (holders.length === 0) {
      if (s.device !== undefined) {
        const other = w.bound().find((u) => w.holds(u, img));
        return no(`${w.unitName(units[0]!)} is bound to ${units[0]!.imagePath}${other ? `; ${img} is bound to ${w.unitName(other)}` : ""}`);
      }
      return no(`${img} is bound to no device`);
    }
    units = holders;
  }
  if (units.length === 0) return no("no device is bound to a file");
  if (s.ro !== undefined) {
    const right = units.find((u) => u.readonly === s.ro);
    if (!right) return no(`${w.unitName(units[0]!)} holds ${units[0]!.imagePath} ${units[0]!.readonly ? "read-only" : "read-write"}`);
    units = [right];
  }
  const u = units[0]!;
  return yes(`${w.unitName(u)} is bound to ${u.imagePath}`);
}

/** the layer's name as a goal may give it: BSD/OS calls its null mount loopback */
const layerNames = (v: LayerVfs) => [v.layer, v.type];

function layer(w: World, s: LayerSpec): Seen {
  const m = w.mountAt(s.on);
  if (!m) return no(`nothing is mounted on ${s.on}`);
  const v = m.vfs;
  if (!(v instanceof LayerVfs)) return no(`${s.on} is a ${v.type} file system, not a layer`);
  if (s.type !== undefined && !layerNames(v).includes(s.type)) return no(`${s.on} is a ${v.layer} layer, not ${s.type}`);
  if (s.lower !== undefined) {
    const want = w.resolve(s.lower);
    if (want === null || (want !== v.lowerRoot && !w.sameFile(want, v.lowerRoot))) {
      // the same name, another directory: a mount over the layer's target came after the layer
      if (m.special === s.lower) return no(`${s.on} is a ${v.layer} layer over the directory ${s.lower} was when it was mounted, not the ${s.lower} there is now`);
      return no(`${s.on} is a ${v.layer} layer over ${m.special}, not ${s.lower}`);
    }
  }
  if (s.ro !== undefined && v.readonly !== s.ro) return no(`${s.on} is a ${v.layer} layer, but ${v.readonly ? "read-only" : "read-write"}`);
  const nosub = v instanceof LofsVfs && v.nosub;
  if (s.nosub !== undefined) {
    if (!(v instanceof LofsVfs)) return no(`${s.on} is a ${v.layer} layer; nosub is lofs's`);
    if (nosub !== s.nosub) return no(nosub ? `${s.on} is a lofs layer with nosub: the file systems mounted below ${m.special} do not show through it` : `${s.on} is a lofs layer without nosub: the file systems mounted below ${m.special} show through it`);
  }
  return yes(`${s.on} is a ${v.layer} layer over ${m.special}${v.readonly ? ", read-only" : ""}${nosub ? ", nosub" : ""}`);
}

const TYPES = { file: "VREG", dir: "VDIR", link: "VLNK" } as const;
const NAMES: Record<string, string> = { VREG: "a file", VDIR: "a directory", VLNK: "a symbolic link", VBLK: "a block device", VCHR: "a character device", VFIFO: "a FIFO" };

function file(w: World, s: FileSpec): Seen {
  const v = w.resolve(s.path, s.type !== "link");
  if (v === null) return s.exists ? no(`${s.path} does not exist`) : yes(`${s.path} does not exist`);
  const type = v.getattr().type;
  if (!s.exists) return no(`${s.path} exists (${NAMES[type] ?? type})`);
  if (s.type !== undefined && type !== TYPES[s.type]) return no(`${s.path} is ${NAMES[type] ?? type}, not ${NAMES[TYPES[s.type]]}`);
  const owner = ownedAs(v.getattr(), s);
  if (owner !== null) return no(`${s.path} ${owner}`);
  if (s.size !== undefined) {
    const size = v.getattr().size;
    if (type !== "VREG") return no(`${s.path} is ${NAMES[type] ?? type}, not a file`);
    if (size !== s.size) return no(`${s.path} is ${size} bytes, not ${s.size}`);
  }
  if (s.content === undefined && s.contains === undefined && s.matches === undefined) {
    const ids = s.uid !== undefined || s.gid !== undefined ? `, owned by ${v.getattr().uid}:${v.getattr().gid}` : "";
    const bytes = s.size !== undefined ? `, ${s.size} bytes` : "";
    return yes(`${s.path} exists (${NAMES[type] ?? type}${ids}${bytes})`);
  }
  if (type !== "VREG") return no(`${s.path} is ${NAMES[type] ?? type}, not a file`);
  if (s.content !== undefined && v.getattr().size !== new TextEncoder().encode(s.content).length) return no(differs(w, s.path, v));
  const limit = fileLimit(w);
  const text = w.text(v, limit);
  if (text === null) return no(`${s.path} is larger than ${limit} bytes, the practice_file_limit setting: too large to check`);
  if (s.content !== undefined && text !== s.content) return no(differs(w, s.path, v));
  if (s.contains !== undefined && !text.includes(s.contains)) return no(`${s.path} does not contain ${JSON.stringify(s.contains)}`);
  // a pattern is never printed: it is the exercise writer's notation, and often the fix itself
  if (s.matches !== undefined && !pattern(s.matches, true).matcher(text).find()) return no(`${s.path} has no line of the kind this goal names`);
  // what held, so a not: file says what it found
  const what = s.matches !== undefined ? "has a line of the kind this goal names" : s.contains !== undefined ? `contains ${JSON.stringify(s.contains)}` : "holds the text asked for";
  return yes(`${s.path} ${what}`);
}

/** the owner part of a file goal: null when it agrees, else what differs */
function ownedAs(a: { uid: number; gid: number }, s: FileSpec): string | null {
  if (s.uid !== undefined && a.uid !== s.uid) return `is owned by uid ${a.uid}, not ${s.uid}`;
  if (s.gid !== undefined && a.gid !== s.gid) return `has group id ${a.gid}, not ${s.gid}`;
  return null;
}

/** what a file holds, shortly: its first line */
function differs(w: World, path: string, v: Parameters<World["text"]>[0]): string {
  const size = v.getattr().size;
  if (size === 0) return `${path} is empty`;
  const head = w.text(v, fileLimit(w));
  const first = head === null ? "" : head.slice(0, head.indexOf("\n") < 0 ? undefined : head.indexOf("\n"));
  return `${path} holds other text${first ? ` (its first line: ${JSON.stringify(first.slice(0, 60))})` : ""}`;
}

function cwd(w: World, s: CwdSpec): Seen {
  const procs = w.processes(s.process);
  if (procs.length === 0) return no(s.process === "any" ? "no process is running" : `no process ${s.process} is running`);
  const shell = w.shell();
  const who = (p: Proc) => (p === shell ? "the shell" : `${p.comm} (pid ${p.pid})`);
  const target = s.is ?? s.within!;
  const v = w.resolve(target);
  const where = (p: Proc) => {
    const path = w.cwdPath(p);
    if (path === null) return "a directory that has no name any more";
    // the name leads elsewhere now: the process entered it before a mount covered it
    return w.resolve(path) === p.cwd ? path : `the ${path} that a mount now covers (entered before the mount)`;
  };
  for (const p of procs) {
    const ok = v !== null && (s.is !== undefined ? p.cwd === v : w.within(p.cwd, v));
    if (ok) return yes(`${who(p)}'s current directory is ${where(p)}`);
  }
  if (v === null) return no(`${target} does not exist`);
  if (procs.length === 1) return no(`${who(procs[0]!)}'s current directory is ${where(procs[0]!)}`);
  return no(`no ${s.process === "any" ? "process" : s.process} has its current directory ${s.is !== undefined ? "at" : "in"} ${target}`);
}

function temporaryLoops(w: World): Seen {
  const left = loopDevices(w.machine).filter((n) => loopAttr(w.machine, n, "temporary") === "yes");
  if (left.length === 0) return yes("no temporary loop device is left");
  return no(`${left.join(", ")} ${left.length === 1 ? "is a temporary device" : "are temporary devices"} loopmount made, still there`);
}

/** the status a process ended with, or null while it runs */
function exitCode(p: Proc | undefined): number | null {
  const st = p?.status;
  if (!st) return null;
  return "code" in st ? st.code : 128;
}

/**
 * is `want` among the arguments? An option letter (`-f`) is given also inside a cluster of
 * letters (`umount -vf`, `fuser -kc`), as getopt reads them — but not as an option's own word
 * (`-o f`) or after `--`; an absolute path is the same path with a trailing slash or `.`
 * (`fuser -c /cdmount/`); anything else is compared whole.
 */
export function hasArgument(args: readonly string[], want: string): boolean {
  if (/^-[A-Za-z0-9]$/.test(want)) {
    for (const a of args) {
      if (a === "--") break;
      if (/^-[A-Za-z0-9]+$/.test(a) && a.includes(want[1]!)) return true;
    }
    return false;
  }
  if (want.startsWith("/")) return args.some((a) => a.startsWith("/") && normalPath(a) === normalPath(want));
  return args.includes(want);
}

/** an argument that is the absolute path `dir` or a path below it (trailing slashes and `.` left
 *  out); one with a `..` in it is not taken: what it names depends on the tree, not the words */
function isWithin(arg: string, dir: string): boolean {
  if (!arg.startsWith("/") || arg.split("/").includes("..")) return false;
  const a = normalPath(arg);
  const d = normalPath(dir);
  return a === d || a.startsWith(d === "/" ? "/" : d + "/");
}

/** ran: a matching exec at or after `from` (the window an after: sets) */
function ran(s: RanSpec, execs: readonly ExecRecord[], from: number): Seen {
  const name = (r: ExecRecord) => (s.command.includes("/") ? r.path : r.path.slice(r.path.lastIndexOf("/") + 1));
  let near: ExecRecord | null = null;
  let why = "";
  for (let i = Math.max(0, from); i < execs.length; i++) {
    const r = execs[i]!;
    if (r.restart || name(r) !== s.command) continue;
    const args = r.argv.slice(1);
    if (s.args !== undefined && (args.length !== s.args.length || s.args.some((a, k) => args[k] !== a))) {
      [near, why] = [r, "with other arguments"];
      continue;
    }
    const missing = (s.with ?? []).find((a) => !hasArgument(args, a));
    if (missing !== undefined) {
      [near, why] = [r, `without ${missing}`];
      continue;
    }
    if (s.within !== undefined && !args.some((a) => isWithin(a, s.within!))) {
      [near, why] = [r, `without a path in ${s.within}`];
      continue;
    }
    if (s.status !== undefined && exitCode(r.proc) !== s.status) {
      const c = exitCode(r.proc);
      [near, why] = [r, c === null ? "and has not ended" : `but ended with status ${c}`];
      continue;
    }
    return { ok: true, say: `${r.argv.join(" ")} was run`, seq: r.seq };
  }
  if (near) return no(`${near.argv.join(" ")} was run, ${why}`);
  return no(`${s.command} was not run${from > 0 ? " since then" : ""}`);
}

/** the predicate's answer on the machine now; `from`: the first exec a ran goal may count */
export function evaluate(w: World, p: Predicate, execs: readonly ExecRecord[], from = 0): Seen {
  switch (p.kind) {
    case "mount":
      return mount(w, p);
    case "device":
      return device(w, p);
    case "odm":
      return odm(w, p);
    case "binding":
      return binding(w, p);
    case "layer":
      return layer(w, p);
    case "file":
      return file(w, p);
    case "cwd":
      return cwd(w, p);
    case "no-temporary-loops":
      return temporaryLoops(w);
    case "ran":
      return ran(p, execs, from);
    case "restarted": {
      const r = execs.slice(Math.max(0, from)).find((x) => x.restart);
      return r ? { ok: true, say: "the machine was restarted", seq: r.seq } : no(`the machine was not restarted${from > 0 ? " since then" : ""}`);
    }
  }
}
