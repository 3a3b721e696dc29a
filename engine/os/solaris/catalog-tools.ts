// Messages of chroot (illumos usr/src/cmd/chroot/chroot.c) and mkfile (Solaris 11
// usr/src/cmd/mkfile/mkfile.c): id → printf-style template.
export const solarisToolCatalog: Readonly<Record<string, string>> = {
  "chroot.usage": "usage: chroot rootdir command [arg ...]",
  "chroot.perror": "chroot(\"%s\"): %s",
  "chroot.nochdir": "Can't chdir to new root",
  "chroot.execfailed": "chroot: exec failed: %s",
  "mkfile.usage": "Usage: mkfile [-nv] <size>[t|g|k|b|m] <name1> [<name2>] ...",
  "mkfile.unknownsize": "unknown size %s",
  "mkfile.verbose": "%s %s bytes",
  "mkfile.open": "Could not open %s: %s",
  "mkfile.setlength": "Could not set length of %s: %s",
  "mkfile.initialized": "%s: initialized %s of %s bytes: %s",
  "mkfile.chmod": "warning: couldn't set mode to %s",
};
