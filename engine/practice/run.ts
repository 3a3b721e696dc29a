// One person (or the checker) working an exercise on one session: the goals are checked after
// every command line on the machine's state, a goal turns done the first time it holds, and the
// exercise is solved when all hold at once and every question is answered. A question is a goal
// too: a "nothing is wrong" exercise has state goals that hold from set-up on (change nothing) and
// is solved by what the person finds out, not by what they ran to find it.
//
// Answers from the machine's state (questions.ts): a question the state answers right after
// set-up is about the situation as the person found it ("which unit was left holding the image?"),
// and is judged on that state alone — the person changes it (deletes the device, stops the
// process), and an answer they made true afterwards (the image bound to another unit) is not the
// answer. A question the set-up has no answer to is about what the person's work made ("while the
// image is mounted, which device holds it?"): judged on the latest state that had an answer (now,
// or the last check that had one: the device may be deleted since). An answer given to it stays
// right only while that latest answer agrees: work redone (a copy mounted again has another device
// number) opens the question again, and the check says so (reopened).
//
// Order (`after:`). State is seen once per command line, after it; an action (`ran`) has its
// moment, the exec. A goal that comes after another holds only once the other is done, and
//   - a state goal: when its predicate holds now (a state is a state, however it came about:
//     `not: { mount: /cdmount }` after the mount is the mount undone);
//   - a ran goal (or a not: ran): among the programs executed since the other turned done —
//     after its exec when the other is a ran goal, from the start of that command line when it is
//     a state goal (state is not seen within a line).
// `once: true` keeps a goal met after it was first met (a step on the way: the mount that the
// exercise later undoes).
import type { KernelEvent } from "../kernel/events.js";
import type { Session } from "../session.js";
import { evaluate, type ExecRecord, type Seen } from "./goals.js";
import { answerNamedIn, answersNow, holdsWhole, judge, type Verdict } from "./questions.js";
import { ordered, type Exercise, type Goal } from "./spec.js";
import { World } from "./world.js";

export interface GoalStatus {
  id: string;
  text: string;
  /** it holds now (with its order and once) */
  holds: boolean;
  /** it has held at some check */
  done: boolean;
  /** the check at which it first held: 0 right after set-up, n after the n-th command line */
  doneAt: number | null;
}

export interface CheckResult {
  /** 0 for the check right after set-up, n after the n-th command line */
  index: number;
  /** the goals that hold now, by id */
  holds: string[];
  /** the goals that held for the first time at this check */
  newlyDone: string[];
  /** every goal holds now, and every question is answered */
  solved: boolean;
  /** solved now, and never before */
  justSolved: boolean;
  /** questions answered before that the state at this check no longer agrees with (they are open
   *  again), with the answer that was given */
  reopened: { id: string; given: string }[];
}

export interface Solved {
  /** command lines run until it was solved */
  commands: number;
  /** machine-clock seconds from the end of set-up */
  seconds: number;
}

interface Track {
  goal: Goal;
  seen: Seen;
  holds: boolean;
  doneAt: number | null;
  /** for a ran goal: the exec that made it done */
  doneSeq: number;
  /** the after: goal this one still waits for, when that is why it does not hold */
  waitsFor: Goal | null;
  /** the last check at which its state did not hold (-1: none yet), for brought-about */
  lastFalse: number;
  /** brought-about: its state holds, but it already held before the goals it comes after were
   *  done (the goal they came last of) */
  heldBefore: Goal | null;
}

/** what a why-not that would give away an answer says instead */
export const WITHHELD = "not yet (why not would name what a question asks: answer it first)";
/** what a goal with `explain: false` says while it is not met */
export const UNEXPLAINED = "not yet (finding out why is the exercise)";

/** does the text name this answer? Only answers that are names (a digit or a slash in them: loop0,
 *  /dev/lofi/1, /backup/cd_image, a pid) count, as a whole word: "no" or "cdrfs" are words the
 *  reasons use for other things */
function names(text: string, answer: string): boolean {
  return answer.length >= 2 && /[\d/]/.test(answer) && holdsWhole(text, answer);
}

export class PracticeRun {
  readonly world: World;
  private execs: ExecRecord[] = [];
  private tracks: Track[];
  private byId = new Map<string, Track>();
  private index = -1;
  private startClock: number;
  private unlisten: () => void;
  private solvedAt: Solved | null = null;
  private answered = new Set<string>();
  /** every goal held at the last check */
  private goalsHeld = false;
  /** per question answered from the state: the answers of the last check that had any */
  private lastAnswers = new Map<string, Set<string>>();
  /** the answers given to the questions judged on the latest state (to judge them again) */
  private given = new Map<string, string>();
  /** per question the state answered right after set-up: those answers (the situation found) */
  private foundAnswers = new Map<string, Set<string>>();
  private hintsShown = new Map<string, number>();

