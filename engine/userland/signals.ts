// A system's signal table, built from its personality's list: numbers for kill and $?, short
// names for kill -l and trap, and the texts a shell prints for a job a signal ended.
import type { Signal } from "../kernel/proc/signal.js";

export interface SignalTable {
  /** the highest signal number */
  readonly max: number;
  number(sig: Signal): number;
  /** INT, int, 2 → SIGINT; null for no such signal (a SIG prefix is not accepted, as in ksh) */
  lookup(nameOrNumber: string): Signal | null;
  /** the short name: INT */
  name(sig: Signal): string;
  /** the short name of a number, or null when the system has none */
  nameOf(n: number): string | null;
  /** what a shell prints for a job the signal ended or stopped: Killed, Terminated, Stopped … */
  text(sig: Signal): string;
}

export function signalTable(rows: readonly [Signal, number, string][], max: number): SignalTable {
  const byName = new Map<string, Signal>();
  const byNumber = new Map<number, Signal>();
  const numbers = new Map<Signal, number>();
  const texts = new Map<Signal, string>();
  for (const [sig, n, text] of rows) {
    byName.set(sig.slice(3), sig);
    byNumber.set(n, sig);
    numbers.set(sig, n);
    texts.set(sig, text);
  }
  return {
    max,
    number: (sig) => numbers.get(sig) ?? 0,
    lookup(s) {
      if (/^[0-9]+$/.test(s)) return byNumber.get(Number(s)) ?? null;
      return byName.get(s.toUpperCase()) ?? null;
    },
    name: (sig) => sig.slice(3),
    nameOf: (n) => {
      const sig = byNumber.get(n);
      return sig ? sig.slice(3) : null;
    },
    text: (sig) => texts.get(sig) ?? `Signal ${numbers.get(sig) ?? 0}`,
  };
}
