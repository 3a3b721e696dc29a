// Headless practice: `looplab practice FILE < attempt.txt` (and `looplab FILE < attempt.txt`)
// plays the attempt on the exercise's set-up as the plain headless lab plays standard input
// (shell/headless.ts: a line at a time as the machine asks for one, time only the machine's clock,
// the step budget), and says how the practice goes as it goes:
//
//   practice: copy a package list …          the exercise, its goals and questions, the words
//   # loopmount -i /backup/cd_image …        the session, as `looplab --echo < FILE` prints it
//   practice: ✓ <goal>                       after each command line: each goal it made hold,
//   practice: ! <goal>                         each it undid,
//   practice:   ↳ <why not>                    with why it no longer holds,
//   practice: Solved: …                        and Solved, the first time all hold
//   # :hint                                  practice's words, as in the lab: :hint, :answer TEXT
//   practice: Hint 1/3: …                      (the first open question), :answer ID TEXT,
//   practice: answer: ✗ loop1: …               :solution (no y asked: a line of a file is meant)
//   practice: end of the session:            at the end: each goal (✓ holds, ○ not yet, ! held
//   practice: ○ <goal>                         and lost) with why an unmet one is not met, each
//   practice:   ↳ <why not>                    question answered or not, and the lab's own last
//   practice: answered: <question>             line with the progress kept
//   practice: copy …: solved in 4 commands, 4 s. Progress: solved · best 4 s, 4 commands · 1 attempt.
//
// The exit status is 0 when the exercise was solved (every goal held at once, and every question
// was answered, at some point of the session), 1 when not. The goals are checked by the run
// itself at the end of each command line the shell takes (PracticeRun.follow), on the machine's
// state, never on the output; the progress (progress.json) counts the attempt and the solve as the
// lab does: an attempt played from a file is an attempt made.
//
// Practice's lines go to standard error. Everything the machine prints goes to its terminal,
// standard output, so no command of the attempt can print a line that passes for a verdict (`echo
// "practice: ✓ …"` lands on stdout); `> log` leaves the report alone on the screen and
// `2>/dev/null` the transcript alone; `2>&1` is one story in order, because both go through the
// headless lab's one output queue (as --trace's lines do). Each line starts with `practice: `, is
// one sentence unwrapped, and is fixed by the input alone (times are the machine's clock): the
// same attempt gives the same bytes.
//
// The session is printed as `looplab --echo` prints standard input (the prompt, the command line,
// its output): the exercise's shell is an interactive shell on a terminal, as --echo's is, and a
// goal line means something under the command line that made it. A word (:hint) shows as typed
// at the prompt, which shows again for the next line.
import type { CheckResult } from "../engine/practice/index.js";
import type { Session, TermSink } from "../engine/session.js";
import { shortTitle } from "./exercises.js";
import { drive, flush, LineSource, playStdin, stdoutSink, traceToStderr, writeErr } from "./headless.js";
import type { Practice } from "./practice.js";
import { practiceWord, type Said } from "./practicewords.js";

export interface AttemptIo {
  /** the session's output (the machine's terminal) */
  out: TermSink;
  /** practice's lines and the lab's notes, each a whole line with its newline */
  err(text: string): void;
}

/** play standard input on the exercise, its output on standard output, practice's lines on
 *  standard error; the exit status */
export async function runAttempt(practice: Practice, trace: boolean): Promise<number> {
  if (trace) traceToStderr(practice.session);
  const input = new LineSource(process.stdin);
  try {
    return await playAttempt(practice, input, { out: stdoutSink, err: writeErr });
  } finally {
    flush();
    process.stdin.pause();
    process.stdin.destroy();
  }
}

/** a scenario without goals: standard input on its set-up, printed the same way; the shell's
 *  status, as the plain headless lab's */
export async function runPlain(session: Session, trace: boolean): Promise<number> {
  if (trace) traceToStderr(session);
  session.sink = stdoutSink;
  session.decor = true;
  session.holdPrompt = true;
  session.promptAgain();
  try {
    return await playStdin(session);
  } finally {
    flush();
  }
}

