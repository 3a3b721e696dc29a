// Messages of chroot (illumos usr/src/cmd/chroot/chroot.c): id → printf-style template.
export const solarisToolCatalog: Readonly<Record<string, string>> = {
  "chroot.usage": "usage: chroot rootdir command [arg ...]",
  "chroot.perror": "chroot(\"%s\"): %s",
  "chroot.nochdir": "Can't chdir to new root",
  "chroot.execfailed": "chroot: exec failed: %s",
};
