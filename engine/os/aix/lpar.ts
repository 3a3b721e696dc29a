// What the default AIX machine has: a POWER LPAR's predefined and customized devices, its
// logical volumes and file systems. Data only; boot.ts builds the machine from it.
import { MODELNAME, REALMEM_KB, SYSTEMID } from "./hardware.js";

export interface PdDef {
  uniquetype: string;
  prefix: string;
  description: string;
  dvdr?: string;
  define?: string;
  configure?: string;
  unconfigure?: string;
  change?: string;
  base?: number;
  detectable?: number;
  /** the LED value cfgmgr -v shows while the configure method runs */
  led?: number;
}

export const predefined: PdDef[] = [
  { uniquetype: "sys/node/chrp", prefix: "sys", description: "System Object", base: 1, dvdr: "", change: "/usr/lib/methods/chgsys", configure: "/usr/lib/methods/cfgsys_chrp", led: 0x811 },
  { uniquetype: "planar/sys/sysplanar_rspc", prefix: "sysplanar", description: "System Planar", base: 1, configure: "/usr/lib/methods/cfgsysplanar_rspc" },
  { uniquetype: "processor/sys/proc_rspc", prefix: "proc", description: "Processor", base: 1, configure: "/usr/lib/methods/cfgproc_rspc" },
  { uniquetype: "memory/sys/totmem", prefix: "mem", description: "Memory", base: 1, configure: "/usr/lib/methods/cfgmem_rspc" },
  { uniquetype: "memory/sys/L2cache_rspc", prefix: "L2cache", description: "L2 Cache", base: 1, configure: "/usr/lib/methods/cfgcache_rspc" },
  { uniquetype: "bus/chrp/vdevice", prefix: "vio", description: "Virtual I/O Bus", base: 1, configure: "/usr/lib/methods/cfgvio" },
  { uniquetype: "adapter/vdevice/IBM,v-scsi", prefix: "vscsi", description: "Virtual SCSI Client Adapter", dvdr: "vscsidd", configure: "/usr/lib/methods/cfg_vclient", led: 0x25b3 },
  { uniquetype: "disk/vscsi/vdisk", prefix: "hdisk", description: "Virtual SCSI Disk Drive", dvdr: "scsidisk", configure: "/usr/lib/methods/cfgscsidisk" },
  { uniquetype: "adapter/vdevice/IBM,l-lan", prefix: "ent", description: "Virtual I/O Ethernet Adapter (l-lan)", dvdr: "cdli_vioent", configure: "/usr/lib/methods/cfg_vioent" },
  { uniquetype: "if/EN/en", prefix: "en", description: "Standard Ethernet Network Interface" },
  { uniquetype: "if/EN/ie3", prefix: "et", description: "IEEE 802.3 Ethernet Network Interface" },
  { uniquetype: "if/LO/lo", prefix: "lo", description: "Loopback Network Interface" },
  { uniquetype: "tcpip/TCPIP/inet", prefix: "inet", description: "Internet Network Extension" },
  { uniquetype: "adapter/vdevice/hvterm1", prefix: "vsa", description: "LPAR Virtual Serial Adapter", dvdr: "vcon", configure: "/usr/lib/methods/cfgvcon" },
  { uniquetype: "tty/vcon/tty", prefix: "vty", description: "Asynchronous Terminal", dvdr: "tty", configure: "/usr/lib/methods/cfgtty" },
  { uniquetype: "pty/pty/pty", prefix: "pty", description: "Asynchronous Pseudo-Terminal", dvdr: "pty" },
  { uniquetype: "aio/node/aio", prefix: "aio", description: "Asynchronous I/O (Legacy)" },
  { uniquetype: "aio/node/posix_aio", prefix: "posix_aio", description: "Posix Asynchronous I/O" },
  { uniquetype: "iocp/node/iocp", prefix: "iocp", description: "I/O Completion Ports" },
  { uniquetype: "rcm/node/rcm", prefix: "rcm", description: "Rendering Context Manager Subsystem", dvdr: "rcm" },
  { uniquetype: "lvm/lvm/lvdd", prefix: "lvdd", description: "LVM Device Driver", dvdr: "hd_pin" },
  { uniquetype: "logical_volume/vgsubclass/vgtype", prefix: "vg", description: "Volume group" },
  { uniquetype: "logical_volume/lvsubclass/lvtype", prefix: "lv", description: "Logical volume" },
  {
    uniquetype: "loopback/node/loopback",
    prefix: "loop",
    description: "Loopback Device",
    dvdr: "loop",
    define: "/usr/lib/methods/define",
    configure: "/usr/lib/methods/cfgloop",
    unconfigure: "/usr/lib/methods/ucfgdevice",
  },
];

