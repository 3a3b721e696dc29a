// moo lexer for the shell language (see grammar/shell.ne, and §2 of the shared tech.md reference).
//
// States: `main` (words and operators), `paren` (the same inside `( … )` or `$( … )`, where `)`
// pops back), `sq` (inside '..'), `dq` (inside ".."), `bq` (inside `..`), `arith` and `aparen`
// (inside $(( … )) and its parentheses). An unterminated quote, `$(` or `(` therefore leaves the
// lexer in a pushed state at the end of the input, which parse() reports as incomplete input
// rather than a lexer error.
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
// - Reserved words (for, do, done, if, then, …, `{` and `}`) are plain `bare` tokens to moo. The
//   wrapper retypes one to `kwfor`, `kwdo`, `lbrace` … only where ksh recognises it: as a whole
//   word in command position (and `in`/`do` after `for NAME`, `in` after `case WORD`, `esac`
//   where a case pattern may start). The `)` that closes `$(` becomes `substend` and the `)`
//   that ends a case pattern `patend`, so the grammar never has to guess.
import moo from "moo";

// Lookbehind: the current position starts a word (start of input, or right after an unescaped
// blank, newline or operator character). `^` alone is not used because moo compiles with the m
// flag, where `^` would also match after an escaped newline.
const WORD_START = String.raw`(?:(?<![\s\S])|(?<=(?:^|[^\\])(?:\\\\)*[ \t\r\f\v\n;&|<>()]))`;

const ws = new RegExp(
  // blanks (plus line continuations), then maybe a comment
  String.raw`[ \t\r\f\v](?:[ \t\r\f\v]|\\\n)*(?:#[^\n]*)?` +
    // or a comment at the start of the input / after an unescaped newline or operator
    String.raw`|(?:(?<![\s\S])|(?<=(?:^|[^\\])(?:\\\\)*[\n;&|<>()]))#[^\n]*`,
);

