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

/** a file for each command at its path, so ls /usr/sbin/loopmount finds it (the lab runs the command itself) */
function installCommandFiles(sys: Sys, commands: ReadonlyMap<string, CommandDef>): void {
  for (const def of commands.values()) {
    if (!def.path || sys.exists(def.path)) continue;
    const f = sys.open(def.path, { write: true, create: true }, 0o555);
    // a plausible binary size, the same on every boot
    let h = 0;
    for (const c of def.name) h = (h * 31 + c.charCodeAt(0)) % 65521;
    f.vnode.setattr({ size: 4096 + h * 3, uid: 2, gid: 2, mode: 0o555 });
  }
}

export function bootAixSystem(opts: { clock: number; hostname?: string; settings?: Record<string, unknown>; samples?: boolean }): OsBoot {
  const { machine, sys } = bootAix(opts);
  installCommandFiles(sys, aixCommandTable());
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
