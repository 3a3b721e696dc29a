// ksh88's emacs editing mode, what its keys do to the line: the kill buffer's deletes (into the
// line editor's kill buffer, shared with vi's yank), the mark, Ctrl-T, the history and its Ctrl-R
// search (the string is typed on the line after ^R; Enter searches), Ctrl-] and file name
// completion in place. emacs.ts reads the keys.
import type { EditAction, LineEditor } from "../editor.js";
import type { Key } from "../keys.js";
import { expandWord, findHistory } from "./common.js";

export const CHANGED: EditAction = { kind: "changed" };
export const BELL: EditAction = { kind: "bell" };
export const NONE: EditAction = { kind: "none" };

export class EmacsEdits {
  /** Ctrl-@ / Esc-space sets it; Ctrl-W kills to it, Ctrl-X Ctrl-X swaps it with the cursor */
  protected mark = 0;
  /** after Ctrl-] (forward) or Esc Ctrl-] (back): the character to move to is next */
  protected findNext: { dir: 1 | -1; count: number } | null = null;
  /** Ctrl-R: the line before it (the string is typed on the line after ^R) */
  protected search: { buf: string; cur: number; count: number; quoted: boolean } | null = null;
  private lstring = "";
  private prevDirection: -1 | 1 = 1;

  constructor(
    protected readonly e: LineEditor,
    protected readonly gmacs: boolean,
  ) {}

  protected cancel(): EditAction {
    const line = this.e.buf;
    this.e.reset();
    return { kind: "cancel", line };
  }

  protected submit(): EditAction {
    const line = this.e.buf;
    this.e.reset();
    return { kind: "submit", line };
  }

  /** the control keys that move, delete, kill and yank (given: the count typed, -1 for none);
   *  null for a key that is none of them */
  protected editKey(ctrl: string, count: number, given: number): EditAction | null {
    const e = this.e;
    switch (ctrl) {
      case "y":
        this.mark = e.cur;
        e.insert(e.killed);
        return CHANGED;
      case "h":
        this.eraseBack(count);
        return CHANGED;
      case "w":
        this.killRegion();
        return CHANGED;
      case "f":
        e.cur += Math.min(count, e.buf.length - e.cur);
        return CHANGED;
      case "b":
        e.cur -= Math.min(count, e.cur);
        return CHANGED;
      case "]":
        this.findNext = { dir: 1, count };
        return NONE;
      case "t":
        return this.transpose();
      case "a":
        e.cur = 0;
        return CHANGED;
      case "e":
        e.cur = e.buf.length;
        return CHANGED;
      case "u":
        // the terminal's kill character: the whole line
        e.cur = 0;
        return this.killToEnd();
      case "k":
        if (given < 0) return this.killToEnd();
        // with a count: from the cursor to that column
        this.mark = given;
        this.killRegion();
        return CHANGED;
      default:
        return null;
    }
  }

  /** count characters before the cursor go (into the kill buffer) */
  protected eraseBack(count: number): void {
    const e = this.e;
    const i = e.cur - Math.min(count, e.cur);
    e.killed = e.buf.slice(i, e.cur);
    e.set(e.buf.slice(0, i) + e.buf.slice(e.cur), i);
    this.mark = i;
  }

  /** count characters from the cursor go (into the kill buffer) */
  protected deleteForward(count: number): void {
    const e = this.e;
    this.mark = e.cur;
    const j = Math.min(e.buf.length, e.cur + count);
    e.killed = e.buf.slice(e.cur, j);
    e.buf = e.buf.slice(0, e.cur) + e.buf.slice(j);
  }

  /** Ctrl-W: from the cursor to the mark */
  protected killRegion(): void {
    const e = this.e;
    if (this.mark > e.buf.length) this.mark = e.buf.length;
    if (this.mark > e.cur) this.deleteForward(this.mark - e.cur);
    else if (this.mark < e.cur) this.eraseBack(e.cur - this.mark);
  }

  protected killToEnd(): EditAction {
    const e = this.e;
    e.killed = e.buf.slice(e.cur);
    e.buf = e.buf.slice(0, e.cur);
    this.mark = e.cur;
    return CHANGED;
  }

