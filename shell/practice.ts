// Practice mode in the terminal lab: an exercise (engine/practice) on the lab's session. The run
// checks the goals at the end of each command line by itself (PracticeRun.follow); the lab says
// when the shell is back at its prompt (caughtUp), to show what those checks found. The lab hands
// it its keys first (F4 hint, F5 answer, F6 reset, F7 solution, the y/n of a confirmation) and the
// lines typed at the prompt that are its words (:hint, :answer, :reset, :solution: no system has
// commands by those names). What the Practice pane draws is read from here
// (shell/practicepane.ts). No ink: the answer field (shell/practicefield.ts, `answerField`) is
// ink-text-input in shell/app.tsx. The attempts and the solve, kept and said, are `progress`
// (shell/practiceprogress.ts). Without a lab (headless practice, shell/practiceheadless.ts) what it
// says in the session goes to `print` instead.
import { sessionFor } from "../engine/scenario/check.js";
import type { Scenario } from "../engine/scenario/parse.js";
import type { Session } from "../engine/session.js";
import { loadExercise, startPractice, type CheckResult, type Exercise, type PracticeRun } from "../engine/practice/index.js";
import type { Key } from "./keys.js";
import { PRACTICE_KEYS, practiceWord, wrongBecause, type Said, type Tone } from "./practicewords.js";
import { PracticeField } from "./practicefield.js";
import { PracticeProgress } from "./practiceprogress.js";
import { OS_NAMES, type Lab } from "./lab.js";
import { plainText, wrapText } from "./practicepane.js";
import type { ProgressStore } from "./progress.js";
import type { PaneKind } from "./panes.js";
import { panesBelow } from "./screen.js";

const NONE: ReadonlySet<PaneKind> = new Set();

export interface PracticeSource {
  /** the scenario file, as named on the command line */
  file: string;
  sc: Scenario;
  /** where its relative imports are */
  baseDir: string;
  /** host folders its import: may read besides baseDir (--allow-import) */
  allowImport: readonly string[];
  /** the progress store's key for it */
  key: string;
}

export class Practice {
  readonly exercise: Exercise;
  session: Session;
  run: PracticeRun;
  lab: Lab | null = null;
  /** without a lab: where the sentences it says in the session go, one call each, unwrapped (a
   *  hint, a verdict, Solved, the solution's lines) */
  print: ((text: string, kind: Said) => void) | null = null;
  /** the last hint asked for (it goes when a goal turns done) */
  hint: { text: string; level: number; of: number } | null = null;
  /** the pane's last word: an answer judged, a reset, a failure to save */
  note: { text: string; tone: Tone } | null = null;
  /** a reset or the solution waits for y */
  confirm: "reset" | "solution" | null = null;
  /** the answer field (F5): what is typed, and how keys reach it */
  readonly answerField = new PracticeField(this);
  /** the answer field, open on a question */
  get field(): { question: string; value: string } | null {
    return this.answerField.state;
  }
  /** the attempts and the solve: kept in the store, said in the session */
  readonly progress = new PracticeProgress(this);
  /** the solution was shown since the exercise was opened (a solve after it is no best time: a
   *  reset does not make the solution unseen) */
  sawSolution = false;
  /** this set-up's number since the exercise was opened (1, then 2 after a reset …) */
  setupNo = 1;
  /** narrow layouts: the Practice pane, or the machine's panes in its place (F2) */
  view: "practice" | "machine" = "practice";
  /** the order the note and the hint were given in (hintIsNewer) */
  private told = 0;
  private noteNo = 0;
  private hintNo = 0;

  /** open an exercise on a fresh machine set up as it says (throws PracticeError, a set-up's
   *  ImportError / SetupError / SetupCommandError) */
  static open(src: PracticeSource, store: ProgressStore): Practice {
    const exercise = loadExercise(src.sc);
    return new Practice(src, store, exercise, sessionFor(src.sc, src.baseDir, src.allowImport));
  }

  constructor(
    readonly src: PracticeSource,
    readonly store: ProgressStore,
    exercise: Exercise,
    session: Session,
  ) {
    this.exercise = exercise;
    this.session = session;
    this.run = startPractice(exercise, session);
    this.run.follow();
    this.progress.restart();
  }

  /** the lab shows this exercise and asks it after each command line */
  attach(lab: Lab): void {
    this.lab = lab;
    lab.practice = this;
  }

  dispose(): void {
    this.run.dispose();
  }

  /** the machine's panes the exercise keeps hidden: until it is solved, they would show what a
   *  question asks (BSD/OS has no command that lists its vnd units; the Devices pane would) */
  hiddenPanes(): ReadonlySet<PaneKind> {
    return this.run.solved ? NONE : new Set(this.exercise.hidePanes);
  }

  /** the banner's width: 78 columns, or the session's when it is narrower */
  bannerWidth(): number {
    const lab = this.lab;
    if (!lab) return 78;
    return Math.max(20, Math.min(78, (lab.mode === "full" && lab.lastSession.w > 0 ? lab.lastSession.w : lab.columns) - 1));
  }

