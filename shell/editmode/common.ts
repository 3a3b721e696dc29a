// What ksh88's vi and emacs editing modes share: their idea of a word, the history search (/ in
// vi, Ctrl-R in emacs), the last command's words (vi _, emacs Esc-.), file name completion in
// place (vi \ * =, emacs Esc-Esc Esc-* Esc-=) and the version string Ctrl-V shows. Pure: the
// completion itself is the lab's (shell/complete.ts), handed in by the owner of the editor.
import type { Completion } from "../complete.js";
import { wordAt } from "../complete.js";
import type { EditAction } from "../editor.js";
import type { Key } from "../keys.js";

/** what the editor of one mode does with a key; the line editor hands it every key */
export interface ModeEditor {
  key(k: Key): EditAction;
  /** a new line begins (the last was run, cancelled, or handed to a program) */
  newLine(): void;
  /** a few words for the hint line about the state the mode is in */
  hint(): string;
}

/** completes the word before `cursor` in `line` (the lab's Tab completion) */
export type Completer = (line: string, cursor: number) => Completion | null;

/** ksh88's Ctrl-V (both modes): the shell's version, on the line until a key is pressed */
/**
 * ksh88 edits in a fixed line buffer and rings the bell when a command would grow the line past
 * it; the lab's buffer is larger (a pasted command line fits) but as finite. A count is never
 * worth more than the buffer: larger counts are taken as this one, so `10000000000p` or a huge
 * count before `.` ends at once instead of holding the terminal.
 */
export const MAXLINE = 8192;

export const KSH_VERSION = "Version M-11/16/88f";

/** a letter or digit (ksh88 tests isalnum; a character beyond ASCII counts as one too) */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === "") return false;
  return /[A-Za-z0-9]/.test(ch) || ch.charCodeAt(0) > 0x7f;
}

/** a blank (space, tab, newline) */
export function isBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n";
}

/**
 * ksh88's hist_find: the nearest command after `from` (exclusive) in direction `dir` that contains
 * `query` (a leading ^ anchors it at the start of the command; \^ is a plain ^); -1 if none.
 */
export function findHistory(history: readonly string[], query: string, from: number, dir: -1 | 1): number {
  let q = query;
  let anchored = false;
  if (q.startsWith("\\")) q = q.slice(1);
  else if (q.startsWith("^")) {
    anchored = true;
    q = q.slice(1);
  }
  for (let i = from + dir; i >= 0 && i < history.length; i += dir) {
    const h = history[i]!;
    if (anchored ? h.startsWith(q) : h.includes(q)) return i;
  }
  return -1;
}

/** ksh88's hist_word: word n (1 the command name) of the last command, the last word when n < 1 */
export function lastCommandWord(history: readonly string[], n: number): string {
  const words = (history[history.length - 1] ?? "").split(/[ \t\n]+/).filter((w) => w !== "");
  if (words.length === 0) return "";
  return n >= 1 && n <= words.length ? words[n - 1]! : words[words.length - 1]!;
}

const BREAK = /[\s;|&<>()]/;
const SPECIAL = /([\s\\'"$`;|&<>()*?[\]#~])/g;

/** the word around position `at` as ksh's ed_expand takes it: back from at-1 to a blank or
 *  operator, forward to the next one */
export function wordAround(line: string, at: number): { start: number; end: number } {
  let start = Math.min(at, line.length);
  while (start > 0 && !BREAK.test(line[start - 1]!)) start--;
  let end = start;
  while (end < line.length && !BREAK.test(line[end]!)) end++;
  return { start, end };
}

export type Expansion = { kind: "line"; buf: string; cur: number } | { kind: "list"; items: string[] } | null;

/**
 * File name completion in place on the word around `at`: `\` completes it as far as the matches
 * agree (a / after a directory, a blank after a unique file), `*` replaces it with every match,
 * `=` lists the matches. The cursor goes after the new text. null: nothing matches (the bell).
 */
export function expandWord(completer: Completer, line: string, at: number, how: "\\" | "*" | "="): Expansion {
  const { start, end } = wordAround(line, at);
  if (start === end) return null;
  const c = completer(line, end);
  if (!c) return null;
  if (how === "=") return { kind: "list", items: c.candidates };
  let text: string;
  if (how === "\\") text = c.replacement;
  else {
    const word = wordAt(line, end).text;
    const dir = word.slice(0, word.lastIndexOf("/") + 1);
    text = c.candidates.map((x) => (dir + x.replace(/\/$/, "")).replace(SPECIAL, "\\$1")).join(" ");
  }
  return { kind: "line", buf: line.slice(0, c.start) + text + line.slice(end), cur: c.start + text.length };
}

/** ksh's list of matches (vi =, emacs Esc-=): numbered as select numbers its menu */
export function numberedList(items: readonly string[]): string[] {
  const w = String(items.length).length;
  return items.map((x, i) => `${String(i + 1).padStart(w)}) ${x}`);
}