/** play an attempt (its lines) on an exercise opened without a lab: 0 solved, 1 not */
export async function playAttempt(practice: Practice, input: LineSource, io: AttemptIo): Promise<number> {
  const report = new Report(practice, io);
  const session = practice.session;
  session.sink = io.out;
  session.decor = true;
  session.holdPrompt = true;
  session.promptAgain();
  report.start();
  await drive(session, input, null, { atPrompt: () => report.caughtUp(), takes: (line) => report.word(line) });
  report.caughtUp();
  report.end();
  practice.dispose();
  return practice.run.solved ? 0 : 1;
}

const LEAD: Record<Said, string> = { hint: "", answer: "answer: ", solved: "", solution: "" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** what practice says, line by line */
class Report {
  /** the goals that held at the last check */
  private held: Set<string>;
  private failed: string | null = null;

  constructor(
    private readonly p: Practice,
    private readonly io: AttemptIo,
  ) {
    this.held = new Set(p.run.goals().filter((g) => g.holds).map((g) => g.id));
    p.print = (text, kind) => {
      for (const line of text.split("\n")) this.say(LEAD[kind] + line);
    };
  }

  private say(line: string): void {
    this.io.err(`practice: ${line}\n`);
  }

  /** the exercise, what is checked, the words */
  start(): void {
    const ex = this.p.exercise;
    const q = ex.questions.length;
    this.say(shortTitle(ex.title));
    this.say(`${plural(ex.goals.length, "goal")}${q ? ` and ${plural(q, "question")}` : ""}, checked after every command line; :hint shows a hint${q ? ", :answer TEXT answers a question" : ""}`);
  }

  /** the shell is at its prompt: the goals each command line before made hold or undid */
  caughtUp(): void {
    this.p.caughtUp((r) => this.changes(r));
    const store = this.p.store;
    if (store.movedAside) {
      this.io.err(`looplab practice: ${store.movedAside}\n`);
      store.movedAside = null;
    }
    if (store.failed && store.failed !== this.failed) this.io.err(`looplab practice: ${store.failed}\n`);
    this.failed = store.failed;
  }

  private changes(r: CheckResult): void {
    const now = new Set(r.holds);
    for (const g of this.p.exercise.goals) {
      const was = this.held.has(g.id);
      if (now.has(g.id) && !was) this.say(`✓ ${g.text}`);
      if (!now.has(g.id) && was) {
        this.say(`! ${g.text}`);
        this.whyNot(g.id);
      }
    }
    this.held = now;
  }

  private whyNot(id: string): void {
    const why = this.p.run.whyNotShown(id);
    if (why) this.say(`  ↳ ${why}`);
  }

  /** a line at the prompt: practice's word (true), or the shell's (false) */
  word(line: string): boolean {
    const w = practiceWord(line);
    if (!w) return false;
    this.p.session.release(true);
    this.io.out.write(`${line}\n`);
    if (w.word === "solution") this.p.showSolution();
    else if (w.word === "reset") this.say(":reset is the terminal lab's; headless, each run starts from the set-up");
    else if (w.word === "answer" && !w.text) this.say(`${LEAD.answer}:answer TEXT answers the first open question, :answer ID TEXT the question ID`);
    else this.p.word(line);
    return true;
  }

  /** every goal as it is at the end, why the unmet ones are not met, the questions, the progress */
  end(): void {
    this.say("end of the session:");
    for (const g of this.p.run.goals()) {
      this.say(`${g.holds ? "✓" : g.done ? "!" : "○"} ${g.text}`);
      if (!g.holds) this.whyNot(g.id);
    }
    const answered = new Set(this.p.run.questionsAnswered);
    for (const q of this.p.exercise.questions) this.say(`${answered.has(q.id) ? "answered" : "not answered"}: ${q.prompt}`);
    this.say(this.p.progress.endLine());
  }
}
