// Device numbers the BSD/OS way: a 32-bit dev_t with the major number in the top 12 bits and the
// minor below it, the minor split into a 12-bit unit and an 8-bit subunit (BSD/OS ls prints a
// device node as major,unit,subunit: bin/ls/print.c, dv_unit/dv_subunit). st_dev of a file is the
// device number of its file system, in this encoding; the machine's fsidPolicy for BSD must make
// its numbers with bsdMakedev so that stat -x and fstat -n take them apart the same way.
export function bsdMakedev(major: number, minor: number): number {
  return (((major & 0xfff) << 20) | (minor & 0xfffff)) >>> 0;
}

export function bsdDevMajor(dev: number): number {
  return (dev >>> 20) & 0xfff;
}

export function bsdDevMinor(dev: number): number {
  return dev & 0xfffff;
}

/** the unit within the minor number (a disk's drive, a terminal's line) */
export function bsdUnit(minor: number): number {
  return (minor >>> 8) & 0xfff;
}

/** the subunit within the minor number (a disk's partition) */
export function bsdSubunit(minor: number): number {
  return minor & 0xff;
}
