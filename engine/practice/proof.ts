// The self-proof `looplab check` makes for a scenario with goals: checks that cannot fail are a
// failing scenario. It proves that
//   (a) the goals do not all hold right after set-up (the exercise is not solved before it starts);
//   (b) the solution (the console blocks) leaves every goal true;
//   (c) no near-miss (`near-miss:`, each run from set-up) makes every goal true at once (by a
//       command after which they all hold, not having all held before it) or ends with every goal
//       true (an exercise whose goals hold from set-up is broken by its near-misses);
//   (d) every other correct path (`also:`, each run from set-up) ends with every goal true;
//   (e) every goal is false at some moment of all these runs (one that never is checks nothing);
//   (f) no hint prints a command line of the solution, or a word a question's pattern takes;
//   (g) a question's pattern refuses an empty answer and takes its example (a right answer), and
//       a question answered from the machine's state has an answer at some moment of the
//       solution;
//   (h) a question the machine as found answers (right after set-up) is not answered by a pane
//       left shown: the panes that show its kind of answer are in hide-panes.
// A question is a goal for (a): an exercise whose goals hold from set-up on ("nothing is wrong:
// change nothing") is not solved before its questions are answered. The runs of (c) and (d) type
// commands, not answers: they are judged on the goals.
import type { Failure } from "../scenario/check.js";
import type { Scenario } from "../scenario/parse.js";
import { Transcript, type Session } from "../session.js";
import { loadExercise } from "./load.js";
import { answerNamedIn, answersNow } from "./questions.js";
import { PracticeRun } from "./run.js";
import { PANES_SHOWING, PracticeError, re2, type Attempt, type Exercise } from "./spec.js";

export interface ProofResult {
  ok: boolean;
  /** one line per failure */
  failures: string[];
  /** the goals (or questions, near-misses …) could not be read: failures holds why */
  unreadable?: boolean;
}

export class Proof {
  private run: PracticeRun;
  private failures: string[] = [];
  /** goals seen false at some check of some run */
  private seenFalse = new Set<string>();
  /** questions answered from state that had an answer at some check of the solution */
  private answerable = new Set<string>();

  /** starts with the session just set up (check (a) happens here) */
  constructor(
    readonly exercise: Exercise,
    session: Session,
    private fresh: () => Session,
  ) {
    this.run = new PracticeRun(exercise, session);
    this.observe(this.run, true);
    // solved at set-up: every goal holds and no question waits for an answer
    if (this.run.goalsHold && exercise.questions.length === 0) this.failures.push("the goals already hold right after set-up: the exercise is solved before any command");
    this.panesHideAnswers(session);
  }

  /** (h): the panes that would show an as-found question's answer at a glance are hidden (ODM is
   *  AIX's only pane of its kind) */
  private panesHideAnswers(session: Session): void {
    for (const q of this.exercise.questions) {
      if (!q.from || !this.run.answeredAsFound(q.id)) continue;
      const shown = PANES_SHOWING[q.from.kind].filter((p) => !this.exercise.hidePanes.includes(p) && (p !== "odm" || session.machine.os === "aix"));
      if (shown.length) this.failures.push(`question ${q.id} is about the machine as found, and the ${shown.join(" and ")} pane${shown.length > 1 ? "s show" : " shows"} its answer from the start: add hide-panes: [${[...this.exercise.hidePanes, ...shown].join(", ")}]`);
    }
  }

  /** after each command of the solution */
  afterCommand(): void {
    this.run.check();
    this.observe(this.run, true);
  }

  private observe(run: PracticeRun, solution: boolean): void {
    for (const g of run.goals()) if (!g.holds) this.seenFalse.add(g.id);
    if (!solution) return;
    for (const q of this.exercise.questions) {
      if (q.from && !this.answerable.has(q.id) && "accept" in run.world.quietly(() => answersNow(run.world, q.from!))) this.answerable.add(q.id);
    }
  }

  /** what remains once the solution has run: (b) to (g) */
  finish(): ProofResult {
    const ex = this.exercise;
    const end = this.run;
    end.dispose();
    for (const g of end.goals()) if (!g.holds) this.failures.push(`after the solution, goal ${g.id} does not hold: ${end.whyNot(g.id)}`);
    ex.nearMisses.forEach((a, i) => this.nearMiss(a, i + 1));
    ex.also.forEach((a, i) => this.also(a, i + 1));
    for (const g of ex.goals) {
      if (!this.seenFalse.has(g.id)) this.failures.push(`goal ${g.id} holds at set-up, through the solution and after every near-miss: nothing shows it can fail${ex.nearMisses.length ? "" : " (add a near-miss that breaks it)"}`);
    }
    this.hints();
    for (const q of ex.questions) {
      if (q.pattern !== undefined && re2().compile(q.pattern).matcher("").matches()) this.failures.push(`question ${q.id}: the answer pattern accepts an empty answer`);
      if (q.pattern !== undefined && !re2().compile(q.pattern).matcher(q.example!).matches()) this.failures.push(`question ${q.id}: the answer pattern does not take its example ${q.example}`);
      if (q.from && !this.answerable.has(q.id)) this.failures.push(`question ${q.id}: the machine has no answer to it at any moment of the solution`);
    }
    return { ok: this.failures.length === 0, failures: this.failures };
  }

