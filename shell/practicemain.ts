// looplab practice [FILE|DIR] (and looplab FILE): with a FILE, the lab on the exercise's set-up,
// with the Practice pane; with a DIR, or nothing (the package's scenarios/practice/), the list of
// exercises and their progress: a picker on a terminal, a plain list otherwise. --cast OUT.cast
// records the session as `looplab record` does. A scenario without goals opens as a plain lab on
// its set-up, and the banner says so. With standard input not a terminal, a FILE is played
// headless: the input is the attempt (shell/practiceheadless.ts). No ink here (the picker and the
// lab load it).
import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { BUILT_OS, notBuiltMessage } from "../engine/os/names.js";
import { isExercise } from "../engine/practice/index.js";
import { sessionFor } from "../engine/scenario/check.js";
import { hostReason } from "./check.js";
import { parseScenario, ScenarioError, type Scenario } from "../engine/scenario/parse.js";
import type { Session } from "../engine/session.js";
import type { CliArgs } from "./args.js";
import { liveRecorder, noColor, sizeNow, start } from "./boot.js";
import { refuseCastFile, writeCastFile } from "./castwriter.js";
import { exerciseKey, listExercises, listingText, practiceRoot } from "./exercises.js";
import { HistoryFile, historyPath } from "./history.js";
import { Lab, OS_NAMES, type Mode } from "./lab.js";
import { Practice } from "./practice.js";
import { ProgressStore, progressPath } from "./progress.js";

const say = (line: string): void => void process.stderr.write(`looplab practice: ${line}\n`);

/** a terminal that can draw the lab (as `looplab` alone needs one) */
function terminal(): boolean {
  return playMode({ stdin: !!process.stdin.isTTY, stdout: !!process.stdout.isTTY, term: process.env.TERM ?? "" }) === "lab";
}

/**
 * How an exercise is played: in the lab, on a terminal that can draw it; headless when standard
 * input is no terminal (a file or a pipe: it is the attempt, played a line at a time); refused
 * when the keyboard is a terminal but the screen cannot be drawn on (output to a file, TERM=dumb
 * or none): there is no attempt to play and no lab to type into.
 */
export function playMode(io: { stdin: boolean; stdout: boolean; term: string }): "lab" | "headless" | "refuse" {
  if (!io.stdin) return "headless";
  return io.stdout && io.term !== "" && io.term !== "dumb" ? "lab" : "refuse";
}

const isDir = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

export async function runPractice(args: CliArgs): Promise<number> {
  const store = new ProgressStore(progressPath());
  const file = args.rest[0];
  // a recording is refused before anything starts (an existing file without --force)
  if (args.cast !== undefined) {
    const refused = refuseCastFile(args.cast, args.force);
    if (refused) {
      say(refused);
      return 1;
    }
  }
  if (file === undefined || isDir(file)) {
    const dir = file ?? practiceRoot();
    const seen = { skipped: 0 };
    const entries = listExercises(dir, store, undefined, seen);
    if (store.movedAside) say(store.movedAside);
    if (!terminal() || entries.length === 0) {
      process.stdout.write(listingText(entries, dir, seen.skipped));
      return 0;
    }
    const picked = await (await import("./picker.js")).pickExercise(entries, dir);
    if (typeof picked === "number") return picked;
    return openFile(picked, args, store);
  }
  return openFile(file, args, store);
}

/** read a scenario file: the scenario, or the one line that says why not */
function readScenario(file: string): Scenario | string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return `${file}: ${hostReason(e as NodeJS.ErrnoException)}`;
  }
  try {
    return parseScenario(text);
  } catch (e) {
    return e instanceof ScenarioError ? e.where(file) : `${file}: ${(e as Error).message}`;
  }
}

async function openFile(file: string, args: CliArgs, store: ProgressStore): Promise<number> {
  const headless = !process.stdin.isTTY;
  if (headless && args.cast !== undefined) {
    say(`--cast records a session in the terminal; without one, the output is the record (looplab practice ${file} < attempt.txt > log 2>&1)`);
    return 2;
  }
  const sc = readScenario(file);
  if (typeof sc === "string") {
    say(sc);
    return 1;
  }
  if (!BUILT_OS.includes(sc.meta.os)) {
    say(`${file}: ${notBuiltMessage(sc.meta.os)}`);
    return 2;
  }
  const baseDir = dirname(file);
  const src = { file, sc, baseDir, allowImport: args.allowImport, key: exerciseKey(file) };
  // the exercise and its set-up are made before the terminal is needed: a bad file says so anywhere
  let practice: Practice | null = null;
  let shell: Session;
  try {
    if (isExercise(sc)) {
      practice = Practice.open(src, store);
      shell = practice.session;
    } else shell = sessionFor(sc, baseDir, args.allowImport);
  } catch (e) {
    say(e instanceof ScenarioError ? e.where(file) : `${file}: ${(e as Error).message}`);
    return 1;
  }
  if (store.movedAside && !practice) say(store.movedAside);
  if (headless) {
    const play = await import("./practiceheadless.js");
    if (practice) return play.runAttempt(practice, args.trace);
    say(`${file} has no goals: standard input runs on its set-up, unchecked`);
    return play.runPlain(shell, args.trace);
  }
  if (!terminal()) {
    practice?.dispose();
    say(`practice needs a terminal, or an attempt on standard input (looplab practice ${file} < attempt.txt plays one; looplab check ${file} proves the exercise; looplab replay ${file} --cast OUT.cast renders its solution)`);
    return 2;
  }
  const mode: Mode = args.inline ? "inline" : "full";
  const env = process.env;
  const history = new HistoryFile(env.LOOPLAB_NO_HISTORY ? null : historyPath(env));
  const size = sizeNow();
  const banner = practice ? practice.banner(Math.max(20, Math.min(78, size.columns - 1))) : plainBanner(sc, shell.machine.hostname, file);
  const lab = new Lab({ shell, mode, ...size, color: !noColor(), history, banner, layers: args.trace });
  practice?.attach(lab);
  let rec;
  if (args.cast !== undefined) {
    const failed = writeCastFile(args.cast, "", args.force);
    if (failed) {
      say(failed);
      return 1;
    }
    lab.recording = args.cast;
    rec = liveRecorder(lab, args.format, `looplab practice · ${sc.meta.title}`);
  }
  const code = await start({ lab, mode, ...(args.cast !== undefined ? { record: args.cast } : {}), ...(rec ? { rec } : {}) });
  if (practice) {
    practice.dispose();
    process.stdout.write(`${practice.progress.endLine()}\n`);
  }
  return code;
}

/** a scenario without goals: a plain lab on its set-up, and one line that says so */
export function plainBanner(sc: Scenario, hostname: string, file: string): string {
  return [
    `looplab · ${hostname} · ${OS_NAMES[sc.meta.os] ?? sc.meta.os} (simulated) · ${sc.meta.title}`,
    `This scenario has no goals: a plain lab on its set-up (looplab replay ${file} plays it).`,
    "Help: type help, or press F1. Quit: exit or Ctrl-D.",
    "",
    "",
  ].join("\n");
}