  /** starts watching the session (right after its set-up: this is check 0) */
  constructor(
    readonly exercise: Exercise,
    readonly session: Session,
  ) {
    this.world = new World(session);
    this.tracks = ordered(exercise.goals).map((goal) => ({ goal, seen: { ok: false, say: "" }, holds: false, doneAt: null, doneSeq: -1, waitsFor: null, lastFalse: -1, heldBefore: null }));
    for (const t of this.tracks) this.byId.set(t.goal.id, t);
    this.startClock = session.machine.clock.now();
    const table = session.machine.sched.table;
    this.unlisten = session.machine.events.on((e: KernelEvent) => {
      if (e.kind === "reboot") this.execs.push({ seq: this.execs.length, line: this.index + 1, path: "", argv: [], proc: undefined, restart: true });
      if (e.kind !== "exec") return;
      const held = this.statesNow();
      this.execs.push({ seq: this.execs.length, line: this.index + 1, path: e.path, argv: e.argv, proc: table.get(e.pid), ...(held ? { heldAtExec: held } : {}) });
    });
    this.check();
  }

  /** the brought-about goals' states as they are now (undefined when there are none) */
  private statesNow(): Map<string, boolean> | undefined {
    let held: Map<string, boolean> | undefined;
    for (const t of this.tracks) {
      if (!t.goal.broughtAbout) continue;
      held ??= new Map();
      held.set(t.goal.id, evaluate(this.world, t.goal.test.pred, this.execs, 0).ok !== t.goal.test.negated);
    }
    return held;
  }

  /** stop watching the session */
  dispose(): void {
    this.unlisten();
    this.unfollow?.();
  }

  private unfollow: (() => void) | null = null;
  private unseen: CheckResult[] = [];

  /**
   * Check by itself at the end of every command line a shell takes from the terminal, from now
   * on: the moment the shell reads its next command line — waiting at its prompt, or taking at
   * once a line typed ahead (each line typed ahead is checked on its own, as if typed after the
   * one before had ended). An empty line is no command line. What each check found waits in
   * takeChecks() for the UI. (A UI's way; the checker calls check() after each command itself.)
   */
  follow(): void {
    if (this.unfollow) return;
    let running = false;
    this.unfollow = this.session.machine.events.on((e: KernelEvent) => {
      if (e.kind !== "command-read") return;
      if (running) {
        running = false;
        this.unseen.push(this.check());
      }
      if (e.line !== null && e.line.trim() !== "") running = true;
    });
  }

  /** the checks made by follow() since the last call, in order */
  takeChecks(): CheckResult[] {
    const r = this.unseen;
    this.unseen = [];
    return r;
  }

  /** check the goals now: after each command line (the first call, made by the constructor, is
   *  the check right after set-up) */
  check(): CheckResult {
    const i = ++this.index;
    const newlyDone: string[] = [];
    this.world.quietly(() => {
      for (const t of this.tracks) if (this.update(t, i)) newlyDone.push(t.goal.id);
    });
    this.goalsHeld = this.tracks.every((t) => t.holds);
    const reopened = this.noteAnswers();
    const justSolved = this.settle();
    return { index: i, holds: this.tracks.filter((t) => t.holds).map((t) => t.goal.id), newlyDone, solved: this.solvedNow, justSolved, reopened };
  }

  /** every goal held at the last check and every question is answered */
  private get solvedNow(): boolean {
    return this.goalsHeld && this.answered.size === this.exercise.questions.length;
  }

  /** solved now and never before: say when (true). Not before a command line has run: answers
   *  typed at set-up are guesses until the person has looked (a "nothing is wrong" exercise
   *  whose goals hold from set-up is then solved at its first command line) */
  private settle(): boolean {
    if (!this.solvedNow || this.solvedAt !== null || this.index === 0) return false;
    this.solvedAt = { commands: this.index, seconds: this.session.machine.clock.now() - this.startClock };
    return true;
  }

