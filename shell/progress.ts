// Practice progress, per exercise, in the lab's data directory (shell/history.ts dataDir):
//   $LOOPLAB_HOME/progress.json, else $XDG_DATA_HOME/looplab/progress.json, else
//   ~/.local/share/looplab/progress.json
// One JSON document: { "version": 1, "exercises": { KEY: { solved, attempts, bestSeconds,
// bestCommands, lastPlayed } } }. KEY is the exercise's path below the package's
// scenarios/practice/ (aix/01-package-list-from-cd.md), or its absolute path for a file elsewhere.
// Each change reads the file again, changes one entry and writes the whole document to a
// temporary file that is renamed over the old one: a lab killed mid-write, or two labs at once,
// never leave half a file. A file that is not such a document is kept aside (progress.json.broken)
// and progress starts again; a data directory that cannot be written never spoils the lab.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { dataDir } from "./history.js";

export interface ExerciseProgress {
  /** every goal held at once, in some attempt */
  solved: boolean;
  /** set-ups the user ran a command in (an opening, or a reset, that was tried) */
  attempts: number;
  /** the fastest solve on the machine's clock, in seconds (the solution not shown) */
  bestSeconds: number | null;
  /** the fewest command lines of a solve (the solution not shown) */
  bestCommands: number | null;
  /** when it was last tried: an ISO date-time of the host */
  lastPlayed: string | null;
}

export const NO_PROGRESS: Readonly<ExerciseProgress> = Object.freeze({ solved: false, attempts: 0, bestSeconds: null, bestCommands: null, lastPlayed: null });

export function progressPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), "progress.json");
}

/** a count as kept: a whole number, 0 or more */
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** the fields an entry may have, each with the test its value must pass (null allowed where the
 *  field may be unset) */
const FIELDS: Record<keyof ExerciseProgress, (v: unknown) => boolean> = {
  solved: (v) => typeof v === "boolean",
  attempts: isCount,
  bestSeconds: (v) => v === null || isCount(v),
  bestCommands: (v) => v === null || isCount(v),
  lastPlayed: (v) => v === null || typeof v === "string",
};

/** one entry as read from the file; a field missing is unset (a file of an older lab), but a field
 *  of the wrong type (`"solved": "yes"`, `"attempts": -3`) makes the file not a progress file: it is
 *  kept aside as garbage is, rather than read as "new" and overwritten at the next save */
function entry(key: string, v: unknown): ExerciseProgress {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error(`${key}: not an object`);
  const o = v as Record<string, unknown>;
  for (const [f, ok] of Object.entries(FIELDS)) if (f in o && !ok(o[f])) throw new Error(`${key}: ${f}`);
  const p: ExerciseProgress = { ...NO_PROGRESS, ...(o as Partial<ExerciseProgress>) };
  // a best time and its command count are kept together: one without the other is not a best
  if ((p.bestSeconds === null) !== (p.bestCommands === null)) throw new Error(`${key}: best`);
  return { solved: p.solved, attempts: p.attempts, bestSeconds: p.bestSeconds, bestCommands: p.bestCommands, lastPlayed: p.lastPlayed };
}

export class ProgressStore {
  /** the last write failed: the lab goes on without saving */
  failed: string | null = null;
  /** a file that was not a progress file was just kept aside: the sentence that says so (the
   *  UI shows it once and clears it) */
  movedAside: string | null = null;

  /** `path` null: nothing is kept (progress only for this run) */
  constructor(
    readonly path: string | null = progressPath(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  private memory: Record<string, ExerciseProgress> = {};

  /** every exercise's progress, by key */
  all(): Record<string, ExerciseProgress> {
    if (!this.path) return { ...this.memory };
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch {
      return {};
    }
    try {
      const doc = JSON.parse(text) as { exercises?: unknown };
      const ex = doc && typeof doc === "object" && doc.exercises && typeof doc.exercises === "object" && !Array.isArray(doc.exercises) ? (doc.exercises as Record<string, unknown>) : null;
      if (!ex) throw new Error("no exercises");
      const out: Record<string, ExerciseProgress> = {};
      for (const [k, v] of Object.entries(ex)) out[k] = entry(k, v);
      return out;
    } catch {
      // not ours (or cut short by another program): kept aside, not overwritten
      try {
        renameSync(this.path, this.path + ".broken");
        this.movedAside = `${this.path} is not a progress file: kept as ${this.path}.broken; the progress starts afresh`;
      } catch {
        // nothing to keep
      }
      return {};
    }
  }

  get(key: string): ExerciseProgress {
    return this.all()[key] ?? { ...NO_PROGRESS };
  }

  /** change one exercise's entry (read again first: another lab may have written since) */
  update(key: string, change: (p: ExerciseProgress) => void): ExerciseProgress {
    const all = this.all();
    const p = all[key] ?? { ...NO_PROGRESS };
    change(p);
    p.lastPlayed = this.now().toISOString();
    all[key] = p;
    if (!this.path) {
      this.memory = all;
      return p;
    }
    const tmp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(tmp, JSON.stringify({ version: 1, exercises: all }, null, 2) + "\n");
      renameSync(tmp, this.path);
      this.failed = null;
    } catch (e) {
      this.failed = `cannot save the progress in ${this.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    }
    return p;
  }

  /** an attempt begins: its first command line ran */
  attempt(key: string): ExerciseProgress {
    return this.update(key, (p) => void p.attempts++);
  }

  /** solved; the best time and command count count only when the solution was not shown */
  solved(key: string, r: { seconds: number; commands: number }, sawSolution: boolean): ExerciseProgress {
    return this.update(key, (p) => {
      p.solved = true;
      if (sawSolution) return;
      if (p.bestSeconds === null || r.seconds < p.bestSeconds) p.bestSeconds = r.seconds;
      if (p.bestCommands === null || r.commands < p.bestCommands) p.bestCommands = r.commands;
    });
  }
}

/** machine-clock seconds as a person says them: 42 s, 3 min 05 s, 1 h 02 min */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** one line about an exercise's progress: "new", "tried 2 times", "solved · best 4 s, 4 commands · 3 attempts" */
export function progressSummary(p: ExerciseProgress): string {
  if (p.attempts === 0 && !p.solved) return "new";
  const tries = `${p.attempts} attempt${p.attempts === 1 ? "" : "s"}`;
  if (!p.solved) return `not solved yet · ${tries}`;
  const best = p.bestSeconds !== null ? ` · best ${duration(p.bestSeconds)}, ${p.bestCommands} command${p.bestCommands === 1 ? "" : "s"}` : " (with the solution shown)";
  return `solved${best} · ${tries}`;
}
