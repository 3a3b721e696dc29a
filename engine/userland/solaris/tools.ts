// Solaris commands around lofs: chroot; and GNU coreutils' stat (/usr/bin/stat on 11.1).
import type { CommandDef } from "../types.js";
import { chroot } from "./chroot.js";
import { solarisStat } from "./stat.js";

export function solarisToolCommands(): CommandDef[] {
  return [chroot, solarisStat];
}
