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
  protected textmod(c: string, mode: string, motion = "", marg = "", arg = ""): Outcome {
    // `.` of a d/c/y through f F t T repeats it as ;
    if (mode && this.lastMotion !== "" && "FT".includes(fold(this.lastMotion))) this.lastMotion = ";";
    const m = mode ? this.lastMotion : motion;
    switch (c) {
      case "*":
      case "\\":
        return this.cv === -1 ? "bad" : this.expand(c);
      case "=":
        return this.expand(c);
      case "_":
        this.saveV();
        for (const ch of " " + lastCommandWord(this.e.history, this.repeatSet ? this.repeat : -1)) this.append(ch);
        return "append";
      case "A":
      case "a":
        return this.appendAfter(c, mode);
      case "I":
      case "i":
        return this.insertBefore(c, mode);
      case "C":
      case "S":
      case "c":
        return this.change(c === "C" ? "$" : c === "S" ? "c" : m, mode, marg);
      case "D":
      case "x":
      case "X":
      case "d":
        return this.deleteThrough(c === "D" ? "$" : c === "x" ? "l" : c === "X" ? "h" : m, marg);
      case "P":
      case "p":
        return this.put(c, this.yank, this.repeat, mode);
      case "R":
        if (mode === "R") return this.put("P", this.lastline, this.repeat, mode);
        this.saveV();
        if (this.cv !== -1) this.fv = this.cv;
        return "replace";
      case "r":
        return this.replaceChars(mode ? (this.lastline[0] ?? "") : arg);
      case "s":
        this.saveV();
        this.delete(this.repeat, "b");
        if (mode) return this.put("p", this.lastline, 1, mode);
        this.fv = this.cv + 1;
        return "append";
      case "Y":
      case "y":
        return this.yankThrough(c === "Y" ? "$" : m, marg);
      case "~":
        return this.toggleCase();
      default:
        return "bad";
    }
  }

  /** a A: input after the cursor (after the line); `.` puts what the last input typed */
  private appendAfter(c: string, mode: string): Outcome {
    if (c === "A") this.cv = this.last;
    if (fold(mode) === "A") return this.put("p", this.lastline, this.repeat, mode);
    this.saveV();
    if (this.cv !== -1) this.fv = this.cv + 1;
    return "append";
  }

  /** i I: input before the cursor (before the line); `.` puts what the last input typed */
  private insertBefore(c: string, mode: string): Outcome {
    if (c === "I") this.cv = this.fv;
    if (fold(mode) === "I") return this.put("P", this.lastline, this.repeat, mode);
    this.saveV();
    if (this.cv !== -1) this.fv = this.cv--;
    return "insert";
  }

  /** c through a motion (cc: the line), then input; `.` puts what the last input typed */
  private change(m: string, mode: string, marg = ""): Outcome {
    this.lastMotion = m;
    if (m === "c") {
      this.delLine(true);
      return "append";
    }
    if (!this.delmotion(m, "c", marg)) return "bad";
    if (mode === "c") return this.put("p", this.lastline, 1, mode);
    this.fv = this.cv + 1;
    return "append";
  }

  /** d through a motion (dd: the line); the cursor stays on the line */
  private deleteThrough(m: string, marg = ""): Outcome {
    this.lastMotion = m;
    if (m === "d") this.delLine(true);
    else {
      if (!this.delmotion(m, "d", marg)) return "bad";
      if (this.cv < this.last) ++this.cv;
    }
    return "good";
  }

  /** y through a motion (yy: the line) */
  private yankThrough(m: string, marg = ""): Outcome {
    this.lastMotion = m;
    if (m === "y") this.yank = this.s;
    else if (!this.delmotion(m, "y", marg)) return "bad";
    return "good";
  }

  /** p P: the text after (before) the cursor, n times (in replace mode, over the line) */
  private put(c: string, text: string, n: number, mode: string): Outcome {
    if (text === "") return "bad";
    if (c === "P" && this.cv !== -1) --this.cv;
    if (mode !== "s" && mode !== "c") {
      this.saveV();
      if (c === "P") this.uSpace!.cv++;
    }
    for (let i = 0; i < n && !this.rang; i++) for (const ch of text) this.append(ch, mode === "R");
    return "good";
  }

  /** r: count characters replaced by ch (ksh keeps ch as the first of the last input, for `.`) */
  private replaceChars(ch: string): Outcome {
    if (ch === "") return "bad";
    this.lastline = ch + this.lastline.slice(1);
    this.saveV();
    // past the end the last character is replaced again: no more than the rest of the line matters
    for (let n = Math.min(this.repeat, this.s.length - Math.max(0, this.cv) + 1); n-- > 0; ) this.replace(ch, n !== 0);
    return "good";
  }

  /** ~: count characters change case, the cursor moving on (not past the end) */
  private toggleCase(): Outcome {
    if (this.cv === -1) return "bad";
    this.saveV();
    for (let i = -1, n = this.repeat; n-- > 0 && i !== this.cv; ) {
      i = this.cv;
      const ch = this.s[this.cv]!;
      const up = ch.toUpperCase();
      this.replace(ch === up ? ch.toLowerCase() : up, true);
    }
    return "good";
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
