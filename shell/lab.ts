// The terminal lab's state and behaviour, without ink: the session text, the line editor, the
// panes' snapshot, highlights, scrolling, and what each key does. The ink app (shell/app.tsx),
// the replay player and the cast renderer all drive this same object; shell/screen.ts draws it.
// The Lab owns the state and wires its parts: shell/labkeys.ts (what each key does),
// shell/labrun.ts (running the machine, the panes catching up), shell/labsink.ts (the session's
// text on the screen), shell/labhistory.ts (the command line kept whole for the history) and
// shell/labtext.ts (its words).
import type { Session as Shell } from "../engine/session.js";
import { editingMode } from "../engine/userland/common/set.js";
import { kshState } from "../engine/userland/sh/context.js";
import { complete } from "./complete.js";
import { LineEditor } from "./editor.js";
import type { HistoryFile } from "./history.js";
import type { Key } from "./keys.js";
import type { Pump } from "./realtime.js";
import type { PaneKind } from "./panes.js";
import type { Practice } from "./practice.js";
import { takeSnapshot, type OdmChange, type Snapshot } from "./snapshot.js";
import { TraceLog } from "./tracelog.js";
import { DEFAULT_SCROLLBACK, TermText } from "./term.js";
import { CommandEntry } from "./labhistory.js";
import { LabKeys } from "./labkeys.js";
import { MachineRun } from "./labrun.js";
import { SessionOutput } from "./labsink.js";
import { bannerText, keyHelp } from "./labtext.js";

export type Mode = "full" | "inline";
export type PanesPref = "auto" | "shown" | "hidden";
/** the third pane: the ODM's changes (a machine with an ODM), the Layers trace, or none */
export type ThirdPane = "odm" | "layers" | "none";

export interface LabOptions {
  shell: Shell;
  mode?: Mode;
  columns?: number;
  rows?: number;
  /** false under NO_COLOR */
  color?: boolean;
  history?: HistoryFile | null;
  /** milliseconds, for highlights and messages (the machine has its own clock) */
  now?: () => number;
  /** the start-up text: false for none, a string for a custom one (a replay names its scenario) */
  banner?: boolean | string;
  /** how long a changed row stays highlighted */
  highlightMs?: number;
  /** open with the Layers pane (--trace); a machine without an ODM always does */
  layers?: boolean;
}

// the lab's words moved to labtext.ts; their names stay importable from here
export { FIRST_COMMAND, FIRST_COMMANDS, KEY_HELP, keyHelp, OS_NAMES, oneLine } from "./labtext.js";

export class Lab {
  /** the machine's session (a practice reset puts a fresh one in its place: replaceShell) */
  shell: Shell;
  readonly term: TermText;
  readonly editor: LineEditor;
  mode: Mode;
  columns: number;
  rows: number;
  color: boolean;
  snap: Snapshot;
  bootMounts: ReadonlySet<number>;
  odm: { command: string; changes: OdmChange[] } | null = null;
  /** pane row id → highlighted until (ms) */
  readonly highlights = new Map<string, number>();
  /** session view rows scrolled up from the bottom */
  scroll = 0;
  panes: PanesPref = "auto";
  /** the pane under Devices and Mounts (F3) */
  third: ThirdPane;
  /** the vnode operations of the last command line (the Layers pane) */
  readonly traceLog = new TraceLog();
  /** replay captions */
  caption: string | null = null;
  /** the hint line's text while something is worth saying (replay status, a completion list) */
  status: string | null = null;
  message: { text: string; until: number } | null = null;
  exitCode: number | null = null;
  /** inline layout: finished session text, one item per chunk of complete lines (a new array on change) */
  staticItems: { id: number; text: string }[] = [];
  /** Ctrl-L / clear asked for a cleared screen (the inline layout clears the real one) */
  clearRequests = 0;
  clearsDone = 0;
  /** inside a bracketed paste: text is inserted as it is, Tab included */
  pasting = false;
  /** the .cast file a recording goes to (the hint line says so) */
  recording: string | null = null;
  /** inline layout: the live area as last drawn (its rows' widths, at this many columns) */
  liveDrawn: { widths: number[]; columns: number } | null = null;
  /** keys go here first (the replay player's Space/n/q); true = consumed */
  keyHook: ((k: Key) => boolean) | null = null;
  /** called after a command line ran (the cast writer's markers) */
  onCommand: ((src: string) => void) | null = null;
  /** keys as the terminal sends them, typed at the keyboard or by the replay player (a cast's "i" events) */
  onKeys: ((data: string) => void) | null = null;
  /** practice mode (shell/practice.ts): its keys first, its words at the prompt, and a check of
   *  its goals each time a command line has run */
  practice: Practice | null = null;
  /** milliseconds, for highlights and messages (the machine has its own clock) */
  readonly now: () => number;
  /** the command line being typed, until it goes into the history (shell/labhistory.ts) */
  readonly entry: CommandEntry;
  /** the session's text on the screen (shell/labsink.ts) */
  private readonly out = new SessionOutput(this);
  /** what each key does (shell/labkeys.ts) */
  readonly keys = new LabKeys(this);
  /** runs the machine and catches the panes up after each run (shell/labrun.ts) */
  readonly runner: MachineRun;
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(o: LabOptions) {
    this.shell = o.shell;
    this.mode = o.mode ?? "full";
    this.columns = o.columns ?? 120;
    this.rows = o.rows ?? 40;
    this.color = o.color ?? true;
    this.now = o.now ?? (() => performance.now());
    this.runner = new MachineRun(this, o.highlightMs ?? 1500);
    const history = o.history ?? null;
    this.editor = new LineEditor(history ? history.load() : []);
    this.entry = new CommandEntry(this.editor, history);
    this.editor.completer = (line, cur) => {
      try {
        return complete(this.shell, line, cur);
      } catch {
        return null;
      }
    };
    this.term = new TermText(Number(this.shell.machine.setting("scrollback", DEFAULT_SCROLLBACK)));
    this.snap = takeSnapshot(this.shell.machine);
    this.bootMounts = this.shell.bootMounts;
    this.third = o.layers || !this.snap.hasOdm ? "layers" : "odm";
    this.runner.listen();
    if (typeof o.banner === "string") this.term.write(o.banner);
    else if (o.banner !== false) this.term.write(this.banner());
    this.out.connect();
    this.out.promptAfterSetup();
    // the shell starts: its first prompt
    this.settle();
  }

