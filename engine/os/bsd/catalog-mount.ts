// Messages of the BSD mount, umount, df and vnconfig commands: id → printf-style template.
export const bsdMountCatalog: Readonly<Record<string, string>> = {};
