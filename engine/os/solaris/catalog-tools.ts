// Messages of chroot (illumos usr/src/cmd/chroot/chroot.c) and /usr/bin/pwd: id → printf-style template.
export const solarisToolCatalog: Readonly<Record<string, string>> = {
  "chroot.usage": "usage: chroot rootdir command [arg ...]",
  "chroot.perror": "chroot(\"%s\"): %s",
  "chroot.nochdir": "Can't chdir to new root",
  "chroot.execfailed": "chroot: exec failed: %s",
  // Solaris 11 usr/src/cmd/pwd/pwd.c: getcwd() failed (exit 2)
  "pwd.sol.getcwd": "pwd: cannot determine current directory!",
};
