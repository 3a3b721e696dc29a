// The Solaris-only commands: the machine's own (ps, id, uname, bash), the list of the mount
// part (mount, umount, df, mountall, lofiadm, newfs: mounts.ts) and the tools around lofs
// (chroot: tools.ts), and the process and boot tools (fuser, pfiles, reboot, init: proctools.ts).
import type { CommandDef } from "../types.js";
import { solarisBashCommand } from "./bash.js";
import { solarisId } from "./id.js";
import { solarisMountCommands } from "./mounts.js";
import { solarisProcCommands } from "./proctools.js";
import { solarisPs } from "./ps.js";
import { solarisToolCommands } from "./tools.js";
import { solarisUname } from "./uname.js";

export function solarisCommands(): CommandDef[] {
  return [solarisPs, solarisId, solarisUname, solarisBashCommand, ...solarisMountCommands(), ...solarisToolCommands(), ...solarisProcCommands()];
}
