// ksh88's emacs (and gmacs) editing mode (set -o emacs): as ksh88's emacs.c, one key at a time.
// Esc is a prefix: Esc then digits gives the next command a count, Esc then a key is that key's
// Meta command (a terminal may also send the two together). Ctrl-R reads its string on the line
// itself and searches when Enter ends it. The kill buffer is the editor's (shared with vi's
// yank). Beyond ksh88, for the lab's users: the arrow keys, Home, End and Delete, and Tab
// completes. Ctrl-C is the terminal's interrupt, so ksh's Ctrl-C (upper case) is Esc-c only.
import type { EditAction, LineEditor } from "../editor.js";
import type { Key } from "../keys.js";
import { expandWord, findHistory, isWordChar, KSH_VERSION, lastCommandWord, type ModeEditor } from "./common.js";

const CHANGED: EditAction = { kind: "changed" };
const BELL: EditAction = { kind: "bell" };
const NONE: EditAction = { kind: "none" };

/** what the keys that are not characters do: the control key they stand for */
const KEY_AS_CTRL: Partial<Record<Key["name"], string>> = { up: "p", down: "n", left: "b", right: "f", home: "a", end: "e" };

export class EmacsMode implements ModeEditor {
  /** Ctrl-@ / Esc-space sets it; Ctrl-W kills to it, Ctrl-X Ctrl-X swaps it with the cursor */
  private mark = 0;
  /** the count for the next command (Esc digits), -1 for none */
  private adjust = -1;
  /** after Esc: the digits typed so far, and the count that was given before the Esc */
  private esc: { digits: string; count: number } | null = null;
  private ctrlX = false;
  /** after Ctrl-] (forward) or Esc Ctrl-] (back): the character to move to is next */
  private findNext: { dir: 1 | -1; count: number } | null = null;
  /** Ctrl-R: the line before it (the string is typed on the line after ^R) */
  private search: { buf: string; cur: number; count: number; quoted: boolean } | null = null;
  private lstring = "";
  private prevDirection: -1 | 1 = 1;
  /** Ctrl-V: the line while the version is shown */
  private version: { buf: string; cur: number } | null = null;
  /** Ctrl-O: the history line that ran; the next line starts with the one after it */
  private operated: number | null = null;

  constructor(
    private readonly e: LineEditor,
    private readonly gmacs: boolean,
  ) {}

  newLine(): void {
    this.mark = 0;
    this.adjust = -1;
    this.esc = null;
    this.ctrlX = false;
    this.findNext = null;
    this.search = null;
    this.version = null;
    const at = this.operated;
    this.operated = null;
    // ksh yanks the next line in: it lands in the kill buffer too
    if (at !== null && at + 1 < this.e.history.length) {
      this.e.killed = this.e.history[at + 1]!;
      this.e.set(this.e.killed);
      this.e.hi = at + 1;
    }
  }

  hint(): string {
    if (this.search) return "emacs: a search of the history · Enter finds";
    return `${this.gmacs ? "gmacs" : "emacs"} mode: ^A ^E ^B ^F Esc-b Esc-f move · ^K ^W ^Y kill · ^P ^N ^R history`;
  }

  key(k: Key): EditAction {
    const ctrl = k.ctrl && k.name === "char" ? k.ch : "";
    if (ctrl === "c") return this.cancel();
    if (ctrl === "z" || ctrl === "\\") return { kind: "other", key: k };
    if (this.version) {
      this.e.set(this.version.buf, this.version.cur);
      this.version = null;
      if (k.name === "char" && k.ch === " " && !k.ctrl && !k.meta) return CHANGED;
    }
    if (this.search) return this.searchKey(k);
    if (this.findNext) return this.findKey(k);
    if (this.ctrlX) {
      this.ctrlX = false;
      if (ctrl !== "x") return BELL;
      const m = Math.min(this.mark, this.e.buf.length);
      this.mark = this.e.cur;
      this.e.cur = m;
      return CHANGED;
    }
    if (this.esc) return this.escKey(k);
    if (k.meta && k.name !== "escape") {
      this.esc = { digits: "", count: this.takeCount() };
      return this.key({ ...k, meta: false, seq: k.seq.slice(1) });
    }
    return this.main(k);
  }

