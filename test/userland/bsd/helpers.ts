// A BSD machine for the mount, umount, df and vndconfig tests until the BSD machine's own boot is
// on main: a bare machine with a ufs root on /dev/wd0a, the vnd driver and its nodes, cd9660, the
// sample CD image, the command files in /sbin and /bin (mount finds mount_cd9660 by its path),
// and a personality with BSD's errno texts and getopt messages. Shell, signals and the login
// processes are the AIX ones: these tests are about the commands, not the shell.
import { bareMachine } from "../../../engine/kernel/bare.js";
import { parseClock } from "../../../engine/kernel/clock.js";
import { mmDriver } from "../../../engine/kernel/dev/devsw.js";
import type { Errno } from "../../../engine/kernel/errno.js";
import { registerLayers } from "../../../engine/kernel/fs/layers.js";
import type { Sys } from "../../../engine/kernel/sys.js";
import { aixCommonCatalog } from "../../../engine/os/aix/catalog-common.js";
import { aixKsh } from "../../../engine/os/aix/ksh.js";
import { aixSignals } from "../../../engine/os/aix/signals.js";
import { bsdLayerCatalog } from "../../../engine/os/bsd/catalog-layer.js";
import { bsdMountCatalog } from "../../../engine/os/bsd/catalog-mount.js";
import { bsdFormats } from "../../../engine/os/bsd/formats.js";
import { installSampleIso } from "../../../engine/os/bsd/cdimage.js";
import { registerDiskTypes } from "../../../engine/os/bsd/disktypes.js";
import { installVnd } from "../../../engine/os/bsd/vnd.js";
import { runLine, Session } from "../../../engine/session.js";
import { loginProcesses } from "../../../engine/os/aix/procs.js";
import { DEFAULT_FSIZE_BLOCKS } from "../../../engine/os/aix/boot.js";
import { bsdLayerCommands } from "../../../engine/userland/bsd/layers.js";
import { bsdMountCommands } from "../../../engine/userland/bsd/mounts.js";
import { commonCommands } from "../../../engine/userland/common/index.js";
import type { CommandDef, OsPersonality } from "../../../engine/userland/types.js";

/** 4.4BSD's sys_errlist texts for the errnos these commands meet */
export const bsdErrno: Partial<Record<Errno, string>> = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  ENXIO: "Device not configured",
  EBADF: "Bad file descriptor",
  EACCES: "Permission denied",
  ENOTBLK: "Block device required",
  EBUSY: "Device busy",
  EEXIST: "File exists",
  ENODEV: "Operation not supported by device",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  EROFS: "Read-only file system",
  ERANGE: "Result too large",
  ELOOP: "Too many levels of symbolic links",
  EOPNOTSUPP: "Operation not supported",
  EDEADLK: "Resource deadlock avoided",
};

export function bsdPersonality(commands: CommandDef[]): OsPersonality {
  return {
    name: "bsd",
    shellName: "sh",
    shell: aixKsh,
    signals: aixSignals,
    commands: new Map(commands.map((c) => [c.name, c])),
    catalog: {
      ...aixCommonCatalog,
      "getopt.badflag": "%s: illegal option -- %s",
      "getopt.needarg": "%s: option requires an argument -- %s",
      ...bsdLayerCatalog,
      ...bsdMountCatalog,
    },
    formats: bsdFormats,
    prompt: () => "# ",
    strerror: (e) => bsdErrno[e] ?? `Unknown error: ${e}`,
    notFound: (name) => `sh: ${name}: not found`,
    syntaxError: (p) => `sh: syntax error: \`${p.token}' unexpected`,
    cannotExecute: (path) => `sh: ${path}: Permission denied`,
    cdError: (path) => `cd: ${path}: No such file or directory`,
    redirectError: (path, e) => `sh: cannot open ${path}: ${bsdErrno[e] ?? e}`,
  };
}

/** a file at each command's path, as a boot installs them */
function installCommandFiles(sys: Sys, commands: CommandDef[]): void {
  for (const def of commands) {
    if (!def.path || sys.exists(def.path)) continue;
    sys.mkdirp(def.path.slice(0, def.path.lastIndexOf("/")));
    sys.open(def.path, { write: true, create: true }, 0o555).vnode.setattr({ mode: 0o555 });
  }
}

export function bsdBoot() {
  const { machine, sys } = bareMachine("bsd", {
    clock: parseClock("2001-03-08T10:00:00Z"),
    hostname: "lab",
    root: { type: "ufs", sizeBlocks: 1048576 },
    rootSpecial: "/dev/wd0a",
  });
  registerLayers(machine);
  registerDiskTypes(machine);
  installVnd(sys);
  machine.chardevs.set(2, mmDriver);
  sys.mknod("/dev/null", "VCHR", 0o666, { major: 2, minor: 2 });
  sys.mknod("/dev/zero", "VCHR", 0o666, { major: 2, minor: 3 });
  sys.mkdirp("/mnt");
  sys.mkdirp("/tmp");
  sys.mkdirp("/etc");
  sys.writeFile("/etc/fstab", "/dev/wd0a / ufs rw 1 1\n");
  sys.proc.umask = 0o022;
  installSampleIso(sys);
  const commands = [...commonCommands(), ...bsdMountCommands(), ...bsdLayerCommands()];
  installCommandFiles(sys, commands);
  return { machine, sys, os: bsdPersonality(commands) };
}

/** a logged-in session on the BSD test machine; `run(line)` gives the terminal's text and status */
export function bsdSession() {
  const { machine, sys, os } = bsdBoot();
  const env = { HOME: "/", PATH: "/sbin:/bin:/usr/sbin:/usr/bin", PWD: "/", TERM: "xterm", USER: "root" };
  const s = new Session({ machine, sys, personality: os, env, ttyName: "pts/0", login: (tty, root) => loginProcesses(machine, tty, root), fsizeBlocks: Number(machine.setting("ulimit_fsize", DEFAULT_FSIZE_BLOCKS)) });
  const run = (line: string) => runLine(s, line);
  return { s, machine, sys, run };
}
