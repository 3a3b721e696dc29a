// The line editor behind the prompt: buffer, cursor, history, reverse search, kill/yank.
// Plain data mutated synchronously, one key at a time. The terminal UI keeps one in a ref and
// re-renders after each chunk of input, so keys that arrive back to back in one chunk are all
// applied in order (a React state setter would let later keys see a stale buffer). Pure: no ink.
// With ksh's set -o vi or emacs/gmacs the keys go to that mode's editor (shell/editmode/); with
// neither, the lab's own keys below (arrows, Ctrl-R …) — see docs/fidelity/common.md.
import type { Completer, ModeEditor } from "./editmode/common.js";
import { EmacsMode } from "./editmode/emacs.js";
import { ViMode } from "./editmode/vi.js";
import type { Key } from "./keys.js";
import { charWidth } from "./term.js";

/** the editing mode: ksh's vi, emacs or gmacs, or the lab's own ("lab": no ksh option set) */
export type EditMode = "lab" | "vi" | "emacs" | "gmacs";

export interface SearchState {
  query: string;
  /** index in history of the current match, or -1 */
  at: number;
  failed: boolean;
  /** the line and cursor before the search started (restored on cancel) */
  saved: { buf: string; cur: number };
}

/** what a key asks the owner of the editor to do */
export type EditAction =
  | { kind: "none" }
  | { kind: "changed" }
  | { kind: "submit"; line: string }
  | { kind: "cancel"; line: string }
  | { kind: "eof" }
  | { kind: "clear" }
  | { kind: "complete" }
  | { kind: "bell" }
  /** ksh's = (vi) and Esc-= (emacs): the matches listed under the line, the line shown again */
  | { kind: "list"; items: string[] }
  /** ksh's Ctrl-L in vi and emacs mode: the line shown again on a new line */
  | { kind: "redraw" }
  /** a key the editor does not use (F-keys, PgUp …): the owner may */
  | { kind: "other"; key: Key };

const WORD = /[A-Za-z0-9_]/;

export class LineEditor {
  buf = "";
  cur = 0;
  /** oldest first */
  history: string[] = [];
  /** position in history while browsing; history.length = the line being edited */
  hi = 0;
  /** the line being edited before Up was pressed */
  draft = "";
  search: SearchState | null = null;
  killed = "";
  maxHistory = 1000;
  /** file name completion for vi's \ and emacs's Esc-Esc (the owner sets it) */
  completer: Completer | null = null;
  private modeName: EditMode = "lab";
  private modeEditor: ModeEditor | null = null;
  /** each mode's editor, kept while the mode is off (its last search, last command, …) */
  private modeEditors = new Map<EditMode, ModeEditor>();

  constructor(history: string[] = []) {
    this.history = history.slice(-this.maxHistory);
    this.hi = this.history.length;
  }

  set(buf: string, cur = buf.length): void {
    this.buf = buf;
    this.cur = Math.max(0, Math.min(cur, buf.length));
  }

  insert(text: string): void {
    this.buf = this.buf.slice(0, this.cur) + text + this.buf.slice(this.cur);
    this.cur += text.length;
  }

  get mode(): EditMode {
    return this.modeName;
  }

  /** the editing mode the shell's options ask for; the mode taken up starts on the line as it is */
  setMode(m: EditMode): void {
    if (m === this.modeName) return;
    this.modeName = m;
    this.search = null;
    let ed = this.modeEditors.get(m) ?? null;
    if (ed === null && m !== "lab") {
      ed = m === "vi" ? new ViMode(this) : new EmacsMode(this, m === "gmacs");
      this.modeEditors.set(m, ed);
    }
    this.modeEditor = ed;
    ed?.newLine();
  }

  /** what the hint line says about the mode ("" for the lab's own editor) */
  modeHint(): string {
    return this.modeEditor?.hint() ?? "";
  }

  /** record a submitted line (no empty lines, no immediate duplicates); a position in the
   *  history other than the new line's (emacs Ctrl-O) stays on its command */
  remember(line: string): void {
    const t = line.replace(/\n+$/, "");
    if (t.trim() === "") return;
    const atNew = this.hi >= this.history.length;
    if (this.history[this.history.length - 1] !== t) this.history.push(t);
    const over = this.history.length - this.maxHistory;
    if (over > 0) this.history.splice(0, over);
    this.hi = atNew ? this.history.length : Math.max(0, this.hi - Math.max(0, over));
  }

  reset(): void {
    this.buf = "";
    this.cur = 0;
    this.hi = this.history.length;
    this.draft = "";
    this.search = null;
    this.modeEditor?.newLine();
  }

