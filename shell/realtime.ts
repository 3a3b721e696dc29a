// The machine's clock in a terminal. The clock does not run by itself (engine/kernel/proc/sched.ts):
// headless, a sleep that is all the machine waits for ends at once. A person at a terminal expects
// `sleep 5` to take five seconds, so the terminal hosts arm a real-time timer for the next alarm
// and move the clock to it when that time has passed — also while other processes run (a
// `yes > /dev/null &` in the background must not hold time still for a `sleep 1`).
import type { Clock } from "../engine/kernel/clock.js";
import type { Scheduler } from "../engine/kernel/proc/sched.js";

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
    if (this.alarm === null || this.alarm.at !== at) this.alarm = { at, due: this.now() + Math.max(0, at - this.clock.now()) * 1000 };
    return this.alarm.due - this.now();
  }
}