const PARAM = /\$(?:[A-Za-z_][A-Za-z0-9_]*|\{(?:[A-Za-z_][A-Za-z0-9_]*|[?$#0-9@*])\}|[?$#0-9@*])/;

/** the rules of `main` and `paren`: in `paren` a `)` closes the parenthesis (pops) */
function wordRules(inParen: boolean): moo.Rules {
  return {
    ws: { match: ws, lineBreaks: true },
    nl: { match: /\n/, lineBreaks: true },
    cont: { match: /\\(?:\n|(?![\s\S]))/, lineBreaks: true },
    esc: /\\(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n])/,
    arithstart: { match: /\$\(\(/, push: "arith" },
    // In `main` the parentheses need no lexer state (the wrapper pairs them); inside "…" a `$(`
    // must come back to the quotes at its `)`, so there they push `paren`, which pairs its own.
    subst: inParen ? { match: /\$\(/, push: "paren" } : /\$\(/,
    param: PARAM,
    badparam: /\$\{/,
    ionum: new RegExp(WORD_START + String.raw`[0-9](?=[<>])`),
    bang: new RegExp(WORD_START + String.raw`!(?=[ \t\r\f\v\n;&|<>()]|(?![\s\S]))`),
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
    lparen: inParen ? { match: /\(/, push: "paren" } : /\(/,
    rparen: inParen ? { match: /\)/, pop: 1 } : /\)/,
    sqstart: { match: /'/, push: "sq" },
    dqstart: { match: /"/, push: "dq" },
    bqstart: { match: /`/, push: "bq" },
    bare: /[^ \t\n\r\f\v'"\\$|;&<>()`]+|\$/,
    error: moo.error,
  };
}

const arithText = { match: /[^()]+/, lineBreaks: true };

export const mooLexer = moo.states({
  main: wordRules(false),
  paren: wordRules(true),
  sq: {
    sqtext: { match: /[^']+/, lineBreaks: true },
    sqend: { match: /'/, pop: 1 },
    error: moo.error,
  },
  dq: {
    dqend: { match: /"/, pop: 1 },
    dqesc: { match: /\\[\\"$`\n]/, lineBreaks: true },
    arithstart: { match: /\$\(\(/, push: "arith" },
    subst: { match: /\$\(/, push: "paren" },
    param: PARAM,
    badparam: /\$\{/,
    bqstart: { match: /`/, push: "bq" },
    dqtext: { match: /(?:[^"\\$`]|\\(?![\\"$`\n])|\$(?![A-Za-z_{?$#0-9@*(]))+/, lineBreaks: true },
    error: moo.error,
  },
  bq: {
    bqend: { match: /`/, pop: 1 },
    bqtext: { match: /(?:[^`\\]|\\[\s\S]?)+/, lineBreaks: true },
    error: moo.error,
  },
  arith: {
    arithend: { match: /\)\)/, pop: 1 },
    arithlp: { match: /\(/, push: "aparen" },
    arithtext: arithText,
    error: moo.error,
  },
  aparen: {
    arithrp: { match: /\)/, pop: 1 },
    arithlp: { match: /\(/, push: "aparen" },
    arithtext: arithText,
    error: moo.error,
  },
});

/** Reserved words in command position → token type. */
const KEYWORDS: Record<string, string> = {
  for: "kwfor",
  while: "kwwhile",
  until: "kwuntil",
  if: "kwif",
  then: "kwthen",
  elif: "kwelif",
  else: "kwelse",
  fi: "kwfi",
  do: "kwdo",
  done: "kwdone",
  case: "kwcase",
  esac: "kwesac",
  "{": "lbrace",
  "}": "rbrace",
};
/** Every token type the wrapper may produce that moo does not (the grammar names them). */
const WRAPPER_TYPES = new Set([...Object.values(KEYWORDS), "kwin", "kwcin", "substend", "patend"]);

/** Token types that carry no syntax of their own (used to find the last significant token). */
const QUIET = new Set(["ws", "nl", "cont"]);
/** Tokens that can end / start a word. Blanks matter only between two of these. */
const WORD_END = new Set(["bare", "esc", "param", "sqend", "dqend", "bang", "bqend", "substend", "arithend"]);
const WORD_START_TOKEN = new Set(["bare", "esc", "param", "sqstart", "dqstart", "bang", "bqstart", "subst", "arithstart"]);
/** Tokens that end a word when they follow it (a bare text before one of them is a whole word). */
const WORD_TERMINATOR = new Set([
  "ws", "nl", "semi", "amp", "pipe", "andand", "oror", "dsemi", "dgreat", "greatand", "great", "less", "lparen", "rparen",
]);
const endsWord = (after: moo.Token | undefined): boolean => after === undefined || WORD_TERMINATOR.has(after.type ?? "");
/** After these (or at the start of the input) a newline is only a line break: dropped. */
const NL_INSIGNIFICANT_AFTER = new Set([
  "", "pipe", "andand", "oror", "semi", "amp", "nl",
  "kwdo", "kwthen", "kwelse", "kwelif", "kwif", "kwwhile", "kwuntil", "lbrace", "lparen", "subst",
  "kwcin", "dsemi", "patend",
]);
/** After these the next word is in command position (a reserved word is recognised). */
const COMMAND_START_AFTER = new Set([
  "", "pipe", "andand", "oror", "semi", "amp", "nl", "bang",
  "kwdo", "kwthen", "kwelse", "kwelif", "kwif", "kwwhile", "kwuntil", "lbrace", "lparen", "subst", "patend",
]);

/** Compound commands, subshells and $( ) open at once, at most (deeper input is a syntax error
 *  at the opening word: the tree pass and the interpreter recurse once per level). */
export const MAX_NESTING = 200;

/** An open compound command, subshell or command substitution. */
interface Frame {
  kind: "kwfor" | "kwwhile" | "kwuntil" | "kwif" | "kwcase" | "lbrace" | "lparen" | "subst";
  tok: moo.Token;
  /** case: a pattern may start here (after `in` and after `;;`) */
  pat?: boolean;
  /** subst: the expectation outside, restored at its `)` */
  saved?: Expect;
}
type Expect = "" | "forname" | "forin" | "caseword" | "casein";

/**
 * nearley-facing wrapper around the moo lexer. It
 * - drops `cont` tokens (line continuations);
 * - recognises reserved words (see the top of this file) and retypes `)`;
 * - drops `ws` tokens (blanks and comments) except between the end of a word and the start of
 *   the next word, the only place they mean something;
 * - drops `nl` tokens at the start and after `| && || ; &`, another newline and the reserved
 *   words after which a command list starts (`do`, `then`, `{` …), where a newline is only a
 *   line break.
 *   Both keep optional and nullable symbols out of the grammar, which halves the Earley states
 *   per token (bench/parse.ts: 10k-char lines went from 50–70 ms to 20–35 ms);
 * - remembers what the caller needs to classify an incomplete parse (last raw token, last
 *   significant token, last opening quote, the innermost open compound command).
 */
export class ShellLexer {
  last: moo.Token | undefined;
  lastSignificant: moo.Token | undefined;
  lastQuote: moo.Token | undefined;
  private prevType = "";
  /** raw tokens read ahead (line continuations already skipped) */
  private queue: moo.Token[] = [];
  /** a token already classified while deciding about the blanks before it */
  private pending: moo.Token | undefined;
  private hasPending = false;
  private stack: Frame[] = [];
  private expect: Expect = "";

  reset(chunk: string, state?: moo.LexerState): void {
    mooLexer.reset(chunk, state);
    this.last = undefined;
    this.lastSignificant = undefined;
    this.lastQuote = undefined;
    this.prevType = "";
    this.queue.length = 0;
    this.pending = undefined;
    this.hasPending = false;
    this.stack.length = 0;
    this.expect = "";
  }

  /** The innermost compound command, `(` or `$(` still open (its first token), if any. */
  openConstruct(): moo.Token | undefined {
    return this.stack[this.stack.length - 1]?.tok;
  }

  /** Next moo token, skipping line continuations. */
  private pull(): moo.Token | undefined {
    for (;;) {
      const t = mooLexer.next();
      if (t === undefined) return undefined;
      this.last = t;
      if (t.type === "cont") continue;
      if (!QUIET.has(t.type ?? "")) this.lastSignificant = t;
      if (t.type === "sqstart" || t.type === "dqstart" || t.type === "bqstart") this.lastQuote = t;
      return t;
    }
  }

  private peekRaw(): moo.Token | undefined {
    if (this.queue.length === 0) {
      const t = this.pull();
      if (t === undefined) return undefined;
      this.queue.push(t);
    }
    return this.queue[0];
  }

  private shiftRaw(): moo.Token | undefined {
    return this.queue.length ? this.queue.shift() : this.pull();
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Read the next raw token and classify it: reserved words, `)` kinds, state changes. */
  private cook(): moo.Token | undefined {
    const t = this.shiftRaw();
    if (t === undefined) return undefined;
    const type = t.type ?? "";
    if (type === "ws") return t;
    if (type === "nl") {
      if (this.expect === "forin" || this.expect === "casein") this.expect = "";
      return t;
    }
    const top = this.top();
    if (type === "bare") {
      if (endsWord(this.peekRaw())) {
        const text = t.text;
        if (this.expect === "forin" && (text === "in" || text === "do")) t.type = text === "in" ? "kwin" : "kwdo";
        else if (this.expect === "casein" && text === "in") t.type = "kwcin";
        else if (top?.kind === "kwcase" && top.pat) {
          if (text === "esac") t.type = "kwesac";
        } else if (COMMAND_START_AFTER.has(this.prevType) && this.expect === "") {
          const kw = KEYWORDS[text];
          if (kw !== undefined) t.type = kw;
        }
      }
    }
    this.transition(t, top);
    // too deep: a token type no rule expects, so the parse fails here
    if (this.stack.length > MAX_NESTING && this.stack[this.stack.length - 1]!.tok === t) t.type = "toodeep";
    return t;
  }

  /** The bookkeeping for one classified, significant token. */
  private transition(t: moo.Token, top: Frame | undefined): void {
    const type = t.type ?? "";
    const expect = this.expect;
    if (expect === "forname") this.expect = type === "bare" ? "forin" : "";
    else if (expect === "forin" || expect === "casein") this.expect = "";
    else if (expect === "caseword" && WORD_END.has(type) && endsWord(this.peekRaw())) this.expect = "casein";
    switch (type) {
      case "kwfor":
        this.stack.push({ kind: "kwfor", tok: t });
        this.expect = "forname";
        break;
      case "kwcase":
        this.stack.push({ kind: "kwcase", tok: t });
        this.expect = "caseword";
        break;
      case "kwwhile":
      case "kwuntil":
      case "kwif":
      case "lbrace":
        this.stack.push({ kind: type, tok: t });
        break;
      case "kwcin":
      case "dsemi":
        if (top?.kind === "kwcase") top.pat = true;
        break;
      case "kwdone":
        if (top?.kind === "kwfor" || top?.kind === "kwwhile" || top?.kind === "kwuntil") this.stack.pop();
        break;
      case "kwfi":
        if (top?.kind === "kwif") this.stack.pop();
        break;
      case "kwesac":
        if (top?.kind === "kwcase") this.stack.pop();
        break;
      case "rbrace":
        if (top?.kind === "lbrace") this.stack.pop();
        break;
      case "subst":
        this.stack.push({ kind: "subst", tok: t, saved: this.expect });
        this.expect = "";
        break;
      case "lparen":
        // the optional `(` before a case pattern opens nothing: its `)` ends the pattern
        if (!(top?.kind === "kwcase" && top.pat)) this.stack.push({ kind: "lparen", tok: t });
        break;
      case "rparen":
        if (top?.kind === "lparen") this.stack.pop();
        else if (top?.kind === "subst") {
          this.stack.pop();
          t.type = "substend";
          this.expect = top.saved ?? "";
          if (this.expect === "caseword") this.transition(t, this.top());
        } else if (top?.kind === "kwcase" && top.pat) {
          t.type = "patend";
          top.pat = false;
        }
        break;
      default:
        break;
    }
  }

  next(): moo.Token | undefined {
    for (;;) {
      let t: moo.Token | undefined;
      if (this.hasPending) {
        t = this.pending;
        this.hasPending = false;
        this.pending = undefined;
      } else t = this.cook();
      if (t === undefined) {
        this.prevType = "";
        return undefined;
      }
      if (t.type === "nl") {
        if (NL_INSIGNIFICANT_AFTER.has(this.prevType)) continue;
      } else if (t.type === "ws") {
        const after = this.cook();
        this.pending = after;
        this.hasPending = true;
        if (!(WORD_END.has(this.prevType) && after !== undefined && WORD_START_TOKEN.has(after.type ?? ""))) continue;
      }
      this.prevType = t.type ?? "";
      return t;
    }
  }

  save(): moo.LexerState {
    return mooLexer.save();
  }

  formatError(token: moo.Token, message?: string): string {
    return mooLexer.formatError(token, message);
  }

  has(tokenType: string): boolean {
    return WRAPPER_TYPES.has(tokenType) || mooLexer.has(tokenType);
  }
}

export const lexer = new ShellLexer();
