// Solaris commands around lofs: chroot, and /usr/bin/pwd (getcwd) beside bash's built-in pwd. In
// the Solaris command table this list comes after the common commands, so its pwd is the one held.
import type { CommandDef } from "../types.js";
import { chroot } from "./chroot.js";
import { solarisPwd } from "./pwd.js";

export function solarisToolCommands(): CommandDef[] {
  return [chroot, solarisPwd];
}
