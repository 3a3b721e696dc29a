// Messages of mount_loopback, mount_null and mount_umap: id → printf-style template.
export const bsdLayerCatalog: Readonly<Record<string, string>> = {};
