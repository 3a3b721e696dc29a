// ksh88's vi editing mode, the history: k j - + G walk it, / ? n N search it (the string is typed
// on the line after the / as ksh does), U brings back the line as control mode first found it.
// The line being typed is kept while k walks away from it, for j to bring back.
import type { EditAction } from "../editor.js";
import { findHistory } from "./common.js";
import { ViCore } from "./vicore.js";

/** input mode, replace mode (R), control mode, or the string of a / or ? search */
export type State = "input" | "replace" | "control" | "search";

const CHANGED: EditAction = { kind: "changed" };

export class ViHistory extends ViCore {
  protected state: State = "input";
  /** the history line shown (ksh: curhline); history.length is the line being typed */
  protected hline = 0;
  /** k from the line being typed keeps it here for j to bring back */
  protected tmpU: { s: string; cv: number } | null = null;
  /** U: the line as control mode first found it */
  protected USpace: string | null = null;
  /** the last search string and its direction (-1 older, 1 newer) */
  private lsearch = "";
  private direction: -1 | 1 = -1;

  /** G: command n of the history (1 the oldest) */
  protected goToCommand(n: number): EditAction {
    if (n < 1 || n > this.e.history.length + 1) return { kind: "bell" };
    this.hline = n - 1;
    this.saveV();
    this.showHistory();
    return CHANGED;
  }

  /** U: the line as control mode first found it */
  protected undoLine(): EditAction {
    this.saveV();
    if (this.s === "" || this.USpace === null) return { kind: "bell" };
    this.s = this.USpace;
    this.cv = 0;
    return CHANGED;
  }

  /** / ?: the line gives way to the search string (Enter ends it: endSearch) */
  protected startSearch(cmd: string): EditAction {
    this.saveV();
    this.delLine(false);
    this.append(cmd);
    this.fv = 1;
    this.state = "search";
    return CHANGED;
  }

  protected showHistory(): void {
    this.s = this.e.history[this.hline] ?? "";
    this.cv = this.s === "" ? -1 : 0;
  }

  /** k - older, j + newer; the line being typed is kept while the history is walked */
  protected history(cmd: string): EditAction {
    const len = this.e.history.length;
    if (cmd === "j" || cmd === "+") {
      this.hline += this.repeat;
      if (this.hline > len) {
        this.hline = len;
        return { kind: "bell" };
      }
      if (this.hline === len && this.tmpU) {
        const t = this.tmpU;
        this.tmpU = { s: this.s, cv: this.cv };
        this.s = t.s;
        this.cv = t.cv;
        return CHANGED;
      }
    } else {
      if (this.hline === len) this.tmpU = { s: this.s, cv: this.cv };
      this.hline -= this.repeat;
      if (this.hline < 0) {
        this.hline = 0;
        return { kind: "bell" };
      }
    }
    this.saveV();
    this.showHistory();
    return CHANGED;
  }

  /** Enter after / or ?: the search */
  protected endSearch(): EditAction {
    this.state = "control";
    this.fv = 0;
    return this.search(this.s[0]!);
  }

  /** / ? (the string typed on the line) n N (the last one, the same way or the other) */
  protected search(mode: string): EditAction {
    if (mode === "/" || mode === "?") this.direction = mode === "/" ? -1 : 1;
    if (this.cv <= 0 || mode === "n" || mode === "N") this.s = "/" + this.lsearch;
    const dir = mode === "N" ? (-this.direction as -1 | 1) : this.direction;
    // a search toward newer lines from the line being typed starts at the oldest
    if (dir === 1 && this.hline >= this.e.history.length) this.hline = -1;
    this.lsearch = this.s.slice(1);
    const at = findHistory(this.e.history, this.lsearch, this.hline, dir);
    if (at < 0) {
      this.restoreSearched();
      return { kind: "bell" };
    }
    this.hline = at;
    this.showHistory();
    return CHANGED;
  }

  /** a search that found nothing, or was given up: the line as it was */
  protected restoreSearched(): void {
    if (this.uSpace && this.uSpace.cv !== -1) this.restoreV();
    else {
      this.s = "";
      this.cv = -1;
    }
  }
}
