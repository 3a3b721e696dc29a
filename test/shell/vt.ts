// A small terminal emulator for tests: enough of xterm to replay what the lab writes (cursor
// moves, erase, SGR ignored, alternate screen, scrolling) and read the screen back as text.
export class Vt {
  rows: string[][];
  r = 0;
  c = 0;
  wrapPending = false;
  saved: string[][] | null = null;
  /** lines scrolled off the top of the normal screen */
  scrollback: string[] = [];
  clears3J = 0;
  constructor(readonly cols: number, readonly height: number) {
    this.rows = this.blank();
  }
  private blank(): string[][] {
    return Array.from({ length: this.height }, () => Array(this.cols).fill(" "));
  }
  private lineFeed(): void {
    if (this.r === this.height - 1) {
      const top = this.rows.shift()!;
      if (!this.saved) this.scrollback.push(top.join("").trimEnd());
      this.rows.push(Array(this.cols).fill(" "));
    } else this.r++;
  }
  write(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      if (ch === "\x1b") {
        const n = s[i + 1];
        if (n === "[") {
          let j = i + 2;
          while (j < s.length && /[\x30-\x3f]/.test(s[j]!)) j++;
          while (j < s.length && /[\x20-\x2f]/.test(s[j]!)) j++;
          this.csi(s.slice(i + 2, j), s[j]!);
          i = j;
        } else if (n === "]") {
          const bel = s.indexOf("\x07", i);
          i = bel < 0 ? s.length : bel;
        } else if (n === "7" || n === "8") i++;
        else i++;
        continue;
      }
      if (ch === "\r") {
        this.c = 0;
        this.wrapPending = false;
        continue;
      }
      if (ch === "\n") {
        this.lineFeed();
        this.wrapPending = false;
        continue;
      }
      if (ch === "\b") {
        this.c = Math.max(0, this.c - 1);
        continue;
      }
      if (ch < " ") continue;
      if (this.wrapPending) {
        this.c = 0;
        this.lineFeed();
        this.wrapPending = false;
      }
      const cp = s.codePointAt(i)!;
      const glyph = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      this.rows[this.r]![this.c] = glyph;
      if (this.c === this.cols - 1) this.wrapPending = true;
      else this.c++;
    }
  }
  private csi(params: string, final: string): void {
    const priv = params.startsWith("?");
    const ps = (priv ? params.slice(1) : params).split(";").map((x) => (x === "" ? NaN : Number(x)));
    const p1 = Number.isNaN(ps[0]!) ? 1 : ps[0]!;
    this.wrapPending = false;
    switch (final) {
      case "H":
      case "f":
        this.r = Math.min(this.height - 1, Math.max(0, (Number.isNaN(ps[0]!) ? 1 : ps[0]!) - 1));
        this.c = Math.min(this.cols - 1, Math.max(0, (Number.isNaN(ps[1] ?? NaN) ? 1 : ps[1]!) - 1));
        break;
      case "A":
        this.r = Math.max(0, this.r - p1);
        break;
      case "B":
        this.r = Math.min(this.height - 1, this.r + p1);
        break;
      case "C":
        this.c = Math.min(this.cols - 1, this.c + p1);
        break;
      case "D":
        this.c = Math.max(0, this.c - p1);
        break;
      case "E":
        this.r = Math.min(this.height - 1, this.r + p1);
        this.c = 0;
        break;
      case "F":
        this.r = Math.max(0, this.r - p1);
        this.c = 0;
        break;
      case "G":
        this.c = Math.min(this.cols - 1, Math.max(0, p1 - 1));
        break;
      case "J": {
        const m = Number.isNaN(ps[0]!) ? 0 : ps[0]!;
        if (m === 3) {
          this.clears3J++;
          this.scrollback = [];
        } else if (m === 2) this.rows = this.blank();
        else if (m === 0) {
          for (let c = this.c; c < this.cols; c++) this.rows[this.r]![c] = " ";
          for (let r = this.r + 1; r < this.height; r++) this.rows[r] = Array(this.cols).fill(" ");
        }
        break;
      }
      case "K": {
        const m = Number.isNaN(ps[0]!) ? 0 : ps[0]!;
        const row = this.rows[this.r]!;
        if (m === 0) for (let c = this.c; c < this.cols; c++) row[c] = " ";
        else if (m === 1) for (let c = 0; c <= this.c; c++) row[c] = " ";
        else for (let c = 0; c < this.cols; c++) row[c] = " ";
        break;
      }
      case "h":
        if (priv && ps[0] === 1049) {
          this.saved = this.rows;
          this.rows = this.blank();
        }
        break;
      case "l":
        if (priv && ps[0] === 1049 && this.saved) {
          this.rows = this.saved;
          this.saved = null;
        }
        break;
      default:
        break;
    }
  }
  screen(): string {
    return this.rows.map((r) => r.join("").trimEnd()).join("\n");
  }
}
