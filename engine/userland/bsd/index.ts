// The BSD-only commands: the machine's own (ps, kill, id, whoami, sh's page) and the lists of the other
// BSD parts (mount/umount/df/vnconfig, the layer commands, stat/fstat and /bin/pwd).
import type { CommandDef } from "../types.js";
import { bsdId, bsdWhoami } from "./id.js";
import { bsdKill } from "./kill.js";
import { bsdLayerCommands } from "./layers.js";
import { bsdMountCommands } from "./mounts.js";
import { bsdPs } from "./ps.js";
import { bsdSh } from "./sh.js";
import { bsdToolCommands } from "./tools.js";

export function bsdCommands(): CommandDef[] {
  return [bsdPs, bsdKill, bsdId, bsdWhoami, bsdSh, ...bsdMountCommands(), ...bsdLayerCommands(), ...bsdToolCommands()];
}
