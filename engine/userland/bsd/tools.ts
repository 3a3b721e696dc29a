// BSD commands that look at files and processes where BSD has its own program: stat (NetBSD's;
// BSD/OS 4 had none), fstat, and pwd as /bin/pwd (getcwd) beside the shell's built-in. Their
// messages are engine/os/bsd/catalog-tools.ts. In the BSD command table this list comes after the
// common commands, so that its pwd (path /bin/pwd) is the one the table holds.
import type { CommandDef } from "../types.js";
import { fstat } from "./fstat.js";
import { pwd } from "./pwd.js";
import { stat } from "./stat.js";

export function bsdToolCommands(): CommandDef[] {
  return [stat, fstat, pwd];
}
