// Boots the default AIX machine: an LPAR with rootvg's jfs2 file systems, /proc, /dev nodes,
// the ODM's predefined and customized devices, /etc/filesystems and sample images.
import { Machine } from "../../kernel/machine.js";
import { MemVfs } from "../../kernel/fs/memfs/memfs.js";
import { Odm } from "../../kernel/odm/odm.js";
import { bootProcesses, holdSystemFiles } from "./procs.js";
import { Sys } from "../../kernel/sys.js";
import { defineAixClasses, odmStanza } from "./odm-classes.js";
import { bootMounts, cuDvObject, customized, filesystems, predefined, procStanza, reservedMajors, rootvgLvs, stanzaOrder, sysAttributes, type FsDef } from "./lpar.js";
import { LOOP_TYPE, loopInvariants, undefineLoop, loopDevices, loopAttr } from "./devices.js";
import { registerAixFsTypes } from "./fstypes.js";
import { LV_MAJOR, LvDriver, lvmInvariants } from "./lvm.js";
import { PP_BLOCKS, VolumeGroup } from "./vg.js";
import { mmDriver } from "../../kernel/dev/devsw.js";
import { randomDriver } from "../../kernel/dev/random.js";
import { ETC_GROUP, ETC_PASSWD } from "./users.js";
import { encodeVpd, hardware } from "./hardware.js";
import { CONFIG_RULES } from "./cfgrules.js";
import { logBoot, logShutdown } from "./errlog.js";
import { bootTime } from "./procs.js";

export interface AixBootOptions {
  clock: number;
  hostname?: string;
  settings?: Record<string, unknown>;
}

/** the major number the random driver holds (lpar.ts reservedMajors) */
const RANDOM_MAJOR = 9;
/** ulimit -f of root on a fresh AIX: fsize = 2097151 blocks in /etc/security/limits */
export const DEFAULT_FSIZE_BLOCKS = 2097151;

/** a jfs2 stanza as /etc/filesystems has it on a fresh 7.2 LPAR */
export function jfs2Stanza(f: FsDef): string {
  let out = `${f.mount}:\n`;
  out += `\tdev\t\t= /dev/${f.lv}\n\tvol\t\t= ${f.stanza.vol}\n\tmount\t\t= ${f.stanza.mount}\n\tcheck\t\t= ${f.stanza.check}\n`;
  if (f.stanza.type) out += `\ttype\t\t= ${f.stanza.type}\n`;
  return out + `\tvfs\t\t= ${f.vfs}\n\tlog\t\t= /dev/hd8\n\taccount\t\t= false\n`;
}

function filesystemsFile(): string {
  let out = "* @(#)filesystems @(#)29\t1.22  src/bos/etc/filesystems/filesystems, cmdfs, bos720 9/20/10 11:07:53\n*\n";
  out += "* This version of /etc/filesystems assumes that only the root file system\n* is created and ready.  As new file systems are added, change the check,\n* mount, free, log, vol and vfs entries for the appropriate stanza.\n*\n";
  for (const mount of stanzaOrder) {
    const f = filesystems.find((x) => x.mount === mount);
    out += "\n" + (f ? jfs2Stanza(f) : procStanza);
  }
  return out;
}

