// asciicast v2 output: a writer for the header and events, a screen writer that turns frames of
// styled lines into the escape sequences that update only the rows that changed, and the
// headless replay renderer (`looplab replay FILE --cast OUT.cast`), which plays a scenario on
// virtual time so that two runs write the same bytes. No ink, no wall clock.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { sessionFor } from "../engine/scenario/check.js";
import { parseScenario, ScenarioError, type Scenario } from "../engine/scenario/parse.js";
import type { Session as Shell } from "../engine/session.js";
import { Lab, OS_NAMES } from "./lab.js";

export { sessionFor };
import { lineKey, lineToAnsi, lineWidth, type Line } from "./lines.js";
import { Player } from "./replay.js";
import { frame, type Frame } from "./screen.js";

export interface CastHeader {
  version: 2;
  width: number;
  height: number;
  timestamp?: number;
  duration?: number;
  idle_time_limit?: number;
  command?: string;
  title?: string;
  env?: Record<string, string>;
}

/** seconds with microsecond precision, always written the same way */
export function castTime(ms: number): string {
  const s = Math.max(0, Math.round(ms * 1000)) / 1e6;
  return s.toFixed(6);
}

export class CastWriter {
  private lines: string[] = [];
  private last = 0;
  constructor(header: CastHeader) {
    this.lines.push(JSON.stringify(header));
  }

  private event(ms: number, code: "o" | "i" | "m" | "r", data: string): void {
    const t = Math.max(this.last, ms);
    this.last = t;
    this.lines.push(`[${castTime(t)}, ${JSON.stringify(code)}, ${JSON.stringify(data)}]`);
  }

  output(ms: number, data: string): void {
    if (data !== "") this.event(ms, "o", data);
  }
  input(ms: number, data: string): void {
    this.event(ms, "i", data);
  }
  marker(ms: number, label: string): void {
    this.event(ms, "m", label);
  }
  resize(ms: number, cols: number, rows: number): void {
    this.event(ms, "r", `${cols}x${rows}`);
  }
  /** the file: one JSON document a line, ending with a newline */
  text(): string {
    return this.lines.join("\n") + "\n";
  }
  /** events written so far (not the header) */
  get events(): number {
    return this.lines.length - 1;
  }
}

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

export interface ReplayCastOptions {
  columns?: number;
  rows?: number;
  speed?: number;
  color?: boolean;
  baseDir?: string;
  /** host folders the scenario's import: may read besides baseDir (--allow-import) */
  allowImport?: readonly string[];
  /** seconds the last frame stays before the cast ends */
  tail?: number;
  /** the Layers pane in place of the ODM pane (--trace) */
  layers?: boolean;
}

/** the session's first lines in a replay: the scenario's title and the machine */
export function replayBanner(sc: Scenario, shell: Shell): string {
  const m = shell.machine;
  return `looplab replay · ${sc.meta.title}\n${m.hostname} · ${OS_NAMES[m.os] ?? m.os} (simulated)\n\n`;
}


/** play a scenario headless on virtual time into an asciicast v2 document */
export function replayToCast(sc: Scenario, o: ReplayCastOptions = {}): string {
  const columns = o.columns ?? 120;
  const rows = o.rows ?? 36;
  let t = 0;
  const shell = sessionFor(sc, o.baseDir, o.allowImport);
  const lab = new Lab({
    shell,
    mode: "full",
    columns,
    rows,
    color: o.color ?? true,
    now: () => t,
    history: null,
    banner: replayBanner(sc, shell),
    layers: o.layers ?? false,
  });
  const player = new Player(lab, sc, { speed: o.speed ?? 1, interactive: false });
  const cast = new CastWriter({
    version: 2,
    width: columns,
    height: rows,
    title: sc.meta.title,
    env: { TERM: "xterm-256color", SHELL: shell.state.env.get("SHELL") ?? "/usr/bin/ksh" },
  });
  const screen = new ScreenWriter(columns);
  lab.onCommand = (src) => cast.marker(t, src);
  const draw = () => cast.output(t, screen.update(frame(lab)));
  draw();
  for (;;) {
    const d = player.step();
    draw();
    if (d === null) break;
    const end = t + d;
    // highlights that end before the next action get their own frame
    for (;;) {
      const next = lab.nextDeadline();
      if (next === null || next > end) break;
      t = Math.max(t, next);
      if (lab.tick()) draw();
      else break;
    }
    t = end;
    if (lab.tick()) draw();
  }
  t += (o.tail ?? 2) * 1000;
  if (lab.tick()) draw();
  // leave the player's terminal as it was: cursor shown, below the frame
  cast.output(t, `\x1b[${rows};1H\x1b[?25h`);
  lab.dispose();
  return cast.text();
}

export function replayFileToCast(file: string, o: ReplayCastOptions = {}): string {
  const sc = parseScenario(readFileSync(file, "utf8"));
  return replayToCast(sc, { baseDir: dirname(file), ...o });
}

/** `looplab replay FILE --cast OUT.cast`: returns the exit status */
export function writeReplayCast(file: string, a: { cast?: string; speed: number; size: { columns: number; rows: number }; trace?: boolean; allowImport?: readonly string[] }): number {
  let text: string;
  try {
    text = replayFileToCast(file, {
      columns: a.size.columns,
      rows: a.size.rows,
      speed: a.speed,
      layers: a.trace ?? false,
      ...(a.allowImport ? { allowImport: a.allowImport } : {}),
      color: !(process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ""),
    });
  } catch (e) {
    process.stderr.write(`looplab replay: ${e instanceof ScenarioError ? e.where(file) : `${file}: ${(e as Error).message}`}\n`);
    return 1;
  }
  try {
    writeFileSync(a.cast!, text);
  } catch (e) {
    process.stderr.write(`looplab replay: cannot write ${a.cast}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
