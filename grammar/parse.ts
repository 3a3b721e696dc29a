// parse(src) / parseComplete(src): shell source (one or more lines) → AST or a syntax problem.
import nearley from "nearley";
import type { Token } from "moo";
import grammar from "./shell.grammar.js";
import { lexer } from "./lexer.js";
import { fastParse } from "./fast.js";
import { placeCommand, toHereDocParts, toList, type Cons, type RawInput, type RawPart } from "./nodes.js";
import { isSimple } from "./ast.js";
import type { List, ParseResult, SyntaxProblem, WordPart } from "./ast.js";

const compiled = nearley.Grammar.fromCompiled(grammar);

/** What the shell tells the parser. */
export interface ParseOptions {
  /** the shell's aliases: the first word of a command that is one is replaced by its value */
  aliases?: ReadonlyMap<string, string>;
  /** the number of the text's first line (a script read in pieces, a -c string bash counts from
   *  0): where its commands are (nodes.ts commandLine) and its problems (problemLine) */
  firstLine?: number;
}

/** the line a syntax problem is on (counted from the parse's firstLine) */
const PROBLEM_LINE = new WeakMap<SyntaxProblem, number>();

/** the line of the input a syntax problem was found on */
export function problemLine(p: SyntaxProblem): number | undefined {
  return PROBLEM_LINE.get(p);
}

function placed(p: SyntaxProblem, line: number, opts?: ParseOptions): SyntaxProblem {
  PROBLEM_LINE.set(p, line + (opts?.firstLine ?? 1) - 1);
  return p;
}

/** the number of lines of the text (a last line without its newline counts) */
function lastLine(src: string): number {
  let n = 1;
  for (let i = src.indexOf("\n"); i >= 0 && i < src.length - 1; i = src.indexOf("\n", i + 1)) n++;
  return n;
}

type Run =
  | { kind: "results"; results: RawInput[] }
  | { kind: "error"; token: Token | undefined };

// One parser for every line: building a Parser predicts the whole start column, which costs
// more than parsing a short line. save() keeps that column; restore() rewinds to it (feeding
// never mutates an earlier column, it only adds new ones).
const parser = new nearley.Parser(compiled);
// nearley builds a long "expected one of…" report on every error; we never show it.
const quiet = parser as unknown as { reportError: () => string; reportLexerError: () => string };
quiet.reportError = () => "syntax error";
quiet.reportLexerError = () => "syntax error";
const start = parser.save();

function run(src: string, opts?: ParseOptions): Run {
  const p = parser;
  p.restore(start);
  lexer.aliases = opts?.aliases !== undefined && opts.aliases.size > 0 ? opts.aliases : null;
  try {
    p.feed(src);
  } catch (e) {
    return { kind: "error", token: (e as { token?: Token }).token };
  } finally {
    lexer.aliases = null;
  }
  return { kind: "results", results: p.results as RawInput[] };
}

/** 1-based column just past the end of the input (where an unexpected end of line is). */
function endCol(src: string): number {
  return src.length - src.lastIndexOf("\n");
}

function unexpected(token: Token | undefined, src: string): SyntaxProblem {
  if (token === undefined) return { kind: "unexpected", token: "newline", col: endCol(src) };
  if (token.type === "nl") return { kind: "unexpected", token: "newline", col: token.col };
  if (token.type === "arithcmd") return { kind: "unexpected", token: "((", col: token.col };
  const text = token.type === "error" ? token.text.slice(0, 1) : token.text;
  return { kind: "unexpected", token: text, col: token.col };
}

type Outcome =
  | { kind: "ok"; list: List }
  /** a complete command whose here-document has no delimiter line yet */
  | { kind: "open-heredoc"; list: List }
  | { kind: "problem"; problem: SyntaxProblem }
  | { kind: "open-quote"; quote: Token }
  | { kind: "trailing-backslash" }
  /** the input stopped inside a command that a next line can finish; `opener` is the innermost
   *  compound command, `(` or `$(` still open (none after a trailing | && ||) */
  | { kind: "open"; opener: Token | undefined };

/** lexer states inside a quote (a quote-like: backquotes, $(( … )), ${ … }) */
const QUOTE_STATES = new Set(["sq", "dq", "bq", "arith", "aparen", "brace", "dqbrace"]);

