// Running the machine for the lab, and the panes catching up after each run. Two ways to run:
// in real time between keys and frames (run: the ink app's pump), or on to the next wait with
// the clock moved at once (settle: replays, casts, tests). After either, the same catching up:
// the history takes a finished command line, practice shows its checks, the snapshot is taken
// again with the changed rows lit, and the ODM pane gets the command line's changes. Apart from
// the Lab, which owns the state the screen draws, because this is the one place the machine runs.
import type { KernelEvent } from "../engine/kernel/events.js";
import type { Session as Shell } from "../engine/session.js";
import type { Lab } from "./lab.js";
import { oneLine } from "./labtext.js";
import { pumpFor, RealTimeAlarm, type Pump } from "./realtime.js";
import { changedRows, odmChanges, takeSnapshot, type Snapshot } from "./snapshot.js";

export class MachineRun {
  /** what the machine said since the command line began (the ODM pane reads its changes there) */
  private events: KernelEvent[] = [];
  /** the snapshot the ODM pane compares with: before the command line ran */
  private odmBefore: Snapshot | null = null;
  /** a sleep waits in real time */
  private alarm: RealTimeAlarm;
  private unlisten: () => void = () => {};

  constructor(
    private readonly lab: Lab,
    /** how long a changed row stays highlighted */
    private readonly highlightMs: number,
  ) {
    this.alarm = this.alarmFor(lab.shell);
  }

  private alarmFor(shell: Shell): RealTimeAlarm {
    return new RealTimeAlarm(shell.machine.sched, shell.machine.clock, this.lab.now);
  }

  /** vnode operations go to the Layers pane; the rest tell the other panes what changed */
  listen(): void {
    this.unlisten = this.lab.shell.machine.events.on((e) => {
      if (e.kind === "vnodeop") this.lab.traceLog.push(e);
      // the shell reading its next line changes nothing the panes show (practice listens itself)
      else if (e.kind !== "command-read") this.events.push(e);
    });
  }

  /** the machine is no longer listened to (the lab ends, or a fresh session takes its place) */
  stopListening(): void {
    this.unlisten();
  }

  /** a fresh session (a practice reset): its own clock to wait on, nothing of the old one's */
  replaceShell(shell: Shell): void {
    this.alarm = this.alarmFor(shell);
    this.events = [];
    this.odmBefore = null;
  }

  /** a command line typed at the prompt: the ODM and Layers panes start on it */
  commandBegins(line: string): void {
    const lab = this.lab;
    this.events = [];
    this.odmBefore = lab.snap;
    lab.odm = { command: oneLine(line), changes: [] };
    lab.syncTrace();
    lab.traceLog.start(oneLine(line), lab.shell.machine.trace);
  }

  /** a continuation line: the panes' title is the whole command so far */
  commandContinues(src: string): void {
    const lab = this.lab;
    if (lab.odm) lab.odm = { command: oneLine(src), changes: lab.odm.changes };
    lab.traceLog.rename(oneLine(src));
  }

  /**
   * Run the machine for at most `ms` of host time, or until it waits. Returns what it waits for:
   * "busy" (there is more to run: call again soon), "idle" (a key, a line), "sleep" with the host
   * milliseconds until a sleeping process is due, or "exit".
   */
  run(ms: number): Pump {
    const lab = this.lab;
    const version = lab.term.version;
    const r = pumpFor(lab.shell, this.alarm, ms, lab.now);
    this.afterRun(version);
    if (r.kind === "exit") {
      lab.entry.flush();
      lab.exitCode = lab.shell.exitStatus ?? 0;
    }
    return r.kind === "sleep" && r.ms <= 0 ? this.run(ms) : r;
  }

  /** run until the machine waits for the keyboard, time moving at once (replays, casts, tests) */
  settle(maxSteps: number): void {
    const s = this.lab.shell;
    const k = s.machine.sched;
    const start = k.steps;
    let ended = false;
    for (;;) {
      const st = s.drive(Math.max(1, maxSteps - (k.steps - start)), { clock: false });
      if (st.kind === "sleep") {
        k.advanceTo(st.until);
        continue;
      }
      if (st.kind === "budget" && !ended) {
        s.note(`looplab: still running after ${maxSteps} steps (the step budget); interrupted (^C)`);
        s.interrupt();
        ended = true;
        continue;
      }
      break;
    }
    this.afterRun(-1);
    if (s.stoppedNow()) {
      this.lab.entry.flush();
      this.lab.exitCode = s.exitStatus ?? 0;
    }
  }

  /** after the machine ran: the panes catch up with what changed, the history with what ran */
  private afterRun(version: number): void {
    const lab = this.lab;
    const atPrompt = lab.reader() === "command";
    if (atPrompt) lab.entry.flush();
    // back at the prompt: practice shows what it found at the end of each command line (it
    // checked the goals then, each line typed ahead on its own)
    if (atPrompt) lab.practice?.caughtUp();
    lab.syncMode();
    if (this.events.length === 0 && version === lab.term.version) return;
    const before = lab.snap;
    const after = takeSnapshot(lab.shell.machine);
    lab.snap = after;
    const until = lab.now() + this.highlightMs;
    for (const id of changedRows(before, after)) lab.highlights.set(id, until);
    if (lab.odm && this.events.length) {
      const odm = odmChanges(this.events, this.odmBefore ?? before, after);
      lab.odm = { command: lab.odm.command, changes: odm };
      if (odm.length) lab.highlights.set("odm", until);
    }
  }
}
