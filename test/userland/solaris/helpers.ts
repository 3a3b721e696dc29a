// A Solaris machine for the mount, umount, df, lofiadm and newfs tests until the Solaris
// machine's own boot is on main: a bare machine whose root is zfs-like (rpool/ROOT/solaris), the
// lofi driver, hsfs/ufs/tmpfs, the sample ISO, /etc/vfstab, the command files, and a stand-in
// personality with Solaris's errno texts and getopt messages. Shell and signals are the AIX ones:
// these tests are about the commands. Where main has no lofs yet, a null layer named "lofs"
// stands in for it (the lead's lofs replaces it: registerLayers for os "solaris").
import { bareMachine } from "../../../engine/kernel/bare.js";
import { parseClock } from "../../../engine/kernel/clock.js";
import { mmDriver } from "../../../engine/kernel/dev/devsw.js";
import type { Errno } from "../../../engine/kernel/errno.js";
import { registerLayers } from "../../../engine/kernel/fs/layers.js";
import { NullVfs } from "../../../engine/kernel/fs/nullfs/index.js";
import type { Sys } from "../../../engine/kernel/sys.js";
import { aixCommonCatalog } from "../../../engine/os/aix/catalog-common.js";
import { aixKsh } from "../../../engine/os/aix/ksh.js";
import { aixSignals } from "../../../engine/os/aix/signals.js";
import { loginProcesses } from "../../../engine/os/aix/procs.js";
import { DEFAULT_FSIZE_BLOCKS } from "../../../engine/os/aix/boot.js";
import { bsdFormats } from "../../../engine/os/bsd/formats.js";
import { solarisMountCatalog } from "../../../engine/os/solaris/catalog-mount.js";
import { registerSolarisDiskTypes } from "../../../engine/os/solaris/disktypes.js";
import { installSolarisIso } from "../../../engine/os/solaris/isoimage.js";
import { installLofi } from "../../../engine/os/solaris/lofi.js";
import { runLine, Session } from "../../../engine/session.js";
import { commonCommands } from "../../../engine/userland/common/index.js";
import { solarisMountCommands } from "../../../engine/userland/solaris/mounts.js";
import type { CommandDef, OsPersonality } from "../../../engine/userland/types.js";

/** Solaris's strerror texts for the errnos these commands meet */
export const solarisErrno: Partial<Record<Errno, string>> = {
  EPERM: "Not owner",
  ENOENT: "No such file or directory",
  EIO: "I/O error",
  ENXIO: "No such device or address",
  EACCES: "Permission denied",
  ENOTBLK: "Block device required",
  EBUSY: "Device busy",
  EEXIST: "File exists",
  ENODEV: "No such device",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  EROFS: "Read-only file system",
  EAGAIN: "Resource temporarily unavailable",
};

export function solarisStandIn(commands: CommandDef[]): OsPersonality {
  return {
    name: "solaris",
    shellName: "sh",
    shell: aixKsh,
    signals: aixSignals,
    commands: new Map(commands.map((c) => [c.name, c])),
    catalog: { ...aixCommonCatalog, "getopt.badflag": "%s: illegal option -- %s", "getopt.needarg": "%s: option requires an argument -- %s", ...solarisMountCatalog },
    formats: bsdFormats,
    prompt: () => "# ",
    strerror: (e) => solarisErrno[e] ?? `Error ${e}`,
    notFound: (name) => `sh: ${name}: not found`,
    syntaxError: (p) => `sh: syntax error: \`${p.token}' unexpected`,
    cannotExecute: (path) => `sh: ${path}: Permission denied`,
    cdError: (path) => `sh: ${path}: does not exist`,
    redirectError: (path, e) => `sh: ${path}: ${solarisErrno[e] ?? e}`,
  };
}

function installCommandFiles(sys: Sys, commands: CommandDef[]): void {
  for (const def of commands) {
    if (!def.path || sys.exists(def.path)) continue;
    sys.mkdirp(def.path.slice(0, def.path.lastIndexOf("/")));
    sys.open(def.path, { write: true, create: true }, 0o555).vnode.setattr({ mode: 0o555 });
  }
}

export const VFSTAB_TEXT =
  "#device\t\tdevice\t\tmount\t\tFS\tfsck\tmount\tmount\n#to mount\tto fsck\t\tpoint\t\ttype\tpass\tat boot\toptions\n#\n/devices\t-\t/devices\tdevfs\t-\tno\t-\n/proc\t-\t/proc\tproc\t-\tno\t-\nswap\t-\t/tmp\ttmpfs\t-\tyes\t-\n";

export function solarisBoot() {
  const { machine, sys } = bareMachine("solaris", {
    clock: parseClock("2013-02-14T09:30:00Z"),
    hostname: "solaris",
    root: { type: "zfs", sizeBlocks: 4194304 },
    rootSpecial: "rpool/ROOT/solaris",
  });
  registerLayers(machine);
  if (!machine.fstypes.has("lofs")) machine.fstypes.set("lofs", (req) => ({ vfs: new NullVfs(machine, "lofs", req.sys.resolve(req.special), { readonly: req.readonly }) }));
  registerSolarisDiskTypes(machine);
  installLofi(sys);
  machine.chardevs.set(2, mmDriver);
  sys.mknod("/dev/null", "VCHR", 0o666, { major: 2, minor: 2 });
  sys.mknod("/dev/zero", "VCHR", 0o666, { major: 2, minor: 3 });
  for (const d of ["/mnt", "/tmp", "/etc", "/export/home", "/a"]) sys.mkdirp(d);
  sys.writeFile("/etc/vfstab", VFSTAB_TEXT);
  sys.proc.umask = 0o022;
  installSolarisIso(sys);
  const commands = [...commonCommands(), ...solarisMountCommands()];
  installCommandFiles(sys, commands);
  return { machine, sys, os: solarisStandIn(commands) };
}

/** a logged-in session on the Solaris test machine; `run(line)` gives the terminal's text and status */
export function solarisSession() {
  const { machine, sys, os } = solarisBoot();
  const env = { HOME: "/root", PATH: "/usr/sbin:/usr/bin:/sbin", PWD: "/", TERM: "xterm", USER: "root" };
  const s = new Session({ machine, sys, personality: os, env, ttyName: "pts/1", login: (tty, root) => loginProcesses(machine, tty, root), fsizeBlocks: Number(machine.setting("ulimit_fsize", DEFAULT_FSIZE_BLOCKS)) });
  const run = (line: string) => runLine(s, line);
  return { s, machine, sys, run };
}
