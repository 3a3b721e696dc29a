// Solaris commands around lofs and lofi: chroot, mkfile.
import type { CommandDef } from "../types.js";
import { chroot } from "./chroot.js";
import { mkfile } from "./mkfile.js";

export function solarisToolCommands(): CommandDef[] {
  return [chroot, mkfile];
}
