// The Solaris-only commands: the machine's own (ps, id, uname, bash) and the list of the mount
// part (mount, umount, df, mountall, lofiadm, newfs: mounts.ts).
import type { CommandDef } from "../types.js";
import { solarisBashCommand } from "./bash.js";
import { solarisId } from "./id.js";
import { solarisMountCommands } from "./mounts.js";
import { solarisPs } from "./ps.js";
import { solarisUname } from "./uname.js";

export function solarisCommands(): CommandDef[] {
  return [solarisPs, solarisId, solarisUname, solarisBashCommand, ...solarisMountCommands()];
}
