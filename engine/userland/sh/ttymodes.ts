// ksh88 and the terminal's modes. Before each prompt the interactive shell sets its terminal back
// to the modes it reads commands in (ksh88's tty_cooked), so a program that ended with the
// terminal in non-canonical mode — more killed by a signal — leaves no keyboard that sends single
// keys to nobody: what users see on AIX after such a program dies. A job that stops keeps its
// modes: the shell saves them and gives them back when fg continues the job (ksh88 job.c).
import { isKernelError } from "../../kernel/errno.js";
import { TtyFile } from "../../kernel/proc/file.js";
import { SANE, type Termios, type Tty } from "../../kernel/proc/tty.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Shell } from "./interp.js";

/** the terminal at the shell's standard input, if it reads one */
function terminalOf(sh: Shell): Tty | null {
  const f = sh.sys.proc.fds.get(0);
  return f instanceof TtyFile && f.isatty() ? f.tty : null;
}

/** before a prompt: canonical mode, echo and the keyboard's signals again */
export function* saneTerminal(sh: Shell): Co<void> {
  const tty = terminalOf(sh);
  if (tty === null) return;
  const t = tty.termios;
  if (t.icanon === SANE.icanon && t.echo === SANE.echo && t.isig === SANE.isig) return;
  try {
    yield* sh.sys.tcsetattr(0, SANE);
  } catch (e) {
    if (!isKernelError(e)) throw e;
  }
}

/** the modes a job left the terminal in when it stopped (given back by fg) */
export function modesOf(sh: Shell): Termios | null {
  return terminalOf(sh)?.termios ?? null;
}

/** fg: the job's saved modes before it runs again */
export function restoreModes(sh: Shell, t: Termios | null): void {
  if (t !== null) terminalOf(sh)?.setTermios(t);
}
