// nroff's filling of a paragraph: words taken from the input lines and set as many to a line as
// fit; a word that ends a sentence at the end of an input line is followed by two spaces (nroff's
// rule: only there); with adjusting on both margins the spaces a line lacks are spread over its
// gaps, the odd ones going to the right-most gaps on one line and the left-most on the next
// (nroff alternates so that the rivers do not all run down one side). The last line of a
// paragraph is not adjusted. No hyphenation (docs/fidelity/solaris.md, "Man pages").

/** which side the next adjusted line gives its odd spaces to; kept across a page */
export interface FillState {
  fromRight: boolean;
}

interface Word {
  text: string;
  /** the gap after it when it is not the last on its output line */
  gap: number;
}

function words(lines: readonly string[]): Word[] {
  const out: Word[] = [];
  for (const line of lines) {
    // split at spaces and tabs only: a no-break space (\u00a0) holds its words together
    const ws = line.split(/[ \t]+/).filter((w) => w !== "");
    ws.forEach((w, i) => {
      const endsSentence = i === ws.length - 1 && /[.?!]["')\]]*$/.test(w);
      out.push({ text: w, gap: endsSentence ? 2 : 1 });
    });
  }
  return out;
}

/** the paragraph's lines at `width` columns (the first at `firstWidth`: a hanging paragraph) */
export function fillParagraph(lines: readonly string[], width: number, adjust: "both" | "left", state: FillState, firstWidth = width): string[] {
  const ws = words(lines);
  const out: string[] = [];
  let i = 0;
  while (i < ws.length) {
    const width_ = out.length === 0 ? firstWidth : width;
    const line: Word[] = [ws[i]!];
    let len = ws[i]!.text.length;
    i++;
    while (i < ws.length && len + line[line.length - 1]!.gap + ws[i]!.text.length <= width_) {
      len += line[line.length - 1]!.gap + ws[i]!.text.length;
      line.push(ws[i]!);
      i++;
    }
    const last = i >= ws.length;
    out.push(adjust === "both" && !last ? spread(line, width_ - len, state) : join(line));
  }
  return out;
}

function join(line: readonly Word[]): string {
  return line.map((w, k) => (k === line.length - 1 ? w.text : w.text + " ".repeat(w.gap))).join("");
}

/** the line with `extra` spaces spread over its gaps */
function spread(line: readonly Word[], extra: number, state: FillState): string {
  const gaps = line.length - 1;
  if (gaps === 0 || extra <= 0) return join(line);
  const each = Math.floor(extra / gaps);
  const odd = extra % gaps;
  const fromRight = state.fromRight;
  state.fromRight = !state.fromRight;
  return line
    .map((w, k) => {
      if (k === gaps) return w.text;
      const more = fromRight ? k >= gaps - odd : k < odd;
      return w.text + " ".repeat(w.gap + each + (more ? 1 : 0));
    })
    .join("");
}
