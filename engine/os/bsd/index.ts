// The BSD system: boot, the command table (common + BSD), the personality, the login
// environment of root on ttyp0.
import { commonCommands } from "../../userland/common/index.js";
import { cd } from "../../userland/common/cd.js";
import { bsdCommands } from "../../userland/bsd/index.js";
import { ASH_PAGES } from "../../userland/bsd/ashpages.js";
import { BSD_LS } from "../../userland/bsd/lspage.js";
import type { CommandDef } from "../../userland/types.js";
import { installCommandFiles } from "../commandfiles.js";
import type { OsBoot, OsBootOptions } from "../types.js";
import { bootBsd } from "./boot.js";
import { BSD_ABSENT, BSD_PATHS } from "./paths.js";
import { bsdPersonality } from "./personality.js";
import { bsdLoginProcesses, holdPrograms } from "./procs.js";
import { installSampleIso } from "./cdimage.js";

/** a common command at its BSD place (BSD_PATHS), or as it is; sh's built-ins that work ash's
 *  way with ash's page */
function placed(def: CommandDef): CommandDef {
  const page = ASH_PAGES[def.name];
  if (page !== undefined) def = { ...def, man: page };
  // the common ls with 4.4BSD's options has BSD's page and flags
  if (def.name === "ls") def = { ...def, ...BSD_LS };
  if (!(def.name in BSD_PATHS)) return def;
  const path = BSD_PATHS[def.name];
  const { path: _aix, ...rest } = def;
  return typeof path === "string" ? { ...rest, path } : rest;
}

let table: Map<string, CommandDef> | null = null;

/** the common commands BSD/OS has, where it keeps them, then the BSD ones (which win) */
export function bsdCommandTable(): ReadonlyMap<string, CommandDef> {
  if (table) return table;
  const common = commonCommands().filter((c) => !BSD_ABSENT.has(c.name)).map(placed);
  // sh's cd is also chdir (builtins: cdcmd cd chdir)
  const chdir: CommandDef = { ...placed(cd), name: "chdir", man: cd.man.replace(/^.*\n/, "cd or chdir Command (sh built-in)\n") };
  table = new Map([...common, chdir, ...bsdCommands()].map((c) => [c.name, c]));
  return table;
}

export function bootBsdSystem(opts: OsBootOptions): OsBoot {
  const { machine, sys } = bootBsd(opts);
  // the programs belong to bin:bin (uid 3, gid 7), as BSD installs them
  installCommandFiles(sys, bsdCommandTable(), { uid: 3, gid: 7 });
  // the daemons' programs: what keeps / and /usr busy
  holdPrograms(machine, sys);
  if (opts.samples !== false) installSampleIso(sys);
  return {
    machine,
    sys,
    personality: bsdPersonality(bsdCommandTable()),
    ttyName: "ttyp0",
    login: (tty, root) => bsdLoginProcesses(machine, tty, root),
    // login.conf sets no filesize limit for root's class
    fsizeBlocks: Number(machine.setting("ulimit_fsize", -1)),
    // login(1) with login.conf's daemon class (root's): its path; then root's .profile
    env: {
      BLOCKSIZE: "1k",
      HOME: "/root",
      LOGNAME: "root",
      PATH: "/sbin:/usr/sbin:/bin:/usr/bin:/usr/contrib/sbin:/usr/contrib/bin:/usr/X11/bin",
      PWD: "/root",
      SHELL: "/bin/sh",
      TERM: "bsdos-pc",
      USER: "root",
    },
  };
}
