// moo lexer for the shell language (see grammar/shell.ne, and §2 of the shared tech.md reference).
//
// States: `main` (words and operators), `sq` (inside '..'), `dq` (inside "..").
// An unterminated quote therefore leaves the lexer in `sq`/`dq` at the end of the input,
// which parse() reports as incomplete input rather than a lexer error.
//
// Tricks that keep the grammar small and unambiguous:
// - A comment is folded into the `ws` token. `#` starts a comment only at the start of a word:
//   after blanks (first alternative) or at the start of the input / after an unescaped newline
//   or operator character (second alternative; the lookbehind checks backslash parity, so
//   `a\;#c` stays one word).
// - Backslash-newline outside quotes is a line continuation. After a blank it is folded into
//   `ws`; elsewhere it is a `cont` token that the wrapper below drops, so `a\<nl>b` is the word
//   `ab`. A backslash at the very end of the input is also `cont`: parse() reports it as
//   incomplete (the next line continues the command).
// - An fd digit directly before `<`/`>` at the start of a word is an `ionum` token; `!` as a
//   whole word is a `bang` token (the grammar treats it as a word except at a pipeline start).
import moo from "moo";

// Lookbehind: the current position starts a word (start of input, or right after an unescaped
// blank, newline or operator character). `^` alone is not used because moo compiles with the m
// flag, where `^` would also match after an escaped newline.
const WORD_START = String.raw`(?:(?<![\s\S])|(?<=(?:^|[^\\])(?:\\\\)*[ \t\r\f\v\n;&|<>]))`;

const ws = new RegExp(
  // blanks (plus line continuations), then maybe a comment
  String.raw`[ \t\r\f\v](?:[ \t\r\f\v]|\\\n)*(?:#[^\n]*)?` +
    // or a comment at the start of the input / after an unescaped newline or operator
    String.raw`|(?:(?<![\s\S])|(?<=(?:^|[^\\])(?:\\\\)*[\n;&|<>]))#[^\n]*`,
);

const PARAM = /\$(?:[A-Za-z_][A-Za-z0-9_]*|\{(?:[A-Za-z_][A-Za-z0-9_]*|[?$#0-9])\}|[?$#0-9])/;

export const mooLexer = moo.states({
  main: {
    ws: { match: ws, lineBreaks: true },
    nl: { match: /\n/, lineBreaks: true },
    cont: { match: /\\(?:\n|(?![\s\S]))/, lineBreaks: true },
    esc: /\\(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n])/,
    param: PARAM,
    badparam: /\$\{/,
    ionum: new RegExp(WORD_START + String.raw`[0-9](?=[<>])`),
    bang: new RegExp(WORD_START + String.raw`!(?=[ \t\r\f\v\n;&|<>]|(?![\s\S]))`),
    andand: /&&/,
    oror: /\|\|/,
    dsemi: /;;/,
    semi: /;/,
    amp: /&/,
    pipe: /\|/,
    dgreat: />>/,
    greatand: />&/,
    great: />/,
    less: /</,
    sqstart: { match: /'/, push: "sq" },
    dqstart: { match: /"/, push: "dq" },
    bare: /[^ \t\n\r\f\v'"\\$|;&<>]+|\$/,
    error: moo.error,
  },
  sq: {
    sqtext: { match: /[^']+/, lineBreaks: true },
    sqend: { match: /'/, pop: 1 },
    error: moo.error,
  },
  dq: {
    dqend: { match: /"/, pop: 1 },
    dqesc: { match: /\\[\\"$`\n]/, lineBreaks: true },
    param: PARAM,
    badparam: /\$\{/,
    dqtext: { match: /(?:[^"\\$]|\\(?![\\"$`\n])|\$(?![A-Za-z_{?$#0-9]))+/, lineBreaks: true },
    error: moo.error,
  },
});

/** Token types that carry no syntax of their own (used to find the last significant token). */
const QUIET = new Set(["ws", "nl", "cont"]);
/** Tokens that can end / start a word. Blanks matter only between two of these. */
const WORD_END = new Set(["bare", "esc", "param", "sqend", "dqend", "bang"]);
const WORD_START_TOKEN = new Set(["bare", "esc", "param", "sqstart", "dqstart", "bang"]);
/** After these (or at the start of the input) a newline is only a line break: dropped. */
const NL_INSIGNIFICANT_AFTER = new Set(["", "pipe", "andand", "oror", "semi", "amp", "nl"]);

/**
 * nearley-facing wrapper around the moo lexer. It
 * - drops `cont` tokens (line continuations);
 * - drops `ws` tokens (blanks and comments) except between the end of a word and the start of
 *   the next word, the only place they mean something;
 * - drops `nl` tokens at the start and after `| && || ; &` and another newline, where a newline
 *   is only a line break.
 *   Both keep optional and nullable symbols out of the grammar, which halves the Earley states
 *   per token (bench/parse.ts: 10k-char lines went from 50–70 ms to 20–35 ms);
 * - remembers what the caller needs to classify an incomplete parse (last raw token, last
 *   significant token, last opening quote).
 */
export class ShellLexer {
  last: moo.Token | undefined;
  lastSignificant: moo.Token | undefined;
  lastQuote: moo.Token | undefined;
  private prevType = "";
  private peeked: moo.Token | undefined;
  private hasPeek = false;

  reset(chunk: string, state?: moo.LexerState): void {
    mooLexer.reset(chunk, state);
    this.last = undefined;
    this.lastSignificant = undefined;
    this.lastQuote = undefined;
    this.prevType = "";
    this.peeked = undefined;
    this.hasPeek = false;
  }

  /** Next moo token, skipping line continuations. */
  private raw(): moo.Token | undefined {
    if (this.hasPeek) {
      this.hasPeek = false;
      return this.peeked;
    }
    for (;;) {
      const t = mooLexer.next();
      if (t === undefined) return undefined;
      this.last = t;
      if (t.type === "cont") continue;
      if (!QUIET.has(t.type ?? "")) this.lastSignificant = t;
      if (t.type === "sqstart" || t.type === "dqstart") this.lastQuote = t;
      return t;
    }
  }

  next(): moo.Token | undefined {
    let t = this.raw();
    for (; t !== undefined; t = this.raw()) {
      if (t.type === "nl") {
        if (!NL_INSIGNIFICANT_AFTER.has(this.prevType)) break;
      } else if (t.type === "ws") {
        const after = this.raw();
        this.peeked = after;
        this.hasPeek = true;
        if (WORD_END.has(this.prevType) && after !== undefined && WORD_START_TOKEN.has(after.type ?? "")) break;
      } else {
        break;
      }
    }
    this.prevType = t?.type ?? "";
    return t;
  }

  save(): moo.LexerState {
    return mooLexer.save();
  }

  formatError(token: moo.Token, message?: string): string {
    return mooLexer.formatError(token, message);
  }

  has(tokenType: string): boolean {
    return mooLexer.has(tokenType);
  }
}

export const lexer = new ShellLexer();
