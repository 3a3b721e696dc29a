// The stanza files of odmadd and odmchange, read as libodm reads them (odmascii.c,
// get_ascii_phrase and get_value_from_string):
//   - a stanza is "Class:" and "descriptor = value" lines; a blank line, or a new "Name:" line
//     at the start of a line, ends it;
//   - outside double quotes, # or * starts a comment (a whole line when it is the first
//     character); quotes may run over several lines;
//   - a value's quotes are removed, \n \t \b \r \f are escapes, \ before a newline joins lines,
//     and spaces around names and unquoted values are dropped.

import { isKernelError } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { Reader } from "../common/stream.js";

export interface Phrase {
  /** the line the stanza starts on (odmadd's "stanza line") */
  line: number;
  text: string;
}

/**
 * Splits a stanza file into stanzas line by line (get_ascii_phrase), so a command can add each
 * stanza as soon as it is complete, as odmadd does, while the file is still being read.
 */
export class StanzaSplitter {
  private cur: string[] = [];
  private start = 0;
  private head = false;
  private quotes = 0;
  private lineNo = 0;

  /** one line (with its newline, if it has one); the stanzas it completes */
  feed(raw: string): Phrase[] {
    const out: Phrase[] = [];
    let line = raw;
    this.lineNo++;
    const between = this.quotes % 2 === 0;
    if (between && (line[0] === "#" || line[0] === "*")) return out;
    if (between && line.length && !/\s/.test(line[0]!)) {
      // "Name:" after the stanza's own first line begins the next stanza
      if (this.head && line.includes(":") && !line.includes("=")) this.flush(out);
      if (!this.head) this.start = this.lineNo;
      this.head = true;
    }
    let blank = true;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (c === "\\") {
        i++;
        blank = false;
      } else if (c === '"') {
        this.quotes++;
        blank = false;
      } else if ((c === "#" || c === "*") && this.quotes % 2 === 0) {
        line = line.slice(0, i) + "\n";
        blank = false;
        break;
      } else if (!/\s/.test(c)) blank = false;
    }
    if (this.quotes % 2 === 0 && blank && line.endsWith("\n")) {
      this.flush(out);
      return out;
    }
    if (!this.cur.length && !this.head) this.start = this.lineNo;
    this.cur.push(line);
    return out;
  }

  /** at the end of the file: the last stanza, or the line of a stanza whose quotes never close */
  finish(): { last: Phrase | null; bad: number | null } {
    if (this.quotes % 2 !== 0) return { last: null, bad: this.start };
    const out: Phrase[] = [];
    this.flush(out);
    return { last: out[0] ?? null, bad: null };
  }

  private flush(out: Phrase[]): void {
    if (this.cur.length) out.push({ line: this.start, text: this.cur.join("") });
    this.cur = [];
    this.head = false;
  }
}

/**
 * Read a stanza file as odmadd and odmchange do: each stanza is handed to `apply` as soon as it
 * is complete (a non-zero status stops the reading and is the command's), the last one at the
 * end; `bad` gets the line of a stanza the file leaves unfinished. The reader is closed.
 */
export function* eachStanza(
  r: Reader,
  charge: (steps: number) => void,
  apply: (p: Phrase) => number,
  bad: (line: number) => number,
): Co<number> {
  const lines = new LineReader(r, charge);
  const split = new StanzaSplitter();
  try {
    for (let line = yield* lines.next(); line !== null; line = yield* lines.next()) {
      for (const p of split.feed(line)) {
        const st = apply(p);
        if (st) return st;
      }
    }
  } finally {
    r.close();
  }
  const end = split.finish();
  if (end.bad !== null) return bad(end.bad);
  return end.last ? apply(end.last) : 0;
}

/** the stanzas of a whole text (tests, and small files) */
export function phrases(text: string): { phrases: Phrase[]; bad: number | null } {
  const sp = new StanzaSplitter();
  const out: Phrase[] = [];
  for (const line of text.split(/(?<=\n)/)) if (line) out.push(...sp.feed(line));
  const end = sp.finish();
  if (end.last) out.push(end.last);
  return { phrases: out, bad: end.bad };
}

