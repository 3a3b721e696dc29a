// The vnode operations of the command line that runs now (or ran last), as the layers emitted
// them on the machine's event bus while machine.trace was on: what the Layers pane shows. A new
// command line starts a new list; every event of it is kept (the pane shows the end of a long
// one). No ink.
import type { VnodeOpEvent } from "../engine/kernel/events.js";
import type { TraceView } from "./layerpane.js";

export class TraceLog {
  view: TraceView | null = null;
  private events: VnodeOpEvent[] = [];
  /** bumped on each change, so a frame can tell that the pane has something new */
  version = 0;

  /** a command line starts; `traced`: machine.trace is on for it */
  start(command: string, traced: boolean): void {
    this.events = [];
    this.view = { command, events: this.events, traced };
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
    this.version++;
  }
}
