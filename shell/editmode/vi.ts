// ksh88's vi editing mode (set -o vi): the keys. Each line starts in input mode; Esc enters
// control mode, where a command is read key by key (a count, an operator, a motion, a character)
// and run when it is whole. The motions are in vimotion.ts, the text commands in vicore.ts, the
// history and its search in vihistory.ts. Beyond ksh88, for the lab's users: the arrow keys,
// Home, End and Delete work in both modes, and Tab completes (in control mode as \ does).
import type { EditAction, LineEditor } from "../editor.js";
import type { Key } from "../keys.js";
import { KSH_VERSION, MAXLINE, type ModeEditor } from "./common.js";
import { ViHistory } from "./vihistory.js";

/** a control-mode command as typed: [count] cmd [count motion [char]] | [count] cmd char */
interface Command {
  count: number;
  cmd: string;
  mcount: number;
  motion: string;
  marg: string;
  arg: string;
}

/** the command in the keys typed so far; "more" while it is not whole */
export function parseCommand(p: string): Command | "more" {
  let i = 0;
  const number = (): number => {
    if (!/[1-9]/.test(p[i] ?? "")) return 0;
    let n = 0;
    while (/[0-9]/.test(p[i] ?? "")) n = n * 10 + Number(p[i++]);
    return n;
  };
  const count = number();
  const cmd = p[i++];
  if (cmd === undefined) return "more";
  const c: Command = { count, cmd, mcount: 0, motion: "", marg: "", arg: "" };
  if ("fFtTr@".includes(cmd)) {
    if (p[i] === undefined) return "more";
    c.arg = p[i]!;
  } else if ("dcy".includes(cmd)) {
    c.mcount = number();
    if (p[i] === undefined) return "more";
    c.motion = p[i++]!;
    if ("fFtT".includes(c.motion)) {
      if (p[i] === undefined) return "more";
      c.marg = p[i]!;
    }
  }
  return c;
}

/** the key as control mode reads it (arrows and the like as the vi keys they stand for) */
const CONTROL_KEYS: Partial<Record<Key["name"], string>> = {
  enter: "\n",
  backspace: "\b",
  tab: "\\",
  left: "h",
  right: "l",
  up: "k",
  down: "j",
  home: "0",
  end: "$",
  delete: "x",
};

const CHANGED: EditAction = { kind: "changed" };

export class ViMode extends ViHistory implements ModeEditor {
  /** control mode: the keys of a command not yet whole */
  private pending = "";
  /** Ctrl-V in input mode: the next key goes in as it is */
  private literal = false;
  /** Ctrl-V in control mode: the line while the version is shown */
  private version: { s: string; cv: number } | null = null;

  constructor(e: LineEditor) {
    super(e);
    this.newLine();
  }

  newLine(): void {
    this.state = "input";
    this.pending = "";
    this.literal = false;
    this.version = null;
    this.s = this.e.buf;
    this.cv = this.e.cur - 1;
    this.fv = 0;
    this.uSpace = null;
    this.USpace = null;
    this.tmpU = null;
    this.hline = this.e.history.length;
  }

  hint(): string {
    if (this.state === "control") return "vi control mode · i a A insert · h l w b move · x dd cw u edit · k j / history";
    if (this.state === "search") return "vi history search · Enter finds";
    return "vi input mode · Esc: control mode";
  }

  key(k: Key): EditAction {
    // Esc and a key in one chunk (typed fast, or sent together) arrive as Meta-key
    if (k.meta && k.name !== "escape") {
      const a = this.key({ name: "escape", ch: "", ctrl: false, meta: false, seq: "\x1b" });
      const b = this.key({ ...k, meta: false, seq: k.seq.slice(1) });
      return b.kind === "none" ? a : b;
    }
    this.load();
    this.rang = false;
    this.listed = null;
    const a = this.dispatch(k);
    this.store();
    if (this.listed) return { kind: "list", items: this.listed };
    return this.rang && a.kind === "changed" ? { kind: "bell" } : a;
  }

  /** the line and cursor from the editor (the owner may have changed them: a paste, a Tab) */
  private load(): void {
    this.s = this.e.buf;
    const c = this.e.cur;
    if (this.state === "control") this.cv = this.s === "" ? -1 : Math.min(c, this.s.length - 1);
    else this.cv = this.state === "replace" ? c : c - 1;
  }