  /** the session's first lines: the machine, the exercise's title and task, the keys */
  banner(width = 78): string {
    const m = this.session.machine;
    const ex = this.exercise;
    const q = ex.questions.length;
    return [
      `looplab practice · ${m.hostname} · ${OS_NAMES[m.os] ?? m.os} (simulated)`,
      ...wrapText(ex.title, width),
      "",
      ...wrapText(ex.task, width, plainText),
      "",
      ...wrapText(`${ex.goals.length} goal${ex.goals.length === 1 ? "" : "s"}, checked after every command line${q ? `; ${q} question${q === 1 ? "" : "s"} (F5 answers)` : ""}.`, width),
      ...wrapText("Keys: F4 hint · F6 reset · F7 solution · F1 all keys. Quit: exit or Ctrl-D.", width),
      ...this.hiddenNote(width),
      "",
      "",
    ].join("\n");
  }

  /** the banner's line on the panes the exercise hides */
  private hiddenNote(width: number): string[] {
    const names = this.exercise.hidePanes.map((k) => (k === "odm" ? "ODM" : k[0]!.toUpperCase() + k.slice(1)));
    if (names.length === 0) return [];
    const list = names.length === 1 ? `The ${names[0]} pane stays` : `The ${names.slice(0, -1).join(", ")} and ${names.at(-1)} panes stay`;
    return wrapText(`${list} hidden until the exercise is solved: ${names.length === 1 ? "it" : "they"} would show what a question asks.`, width);
  }

  // ---- what the lab asks ----

  /** the F1 help's practice lines: no row wider than 78 columns (as keyHelp's) */
  help(): string[] {
    return [
      "Practice: F4 shows the next hint · F5 opens the answer field (Enter checks,",
      "      Esc or Ctrl-C closes) · F6 resets the exercise to its set-up",
      "      F7 shows the solution (F6 and F7 ask y/n first)",
      "      At the prompt, the same: :hint  :answer TEXT  :reset  :solution",
    ];
  }

  key(k: Key): boolean {
    if (this.confirm) {
      const what = this.confirm;
      this.confirm = null;
      if (k.name === "char" && !k.ctrl && !k.meta && (k.ch === "y" || k.ch === "Y")) {
        if (what === "reset") this.reset();
        else this.showSolution();
      } else this.say(what === "reset" ? "not reset" : "the solution stays hidden", "info");
      return true;
    }
    switch (k.name) {
      case PRACTICE_KEYS.hint:
        this.nextHint();
        return true;
      case PRACTICE_KEYS.answer:
        this.answerField.open();
        return true;
      case PRACTICE_KEYS.reset:
        this.confirm = "reset";
        return true;
      case PRACTICE_KEYS.solution:
        this.confirm = "solution";
        return true;
      case "f2":
        return this.switchPanes();
      default:
        return false;
    }
  }

  word(line: string): boolean {
    const w = practiceWord(line);
    if (!w) return false;
    // the line typed shows above the prompt, with what it brought
    const echo = (text: string, kind: Said) => this.tell(text, kind, line);
    const typed = () => this.lab?.printAbove(this.wrapped(""), line);
    this.lab?.editor.remember(line);
    switch (w.word) {
      case "hint": {
        const h = this.nextHint();
        echo(h ? `Hint ${h.level}/${h.of}: ${h.text}` : "This exercise has no hints.", "hint");
        break;
      }
      case "answer":
        if (w.text && !this.field && this.allAnswered) {
          this.say("every question is answered", "info");
          echo("Every question is answered.", "answer");
        } else if (w.text) {
          const { id, text } = this.aimed(w.text);
          echo(id ? this.answer(id, text) : "This exercise asks no questions.", "answer");
          this.progress.announceSolved();
        } else {
          typed();
          this.answerField.open();
        }
        break;
      // as F6 and F7: a y first (the set-up again throws the machine away)
      case "reset":
      case "solution":
        typed();
        this.confirm = w.word;
        break;
    }
    return true;
  }

  /** the question an `:answer TEXT` is for: `:answer ID TEXT` names it; else the field's, or the
   *  first one not answered yet (null: the exercise asks none) */
  private aimed(typed: string): { id: string | null; text: string } {
    const m = /^(\S+)\s+(\S.*)$/.exec(typed);
    if (m && this.exercise.questions.some((q) => q.id === m[1])) return { id: m[1]!, text: m[2]! };
    return { id: this.field?.question ?? this.firstOpenQuestion(), text: typed };
  }

  /** a sentence of practice's in the session: above the prompt in the lab (after the line that
   *  asked for it), else to `print` */
  tell(text: string, kind: Said, line?: string): void {
    if (this.lab) this.lab.printAbove(this.wrapped(text), line);
    else this.print?.(text, kind);
  }

  /** the shell is back at its prompt: what the checks at the end of each command line since
   *  found (the run checks by itself: follow); `each` sees each check before it is acted on */
  caughtUp(each?: (r: CheckResult) => void): void {
    for (const r of this.run.takeChecks()) {
      each?.(r);
      this.lineChecked(r);
    }
  }

