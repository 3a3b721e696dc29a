// The vnode operations of the command line that runs now (or ran last), as the layers emitted
// them on the machine's event bus while machine.trace was on: what the Layers pane shows. A new
// command line starts a new list. The pane shows the end of a long list, so of a command line
// that never ends (`while :; do stat /mnt/x; done`) only the last KEEP operations are held, and
// the ones before are counted: the lab's memory does not grow with the loop. No ink.
import type { VnodeOpEvent } from "../engine/kernel/events.js";
import type { TraceView } from "./layerpane.js";

/** operations held for the pane (far more than a pane has rows) */
export const KEEP = 10_000;

export class TraceLog {
  view: TraceView | null = null;
  private events: VnodeOpEvent[] = [];
  private dropped = 0;
  /** bumped on each change, so a frame can tell that the pane has something new */
  version = 0;

  /** a command line starts; `traced`: machine.trace is on for it */
  start(command: string, traced: boolean): void {
    this.events = [];
    this.dropped = 0;
    this.view = { command, events: this.events, traced, dropped: 0 };
    this.version++;
  }

  /** the command line goes on with a continuation line: its title grows */
  rename(command: string): void {
    if (this.view) this.view = { ...this.view, command };
    this.version++;
  }

  push(e: VnodeOpEvent): void {
    // an operation before the first command line (at boot, or traced from outside) has no line
    if (!this.view) return;
    this.events.push(e);
    // cut in batches: each cut moves KEEP events, once per KEEP pushed
    if (this.events.length >= 2 * KEEP) {
      const n = this.events.length - KEEP;
      this.events.splice(0, n);
      this.dropped += n;
      this.view = { ...this.view, dropped: this.dropped };
    }
    this.version++;
  }
}