  /** run an attempt's command lines on a fresh machine, checking after each */
  private attempt(a: Attempt): { run: PracticeRun; solvedAfter: string | null } {
    const session = this.fresh();
    const run = new PracticeRun(this.exercise, session);
    this.observe(run, false);
    // held at set-up is (a)'s failure, said once (or the nothing-is-wrong exercise's premise)
    let solvedAfter: string | null = null;
    let held = run.goalsHold;
    let last = "";
    for (const cmd of a.commands) {
      session.run(cmd, new Transcript());
      run.check();
      this.observe(run, false);
      last = cmd;
      if (run.goalsHold && !held && solvedAfter === null) solvedAfter = `(after ${cmd})`;
      held = run.goalsHold;
      if (session.exitStatus !== null) break;
    }
    if (held && solvedAfter === null) solvedAfter = `at its end (after ${last})`;
    run.dispose();
    return { run, solvedAfter };
  }

  private nearMiss(a: Attempt, n: number): void {
    const { solvedAfter } = this.attempt(a);
    if (solvedAfter !== null) this.failures.push(`near-miss ${n} (${a.text}) has every goal true ${solvedAfter}: the goals do not tell it from a solution`);
  }

  private also(a: Attempt, n: number): void {
    const { run } = this.attempt(a);
    const open = run.goals().filter((g) => !g.holds);
    if (open.length) this.failures.push(`also ${n} (${a.text}) does not solve the exercise: goal ${open[0]!.id}: ${run.whyNot(open[0]!.id)}`);
  }

  /** (f): a hint that holds a whole command line of the solution gives the solution away */
  private hints(): void {
    const ex = this.exercise;
    const cmds = ex.solution.map((c) => c.trim()).filter((c) => c.includes(" "));
    const all = [...ex.goals.flatMap((g) => g.hints.map((h) => [`goal ${g.id}: hint`, h] as const)), ...ex.hints.map((h) => ["hint", h] as const)];
    for (const [where, h] of all) {
      const c = cmds.find((x) => h.includes(x));
      if (c !== undefined) this.failures.push(`${where} "${h}" prints the solution's command ${c}`);
      for (const q of ex.questions) {
        const a = answerNamedIn(h, q);
        if (a !== null) this.failures.push(`${where} "${h}" gives question ${q.id}'s answer ${a}`);
      }
    }
  }
}

/** what looplab check drives: told after each command of the solution, asked at the end */
export interface ProofHook {
  afterCommand(): void;
  finish(): ProofResult;
}

/**
 * The self-proof of a scenario that has goals (null for one that has none), watching `session`
 * (set up, no command run yet); `fresh` boots another machine set up the same way (for the
 * near-misses and the other paths). Goals that do not load are a failed proof.
 */
export function proofFor(sc: Scenario, session: Session, fresh: () => Session): ProofHook | null {
  if (sc.meta.goals === undefined) return null;
  let ex: Exercise;
  try {
    ex = loadExercise(sc);
  } catch (e) {
    if (!(e instanceof PracticeError)) throw e;
    const failed = { ok: false, failures: [e.message], unreadable: true };
    return { afterCommand: () => {}, finish: () => failed };
  }
  const p = new Proof(ex, session, fresh);
  return { afterCommand: () => p.afterCommand(), finish: () => p.finish() };
}

/** a failed proof as check reports it, at the front matter's `goals:` line: goals that cannot be
 *  read are that one line; a proof that failed lists its failures a line each */
export function proofFailure(sc: Scenario, r: ProofResult): Failure {
  const close = sc.lines.indexOf("---", 1);
  const k = sc.lines.findIndex((l, i) => i < close && /^goals\s*:/.test(l));
  const line = k >= 0 ? k + 1 : 1;
  if (r.unreadable) return { line, message: r.failures[0]!, detail: "" };
  return { line, message: "practice self-proof failed", detail: r.failures.map((f) => `${f}\n`).join("") };
}
