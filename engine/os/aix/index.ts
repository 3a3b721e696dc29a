// The AIX system: boot, the command table (common + AIX), the personality, the login environment.
import type { Machine } from "../../kernel/machine.js";
import type { Sys } from "../../kernel/sys.js";
import { commonCommands } from "../../userland/common/index.js";
import { aixCommands } from "../../userland/aix/index.js";
import type { CommandDef, OsPersonality } from "../../userland/types.js";
import { bootAix } from "./boot.js";
import { aixPersonality } from "./personality.js";
import { installSampleImages } from "./samples.js";

export interface OsBoot {
  machine: Machine;
  sys: Sys;
  personality: OsPersonality;
  env: Record<string, string>;
}

let table: Map<string, CommandDef> | null = null;
export function aixCommandTable(): ReadonlyMap<string, CommandDef> {
  table ??= new Map([...commonCommands(), ...aixCommands()].map((c) => [c.name, c]));
  return table;
}

export function bootAixSystem(opts: { clock: number; hostname?: string; settings?: Record<string, unknown>; samples?: boolean }): OsBoot {
  const { machine, sys } = bootAix(opts);
  if (opts.samples !== false) installSampleImages(sys);
  return {
    machine,
    sys,
    personality: aixPersonality(aixCommandTable()),
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