  private takeCount(): number {
    const c = this.adjust;
    this.adjust = -1;
    return c;
  }

  private cancel(): EditAction {
    const line = this.e.buf;
    this.e.reset();
    return { kind: "cancel", line };
  }

  // ---- the keys without a prefix ----

  private main(k: Key): EditAction {
    const e = this.e;
    const given = this.takeCount();
    const count = given < 0 ? 1 : given;
    let ctrl = k.ctrl && k.name === "char" ? k.ch : (KEY_AS_CTRL[k.name] ?? "");
    if (k.name === "char" && !k.ctrl) {
      e.insert(k.ch);
      return CHANGED;
    }
    if (k.name === "enter") ctrl = "m";
    if (k.name === "backspace") ctrl = "h";
    switch (ctrl) {
      case " ":
        this.mark = e.cur;
        return NONE;
      case "x":
        this.ctrlX = true;
        return NONE;
      case "d":
        if (e.buf === "") return { kind: "eof" };
        this.deleteForward(count);
        return CHANGED;
      case "y":
        this.mark = e.cur;
        e.insert(e.killed);
        return CHANGED;
      case "j":
      case "m":
        return this.submit();
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
        if (given >= 0) {
          this.mark = given;
          this.killRegion();
          return CHANGED;
        }
        return this.killToEnd();
      case "l":
        return { kind: "redraw" };
      case "r":
        this.search = { buf: e.buf, cur: e.cur, count, quoted: false };
        e.set("^R");
        return CHANGED;
      case "p":
        return this.older(count);
      case "n":
        return this.newer(count);
      case "o":
        this.operated = e.hi;
        return this.submit();
      case "v":
        this.version = { buf: e.buf, cur: e.cur };
        e.set(KSH_VERSION);
        return CHANGED;
      default:
        break;
    }
    if (k.name === "escape") {
      this.esc = { digits: "", count: given };
      return NONE;
    }
    if (k.name === "tab") return { kind: "complete" };
    if (k.name === "delete") {
      if (e.cur >= e.buf.length) return BELL;
      this.deleteForward(count);
      return CHANGED;
    }
    return k.name === "char" ? BELL : { kind: "other", key: k };
  }

  private submit(): EditAction {
    const line = this.e.buf;
    this.e.reset();
    return { kind: "submit", line };
  }

  /** count characters before the cursor go (into the kill buffer) */
  private eraseBack(count: number): void {
    const e = this.e;
    const i = e.cur - Math.min(count, e.cur);
    e.killed = e.buf.slice(i, e.cur);
    e.set(e.buf.slice(0, i) + e.buf.slice(e.cur), i);
    this.mark = i;
  }

  /** count characters from the cursor go (into the kill buffer) */
  private deleteForward(count: number): void {
    const e = this.e;
    this.mark = e.cur;
    const j = Math.min(e.buf.length, e.cur + count);
    e.killed = e.buf.slice(e.cur, j);
    e.buf = e.buf.slice(0, e.cur) + e.buf.slice(j);
  }

  /** Ctrl-W: from the cursor to the mark */
  private killRegion(): void {
    const e = this.e;
    if (this.mark > e.buf.length) this.mark = e.buf.length;
    if (this.mark > e.cur) this.deleteForward(this.mark - e.cur);
    else if (this.mark < e.cur) this.eraseBack(e.cur - this.mark);
  }

  private killToEnd(): EditAction {
    const e = this.e;
    e.killed = e.buf.slice(e.cur);
    e.buf = e.buf.slice(0, e.cur);
    this.mark = e.cur;
    return CHANGED;
  }

