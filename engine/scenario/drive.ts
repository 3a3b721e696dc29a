// Running one scenario command the way a person at the terminal would: type the command, and when
// something reads the terminal, type what the transcript shows was typed there; press Ctrl-C where
// the transcript shows ^C.
//
// A line of expected output that a process read from the terminal is written as the terminal shows
// it: what the process printed (its question), then what was typed. So the answer is the rest of
// that expected line after the text already printed on it:
//
//     # mkfs -V jfs2 /dev/loop0
//     mkfs: destroy /dev/loop0 (yes)? n          ← mkfs printed "…(yes)? ", the answer is "n"
//
// A program that reads single keys (more, pg: the terminal in non-canonical mode) gets the keys of
// the answer without Enter, and Enter for an empty answer; its transcript shows keys read without
// echo where they were read (engine/transcript.ts): `--More--q` is q typed at --More--.
//
// A command with no expected line left to answer gets end of file (Ctrl-D). ^C at the start of an
// expected line is Ctrl-C: pressed when the command waits for the terminal, for time or for ever,
// or once it has run `interrupt_after` steps (a loop that never waits).
import { DEFAULT_STEP_BUDGET, type Session } from "../session.js";
import { fillCaptures, lineMatches, outputLines, outputMatches, Unbound, type Captures } from "./match.js";

/** steps a command runs before a ^C in its transcript is pressed (setting interrupt_after) */
export const DEFAULT_INTERRUPT_AFTER = 100_000;

export interface Typed {
  output: string;
  status: number;
}

export function runTyped(session: Session, command: string, expected: readonly string[], vars: Captures = new Map()): Typed {
  const m = session.machine;
  const budget = Number(m.setting("step_budget", DEFAULT_STEP_BUDGET));
  const interruptAfter = Number(m.setting("interrupt_after", DEFAULT_INTERRUPT_AFTER));
  const wantsCtrlC = expected.some((l) => l.includes("^C"));
  let text = "";
  const dec = new TextDecoder();
  session.sink = { write: (d) => void (text += typeof d === "string" ? d : dec.decode(d, { stream: true })) };
  const start = m.sched.steps;
  let interrupted = false;
  try {
    for (const line of command.split("\n")) session.tty.typeLine(line);
    for (;;) {
      const used = m.sched.steps - start;
      const limit = wantsCtrlC && !interrupted ? interruptAfter : budget;
      const stop = session.drive(Math.max(1, limit - used), { clock: !(wantsCtrlC && !interrupted) });
      if (stop.kind === "prompt" || stop.kind === "exit") break;
      if (stop.kind === "continuation") {
        session.tty.typeEof();
        continue;
      }
      if (stop.kind === "input") {
        const answer = answerFor(text, expected, vars);
        if (answer === "^C") {
          session.interrupt();
          interrupted = true;
        } else if (answer === null) session.tty.typeEof();
        else session.typeAnswer(answer);
        continue;
      }
      if (stop.kind === "sleep" && (!wantsCtrlC || interrupted)) {
        m.sched.advanceTo(stop.until);
        continue;
      }
      if (wantsCtrlC && !interrupted && stop.kind !== "budget") {
        session.interrupt();
        interrupted = true;
        continue;
      }
      if (stop.kind === "budget" && wantsCtrlC && !interrupted) {
        session.interrupt();
        interrupted = true;
        continue;
      }
      // nothing in the transcript says what to do: say so, end it, go on
      if (stop.kind === "budget") {
        session.note(`looplab: ${command.split("\n")[0]}: still running after ${budget} steps (the step budget); ended`);
        session.kill();
      } else {
        session.note(`looplab: ${command.split("\n")[0]}: waits for something that never comes; interrupted (^C)`);
        session.interrupt();
      }
      interrupted = true;
    }
    session.pump();
  } finally {
    session.sink = null;
  }
  text += dec.decode();
  return { output: text, status: session.exitStatus ?? session.state.lastStatus };
}

/**
 * What to type for a reader of the terminal, from the output so far and the lines expected: the
 * rest of the expected line the cursor is on; "^C" for Ctrl-C; null for end of file.
 */
export function answerFor(text: string, expected: readonly string[], vars: Captures = new Map()): string | null {
  const nl = text.lastIndexOf("\n");
  const done = outputLines(text.slice(0, nl + 1));
  const partial = text.slice(nl + 1);
  // the first expected line after those that match what is complete
  let k = -1;
  for (let i = 0; i <= expected.length; i++) {
    if (outputMatches(expected.slice(0, i), done, vars)) {
      k = i;
      break;
    }
  }
  const written = k >= 0 ? expected[k] : undefined;
  if (written === undefined) return null;
  // what was typed may be a value captured earlier
  let line: string;
  try {
    line = fillCaptures(written, vars);
  } catch (e) {
    if (e instanceof Unbound) return null;
    throw e;
  }
  let rest: string | null = null;
  if (line.startsWith(partial)) rest = line.slice(partial.length);
  else if (line.includes("[..]") && lineMatches(line.slice(0, line.lastIndexOf("[..]") + 4), partial)) rest = line.slice(line.lastIndexOf("[..]") + 4);
  if (rest !== null && rest.startsWith("^C")) return "^C";
  return rest;
}
