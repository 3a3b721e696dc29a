// Messages of chroot (illumos usr/src/cmd/chroot/chroot.c), /usr/bin/pwd, tty, fstyp, pgrep and pkill: id → printf-style template.
export const solarisToolCatalog: Readonly<Record<string, string>> = {
  "chroot.usage": "usage: chroot rootdir command [arg ...]",
  "chroot.perror": "chroot(\"%s\"): %s",
  "chroot.nochdir": "Can't chdir to new root",
  "chroot.execfailed": "chroot: exec failed: %s",
  // Solaris 11 usr/src/cmd/pwd/pwd.c: getcwd() failed (exit 2)
  "pwd.sol.getcwd": "pwd: cannot determine current directory!",
  // illumos usr/src/cmd/tty/tty.c (all on standard output)
  "tty.usage": "Usage: tty [-l] [-s]",
  "tty.notatty": "not a tty",
  "tty.nosync": "not on an active synchronous line",
  // illumos usr/src/cmd/fstyp/fstyp.c usage() (status 1) and `unknown_fstyp (%s)` with
  // lib/libfstyp fstyp_strerror(): the status is libfstyp's error number
  "fstyp.usage": "Usage: fstyp [-av] <device>",
  "fstyp.unknown": "unknown_fstyp (%s)",
  "fstyp.nomatch": "no matches",
  "fstyp.devopen": "cannot open device",
};
