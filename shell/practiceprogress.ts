// How an exercise (shell/practice.ts) is going, kept in the progress store (shell/progress.ts) and
// said in the session: each set-up counts as one attempt, once a command line ran in it or an
// answer was given; a solve is kept and said once (after the verdict of the answer that brought
// it); the line when the goals all hold but questions are open; the Solved line and the line when
// the session ends.
import type { PracticeRun, Exercise } from "../engine/practice/index.js";
import type { Lab } from "./lab.js";
import { shortTitle } from "./exercises.js";
import type { Said, Tone } from "./practicewords.js";
import { duration, progressSummary, type ProgressStore } from "./progress.js";

/** what the progress asks of the exercise it follows (shell/practice.ts Practice) */
export interface ProgressHost {
  /** the progress store's key for the exercise */
  readonly src: { key: string };
  readonly store: ProgressStore;
  readonly exercise: Exercise;
  readonly run: PracticeRun;
  /** the solution was shown (a solve after it is no best time) */
  readonly sawSolution: boolean;
  readonly lab: Lab | null;
  /** a sentence in the session (after the line that asked for it) */
  tell(text: string, kind: Said): void;
  /** the lab's own sentence, wrapped at the session's width */
  wrapped(text: string): string;
  /** the Practice pane's note */
  say(text: string, tone: Tone): void;
}

export class PracticeProgress {
  private counted = false;
  /** the answer just given solved the exercise: it is said after the verdict (the caller shows
   *  that first): announceSolved */
  solvedUnsaid = false;
  /** every goal held at the last check (goalsNowHold); it was said that they do */
  private goalsHeldBefore = false;
  private goalsHeldSaid = false;

  constructor(private readonly host: ProgressHost) {}

  /** a set-up (the first, or again after a reset): no attempt yet; goals that hold now were not
   *  brought to */
  restart(): void {
    this.goalsHeldBefore = this.host.run.goalsHold;
    this.goalsHeldSaid = false;
    this.counted = false;
  }

  /** this set-up is an attempt: a command line ran in it, or an answer was given */
  countAttempt(): void {
    if (this.counted) return;
    this.counted = true;
    this.host.store.attempt(this.host.src.key);
  }

  /** solved just now (by a command line, or by the answer that was missing): kept in the
   *  progress, said in the session */
  justSolved(): void {
    const lab = this.host.lab;
    this.host.store.solved(this.host.src.key, this.host.run.solved!, this.host.sawSolution);
    this.host.tell(this.solvedText(), "solved");
    if (lab) lab.highlights.set("practice", lab.now() + 3000);
  }

  /** the answer just given solved the exercise: say so, once the verdict is shown */
  announceSolved(): void {
    if (!this.solvedUnsaid) return;
    this.solvedUnsaid = false;
    this.justSolved();
  }

  /**
   * The goals all hold (after a command line): the first time they come to, while a question is
   * open, the lab says so in the session and the pane — nothing else would tell that only the
   * answers are missing. Not for goals that held from the set-up on (a "nothing is wrong"
   * exercise: the pane shows them so from the start).
   */
  goalsNowHold(all: boolean): void {
    const { run, exercise } = this.host;
    const turned = all && !this.goalsHeldBefore;
    this.goalsHeldBefore = all;
    if (!turned || this.goalsHeldSaid || run.solved) return;
    const left = exercise.questions.length - run.questionsAnswered.length;
    if (left <= 0) return;
    this.goalsHeldSaid = true;
    const text = `Every goal holds; ${left} question${left === 1 ? "" : "s"} to answer (F5).`;
    this.host.lab?.printAbove(this.host.wrapped(text));
    this.host.say(text, "info");
  }

  /** after a right answer: what the exercise still waits for ("" when nothing) */
  stillOpen(): string {
    const { run, exercise } = this.host;
    const left = exercise.questions.length - run.questionsAnswered.length;
    if (left > 0) return ` ${left} question${left === 1 ? "" : "s"} to go.`;
    if (!run.goalsHold) return " Every question is answered; goals remain.";
    // answers before any command line are guesses (engine/practice/run.ts): say why it is not
    // solved yet, and what makes it so
    if (run.commands === 0 && !run.solved) return " Every question is answered: the lab checks again after your next command line (answers given before looking do not solve it).";
    return "";
  }

  /** "Solved: …": every goal held at once and every question answered, after so many command
   *  lines and machine seconds */
  solvedText(): string {
    const s = this.host.run.solved!;
    const n = this.host.exercise.goals.length;
    const q = this.host.exercise.questions.length;
    const held = n === 1 ? "the goal holds" : n === 2 ? "both goals hold" : `all ${n} goals hold`;
    const answered = q === 0 ? "" : q === 1 ? " and the question is answered" : q === 2 ? " and both questions are answered" : ` and all ${q} questions are answered`;
    return `Solved: ${held}${answered}, after ${s.commands} command${s.commands === 1 ? "" : "s"} and ${duration(s.seconds)} on the machine's clock.`;
  }

  /** the line when the session ends: how it went, and the progress kept (`copy a package list …:
   *  solved in 4 commands, 4 s. Progress: solved · best 4 s, 4 commands · 1 attempt.`) */
  endLine(): string {
    const s = this.host.run.solved;
    const now = s ? `solved in ${s.commands} command${s.commands === 1 ? "" : "s"}, ${duration(s.seconds)}` : "not solved in this session";
    return `${shortTitle(this.host.exercise.title)}: ${now}. Progress: ${progressSummary(this.host.store.get(this.host.src.key))}.`;
  }
}
