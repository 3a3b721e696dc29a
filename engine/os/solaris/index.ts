// The Solaris system: boot, the command table (common + Solaris), the personality, the login
// environment of root on pts/1.
import { commonCommands } from "../../userland/common/index.js";
import { solarisCommands } from "../../userland/solaris/index.js";
import { SOLARIS_LS } from "../../userland/solaris/lspage.js";
import type { CommandDef } from "../../userland/types.js";
import { installCommandFiles } from "../commandfiles.js";
import type { OsBoot, OsBootOptions } from "../types.js";
import { bootSolaris } from "./boot.js";
import { SOLARIS_ABSENT } from "./paths.js";
import { solarisPersonality } from "./personality.js";
import { holdPrograms, solarisLoginProcesses } from "./procs.js";

let table: Map<string, CommandDef> | null = null;

/** the common commands Solaris has, then the Solaris ones (which win) */
export function solarisCommandTable(): ReadonlyMap<string, CommandDef> {
  if (table) return table;
  // the common ls with Solaris's options has Solaris's page and flags
  const common = commonCommands()
    .filter((c) => !SOLARIS_ABSENT.has(c.name))
    .map((c) => (c.name === "ls" ? { ...c, ...SOLARIS_LS } : c));
  table = new Map([...common, ...solarisCommands()].map((c) => [c.name, c]));
  return table;
}

export function bootSolarisSystem(opts: OsBootOptions): OsBoot {
  const { machine, sys } = bootSolaris(opts);
  // the packages install the programs as root:bin (uid 0, gid 2)
  installCommandFiles(sys, solarisCommandTable(), { uid: 0, gid: 2 });
  // the daemons' programs and cron's directory: what keeps / and /var busy
  holdPrograms(machine, sys);
  return {
    machine,
    sys,
    personality: solarisPersonality(solarisCommandTable(), () => machine.hostname),
    ttyName: "pts/1",
    login: (tty, root) => solarisLoginProcesses(machine, tty, root),
    fsizeBlocks: Number(machine.setting("ulimit_fsize", -1)),
    // login (sshd) for root, then root's .profile's PATH
    env: {
      HOME: "/root",
      LANG: "C",
      LOGNAME: "root",
      MAIL: "/var/mail/root",
      PATH: "/usr/bin:/usr/sbin",
      PWD: "/root",
      SHELL: "/usr/bin/bash",
      TERM: "xterm",
      TZ: "UTC",
      USER: "root",
    },
  };
}
