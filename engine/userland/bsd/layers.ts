// The BSD commands that make layers: mount_loopback and its aliases mount_null, mount_umap.
import type { CommandDef } from "../types.js";

export function bsdLayerCommands(): CommandDef[] {
  return [];
}
