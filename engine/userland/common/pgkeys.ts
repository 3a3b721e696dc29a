// How pg reads a command at its prompt (AIX 4.1.3 pg.c ttyin and set_state): the terminal is in
// non-canonical mode without echo, and pg echoes each key it takes itself. A command is an
// optional sign and number and a command letter; a key that cannot come next rings the bell and
// is dropped; the erase key takes the last key back, the kill key (Ctrl-U) starts the command
// again at a fresh prompt, Enter ends it. With -n a command letter ends the command at once, no
// Enter needed. When the command is read, the prompt's line is taken away (CR, clear to the end
// of the line, CR).
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { BELL, ERASE_LINE, type Keyboard } from "./pager.js";

/** letters that end a command with -n (pg.c: "h\014.wz\004dqQfl np$") */
const LETTERS = "h\x0c.wz\x04dqQfl np$";
/** commands that take the rest of the line (a file name, a pattern, a shell command) */
const LINE_COMMANDS = "s/^?!";
/** set_state's states: nothing yet, a sign, digits, a command letter, done (-n) */
const START = 1;
const SIGN = 2;
const DIGITS = 3;
const REST = 4;
const DONE = 10;

const isDigit = (c: string) => c >= "0" && c <= "9";

/** the state after key c in state s; 0 when c cannot come there */
function step(s: number, c: string, nflag: boolean): number {
  if (s === REST) return REST;
  if (s === START) {
    if (c === "\t" || (!nflag && c === " ")) return START;
    if (c === "+" || c === "-") return SIGN;
  }
  if (isDigit(c)) return DIGITS;
  if (LETTERS.includes(c)) return nflag ? DONE : REST;
  if (LINE_COMMANDS.includes(c)) return REST;
  return 0;
}

/** the state after the keys typed so far */
function stateOf(text: string, nflag: boolean): number {
  let s = START;
  for (const c of text) s = step(s, c, nflag);
  return s;
}

/** a key as pg echoes it: a control character as ^X */
function shown(c: string): string {
  return c < " " ? "^" + String.fromCharCode(c.charCodeAt(0) + 64) : c;
}

/**
 * The prompt, then a command typed after it: its text; null at end of file (the terminal is
 * gone). `prompt` is written first; a killed command brings it back on a fresh line.
 */
export function* readPgCommand(ctx: CommandContext, kb: Keyboard, prompt: string, nflag: boolean): Co<string | null> {
  const out = ctx.stdout;
  yield* out.put(prompt);
  let text = "";
  let width = prompt.length;
  for (;;) {
    const c = yield* kb.key();
    if (c === null) return null;
    if (c === "\n" || c === "\r") break;
    if (c === "\b" || c === "\x7f") {
      if (text !== "") {
        const last = text[text.length - 1]!;
        text = text.slice(0, -1);
        yield* out.put(last < " " ? "\b \b\b \b" : "\b \b");
        width -= shown(last).length;
      }
      continue;
    }
    if (c === "\x15") {
      // the kill key: the line goes, the prompt comes again
      yield* out.put(ERASE_LINE + "\r" + prompt);
      text = "";
      width = prompt.length;
      continue;
    }
    const s = step(stateOf(text, nflag), c, nflag);
    if (s === 0 || width + 2 >= ctx.columns) {
      yield* out.put(BELL);
      continue;
    }
    text += c;
    width += shown(c).length;
    yield* out.put(shown(c));
    if (s === DONE) break;
  }
  yield* out.put(ERASE_LINE + "\r");
  return text;
}
