// Solaris's signals: the numbers of <sys/iso/signal_iso.h> and the texts of libc's _sys_siglist
// (strsignal(3C)), which bash prints for a job a signal ended. Sources: docs/fidelity/solaris.md.
import type { Signal } from "../../kernel/proc/signal.js";
import { signalTable, type SignalTable } from "../../userland/signals.js";

const SOLARIS: [Signal, number, string][] = [
  ["SIGHUP", 1, "Hangup"],
  ["SIGINT", 2, "Interrupt"],
  ["SIGQUIT", 3, "Quit"],
  ["SIGILL", 4, "Illegal Instruction"],
  ["SIGTRAP", 5, "Trace/Breakpoint Trap"],
  ["SIGABRT", 6, "Abort"],
  ["SIGEMT", 7, "Emulation Trap"],
  ["SIGFPE", 8, "Arithmetic Exception"],
  ["SIGKILL", 9, "Killed"],
  ["SIGBUS", 10, "Bus Error"],
  ["SIGSEGV", 11, "Segmentation Fault"],
  ["SIGSYS", 12, "Bad System Call"],
  ["SIGPIPE", 13, "Broken Pipe"],
  ["SIGALRM", 14, "Alarm Clock"],
  ["SIGTERM", 15, "Terminated"],
  ["SIGUSR1", 16, "User Signal 1"],
  ["SIGUSR2", 17, "User Signal 2"],
  ["SIGCHLD", 18, "Child Status Changed"],
  ["SIGPWR", 19, "Power-Fail/Restart"],
  ["SIGWINCH", 20, "Window Size Change"],
  ["SIGURG", 21, "Urgent Socket Condition"],
  // SIGPOLL, SIGIO's other name on System V
  ["SIGIO", 22, "Pollable Event"],
  ["SIGSTOP", 23, "Stopped (signal)"],
  ["SIGTSTP", 24, "Stopped (user)"],
  ["SIGCONT", 25, "Continued"],
  ["SIGTTIN", 26, "Stopped (tty input)"],
  ["SIGTTOU", 27, "Stopped (tty output)"],
  ["SIGVTALRM", 28, "Virtual Timer Expired"],
  ["SIGPROF", 29, "Profiling Timer Expired"],
  ["SIGXCPU", 30, "Cpu Limit Exceeded"],
  ["SIGXFSZ", 31, "File Size Limit Exceeded"],
  ["SIGWAITING", 32, "No runnable lwp"],
  ["SIGLOST", 37, "Resource Lost"],
  ["SIGINFO", 41, "Information Request"],
];

/** the signals 1 to 41 the lab names (the real-time ones above them are not modelled) */
export const solarisSignals: SignalTable = signalTable(SOLARIS, 41);

/** bash's kill -l (builtins/common.c display_signal_list): "%2d) SIGNAME", four to a line
 *  separated by tabs (a tab after the last of a short line too), the numbers with no name left
 *  out. The real-time signals above 41 are not listed: the lab does not name them */
export function bashSignalList(sigs: SignalTable): string {
  let out = "";
  let column = 0;
  for (let n = 1; n <= sigs.max; n++) {
    const name = sigs.nameOf(n);
    if (name === null) continue;
    out += `${String(n).padStart(2)}) SIG${name}`;
    if (++column < 4) out += "\t";
    else {
      out += "\n";
      column = 0;
    }
  }
  return column !== 0 ? out + "\n" : out;
}