  /** what the state answers to each question now, kept for when it has none; an answer given
   *  before that the new answers disagree with is taken back (the questions reopened) */
  private noteAnswers(): { id: string; given: string }[] {
    const reopened: { id: string; given: string }[] = [];
    for (const q of this.exercise.questions) {
      if (!q.from) continue;
      const now = this.world.quietly(() => answersNow(this.world, q.from!));
      if (!("accept" in now)) continue;
      if (this.index === 0) this.foundAnswers.set(q.id, new Set(now.accept));
      this.lastAnswers.set(q.id, new Set(now.accept));
      const given = this.given.get(q.id);
      // solved is solved: what happens on the machine after it changes nothing
      if (given === undefined || !this.answered.has(q.id) || this.solvedAt !== null) continue;
      if (judge(this.world, q, given, { seen: this.lastAnswers.get(q.id) }).ok) continue;
      this.answered.delete(q.id);
      this.given.delete(q.id);
      reopened.push({ id: q.id, given });
    }
    return reopened;
  }

  /** one goal at check i (the goals it comes after are already updated); true: newly done */
  private update(t: Track, i: number): boolean {
    const g = t.goal;
    // an action (a program run, a restart) has its moment in the execs' order
    const isRan = g.test.pred.kind === "ran" || g.test.pred.kind === "restarted";
    const deps = g.after.map((id) => this.byId.get(id)!);
    const pending = deps.find((d) => d.doneAt === null) ?? null;
    const seen = evaluate(this.world, g.test.pred, this.execs, isRan ? this.window(deps) : 0);
    const raw = seen.ok !== g.test.negated;
    t.seen = seen;
    t.waitsFor = pending?.goal ?? null;
    if (!raw) t.lastFalse = i;
    let holds = raw && pending === null;
    // brought-about: the state must have failed at some check since the one before the last of
    // its after: goals was done. fuser at line 1 (done at check 1), the kill at line 2: the state
    // failed at check 1, so it came about after — and `kill $(fuser -c /cdmount)`, both in line 1,
    // counts too (it failed at check 0). The kill at line 1, fuser at line 2: it last failed at
    // check 0, before check 1 — it was there before fuser was asked, and does not count.
    //   When the last of them is a ran goal, its exec is the moment: the state as it was when
    // that program started (noted at the exec) — so `kill …; fuser -c /cdmount` in one line, the
    // kill first, does not count, and `kill $(fuser -c /cdmount)` does.
    t.heldBefore = null;
    if (holds && g.broughtAbout && t.doneAt === null) {
      const last = deps.reduce((a, d) => (d.doneAt! > a.doneAt! ? d : a));
      const atExec = this.isAction(last.goal) ? this.execs[last.doneSeq]?.heldAtExec?.get(g.id) : undefined;
      const before = atExec !== undefined ? atExec && t.lastFalse < last.doneAt! : t.lastFalse < last.doneAt! - 1;
      if (before) {
        holds = false;
        t.heldBefore = last.goal;
      }
    }
    if (g.once && t.doneAt !== null) holds = true;
    t.holds = holds;
    if (!holds || t.doneAt !== null) return false;
    t.doneAt = i;
    t.doneSeq = isRan && seen.seq !== undefined ? seen.seq : this.execs.length - 1;
    return true;
  }

  private isAction(g: Goal): boolean {
    return g.test.pred.kind === "ran" || g.test.pred.kind === "restarted";
  }

  /** the first exec a ran goal may count: after every goal it comes after was done */
  private window(deps: Track[]): number {
    let from = 0;
    for (const d of deps) {
      if (d.doneAt === null) continue;
      const w = d.goal.test.pred.kind === "ran" || d.goal.test.pred.kind === "restarted" ? d.doneSeq + 1 : this.firstExecOfLine(d.doneAt);
      from = Math.max(from, w);
    }
    return from;
  }

  private firstExecOfLine(line: number): number {
    const k = this.execs.findIndex((r) => r.line >= line);
    return k < 0 ? this.execs.length : k;
  }

  /** every goal held at the last check (the questions aside) */
  get goalsHold(): boolean {
    return this.goalsHeld;
  }

  /** every goal, in the order the scenario lists them */
  goals(): GoalStatus[] {
    return this.exercise.goals.map((g) => {
      const t = this.byId.get(g.id)!;
      return { id: g.id, text: g.text, holds: t.holds, done: t.doneAt !== null, doneAt: t.doneAt };
    });
  }

  /** why an unmet goal is not met, from the state at the last check; null when it holds */
  whyNot(id: string): string | null {
    const t = this.byId.get(id);
    if (!t) throw new RangeError(`no goal ${id}`);
    if (t.holds) return null;
    const raw = t.seen.ok !== t.goal.test.negated;
    if (!raw) return t.seen.say;
    if (t.heldBefore) return `held already, so reset to try again: it must come about after ${t.heldBefore.text}`;
    return `this comes after: ${t.waitsFor!.text}`;
  }