export function bootAix(opts: AixBootOptions): { machine: Machine; sys: Sys } {
  const m = new Machine("aix", { clock: opts.clock, hostname: opts.hostname ?? "aixlab", settings: opts.settings ?? {} });
  const lvm = new LvDriver(new VolumeGroup(rootvgLvs));
  m.devsw.register(LV_MAJOR, lvm);
  registerAixFsTypes(m, lvm);
  const rootDef = filesystems[0]!;
  const rootVfs = new MemVfs(m, { type: "jfs2", sizeBlocks: rootDef.size, baseUsedBlocks: rootDef.used, baseUsedFiles: rootDef.usedFiles, allocatedInodes: rootDef.inodes });
  m.mounts.add({ vfs: rootVfs, covered: null, path: "/", special: "/dev/hd4", options: rootDef.options, time: m.clock.now(), data: { type: "jfs2" } });
  const root = rootVfs.root();
  bootProcesses(m, root);
  const sys = new Sys(m, m.sched.table.get(1)!);
  rootVfs.liveNodes = 0;

  for (const d of [
    "/etc/objrepos", "/dev", "/usr", "/var", "/tmp", "/home", "/opt", "/admin", "/proc", "/mnt",
    "/sbin", "/backup", "/images", "/lost+found",
  ]) sys.mkdirp(d);
  // the other file systems, each its own vfs: rc.boot's first, then mount all's in file order
  const order = [...bootMounts, ...stanzaOrder.filter((p) => !bootMounts.includes(p))];
  for (const path of order.slice(1)) {
    sys.mkdirp(path);
    const f = filesystems.find((x) => x.mount === path);
    if (!f) {
      sys.mount({ type: "procfs", special: "/proc", dir: "/proc", readonly: false, optionString: "rw", options: [], overlay: true });
      continue;
    }
    const vfs = new MemVfs(m, { type: f.vfs, sizeBlocks: f.size, baseUsedBlocks: f.used, baseUsedFiles: f.usedFiles, allocatedInodes: f.inodes });
    const covered = sys.resolve(f.mount);
    m.mounts.add({ vfs, covered, path: f.mount, special: `/dev/${f.lv}`, options: f.options, time: m.clock.now(), data: { type: f.vfs } });
    lvm.add(f.minor, f.lv, f.size, vfs);
    lvm.open(f.minor);
    m.releases.set(vfs, () => lvm.close(f.minor));
  }
  lvm.add(rootDef.minor, rootDef.lv, rootDef.size, rootVfs);
  lvm.open(rootDef.minor);
  // the system file systems stay busy: programs run from them, errdemon writes its log
  holdSystemFiles(m);
  for (const d of ["/usr/bin", "/usr/sbin", "/usr/lib/methods", "/usr/lib/boot", "/var/adm", "/home/guest", "/opt/freeware", "/etc/vg", "/usr/lpp"]) sys.mkdirp(d);

  // AIX keeps /bin and /lib as links into /usr
  sys.symlink("/usr/bin", "/bin");
  sys.symlink("/usr/lib", "/lib");

  // /dev: the logical volumes (block + raw), the disk, and a few character devices
  for (const lv of rootvgLvs) {
    if (!filesystems.some((f) => f.lv === lv.name)) lvm.add(lv.minor, lv.name, lv.lps * PP_BLOCKS, null);
    sys.mknod(`/dev/${lv.name}`, "VBLK", 0o660, { major: LV_MAJOR, minor: lv.minor });
    sys.mknod(`/dev/r${lv.name}`, "VCHR", 0o660, { major: LV_MAJOR, minor: lv.minor });
  }
  // the paging space and the jfs2 log are in use while the system runs
  for (const lv of rootvgLvs) if (lv.type === "paging" || lv.type === "jfs2log") lvm.open(lv.minor);
  sys.mknod("/dev/hdisk0", "VBLK", 0o600, { major: 18, minor: 0 });
  sys.mknod("/dev/rhdisk0", "VCHR", 0o600, { major: 18, minor: 0 });
  m.chardevs.set(2, mmDriver);
  sys.mknod("/dev/null", "VCHR", 0o666, { major: 2, minor: 2 });
  sys.mknod("/dev/zero", "VCHR", 0o666, { major: 2, minor: 3 });
  sys.mknod("/dev/console", "VCHR", 0o622, { major: 4, minor: 0 });
  // the random driver (CuDvDr ddins "random"): one seeded stream behind both nodes
  m.chardevs.set(RANDOM_MAJOR, randomDriver(m.hostname));
  sys.mknod("/dev/random", "VCHR", 0o644, { major: RANDOM_MAJOR, minor: 0 });
  sys.mknod("/dev/urandom", "VCHR", 0o644, { major: RANDOM_MAJOR, minor: 1 });

  // the ODM, mirrored into /etc/objrepos whenever a class changes
  const odm = new Odm(m.events);
  m.odm = odm;
  defineAixClasses(odm);
  for (const [driver, major] of reservedMajors) odm.add("CuDvDr", { resource: "ddins", value1: driver, value2: String(major), value3: "" });
  for (const p of predefined) {
    const [cls, sub, type] = p.uniquetype.split("/") as [string, string, string];
    odm.add("PdDv", {
      type, class: cls, subclass: sub, prefix: p.prefix, devid: "", base: p.base ?? 0, has_vpd: 0,
      detectable: p.detectable ?? 0, chgstatus: 0, bus_ext: 0, fru: 0, led: p.led ?? 0, setno: 1, msgno: 0,
      catalog: "devices.cat", DvDr: p.dvdr ?? "", Define: p.define ?? "/usr/lib/methods/define",
      Configure: p.configure ?? "", Change: p.change ?? "/usr/lib/methods/chggen", Unconfigure: p.unconfigure ?? "",
      Undefine: "/usr/lib/methods/undefine", Start: "", Stop: "", inventory_only: 0, uniquetype: p.uniquetype,
    });
  }
  for (const a of sysAttributes) odm.add("PdAt", { uniquetype: "sys/node/chrp", width: "", type: "R", rep: "sl", ...a });
  odm.add("PdAt", { uniquetype: LOOP_TYPE, attribute: "filename", deflt: "", values: "", width: "", type: "R", generic: "DU", rep: "s", nls_index: 1 });
  odm.add("PdAt", { uniquetype: LOOP_TYPE, attribute: "temporary", deflt: "no", values: "yes,no", width: "", type: "R", generic: "D", rep: "sl", nls_index: 2 });
  for (const c of customized) odm.add("CuDv", cuDvObject(c));
  for (const [phase, seq, rule] of CONFIG_RULES) odm.add("Config_Rules", { phase, seq, boot_mask: 0, rule });
  for (const [name, hw] of Object.entries(hardware)) if (hw.vpd) odm.add("CuVPD", { name, vpd_type: 0, vpd: encodeVpd(hw.vpd) });
  const writeClass = () => {
    for (const name of odm.classNames()) {
      const cls = odm.cls(name);
      sys.writeFile(`/etc/objrepos/${name}`, cls.objects.map((o) => odmStanza(name, cls.fields, o)).join(""));
    }
  };
  writeClass();
  odm.onChange = (cls) => sys.writeFile(`/etc/objrepos/${cls.name}`, cls.objects.map((o) => odmStanza(cls.name, cls.fields, o)).join(""));

  sys.writeFile("/etc/filesystems", filesystemsFile());
  sys.writeFile("/etc/passwd", ETC_PASSWD);
  sys.writeFile("/etc/group", ETC_GROUP);
  sys.writeFile("/etc/hosts", `127.0.0.1\t\tloopback localhost\n::1\t\t\tloopback localhost\n`);
  sys.writeFile("/etc/motd", "*******************************************************************************\n*                                                                             *\n*                                                                             *\n*  Welcome to AIX Version 7.2!                                                *\n*                                                                             *\n*                                                                             *\n*  Please see the README file in /usr/lpp/bos for information pertinent to    *\n*  this release of the AIX Operating System.                                  *\n*                                                                             *\n*                                                                             *\n*******************************************************************************\n");
  m.invariants.push(loopInvariants, lvmInvariants);
  // the error log of this boot; the LPAR was last shut down by its administrator
  const boot = bootTime(m);
  logShutdown(m, boot - 140);
  logBoot(m, boot, boot - 140);
  return { machine: m, sys };
}

/** a reboot deletes temporary loop devices (loopmount created them) and forgets the mounts */
export function removeTemporaryLoops(m: Machine, sys: Sys): void {
  for (const name of loopDevices(m)) if (loopAttr(m, name, "temporary") === "yes") undefineLoop(m, sys, name);
}