  /** a command line has run, and the goals were checked on the state it left */
  private lineChecked(r: CheckResult): void {
    this.progress.countAttempt();
    const lab = this.lab;
    if (r.newlyDone.length) {
      this.hint = null;
      if (lab) for (const id of r.newlyDone) lab.highlights.set(`goal:${id}`, lab.now() + 1500);
    }
    if (this.note?.tone !== "bad" || r.newlyDone.length) this.note = null;
    // work redone: an answer about it that the state no longer agrees with is open again
    for (const o of r.reopened) {
      const q = this.exercise.questions.find((x) => x.id === o.id)!;
      const text = `${o.given} is no longer the answer: the question is open again (${q.prompt})`;
      this.say(text, "bad");
      this.tell(text, "answer");
    }
    if (r.justSolved) this.progress.justSolved();
    this.progress.goalsNowHold(r.holds.length === this.exercise.goals.length);
    if (this.store.failed) this.say(this.store.failed, "bad");
    if (this.store.movedAside) {
      this.say(this.store.movedAside, "info");
      this.store.movedAside = null;
    }
  }

  // ---- actions ----

  /** the lab's own sentence for the session, wrapped between words at the session's width */
  wrapped(text: string): string {
    const lab = this.lab;
    const w = lab ? (lab.mode === "full" ? lab.lastSession.w : lab.columns) : 80;
    return wrapText(text, Math.max(20, w)).join("\n");
  }

  say(text: string, tone: Tone): void {
    this.note = { text, tone };
    this.noteNo = ++this.told;
  }

  nextHint(): { text: string; level: number; of: number } | null {
    const h = this.run.nextHint();
    this.hint = h;
    if (h) this.hintNo = ++this.told;
    else this.say("this exercise has no hints", "info");
    return h;
  }

  /** the hint came after the note (both shown: a short pane keeps the newer whole) */
  get hintIsNewer(): boolean {
    return this.hint !== null && (this.note === null || this.hintNo > this.noteNo);
  }

  firstOpenQuestion(): string | null {
    const done = new Set(this.run.questionsAnswered);
    return (this.exercise.questions.find((q) => !done.has(q.id)) ?? this.exercise.questions[0])?.id ?? null;
  }

  /** every question has its right answer (and there is one at least) */
  get allAnswered(): boolean {
    const n = this.exercise.questions.length;
    return n > 0 && this.run.questionsAnswered.length === n;
  }

  /** judge an answer to a question; the pane's note says how it went (returned too) */
  answer(questionId: string, typed: string): string {
    const q = this.exercise.questions.find((x) => x.id === questionId)!;
    const was = this.run.solved;
    this.progress.countAttempt();
    const v = this.run.answer(questionId, typed);
    const t = typed.trim();
    if (v.ok) this.say(`${t}: right.${this.progress.stillOpen()}`, "good");
    else {
      // judged on the machine as found: the reason's "now" would not be what was judged
      const why = v.why ?? (v.asFound ? wrongBecause(q, t).replace(/ now$/, " as the exercise found the machine") : wrongBecause(q, t));
      this.say(`${t}: ${why}`, "bad");
    }
    // said after the verdict (the caller shows that first): announceSolved
    if (!was && this.run.solved) this.progress.solvedUnsaid = true;
    return `${v.ok ? "✓" : "✗"} ${this.note!.text}`;
  }

  /** the set-up again, on a fresh machine and a fresh screen */
  reset(): void {
    let session: Session;
    try {
      session = sessionFor(this.src.sc, this.src.baseDir, this.src.allowImport);
    } catch (e) {
      this.say(`cannot reset: ${(e as Error).message}`, "bad");
      return;
    }
    this.run.dispose();
    this.session = session;
    this.run = startPractice(this.exercise, session);
    this.run.follow();
    this.progress.restart();
    this.setupNo++;
    this.hint = null;
    this.answerField.close();
    this.confirm = null;
    this.say(`reset: the set-up again (set-up ${this.setupNo})`, "info");
    this.lab?.replaceShell(session, this.banner(this.bannerWidth()));
  }

  /** the scenario's own commands, in the session. A solve after this is no best time; one before
   *  (this session's, or a best kept in the progress) keeps its time */
  showSolution(): void {
    this.sawSolution = true;
    const cmds = this.run.solution();
    const text = [`Solution (the scenario's commands; a solve after this will not count as a best time):`, ...cmds.map((c) => "  " + c.split("\n").join("\n  > "))].join("\n");
    if (this.lab) this.lab.printAbove(text);
    else this.print?.(text, "solution");
    this.say("the solution is in the session", "info");
  }

  /** F2 in a layout with no room for both (panes below the session, or the inline strip): the
   *  Practice pane, the machine's panes, none; elsewhere F2 is the lab's own (false) */
  switchPanes(): boolean {
    const lab = this.lab;
    if (!lab || !panesBelow(lab)) return false;
    if (!lab.panesShown()) {
      lab.panes = "shown";
      this.view = "practice";
    } else if (this.view === "practice") this.view = "machine";
    else {
      lab.panes = "hidden";
      this.view = "practice";
    }
    lab.syncTrace();
    return true;
  }
}
