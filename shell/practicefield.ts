// Practice's answer field (F5, or :answer with no text): the question it is open on and the text
// typed so far, and how keys reach it. In the ink app the field is ink-text-input (AnswerField in
// shell/app.tsx), which edits `state` through setValue and submit; the lab (shell/lab.ts input)
// hands the field the keys that input does not take, and types the ones it cannot take rightly
// itself (typeIn). What the field draws is read from `state` (shell/screen.ts, the Practice pane).
// The exercise behind it (shell/practice.ts) judges the answers: FieldHost.
import type { Exercise } from "../engine/practice/index.js";
import type { Key } from "./keys.js";
import { PRACTICE_KEYS, type Tone } from "./practicewords.js";

/** what the field asks of the exercise it answers (shell/practice.ts Practice) */
export interface FieldHost {
  readonly exercise: Exercise;
  /** the pane's last word (a right answer's is "good") */
  readonly note: { tone: Tone } | null;
  /** every question has its right answer (and there is one at least) */
  readonly allAnswered: boolean;
  firstOpenQuestion(): string | null;
  say(text: string, tone: Tone): void;
  nextHint(): unknown;
  /** a practice key as at the prompt (F6, F7: they ask y/n) */
  key(k: Key): boolean;
  /** judge an answer; the pane's note says how it went */
  answer(questionId: string, typed: string): string;
  /** says a solve the answer brought, once the verdict is shown */
  readonly progress: { announceSolved(): void };
}

export class PracticeField {
  /** the field, open on a question (null: closed) */
  state: { question: string; value: string } | null = null;
  /**
   * The ink app edits the field with ink-text-input. Its key handler is subscribed in an effect
   * after each frame and computes the new value from the value of that frame, so a key that comes
   * before React has caught up (right after F5, or typed fast on a busy machine) would be lost or
   * undo the one before. The app says which state of the field (each change is a new object) the
   * input listens with (shown, null: it does not listen; and its gen, shownGen); a key that comes
   * while that is not the field now is put into the field here (typeIn) and the input is mounted
   * again (gen), its cursor at the end. Without ink (ink false) the keys edit nothing: the tests
   * and :answer give the text.
   */
  ink = false;
  shown: object | null = null;
  gen = 0;
  /** the gen of the input that listens (shown) */
  shownGen = -1;

  constructor(private readonly host: FieldHost) {}

  /** the field's text input cannot take the next key itself: the lab puts it in */
  get behind(): boolean {
    return this.ink && this.state !== null && (this.shown !== this.state || this.shownGen !== this.gen);
  }

  /**
   * Whether ink-text-input edits the field rightly with this chunk of input (ink hands it a chunk
   * whole, split only at escape sequences): text alone, or one key it edits with or ignores. Not
   * a chunk with a CR or LF among other keys (a paste, tmux send-keys, a fast link: it would put
   * the CR into the field), an LF alone, a paste's marks, the mouse wheel: the lab puts those
   * keys into the field itself (typeIn, then taken), as it does while the input is behind.
   */
  inkTakes(keys: readonly Key[]): boolean {
    if (keys.length === 1) {
      const k = keys[0]!;
      if (k.name === "enter") return k.seq === "\r";
      return !["pastestart", "pasteend", "wheelup", "wheeldown", "unknown"].includes(k.name);
    }
    return keys.every((k) => k.name === "char" && !k.ctrl && !k.meta);
  }

  /** the lab put a chunk into the field: what ink-text-input does with it is dropped (its input
   *  is mounted again, its cursor at the end) */
  taken(): void {
    if (this.state) this.gen++;
  }

  close(): void {
    this.state = null;
  }

  /** F5: the field on the first unanswered question; again: on the next question. With every
   *  question answered there is nothing to open it on: the pane says so */
  open(): void {
    const qs = this.host.exercise.questions;
    if (qs.length === 0) {
      this.host.say("this exercise asks no questions", "info");
      return;
    }
    if (!this.state && this.host.allAnswered) {
      this.host.say("every question is answered", "info");
      return;
    }
    let id = this.host.firstOpenQuestion()!;
    if (this.state) {
      const i = qs.findIndex((q) => q.id === this.state!.question);
      id = qs[(i + 1) % qs.length]!.id;
    }
    this.state = { question: id, value: "" };
  }

  /** a key while the answer field is open: the field (ink-text-input) takes the text and Enter.
   *  Esc closes it; Ctrl-C clears and closes it, as it cancels a line at the prompt (the line
   *  typed at the prompt before F5 stays as it was) */
  key(k: Key): void {
    if (k.name === "char" && k.ctrl && !k.meta && k.ch === "c") this.state = null;
    else if (k.name === "char" && (k.ctrl || k.meta)) this.control(k);
    else if (k.name === "escape") this.state = null;
    else if (k.name === PRACTICE_KEYS.answer) this.open();
    else if (k.name === PRACTICE_KEYS.hint) this.host.nextHint();
    else if (k.name === PRACTICE_KEYS.reset || k.name === PRACTICE_KEYS.solution) {
      this.state = null;
      this.host.key(k);
    }
  }

  /**
   * Ctrl-U clears the field, Ctrl-W takes the last word back; any other Ctrl or Meta key changes
   * nothing. ink-text-input would insert its letter (Ctrl-U as "u"): the field is put anew and its
   * input mounted again (gen), so what that input does with the key is dropped (AnswerField
   * takes changes only from the input of the field's current state; the lab's key handler is
   * subscribed first, so it has already replaced it).
   */
  private control(k: Key): void {
    const f = this.state;
    if (!f) return;
    let value = f.value;
    if (k.ctrl && !k.meta && k.ch === "u") value = "";
    else if (k.ctrl && !k.meta && k.ch === "w") value = value.replace(/\S*\s*$/, "");
    this.state = { ...f, value };
    this.gen++;
  }

  /** a key for the field before ink-text-input listens: text, Backspace, Enter, Esc */
  typeIn(k: Key): void {
    const f = this.state;
    if (!f) return;
    if (k.name === "char" && !k.ctrl && !k.meta) this.state = { ...f, value: f.value + k.ch };
    else if (k.name === "backspace") this.state = { ...f, value: f.value.slice(0, -1) };
    else if (k.name === "enter") this.submit(f.value);
    else this.key(k);
    if (this.state && this.state !== f) this.gen++;
  }

  setValue(v: string): void {
    if (this.state) this.state = { ...this.state, value: v };
  }

  /** Enter in the field: right closes it, wrong says why and keeps it open */
  submit(value: string): void {
    if (!this.state) return;
    if (value.trim() === "") {
      this.host.say("type the answer, or Esc to close the field", "info");
      return;
    }
    this.host.answer(this.state.question, value);
    if (this.host.note?.tone === "good") this.state = null;
    this.host.progress.announceSolved();
  }
}
