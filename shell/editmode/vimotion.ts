// ksh88's vi editing mode, its line: the motions (h l w b e f t … %), delete, replace and undo, as
// ksh88's vi.c does them. The line is kept as ksh keeps it: `cv` is the index of the character
// the cursor is on (in input mode the one before the insertion point; -1 before the first), `fv`
// the first column input may erase back to. The yank buffer is the line editor's kill buffer.
// The text commands are in vicore.ts, the keys in vi.ts.
import type { LineEditor } from "../editor.js";
import { isBlank, isWordChar, MAXLINE } from "./common.js";

export class ViLine {
  /** the line (ksh: virtual) */
  protected s = "";
  /** the cursor (ksh: cur_virt) */
  protected cv = -1;
  /** the first column the input may erase back to (ksh: first_virt) */
  protected fv = 0;
  /** the count of the command being run, and whether one was typed */
  protected repeat = 1;
  protected repeatSet = false;
  /** for ; and ,: the last f F t T and its character */
  protected lastFind = "";
  protected findChar = "";
  /** u: the line and cursor before the last change (null: nothing to undo on this line) */
  protected uSpace: { s: string; cv: number } | null = null;
  /** set when a primitive rang the bell */
  protected rang = false;

  constructor(protected readonly e: LineEditor) {}

  protected get last(): number {
    return this.s.length - 1;
  }
  protected get yank(): string {
    return this.e.killed;
  }
  protected set yank(t: string) {
    this.e.killed = t;
  }
  protected blank(i: number): boolean {
    return i >= 0 && isBlank(this.s[i]);
  }
  private alph(i: number): boolean {
    return i >= 0 && isWordChar(this.s[i]);
  }
  // ---- the line ----

  /** put c after the cursor (in replace mode over the next character, until the end) */
  protected append(c: string, replace = false): void {
    const at = this.cv + 1;
    const over = replace && this.cv < this.last ? 1 : 0;
    if (!over && this.s.length >= MAXLINE) {
      // the line buffer is full: the bell, and the line as it is
      this.rang = true;
      return;
    }
    this.s = this.s.slice(0, at) + c + this.s.slice(at + over);
    this.cv++;
  }

  /** delete n characters from the cursor, keeping them in the yank buffer unless mode c; the
   *  cursor goes to the character before them (mode y: only keep them) */
  protected delete(n: number, mode: "b" | "c" | "d" | "y"): void {
    if (this.cv < this.fv) {
      this.rang = true;
      return;
    }
    if (n <= 0) return;
    const at = this.cv;
    if (at + n > this.last) n = this.last - at + 1;
    this.cv--;
    if (mode !== "c") this.yank = this.s.substr(at, n);
    if (mode !== "y") this.s = this.s.slice(0, at) + this.s.slice(at + n);
  }

  /** the whole line goes (into the yank buffer); save: u can bring it back */
  protected delLine(save: boolean): void {
    if (this.last === -1) return;
    if (save) this.saveV();
    this.cv = 0;
    this.fv = 0;
    this.delete(this.s.length, "b");
    this.cv = -1;
  }

  /** replace the character under the cursor; increment: then move right (not past the end) */
  protected replace(c: string, increment: boolean): void {
    if (this.cv === -1) {
      this.rang = true;
      return;
    }
    this.s = this.s.slice(0, this.cv) + c + this.s.slice(this.cv + 1);
    if (increment && this.cv < this.last) this.cv++;
  }

  protected saveV(): void {
    this.uSpace = { s: this.s, cv: this.cv };
  }

  /** u: back to the saved line, which is saved in turn (u u is no change) */
  protected restoreV(): void {
    const u = this.uSpace;
    if (u === null) {
      this.rang = true;
      return;
    }
    this.saveV();
    this.s = u.s;
    this.cv = u.cv;
  }

  // ---- motions ----

  protected backword(n: number, cmd: string): void {
    let t = this.cv;
    while (n-- > 0 && t > this.fv) {
      if (!this.blank(t) && this.blank(t - 1) && t > this.fv) --t;
      else if (cmd !== "B") {
        const before = this.alph(t - 1);
        if ((!this.alph(t) && before) || (this.alph(t) && !before)) --t;
      }
      while (this.blank(t) && t >= this.fv) --t;
      if (cmd === "B") while (t >= this.fv && !this.blank(t)) --t;
      else if (this.alph(t)) while (this.alph(t) && t >= this.fv) --t;
      else while (t >= this.fv && !this.alph(t) && !this.blank(t)) --t;
      this.cv = ++t;
    }
  }