  private prevCp1(i: number): number {
    if (i <= 0) return 0;
    const c = this.buf.charCodeAt(i - 1);
    return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  }

  private nextCp1(i: number): number {
    if (i >= this.buf.length) return this.buf.length;
    const c = this.buf.charCodeAt(i);
    return c >= 0xd800 && c <= 0xdbff && i + 1 < this.buf.length ? i + 2 : i + 1;
  }

  /** a zero-width character (a combining mark) at i: it belongs to the character before it */
  private zeroAt(i: number): boolean {
    const cp = this.buf.codePointAt(i);
    return cp !== undefined && cp >= 0x300 && cp !== 10 && charWidth(cp) === 0;
  }

  /** the start of the character before i (a base character with its combining marks) */
  private prevCp(i: number): number {
    let j = this.prevCp1(i);
    while (j > 0 && this.zeroAt(j)) j = this.prevCp1(j);
    return j;
  }

  /** the end of the character at i (with the combining marks after it) */
  private nextCp(i: number): number {
    let j = this.nextCp1(i);
    while (j < this.buf.length && this.zeroAt(j)) j = this.nextCp1(j);
    return j;
  }

  private wordLeft(): number {
    let i = this.cur;
    while (i > 0 && !WORD.test(this.buf[i - 1]!)) i--;
    while (i > 0 && WORD.test(this.buf[i - 1]!)) i--;
    return i;
  }

  private wordRight(): number {
    let i = this.cur;
    const n = this.buf.length;
    while (i < n && !WORD.test(this.buf[i]!)) i++;
    while (i < n && WORD.test(this.buf[i]!)) i++;
    return i;
  }

  private historyMove(dir: -1 | 1): EditAction {
    const to = this.hi + dir;
    if (to < 0 || to > this.history.length) return { kind: "bell" };
    if (this.hi === this.history.length) this.draft = this.buf;
    this.hi = to;
    this.set(to === this.history.length ? this.draft : this.history[to]!);
    return { kind: "changed" };
  }

  // ---- reverse search (Ctrl-R) ----

  private find(query: string, from: number): number {
    if (query === "") return -1;
    for (let i = Math.min(from, this.history.length - 1); i >= 0; i--) if (this.history[i]!.includes(query)) return i;
    return -1;
  }

  private startSearch(): void {
    this.search = { query: "", at: -1, failed: false, saved: { buf: this.buf, cur: this.cur } };
  }

  private showMatch(s: SearchState): void {
    if (s.at < 0) return;
    const line = this.history[s.at]!;
    this.set(line, line.indexOf(s.query));
  }

  /** leave search mode keeping the matched line for editing */
  private acceptSearch(): void {
    const s = this.search!;
    this.search = null;
    if (s.at >= 0) this.hi = s.at;
  }

  private searchKey(k: Key): EditAction {
    const s = this.search!;
    if (k.ctrl && k.ch === "r") {
      const at = this.find(s.query, (s.at < 0 ? this.history.length : s.at) - 1);
      if (at < 0) {
        s.failed = true;
        return { kind: "bell" };
      }
      s.at = at;
      s.failed = false;
      this.showMatch(s);
      return { kind: "changed" };
    }
    if (k.ctrl && (k.ch === "g" || k.ch === "c")) {
      this.set(s.saved.buf, s.saved.cur);
      this.search = null;
      return { kind: "changed" };
    }
    if (k.name === "escape") {
      // as in bash: Esc ends the search and keeps the match on the line for editing
      this.acceptSearch();
      return { kind: "changed" };
    }
    if (k.name === "backspace") {
      s.query = s.query.slice(0, -1);
      s.at = this.find(s.query, this.history.length - 1);
      s.failed = s.query !== "" && s.at < 0;
      if (s.at >= 0) this.showMatch(s);
      else this.set(s.saved.buf, s.saved.cur);
      return { kind: "changed" };
    }
    if (k.name === "char" && !k.ctrl && !k.meta) {
      s.query += k.ch;
      const at = this.find(s.query, s.at < 0 ? this.history.length - 1 : s.at);
      if (at < 0) s.failed = true;
      else {
        s.at = at;
        s.failed = false;
        this.showMatch(s);
      }
      return { kind: "changed" };
    }
    // any other key accepts the match and is then handled as usual (Enter runs it)
    this.acceptSearch();
    return this.key(k);
  }

  // ---- one key ----

