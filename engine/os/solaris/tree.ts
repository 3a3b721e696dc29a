// The directories and /etc files of a fresh Solaris 11.1 install (the lab's version of them):
// filesystem(5)'s hierarchy on the root dataset, /var, /var/share, /export/home and /rpool on
// datasets of their own, root's home in /root, /tmp on swap, /etc/vfstab as 11.1 writes it.
import type { Machine } from "../../kernel/machine.js";
import { ETC_GROUP, ETC_PASSWD, ETC_SHADOW } from "./users.js";

/** directories of the root dataset (rpool/ROOT/solaris), with their modes; the mount points of
 *  the other file systems among them */
export const ROOT_DIRS: [string, number][] = [
  ["/dev", 0o755], ["/devices", 0o755], ["/etc", 0o755], ["/etc/default", 0o755], ["/etc/dfs", 0o755],
  ["/etc/fs", 0o755], ["/etc/inet", 0o755], ["/etc/svc", 0o755], ["/etc/ssh", 0o755], ["/export", 0o755],
  ["/home", 0o555], ["/kernel", 0o755], ["/lib", 0o755], ["/lib/svc/bin", 0o755], ["/lib/inet", 0o755],
  ["/media", 0o755], ["/mnt", 0o755], ["/net", 0o555], ["/nfs4", 0o555], ["/opt", 0o755], ["/platform", 0o755],
  ["/proc", 0o555], ["/root", 0o700], ["/rpool", 0o755], ["/sbin", 0o755], ["/system", 0o755],
  ["/system/contract", 0o555], ["/system/object", 0o555], ["/system/volatile", 0o755], ["/tmp", 0o1777],
  ["/usr", 0o755], ["/var", 0o755], ["/boot", 0o755], ["/cdrom", 0o755],
];

/** directories of /usr (part of the root dataset on 11.1) */
export const USR_DIRS = [
  "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib/fs/lofs", "/usr/lib/fs/ufs", "/usr/lib/fs/hsfs", "/usr/lib/fs/zfs",
  "/usr/lib/fs/tmpfs", "/usr/gnu/bin", "/usr/xpg4/bin", "/usr/share/man", "/usr/include", "/usr/lib/ssh",
  "/usr/lib/inet", "/usr/lib/saf", "/usr/lib/zones", "/usr/lib/rad", "/usr/lib/fm/fmd", "/usr/lib/sysevent",
  "/usr/lib/devfsadm", "/usr/lib/hal", "/usr/lib/utmpd.d", "/usr/X11/bin",
];

/** directories of /var (its own dataset, rpool/ROOT/solaris/var) */
export const VAR_DIRS: [string, number][] = [
  ["/var/adm", 0o755], ["/var/log", 0o755], ["/var/tmp", 0o1777], ["/var/spool/cron/crontabs", 0o700],
  ["/var/svc/log", 0o755], ["/var/cron", 0o755], ["/var/mail", 0o1777], ["/var/share", 0o755],
];

/**
 * /etc/vfstab as Solaris 11.1 installs it: the pseudo file systems the boot mounts itself (mount
 * at boot "no"), /tmp on swap, the swap volume; the zfs datasets are not listed (zfs mounts them
 * from their mountpoint properties).
 */
export const ETC_VFSTAB = `#device\t\tdevice\t\tmount\t\tFS\tfsck\tmount\tmount
#to mount\tto fsck\t\tpoint\t\ttype\tpass\tat boot\toptions
#
/devices\t-\t\t/devices\tdevfs\t-\tno\t-
/proc\t\t-\t\t/proc\t\tproc\t-\tno\t-
ctfs\t\t-\t\t/system/contract ctfs\t-\tno\t-
objfs\t\t-\t\t/system/object\tobjfs\t-\tno\t-
sharefs\t\t-\t\t/etc/dfs/sharetab\tsharefs\t-\tno\t-
fd\t\t-\t\t/dev/fd\t\tfd\t-\tno\t-
swap\t\t-\t\t/tmp\t\ttmpfs\t-\tyes\t-

/dev/zvol/dsk/rpool/swap\t-\t\t-\t\tswap\t-\tno\t-
`;

/** /etc/release of Oracle Solaris 11.1 */
export const ETC_RELEASE = `                             Oracle Solaris 11.1 X86
  Copyright (c) 1983, 2012, Oracle and/or its affiliates.  All rights reserved.
                           Assembled 19 September 2012
`;

/** root's .profile as Solaris 11.1 installs it (the prompt for bash is user@host:dir#) */
const DOT_PROFILE = `#
# Simple profile places /usr/bin at front, followed by /usr/sbin.
#
# Use less(1) or more(1) as the default pager for the man(1) command.
#
export PATH=/usr/bin:/usr/sbin

if [ -f /usr/bin/less ]; then
    export PAGER="/usr/bin/less -ins"
elif [ -f /usr/bin/more ]; then
    export PAGER="/usr/bin/more -s"
fi

#
# Define default prompt to <username>@<hostname>:<path><"($|#) ">
# and print '#' for user "root" and '$' for normal users.
#
# Currently this is only done for bash/ksh93 shells
#
case \${SHELL} in
*bash)
    typeset +x PS1="\\u@\\h:\\w\\\\$ "
    ;;
esac
`;

/** the group sys (3): SUNWcs delivers most of /etc as root:sys */
const SYS_GID = 3;
/** the group root (0) */
const ROOT_GID = 0;

/**
 * /etc's files (and root's profile) as [path, text, mode, gid]: the owner is root; the group is
 * sys where the SUNWcs manifest says `group=sys` (passwd, group, shadow, vfstab, motd, inet/hosts),
 * root for what the install writes itself (nodename, release, shells, root's profile).
 */
export function etcFiles(m: Machine): [string, string, number, number][] {
  return [
    ["/etc/vfstab", ETC_VFSTAB, 0o644, SYS_GID],
    ["/etc/passwd", ETC_PASSWD, 0o644, SYS_GID],
    ["/etc/shadow", ETC_SHADOW, 0o400, SYS_GID],
    ["/etc/group", ETC_GROUP, 0o644, SYS_GID],
    ["/etc/release", ETC_RELEASE, 0o444, ROOT_GID],
    ["/etc/nodename", `${m.hostname}\n`, 0o644, ROOT_GID],
    ["/etc/inet/hosts", `::1 localhost\n127.0.0.1 localhost loghost\n`, 0o644, SYS_GID],
    ["/etc/shells", "/usr/bin/bash\n/usr/bin/ksh93\n/usr/bin/sh\n/usr/bin/csh\n/usr/bin/ksh\n", 0o644, ROOT_GID],
    ["/etc/motd", "Oracle Corporation      SunOS 5.11      11.1    September 2012\n", 0o644, SYS_GID],
    ["/root/.profile", DOT_PROFILE, 0o644, ROOT_GID],
  ];
}
