// The exercises `looplab practice` lists: every scenario with goals under a folder (by default the
// package's own scenarios/practice/), with what the progress store says of each. A scenario
// file (front matter) that cannot be read as an exercise, or a folder that cannot be read, is
// listed with its problem, never fatal to the list; a .md file with no front matter is no
// scenario and is only counted. No ink.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
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

/** the *.md files under a folder, in order, and the folders below it that could not be read.
 *  node_modules and dot-folders are not scenarios' places, and a symbolic link to a folder is
 *  not followed (a checkout's node_modules links, a loop back up the tree): the folder named is. */
function mdFiles(dir: string): { files: string[]; unreadable: { path: string; why: string }[] } {
  const files: string[] = [];
  const unreadable: { path: string; why: string }[] = [];
  const walk = (p: string, top: boolean) => {
    let st;
    try {
      st = top ? statSync(p) : lstatSync(p);
      if (st.isSymbolicLink()) {
        st = statSync(p);
        if (st.isDirectory()) return;
      }
    } catch {
      return;
    }
    if (!st.isDirectory()) {
      if (p.endsWith(".md")) files.push(p);
      return;
    }
    let names: string[];
    try {
      names = readdirSync(p).sort();
    } catch (e) {
      unreadable.push({ path: p, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      return;
    }
    for (const n of names) if (n !== "node_modules" && !n.startsWith(".")) walk(join(p, n), false);
  };
  walk(dir, true);
  return { files, unreadable };
}

/** does the text start as a scenario does (front matter)? A file that does not is no scenario:
 *  a folder's README or notes are passed over, only counted */
const hasFrontMatter = (text: string): boolean => /^---\r?\n/.test(text);

/** the title shown in a list: without the "Practice: " every exercise's title starts with */
export function shortTitle(title: string): string {
  return title.replace(/^practice:\s*/i, "");
}

/** the exercises under `dir`: scenarios with goals (and files that fail to be read, with why) */
export function listExercises(dir: string, store: ProgressStore, root = practiceRoot(), seen: { skipped: number } = { skipped: 0 }): ExerciseEntry[] {
  const progress = store.all();
  const out: ExerciseEntry[] = [];
  const { files, unreadable } = mdFiles(dir);
  for (const u of unreadable) {
    const rel = (relative(dir, u.path).split(sep).join("/") || ".") + "/";
    out.push({ file: u.path, rel, key: u.path, title: rel, os: "", goals: 0, questions: 0, problem: `cannot read this folder (${u.why})`, progress: { ...NO_PROGRESS } });
  }
  for (const file of files) {
    const rel = relative(dir, file).split(sep).join("/");
    const key = exerciseKey(file, root);
    const base = { file, rel, key, progress: progress[key] ?? { ...NO_PROGRESS } };
    let sc;
    try {
      const text = readFileSync(file, "utf8");
      if (!hasFrontMatter(text)) {
        seen.skipped++;
        continue;
      }
      sc = parseScenario(text);
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
  return OS_NAMES[os] ?? (os || "Files and folders that cannot be read as exercises");
}

/** the plain list (no terminal): by machine, each exercise on its lines, then how to open one */
export function listingText(entries: ExerciseEntry[], dir: string, skipped = 0): string {
  const passed = skipped ? `${skipped} .md file${skipped === 1 ? "" : "s"} with no front matter passed over (not scenarios).` : "";
  if (entries.length === 0) return `no exercises in ${dir} (an exercise is a scenario with goals: in its front matter)\n${passed ? passed + "\n" : ""}`;
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
  if (passed) lines.push("", passed);
  lines.push("", "looplab practice FILE opens one (in a terminal, looplab practice lets you pick).");
  return lines.join("\n") + "\n";
}
