// The machine clock: the only source of time in the engine. Seconds since the Unix epoch (UTC).
// A scenario sets it; the interpreter advances it as commands run. Never read the host clock.
export class Clock {
  constructor(private seconds: number) {}
  /** whole seconds: what file times, date and ps see */
  now(): number {
    return Math.floor(this.seconds);
  }
  /** with the fraction a sleep of part of a second leaves (Solaris's `sleep 0.5`): the
   *  scheduler's alarms compare this; everything else sees now() */
  exact(): number {
    return this.seconds;
  }
  set(seconds: number): void {
    this.seconds = seconds;
  }
  advance(seconds: number): void {
    this.seconds += seconds;
  }
}

export function parseClock(iso: string): number {
  // Parsed arithmetically so no host time zone can leak in: "2013-11-27T06:43:00Z" or without Z.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/.exec(iso.trim());
  if (!m) throw new Error(`bad clock value: ${iso}`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  return Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s) / 1000;
}
