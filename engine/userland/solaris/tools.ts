// Solaris commands around lofs: chroot; /usr/bin/pwd (getcwd) beside bash's built-in pwd; and GNU
// coreutils' stat (/usr/bin/stat on 11.1); tty; fstyp. In the Solaris command table this list comes after the
// common commands, so its pwd is the one held.
import type { CommandDef } from "../types.js";
import { chroot } from "./chroot.js";
import { solarisPwd } from "./pwd.js";
import { solarisStat } from "./stat.js";
import { tty } from "./tty.js";
import { fstyp } from "./fstyp.js";

export function solarisToolCommands(): CommandDef[] {
  return [chroot, solarisPwd, solarisStat, tty, fstyp];
}
