// more's view of one file: the screen lines read so far (kept, so that b, k, g and a search can
// show them again, also for a pipe), which of them the screen shows, and how it moves on a
// terminal that scrolls (AIX 4.1.3 more, prim.c): going on from the bottom of the screen writes
// the lines that follow; going anywhere else writes "...skipping..." and a screen from there.
// (On a screen-addressed terminal AIX's more scrolls back by inserting lines at the top; the
// lab's terminal is a scrolling log, so going back is shown as a new screen after the note.)
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { msg } from "./msg.js";
import { ScreenLines } from "./pager.js";
import type { Regex } from "./re.js";
import type { Reader } from "./stream.js";

export interface MoreOpts {
  /** lines a screen shows (-n, else LINES less two) */
  window: number;
  /** lines d and u move (half the window, or the count given to d or u) */
  scroll: number;
  squeeze: boolean;
  fold: boolean;
  /** -d: the prompt says which keys to press; a wrong key says so instead of ringing */
  verbose: boolean;
  /** -i: searches ignore case */
  caseless: boolean;
}

/** a screen line kept: its bytes, where in the file it ends, the file line it belongs to */
interface Kept {
  text: Uint8Array;
  end: number;
  lineNo: number;
}

const dec = new TextDecoder();

export class MoreFile {
  private kept: Kept[] = [];
  private eof = false;
  private src: ScreenLines;
  private blank = false;
  private fileLine = 1;
  /** the screen shows kept[top..bottom) */
  top = 0;
  bottom = 0;

  constructor(
    private ctx: CommandContext,
    readonly reader: Reader,
    private o: MoreOpts,
  ) {
    this.src = new ScreenLines(reader, ctx.columns, o.fold);
  }

  /** screen line i, reading on as far as it; null past the end */
  *line(i: number): Co<Kept | null> {
    while (this.kept.length <= i && !this.eof) {
      const l = yield* this.src.next();
      if (l === null) {
        this.eof = true;
        break;
      }
      const lineNo = this.fileLine;
      if (l.whole) this.fileLine++;
      const empty = l.text.length === 1;
      // -s: a blank line after a blank line is not shown
      if (this.o.squeeze && empty && this.blank) continue;
      this.blank = empty;
      this.kept.push({ text: l.text, end: l.end, lineNo });
    }
    return this.kept[i] ?? null;
  }

  /** no line after the screen: the file is shown to its end */
  *atEnd(): Co<boolean> {
    return (yield* this.line(this.bottom)) === null;
  }

  /** how many screen lines the file has (read to its end) */
  *count(): Co<number> {
    while (!this.eof) yield* this.line(this.kept.length);
    return this.kept.length;
  }

  /** n more lines after the screen, as the terminal scrolls; how many there were */
  *forward(n: number): Co<number> {
    let shown = 0;
    for (; shown < n; shown++) {
      const l = yield* this.line(this.bottom);
      if (l === null) break;
      yield* this.ctx.stdout.put(l.text);
      this.bottom++;
    }
    this.top = Math.max(this.top, this.bottom - this.o.window);
    return shown;
  }

  /** a screen from line `top`: scrolled to when it is on the screen or right after it,
   *  else a new screen after "...skipping..." */
  *jump(top: number): Co<void> {
    let to = Math.max(0, top);
    if ((yield* this.line(to)) === null) to = Math.max(0, (yield* this.count()) - 1);
    if (to >= this.top && to <= this.bottom) {
      yield* this.forward(to + this.o.window - this.bottom);
      return;
    }
    yield* this.ctx.stdout.put(msg(this.ctx, "more.skip") + "\n");
    this.top = to;
    this.bottom = to;
    yield* this.forward(this.o.window);
  }

  /** the screen again, after "...skipping..." (r, and after the help or a stop) */
  *repaint(): Co<void> {
    yield* this.ctx.stdout.put(msg(this.ctx, "more.skip") + "\n");
    this.bottom = this.top;
    yield* this.forward(this.o.window);
  }

  /**
   * The n-th screen line after the current one (forward) or before it that contains a match of
   * `re` (or, `want` false, that does not); null when there is none. The current line is the
   * third of the screen (the first at the top of the file), where a match found is shown.
   */
  *search(re: Regex, forward: boolean, n: number, want: boolean): Co<number | null> {
    const cur = this.top === 0 ? 0 : Math.min(this.top + 2, Math.max(0, this.bottom - 1));
    let left = n;
    for (let i = forward ? cur + 1 : cur - 1; i >= 0; i += forward ? 1 : -1) {
      const l = yield* this.line(i);
      if (l === null) return null;
      if (this.ctx.sys.tick()) yield undefined;
      const text = dec.decode(l.text.subarray(0, l.text.length - 1));
      const hit = re.linear ? re.test(text) : (yield* re.execCo(this.ctx.sys, text)) !== null;
      if (hit === want && --left === 0) return i;
    }
    return null;
  }

  /** the part of the file shown, in percent of its size (null for a pipe) */
  percent(): number | null {
    const size = this.reader.size;
    if (!size) return null;
    const last = this.kept[this.bottom - 1];
    return Math.floor((100 * (last?.end ?? 0)) / size);
  }

  /** where the screen ends: the file line after it and the bytes before that line */
  position(): { line: number; byte: number } {
    const last = this.kept[this.bottom - 1];
    return { line: this.kept[this.bottom]?.lineNo ?? this.fileLine, byte: last?.end ?? 0 };
  }
}
