// BSD commands that look at files and processes where BSD has its own program: stat, fstat,
// /bin/pwd … (helper "bsdcmds" fills this list).
import type { CommandDef } from "../types.js";

export function bsdToolCommands(): CommandDef[] {
  return [];
}
