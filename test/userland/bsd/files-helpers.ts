// A bare BSD machine with the common commands and the BSD file tools, speaking through a BSD
// personality built here from this part's catalogs and formats (the BSD machine's own personality,
// boot tree and errno texts are helper "bsdos"'s; these tests stand on a bare machine until it
// lands). The runner is test/userland/common/helpers.ts's lab() for BSD.
import { bareMachine } from "../../../engine/kernel/bare.js";
import { parseClock } from "../../../engine/kernel/clock.js";
import type { Co } from "../../../engine/kernel/proc/wait.js";
import { bsdMakedev } from "../../../engine/os/bsd/dev.js";
import { bsdPersonality as realPersonality } from "../../../engine/os/bsd/personality.js";
import { Session, runLine } from "../../../engine/session.js";
import { loginProcesses } from "../../../engine/os/aix/procs.js";
import { DEFAULT_FSIZE_BLOCKS } from "../../../engine/os/aix/boot.js";
import { bsdToolCommands } from "../../../engine/userland/bsd/tools.js";
import { commonCommands } from "../../../engine/userland/common/index.js";
import { ShellEnv } from "../../../engine/userland/sh/env.js";
import { Buffer, MemIn, type CommandContext, type CommandDef, type OsPersonality, type ShellState } from "../../../engine/userland/types.js";

/** 4.4BSD's strerror texts (lib/libc/gen/errlst.c) for the errnos these tests meet */
/** the BSD machine's own personality (engine/os/bsd) over the table below */
export function bsdPersonality(commands: ReadonlyMap<string, CommandDef>): OsPersonality {
  return realPersonality(commands);
}

/** the BSD table: the common commands, then the BSD tools (its pwd is /bin/pwd) */
export function bsdTable(): Map<string, CommandDef> {
  return new Map([...commonCommands(), ...bsdToolCommands()].map((c) => [c.name, c]));
}

/** the BSD/OS disk the tests' root file system is on: sd0a, major 4 */
export const ROOT_DEV = bsdMakedev(4, 0);

export function bsdLab(opts: { clock?: string } = {}) {
  const { machine, sys } = bareMachine("bsd", { clock: parseClock(opts.clock ?? "2013-12-05T20:27:00Z"), hostname: "lab", root: { type: "ffs" }, rootSpecial: "/dev/sd0a" });
  // device numbers the BSD/OS way, as the BSD machine's fsid policy gives them (the root was
  // numbered before this: tests read it from the kernel like the commands do)
  machine.fsidPolicy = (seq) => bsdMakedev(255, seq);
  const os = bsdPersonality(bsdTable());
  sys.mkdirp("/etc");
  sys.writeFile("/etc/passwd", "root:*:0:0:Charlie &:/root:/bin/sh\nbin:*:3:7:Binaries Commands and Source:/:/sbin/nologin\nguest:*:100:100:Guest:/home/guest:/bin/sh\n");
  sys.writeFile("/etc/group", "wheel:*:0:root\nbin:*:7:\nguest:*:100:\n");
  const shell: ShellState = { env: new ShellEnv({ HOME: "/", PWD: "/" }), lastStatus: 0, exitRequested: null, history: [] };
  const asProcess = (co: Co<number>, budget: number): number => {
    for (let step = 0; step < budget; step++) {
      const r = co.next();
      if (r.done) return r.value;
    }
    return 130;
  };
  const run = (argv: string[], o: { stdin?: string; tty?: boolean; columns?: number; builtin?: boolean } = {}) => {
    const stdout = new Buffer();
    const stderr = new Buffer();
    const def = os.commands.get(argv[0]!.replace(/.*\//, ""));
    if (!def) throw new Error(`no command ${argv[0]}`);
    const ctx: CommandContext & { isTTY?: boolean } = {
      argv,
      stdin: MemIn.text(o.stdin ?? ""),
      stdout,
      stderr,
      sys,
      machine,
      shell,
      os,
      columns: o.columns ?? 80,
    };
    if (o.builtin) ctx.builtin = true;
    if (o.tty !== undefined) ctx.isTTY = o.tty;
    const r = def.run(ctx);
    const status = typeof r === "number" ? r : asProcess(r, 100000);
    return { status, out: stdout.text(), err: stderr.text() };
  };
  const write = (path: string, text: string) => sys.writeFile(path, text);
  return { machine, sys, os, shell, run, write };
}

/** a whole BSD session on a bare machine: the shell of the lab with the BSD personality */
export function bsdSession() {
  const l = bsdLab();
  for (const def of l.os.commands.values()) {
    if (!def.path || l.sys.exists(def.path)) continue;
    l.sys.mkdirp(def.path.slice(0, def.path.lastIndexOf("/")) || "/");
    l.sys.writeFile(def.path, "");
    l.sys.chmod(def.path, 0o555);
  }
  const s = new Session({
    machine: l.machine,
    sys: l.sys,
    personality: l.os,
    env: { HOME: "/", PWD: "/", PATH: "/bin:/sbin:/usr/bin:/usr/sbin" },
    ttyName: "ttyp0",
    login: (tty, root) => loginProcesses(l.machine, tty, root),
    fsizeBlocks: Number(l.machine.setting("ulimit_fsize", DEFAULT_FSIZE_BLOCKS)),
  });
  return { ...l, session: s, line: (text: string) => runLine(s, text) };
}
