// The Solaris tools about processes and the system's life: fuser, pfiles, pgrep, pkill, reboot, init and
// shutdown.
import type { CommandDef } from "../types.js";
import { fuser } from "./fuser.js";
import { pfiles } from "./pfiles.js";
import { pgrep } from "./pgrep.js";
import { pkill } from "./pkill.js";
import { init, reboot } from "./reboot.js";
import { shutdown } from "./shutdown.js";

export function solarisProcCommands(): CommandDef[] {
  return [fuser, pfiles, reboot, init, shutdown, pgrep, pkill];
}