  key(k: Key): EditAction {
    if (this.modeEditor) return this.modeEditor.key(k);
    if (this.search) return this.searchKey(k);
    if (k.name === "char" && !k.ctrl && !k.meta) {
      this.insert(k.ch);
      return { kind: "changed" };
    }
    if (k.ctrl && !k.meta && k.name === "char") {
      switch (k.ch) {
        case "a":
          this.cur = 0;
          return { kind: "changed" };
        case "e":
          this.cur = this.buf.length;
          return { kind: "changed" };
        case "b":
          this.cur = this.prevCp(this.cur);
          return { kind: "changed" };
        case "f":
          this.cur = this.nextCp(this.cur);
          return { kind: "changed" };
        case "u":
          this.killed = this.buf.slice(0, this.cur);
          this.set(this.buf.slice(this.cur), 0);
          return { kind: "changed" };
        case "k":
          this.killed = this.buf.slice(this.cur);
          this.buf = this.buf.slice(0, this.cur);
          return { kind: "changed" };
        case "w": {
          // unix-word-rubout: the whitespace-delimited word before the cursor
          let i = this.cur;
          while (i > 0 && /\s/.test(this.buf[i - 1]!)) i--;
          while (i > 0 && !/\s/.test(this.buf[i - 1]!)) i--;
          this.killed = this.buf.slice(i, this.cur);
          this.set(this.buf.slice(0, i) + this.buf.slice(this.cur), i);
          return { kind: "changed" };
        }
        case "y":
          this.insert(this.killed);
          return { kind: "changed" };
        case "t": {
          // transpose the two characters before the cursor (at end) or around it
          if (this.buf.length < 2 || this.cur === 0) return { kind: "bell" };
          const i = this.cur === this.buf.length ? this.cur - 1 : this.cur;
          const b = this.buf;
          this.set(b.slice(0, i - 1) + b[i]! + b[i - 1]! + b.slice(i + 1), i + 1);
          return { kind: "changed" };
        }
        case "h":
          return this.key({ ...k, name: "backspace", ctrl: false, ch: "" });
        case "d":
          if (this.buf === "") return { kind: "eof" };
          return this.key({ ...k, name: "delete", ctrl: false, ch: "" });
        case "c": {
          const line = this.buf;
          this.reset();
          return { kind: "cancel", line };
        }
        case "l":
          return { kind: "clear" };
        case "r":
          this.startSearch();
          return { kind: "changed" };
        case "p":
          return this.historyMove(-1);
        case "n":
          return this.historyMove(1);
        case "j":
        case "m":
          return this.key({ ...k, name: "enter", ctrl: false, ch: "" });
        case "i":
          return this.key({ ...k, name: "tab", ctrl: false, ch: "" });
        default:
          return { kind: "other", key: k };
      }
    }
    if (k.meta && k.name === "char") {
      switch (k.ch) {
        case "b":
          this.cur = this.wordLeft();
          return { kind: "changed" };
        case "f":
          this.cur = this.wordRight();
          return { kind: "changed" };
        case "d": {
          const to = this.wordRight();
          this.killed = this.buf.slice(this.cur, to);
          this.buf = this.buf.slice(0, this.cur) + this.buf.slice(to);
          return { kind: "changed" };
        }
        default:
          return { kind: "other", key: k };
      }
    }
    switch (k.name) {
      case "enter": {
        const line = this.buf;
        this.reset();
        return { kind: "submit", line };
      }
      case "tab":
        return { kind: "complete" };
      case "backspace": {
        if (k.meta) {
          const i = this.wordLeft();
          this.killed = this.buf.slice(i, this.cur);
          this.set(this.buf.slice(0, i) + this.buf.slice(this.cur), i);
          return { kind: "changed" };
        }
        if (this.cur === 0) return { kind: "bell" };
        const i = this.prevCp(this.cur);
        this.set(this.buf.slice(0, i) + this.buf.slice(this.cur), i);
        return { kind: "changed" };
      }
      case "delete": {
        if (this.cur >= this.buf.length) return { kind: "bell" };
        const j = this.nextCp(this.cur);
        this.buf = this.buf.slice(0, this.cur) + this.buf.slice(j);
        return { kind: "changed" };
      }
      case "left":
        this.cur = k.ctrl || k.meta ? this.wordLeft() : this.prevCp(this.cur);
        return { kind: "changed" };
      case "right":
        this.cur = k.ctrl || k.meta ? this.wordRight() : this.nextCp(this.cur);
        return { kind: "changed" };
      case "home":
        this.cur = 0;
        return { kind: "changed" };
      case "end":
        this.cur = this.buf.length;
        return { kind: "changed" };
      case "up":
        return this.historyMove(-1);
      case "down":
        return this.historyMove(1);
      default:
        return { kind: "other", key: k };
    }
  }
}
