// The loopback device's configuration methods (define, configure, change, unconfigure,
// undefine): they keep CuDv, CuAt, CuDvDr, the /dev node and the loop driver in step.
// Errors are errno names; the commands print the words.
import { isKernelError, kerr } from "../../kernel/errno.js";
import type { Machine } from "../../kernel/machine.js";
import type { Odm } from "../../kernel/odm/odm.js";
import type { Sys } from "../../kernel/sys.js";
import { namei } from "../../kernel/vfs/namei.js";

export const LOOP_TYPE = "loopback/node/loopback";
const STATUS_DEFINED = 0;
const STATUS_AVAILABLE = 1;

function odm(m: Machine): Odm {
  if (!m.odm) throw kerr("ENOSYS");
  return m.odm;
}

/** libcfg genseq: the lowest unused instance number for a prefix (gaps are reused) */
export function genseq(m: Machine, prefix: string): number {
  const used = new Set<number>();
  for (const o of odm(m).get("CuDv")) {
    const name = String(o.name);
    const rest = name.slice(prefix.length);
    if (name.startsWith(prefix) && /^\d+$/.test(rest)) used.add(Number(rest));
  }
  let n = 0;
  while (used.has(n)) n++;
  return n;
}

/** libcfg genmajor: the driver's reserved major, or the lowest free one (kept once reserved) */
export function genmajor(m: Machine, driver: string): number {
  const o = odm(m);
  const mine = o.find("CuDvDr", { resource: "ddins", value1: driver })[0];
  if (mine) return Number(mine.value2);
  const used = new Set(o.find("CuDvDr", { resource: "ddins" }).map((r) => Number(r.value2)));
  let major = 1;
  while (used.has(major)) major++;
  o.add("CuDvDr", { resource: "ddins", value1: driver, value2: String(major), value3: "" });
  return major;
}

/** libcfg genminor: the preferred minor if free, else the lowest free one */
export function genminor(m: Machine, name: string, major: number, preferred: number): number {
  const o = odm(m);
  const mine = o.find("CuDvDr", { resource: "devno", value3: name })[0];
  if (mine) return Number(mine.value2);
  const used = new Set(o.find("CuDvDr", { resource: "devno", value1: String(major) }).map((r) => Number(r.value2)));
  let minor = used.has(preferred) ? 0 : preferred;
  while (used.has(minor)) minor++;
  o.add("CuDvDr", { resource: "devno", value1: String(major), value2: String(minor), value3: name });
  return minor;
}

export function loopDevices(m: Machine): string[] {
  return odm(m)
    .find("CuDv", { PdDvLn: LOOP_TYPE })
    .map((o) => String(o.name));
}

export function isLoopDevice(m: Machine, name: string): boolean {
  return odm(m).find("CuDv", { name, PdDvLn: LOOP_TYPE }).length > 0;
}

export function loopAttr(m: Machine, name: string, attribute: string): string | undefined {
  const r = odm(m).find("CuAt", { name, attribute })[0];
  return r ? String(r.value) : undefined;
}

export function setLoopAttr(m: Machine, name: string, attribute: string, value: string | null): void {
  setDeviceAttr(m, name, LOOP_TYPE, attribute, value);
}

/** a value is valid for a PdAt attribute: one of a list "a,b", or in a range "lo-hi,step" */
export function validAttrValue(values: string, value: string): boolean {
  if (values === "") return true;
  const range = /^(\d+)-(\d+),(\d+)$/.exec(values);
  if (range) {
    if (!/^\d+$/.test(value)) return false;
    const [lo, hi, step] = [Number(range[1]), Number(range[2]), Number(range[3])];
    const v = Number(value);
    return v >= lo && v <= hi && (v - lo) % step === 0;
  }
  return values.split(",").includes(value);
}

