// Signals as the kernel knows them: names and default actions. Numbers differ between systems
// (SIGUSR1 is 30 on AIX, 16 on Solaris, 30 on BSD), so the kernel speaks names only; each OS
// personality maps names to its numbers and to the texts its shell prints.

export const SIGNALS = [
  "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGEMT", "SIGFPE", "SIGKILL", "SIGBUS",
  "SIGSEGV", "SIGSYS", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGURG", "SIGSTOP", "SIGTSTP", "SIGCONT", "SIGCHLD",
  "SIGTTIN", "SIGTTOU", "SIGIO", "SIGXCPU", "SIGXFSZ", "SIGMSG", "SIGWINCH", "SIGPWR", "SIGUSR1", "SIGUSR2",
  "SIGPROF", "SIGDANGER", "SIGVTALRM", "SIGMIGRATE", "SIGPRE", "SIGVIRT", "SIGTALRM", "SIGWAITING", "SIGCPUFAIL",
  "SIGKAP", "SIGGRANT", "SIGRETRACT", "SIGSOUND", "SIGSAK", "SIGLOST", "SIGINFO",
] as const;

export type Signal = (typeof SIGNALS)[number];

/** what a signal does to a process that neither catches nor ignores it */
export type DefaultAction = "term" | "core" | "stop" | "cont" | "ignore";

const CORE = new Set<Signal>(["SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGEMT", "SIGFPE", "SIGBUS", "SIGSEGV", "SIGSYS", "SIGXCPU", "SIGXFSZ"]);
const STOP = new Set<Signal>(["SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU"]);
const IGNORE = new Set<Signal>(["SIGCHLD", "SIGURG", "SIGIO", "SIGWINCH", "SIGPWR", "SIGMSG", "SIGDANGER", "SIGMIGRATE", "SIGPRE", "SIGVIRT", "SIGWAITING", "SIGCPUFAIL", "SIGKAP", "SIGGRANT", "SIGRETRACT", "SIGSOUND", "SIGSAK", "SIGINFO"]);

export function defaultAction(sig: Signal): DefaultAction {
  if (sig === "SIGCONT") return "cont";
  if (CORE.has(sig)) return "core";
  if (STOP.has(sig)) return "stop";
  if (IGNORE.has(sig)) return "ignore";
  return "term";
}

/** SIGKILL and SIGSTOP can be neither caught nor ignored */
export function catchable(sig: Signal): boolean {
  return sig !== "SIGKILL" && sig !== "SIGSTOP";
}

