// moo lexer for the shell language (see grammar/shell.ne, and §2 of the shared tech.md reference).
//
// States: `main` (words and operators), `paren` (the same inside `( … )` or `$( … )`, where `)`
// pops back), `sq` (inside '..'), `dq` (inside ".."), `bq` (inside `..`), `arith` and `aparen`
// (inside $(( … )), (( … )) and their parentheses), `brace` and `dqbrace` (the word of
// ${name op word}, outside and inside "..": blanks and operators are text there, `}` pops), and
// `hd` (a here-document body, lexed when it runs: like ".." without the quote). An unterminated
// quote, `$(`, `${` or `(` therefore leaves the lexer in a pushed state at the end of the input,
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
// - Reserved words (for, do, done, if, then, …, `{`, `}`, `[[`, function, select, time) are plain
//   `bare` tokens to moo. The wrapper retypes one to `kwfor`, `kwdo`, `lbrace` … only where ksh
//   recognises it: as a whole word in command position (and `in`/`do` after `for NAME`, `in`
//   after `case WORD`, `esac` where a case pattern may start, `]]` inside `[[`). The `)` that
//   closes `$(` becomes `substend` and the `)` that ends a case pattern `patend`, so the grammar
//   never has to guess.
// - Inside [[ … ]] the wrapper retypes the operators of the conditional expression (`-f`, `==`,
//   `<`, `&&`, `(`, `!` …) to cond* tokens; `((` in command position (and closed by `))`)
//   becomes `arithcmd`; `name()` in command position becomes `funcname fnlparen fnrparen`.
// - Here-documents: after `<<WORD` the wrapper reads the body lines straight from the input at
//   the next newline token (moo skips over them) and stores them in the HereDocBox attached to
//   the `<<` token, which the grammar's redirect keeps. A body without its delimiter line yet is
//   incomplete input.
// - Aliases: parse() may pass the shell's aliases; the first word of a command that is an alias
//   is replaced by the tokens of its value (ksh88 expands aliases when it reads a command).
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

