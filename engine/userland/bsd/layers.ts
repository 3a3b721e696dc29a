// The BSD commands that make layers: mount_loopback and its alias mount_null, mount_umap.
import type { CommandDef } from "../types.js";
import { mount_loopback, mount_null } from "./mount_loopback.js";
import { mount_umap } from "./mount_umap.js";

export function bsdLayerCommands(): CommandDef[] {
  return [mount_loopback, mount_null, mount_umap];
}