/** the change method's work: CuAt holds a customized value (none means the PdAt default) */
export function setDeviceAttr(m: Machine, name: string, uniquetype: string, attribute: string, value: string | null): void {
  const o = odm(m);
  o.remove("CuAt", { name, attribute });
  if (value === null) return;
  const pd = o.find("PdAt", { uniquetype, attribute })[0];
  o.add("CuAt", {
    name,
    attribute,
    value,
    type: pd ? String(pd.type) : "R",
    generic: pd ? String(pd.generic) : "",
    rep: pd ? String(pd.rep) : "s",
    nls_index: pd ? Number(pd.nls_index) : 0,
  });
}

/** the define method: a new CuDv object in the Defined state; returns its name */
export function defineLoop(m: Machine, name?: string): string {
  const o = odm(m);
  if (m.setting("wpar", false)) throw kerr("EPERM");
  const devname = name ?? `loop${genseq(m, "loop")}`;
  if (o.find("CuDv", { name: devname }).length) throw kerr("EEXIST", devname);
  o.add("CuDv", {
    name: devname,
    status: STATUS_DEFINED,
    chgstatus: 1,
    ddins: "loop",
    location: "",
    parent: "",
    connwhere: "",
    PdDvLn: LOOP_TYPE,
  });
  return devname;
}

export function minorOf(m: Machine, name: string): number | undefined {
  const r = odm(m).find("CuDvDr", { resource: "devno", value3: name })[0];
  return r ? Number(r.value2) : undefined;
}

/** the configure method: device number, /dev node, driver unit; binds the image attribute */
export function configureLoop(m: Machine, sys: Sys, name: string): void {
  const o = odm(m);
  const cu = o.find("CuDv", { name })[0];
  if (!cu) throw kerr("ENODEV", name);
  if (Number(cu.status) === STATUS_AVAILABLE) return;
  const major = genmajor(m, "loop");
  m.loop.major = major;
  m.devsw.register(major, m.loop);
  const inst = Number(name.replace(/^loop/, ""));
  const minor = genminor(m, name, major, Number.isFinite(inst) ? inst : 0);
  // like libcfg's mk_sp_file: a missing special file, or one that is not this block device, is made again
  const path = `/dev/${name}`;
  let node = null;
  try {
    node = sys.lstat(path);
  } catch {
    node = null;
  }
  if (node && (node.type !== "VBLK" || node.rdev?.major !== major || node.rdev?.minor !== minor)) {
    if (node.type === "VDIR") throw kerr("EEXIST", name);
    sys.unlink(path);
    node = null;
  }
  if (!node) {
    sys.mknod(path, "VBLK", 0o660, { major, minor });
    sys.chown(path, 0, 0);
  }
  try {
    m.loop.configure(minor, name);
  } catch (e) {
    // the driver already has a unit for this minor (left behind when the ODM was edited by
    // hand): the kernel refuses to initialize the device again
    if (isKernelError(e, "EEXIST")) throw kerr("EEXIST", "cfginit");
    throw e;
  }
  const image = loopAttr(m, name, "filename");
  if (image) {
    try {
      m.loop.attach(minor, sys.resolve(image), image, false);
    } catch (e) {
      m.loop.unconfigure(minor);
      // the driver cannot open the image (gone, unreadable): sysconfig fails and the configure
      // method exits E_CFGINIT, which mkdev and cfgmgr report as 0514-040 (libcfg cfdefmsg.c has
      // a numbered message for every method exit code; a bare errno text is never printed)
      if (isKernelError(e) && e.errno !== "EBUSY") throw kerr(e.errno, "cfginit");
      throw e;
    }
  }
  o.change("CuDv", { name }, { status: STATUS_AVAILABLE });
}

/** bind an image file to a loop device (chdev -a filename=, or loopmount -i) */
export function bindImage(m: Machine, sys: Sys, name: string, image: string, readonly: boolean): void {
  const vnode = sys.resolve(image);
  const minor = minorOf(m, name);
  const cu = odm(m).find("CuDv", { name })[0];
  if (cu && Number(cu.status) === STATUS_AVAILABLE && minor !== undefined) {
    const unit = m.loop.unit(minor);
    if (unit.image) m.loop.detach(minor);
    m.loop.attach(minor, vnode, image, readonly);
  } else {
    const holder = m.loop.holderOf(vnode);
    if (holder) throw kerr("EBUSY", holder.name);
  }
  setLoopAttr(m, name, "filename", image);
}

