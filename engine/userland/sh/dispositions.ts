// What a shell's process does with each signal. An interactive shell ignores some signals and
// catches INT for itself (the personality says which); traps add theirs; a subshell starts from
// the defaults; a command the shell execs keeps only what is ignored — by a trap, or since the
// shell started (a background job without job control ignores the keyboard, and so does all it
// runs: POSIX says such signals stay ignored).
import { catchable, type Signal } from "../../kernel/proc/signal.js";
import type { Shell } from "./interp.js";

/** what the process does with each signal: the shell's own (interactive) choices, then traps;
 *  a subshell starts from the defaults (what the interactive shell ignores for itself, its
 *  children do not) */
export function applyDispositions(sh: Shell): void {
  const h = sh.sys.proc.handlers;
  h.clear();
  for (const s of sh.os.shell.ignore ?? []) h.set(s, "ignore");
  if (sh.state.interactive && !sh.subshell) {
    for (const s of sh.os.shell.interactive.ignore) h.set(s, "ignore");
    for (const s of sh.os.shell.interactive.catch) h.set(s, "catch");
  }
  for (const [name, action] of sh.state.traps) {
    const sig = sh.os.signals.lookup(name);
    if (sig === null || !catchable(sig)) continue;
    h.set(sig, action === "" ? "ignore" : "catch");
  }
  for (const s of sh.ignoredAtStart) h.set(s, "ignore");
}

/** a child shell, when it first runs: what its process ignores beyond its traps was ignored
 *  when it started (see ignoredAtStart) */
export function takeIgnored(sh: Shell): void {
  const own = sh.os.shell.ignore ?? [];
  for (const [sig, a] of sh.sys.proc.handlers) {
    // what every shell ignores for itself (XFSZ) was not ignored by the parent for its children
    if (a !== "ignore" || sh.ignoredAtStart.has(sig) || own.includes(sig)) continue;
    const trap = sh.state.traps.get(sh.os.signals.name(sig));
    if (trap !== "") sh.ignoredAtStart.add(sig);
  }
}

/** a child about to exec a command: the shell's own choices go, what a trap ignores stays,
 *  and what was ignored when the shell started */
export function childDispositions(sh: Shell, h: Map<Signal, "ignore" | "catch">): void {
  h.clear();
  for (const [name, action] of sh.state.traps) {
    const sig = action === "" ? sh.os.signals.lookup(name) : null;
    if (sig !== null && catchable(sig)) h.set(sig, "ignore");
  }
  for (const s of sh.ignoredAtStart) h.set(s, "ignore");
}
