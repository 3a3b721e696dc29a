// The headless replay renderer (`looplab replay FILE --cast OUT.cast`): plays a scenario on
// virtual time into a cast (shell/recorder.ts: the lab's frames, the keys the player types as
// "i" events, a marker per command), so that two runs write the same bytes. No ink, no wall clock.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { sessionFor } from "../engine/scenario/check.js";
import { parseScenario, ScenarioError, type Scenario } from "../engine/scenario/parse.js";
import type { Session as Shell } from "../engine/session.js";
import { refuseCastFile, writeCastFile, type CastFormat } from "./castwriter.js";
import { Lab, OS_NAMES } from "./lab.js";
import { SessionRecorder } from "./recorder.js";
import { Player } from "./replay.js";
import { frame } from "./screen.js";

export { sessionFor };
export { CastWriter, castTime, type CastMeta } from "./castwriter.js";
export { ScreenWriter, SessionRecorder } from "./recorder.js";

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
  /** asciicast v2 (the default) or v3 */
  format?: CastFormat;
}

/** the session's first lines in a replay: the scenario's title and the machine */
export function replayBanner(sc: Scenario, shell: Shell): string {
  const m = shell.machine;
  return `looplab replay · ${sc.meta.title}\n${m.hostname} · ${OS_NAMES[m.os] ?? m.os} (simulated)\n\n`;
}


/** play a scenario headless on virtual time into an asciicast document */
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
  const rec = new SessionRecorder(
    { columns, rows, title: sc.meta.title, term: "xterm-256color", shell: shell.state.env.get("SHELL") ?? "/usr/bin/ksh" },
    { format: o.format ?? "v2", now: () => t },
  );
  rec.attach(lab);
  const draw = () => rec.frame(frame(lab));
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
  // leave the player's terminal as it was: cursor shown, on the line below the last frame
  rec.end();
  lab.dispose();
  return rec.text();
}

export function replayFileToCast(file: string, o: ReplayCastOptions = {}): string {
  const sc = parseScenario(readFileSync(file, "utf8"));
  return replayToCast(sc, { baseDir: dirname(file), ...o });
}

/** `looplab replay FILE --cast OUT.cast`: returns the exit status */
export function writeReplayCast(
  file: string,
  a: { cast?: string; speed: number; size: { columns: number; rows: number }; trace?: boolean; allowImport?: readonly string[]; format?: CastFormat; force?: boolean },
): number {
  const out = a.cast!;
  const force = a.force ?? false;
  const refused = refuseCastFile(out, force);
  if (refused) {
    process.stderr.write(`looplab replay: ${refused}\n`);
    return 1;
  }
  let text: string;
  try {
    text = replayFileToCast(file, {
      columns: a.size.columns,
      rows: a.size.rows,
      speed: a.speed,
      layers: a.trace ?? false,
      format: a.format ?? "v2",
      ...(a.allowImport ? { allowImport: a.allowImport } : {}),
      color: !(process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ""),
    });
  } catch (e) {
    process.stderr.write(`looplab replay: ${e instanceof ScenarioError ? e.where(file) : `${file}: ${(e as Error).message}`}\n`);
    return 1;
  }
  const failed = writeCastFile(out, text, force);
  if (failed) {
    process.stderr.write(`looplab replay: ${failed}\n`);
    return 1;
  }
  return 0;
}
