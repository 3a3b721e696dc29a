// Recording a session into a cast, whatever drives it: the headless replay renderer hands it the
// lab's frames (frame()), a live recording the bytes written to the real terminal (output());
// both hand it the keys typed (keys(), the cast's "i" events) and each command line run (a
// marker). attach() hooks a Lab's keys and commands, so any session the lab runs — the terminal
// lab, a replay, a practice exercise — records the same way. The clock is the caller's.
import { CastWriter, type CastFormat, type CastMeta } from "./castwriter.js";
import type { Lab } from "./lab.js";
import { lineKey, lineToAnsi, lineWidth, type Line } from "./lines.js";
import type { Frame } from "./screen.js";

/** terminal modes a recording leaves out: a player shows the frames, not the modes */
const MODES = /\x1b\[\?(?:1049|1000|1006|2004)[hl]/g;
/** input that is no key: mouse reports and a paste's brackets (the cast turns neither mode on) */
const NOT_KEYS = /\x1b\[<\d+;\d+;\d+[Mm]|\x1b\[20[01]~/g;

/** turns successive frames into terminal updates: only the rows that changed are rewritten */
export class ScreenWriter {
  private prev: string[] | null = null;
  constructor(readonly columns: number) {}

  /** the first frame clears the screen and hides the cursor (the lab draws its own) */
  update(f: Frame): string {
    let out = "";
    const first = this.prev === null;
    if (first) out += "\x1b[?25l\x1b[H\x1b[2J";
    const prev = this.prev ?? [];
    const keys = f.lines.map(lineKey);
    for (let r = 0; r < f.lines.length; r++) {
      if (!first && prev[r] === keys[r]) continue;
      out += `\x1b[${r + 1};1H` + rowAnsi(f.lines[r]!, this.columns);
    }
    for (let r = f.lines.length; r < prev.length; r++) out += `\x1b[${r + 1};1H\x1b[2K`;
    this.prev = keys;
    return out;
  }

  /** rows of the last frame drawn */
  get height(): number {
    return this.prev?.length ?? 0;
  }

  /** forget the screen (after a clear or resize): the next update redraws everything */
  reset(): void {
    this.prev = null;
  }
}

/** one row: trailing blanks become "erase to end of line" (never written into the last column) */
function rowAnsi(l: Line, columns: number): string {
  const segs = l.slice();
  while (segs.length) {
    const last = segs[segs.length - 1]!;
    if (last.s?.inverse || last.s?.bg) break;
    const t = last.t.replace(/ +$/, "");
    if (t === last.t) break;
    if (t === "") segs.pop();
    else {
      segs[segs.length - 1] = { ...last, t };
      break;
    }
  }
  // a row that reaches the last column needs no erase (and an erase there would take the last
  // character with it: the cursor waits on that column)
  return lineToAnsi(segs) + (lineWidth(segs) >= columns ? "" : "\x1b[K");
}

export interface RecorderOptions {
  format?: CastFormat;
  /** ms since the recording started: virtual time in a replay, the host's clock live */
  now: () => number;
}

export class SessionRecorder {
  readonly writer: CastWriter;
  readonly now: () => number;
  /** command lines run (markers) */
  commands = 0;
  /** end() was called: nothing more is recorded */
  ended = false;
  private screen: ScreenWriter;

  constructor(meta: CastMeta, o: RecorderOptions) {
    this.writer = new CastWriter(meta, o.format ?? "v2");
    this.now = o.now;
    this.screen = new ScreenWriter(meta.columns);
  }

  /** a frame of the lab: the rows that changed since the last one */
  frame(f: Frame): void {
    if (!this.ended) this.writer.output(this.now(), this.screen.update(f));
  }

  /**
   * What a program wrote to the real terminal. The terminal turns "\n" into "\r\n" (onlcr stays
   * on in raw mode) and a recording shows that; it keeps the screen's frames and leaves the
   * alternate screen, mouse and paste modes out, so a player ends on the last frame.
   */
  output(data: string): void {
    if (!this.ended) this.writer.output(this.now(), data.replace(MODES, "").replace(/\r?\n/g, "\r\n"));
  }

  /** keys as the terminal sent them (one event per read), without mouse reports */
  keys(data: string): void {
    if (!this.ended) this.writer.input(this.now(), data.replace(NOT_KEYS, ""));
  }

  /** a command line ran: a marker named by it */
  command(src: string): void {
    if (this.ended) return;
    this.commands++;
    this.writer.marker(this.now(), src);
  }

  resize(columns: number, rows: number): void {
    if (this.ended) return;
    this.writer.resize(this.now(), columns, rows);
    this.screen.reset();
  }

  /** record this lab's keys and command lines (hooks set before stay called); returns the undo */
  attach(lab: Lab): () => void {
    const keys = lab.onKeys;
    const command = lab.onCommand;
    lab.onKeys = (d) => {
      keys?.(d);
      this.keys(d);
    };
    lab.onCommand = (src) => {
      command?.(src);
      this.command(src);
    };
    return () => {
      lab.onKeys = keys;
      lab.onCommand = command;
    };
  }

  /**
   * The cast's last events: the cursor goes to the line below the drawn screen (`below` rows of
   * it; by default the last frame's height) and shows again, so a player, or `asciinema cat` in
   * a shell, leaves what follows under the last frame; `below: 0` when the cursor is there
   * already (ink's inline layout ends below its live area). v3 adds the exit status.
   */
  end(o: { below?: number; exit?: number } = {}): void {
    if (this.ended) return;
    const below = o.below ?? this.screen.height;
    const t = this.now();
    this.writer.output(t, (below > 0 ? `\x1b[${below};1H\r\n` : "") + "\x1b[?25h");
    if (o.exit !== undefined) this.writer.exit(t, o.exit);
    this.ended = true;
  }

  /**
   * The end of a session drawn on a real terminal by ink: full screen, the last frame fills the
   * screen; inline, ink ends each frame with a newline, so the cursor is below it already.
   */
  endLive(lab: Lab): void {
    this.end({ below: lab.mode === "full" ? lab.rows : 0, exit: lab.exitCode ?? 0 });
  }

  /** seconds recorded so far */
  get seconds(): number {
    return this.writer.elapsed / 1000;
  }

  text(): string {
    return this.writer.text();
  }
}
