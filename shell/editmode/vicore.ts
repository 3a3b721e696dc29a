// ksh88's vi editing mode, its text commands: d c y and their motions, x X r R s S C D, i I a A,
// p P, ~, _ and the file name completion in place (\ * =), each also as `.` repeats it, as
// ksh88's vi.c does them (the line and the motions are in vimotion.ts, the keys in vi.ts).
import { expandWord, lastCommandWord } from "./common.js";
import { ViLine } from "./vimotion.js";

/** what a text command leaves the editor in: BAD rings the bell, GOOD stays in control mode */
export type Outcome = "bad" | "good" | "append" | "insert" | "replace";

/** vi's fold(): the upper case of a letter (f and F, t and T, p and P …) */
const fold = (c: string) => c.toUpperCase();

export class ViCore extends ViLine {
  /** for `.`: the last text command, its count and its motion */
  lastCmd = "i";
  lastRepeat = 1;
  lastMotion = "";
  /** what was typed in the last input (the `.` of an a, i, c …) */
  protected lastline = "";

  // ---- text commands ----

  /**
   * A text command c (mode "": typed; mode = c: repeated by `.`, with the last motion and the
   * last input). `motion`/`marg` are d c y's motion and its character, `arg` r's character.
   */
  protected textmod(cmd: string, mode: string, motion = "", marg = "", arg = ""): Outcome {
    let c = cmd;
    let trepeat = this.repeat;
    if (mode && "FT".includes(fold(this.lastMotion)) && this.lastMotion !== "") this.lastMotion = ";";
    let p = fold(c) === "P" ? this.yank : this.lastline;
    for (;;) {
      switch (c) {
        case "*":
        case "\\":
          if (this.cv === -1) return "bad";
          return this.expand(c);
        case "=":
          return this.expand(c);
        case "_": {
          this.saveV();
          for (const ch of " " + lastCommandWord(this.e.history, this.repeatSet ? this.repeat : -1)) this.append(ch);
          return "append";
        }
        case "A":
        case "a":
          if (c === "A") this.cv = this.last;
          if (fold(mode) === "A") {
            c = "p";
            continue;
          }
          this.saveV();
          if (this.cv !== -1) this.fv = this.cv + 1;
          return "append";
        case "I":
        case "i":
          if (c === "I") this.cv = this.fv;
          if (fold(mode) === "I") {
            c = "P";
            p = this.lastline;
            continue;
          }
          this.saveV();
          if (this.cv !== -1) this.fv = this.cv--;
          return "insert";
        case "C":
        case "S":
        case "c": {
          const m = c === "C" ? "$" : c === "S" ? "c" : mode ? this.lastMotion : motion;
          this.lastMotion = m;
          if (m === "c") {
            this.delLine(true);
            return "append";
          }
          if (!this.delmotion(m, "c", marg)) return "bad";
          if (mode === "c") {
            c = "p";
            trepeat = 1;
            continue;
          }
          this.fv = this.cv + 1;
          return "append";
        }
        case "D":
        case "x":
        case "X":
        case "d": {
          const m = c === "D" ? "$" : c === "x" ? "l" : c === "X" ? "h" : mode ? this.lastMotion : motion;
          this.lastMotion = m;
          if (m === "d") this.delLine(true);
          else {
            if (!this.delmotion(m, "d", marg)) return "bad";
            if (this.cv < this.last) ++this.cv;
          }
          return "good";
        }
        case "P":
        case "p":
          if (p === "") return "bad";
          if (c === "P" && this.cv !== -1) --this.cv;
          if (mode !== "s" && mode !== "c") {
            this.saveV();
            if (c === "P") this.uSpace!.cv++;
          }
          for (let i = 0; i < trepeat; i++) for (const ch of p) this.append(ch, mode === "R");
          return "good";
        case "R":
          if (mode === "R") {
            c = "P";
            continue;
          }
          this.saveV();
          if (this.cv !== -1) this.fv = this.cv;
          return "replace";
        case "r": {
          const ch = mode ? (this.lastline[0] ?? "") : arg;
          if (ch === "") return "bad";
          this.lastline = ch + this.lastline.slice(1);
          this.saveV();
          while (trepeat-- > 0) this.replace(ch, trepeat !== 0);
          return "good";
        }
        case "s":
          this.saveV();
          this.delete(this.repeat, "b");
          if (mode) {
            c = "p";
            trepeat = 1;
            continue;
          }
          this.fv = this.cv + 1;
          return "append";
        case "Y":
        case "y": {
          const m = c === "Y" ? "$" : mode ? this.lastMotion : motion;
          this.lastMotion = m;
          if (m === "y") this.yank = this.s;
          else if (!this.delmotion(m, "y", marg)) return "bad";
          return "good";
        }
        case "~": {
          if (this.cv === -1) return "bad";
          this.saveV();
          for (let i = -1; trepeat-- > 0 && i !== this.cv; ) {
            i = this.cv;
            const ch = this.s[this.cv]!;
            const up = ch.toUpperCase();
            this.replace(ch === up ? ch.toLowerCase() : up, true);
          }
          return "good";
        }
        default:
          return "bad";
      }
    }
  }

  /** \ * = : file name completion in place (vi.ts hands a list to the screen) */
  protected listed: string[] | null = null;
  private expand(how: "\\" | "*" | "="): Outcome {
    this.saveV();
    const r = this.e.completer ? expandWord(this.e.completer, this.s, Math.max(0, this.cv), how) : null;
    if (r === null) {
      this.rang = true;
      return "good";
    }
    if (r.kind === "list") {
      this.listed = r.items;
      return "good";
    }
    this.s = r.buf;
    this.cv = r.cur - 1;
    return "append";
  }
}
