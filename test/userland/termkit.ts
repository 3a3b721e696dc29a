// A session's terminal as the tests that type at it see it: the bytes the screen gets (prompts and
// echoes included), and keys typed at the keyboard with the machine run until it waits.
import type { Session } from "../../engine/session.js";

const dec = new TextDecoder();

/** the terminal as a screen gets it (the bytes), with the prompts and echoes */
export function screen(s: Session): { take(): string } {
  let text = "";
  s.decor = true;
  s.sink = { screen: true, write: (d) => void (text += typeof d === "string" ? d : dec.decode(d)) };
  return {
    take() {
      const t = text;
      text = "";
      return t;
    },
  };
}

/** type bytes at the keyboard and run until the machine waits */
export function type(s: Session, keys: string): string {
  s.tty.typeText(keys);
  return s.drive(1_000_000).kind;
}
