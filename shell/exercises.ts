// The exercises `looplab practice` lists: every scenario with goals under a folder (by default the
// package's own scenarios/practice/), with what the progress store says of each. A file that
// cannot be read as an exercise is listed with its problem, never dropped silently and never
// fatal to the list. No ink.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadExercise, PracticeError } from "../engine/practice/index.js";
import { parseScenario, ScenarioError } from "../engine/scenario/parse.js";
import { BUILT_OS } from "../engine/os/names.js";
import { OS_NAMES } from "./lab.js";
import { NO_PROGRESS, progressSummary, type ExerciseProgress, type ProgressStore } from "./progress.js";

export interface ExerciseEntry {
  file: string;
  /** the path shown: below the folder listed */
  rel: string;
  /** the progress store's key */
  key: string;
  title: string;
  os: string;
  goals: number;
  questions: number;
  /** why it cannot be opened (a bad file, a machine not built), if it cannot */
  problem?: string;
  progress: ExerciseProgress;
}

/** the package's scenarios/practice (shell/ or dist/chunks/ are one or two levels below the root) */
export function practiceRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ["..", "../..", "."]) {
    const d = join(here, up, "scenarios", "practice");
    if (existsSync(d)) return resolve(d);
  }
  return resolve("scenarios", "practice");
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** the progress key of an exercise file: its path below the package's practice tree, else its
 *  absolute path (so a copy elsewhere keeps progress of its own) */
export function exerciseKey(file: string, root = practiceRoot()): string {
  const f = real(file);
  const r = real(root);
  return f.startsWith(r + sep) ? relative(r, f).split(sep).join("/") : f;
}

/** the *.md files under a folder, in order */
function mdFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (p.endsWith(".md")) out.push(p);
  };
  walk(dir);
  return out;
}

/** the title shown in a list: without the "Practice: " every exercise's title starts with */
export function shortTitle(title: string): string {
  return title.replace(/^practice:\s*/i, "");
}

/** the exercises under `dir`: scenarios with goals (and files that fail to be read, with why) */
export function listExercises(dir: string, store: ProgressStore, root = practiceRoot()): ExerciseEntry[] {
  const progress = store.all();
  const out: ExerciseEntry[] = [];
  for (const file of mdFiles(dir)) {
    const rel = relative(dir, file).split(sep).join("/");
    const key = exerciseKey(file, root);
    const base = { file, rel, key, progress: progress[key] ?? { ...NO_PROGRESS } };
    let sc;
    try {
      sc = parseScenario(readFileSync(file, "utf8"));
    } catch (e) {
      const why = e instanceof ScenarioError ? `line ${e.line}: ${e.message}` : (e as Error)?.message ?? String(e);
      out.push({ ...base, title: rel, os: "", goals: 0, questions: 0, problem: why });
      continue;
    }
    if (sc.meta.goals === undefined) continue;
    const os = String(sc.meta.os);
    try {
      const ex = loadExercise(sc);
      const entry: ExerciseEntry = { ...base, title: ex.title, os, goals: ex.goals.length, questions: ex.questions.length };
      if (!BUILT_OS.includes(os)) entry.problem = `the ${os} machine is not built yet`;
      out.push(entry);
    } catch (e) {
      const why = e instanceof PracticeError ? e.message : (e as Error)?.message ?? String(e);
      out.push({ ...base, title: String(sc.meta.title ?? rel), os, goals: 0, questions: 0, problem: why });
    }
  }
  return out;
}

/** the machine's name for a list's heading */
export function osHeading(os: string): string {
  return OS_NAMES[os] ?? (os || "not readable");
}

/** the plain list (no terminal): by machine, each exercise on its lines, then how to open one */
export function listingText(entries: ExerciseEntry[], dir: string): string {
  if (entries.length === 0) return `no exercises in ${dir} (an exercise is a scenario with goals: in its front matter)\n`;
  const lines: string[] = [`Exercises in ${dir}:`];
  let os: string | null = null;
  for (const e of entries) {
    if (e.os !== os) {
      os = e.os;
      lines.push("", `${osHeading(os)}`);
    }
    const mark = e.problem ? "!" : e.progress.solved ? "✓" : e.progress.attempts > 0 ? "·" : " ";
    lines.push(`${mark} ${e.rel}`, `    ${shortTitle(e.title)}`);
    lines.push(`    ${e.problem ?? `${e.goals} goal${e.goals === 1 ? "" : "s"}${e.questions ? `, ${e.questions} question${e.questions === 1 ? "" : "s"}` : ""} · ${progressSummary(e.progress)}`}`);
  }
  lines.push("", "looplab practice FILE opens one (in a terminal, looplab practice lets you pick).");
  return lines.join("\n") + "\n";
}