function classify(src: string, opts?: ParseOptions): Outcome {
  const fast = fastParse(src, opts?.aliases);
  if (fast) {
    for (const it of fast.items) for (const c of it.andor.first.commands) if (isSimple(c)) placeCommand(c, opts?.firstLine ?? 1);
    return { kind: "ok", list: fast };
  }
  const r = run(src, opts);
  if (r.kind === "error") return { kind: "problem", problem: placed(unexpected(r.token, src), r.token?.line ?? lastLine(src), opts) };
  const quote = lexer.lastQuote;
  const state = lexer.save().state ?? "main";
  if (QUOTE_STATES.has(state) && quote !== undefined) {
    // an open $(( … )) is reported at its `$((`
    if (state === "arith" || state === "aparen") return { kind: "open", opener: undefined };
    // an open ${ … } at its `{`
    if (state === "brace" || state === "dqbrace") return { kind: "open-quote", quote: { ...quote, text: "{", col: quote.col + 1 } };
    return { kind: "open-quote", quote };
  }
  if (lexer.last?.type === "cont" && lexer.last.text === "\\") return { kind: "trailing-backslash" };
  const first = r.results[0];
  if (first !== undefined) {
    const list = toList(first, src, opts?.firstLine);
    return lexer.openHereDoc() ? { kind: "open-heredoc", list } : { kind: "ok", list };
  }
  // No parse and no error: the input stopped in the middle of a command. If a newline could
  // follow here (after | && ||, inside an open for/while/if/{/(/$( …), more lines can finish it:
  // incomplete. Otherwise (e.g. `cat >`, `for`) ksh reads the newline and fails on it.
  const again = run(src + "\n", opts);
  if (again.kind === "error") return { kind: "problem", problem: placed(unexpected(undefined, src), lastLine(src), opts) };
  return { kind: "open", opener: lexer.openConstruct() };
}

/**
 * Parse shell source for an interactive prompt. `src` may hold several lines (several commands).
 * Returns `incomplete` when more input could complete it: an open quote, a trailing `|`, `&&`
 * or `||`, a trailing backslash, or a here-document still without its delimiter line (the
 * caller appends "\n" and the next line, then reparses). A backslash-newline at the very end is
 * a finished continuation, not incomplete.
 */
export function parse(src: string, opts?: ParseOptions): ParseResult {
  const o = classify(src, opts);
  switch (o.kind) {
    case "ok":
      return { ok: true, list: o.list };
    case "problem":
      return { ok: false, incomplete: false, problem: o.problem };
    default:
      return { ok: false, incomplete: true };
  }
}

/**
 * Parse source that cannot be continued (a script, `sh -c`): an open quote is an "unmatched"
 * problem and a trailing operator an unexpected "newline". A trailing backslash is a literal
 * backslash, as in `bash -c 'echo a\'`.
 */
export function parseComplete(src: string, opts?: ParseOptions): ParseResult {
  const o = classify(src, opts);
  switch (o.kind) {
    case "ok":
    case "open-heredoc": // the end of the input ends the here-document, as in ksh
      return { ok: true, list: o.list };
    case "problem":
      return { ok: false, incomplete: false, problem: o.problem };
    case "open-quote":
      return {
        ok: false,
        incomplete: false,
        problem: placed({ kind: "unmatched", token: o.quote.text, col: o.quote.col }, lastLine(src), opts),
      };
    case "trailing-backslash":
      return parseComplete(src + "\\", opts);
    case "open":
      // ksh names the compound command that is still open (`for' is not matched); after a
      // trailing | && || there is none: the end of the input is unexpected
      return {
        ok: false,
        incomplete: false,
        problem: placed(
          o.opener === undefined ? unexpected(undefined, src) : { kind: "unmatched", token: o.opener.type === "subst" ? "(" : o.opener.text, col: o.opener.col },
          lastLine(src),
          opts,
        ),
      };
  }
}

/**
 * After parse() of incomplete input: the here-documents whose bodies it ends in, if that is what
 * it needs (each one's delimiter line, and whether leading tabs are stripped first), in order. A
 * caller reading lines can add body lines without parsing again until the last delimiter comes.
 */
export function openHereDocs(): { delim: string; strip: boolean }[] {
  return lexer.openDocs;
}

/**
 * Every parse of `src` (empty on a syntax error or incomplete input). A correct grammar gives at
 * most one; test/grammar/ambiguity.test.ts asserts that.
 */
export function parseAll(src: string): List[] {
  const r = run(src);
  return r.kind === "results" ? r.results.map((x) => toList(x, src)) : [];
}

// Here-document bodies are parsed when they run (as ksh does): the grammar's `hdbody` rule with
// the lexer starting in its `hd` state.
const hdParser = new nearley.Parser(nearley.Grammar.fromCompiled({ ...grammar, ParserStart: "hdbody" }));
(hdParser as unknown as { reportError: () => string }).reportError = () => "syntax error";
(hdParser as unknown as { reportLexerError: () => string }).reportLexerError = () => "syntax error";
const hdStart = hdParser.save();

/**
 * The parts of an unquoted here-document's body: text (quoted: no splitting, no globbing) and
 * the expansions in it. null when the body does not parse (an unclosed `$(` …): ksh then fails.
 */
export function parseHereDoc(body: string): WordPart[] | null {
  hdParser.restore(hdStart);
  lexer.startState = "hd";
  try {
    hdParser.feed(body);
  } catch {
    return null;
  } finally {
    lexer.startState = undefined;
  }
  const r = hdParser.results as (Cons<RawPart> | null)[];
  if (r.length === 0) return null;
  return toHereDocParts(r[0]!);
}
