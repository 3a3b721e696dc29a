// The AIX system: boot, the command table (common + AIX), the personality, the login environment.
import { commonCommands } from "../../userland/common/index.js";
import { aixCommands } from "../../userland/aix/index.js";
import type { CommandDef } from "../../userland/types.js";
import type { OsBoot, OsBootOptions } from "../types.js";
import { installCommandFiles } from "../commandfiles.js";
import { bootAix, DEFAULT_FSIZE_BLOCKS } from "./boot.js";
import { aixPersonality } from "./personality.js";
import { loginProcesses } from "./procs.js";
import { installSampleImages } from "./samples.js";

export type { OsBoot } from "../types.js";

let table: Map<string, CommandDef> | null = null;
export function aixCommandTable(): ReadonlyMap<string, CommandDef> {
  table ??= new Map([...commonCommands(), ...aixCommands()].map((c) => [c.name, c]));
  return table;
}

export function bootAixSystem(opts: OsBootOptions): OsBoot {
  const { machine, sys } = bootAix(opts);
  installCommandFiles(sys, aixCommandTable(), { uid: 2, gid: 2 });
  if (opts.samples !== false) installSampleImages(sys);
  return {
    machine,
    sys,
    personality: aixPersonality(aixCommandTable()),
    ttyName: "pts/0",
    login: (tty, root) => loginProcesses(machine, tty, root),
    fsizeBlocks: Number(machine.setting("ulimit_fsize", DEFAULT_FSIZE_BLOCKS)),
    env: {
      HOME: "/",
      LANG: "en_US",
      LOGIN: "root",
      LOGNAME: "root",
      PATH: "/usr/bin:/etc:/usr/sbin:/usr/ucb:/usr/bin/X11:/sbin",
      PWD: "/",
      SHELL: "/usr/bin/ksh",
      TERM: "xterm",
      TZ: "UTC",
      USER: "root",
    },
  };
}
