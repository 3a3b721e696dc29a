// Practice's words at the prompt, its keys and the sentences it says, for the lab
// (shell/practice.ts, shell/practicefield.ts) and headless practice (shell/practiceheadless.ts)
// alike: which lines are its words, and why a typed answer is wrong without saying what is right.
import type { Question } from "../engine/practice/index.js";

/** the keys, as the hint line and the help name them */
export const PRACTICE_KEYS = { hint: "f4", answer: "f5", reset: "f6", solution: "f7" } as const;

/** how the Practice pane's note reads: a right answer, a wrong one or a failure, anything else */
export type Tone = "good" | "bad" | "info";

export type Word = "hint" | "answer" | "reset" | "solution";
/** what a sentence practice says in the session is: a hint, an answer's verdict ("This exercise
 *  asks no questions" too), Solved, the solution */
export type Said = "hint" | "answer" | "solved" | "solution";

/** a line typed at the prompt that is one of practice's words (:hint, :answer [TEXT], :reset,
 *  :solution: no system has commands by those names), or null: anything else is the shell's
 *  (`:hint me` too) */
export function practiceWord(line: string): { word: Word; text: string } | null {
  const m = /^\s*:(hint|answer|reset|solution)(?:\s+(.*?))?\s*$/.exec(line);
  if (!m || (m[2] && m[1] !== "answer")) return null;
  return { word: m[1] as Word, text: m[2] ?? "" };
}

/** a wrong answer to a pattern question: what form the answer has, when the typed one has
 *  another (`pid 118` for a number), from the example's form — never the example itself */
function notThePattern(example: string, typed: string): string {
  const forms: [RegExp, string][] = [
    [/^\d+$/, "a number"],
    [/^\/\S*$/, "a path"],
    // no "one word": a pattern that takes `sleep` may take `sleep 86400` too
  ];
  const form = forms.find(([re]) => re.test(example));
  return form && !form[0].test(typed) ? `that is not the answer (the answer is ${form[1]})` : "that is not the answer";
}

/** why a typed answer is not the answer, without saying what is */
export function wrongBecause(q: Question, typed: string): string {
  const f = q.from;
  if (!f) return notThePattern(q.example!, typed);
  switch (f.kind) {
    case "holder-of":
      return `${typed} does not hold ${f.image} now`;
    case "image-of":
      return `${f.device} is not bound to ${typed} now`;
    case "mounted-on":
      return `${typed} is not what is mounted on ${f.on} now`;
    case "fstype-of":
      return `${f.on} is not of type ${typed} now`;
    case "state-of":
      return `${f.device} is not ${typed} now`;
    case "attribute":
      return `${f.device}'s ${f.attribute} attribute is not ${typed} now`;
    case "users-of":
      return `${typed} is not a process that uses the file system of ${f.on} now`;
    case "device-number-of":
      return `${typed} is not the device number of ${f.path} now`;
  }
}