export interface CuDef {
  name: string;
  uniquetype: string;
  status: 0 | 1;
  location?: string;
  parent?: string;
}

export const customized: CuDef[] = [
  { name: "sys0", uniquetype: "sys/node/chrp", status: 1 },
  { name: "sysplanar0", uniquetype: "planar/sys/sysplanar_rspc", status: 1, parent: "sys0" },
  { name: "proc0", uniquetype: "processor/sys/proc_rspc", status: 1, location: "00-00", parent: "sysplanar0" },
  { name: "proc4", uniquetype: "processor/sys/proc_rspc", status: 1, location: "00-04", parent: "sysplanar0" },
  { name: "mem0", uniquetype: "memory/sys/totmem", status: 1, parent: "sysplanar0" },
  { name: "L2cache0", uniquetype: "memory/sys/L2cache_rspc", status: 1, parent: "sysplanar0" },
  { name: "vio0", uniquetype: "bus/chrp/vdevice", status: 1, parent: "sysplanar0" },
  { name: "vscsi0", uniquetype: "adapter/vdevice/IBM,v-scsi", status: 1, parent: "vio0" },
  { name: "hdisk0", uniquetype: "disk/vscsi/vdisk", status: 1, parent: "vscsi0" },
  { name: "ent0", uniquetype: "adapter/vdevice/IBM,l-lan", status: 1, parent: "vio0" },
  { name: "en0", uniquetype: "if/EN/en", status: 1, parent: "inet0" },
  { name: "et0", uniquetype: "if/EN/ie3", status: 0, parent: "inet0" },
  { name: "lo0", uniquetype: "if/LO/lo", status: 1, parent: "inet0" },
  { name: "inet0", uniquetype: "tcpip/TCPIP/inet", status: 1 },
  { name: "vsa0", uniquetype: "adapter/vdevice/hvterm1", status: 1, parent: "vio0" },
  { name: "vty0", uniquetype: "tty/vcon/tty", status: 1, parent: "vsa0" },
  { name: "pty0", uniquetype: "pty/pty/pty", status: 1 },
  { name: "aio0", uniquetype: "aio/node/aio", status: 0 },
  { name: "posix_aio0", uniquetype: "aio/node/posix_aio", status: 0 },
  { name: "iocp0", uniquetype: "iocp/node/iocp", status: 0 },
  { name: "rcm0", uniquetype: "rcm/node/rcm", status: 0 },
  { name: "lvdd", uniquetype: "lvm/lvm/lvdd", status: 1 },
  { name: "rootvg", uniquetype: "logical_volume/vgsubclass/vgtype", status: 0 },
  { name: "hd5", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd6", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd8", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd4", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd2", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd9var", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd3", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd1", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd10opt", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "hd11admin", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
  { name: "livedump", uniquetype: "logical_volume/lvsubclass/lvtype", status: 0, parent: "rootvg" },
];

/**
 * a customized device as its CuDv object (`status`: what it is given when it is defined: the boot's
 * status, or Defined when a configuration method finds it again)
 */
export function cuDvObject(c: CuDef, status: number = c.status): Record<string, string | number> {
  return {
    name: c.name, status, chgstatus: 2, ddins: predefined.find((p) => p.uniquetype === c.uniquetype)?.dvdr ?? "",
    location: c.location ?? "", parent: c.parent ?? "", connwhere: "", PdDvLn: c.uniquetype,
  };
}

/** the hardware a bus or adapter finds when it is configured (what cfgmgr defines again when its
 *  CuDv object is gone): not logical volumes, volume groups or network interfaces */
export function detectable(c: CuDef): boolean {
  return !/^(logical_volume|if|tcpip|lvm|aio|iocp|rcm)\//.test(c.uniquetype);
}

/** device drivers already holding a major number (CuDvDr ddins): the loop driver gets the next */
export const reservedMajors: [string, number][] = [
  ["sysx", 1], ["tty", 2], ["mm", 3], ["pty", 4], ["ptyc", 5], ["ptys", 6], ["audit", 7], ["nvram", 8],
  ["random", 9], ["hd_pin", 10], ["aio", 11], ["iocp", 12], ["kmem", 13], ["bpf", 14], ["sfw", 15],
  ["ahafs", 16], ["rcm", 17], ["scsidisk", 18], ["vscsidd", 19], ["vcon", 20], ["posix_aio", 21],
  ["cdli_vioent", 22], ["lvdd", 23], ["consdd", 24], ["errlog", 25], ["trace", 26], ["dump", 27],
  ["sysdump", 28], ["lft", 29], ["inet", 30], ["mpio", 31], ["fcparray", 32], ["vg_rootvg", 33],
];

export interface FsDef {
  lv: string;
  mount: string;
  vfs: string;
  minor: number;
  /** size and usage in 512-byte blocks */
  size: number;
  used: number;
  /** i-nodes in use, and i-node slots allocated (whole extents of 32) */
  usedFiles: number;
  inodes: number;
  options: string;
  stanza: { vol: string; mount: string; check: string; type?: string };
}

/** rootvg's jfs2 file systems (their logical volumes are in rootvgLvs) */
export const filesystems: FsDef[] = [
  { lv: "hd4", mount: "/", vfs: "jfs2", minor: 4, size: 1048576, used: 510976, usedFiles: 10469, inodes: 12288, options: "rw,log=/dev/hd8", stanza: { vol: "root", mount: "automatic", check: "false", type: "bootfs" } },
  { lv: "hd2", mount: "/usr", vfs: "jfs2", minor: 5, size: 6291456, used: 4887232, usedFiles: 47361, inodes: 49152, options: "rw,log=/dev/hd8", stanza: { vol: "/usr", mount: "automatic", check: "false", type: "bootfs" } },
  { lv: "hd9var", mount: "/var", vfs: "jfs2", minor: 6, size: 1048576, used: 447840, usedFiles: 8232, inodes: 9216, options: "rw,log=/dev/hd8", stanza: { vol: "/var", mount: "automatic", check: "false", type: "bootfs" } },
  { lv: "hd3", mount: "/tmp", vfs: "jfs2", minor: 7, size: 262144, used: 8048, usedFiles: 125, inodes: 1024, options: "rw,log=/dev/hd8", stanza: { vol: "/tmp", mount: "automatic", check: "false" } },
  { lv: "hd1", mount: "/home", vfs: "jfs2", minor: 8, size: 65536, used: 768, usedFiles: 7, inodes: 64, options: "rw,log=/dev/hd8", stanza: { vol: "/home", mount: "true", check: "true" } },
  { lv: "hd11admin", mount: "/admin", vfs: "jfs2", minor: 9, size: 262144, used: 760, usedFiles: 7, inodes: 32, options: "rw,log=/dev/hd8", stanza: { vol: "/admin", mount: "true", check: "false" } },
  { lv: "hd10opt", mount: "/opt", vfs: "jfs2", minor: 10, size: 786432, used: 338712, usedFiles: 6924, inodes: 7168, options: "rw,log=/dev/hd8", stanza: { vol: "/opt", mount: "true", check: "true" } },
  { lv: "livedump", mount: "/var/adm/ras/livedump", vfs: "jfs2", minor: 11, size: 524288, used: 736, usedFiles: 4, inodes: 32, options: "rw,log=/dev/hd8", stanza: { vol: "/var/adm/ras/livedump", mount: "true", check: "false" } },
];

/**
 * /etc/filesystems as a 7.2 LPAR has it: /home right after /, and /proc between /admin and /opt.
 * rc.boot mounts /, /usr, /var and /tmp first; `mount all` then takes the rest in file order, so
 * the mount table (mount, df) lists /home, /admin, /proc, /opt, livedump after them.
 */
export const stanzaOrder = ["/", "/home", "/usr", "/var", "/tmp", "/admin", "/proc", "/opt", "/var/adm/ras/livedump"];
export const bootMounts = ["/", "/usr", "/var", "/tmp"];

/** the /proc stanza (procfs has no device) */
export const procStanza = "/proc:\n\tdev\t\t= /proc\n\tvol\t\t= \"/proc\"\n\tmount\t\t= true\n\tcheck\t\t= false\n\tfree\t\t= false\n\tvfs\t\t= procfs\n";

export interface LvDef {
  name: string;
  type: string;
  lps: number;
  minor: number;
  /** intra-physical volume policy: the disk region its partitions go to first */
  intra: "e" | "m" | "c" | "im" | "ie";
}

/**
 * rootvg's logical volumes in creation order (lsvg -l lists them so), 32 MB partitions on hdisk0.
 * The file systems' sizes above are whole partitions.
 */
export const rootvgLvs: LvDef[] = [
  { name: "hd5", type: "boot", lps: 1, minor: 1, intra: "e" },
  { name: "hd6", type: "paging", lps: 16, minor: 2, intra: "m" },
  { name: "hd8", type: "jfs2log", lps: 1, minor: 3, intra: "c" },
  { name: "hd4", type: "jfs2", lps: 16, minor: 4, intra: "c" },
  { name: "hd2", type: "jfs2", lps: 96, minor: 5, intra: "c" },
  { name: "hd9var", type: "jfs2", lps: 16, minor: 6, intra: "c" },
  { name: "hd3", type: "jfs2", lps: 4, minor: 7, intra: "c" },
  { name: "hd1", type: "jfs2", lps: 1, minor: 8, intra: "c" },
  { name: "hd10opt", type: "jfs2", lps: 12, minor: 10, intra: "c" },
  { name: "hd11admin", type: "jfs2", lps: 4, minor: 9, intra: "c" },
  { name: "livedump", type: "jfs2", lps: 8, minor: 11, intra: "c" },
];

/** sys0's attributes (PdAt for sys/node/chrp), as lsattr -El sys0 lists them */
export const sysAttributes = [
  { attribute: "autorestart", deflt: "true", values: "true,false", generic: "DU", nls_index: 1 },
  { attribute: "fullcore", deflt: "false", values: "true,false", generic: "DU", nls_index: 2 },
  { attribute: "iostat", deflt: "false", values: "true,false", generic: "DU", nls_index: 3 },
  { attribute: "maxuproc", deflt: "128", values: "40-131072,1", generic: "DU", nls_index: 4 },
  { attribute: "modelname", deflt: MODELNAME, values: "", generic: "D", nls_index: 5 },
  { attribute: "ncargs", deflt: "256", values: "6-4096,1", generic: "DU", nls_index: 6 },
  { attribute: "realmem", deflt: String(REALMEM_KB), values: "", generic: "D", nls_index: 7 },
  { attribute: "systemid", deflt: SYSTEMID, values: "", generic: "D", nls_index: 8 },
];
