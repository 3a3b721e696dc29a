// The systems the lab can boot: name → boot function and command table. createSession and every
// entry point (the terminal, headless, check, replay, casts, scenarios) find a system here; a
// name with no entry is a system not built yet. (names.ts lists the same names for the CLI, which
// checks --os before it loads the engine; test/os/registry.test.ts keeps the two in step.)
import type { OsName } from "../kernel/machine.js";
import type { CommandDef } from "../userland/types.js";
import { aixCommandTable, bootAixSystem } from "./aix/index.js";
import { bootBsdSystem, bsdCommandTable } from "./bsd/index.js";
import { notBuiltMessage } from "./names.js";
import { bootSolarisSystem, solarisCommandTable } from "./solaris/index.js";
import type { OsBoot, OsBootOptions } from "./types.js";

export type { OsBoot, OsBootOptions } from "./types.js";

export interface OsEntry {
  readonly name: OsName;
  /** the system as the lab's banner names it */
  readonly title: string;
  boot(opts: OsBootOptions): OsBoot;
  commands(): ReadonlyMap<string, CommandDef>;
}

/** a system the lab cannot boot (yet) */
export class UnsupportedOs extends Error {
  override name = "UnsupportedOs";
}

const REGISTRY: ReadonlyMap<string, OsEntry> = new Map<string, OsEntry>([
  ["aix", { name: "aix", title: "AIX 7.2", boot: bootAixSystem, commands: aixCommandTable }],
  ["bsd", { name: "bsd", title: "BSD/OS 4.3", boot: bootBsdSystem, commands: bsdCommandTable }],
  ["solaris", { name: "solaris", title: "Oracle Solaris 11.1", boot: bootSolarisSystem, commands: solarisCommandTable }],
]);

/** the system named `name`, or UnsupportedOs with the message every entry point prints */
export function osEntry(name: string): OsEntry {
  const e = REGISTRY.get(name);
  if (e === undefined) throw new UnsupportedOs(notBuiltMessage(name));
  return e;
}