  private store(): void {
    this.e.buf = this.s;
    const c = this.state === "control" ? Math.max(0, this.cv) : this.state === "replace" ? this.cv : this.cv + 1;
    this.e.cur = Math.max(0, Math.min(c, this.s.length));
  }

  private dispatch(k: Key): EditAction {
    const ctrl = k.ctrl && k.name === "char" ? k.ch : "";
    if (ctrl === "c") {
      const line = this.s;
      this.e.reset();
      this.s = "";
      this.cv = -1;
      return { kind: "cancel", line };
    }
    if (ctrl === "z" || ctrl === "\\") return { kind: "other", key: k };
    if (this.version) {
      this.s = this.version.s;
      this.cv = this.version.cv;
      this.version = null;
      return CHANGED;
    }
    if (this.literal) {
      this.literal = false;
      const ch = k.name === "char" ? (k.ctrl ? String.fromCharCode(k.ch.charCodeAt(0) & 0x1f) : k.ch) : k.name === "tab" ? "\t" : k.seq;
      this.typeChar(ch);
      return CHANGED;
    }
    if (this.state === "control") return this.controlKey(k);
    return this.inputKey(k);
  }

  // ---- input mode (and the search string, read the same way) ----

  private typeChar(ch: string): void {
    if (this.state === "replace") {
      if (this.cv >= 0 && this.cv < this.last) {
        this.replace(ch, true);
        return;
      }
      // at the last character: it is replaced, and input goes on after it
      if (this.cv >= 0 && this.cv === this.last) this.delete(1, "b");
      this.state = "input";
    }
    this.append(ch);
  }

  private inputKey(k: Key): EditAction {
    const ctrl = k.ctrl && k.name === "char" ? k.ch : "";
    if (k.name === "char" && !k.ctrl) {
      this.typeChar(k.ch);
      return CHANGED;
    }
    if (k.name === "enter" || ctrl === "j" || ctrl === "m") return this.state === "search" ? this.endSearch() : this.submit();
    if (k.name === "escape") {
      if (this.state === "search") return { kind: "bell" };
      return this.toControl();
    }
    if (k.name === "backspace" || ctrl === "h") return this.erase();
    if (ctrl === "w") {
      if (this.cv > this.fv && this.cv >= 0 && /[ \t\n]/.test(this.s[this.cv - 1] ?? "")) this.delete(1, "b");
      else {
        const t = this.cv;
        this.backword(1, "b");
        this.delete(t - this.cv + 1, "b");
      }
      return CHANGED;
    }
    if (ctrl === "u") {
      if (this.state === "search") {
        this.s = this.s.slice(0, 1);
        this.cv = 0;
      } else if (this.fv > 0) {
        const t = this.cv;
        this.cv = this.fv;
        this.delete(t - this.cv + 1, "b");
      } else this.delLine(true);
      return CHANGED;
    }
    if (ctrl === "d") return this.s === "" && this.state !== "search" ? { kind: "eof" } : { kind: "none" };
    if (ctrl === "v") {
      this.literal = true;
      return { kind: "none" };
    }
    if (k.name === "tab") return this.state === "search" ? { kind: "bell" } : { kind: "complete" };
    return this.state === "search" ? { kind: "bell" } : this.inputMove(k);
  }

  /** the arrow keys in input mode (not ksh88's: the lab's), and Delete */
  private inputMove(k: Key): EditAction {
    switch (k.name) {
      case "left":
        if (this.cv < 0) return { kind: "bell" };
        this.cv--;
        break;
      case "right":
        if (this.cv >= this.last) return { kind: "bell" };
        this.cv++;
        break;
      case "home":
        this.cv = -1;
        break;
      case "end":
        this.cv = this.last;
        break;
      case "delete":
        if (this.cv >= this.last) return { kind: "bell" };
        this.s = this.s.slice(0, this.cv + 1) + this.s.slice(this.cv + 2);
        return CHANGED;
      case "up":
      case "down": {
        const r = this.history(k.name === "up" ? "k" : "j");
        this.cv = this.last;
        this.fv = 0;
        return r;
      }
      default:
        return { kind: "other", key: k };
    }
    this.fv = 0;
    return CHANGED;
  }

  private erase(): EditAction {
    if (this.state === "search" && this.cv === 0) {
      // the / itself: the search is given up, the line comes back
      this.fv = 0;
      this.delete(1, "b");
      this.state = "control";
      this.restoreSearched();
      return CHANGED;
    }
    this.delete(1, "b");
    return CHANGED;
  }

