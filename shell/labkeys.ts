// What each key does in the lab: a chunk of terminal input split into keys and sent where it
// belongs (the practice answer field, a paste, the replay's controls, practice's keys, the
// screen, the line editor, or a program that reads keys one by one), and what the line editor's
// answer to a key asks of the lab (the line to the terminal, Ctrl-C, Ctrl-Z and Ctrl-\, end of
// file, clear, list, complete).
// Apart from the Lab, which owns the state these keys change, so the keyboard reads as one piece.
import { columns as listColumns, complete } from "./complete.js";
import { numberedList } from "./editmode/common.js";
import type { EditAction } from "./editor.js";
import { decodeKeys, type Key } from "./keys.js";
import type { Lab } from "./lab.js";

export class LabKeys {
  /** Tabs pressed in a row (a second one lists the candidates) */
  tabs = 0;

  constructor(private readonly lab: Lab) {}

  /** a chunk of raw terminal input: every key in it, in order, then one redraw */
  input(raw: string): void {
    const lab = this.lab;
    if (lab.exitCode === null) lab.onKeys?.(raw);
    const field = lab.practice?.answerField;
    const keys = decodeKeys(raw);
    // the practice answer field (ink-text-input) takes the text: only Esc and its keys here; the
    // text too while the input is not listening yet, or when it would not take this chunk rightly
    // (Enter among the text: what follows the Enter goes where keys go then)
    const labTypes = field?.state && field.ink && !field.inkTakes(keys);
    for (const k of keys) {
      if (lab.exitCode !== null) break;
      if (field?.state && (k.name === "pastestart" || k.name === "pasteend")) lab.pasting = k.name === "pastestart";
      else if (field?.state) {
        if (field.behind || labTypes) field.typeIn(k);
        else field.key(k);
      } else if (k.name === "pastestart") lab.pasting = true;
      else if (k.name === "pasteend") lab.pasting = false;
      else if (lab.pasting) this.pasteKey(k);
      else this.key(k);
    }
    if (labTypes) field.taken();
    lab.notify();
  }

  /** type text into the line as keys (the replay player) */
  type(text: string): void {
    this.lab.onKeys?.(text);
    for (const k of decodeKeys(text)) this.editKey(k);
  }

  /**
   * A key of pasted text: characters and tabs go into the line as they are (ksh inserts a pasted
   * tab; it never completes), a newline runs the line as a terminal would; other control
   * characters are dropped. A replay takes no pasted text.
   */
  pasteKey(k: Key): void {
    const lab = this.lab;
    if (lab.keyHook) return;
    if (lab.shell.tty.raw) {
      this.rawKey(k);
      return;
    }
    if (k.name === "enter") {
      this.editKey(k);
      return;
    }
    const plain = k.name === "char" && !k.ctrl && !k.meta;
    if (lab.editor.search) {
      if (plain) lab.editor.key(k);
      return;
    }
    this.tabs = 0;
    lab.scroll = 0;
    if (plain) lab.editor.insert(k.ch);
    else if (k.name === "tab") lab.editor.insert("\t");
  }

  /** one key from the keyboard: the key hook (a replay's controls) sees it first */
  key(k: Key): void {
    const lab = this.lab;
    if (lab.keyHook && lab.keyHook(k)) return;
    if (lab.practice?.key(k)) return;
    this.editKey(k);
  }

  /** one key for the screen and the line */
  editKey(k: Key): void {
    const lab = this.lab;
    if (this.screenKey(k)) return;
    if (lab.shell.tty.raw) {
      this.rawKey(k);
      return;
    }
    lab.syncMode();
    const e = lab.editor;
    const labKeys = e.mode === "lab";
    if (labKeys && k.name === "char" && k.ch === "?" && !k.ctrl && !k.meta && e.buf === "" && !e.search && !lab.pending) {
      lab.showHelp();
      return;
    }
    const wasTab = this.tabs;
    this.tabs = 0;
    if (k.name !== "escape") lab.scroll = 0;
    if (k.ctrl && !k.meta && k.ch === "d" && e.buf !== "" && !e.search) {
      const r = lab.reader();
      if (r !== "command" && r !== "continuation") {
        // a program reads (or will): Ctrl-D hands it what is typed so far, without a newline,
        // as a terminal in canonical mode does; a second Ctrl-D on the empty line is end of file
        lab.shell.tty.typeText(e.buf);
        e.reset();
        lab.kick();
        return;
      }
    }
    this.lineAction(e.key(k), k, wasTab);
  }

