// The machine's clock in a terminal. The clock does not run by itself (engine/kernel/proc/sched.ts):
// headless, a sleep that is all the machine waits for ends at once. A person at a terminal expects
// `sleep 5` to take five seconds, so the terminal hosts arm a real-time timer for the next alarm
// and move the clock to it when that time has passed — also while other processes run (a
// `yes > /dev/null &` in the background must not hold time still for a `sleep 1`). pumpFor is
// how both terminal hosts (the lab, the plain REPL) run the machine between keys and frames.
import type { Clock } from "../engine/kernel/clock.js";
import type { Scheduler } from "../engine/kernel/proc/sched.js";
import { SLICE, type Session } from "../engine/session.js";

/** what the machine waits for after a run: more running soon, a key or a line, the host
 *  milliseconds until a sleeper is due, or nothing (the shell ended) */
export type Pump = { kind: "busy" | "idle" | "exit" } | { kind: "sleep"; ms: number };

/**
 * Run the machine for at most `ms` of host time, or until it waits, its output pumped to the
 * session's sink: how a terminal host (the lab, the plain REPL) runs it between keys and frames.
 */
export function pumpFor(session: Session, alarm: RealTimeAlarm, ms: number, now: () => number): Pump {
  const k = session.machine.sched;
  const t0 = now();
  do {
    alarm.fire();
    k.run(SLICE);
    session.pump();
  } while (k.runnable && !session.stoppedNow() && now() - t0 < ms);
  if (session.stoppedNow()) return { kind: "exit" };
  const left = alarm.arm();
  if (k.runnable) return { kind: "busy" };
  if (left === null) return { kind: "idle" };
  return { kind: "sleep", ms: left };
}

export class RealTimeAlarm {
  /** the machine's next alarm and when, in host time, it is due */
  private alarm: { at: number; due: number } | null = null;

  constructor(
    private readonly sched: Scheduler,
    private readonly clock: Clock,
    private readonly now: () => number,
  ) {}

  /** an alarm whose real time has come: the clock moves to it (call before each slice) */
  fire(): void {
    if (this.alarm === null || this.now() < this.alarm.due) return;
    const at = this.alarm.at;
    this.alarm = null;
    this.sched.advanceTo(at);
  }

  /** host milliseconds until the next alarm is due (null: no alarm); the real-time wait for an
   *  alarm starts when it is first seen here */
  arm(): number | null {
    const at = this.sched.nextAlarm();
    if (at === null) {
      this.alarm = null;
      return null;
    }
    if (this.alarm === null || this.alarm.at !== at) this.alarm = { at, due: this.now() + Math.max(0, at - this.clock.exact()) * 1000 };
    return this.alarm.due - this.now();
  }
}
