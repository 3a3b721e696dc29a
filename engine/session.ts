// A session: one booted machine and one shell on it. The headless CLI, the scenario checker, the
// terminal UI and the tests all drive the machine through this.
import { parseClock } from "./kernel/clock.js";
import type { OsName } from "./kernel/machine.js";
import { bootAixSystem } from "./os/aix/index.js";
import { Shell, Transcript } from "./userland/sh/interp.js";
import { importHostFile, writeIsoImage, type IsoSpec } from "./scenario/images.js";

export interface SessionSetup {
  dirs?: string[];
  files?: Record<string, string>;
  images?: Record<string, { iso9660?: IsoSpec; import?: string }>;
}

export interface SessionOptions {
  os?: OsName;
  /** ISO date-time or epoch seconds; the machine clock at start */
  clock?: string | number;
  hostname?: string;
  settings?: Record<string, unknown>;
  columns?: number;
  setup?: SessionSetup;
  /** host files readable in the lab: [hostPath, labPath] */
  imports?: [string, string][];
  /** resolve relative `import:` paths of a scenario against this host directory */
  baseDir?: string;
  /** install the default machine's sample images (default true) */
  samples?: boolean;
}

export const DEFAULT_CLOCK = "2013-11-27T06:43:00Z";

export class UnsupportedOs extends Error {
  override name = "UnsupportedOs";
}

export function createSession(opts: SessionOptions = {}): Shell {
  const os = opts.os ?? "aix";
  if (os !== "aix") throw new UnsupportedOs(`the ${os} machine is not built yet; available: aix`);
  const clock = typeof opts.clock === "number" ? opts.clock : parseClock(opts.clock ?? DEFAULT_CLOCK);
  const boot = bootAixSystem({
    clock,
    ...(opts.hostname ? { hostname: opts.hostname } : {}),
    settings: opts.settings ?? {},
    samples: opts.samples ?? true,
  });
  const { sys } = boot;
  const s = opts.setup ?? {};
  for (const d of s.dirs ?? []) sys.mkdirp(d);
  for (const [path, content] of Object.entries(s.files ?? {})) {
    sys.mkdirp(path.slice(0, path.lastIndexOf("/")));
    sys.writeFile(path, content);
  }
  for (const [path, spec] of Object.entries(s.images ?? {})) {
    if (spec.iso9660) writeIsoImage(sys, path, spec.iso9660);
    else if (spec.import) {
      const host = spec.import.startsWith("/") || !opts.baseDir ? spec.import : `${opts.baseDir}/${spec.import}`;
      importHostFile(sys, host, path);
    }
  }
  for (const [host, lab] of opts.imports ?? []) importHostFile(sys, host, lab);
  return new Shell(boot.machine, sys, boot.personality, boot.env, { columns: opts.columns ?? 80 });
}

/** run one command line and return what the terminal shows and the status */
export function runLine(shell: Shell, line: string): { output: string; status: number } {
  const t = new Transcript();
  const status = shell.run(line, t);
  return { output: t.text(), status };
}
