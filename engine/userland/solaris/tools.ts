// Solaris commands around lofs: chroot.
import type { CommandDef } from "../types.js";
import { chroot } from "./chroot.js";

export function solarisToolCommands(): CommandDef[] {
  return [chroot];
}
