// BSD's signals: the numbers of 4.4BSD's <sys/signal.h> (i386), the names sh's trap and kill -l
// use, and the texts of sys_siglist (libc siglist.c) that sh prints for a job a signal ended.
// Sources: docs/fidelity/bsd.md (The machine).
import type { Signal } from "../../kernel/proc/signal.js";
import { signalTable, type SignalTable } from "../../userland/signals.js";

const BSD: [Signal, number, string][] = [
  ["SIGHUP", 1, "Hangup"],
  ["SIGINT", 2, "Interrupt"],
  ["SIGQUIT", 3, "Quit"],
  ["SIGILL", 4, "Illegal instruction"],
  ["SIGTRAP", 5, "Trace/BPT trap"],
  ["SIGABRT", 6, "Abort trap"],
  ["SIGEMT", 7, "EMT trap"],
  ["SIGFPE", 8, "Floating point exception"],
  ["SIGKILL", 9, "Killed"],
  ["SIGBUS", 10, "Bus error"],
  ["SIGSEGV", 11, "Segmentation fault"],
  ["SIGSYS", 12, "Bad system call"],
  ["SIGPIPE", 13, "Broken pipe"],
  ["SIGALRM", 14, "Alarm clock"],
  ["SIGTERM", 15, "Terminated"],
  ["SIGURG", 16, "Urgent I/O condition"],
  ["SIGSTOP", 17, "Suspended (signal)"],
  ["SIGTSTP", 18, "Suspended"],
  ["SIGCONT", 19, "Continued"],
  ["SIGCHLD", 20, "Child exited"],
  ["SIGTTIN", 21, "Stopped (tty input)"],
  ["SIGTTOU", 22, "Stopped (tty output)"],
  ["SIGIO", 23, "I/O possible"],
  ["SIGXCPU", 24, "Cputime limit exceeded"],
  ["SIGXFSZ", 25, "Filesize limit exceeded"],
  ["SIGVTALRM", 26, "Virtual timer expired"],
  ["SIGPROF", 27, "Profiling timer expired"],
  ["SIGWINCH", 28, "Window size changes"],
  ["SIGINFO", 29, "Information request"],
  ["SIGUSR1", 30, "User defined signal 1"],
  ["SIGUSR2", 31, "User defined signal 2"],
];

/** NSIG is 32: signals 1 to 31 */
export const bsdSignals: SignalTable = signalTable(BSD, 31);

/**
 * kill -l as 4.4BSD's kill.c prints it: sys_signame's lower-case names 1 to NSIG-1, a space
 * between them, a newline after NSIG/2 (16) and after the last.
 */
export function bsdSignalList(sigs: SignalTable): string {
  let out = "";
  for (let n = 1; n <= sigs.max; n++) {
    out += (sigs.nameOf(n) ?? `${n}`).toLowerCase();
    out += n === 16 || n === sigs.max ? "\n" : " ";
  }
  return out;
}
