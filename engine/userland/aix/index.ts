// The AIX-only commands.
import type { CommandDef } from "../types.js";
import { chdev } from "./chdev.js";
import { df } from "./df.js";
import { loopmount } from "./loopmount.js";
import { loopumount } from "./loopumount.js";
import { lsattr } from "./lsattr.js";
import { lsdev } from "./lsdev.js";
import { mkdev } from "./mkdev.js";
import { mount } from "./mount.js";
import { odmget } from "./odmget.js";
import { oslevel } from "./oslevel.js";
import { rmdev } from "./rmdev.js";
import { umount, unmount } from "./umount.js";
import { varyonvg } from "./varyonvg.js";
import { importvg, mkvg } from "./lvmcmds.js";
import { mkfs } from "./mkfs.js";
import { id, whoami } from "./id.js";
import { lslpp } from "./lslpp.js";
import { reboot, shutdown } from "./reboot.js";
import { ps } from "./ps/index.js";
import { fuser } from "./fuser.js";
import { istat } from "./istat.js";
import { lsvg } from "./lsvg.js";
import { lspv } from "./lspv.js";
import { lsfs } from "./lsfs.js";
import { crfs } from "./crfs.js";
import { chfs } from "./chfs.js";
import { cfgmgr } from "./cfgmgr.js";
import { errpt } from "./errpt.js";
import { prtconf } from "./prtconf.js";
import { bootinfo } from "./bootinfo.js";
import { lscfg } from "./lscfg.js";
import { odmadd } from "./odmadd.js";
import { odmdelete } from "./odmdelete.js";
import { odmchange } from "./odmchange.js";

export function aixCommands(): CommandDef[] {
  return [chdev, df, loopmount, loopumount, lsattr, lsdev, mkdev, mount, odmget, oslevel, rmdev, umount, unmount, varyonvg, importvg, mkvg, id, whoami, lslpp, reboot, shutdown, mkfs, ps, fuser, istat, lsvg, lspv, lsfs, crfs, chfs,
    cfgmgr, errpt, prtconf, bootinfo, lscfg, odmadd, odmdelete, odmchange];
}
