// AIX's signals: the numbers of sys/signal.h, the names ksh's kill -l and trap use, and the texts
// ksh prints for a job a signal ended (AIX ksh takes them from its catalog; real AIX output shows
// libc's psignal texts, e.g. "Segmentation fault", where stock ksh88 says "Memory fault").
// Sources: docs/fidelity/aix.md (Signals).
import type { Signal } from "../../kernel/proc/signal.js";
import { signalTable, type SignalTable } from "../../userland/signals.js";

const AIX: [Signal, number, string][] = [
  ["SIGHUP", 1, "Hangup"],
  ["SIGINT", 2, "Interrupt"],
  ["SIGQUIT", 3, "Quit"],
  ["SIGILL", 4, "Illegal instruction"],
  ["SIGTRAP", 5, "Trace/BPT trap"],
  ["SIGABRT", 6, "IOT/Abort trap"],
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
  ["SIGSTOP", 17, "Stopped (SIGSTOP)"],
  ["SIGTSTP", 18, "Stopped"],
  ["SIGCONT", 19, "Continued"],
  ["SIGCHLD", 20, "Child exited"],
  ["SIGTTIN", 21, "Stopped (SIGTTIN)"],
  ["SIGTTOU", 22, "Stopped (SIGTTOU)"],
  ["SIGIO", 23, "I/O possible/complete"],
  ["SIGXCPU", 24, "Cputime limit exceeded"],
  ["SIGXFSZ", 25, "Filesize limit exceeded"],
  ["SIGMSG", 27, "Input device data"],
  ["SIGWINCH", 28, "Window size changes"],
  ["SIGPWR", 29, "Power-failure"],
  ["SIGUSR1", 30, "User defined signal 1"],
  ["SIGUSR2", 31, "User defined signal 2"],
  ["SIGPROF", 32, "Profiling timer expired"],
  ["SIGDANGER", 33, "Paging space low"],
  ["SIGVTALRM", 34, "Virtual timer expired"],
  ["SIGMIGRATE", 35, "Signal 35"],
  ["SIGPRE", 36, "Signal 36"],
  ["SIGCPUFAIL", 59, "Signal 59"],
  ["SIGGRANT", 60, "Monitor mode granted"],
  ["SIGRETRACT", 61, "Monitor mode retracted"],
  ["SIGSOUND", 62, "Sound completed"],
  ["SIGSAK", 63, "Secure attention"],
];

export const aixSignals: SignalTable = signalTable(AIX, 63);
