// What a transcript keeps of a terminal where a screen would draw it: the text a test compares,
// the scenario checker matches and --echo prints. Two things differ from the bytes received:
//
//  - a line that a program erases (a carriage return and then ESC [ K, clear to the end of the
//    line: how more and pg take their prompt away before the next lines or at the end) ends in
//    the transcript instead: the transcript keeps what the line showed, as a log does;
//  - keys that a program read without echo in non-canonical mode (more's Space or q, which the
//    real terminal never shows) are written where they were read, at the end of the line the
//    program then erases: `--More--(45%) ` is the prompt at which Space was pressed, `--More--q`
//    the one at which q was. That is how a transcript says what was typed at a prompt, like the
//    echo of a line typed at a question. Enter and other control keys show as nothing.
//
// Keys appear only on a line the program erases right after reading them: a program that writes
// anything else first has echoed them itself (pg echoes what is typed at its prompt) or refused
// them (a bell), and the transcript leaves them out.
import { concat } from "./userland/types.js";

/** what a program writes to take away the line the cursor is on: CR, then clear to its end */
export const ERASE_LINE = "\r\x1b[K";
const ERASE = [13, 27, 91, 75];

/** does `data` hold the erase sequence at `at`? */
function eraseAt(data: Uint8Array, at: number): boolean {
  for (let k = 0; k < ERASE.length; k++) if (data[at + k] !== ERASE[k]) return false;
  return true;
}

/** where the erase sequence is in `data` from `from`, -1 when nowhere */
function findErase(data: Uint8Array, from: number): number {
  for (let i = data.indexOf(13, from); i >= 0; i = data.indexOf(13, i + 1)) if (eraseAt(data, i)) return i;
  return -1;
}

const NEWLINE = new Uint8Array([10]);


/** the keys as a transcript shows them: printable characters only */
function shown(keys: Uint8Array): Uint8Array {
  return keys.filter((b) => b >= 0x20 && b !== 0x7f);
}

export class TranscriptFilter {
  /** keys read without echo since the program last wrote (null: none) */
  private keys: Uint8Array | null = null;
  /** the last text ended a line (an erase there ends nothing) */
  private atLineStart = true;

  /** keys a program read without echo */
  noteKeys(data: Uint8Array): void {
    if (data.length === 0) return;
    if (this.keys === null) this.keys = data.slice();
    else {
      const both = new Uint8Array(this.keys.length + data.length);
      both.set(this.keys, 0);
      both.set(data, this.keys.length);
      this.keys = both;
    }
  }

  /** text written to the terminal, as the transcript keeps it */
  pass(data: Uint8Array): Uint8Array {
    let at = findErase(data, 0);
    if (at < 0) {
      this.plain(data);
      return data;
    }
    const parts: Uint8Array[] = [];
    let from = 0;
    while (at >= 0) {
      const text = data.subarray(from, at);
      this.plain(text);
      parts.push(text);
      if (!this.atLineStart) {
        if (this.keys !== null) parts.push(shown(this.keys));
        parts.push(NEWLINE);
        this.atLineStart = true;
      }
      this.keys = null;
      from = at + ERASE.length;
      // pg's erase ends with a second carriage return
      if (data[from] === 13 && data[from + 1] !== 10) from++;
      at = findErase(data, from);
    }
    const rest = data.subarray(from);
    this.plain(rest);
    parts.push(rest);
    return concat(parts);
  }

  /** text with no erase: keys read before it were echoed or refused */
  private plain(text: Uint8Array): void {
    if (text.length === 0) return;
    this.keys = null;
    this.atLineStart = text[text.length - 1] === 10;
  }
}