/** remove the image binding (the device stays) */
export function unbindImage(m: Machine, name: string): void {
  const minor = minorOf(m, name);
  if (minor !== undefined) {
    const unit = m.loop.all().find((u) => u.minor === minor);
    if (unit?.image) m.loop.detach(minor);
  }
  setLoopAttr(m, name, "filename", null);
}

/** the unconfigure method: Available → Defined (refused while the device is open) */
export function unconfigureLoop(m: Machine, name: string): void {
  const o = odm(m);
  const cu = o.find("CuDv", { name })[0];
  if (!cu) throw kerr("ENODEV", name);
  if (Number(cu.status) !== STATUS_AVAILABLE) return;
  const minor = minorOf(m, name);
  if (minor !== undefined) {
    const unit = m.loop.unit(minor);
    if (unit.opens > 0) throw kerr("EBUSY", name);
    if (unit.image) m.loop.detach(minor);
    m.loop.unconfigure(minor);
  }
  o.change("CuDv", { name }, { status: STATUS_DEFINED });
}

/** the undefine method: CuDv, CuAt, the devno and the /dev node go */
export function undefineLoop(m: Machine, sys: Sys, name: string): void {
  const o = odm(m);
  unconfigureLoop(m, name);
  o.remove("CuAt", { name });
  o.remove("CuDvDr", { resource: "devno", value3: name });
  o.remove("CuDv", { name });
  try {
    sys.unlink(`/dev/${name}`);
  } catch {
    // no node: nothing to remove
  }
}

/** every loop device's ODM rows, /dev node and driver unit agree */
export function loopInvariants(m: Machine): string[] {
  if (!m.odm) return [];
  const out: string[] = [];
  const rootMount = m.mounts.all().find((x) => x.covered === null);
  const root = rootMount?.vfs.root();
  const devNode = (name: string) => {
    if (!root) return null;
    try {
      return namei(m.mounts, { root, cwd: root }, `/dev/${name}`, false).vnode.getattr();
    } catch {
      return null;
    }
  };
  const units = new Map(m.loop.all().map((u) => [u.name, u]));
  const byHand = m.odm.handEdited;
  for (const name of loopDevices(m)) {
    units.delete(name);
    // objects edited by hand may disagree with the driver, as they may on AIX
    if (byHand.has(name)) continue;
    const cu = m.odm.find("CuDv", { name })[0]!;
    const avail = Number(cu.status) === STATUS_AVAILABLE;
    const unit = m.loop.all().find((u) => u.name === name);
    if (avail !== !!unit) out.push(`${name}: CuDv status ${cu.status} but driver unit ${unit ? "present" : "absent"}`);
    const devno = m.odm.find("CuDvDr", { resource: "devno", value3: name });
    if (avail && devno.length !== 1) out.push(`${name}: ${devno.length} devno objects`);
    if (unit && devno[0] && Number(devno[0].value2) !== unit.minor) out.push(`${name}: minor differs from CuDvDr`);
    if (avail) {
      // root may remove or replace special files, as on a real system; a block node that is
      // there must name the device's own unit
      const node = devNode(name);
      if (node?.type === "VBLK" && (node.rdev?.major !== m.loop.major || node.rdev?.minor !== unit?.minor))
        out.push(`${name}: /dev/${name} does not name the driver's unit`);
    }
    const file = loopAttr(m, name, "filename");
    if (unit?.image && unit.imagePath !== file) out.push(`${name}: bound image differs from CuAt filename`);
  }
  for (const name of units.keys()) if (!byHand.has(name)) out.push(`${name}: driver unit without CuDv`);
  // a mounted loop device must still be configured with an image
  for (const mt of m.mounts.all()) {
    const dev = /^\/dev\/(loop\d+)$/.exec(mt.special)?.[1];
    if (!dev) continue;
    const u = m.loop.all().find((x) => x.name === dev);
    if (!u || !u.image || u.opens < 1) out.push(`${mt.path}: mounted from ${mt.special} but the device is not open with an image`);
  }
  return out;
}
