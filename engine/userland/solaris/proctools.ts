// The Solaris tools about processes and the system's life: fuser, pfiles, reboot and init.
import type { CommandDef } from "../types.js";
import { fuser } from "./fuser.js";
import { pfiles } from "./pfiles.js";
import { init, reboot } from "./reboot.js";

export function solarisProcCommands(): CommandDef[] {
  return [fuser, pfiles, reboot, init];
}
