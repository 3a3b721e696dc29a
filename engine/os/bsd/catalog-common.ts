// The BSD texts of the common commands' messages (the same ids as engine/os/aix/catalog-common.ts).
export const bsdCommonCatalog: Readonly<Record<string, string>> = {};