  /** what a UI says for an unmet goal: whyNot, unless it names the answer to a question not yet
   *  answered ("vnd1 is bound to /images/cd.iso" while a question asks which unit holds it) */
  whyNotShown(id: string): string | null {
    const why = this.whyNot(id);
    if (why === null) return null;
    if (!this.byId.get(id)!.goal.explain) return UNEXPLAINED;
    for (const q of this.exercise.questions) {
      if (this.answered.has(q.id)) continue;
      // a pattern's answer: a word of the reason it takes ("sleep", "Defined", "32767")
      if (!q.from) {
        if (answerNamedIn(why, q) !== null) return WITHHELD;
        continue;
      }
      // the answers of the last check: a UI asks this every frame, and the state is seen once
      // per command line (as the why-not itself is)
      const answers = [...(this.foundAnswers.get(q.id) ?? []), ...(this.lastAnswers.get(q.id) ?? [])];
      if (answers.some((a) => names(why, a))) return WITHHELD;
    }
    return why;
  }

  /** solved (every goal held at once at some check, and every question is answered): when */
  get solved(): Solved | null {
    return this.solvedAt;
  }

  /** command lines checked so far */
  get commands(): number {
    return this.index;
  }

  /** machine-clock seconds since set-up */
  get elapsed(): number {
    return this.session.machine.clock.now() - this.startClock;
  }

  /** the hints in the order they escalate: those of the first goal not met, then the exercise's */
  hintList(): string[] {
    const open = this.exercise.goals.find((g) => !this.byId.get(g.id)!.holds);
    return [...(open?.hints ?? []), ...this.exercise.hints];
  }

  /** the hint for the n-th attempt (0: the first hint); the last one once they are used up */
  hint(attempt: number): { text: string; level: number; of: number } | null {
    const list = this.hintList();
    if (list.length === 0) return null;
    const level = Math.min(Math.max(0, attempt), list.length - 1);
    return { text: list[level]!, level: level + 1, of: list.length };
  }

  /** the next hint: each call escalates by one (starting again when another goal is the first
   *  unmet one) */
  nextHint(): { text: string; level: number; of: number } | null {
    const open = this.exercise.goals.find((g) => !this.byId.get(g.id)!.holds);
    const key = open?.id ?? "";
    const n = this.hintsShown.get(key) ?? 0;
    this.hintsShown.set(key, n + 1);
    return this.hint(n);
  }

  /** the solution's command lines (only for a person who asks for it) */
  solution(): string[] {
    return [...this.exercise.solution];
  }

  /** check a typed answer to a question against the pattern, or the machine's state (as found,
   *  or the latest that had an answer). The last answer that was missing, given while every goal
   *  holds, solves the exercise (`solved` says so). */
  answer(questionId: string, typed: string): Verdict {
    const q = this.exercise.questions.find((x) => x.id === questionId);
    if (!q) throw new RangeError(`no question ${questionId}`);
    const found = this.foundAnswers.get(q.id);
    const v = found ? judge(this.world, q, typed, { found }) : judge(this.world, q, typed, { seen: this.lastAnswers.get(q.id) });
    if (v.ok) {
      this.answered.add(q.id);
      if (q.from && !found) this.given.set(q.id, typed);
      this.settle();
    }
    return v;
  }

  /** the question is about the machine as found: the state answered it right after set-up */
  answeredAsFound(questionId: string): boolean {
    return this.foundAnswers.has(questionId);
  }

  /** a right answer to the question, if one is known: the pattern's example, or an answer the
   *  state had at some check (for the tests that play an exercise through; a UI shows none) */
  rightAnswer(questionId: string): string | null {
    const q = this.exercise.questions.find((x) => x.id === questionId);
    if (!q) throw new RangeError(`no question ${questionId}`);
    if (q.example !== undefined) return q.example;
    const seen = this.foundAnswers.get(q.id) ?? this.lastAnswers.get(q.id);
    return seen && seen.size ? [...seen][0]! : null;
  }

  /** the questions answered right so far, by id */
  get questionsAnswered(): string[] {
    return this.exercise.questions.filter((q) => this.answered.has(q.id)).map((q) => q.id);
  }


  /** the programs executed since set-up, in order (for a UI's log, and the tests) */
  executed(): readonly ExecRecord[] {
    return this.execs;
  }
}
