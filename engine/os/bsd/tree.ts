// The directories and /etc files of a fresh BSD/OS 4.x install (the lab's version of them): the
// 4.4BSD hierarchy (hier(7)) on / and on /usr, root's home in /root, /tmp and /var/tmp sticky.
import type { Machine } from "../../kernel/machine.js";
import { KERNEL_VERSION } from "./version.js";

/** directories of the root file system (wd0a), with their modes */
export const ROOT_DIRS: [string, number][] = [
  ["/bin", 0o755], ["/sbin", 0o755], ["/dev", 0o755], ["/etc", 0o755], ["/root", 0o755], ["/tmp", 0o1777],
  ["/var", 0o755], ["/var/tmp", 0o1777], ["/var/log", 0o755], ["/var/run", 0o755], ["/var/spool", 0o755],
  ["/var/mail", 0o755], ["/var/db", 0o755], ["/usr", 0o755], ["/home", 0o755], ["/mnt", 0o755], ["/cdrom", 0o755],
  ["/stand", 0o755],
];

/** directories of /usr (wd0h), made once it is mounted */
export const USR_DIRS = [
  "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/libexec", "/usr/include", "/usr/share/man", "/usr/share/misc",
  "/usr/local/bin", "/usr/contrib/bin", "/usr/contrib/sbin", "/usr/X11/bin", "/usr/games",
  "/usr/src/bin/sh", "/usr/src/sbin/mount", "/usr/src/sbin/mount_loopback", "/usr/src/sbin/mount_umap",
  "/usr/src/usr.sbin/vnconfig", "/usr/src/sys/kern", "/usr/src/sys/miscfs/nullfs", "/usr/src/sys/miscfs/umapfs",
  "/usr/src/sys/ufs/ffs", "/usr/src/sys/ufs/ufs", "/usr/src/sys/isofs/cd9660", "/usr/src/sys/i386/conf",
];

/** root's .profile as BSD/OS installs it (etc/root/dot.profile): the PATH comes from
 *  login.conf's daemon class; the profile sets the erase keys, HOME, BLOCKSIZE and TERM */
const DOT_PROFILE = `# The default PATH is set in /etc/login.conf in the daemon class
echo 'erase ^H, kill ^U, intr ^C status ^T'
stty crt erase ^H kill ^U intr ^C status ^T
export PATH
HOME=/root
export HOME
BLOCKSIZE=1k
export BLOCKSIZE
TERM=bsdos-pc
export TERM
`;

/**
 * /etc's files as [path, text, mode]. The motd's first line is the kernel's version: rc rewrites
 * it at every boot (`sysctl -n kern.version | sed 1q`), which is why BSD's motd starts with it.
 */
export function etcFiles(m: Machine, fstab: string, users: { passwd: string; master: string; group: string }): [string, string, number?][] {
  return [
    ["/etc/fstab", fstab, 0o644],
    ["/etc/passwd", users.passwd, 0o644],
    ["/etc/master.passwd", users.master, 0o600],
    ["/etc/group", users.group, 0o644],
    ["/etc/hosts", `127.0.0.1\tlocalhost localhost.${m.hostname}\n`, 0o644],
    ["/etc/shells", "/bin/sh\n/bin/csh\n/bin/ksh\n", 0o644],
    ["/etc/motd", `${KERNEL_VERSION.split("\n")[0]}\n\nWelcome to BSD/OS.\n\n`, 0o644],
    ["/root/.profile", DOT_PROFILE, 0o644],
  ];
}