  /** Ctrl-T: emacs swaps the character under the cursor with the next and moves on (at the end
   *  of the line, the two before it); gmacs always swaps the two before the cursor */
  protected transpose(): EditAction {
    const e = this.e;
    const b = e.buf;
    const i = e.cur;
    if (this.gmacs || i === b.length) {
      if (i < 2) return BELL;
      e.buf = b.slice(0, i - 2) + b[i - 1] + b[i - 2] + b.slice(i);
      return CHANGED;
    }
    if (b.length <= i + 1) return BELL;
    e.set(b.slice(0, i) + b[i + 1] + b[i] + b.slice(i + 2), i + 1);
    return CHANGED;
  }

  // ---- history ----

  protected show(at: number): EditAction {
    this.e.hi = at;
    this.e.set(this.e.history[at] ?? "");
    return CHANGED;
  }

  protected older(count: number): EditAction {
    if (this.e.hi - count < 0) {
      this.e.hi = 0;
      return BELL;
    }
    return this.show(this.e.hi - count);
  }

  protected newer(count: number): EditAction {
    const at = this.e.hi + count;
    if (at > this.e.history.length) return BELL;
    return this.show(at);
  }

  /** Ctrl-R's string, typed on the line after ^R; Enter searches */
  protected searchKey(k: Key): EditAction {
    const s = this.search!;
    const e = this.e;
    const ctrl = k.ctrl && k.name === "char" ? k.ch : "";
    if (s.quoted && k.name === "char") {
      s.quoted = false;
      e.set(e.buf.slice(0, -1) + k.ch);
      return CHANGED;
    }
    if (k.name === "char" && !k.ctrl) {
      if (k.ch === "\\") s.quoted = true;
      e.set(e.buf + k.ch);
      return CHANGED;
    }
    if (k.name === "backspace") {
      if (e.buf.length <= 2) return BELL;
      e.set(e.buf.slice(0, -1));
      return CHANGED;
    }
    if (ctrl === "u" || k.name === "escape") {
      this.search = null;
      e.set(s.buf, s.cur);
      return ctrl === "u" ? BELL : CHANGED;
    }
    if (k.name === "enter" || ctrl === "j" || ctrl === "m") return this.runSearch(s);
    return BELL;
  }

  protected runSearch(s: { buf: string; count: number }): EditAction {
    const e = this.e;
    const q = e.buf.slice(2);
    this.search = null;
    // ksh88: a count of 0 searches toward newer lines (and turns the remembered way round)
    let dir: -1 | 1 = -1;
    if (s.count < 1) {
      this.prevDirection = -this.prevDirection as -1 | 1;
      dir = 1;
    }
    if (q !== "") {
      this.lstring = q;
      this.prevDirection = dir;
    } else dir = this.prevDirection;
    const at = findHistory(e.history, this.lstring, e.hi, dir);
    if (at >= 0) return this.show(at);
    e.hi = e.history.length;
    e.set(s.buf);
    return BELL;
  }

  protected expand(how: "\\" | "*" | "="): EditAction {
    const e = this.e;
    this.mark = e.cur;
    const r = e.completer ? expandWord(e.completer, e.buf, e.cur, how) : null;
    if (r === null) return BELL;
    if (r.kind === "list") return { kind: "list", items: r.items };
    e.set(r.buf, r.cur);
    return CHANGED;
  }

  /** the character after Ctrl-] (the count-th one after the cursor, round to the start) or Esc
   *  Ctrl-] (before the cursor, round to the end) */
  protected findKey(k: Key): EditAction {
    const f = this.findNext!;
    this.findNext = null;
    const e = this.e;
    const c = k.name === "char" && !k.ctrl ? k.ch : null;
    if (c === null || f.count === 0 || f.count > e.buf.length) return BELL;
    const b = e.buf;
    let n = f.count;
    if (f.dir === 1) {
      for (let i = b[e.cur] !== undefined ? e.cur + 1 : e.cur; i < b.length; i++) if (b[i] === c && --n === 0) return this.moveTo(i);
      for (let i = 0; i < e.cur; i++) if (b[i] === c && --n === 0) return this.moveTo(i);
    } else {
      for (let i = e.cur > 0 ? e.cur - 1 : 0; i >= 0; i--) if (b[i] === c && --n === 0) return this.moveTo(i);
      for (let i = b.length; i > e.cur; i--) if (b[i] === c && --n === 0) return this.moveTo(i);
    }
    return CHANGED;
  }

  protected moveTo(i: number): EditAction {
    this.e.cur = i;
    return CHANGED;
  }
}
