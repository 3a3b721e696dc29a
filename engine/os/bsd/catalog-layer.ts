// Messages of mount_loopback, mount_null and mount_umap: id → printf-style template. The first
// %s of each is the program's name as err(3) prints it (mount_null when called as mount_null).
// Sources: BSD/OS 4.x sbin/mount_loopback/mount_loopback.c, sbin/mount_umap/mount_umap.c,
// sbin/mount/getmntopts.c (repo MarioNooo/bsd-os).
export const bsdLayerCatalog: Readonly<Record<string, string>> = {
  "mount_loopback.usage": "usage: mount_loopback [-o options] target_fs mount_point",
  "mount_umap.usage": "usage: mount_umap [-o options] -u usermap -g groupmap target_fs mount_point",
  "mntopt.unsupported": "%s: -o %s: option not supported",
  "mntopt.needvalue": "%s: -o %s: requires value\n",
  "layer.errpath": "%s: %s: %s",
  "layer.notdistinct": "%s: %s (%s) and %s are not distinct paths",
  "layer.notconfigured": "%s: %s on %s: filesystem type not configured",
  "layer.failed": "%s: %s on %s: %s",
  "umap.open": "%s: %s%s: %s",
  "umap.perms": "%s: %s: improper write permissions (%s)%s: Undefined error: 0",
  "umap.owner": "%s: %s does not belong to root%s",
  "umap.nentries": "%s: %s: nentries not found%s",
  "umap.gnentries": "%s: nentries not found%s",
  "umap.toomany": "%s: maximum number of entries is %d%s",
  "umap.eof": "%s: %s: unexpected end-of-file%s",
  "umap.format": "%s: %s: illegal format (line %d)%s",
};