  private submit(): EditAction {
    this.saveLast();
    const line = this.s;
    this.e.reset();
    this.s = "";
    this.cv = -1;
    return { kind: "submit", line };
  }

  /** what input mode typed, for `.` */
  private saveLast(): void {
    const n = this.cv - this.fv + 1;
    if (n > 0) this.lastline = this.s.substr(this.fv, n);
  }

  /** Esc: control mode, the cursor on the last character typed */
  private toControl(): EditAction {
    if (this.state === "replace") this.cv--;
    this.state = "control";
    if (this.USpace === null) this.USpace = this.s;
    this.saveLast();
    this.hline = this.e.history.length;
    this.tmpU = null;
    this.fv = 0;
    if (this.cv < 0 && this.s !== "") this.cv = 0;
    return CHANGED;
  }

  // ---- control mode ----

  private controlKey(k: Key): EditAction {
    const ctrl = k.ctrl && k.name === "char" ? k.ch : "";
    let ch: string | undefined;
    if (k.name === "char" && !k.ctrl) ch = k.ch;
    else if (ctrl === "j" || ctrl === "m") ch = "\n";
    else if (ctrl === "h") ch = "\b";
    else if (ctrl === "l" || ctrl === "v") ch = String.fromCharCode(ctrl.charCodeAt(0) - 96);
    else if (this.pending === "" || k.name === "enter") ch = CONTROL_KEYS[k.name];
    if (ch === undefined) {
      // Esc after f t r … gives the command up quietly; anything else rings the bell
      const quiet = k.name === "escape" && /[fFtTr@]$/.test(this.pending);
      this.pending = "";
      return quiet ? { kind: "none" } : { kind: "bell" };
    }
    this.pending += ch;
    const c = parseCommand(this.pending);
    if (c === "more") return { kind: "none" };
    this.pending = "";
    return this.command(c);
  }

  /** one whole command of control mode (ksh's cntlmode loop, once) */
  private command(c: Command): EditAction {
    this.repeatSet = c.count > 0 || c.mcount > 0;
    this.repeat = Math.min(MAXLINE, Math.max(1, c.count) * Math.max(1, c.mcount));
    let cmd = c.cmd;
    if (c.count > 0) this.lastRepeat = cmd === "." ? this.repeat : 1;
    try {
      if (cmd === "0") {
        this.cv = this.s === "" ? -1 : 0;
        return CHANGED;
      }
      if (this.mvcursor(cmd, c.arg)) return CHANGED;
      let out;
      if (cmd === ".") {
        cmd = this.lastCmd;
        this.repeat = this.lastRepeat;
        out = this.textmod(cmd, cmd);
      } else out = this.textmod(cmd, "", c.motion, c.marg, c.arg);
      if (out !== "bad") {
        this.lastCmd = cmd;
        this.lastRepeat = this.repeat;
        if (out === "append" || out === "insert") this.state = "input";
        else if (out === "replace") this.state = "replace";
        return CHANGED;
      }
      return this.other(cmd);
    } finally {
      this.repeat = 1;
    }
  }

  /** the commands that are neither motions nor text commands */
  private other(cmd: string): EditAction {
    switch (cmd) {
      case "\x0c":
        return { kind: "redraw" };
      case "\x16":
        this.version = { s: this.s, cv: this.cv };
        this.s = KSH_VERSION;
        this.cv = this.last;
        return CHANGED;
      case "/":
      case "?":
        return this.startSearch(cmd);
      case "n":
      case "N":
        this.saveV();
        return this.search(cmd);
      case "j":
      case "+":
      case "k":
      case "-":
        return this.history(cmd);
      case "G":
        return this.goToCommand(this.repeatSet ? this.repeat : 1);
      case "u":
        this.restoreV();
        return CHANGED;
      case "U":
        return this.undoLine();
      case "#":
        return this.comment();
      case "\n":
        return this.submit();
      default:
        return { kind: "bell" };
    }
  }

  /** # : a line is commented out and run; a line already commented loses its #s */
  private comment(): EditAction {
    if (this.cv !== -1) {
      const lines = this.s.split("\n");
      if (this.s.startsWith("#")) {
        this.s = lines.map((l) => (l.startsWith("#") ? l.slice(1) : l)).join("\n");
        this.cv = 0;
        return CHANGED;
      }
      this.s = lines.map((l) => "#" + l).join("\n");
      this.cv = this.last;
    }
    return this.submit();
  }
}
