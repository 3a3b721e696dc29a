// Practice mode's engine, for a UI (and looplab check's self-proof) to build on.
//
//   const ex = loadExercise(parseScenario(text));       // throws PracticeError (names the entry)
//   const session = sessionFor(sc, dir);               // the machine after the scenario's set-up
//   const run = startPractice(ex, session);             // check 0: right after set-up
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
import type { Scenario } from "../scenario/parse.js";
import type { Session } from "../session.js";
import { PracticeRun } from "./run.js";
import { loadExercise } from "./load.js";

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
export function startPractice(ex: ReturnType<typeof loadExercise>, session: Session): PracticeRun {
  return new PracticeRun(ex, session);
}