  /** Ctrl-T: emacs swaps the character under the cursor with the next and moves on (at the end
   *  of the line, the two before it); gmacs always swaps the two before the cursor */
  private transpose(): EditAction {
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

  private show(at: number): EditAction {
    this.e.hi = at;
    this.e.set(this.e.history[at] ?? "");
    return CHANGED;
  }

  private older(count: number): EditAction {
    if (this.e.hi - count < 0) {
      this.e.hi = 0;
      return BELL;
    }
    return this.show(this.e.hi - count);
  }

  private newer(count: number): EditAction {
    const at = this.e.hi + count;
    if (at > this.e.history.length) return BELL;
    return this.show(at);
  }

  /** Ctrl-R's string, typed on the line after ^R; Enter searches */
  private searchKey(k: Key): EditAction {
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

  private runSearch(s: { buf: string; count: number }): EditAction {
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

  // ---- Esc, and Esc then a key ----

  private escKey(k: Key): EditAction {
    const esc = this.esc!;
    if (k.name === "char" && !k.ctrl && !k.meta && /[0-9]/.test(k.ch)) {
      esc.digits += k.ch;
      return NONE;
    }
    this.esc = null;
    if (esc.digits !== "") {
      // Esc digits: a count for the key that follows
      this.adjust = Number(esc.digits);
      return this.key(k);
    }
    return this.escCommand(k, esc.count);
  }

  private escCommand(k: Key, given: number): EditAction {
    const e = this.e;
    let value = given < 0 ? 1 : given;
    const ch = k.name === "escape" ? "\x1b" : k.name === "backspace" ? "h" : k.name === "char" ? (k.ctrl ? "^" + k.ch : k.ch) : "";
    const word = (i: number) => isWordChar(e.buf[i]);
    switch (ch) {
      case " ":
        this.mark = e.cur;
        return NONE;
      case "p":
        // copy the region to the kill buffer: Ctrl-W then Ctrl-Y
        this.killRegion();
        this.mark = e.cur;
        e.insert(e.killed);
        return CHANGED;
      case "l":
      case "c":
      case "d":
      case "f": {
        let i = e.cur;
        while (value-- > 0 && i < e.buf.length) {
          while (i < e.buf.length && !word(i)) i++;
          while (i < e.buf.length && word(i)) i++;
        }
        if (ch === "d") {
          if (i === e.cur) return BELL;
          this.deleteForward(i - e.cur);
          return CHANGED;
        }
        if (ch !== "f") {
          const part = e.buf.slice(e.cur, i);
          e.buf = e.buf.slice(0, e.cur) + (ch === "l" ? part.toLowerCase() : part.toUpperCase()) + e.buf.slice(i);
        }
        e.cur = i;
        return CHANGED;
      }
      case "b":
      case "h":
      case "^h": {
        let i = e.cur;
        while (value-- > 0 && i > 0) {
          i--;
          while (i > 0 && !word(i)) i--;
          while (i > 0 && word(i - 1)) i--;
        }
        if (ch === "b") e.cur = i;
        else this.eraseBack(e.cur - i);
        return CHANGED;
      }
      case ">":
        return e.history.length ? this.show(e.history.length - 1) : BELL;
      case "<":
        return e.history.length ? this.show(0) : BELL;
      case "#":
        e.cur = 0;
        e.insert("#");
        return this.submit();
      case "_":
      case ".": {
        this.mark = e.cur;
        e.insert(lastCommandWord(e.history, given > 0 ? given : -1));
        return CHANGED;
      }
      case "\x1b":
      case "*":
      case "=":
        return this.expand(ch === "\x1b" ? "\\" : ch);
      case "^]":
        this.findNext = { dir: -1, count: value };
        return NONE;
      default:
        return BELL;
    }
  }

  /** Esc Esc, Esc *, Esc = : file name completion at the cursor */
  private expand(how: "\\" | "*" | "="): EditAction {
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
  private findKey(k: Key): EditAction {
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

  private moveTo(i: number): EditAction {
    this.e.cur = i;
    return CHANGED;
  }
}
