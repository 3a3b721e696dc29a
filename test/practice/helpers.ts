// An exercise from front matter written inline, on a fresh machine set up as it says: type lines,
// check after each, ask why not.
import { parseScenario } from "../../engine/scenario/parse.js";
import { sessionFor } from "../../engine/scenario/check.js";
import { loadExercise, startPractice, type CheckResult, type PracticeRun } from "../../engine/practice/index.js";
import { runLine, type Session } from "../../engine/session.js";

export interface Bench {
  session: Session;
  run: PracticeRun;
  /** run a command line as typed at the prompt, then check the goals */
  line(cmd: string): CheckResult;
  /** does the goal hold now? */
  holds(id: string): boolean;
  whyNot(id: string): string | null;
  /** what the last line printed */
  out: string;
}

/** front matter (without the --- lines) and a body */
export function scenarioText(front: string, body = ""): string {
  return `---\n${front.trim()}\n---\n${body}`;
}

export function exercise(os: string, goals: string, more = ""): Bench {
  const sc = parseScenario(scenarioText(`title: t\nos: ${os}\n${more}\ngoals:\n${goals}`));
  const session = sessionFor(sc);
  const run = startPractice(loadExercise(sc), session);
  const b: Bench = {
    session,
    run,
    out: "",
    line(cmd) {
      b.out = runLine(session, cmd).output;
      return run.check();
    },
    holds: (id) => run.goals().find((g) => g.id === id)!.holds,
    whyNot: (id) => run.whyNot(id),
  };
  return b;
}

/** one goal, id g, of this kind (a YAML flow mapping or value) */
export function one(os: string, kind: string, more = ""): Bench {
  return exercise(os, `  - { id: g, text: t, ${kind} }`, more);
}
