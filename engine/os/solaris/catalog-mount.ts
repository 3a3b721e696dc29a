// Messages of the Solaris mount, umount, df, mountall, lofiadm and newfs: id → printf-style template.
export const solarisMountCatalog: Readonly<Record<string, string>> = {};