  /**
   * A fresh session in place of this one (a practice exercise's reset): a fresh screen with the
   * banner, the panes from the new machine; the line editor and its history stay.
   */
  replaceShell(shell: Shell, banner: string): void {
    this.runner.stopListening();
    this.shell = shell;
    this.runner.replaceShell(shell);
    this.snap = takeSnapshot(shell.machine);
    this.bootMounts = this.shell.bootMounts;
    if (this.third === "odm" && !this.snap.hasOdm) this.third = "layers";
    this.odm = null;
    this.highlights.clear();
    this.entry.drop();
    this.scroll = 0;
    this.keys.tabs = 0;
    this.editor.reset();
    this.out.replaceShell();
    this.runner.listen();
    // the old shell's prompt goes with it
    this.term.takeOpen();
    this.term.clear();
    this.clearRequests++;
    this.term.write(banner);
    this.out.connect();
    this.out.promptAfterSetup();
    this.syncTrace();
    this.settle();
  }

  /** the host's pump, when there is one (the ink app): wakes it to run the machine now */
  wake: (() => void) | null = null;

  /** something was typed for the machine: the pump runs it (without one: run it now) */
  kick(): void {
    if (this.wake) this.wake();
    else this.settle();
  }

  dispose(): void {
    this.runner.stopListening();
  }

  banner(): string {
    return bannerText(this.shell.machine);
  }

  // ---- change notification ----

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  get changes(): number {
    return this.version;
  }

  notify(): void {
    if (this.mode === "inline") this.flushStatic();
    this.version++;
    for (const fn of this.listeners) fn();
  }

  /** inline layout: complete lines move to the <Static> items */
  flushStatic(): void {
    const lines = this.term.takeNewLines();
    if (lines.length) this.staticItems = [...this.staticItems, { id: this.staticItems.length, text: lines.map((l) => l || " ").join("\n") }];
  }

  // ---- input ----

  /** a chunk of raw terminal input: every key in it, in order, then one redraw (shell/labkeys.ts) */
  input(raw: string): void {
    this.keys.input(raw);
  }

  /** the prompt is on the screen already (the shell wrote it): the line being typed follows it */
  prompt(): string {
    return "";
  }

  ps2(): string {
    return this.shell.state.env.get("PS2") ?? "> ";
  }

  /** what reads the terminal now: the shell's command line or its continuation, a program's
   *  line, or nothing (a command runs) */
  reader(): "command" | "continuation" | "data" | null {
    const w = this.shell.waiting();
    if (w === null) return this.shell.readers().length ? "data" : null;
    return w.kind === "prompt" ? "command" : w.kind === "continuation" ? "continuation" : "data";
  }

  /** the shell waits for the rest of a command line */
  get pending(): boolean {
    return this.reader() === "continuation";
  }

  /** a line as the terminal shows it: continuation lines after PS2 */
  echo(line: string): string {
    return line.includes("\n") ? line.split("\n").join("\n" + this.ps2()) : line;
  }

  /** whether the panes show in the current size and preference */
  panesShown(): boolean {
    if (this.panes === "shown") return true;
    if (this.panes === "hidden") return false;
    // auto: beside the session when wide, below it when narrow; hidden only when tiny
    return this.mode === "full" ? this.rows >= 16 && this.columns >= 60 : this.columns >= 60 && this.rows >= 12;
  }