/**
 * The lines of a stream, each with its newline. As the C library's string functions see a line,
 * a NUL byte ends its text (the rest up to the newline is dropped), so a stream of NULs
 * (/dev/zero) reads on without the line growing.
 */
export class LineReader {
  private buf = "";
  private dropping = false;
  private done = false;
  private dec = new TextDecoder();
  /** charge: the steps the scan of a chunk costs the process (a byte-by-byte look at it) */
  constructor(private r: Reader, private charge: (steps: number) => void = () => {}) {}

  *next(): Co<string | null> {
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl >= 0) {
        const line = this.buf.slice(0, nl + 1);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      if (this.done) {
        const rest = this.buf;
        this.buf = "";
        return rest || null;
      }
      let chunk: Uint8Array;
      try {
        chunk = yield* this.r.read();
      } catch (e) {
        // a read error (a directory) ends the file, as fgets returning NULL does
        if (!isKernelError(e)) throw e;
        chunk = new Uint8Array(0);
      }
      if (!chunk.length) {
        this.done = true;
        continue;
      }
      this.charge(chunk.length >> 10);
      this.take(chunk);
    }
  }

  /** a chunk's bytes into the line buffer, found with indexOf (a chunk of NULs costs a scan) */
  private take(chunk: Uint8Array): void {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (this.dropping) {
        if (nl < 0) return;
        this.dropping = false;
        this.buf += "\n";
        pos = nl + 1;
        continue;
      }
      const nul = chunk.indexOf(0, pos);
      if (nul >= 0 && (nl < 0 || nul < nl)) {
        this.buf += this.dec.decode(chunk.subarray(pos, nul), { stream: true });
        this.dropping = true;
        pos = nul + 1;
      } else {
        const end = nl < 0 ? chunk.length : nl + 1;
        this.buf += this.dec.decode(chunk.subarray(pos, end), { stream: true });
        pos = end;
      }
    }
  }
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", b: "\b", r: "\r", f: "\f" };

/** get_value_from_string: successive values of one stanza, each ended by a stop character */
export class ValueReader {
  private pos = 0;
  constructor(private text: string) {}

  /** the next value and the character that ended it ("" at the end); null when nothing is left */
  next(stops: string, skipSpaces: boolean): { value: string; stop: string } | null {
    const t = this.text;
    if (this.pos >= t.length) return null;
    if (skipSpaces) while (this.pos < t.length && /\s/.test(t[this.pos]!)) this.pos++;
    let out = "";
    let keep = 0;
    let quoted = false;
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || (!quoted && stops.includes(c))) {
        if (c === undefined && quoted) return null;
        if (c !== undefined) this.pos++;
        return { value: skipSpaces ? out.slice(0, keep) : out, stop: c ?? "" };
      }
      this.pos++;
      if (c === '"') {
        quoted = !quoted;
        continue;
      }
      if (c === "\\") {
        const e = t[this.pos];
        if (e === undefined) continue;
        this.pos++;
        if (e === "\n") continue;
        out += ESCAPES[e] ?? e;
        keep = out.length;
        continue;
      }
      out += c;
      if (quoted || !/\s/.test(c)) keep = out.length;
    }
  }
}

/** C strtol: leading blanks, a sign, base 0 (0x hex, 0 octal) or 10; the unread rest */
export function strtol(s: string, base: 0 | 10): { value: number; rest: string; read: boolean } {
  const m = base === 0 ? /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s) : /^\s*([+-]?)([0-9]+)/.exec(s);
  if (!m) return { value: 0, rest: s, read: false };
  const digits = m[2]!;
  const v = /^0[xX]/.test(digits) ? parseInt(digits.slice(2), 16) : base === 0 && digits.length > 1 && digits[0] === "0" ? parseInt(digits, 8) : parseInt(digits, 10);
  return { value: m[1] === "-" ? -v : v, rest: s.slice(m[0].length), read: true };
}

/** the value a C short or long holds after the assignment (wraps like the machine does) */
export function toWidth(v: number, width: "short" | "long" | undefined): number {
  // strtol saturates at the limits of a (32-bit) long; a short keeps the low 16 bits
  const long = Math.max(-2147483648, Math.min(2147483647, Math.trunc(v)));
  return width === "long" ? long : (long << 16) >> 16;
}
