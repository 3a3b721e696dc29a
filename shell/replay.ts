// The replay player: walks a scenario's steps on a Lab — prose becomes the caption, each command
// is typed into the prompt at a human pace and run by the engine (its output is computed, never
// copied from the file). It knows no clock: step() does the next action and says how long to
// wait before the one after, so the live player waits on real timers and the cast renderer on
// virtual time, and both show the same thing. No ink.
import type { Scenario } from "../engine/scenario/parse.js";
import { answerFor } from "../engine/scenario/drive.js";
import { fillCaptures, matchBlock, outputLines } from "../engine/scenario/match.js";
import type { Key } from "./keys.js";
import type { Lab } from "./lab.js";

export interface PlayerOptions {
  /** playback speed: delays are divided by it */
  speed?: number;
  /** false when nobody can press a key (a cast): the status names the scenario, not the keys */
  interactive?: boolean;
}

/** the pause after a key, in ms: 45–95 ms, varying deterministically like a person typing */
export function typingDelay(i: number, ch: string): number {
  const jitter = (i * 7919 + ch.charCodeAt(0) * 31) % 50;
  return 45 + jitter + (ch === " " ? 40 : 0) + (ch === "-" || ch === "/" ? 20 : 0);
}

/** time to read a caption: about 60 ms a character, 1.5 s to 7 s */
export function readingTime(text: string): number {
  return Math.max(1500, Math.min(7000, 800 + text.length * 45));
}

/** time to look at a command's output */
export function lookingTime(outputLines: number): number {
  return 900 + 60 * Math.min(outputLines, 40);
}

export class Player {
  readonly speed: number;
  readonly interactive: boolean;
  paused = false;
  done = false;
  quit = false;
  /** commands run so far, and the total */
  ran = 0;
  readonly total: number;
  private script: Generator<number, void>;
  /** set while a command was just submitted (skipToNextCommand stops there) */
  private justRan = false;
  /** values captured from the output so far ([N:name]), typed where a command says [=name] */
  private vars = new Map<string, string>();

  constructor(readonly lab: Lab, readonly scenario: Scenario, o: PlayerOptions = {}) {
    this.speed = o.speed && o.speed > 0 ? o.speed : 1;
    this.interactive = o.interactive ?? true;
    this.total = scenario.steps.filter((s) => s.kind === "command").length;
    this.script = this.run();
    this.updateStatus();
  }

  private *run(): Generator<number, void> {
    const lab = this.lab;
    for (const st of this.scenario.steps) {
      if (st.kind === "prose") {
        lab.caption = st.text;
        yield readingTime(st.text);
        continue;
      }
      let cmd = st.command;
      try {
        cmd = fillCaptures(st.command, this.vars);
      } catch {
        // its capture did not match (check reports it): typed as written
      }
      let i = 0;
      for (const ch of cmd) {
        lab.type(ch);
        yield typingDelay(i++, ch);
      }
      yield 250;
      const before = lab.term.written;
      lab.captured = "";
      lab.type("\r");
      this.ran++;
      this.justRan = true;
      this.updateStatus();
      yield* this.follow(st.expected);
      for (const [k, v] of matchBlock(st.expected, outputLines(lab.captured ?? ""), this.vars) ?? []) this.vars.set(k, v);
      lab.captured = null;
      yield lookingTime(lab.term.written - before - 1);
    }
    this.done = true;
    this.updateStatus();
  }

  /**
   * While the command runs: when it reads the terminal, type what the transcript shows was typed
   * (the rest of its line after the question; Ctrl-D when nothing is left); press Ctrl-C where the
   * transcript shows ^C, once the command waits or has run a while.
   */
  private *follow(expected: readonly string[]): Generator<number, void> {
    const lab = this.lab;
    const ctrlC = expected.some((l) => l.includes("^C"));
    let waited = 0;
    for (let guard = 0; guard < 600 && lab.exitCode === null; guard++) {
      const who = lab.reader();
      if (who === "command" || who === "continuation") return;
      if (who === "data") {
        const answer = answerFor(lab.captured ?? "", expected, this.vars);
        if (answer === "^C") lab.pressInterrupt();
        else if (answer === null) lab.type("\x04");
        else {
          // a program that reads single keys (more) gets the keys alone; Enter ends a line
          const keys = lab.rawKeys;
          let i = 0;
          for (const ch of answer) {
            lab.type(ch);
            yield typingDelay(i++, ch);
          }
          if (!keys || answer === "") {
            yield 250;
            lab.type("\r");
          }
        }
        yield 400;
        continue;
      }
      if (ctrlC && waited >= 1500) {
        lab.pressInterrupt();
        waited = 0;
      }
      yield 100;
      waited += 100;
    }
  }

  updateStatus(): void {
    const where = `${this.ran}/${this.total}`;
    if (!this.interactive) {
      const title = this.scenario.meta.title;
      this.lab.status = this.done ? `replay finished (${where} commands) · ${title}` : `replay ${where} · ${title}`;
      return;
    }
    const speed = this.speed !== 1 ? ` · ${this.speed}x` : "";
    this.lab.status = this.done
      ? `replay finished (${where} commands) · q quits`
      : `replay ${this.paused ? "PAUSED" : "playing"} ${where}${speed} · Space ${this.paused ? "plays" : "pauses"} · n next command · q quits`;
  }

  /** do the next action; the wait (ms, speed applied) before the one after, or null at the end */
  step(): number | null {
    if (this.done || this.quit) return null;
    const r = this.script.next();
    if (r.done) {
      this.done = true;
      this.updateStatus();
      return null;
    }
    return r.value / this.speed;
  }

  /** finish typing the current command and run it (or type and run the next one) */
  skipToNextCommand(): void {
    this.justRan = false;
    while (!this.done && !this.quit && !this.justRan) {
      if (this.step() === null) break;
    }
    this.justRan = false;
  }

  setPaused(p: boolean): void {
    this.paused = p;
    this.updateStatus();
  }

  /** the replay's keys: Space pauses, n steps, q quits; the rest go to the screen (PgUp, F2, F3) */
  handleKey(k: Key): "pause" | "next" | "quit" | "pass" | "ignore" {
    if (k.name === "char" && !k.ctrl && !k.meta) {
      if (k.ch === " ") return "pause";
      if (k.ch === "n") return "next";
      if (k.ch === "q") return "quit";
      return "ignore";
    }
    if ((k.ctrl && (k.ch === "c" || k.ch === "d")) || k.name === "escape") return "quit";
    if (k.name === "pageup" || k.name === "pagedown" || k.name === "wheelup" || k.name === "wheeldown" || k.name === "f2" || k.name === "f3") return "pass";
    return "ignore";
  }
}
