// File-system type lists as BSD/OS's sbin/mount/vfslist.c keeps them for mount, umount and df:
// `-t cd9660,loopback` or `-t nocd9660`, with the old names mapped to the kernel's (null is
// loopback since BSD/OS 4.0, iso9660 is cd9660).

/** vfsremap: the kernel's name for a file-system type */
export function vfsremap(name: string): string {
  if (name === "iso9660") return "cd9660";
  if (name === "null") return "loopback";
  if (name === "netc") return "tfs";
  return name;
}

export interface VfsList {
  names: { name: string; skip: boolean }[];
}

/** makevfslist: comma (or blank) separated names, each may be "noNAME" */
export function makevfslist(list: string): VfsList {
  const names: VfsList["names"] = [];
  for (const word of list.split(/[, \t]/)) {
    if (word === "") continue;
    const skip = word.startsWith("no") && word.length > 2;
    names.push({ name: vfsremap(skip ? word.slice(2) : word), skip });
  }
  return { names };
}

/**
 * checkvfsname: true when a file system of this type is to be left out. A name in the list
 * answers for itself; a type not named is left out when the list names any type to keep.
 */
export function checkvfsname(type: string, list: VfsList | null): boolean {
  if (!list) return false;
  const name = vfsremap(type);
  let seen = 0;
  for (const e of list.names) {
    if (e.name === name) return e.skip;
    seen |= 1 << (e.skip ? 1 : 0);
  }
  return seen === 1 || seen === 3;
}
