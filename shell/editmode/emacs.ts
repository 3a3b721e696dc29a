// ksh88's emacs (and gmacs) editing mode (set -o emacs): the keys, as ksh88's emacs.c reads them,
// one at a time (what they do to the line is in emacsedit.ts). Esc is a prefix: Esc then digits
// gives the next command a count, Esc then a key is that key's Meta command (a terminal may also
// send the two together). Beyond ksh88, for the lab's users: the arrow keys, Home, End and Delete, and Tab
// completes. Ctrl-C is the terminal's interrupt, so ksh's Ctrl-C (upper case) is Esc-c only.
import type { EditAction } from "../editor.js";
import type { Key } from "../keys.js";
import { isWordChar, KSH_VERSION, lastCommandWord, MAXLINE, type ModeEditor } from "./common.js";
import { BELL, CHANGED, EmacsEdits, NONE } from "./emacsedit.js";

/** what the keys that are not characters do: the control key they stand for */
const KEY_AS_CTRL: Partial<Record<Key["name"], string>> = { up: "p", down: "n", left: "b", right: "f", home: "a", end: "e" };

export class EmacsMode extends EmacsEdits implements ModeEditor {
  /** the count for the next command (Esc digits), -1 for none */
  private adjust = -1;
  /** after Esc: the digits typed so far, and the count that was given before the Esc */
  private esc: { digits: string; count: number } | null = null;
  private ctrlX = false;
  /** Ctrl-V: the line while the version is shown */
  private version: { buf: string; cur: number } | null = null;
  /** Ctrl-O: the history line that ran; the next line starts with the one after it */
  private operated: number | null = null;

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
    if (this.search) return "emacs history search · Enter finds";
    return `${this.gmacs ? "gmacs" : "emacs"} mode · ^A ^E ^B ^F Esc-b Esc-f move · ^D ^K ^W ^Y kill · ^P ^N ^R history`;
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
      case "j":
      case "m":
        return this.submit();
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
      default: {
        const a = this.editKey(ctrl, count, given);
        if (a) return a;
      }
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
      this.adjust = Math.min(MAXLINE, Number(esc.digits));
      return this.key(k);
    }
    return this.escCommand(k, esc.count);
  }

  private escCommand(k: Key, given: number): EditAction {
    const e = this.e;
    const value = given < 0 ? 1 : given;
    const ch = k.name === "escape" ? "\x1b" : k.name === "backspace" ? "h" : k.name === "char" ? (k.ctrl ? "^" + k.ch : k.ch) : "";
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
      case "f":
        return this.wordForward(ch, value);
      case "b":
      case "h":
        return this.wordBack(ch, value);
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

  /** Esc-f (to the end of the count-th word), Esc-d (deletes to it), Esc-l and Esc-c (lower and
   *  upper case to it) */
  private wordForward(ch: string, count: number): EditAction {
    const e = this.e;
    const word = (i: number) => isWordChar(e.buf[i]);
    let i = e.cur;
    while (count-- > 0 && i < e.buf.length) {
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

  /** Esc-b (to the start of the count-th word back), Esc-h and Esc-Backspace (delete back to it) */
  private wordBack(ch: string, count: number): EditAction {
    const e = this.e;
    const word = (i: number) => isWordChar(e.buf[i]);
    let i = e.cur;
    while (count-- > 0 && i > 0) {
      i--;
      while (i > 0 && !word(i)) i--;
      while (i > 0 && word(i - 1)) i--;
    }
    if (ch === "b") e.cur = i;
    else this.eraseBack(e.cur - i);
    return CHANGED;
  }
}
