// Practice mode's engine, for a UI (and looplab check's self-proof) to build on.
//
//   const { exercise, session, run } = openExercise(sc, dir);  // set-up booted, check 0 made
//     (or: loadExercise(sc) — throws PracticeError naming the entry —, sessionFor(sc, dir),
//      startPractice(exercise, session)); reset = run.dispose() and openExercise again
//   exercise.task, exercise.goals, exercise.questions  // what the pane shows
//   … after each command line the user runs:
//   const r = run.check();                              // r.holds, r.newlyDone, r.solved, r.justSolved
//   run.goals()                                         // id, text, holds, done, doneAt for the pane
//   run.whyNot("mounted")                               // "/cdmount is mounted, but read-write"
//   run.nextHint() / run.hint(attempts)                 // escalating hints, never the solution
//   run.solution()                                      // the solution's commands, when asked
//   run.answer("device", "loop0")                       // { ok } or { ok: false, why }
//   run.solved                                          // { commands, seconds } once all held at once
//   run.dispose()                                       // stop listening to the machine
//
// Everything is read from the machine's state (engine/practice/goals.ts), never from output; time
// is the machine's clock, so a session replayed gives the same results.
import { sessionFor } from "../scenario/check.js";
import type { Scenario } from "../scenario/parse.js";
import type { Session } from "../session.js";
import { PracticeRun } from "./run.js";
import { loadExercise } from "./load.js";
import type { Exercise } from "./spec.js";

export { PracticeRun, type CheckResult, type GoalStatus, type Solved } from "./run.js";
export { Proof, type ProofResult } from "./proof.js";
export type { Verdict } from "./questions.js";
export { loadExercise } from "./load.js";
export { PracticeError, type Exercise, type Goal, type Question, type Attempt } from "./spec.js";

/** does this scenario carry an exercise (goals in its front matter)? */
export function isExercise(sc: Scenario): boolean {
  return sc.meta.goals !== undefined;
}

/** watch a session, set up for the exercise, from now on */
export function startPractice(ex: Exercise, session: Session): PracticeRun {
  return new PracticeRun(ex, session);
}

/** the exercise of a scenario on a fresh machine set up as it says, watched from set-up on
 *  (`baseDir`: where the scenario's relative imports are); throws PracticeError */
export function openExercise(sc: Scenario, baseDir?: string): { exercise: Exercise; session: Session; run: PracticeRun } {
  const exercise = loadExercise(sc);
  const session = sessionFor(sc, baseDir);
  return { exercise, session, run: new PracticeRun(exercise, session) };
}
