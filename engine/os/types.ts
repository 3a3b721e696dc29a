// What booting a system gives a session: the machine, a process's system calls for setting it
// up, the personality (shell, messages, commands), the login environment, and how the login on
// the session's terminal comes into being. Each OS in engine/os/index.ts returns one.
import type { Machine } from "../kernel/machine.js";
import type { Proc } from "../kernel/proc/proc.js";
import type { Tty } from "../kernel/proc/tty.js";
import type { Sys } from "../kernel/sys.js";
import type { Vnode } from "../kernel/vfs/vnode.js";
import type { OsPersonality } from "../userland/types.js";

export interface OsBootOptions {
  clock: number;
  hostname?: string;
  settings?: Record<string, unknown>;
  /** install the system's sample images (default true) */
  samples?: boolean;
}

export interface OsBoot {
  machine: Machine;
  sys: Sys;
  personality: OsPersonality;
  /** the login shell's environment */
  env: Record<string, string>;
  /** the terminal the user logs in on: pts/0 (AIX), ttyp0 (BSD) */
  ttyName: string;
  /** the processes of the login on that terminal; returns the login shell (not started) */
  login(tty: Tty, root: Vnode): Proc;
  /** the login shell's ulimit -f in 512-byte blocks; negative: unlimited */
  fsizeBlocks: number;
}
