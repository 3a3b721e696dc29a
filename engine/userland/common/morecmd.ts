// more's commands as they are typed at its prompt (AIX 4.1.3 more, command.c and decode.c): a
// single key read with the terminal in non-canonical mode and nothing echoed, after an optional
// count (its digits show after a ":" on the prompt's line), or a key after the prefix ":" or Z
// (:n, :p, :q, :f, ZZ). The prompt's line is taken away (CR and clear to the end of the line)
// before what the command writes.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { ERASE_LINE, type Keyboard } from "./pager.js";

export interface MoreCommand {
  /** the key, or the prefix and its key (":n", "ZZ") */
  key: string;
  /** the count typed before it; 0 when none */
  count: number;
}

/** the line the cursor is on: a prompt or a message is written there and taken away again */
export class PromptLine {
  /** something is on the cursor's line */
  private shown = false;

  constructor(private ctx: CommandContext) {}

  *show(text: string): Co<void> {
    yield* this.erase();
    yield* this.ctx.stdout.put(text);
    this.shown = true;
  }

  /** text added to what the line shows (a key echoed) */
  *add(text: string): Co<void> {
    yield* this.ctx.stdout.put(text);
    this.shown = true;
  }

  *erase(): Co<void> {
    if (!this.shown) return;
    yield* this.ctx.stdout.put(ERASE_LINE);
    this.shown = false;
  }
}

const isDigit = (k: string) => k >= "0" && k <= "9";

/**
 * The prompt, then a command: null at end of file (the terminal is gone); a command with an empty
 * key when the count was erased away (more prompts again).
 */
export function* readCommand(kb: Keyboard, line: PromptLine, prompt: string): Co<MoreCommand | null> {
  yield* line.show(prompt);
  let k = yield* kb.key();
  if (k === null) return null;
  let count = 0;
  if (isDigit(k)) {
    let digits = k;
    yield* line.show(":" + k);
    for (;;) {
      k = yield* kb.key();
      if (k === null) return null;
      if (isDigit(k)) {
        digits += k;
        yield* line.add(k);
      } else if (k === "\b" || k === "\x7f") {
        if (digits.length === 1) return { key: "", count: 0 };
        digits = digits.slice(0, -1);
        yield* line.add("\b \b");
      } else break;
    }
    count = Number(digits);
  }
  if (k === ":" || k === "Z") {
    // a prefix: it shows on the line until its second key
    yield* line.show(k);
    const second = yield* kb.key();
    if (second === null) return null;
    k += second;
  }
  return { key: k, count };
}

/** what a command does */
export type MoreAction =
  | { kind: "forward"; lines: number }
  | { kind: "back"; lines: number }
  | { kind: "goto"; line: number | "end" }
  | { kind: "percent"; percent: number }
  | { kind: "search"; forward: boolean }
  | { kind: "again"; reverse: boolean }
  | { kind: "repaint" | "stat" | "help" | "quit" | "next" | "prev" }
  | { kind: "invalid" };

const CTRL = (c: string) => String.fromCharCode(c.charCodeAt(0) & 0x1f);

/** the action of a command (decode.c's table); `o` gives the defaults and takes what a count
 *  sets (z sets the window, d and u the scroll) */
export function decode(c: MoreCommand, o: { window: number; scroll: number }): MoreAction {
  const n = c.count;
  switch (c.key) {
    case " ":
    case "f":
    case CTRL("F"):
      return { kind: "forward", lines: n || o.window };
    case "z":
      if (n) o.window = n;
      return { kind: "forward", lines: o.window };
    case "\n":
    case "\r":
    case "j":
    case CTRL("E"):
      return { kind: "forward", lines: n || 1 };
    case "d":
    case CTRL("D"):
      if (n) o.scroll = n;
      return { kind: "forward", lines: o.scroll };
    case "s":
      return { kind: "forward", lines: n || 1 };
    case "b":
    case CTRL("B"):
      return { kind: "back", lines: n || o.window };
    case "k":
    case CTRL("Y"):
      return { kind: "back", lines: n || 1 };
    case "u":
    case CTRL("U"):
      if (n) o.scroll = n;
      return { kind: "back", lines: o.scroll };
    case "g":
      return { kind: "goto", line: n || 1 };
    case "G":
      return { kind: "goto", line: n || "end" };
    case "p":
    case "%":
      return { kind: "percent", percent: Math.min(100, n) };
    case "/":
    case "?":
      return { kind: "search", forward: c.key === "/" };
    case "n":
    case "N":
      return { kind: "again", reverse: c.key === "N" };
    case "r":
    case "R":
    case CTRL("L"):
      return { kind: "repaint" };
    case "=":
    case CTRL("G"):
    case ":f":
      return { kind: "stat" };
    case "h":
      return { kind: "help" };
    case "q":
    case "Q":
    case ":q":
    case ":Q":
    case "ZZ":
      return { kind: "quit" };
    case ":n":
      return { kind: "next" };
    case ":p":
    case "P":
      return { kind: "prev" };
    default:
      return { kind: "invalid" };
  }
}