  togglePanes(): void {
    this.panes = this.panesShown() ? "hidden" : "shown";
    this.syncTrace();
  }

  /** the panes drawn, in order: Devices, Mounts, then ODM or Layers (or neither) */
  paneKinds(): PaneKind[] {
    return this.third === "none" ? ["devices", "mounts"] : ["devices", "mounts", this.third];
  }

  /** F3: the Layers pane in the ODM pane's place and back; without an ODM, shown or hidden */
  toggleLayers(): void {
    if (this.third === "layers") this.third = this.snap.hasOdm ? "odm" : "none";
    else this.third = "layers";
    // hidden panes come back to show it
    if (this.third === "layers" && !this.panesShown()) this.panes = "shown";
    this.syncTrace();
  }

  /** the Layers pane is on the screen */
  layersShown(): boolean {
    return this.third === "layers" && this.panesShown();
  }

  /** the layers trace their operations while the Layers pane shows them, or while the session
   *  writes them on its terminal (a scenario's `trace: true`); not otherwise */
  syncTrace(): void {
    this.shell.machine.trace = this.layersShown() || this.shell.traceShown;
  }

  resize(columns: number, rows: number): void {
    this.columns = Math.max(20, columns);
    this.rows = Math.max(4, rows);
    this.syncTrace();
  }

  say(text: string, ms = 2500): void {
    this.message = { text, until: this.now() + ms };
  }

  /** a program has the terminal in non-canonical mode (more, pg): keys go to it one by one */
  get rawKeys(): boolean {
    return this.shell.tty.raw;
  }

  /**
   * The editing mode follows ksh's options (set -o vi, emacs, gmacs) while the shell reads a
   * command line; a program reading the terminal gets the terminal's plain line editing.
   */
  syncMode(): void {
    const ksh = kshState(this.shell.state);
    const m = ksh && this.reader() !== "data" ? editingMode(ksh.options) : null;
    this.editor.setMode(m ?? "lab");
  }

  /** type text into the line as keys (the replay player) */
  type(text: string): void {
    this.keys.type(text);
  }

  /** the replay player presses Ctrl-C while a command runs: a key typed, then the interrupt */
  pressInterrupt(): void {
    this.onKeys?.("\x03");
    this.keys.interrupt();
  }

  /** the session view's size (full layout), for scrolling */
  sessionSize(): { w: number; h: number } {
    // kept in step with screen.ts: computed there and stored at each frame
    return this.lastSession;
  }
  lastSession = { w: 80, h: 20 };

  /** the keys, above a fresh prompt (the line typed so far stays in it) */
  showHelp(): void {
    this.printAbove([...keyHelp(this.mode, this.snap.hasOdm, this.shell.os.shellName), ...(this.practice?.help() ?? [])].join("\n"));
  }

  /** the lab's own text in the session, above the prompt (shell/labsink.ts) */
  printAbove(text: string, echo?: string): void {
    this.out.printAbove(text, echo);
  }

  // ---- running the machine (shell/labrun.ts) ----

  /** what commands printed since capture began (not the prompts and echoes): a replay reads it
   *  to answer a command's question from the transcript (null: no capture) */
  get captured(): string | null {
    return this.out.captured;
  }
  set captured(text: string | null) {
    this.out.captured = text;
  }

  /**
   * Run the machine for at most `ms` of host time, or until it waits. Returns what it waits for:
   * "busy" (there is more to run: call again soon), "idle" (a key, a line), "sleep" with the host
   * milliseconds until a sleeping process is due, or "exit".
   */
  run(ms: number): Pump {
    return this.runner.run(ms);
  }

  /** run until the machine waits for the keyboard, time moving at once (replays, casts, tests) */
  settle(maxSteps = Number(this.shell.machine.setting("step_budget", 5_000_000))): void {
    this.runner.settle(maxSteps);
  }

  // ---- time ----

  /** the highlight ids shown now */
  highlighted(): Set<string> {
    const now = this.now();
    const out = new Set<string>();
    for (const [id, until] of this.highlights) if (until > now) out.add(id);
    return out;
  }

  /** the next moment the screen changes by itself (a highlight or message ends) */
  nextDeadline(): number | null {
    let next: number | null = null;
    for (const until of this.highlights.values()) if (next === null || until < next) next = until;
    if (this.message && (next === null || this.message.until < next)) next = this.message.until;
    return next;
  }

  /** drop what has expired; true when the screen changes */
  tick(): boolean {
    const now = this.now();
    let changed = false;
    for (const [id, until] of this.highlights)
      if (until <= now) {
        this.highlights.delete(id);
        changed = true;
      }
    if (this.message && this.message.until <= now) {
      this.message = null;
      changed = true;
    }
    return changed;
  }
}