  private endword(n: number, cmd: string): void {
    let t = this.cv;
    const last = this.last;
    while (n-- > 0) {
      if (!this.blank(t) && t <= last) ++t;
      while (this.blank(t) && t <= last) ++t;
      if (cmd === "E") while (t <= last && !this.blank(t)) ++t;
      else if (this.alph(t)) while (this.alph(t) && t <= last) ++t;
      else while (t <= last && !this.alph(t) && !this.blank(t)) ++t;
      if (t > this.fv) t--;
    }
    this.cv = t;
  }

  private forward(n: number, cmd: string): void {
    let t = this.cv;
    const last = this.last;
    while (n-- > 0) {
      if (cmd === "W") while (!this.blank(t) && t < last) ++t;
      else if (this.alph(t)) while (this.alph(t) && t < last) ++t;
      else while (!this.alph(t) && !this.blank(t) && t < last) ++t;
      while (this.blank(t) && t < last) ++t;
    }
    this.cv = t;
  }

  /** f F t T ; , : the repeat-th `findChar` in the direction; false when there is none */
  private find(forward: boolean): number | null {
    const incr = forward ? 1 : -1;
    const bound = forward ? this.last : 0;
    let t = this.cv;
    for (let n = this.repeat; n > 0; n--) {
      do t += incr;
      while (incr * t <= bound && this.s[t] !== this.findChar);
      if (incr * t > bound) return null;
    }
    return this.lastFind.toUpperCase() === "T" ? t - incr : t;
  }

  /** % : the bracket that matches the next one at or after the cursor */
  private matchBracket(): number | null {
    const pairs = "([{)]}";
    let t = this.cv;
    while (t <= this.last && !pairs.includes(this.s[t]!)) t++;
    if (t > this.last) return null;
    const open = this.s[t]!;
    const k = pairs.indexOf(open);
    const close = k < 3 ? pairs[k + 3]! : pairs[k - 3]!;
    const incr = k < 3 ? 1 : -1;
    for (let depth = 1; ; ) {
      t += incr;
      if (t < 0 || t > this.last) return null;
      if (this.s[t] === close) depth--;
      else if (this.s[t] === open) depth++;
      if (depth === 0) return t;
    }
  }

  /** move the cursor by a motion, `repeat` times; false (and no move) when it cannot */
  protected mvcursor(motion: string, arg = ""): boolean {
    const start = this.cv;
    let t: number | null;
    switch (motion) {
      case "0":
        t = 0;
        break;
      case "^":
        t = this.fv;
        while (this.blank(t) && t < this.last) ++t;
        break;
      case "|":
        t = this.repeat - 1 <= this.last ? this.repeat - 1 : this.last;
        break;
      case "$":
        t = this.last;
        break;
      case "h":
      case "\b":
        t = this.cv > this.fv ? Math.max(this.fv, this.cv - this.repeat) : null;
        break;
      case "l":
      case " ":
        t = this.cv < this.last ? Math.min(this.last, this.cv + this.repeat) : null;
        break;
      case "b":
      case "B":
        this.backword(this.repeat, motion);
        return this.cv !== start;
      case "e":
      case "E":
        if (this.cv >= 0) this.endword(this.repeat, motion);
        return this.cv !== start;
      case "w":
      case "W":
        this.forward(this.repeat, motion);
        return this.cv !== start;
      case ";":
      case ",":
        if (this.lastFind === "") return false;
        // ; goes the way the f/t went, , the other way
        t = this.find((motion === ";") === "ft".includes(this.lastFind));
        break;
      case "f":
      case "F":
      case "t":
      case "T":
        this.lastFind = motion;
        this.findChar = arg;
        t = this.find(motion === "f" || motion === "t");
        break;
      case "%":
        t = this.matchBracket();
        break;
      default:
        return false;
    }
    if (t === null) return false;
    this.cv = t;
    return true;
  }

  /** d c y through a motion (a blank is put after the line so a motion can reach its end) */
  protected delmotion(motion: string, mode: "c" | "d" | "y" | "b", arg = ""): boolean {
    if (this.cv === -1) return false;
    if (mode !== "y") this.saveV();
    const begin = this.cv;
    this.s += " ";
    const ok = this.mvcursor(motion, arg);
    this.s = this.s.slice(0, -1);
    if (!ok) return false;
    let end = this.cv;
    if (mode === "c" && end > begin && (motion === "w" || motion === "W")) {
      // cw changes the word, not the blanks after it (as ce would)
      while (end > begin && this.blank(end - 1)) --end;
      if (end === begin) ++end;
    }
    let delta = end - begin;
    if (delta >= 0) {
      this.cv = begin;
      if ("eE;,TtFf%".includes(motion)) ++delta;
    } else delta = -delta;
    this.delete(delta, mode);
    if (mode === "y") this.cv = begin;
    return true;
  }
}
