// The Solaris tools about processes and the system's life: fuser, pfiles, reboot, init and shutdown.
import type { CommandDef } from "../types.js";
import { fuser } from "./fuser.js";
import { pfiles } from "./pfiles.js";
import { init, reboot } from "./reboot.js";
import { shutdown } from "./shutdown.js";

export function solarisProcCommands(): CommandDef[] {
  return [fuser, pfiles, reboot, init, shutdown];
}