  /** keys for the screen, not the line (scrolling, help, the panes): true when it was one */
  private screenKey(k: Key): boolean {
    const lab = this.lab;
    switch (k.name) {
      // the inline layout scrolls nothing itself: the session is in the terminal's scrollback
      case "pageup":
        if (lab.mode === "full") this.scrollBy(-1, true);
        return true;
      case "pagedown":
        if (lab.mode === "full") this.scrollBy(1, true);
        return true;
      case "wheelup":
        if (lab.mode === "full") this.scrollBy(-3, false);
        return true;
      case "wheeldown":
        if (lab.mode === "full") this.scrollBy(3, false);
        return true;
      case "f1":
        lab.showHelp();
        return true;
      case "f2":
        lab.togglePanes();
        return true;
      case "f3":
        lab.toggleLayers();
        return true;
      case "unknown":
      case "insert":
      case "backtab":
        return true;
      default:
        return /^f\d+$/.test(k.name);
    }
  }

  /** what the line editor's answer to a key asks of the lab */
  private lineAction(a: EditAction, k: Key, wasTab: number): void {
    const lab = this.lab;
    switch (a.kind) {
      case "submit":
        this.submit(a.line);
        break;
      case "cancel":
        // Ctrl-C: the line typed so far and ^C on the screen, SIGINT to the foreground
        this.interrupt(a.line);
        break;
      case "eof":
        // Ctrl-D on an empty line: end of file for whoever reads (the shell logs out, or says
        // what is missing from an unfinished command on a line of its own)
        if (lab.reader() === "continuation") lab.shell.tty.hostWrite("\n", true);
        lab.shell.tty.typeEof();
        lab.entry.drop();
        lab.kick();
        break;
      case "other":
        if (k.ctrl && k.ch === "z") this.signalKey("suspend");
        else if (k.ctrl && k.ch === "\\") this.signalKey("quit");
        break;
      case "clear":
        lab.term.clear();
        lab.clearRequests++;
        break;
      case "redraw":
        this.showLineAgain([]);
        break;
      case "list":
        this.showLineAgain(numberedList(a.items));
        break;
      case "complete":
        this.tabs = wasTab + 1;
        this.completeWord(this.tabs);
        break;
      default:
        break;
    }
  }

  /**
   * Enter: the line goes to the terminal, for whoever reads it (the shell's command line, its
   * continuation, or a program's answer); typed ahead while a command runs, it waits there. The
   * reader echoes it (so a line typed ahead shows where it is read).
   */
  submit(line: string): void {
    const lab = this.lab;
    const who = lab.reader();
    if (who === "command" && lab.practice?.word(line)) {
      lab.kick();
      return;
    }
    const entry = lab.entry;
    if (who === "command") {
      entry.begin(line);
      lab.runner.commandBegins(line);
      lab.onCommand?.(line);
    } else if (who === "continuation" && entry.text !== null) {
      // one history entry for the whole command
      entry.extend(line);
      lab.runner.commandContinues(entry.text);
    }
    // a whole command goes into the history as the shell takes it (ksh: before it runs)
    if (entry.text !== null && (who === "command" || who === "continuation") && !lab.shell.needsMore(entry.text)) entry.flush();
    for (const l of line.split("\n")) lab.shell.tty.typeLine(l);
    lab.kick();
  }