const PARAM = /\$(?:[A-Za-z_][A-Za-z0-9_]*|\{(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])\}|[?$#0-9@*!-])/;
/** ${#name}: the length */
const PLEN = /\$\{#(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*])\}/;
/** ${name op: the start of ${name:-word} and the other operators (the word follows) */
const PEXP = /\$\{(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])(?::[-=?+]|##|%%|[-=?+#%])/;
/** any other ${…}: no substitution ksh88 knows (reported when expanded) */
const BADSUB = { match: /\$\{[^}]*\}/, lineBreaks: true };

/** the expansions that start with `$`, in every state that has them; `brace` is the state the
 *  word of ${name op word} is lexed in there */
function dollarRules(brace: "brace" | "dqbrace"): moo.Rules {
  return {
    arithstart: { match: /\$\(\(/, push: "arith" },
    subst: { match: /\$\(/, push: "paren" },
    plen: PLEN,
    param: PARAM,
    pexp: { match: PEXP, push: brace },
    badsub: BADSUB,
    badparam: { match: /\$\{/, push: brace },
  };
}

/** the rules of `main` and `paren`: in `paren` a `)` closes the parenthesis (pops) */
function wordRules(inParen: boolean): moo.Rules {
  return {
    ws: { match: ws, lineBreaks: true },
    nl: { match: /\n/, lineBreaks: true },
    cont: { match: /\\(?:\n|(?![\s\S]))/, lineBreaks: true },
    esc: /\\(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n])/,
    ...dollarRules("brace"),
    // In `main` the parentheses need no lexer state (the wrapper pairs them); inside "…" a `$(`
    // must come back to the quotes at its `)`, so there they push `paren`, which pairs its own.
    subst: inParen ? { match: /\$\(/, push: "paren" } : /\$\(/,
    ionum: new RegExp(WORD_START + String.raw`[0-9](?=[<>])`),
    bang: new RegExp(WORD_START + String.raw`!(?=[ \t\r\f\v\n;&|<>)]|(?![\s\S]))`),
    // ksh's pattern lists @(a|b) *(a) +(a) ?(a) !(a), one level of parentheses inside
    xglob: /[@*+?!]\((?:[^()\\\n]|\\.|\((?:[^()\\\n]|\\.)*\))*\)/,
    andand: /&&/,
    oror: /\|\|/,
    pipeamp: /\|&/,
    dsemi: /;;/,
    semi: /;/,
    amp: /&/,
    pipe: /\|/,
    dlessdash: /<<-/,
    dless: /<</,
    lessand: /<&/,
    lessgreat: /<>/,
    dgreat: />>/,
    greatand: />&/,
    clobber: />\|/,
    great: />/,
    less: /</,
    lparen: inParen ? { match: /\(/, push: "paren" } : /\(/,
    rparen: inParen ? { match: /\)/, pop: 1 } : /\)/,
    sqstart: { match: /'/, push: "sq" },
    dqstart: { match: /"/, push: "dq" },
    bqstart: { match: /`/, push: "bq" },
    bare: /(?:[^ \t\n\r\f\v'"\\$|;&<>()`@*+?!]|[@*+?!](?!\())+|[@*+?!]|\$/,
    error: moo.error,
  };
}

const arithText = { match: /[^()]+/, lineBreaks: true };

// Built on first use: a plain line (grammar/fast.ts) never needs the lexer, and compiling its
// rules is a noticeable part of start-up.
let lexerInstance: moo.Lexer | null = null;
function mooLexer(): moo.Lexer {
  return (lexerInstance ??= moo.states({
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
    ...dollarRules("dqbrace"),
    bqstart: { match: /`/, push: "bq" },
    dqtext: { match: /(?:[^"\\$`]|\\(?![\\"$`\n])|\$(?![A-Za-z_{?$#0-9@*!(-]))+/, lineBreaks: true },
    error: moo.error,
  },
  // the word of ${name op word} outside quotes: quotes and expansions as in a word, everything
  // else (blanks, newlines, | ; & < > ( )) is text, up to the `}`
  brace: {
    pexpend: { match: /\}/, pop: 1 },
    cont: { match: /\\(?:\n|(?![\s\S]))/, lineBreaks: true },
    esc: /\\(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n])/,
    ...dollarRules("brace"),
    sqstart: { match: /'/, push: "sq" },
    dqstart: { match: /"/, push: "dq" },
    bqstart: { match: /`/, push: "bq" },
    btext: { match: /[^}'"\\$`]+|\$/, lineBreaks: true },
    error: moo.error,
  },
  // the same inside "…": quoted text; a `"` opens a nested quoted string, `\}` is a `}`
  dqbrace: {
    pexpend: { match: /\}/, pop: 1 },
    dqesc: { match: /\\[\\"$`\n}]/, lineBreaks: true },
    ...dollarRules("dqbrace"),
    dqstart: { match: /"/, push: "dq" },
    bqstart: { match: /`/, push: "bq" },
    dqtext: { match: /(?:[^"\\$`}]|\\(?![\\"$`\n}])|\$(?![A-Za-z_{?$#0-9@*!(-]))+/, lineBreaks: true },
    error: moo.error,
  },
  // a here-document body (parseHereDoc): expansions, and \ before \ $ ` or a newline
  hd: {
    hdesc: { match: /\\[\\$`\n]/, lineBreaks: true },
    ...dollarRules("dqbrace"),
    bqstart: { match: /`/, push: "bq" },
    hdtext: { match: /(?:[^\\$`]|\\(?![\\$`\n])|\$(?![A-Za-z_{?$#0-9@*!(-]))+/, lineBreaks: true },
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
}));
}

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
  select: "kwselect",
  function: "kwfunction",
  time: "kwtime",
  "{": "lbrace",
  "}": "rbrace",
  "[[": "kwdlbrack",
};
/** ksh88's reserved words (whence says "is a reserved word") */
export const RESERVED_WORDS: readonly string[] = [...Object.keys(KEYWORDS), "in", "]]"];

/** Every token type the wrapper may produce that moo does not (the grammar names them). */
const WRAPPER_TYPES = new Set([
  ...Object.values(KEYWORDS),
  "kwin", "kwcin", "substend", "patend", "funcname", "fnlparen", "fnrparen", "arithcmd", "arithcmdend",
  "kwdrbrack", "condunop", "condbinop", "condand", "condor", "condnot", "condlp", "condrp", "condbad",
]);

/** the unary and binary operators of [[ … ]] (ksh88) */
const COND_UNARY = new Set(["-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-L", "-n", "-o", "-p", "-r", "-s", "-S", "-t", "-u", "-w", "-x", "-z", "-O", "-G"]);
const COND_BINARY = new Set(["=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

/** Token types that carry no syntax of their own (used to find the last significant token). */
const QUIET = new Set(["ws", "nl", "cont"]);
/** Tokens that can end / start a word. Blanks matter only between two of these. */
const WORD_END = new Set(["bare", "xglob", "esc", "param", "plen", "badsub", "pexpend", "sqend", "dqend", "bang", "bqend", "substend", "arithend"]);
const WORD_START_TOKEN = new Set(["bare", "xglob", "esc", "param", "plen", "pexp", "badsub", "badparam", "sqstart", "dqstart", "bang", "bqstart", "subst", "arithstart"]);
/** Tokens that end a word when they follow it (a bare text before one of them is a whole word). */
const WORD_TERMINATOR = new Set([
  "ws", "nl", "semi", "amp", "pipe", "pipeamp", "andand", "oror", "dsemi", "dgreat", "greatand", "great", "less",
  "dless", "dlessdash", "lessand", "lessgreat", "clobber", "lparen", "rparen",
]);
const endsWord = (after: moo.Token | undefined): boolean => after === undefined || WORD_TERMINATOR.has(after.type ?? "");
/** After these (or at the start of the input) a newline is only a line break: dropped. */
const NL_INSIGNIFICANT_AFTER = new Set([
  "", "pipe", "andand", "oror", "semi", "amp", "pipeamp", "nl",
  "kwdo", "kwthen", "kwelse", "kwelif", "kwif", "kwwhile", "kwuntil", "lbrace", "lparen", "subst",
  "kwcin", "dsemi", "patend", "funcname", "fnrparen",
]);
/** After these the next word is in command position (a reserved word is recognised). */
const COMMAND_START_AFTER = new Set([
  "", "pipe", "andand", "oror", "semi", "amp", "pipeamp", "nl", "bang",
  "kwdo", "kwthen", "kwelse", "kwelif", "kwif", "kwwhile", "kwuntil", "lbrace", "lparen", "subst", "patend",
  "kwtime", "funcname", "fnrparen",
]);
/** the raw tokens a here-document's delimiter word is made of */
const DELIM_PARTS = new Set(["bare", "xglob", "esc", "sqstart", "sqtext", "sqend", "dqstart", "dqtext", "dqesc", "dqend", "param", "plen", "bang"]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Compound commands, subshells and $( ) open at once, at most, and as many quote-likes
 *  (${ }, "…", $( ), $(( ))) inside each other in a word (deeper input is a syntax error at the
 *  opening word: the tree pass and the interpreter recurse once per level). */
export const MAX_NESTING = 200;

/** An open compound command, subshell, command substitution or [[. */
interface Frame {
  kind: "kwfor" | "kwselect" | "kwwhile" | "kwuntil" | "kwif" | "kwcase" | "lbrace" | "lparen" | "subst" | "dlbrack";
  tok: moo.Token;
  /** case: a pattern may start here (after `in` and after `;;`) */
  pat?: boolean;
  /** subst: the expectation outside, restored at its `)` */
  saved?: Expect;
}
type Expect = "" | "forname" | "forin" | "caseword" | "casein" | "funcname";

/** A here-document: filled in by the lexer when the line with its `<<` ends. */
export interface HereDocBox {
  delim: string;
  /** some part of the delimiter was quoted: the body is taken as it is */
  quoted: boolean;
  /** `<<-`: leading tabs are stripped from the body lines and the delimiter line */
  strip: boolean;
  body: string;
  /** the input ended before the delimiter line (or before the line ended) */
  open: boolean;
}
/** the `<<` / `<<-` token carries its here-document */
export type DlessToken = moo.Token & { doc?: HereDocBox };
/** a token that came from an alias's value (the aliases being expanded, innermost last) */
type AliasToken = moo.Token & { alias?: string[]; blank?: boolean };

interface MooInternals {
  buffer: string;
  index: number;
  line: number;
  col: number;
  state: string;
  /** the states under the current one */
  stack: string[];
}

/** raw tokens that open a quote-like the word goes on inside: ${ } " ` $( $(( ( */
const OPENS_NESTED = new Set(["pexp", "badparam", "dqstart", "bqstart", "arithstart", "subst", "lparen"]);

/** quote-likes open around the lexer now (the parentheses inside $(( )) are only text and the
 *  arithmetic evaluates them without recursion: not counted) */
function nestedWords(): number {
  const m = mooLexer() as unknown as MooInternals;
  // the bottom state (main, or hd for a here-document) is the word itself
  let n = m.state === "aparen" ? -1 : 0;
  for (const st of m.stack) if (st !== "aparen") n++;
  return n;
}

/**
 * nearley-facing wrapper around the moo lexer. It
 * - drops `cont` tokens (line continuations);
 * - recognises reserved words (see the top of this file) and retypes `)`;
 * - drops `ws` tokens (blanks and comments) except between the end of a word and the start of
 *   the next word, the only place they mean something;
 * - drops `nl` tokens at the start and after `| && || ; &`, another newline and the reserved
 *   words after which a command list starts (`do`, `then`, `{` …), where a newline is only a
 *   line break (and anywhere inside [[ … ]]).
 *   Both keep optional and nullable symbols out of the grammar, which halves the Earley states
 *   per token (bench/parse.ts: 10k-char lines went from 50–70 ms to 20–35 ms);
 * - reads here-document bodies and expands aliases (see the top of this file);
 * - remembers what the caller needs to classify an incomplete parse (last raw token, last
 *   significant token, last opening quote, the innermost open compound command, an open
 *   here-document).
 */
export class ShellLexer {
  last: moo.Token | undefined;
  lastSignificant: moo.Token | undefined;
  lastQuote: moo.Token | undefined;
  /** the shell's aliases for this parse (none: no alias expansion) */
  aliases: ReadonlyMap<string, string> | null = null;
  /** the state moo starts in (`hd` to lex a here-document body) */
  startState: string | undefined = undefined;
  private prevType = "";
  /** the type of the token cooked before (blanks included) */
  private prevCooked = "";
  /** raw tokens read ahead (line continuations already skipped) */
  private queue: moo.Token[] = [];
  /** a token already classified while deciding about the blanks before it */
  private pending: moo.Token | undefined;
  private hasPending = false;
  private stack: Frame[] = [];
  private expect: Expect = "";
  /** $(( and (( still open: which is which (an arithmetic command's `))` is retyped) */
  private ariths: boolean[] = [];
  /** the delimiter word after a `<<` being read */
  private delim: { box: HereDocBox; started: boolean; depth: number } | null = null;
  /** here-documents whose bodies start after the next newline */
  private docs: HereDocBox[] = [];
  /** a here-document ended with the input, before its delimiter line */
  private docOpen = false;
  /** those here-documents, in order: the line that ends each (read with leading tabs stripped
   *  when `strip`) */
  openDocs: { delim: string; strip: boolean }[] = [];
  /** the word after an alias whose value ends in a blank is checked for an alias too */
  private aliasNext = false;

  reset(chunk: string, state?: moo.LexerState): void {
    mooLexer().reset(chunk, state ?? (this.startState === undefined ? undefined : { line: 1, col: 1, state: this.startState } as moo.LexerState));
    this.last = undefined;
    this.lastSignificant = undefined;
    this.lastQuote = undefined;
    this.prevType = "";
    this.prevCooked = "";
    this.queue.length = 0;
    this.pending = undefined;
    this.hasPending = false;
    this.stack.length = 0;
    this.expect = "";
    this.ariths.length = 0;
    this.delim = null;
    this.docs = [];
    this.docOpen = false;
    this.openDocs = [];
    this.aliasNext = false;
  }

  /** The innermost compound command, `(` or `$(` still open (its first token), if any. */
  openConstruct(): moo.Token | undefined {
    return this.stack[this.stack.length - 1]?.tok;
  }

  /** Is a here-document still waiting for its body or its delimiter line? */
  openHereDoc(): boolean {
    return this.docOpen || this.docs.length > 0 || (this.delim !== null && this.delim.started);
  }

  /** Next moo token, skipping line continuations; here-document delimiters and bodies. */
  private pull(): moo.Token | undefined {
    for (;;) {
      const t = mooLexer().next();
      if (t === undefined) {
        this.endDelim();
        return undefined;
      }
      this.last = t;
      if (t.type === "cont") continue;
      if (this.delim !== null) this.delimToken(t);
      if (t.type === "dless" || t.type === "dlessdash") {
        const box: HereDocBox = { delim: "", quoted: false, strip: t.type === "dlessdash", body: "", open: false };
        (t as DlessToken).doc = box;
        this.delim = { box, started: false, depth: 0 };
      } else if (t.type === "nl" && this.docs.length > 0) this.readBodies();
      if (!QUIET.has(t.type ?? "")) this.lastSignificant = t;
      if (t.type === "sqstart" || t.type === "dqstart" || t.type === "bqstart" || t.type === "pexp" || t.type === "badparam") this.lastQuote = t;
      return t;
    }
  }

  /** one raw token after `<<`: part of the delimiter word, or what ends it */
  private delimToken(t: moo.Token): void {
    const d = this.delim!;
    const type = t.type ?? "";
    if (d.depth > 0 || DELIM_PARTS.has(type)) {
      d.started = true;
      const b = d.box;
      if (type === "sqstart" || type === "dqstart") {
        d.depth++;
        b.quoted = true;
      } else if (type === "sqend" || type === "dqend") d.depth--;
      else if (type === "esc") {
        b.delim += t.text.slice(1);
        b.quoted = true;
      } else if (type === "dqesc") b.delim += t.text === "\\\n" ? "" : t.text.slice(1);
      else b.delim += t.text;
      return;
    }
    if (type === "ws" && !d.started) return;
    this.endDelim();
  }

  private endDelim(): void {
    const d = this.delim;
    if (d === null) return;
    this.delim = null;
    if (d.started) this.docs.push(d.box);
  }

  /** at a newline: the bodies of the here-documents of the line, taken from the input */
  private readBodies(): void {
    const m = mooLexer() as unknown as MooInternals;
    const buf = m.buffer;
    let pos = m.index;
    for (const d of this.docs) {
      let body = "";
      d.open = true;
      while (pos < buf.length) {
        const nl = buf.indexOf("\n", pos);
        const end = nl < 0 ? buf.length : nl;
        let line = buf.slice(pos, end);
        if (d.strip) line = line.replace(/^\t+/, "");
        pos = nl < 0 ? buf.length : nl + 1;
        if (line === d.delim) {
          d.open = false;
          break;
        }
        body += nl < 0 ? line : line + "\n";
      }
      d.body = body;
      if (d.open) {
        this.docOpen = true;
        this.openDocs.push({ delim: d.delim, strip: d.strip });
      }
    }
    this.docs = [];
    let lines = 0;
    for (let i = buf.indexOf("\n", m.index); i >= 0 && i < pos; i = buf.indexOf("\n", i + 1)) lines++;
    m.line += lines;
    if (pos !== m.index) m.col = 1;
    m.index = pos;
  }

  private peekAt(k: number): moo.Token | undefined {
    while (this.queue.length <= k) {
      const t = this.pull();
      if (t === undefined) return undefined;
      this.queue.push(t);
    }
    return this.queue[k];
  }

  private peekRaw(): moo.Token | undefined {
    return this.peekAt(0);
  }

  private shiftRaw(): moo.Token | undefined {
    return this.queue.length ? this.queue.shift() : this.pull();
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** `name ( )` ahead (the bare word `name` just taken): the `(` and `)` tokens, else null */
  private funcParens(): [moo.Token, moo.Token] | null {
    let i = 0;
    if (this.peekAt(i)?.type === "ws") i++;
    const lp = this.peekAt(i);
    if (lp?.type !== "lparen") return null;
    if (this.peekAt(i + 1)?.type === "ws") i++;
    const rp = this.peekAt(i + 1);
    return rp?.type === "rparen" ? [lp, rp] : null;
  }

  /** `((` at the start of a command that a `))` closes: an arithmetic command (else two `(`) */
  private arithAhead(): boolean {
    const m = mooLexer() as unknown as MooInternals;
    if (this.queue.length !== 0 || m.buffer[m.index] !== "(") return false;
    const buf = m.buffer;
    let depth = 0;
    for (let i = m.index + 1; i < buf.length; i++) {
      const c = buf[i];
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth > 0) depth--;
        else return buf[i + 1] === ")" || i + 1 === buf.length;
      }
    }
    return true; // not closed yet: more lines may close it
  }

  /** turn the `(` just read into `((`: moo reads the expression in its `arith` state */
  private startArith(t: moo.Token): void {
    const m = mooLexer() as unknown as MooInternals;
    if (m.state === "paren") mooLexer().popState(); // the `(` pushed `paren`
    m.index++;
    m.col++;
    mooLexer().pushState("arith");
    t.type = "arithcmd";
    t.text = t.value = "((";
    this.ariths.push(true);
  }

  /** the tokens of an alias's value, in front of what follows */
  private expandAlias(t: AliasToken, value: string): void {
    const sub = (mooLexer() as unknown as { clone(): moo.Lexer }).clone();
    sub.reset(value);
    const toks: AliasToken[] = [];
    const chain = [...(t.alias ?? []), t.text];
    for (let x = sub.next(); x !== undefined; x = sub.next()) {
      if (x.type === "cont") continue;
      (x as AliasToken).alias = chain;
      toks.push(x);
    }
    // a value that ends in a blank: the word after it is checked for an alias too
    const last = toks[toks.length - 1];
    if (last !== undefined && last.type === "ws" && /[ \t]$/.test(value)) (last as AliasToken).blank = true;
    this.queue.unshift(...toks);
  }

  /** Read the next raw token and classify it: reserved words, `)` kinds, state changes. */
  private cook(): moo.Token | undefined {
    for (;;) {
      const t = this.shiftRaw();
      if (t === undefined) return undefined;
      const type = t.type ?? "";
      if (type === "ws") {
        this.prevCooked = type;
        if ((t as AliasToken).blank) this.aliasNext = true;
        return t;
      }
      if (type === "nl") {
        if (this.expect === "forin" || this.expect === "casein") this.expect = "";
        this.prevCooked = type;
        return t;
      }
      const top = this.top();
      const wordStart = !WORD_END.has(this.prevCooked);
      const aliasNext = this.aliasNext;
      this.aliasNext = false;
      if (top?.kind === "dlbrack") this.condToken(t, wordStart);
      else if (type === "bare" && wordStart && endsWord(this.peekRaw())) {
        const text = t.text;
        const commandPos = COMMAND_START_AFTER.has(this.prevType) && this.expect === "";
        if (this.expect === "forin" && (text === "in" || text === "do")) t.type = text === "in" ? "kwin" : "kwdo";
        else if (this.expect === "casein" && text === "in") t.type = "kwcin";
        else if (this.expect === "funcname") t.type = "funcname";
        else if (top?.kind === "kwcase" && top.pat) {
          if (text === "esac") t.type = "kwesac";
        } else if (commandPos || aliasNext) {
          const kw = commandPos ? KEYWORDS[text] : undefined;
          const alias = kw === undefined ? this.aliases?.get(text) : undefined;
          if (kw !== undefined) t.type = kw;
          else if (alias !== undefined && !(t as AliasToken).alias?.includes(text)) {
            this.expandAlias(t as AliasToken, alias);
            continue;
          } else if (commandPos && NAME.test(text)) {
            const ps = this.funcParens();
            if (ps !== null) {
              t.type = "funcname";
              ps[0].type = "fnlparen";
              ps[1].type = "fnrparen";
            }
          }
        }
      } else if (type === "lparen" && COMMAND_START_AFTER.has(this.prevType) && this.expect === "" && this.arithAhead()) {
        this.startArith(t);
      }
      this.prevCooked = t.type ?? "";
      this.transition(t, top);
      // too deep: a token type no rule expects, so the parse fails here
      if (this.stack.length > MAX_NESTING && this.stack[this.stack.length - 1]!.tok === t) t.type = "toodeep";
      // so are words nested more than that (${x:-${x:-…}}, "$(echo "$(…)")"): the tree pass and
      // the expansion recurse once per level
      else if (OPENS_NESTED.has(type) && nestedWords() > MAX_NESTING) t.type = "toodeep";
      return t;
    }
  }

  /** a token inside [[ … ]]: the operators of the conditional expression */
  private condToken(t: moo.Token, wordStart: boolean): void {
    switch (t.type) {
      case "bare":
        if (wordStart && endsWord(this.peekRaw())) {
          if (t.text === "]]") t.type = "kwdrbrack";
          else if (COND_UNARY.has(t.text)) t.type = "condunop";
          else if (COND_BINARY.has(t.text)) t.type = "condbinop";
        }
        break;
      case "less":
      case "great":
        t.type = "condbinop";
        break;
      case "andand":
        t.type = "condand";
        break;
      case "oror":
        t.type = "condor";
        break;
      case "lparen":
        t.type = "condlp";
        break;
      case "rparen":
        t.type = "condrp";
        break;
      case "bang":
        t.type = "condnot";
        break;
      default:
        break;
    }
  }

  /** The bookkeeping for one classified, significant token. */
  private transition(t: moo.Token, top: Frame | undefined): void {
    const type = t.type ?? "";
    const expect = this.expect;
    if (expect === "forname") this.expect = type === "bare" ? "forin" : "";
    else if (expect === "forin" || expect === "casein" || expect === "funcname") this.expect = "";
    else if (expect === "caseword" && WORD_END.has(type) && endsWord(this.peekRaw())) this.expect = "casein";
    switch (type) {
      case "kwfor":
      case "kwselect":
        this.stack.push({ kind: type, tok: t });
        this.expect = "forname";
        break;
      case "kwcase":
        this.stack.push({ kind: "kwcase", tok: t });
        this.expect = "caseword";
        break;
      case "kwfunction":
        this.expect = "funcname";
        break;
      case "kwwhile":
      case "kwuntil":
      case "kwif":
      case "lbrace":
        this.stack.push({ kind: type, tok: t });
        break;
      case "kwdlbrack":
        this.stack.push({ kind: "dlbrack", tok: t });
        break;
      case "kwdrbrack":
        if (top?.kind === "dlbrack") this.stack.pop();
        break;
      case "kwcin":
      case "dsemi":
        if (top?.kind === "kwcase") top.pat = true;
        break;
      case "kwdone":
        if (top?.kind === "kwfor" || top?.kind === "kwselect" || top?.kind === "kwwhile" || top?.kind === "kwuntil") this.stack.pop();
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
      case "arithstart":
        this.ariths.push(false);
        break;
      case "arithend":
        if (this.ariths.pop() === true) t.type = "arithcmdend";
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
        if (NL_INSIGNIFICANT_AFTER.has(this.prevType) || this.top()?.kind === "dlbrack") continue;
      } else if (t.type === "ws") {
        const inCond = this.top()?.kind === "dlbrack";
        const after = this.cook();
        this.pending = after;
        this.hasPending = true;
        if (!(WORD_END.has(this.prevType) && after !== undefined && WORD_START_TOKEN.has(after.type ?? ""))) continue;
        // inside [[ … ]] two words in a row: the second is unexpected
        if (inCond) {
          after.type = "condbad";
          continue;
        }
      }
      this.prevType = t.type ?? "";
      return t;
    }
  }

  save(): moo.LexerState {
    return mooLexer().save();
  }

  formatError(token: moo.Token, message?: string): string {
    return mooLexer().formatError(token, message);
  }

  has(tokenType: string): boolean {
    // moo's own has() answers true for every type; saying so here keeps the grammar's module
    // load from compiling the lexer
    return WRAPPER_TYPES.has(tokenType) || tokenType !== "";
  }
}

export const lexer = new ShellLexer();