  /** Ctrl-C: the line typed so far and ^C on the screen, the interrupt to the foreground */
  interrupt(typed = ""): void {
    const lab = this.lab;
    if (typed !== "") lab.shell.tty.hostWrite(lab.echo(typed), true);
    lab.shell.interrupt();
    lab.entry.drop();
    lab.kick();
  }

  /** Ctrl-Z and Ctrl-\: as the terminal's SUSP and QUIT characters, they discard the line typed
   *  so far and what was typed ahead (the echo shows it), and signal the foreground (at the
   *  prompt that is the shell, which ignores them) */
  signalKey(what: "suspend" | "quit"): void {
    const lab = this.lab;
    const typed = lab.editor.buf;
    lab.editor.reset();
    if (typed !== "") lab.shell.tty.hostWrite(lab.echo(typed), lab.reader() === "command");
    if (what === "suspend") lab.shell.suspend();
    else lab.shell.quit();
    lab.entry.drop();
    lab.kick();
  }

  /**
   * The terminal in non-canonical mode: a key goes to the program at once as the bytes the
   * terminal sends for it (Enter as a newline, as ICRNL makes it), not into the line editor;
   * nothing is echoed unless the program echoes it. Ctrl-C, Ctrl-Z and Ctrl-\ stay the
   * keyboard's signals while ISIG is on.
   */
  private rawKey(k: Key): void {
    const lab = this.lab;
    const tty = lab.shell.tty;
    lab.scroll = 0;
    this.tabs = 0;
    if (k.ctrl && !k.meta && tty.signals && (k.ch === "c" || k.ch === "z" || k.ch === "\\")) {
      if (k.ch === "c") this.interrupt(lab.editor.buf);
      else this.signalKey(k.ch === "z" ? "suspend" : "quit");
      lab.editor.reset();
      return;
    }
    // what was typed on the line before the program changed the mode is its input too
    if (lab.editor.buf !== "") {
      tty.typeText(lab.editor.buf);
      lab.editor.reset();
    }
    tty.typeText(k.name === "enter" ? "\n" : k.seq);
    lab.kick();
  }

  /** ksh's Ctrl-L and = in vi and emacs mode: the line as it is, what goes under it, and the
   *  prompt with the line again below */
  private showLineAgain(rows: string[]): void {
    const lab = this.lab;
    const prompt = lab.term.takeOpen();
    lab.term.write(prompt + lab.echo(lab.editor.buf) + "\n" + rows.map((r) => r + "\n").join("") + prompt);
  }

  private scrollBy(pages: number, page: boolean): void {
    const lab = this.lab;
    const { w, h } = lab.sessionSize();
    const step = page ? Math.max(1, h - 1) * Math.abs(pages) : Math.abs(pages);
    const max = lab.term.maxScroll(w, h);
    lab.scroll = Math.max(0, Math.min(max, lab.scroll + (pages < 0 ? step : -step)));
  }

  private completeWord(tabs: number): void {
    const lab = this.lab;
    const e = lab.editor;
    if (e.search) return;
    let c;
    try {
      c = complete(lab.shell, e.buf, e.cur);
    } catch {
      c = null;
    }
    if (!c) {
      lab.say("no completion");
      return;
    }
    if (lab.message?.text === "no completion") lab.message = null;
    const before = e.buf.slice(0, c.start);
    const current = e.buf.slice(c.start, e.cur);
    if (c.unique || c.replacement.length > current.length) {
      e.set(before + c.replacement + e.buf.slice(e.cur), before.length + c.replacement.length);
      return;
    }
    if (tabs >= 2 || c.candidates.length > 1) {
      // the list, then the prompt again with the line as it was (ksh/bash do the same)
      const { w } = lab.sessionSize();
      const prompt = lab.term.takeOpen();
      lab.term.write(prompt + lab.echo(e.buf) + "\n" + listColumns(c.candidates, lab.mode === "full" ? w : lab.columns).join("\n") + "\n" + prompt);
    }
  }
}
