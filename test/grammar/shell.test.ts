import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse, parseComplete, parseAll } from "../../grammar/index.js";
import type { Command, List, ParseResult, Redirect, SimpleCommand, SyntaxProblem, Word, WordPart } from "../../grammar/index.js";
import { isSimple } from "../../grammar/ast.js";

// ---- builders ------------------------------------------------------------------------------
const L = (text: string): WordPart => ({ kind: "lit", text, quoted: false });
const Q = (text: string): WordPart => ({ kind: "lit", text, quoted: true });
const P = (name: string, quoted = false): WordPart => ({ kind: "param", name, quoted });
const W = (...parts: WordPart[]): Word => ({ parts });
/** A word of plain unquoted words: "a b" → [a, b]. */
const ws = (s: string): Word[] => s.split(" ").map((x) => W(L(x)));
const R = (fd: number, op: Redirect["op"], target: string | Word): Redirect => ({
  fd,
  op,
  target: typeof target === "string" ? W(L(target)) : target,
});
const C = (words: Word[], redirects: Redirect[] = [], assigns: SimpleCommand["assigns"] = []): SimpleCommand => ({
  assigns,
  words,
  redirects,
});

/** The command as a simple command (these tables have no compound commands). */
function simple(c: Command | undefined): SimpleCommand {
  if (c === undefined || !isSimple(c)) return assert.unreachable(`not a simple command: ${JSON.stringify(c)}`) as never;
  return c;
}
function ok(src: string): List {
  const r = parse(src);
  if (!r.ok) assert.unreachable(`${JSON.stringify(src)} did not parse: ${JSON.stringify(r)}`);
  assert.is(parseAll(src).length, 1, `${JSON.stringify(src)} must have exactly one parse`);
  return (r as Extract<ParseResult, { ok: true }>).list;
}
/** The single simple command of a one-command line. */
function only(src: string): SimpleCommand {
  const l = ok(src);
  assert.is(l.items.length, 1, `${JSON.stringify(src)}: one item`);
  const a = l.items[0]!.andor;
  assert.is(a.rest.length, 0);
  assert.is(a.first.commands.length, 1);
  assert.is(a.first.bang, false);
  return simple(a.first.commands[0]);
}
function problem(src: string, p: SyntaxProblem, complete = false): void {
  const r = complete ? parseComplete(src) : parse(src);
  assert.equal(r, { ok: false, incomplete: false, problem: p }, JSON.stringify(src));
}
function incomplete(src: string): void {
  assert.equal(parse(src), { ok: false, incomplete: true }, JSON.stringify(src));
}

// ---- words, quotes, escapes, parameters ----------------------------------------------------
const WORDS: [string, Word[]][] = [
  ["echo hi", ws("echo hi")],
  ["  echo   hi  ", ws("echo hi")],
  ["echo\thi", ws("echo hi")],
  ["a\"b\"c", [W(L("a"), Q("b"), L("c"))]],
  ["a \"b\"", [W(L("a")), W(Q("b"))]],
  ["'a b'", [W(Q("a b"))]],
  ["''", [W(Q(""))]],
  ['""', [W(Q(""))]],
  ["a ''", [W(L("a")), W(Q(""))]],
  ["''a", [W(Q(""), L("a"))]],
  ["'a b'\"c d\"", [W(Q("a bc d"))]],
  ["'a\"b'", [W(Q('a"b'))]],
  ["\"a'b\"", [W(Q("a'b"))]],
  ["'a\\b'", [W(Q("a\\b"))]],
  ["'$HOME'", [W(Q("$HOME"))]],
  ['"a\\\\b\\"c\\$d\\`e"', [W(Q('a\\b"c$d`e'))]],
  ['"a\\qb"', [W(Q("a\\qb"))]],
  ['"a\\\nb"', [W(Q("ab"))]],
  ['"a\nb"', [W(Q("a\nb"))]],
  ["'a\nb'", [W(Q("a\nb"))]],
  ["\\a", [W(Q("a"))]],
  ["a\\ b", [W(L("a"), Q(" "), L("b"))]],
  ["\\\\", [W(Q("\\"))]],
  ["\\'", [W(Q("'"))]],
  ['\\"', [W(Q('"'))]],
  ["\\*.c", [W(Q("*"), L(".c"))]],
  ["*.c", [W(L("*.c"))]],
  ["'*'.c", [W(Q("*"), L(".c"))]],
  ["a\\\nb", [W(L("ab"))]],
  ["a \\\nb", ws("a b")],
  ["a\\\n b", ws("a b")],
  ["a\\;b", [W(L("a"), Q(";"), L("b"))]],
  ["a\\|b\\&c\\>d", [W(L("a"), Q("|"), L("b"), Q("&"), L("c"), Q(">"), L("d"))]],
  ["$HOME", [W(P("HOME"))]],
  ["${HOME}x", [W(P("HOME"), L("x"))]],
  ["$HOMEx", [W(P("HOMEx"))]],
  ["$_a1", [W(P("_a1"))]],
  ["$1x", [W(P("1"), L("x"))]],
  ["$10", [W(P("1"), L("0"))]],
  ["${1}", [W(P("1"))]],
  ["$?$$$#$0$9", [W(P("?"), P("$"), P("#"), P("0"), P("9"))]],
  ["${?}", [W(P("?"))]],
  ["$", [W(L("$"))]],
  ["a$", [W(L("a$"))]],
  ["$-x", [W(P("-"), L("x"))]],
  ["$+x", [W(L("$+x"))]],
  ["${!}${-}", [W(P("!"), P("-"))]],
  ["a$b", [W(L("a"), P("b"))]],
  ["\\$HOME", [W(Q("$"), L("HOME"))]],
  ['"$HOME"', [W(P("HOME", true))]],
  ['"${x}y"', [W(P("x", true), Q("y"))]],
  ['"$"x', [W(Q("$"), L("x"))]],
  ['"a $b c"', [W(Q("a "), P("b", true), Q(" c"))]],
  ['"$?$$"', [W(P("?", true), P("$", true))]],
  ["x$HOME\"/$USER\"'/$z'", [W(L("x"), P("HOME"), Q("/"), P("USER", true), Q("/$z"))]],
  ["a#b", [W(L("a#b"))]],
  ["a #b", ws("a")],
  ["a # b c", ws("a")],
  ["a\\#b", [W(L("a"), Q("#"), L("b"))]],
  ["\\#a", [W(Q("#"), L("a"))]],
  ['"#"', [W(Q("#"))]],
  ['"x"#b', [W(Q("x"), L("#b"))]],
  ["echo !", ws("echo !")],
  ["echo a !", ws("echo a !")],
  ["!a", ws("!a")],
  ["a!", ws("a!")],
  // `{` and `}` are words except where a command starts; ( ) ` ~ are syntax now (see compound.test.ts)
  ["echo { } @ % a~ \\~", [W(L("echo")), W(L("{")), W(L("}")), W(L("@")), W(L("%")), W(L("a~")), W(Q("~"))]],
  ["é\u00a0ü", [W(L("é\u00a0ü"))]],
  ["\\😀x", [W(Q("😀"), L("x"))]],
  ["a2 12", ws("a2 12")],
];

test("words, quotes, escapes, parameters", () => {
  for (const [src, words] of WORDS) assert.equal(only(src), C(words), JSON.stringify(src));
});

test("empty and comment-only input is an empty list", () => {
  for (const src of ["", " ", "\t ", "\n", "\n\n  \n", "#c", "# comment ; | && x", "  # c", "#c\n#d\n", "\\\n"]) {
    assert.equal(ok(src), { items: [] }, JSON.stringify(src));
  }
});

// ---- redirections --------------------------------------------------------------------------
const REDIRECTS: [string, SimpleCommand][] = [
  ["cat <f", C(ws("cat"), [R(0, "<", "f")])],
  ["cat < f", C(ws("cat"), [R(0, "<", "f")])],
  ["echo >f", C(ws("echo"), [R(1, ">", "f")])],
  ["echo>f", C(ws("echo"), [R(1, ">", "f")])],
  ["echo >>f", C(ws("echo"), [R(1, ">>", "f")])],
  ["cmd 2>err", C(ws("cmd"), [R(2, ">", "err")])],
  ["cmd 2>>err", C(ws("cmd"), [R(2, ">>", "err")])],
  ["cmd 2>&1", C(ws("cmd"), [R(2, ">&", "1")])],
  ["cmd >&2", C(ws("cmd"), [R(1, ">&", "2")])],
  ["cmd 0<in", C(ws("cmd"), [R(0, "<", "in")])],
  ["cmd 1>out", C(ws("cmd"), [R(1, ">", "out")])],
  ["cmd a2>f", C(ws("cmd a2"), [R(1, ">", "f")])],
  ["cmd 12>f", C(ws("cmd 12"), [R(1, ">", "f")])],
  ['cmd "2">f', C([W(L("cmd")), W(Q("2"))], [R(1, ">", "f")])],
  ["cmd \\2>f", C([W(L("cmd")), W(Q("2"))], [R(1, ">", "f")])],
  ["cmd >f 2>&1", C(ws("cmd"), [R(1, ">", "f"), R(2, ">&", "1")])],
  [">f cmd a", C(ws("cmd a"), [R(1, ">", "f")])],
  ["cmd >f a", C(ws("cmd a"), [R(1, ">", "f")])],
  ["cmd>f>g<h", C(ws("cmd"), [R(1, ">", "f"), R(1, ">", "g"), R(0, "<", "h")])],
  ['cmd > "a b"', C(ws("cmd"), [R(1, ">", W(Q("a b")))])],
  ["cmd >$HOME/x", C(ws("cmd"), [R(1, ">", W(P("HOME"), L("/x")))])],
  ["cmd > !", C(ws("cmd"), [R(1, ">", "!")])],
  ["cmd 2>\\#x", C(ws("cmd"), [R(2, ">", W(Q("#"), L("x")))])],
  [">f", C([], [R(1, ">", "f")])],
  ["2>/dev/null", C([], [R(2, ">", "/dev/null")])],
];

test("redirections", () => {
  for (const [src, cmd] of REDIRECTS) assert.equal(only(src), cmd, JSON.stringify(src));
});

// ---- assignments ---------------------------------------------------------------------------
const A = (name: string, ...parts: WordPart[]) => ({ name, value: W(...parts) });
const ASSIGNS: [string, SimpleCommand][] = [
  ["A=1 cmd", C(ws("cmd"), [], [A("A", L("1"))])],
  ["A=1", C([], [], [A("A", L("1"))])],
  ["A=", C([], [], [A("A")])],
  ["A= cmd", C(ws("cmd"), [], [A("A")])],
  ["A=1 B=2 cmd x", C(ws("cmd x"), [], [A("A", L("1")), A("B", L("2"))])],
  ['B="x y" cmd', C(ws("cmd"), [], [A("B", Q("x y"))])],
  ["A=b=c", C([], [], [A("A", L("b=c"))])],
  ["A=$x/y", C([], [], [A("A", P("x"), L("/y"))])],
  ["A=''", C([], [], [A("A", Q(""))])],
  ["_x9=1", C([], [], [A("_x9", L("1"))])],
  ["A=1 >f B=2 cmd", C(ws("cmd"), [R(1, ">", "f")], [A("A", L("1")), A("B", L("2"))])],
  ["cmd A=1", C(ws("cmd A=1"), [])],
  ["1A=x", C(ws("1A=x"))],
  ["A\\=1", C([W(L("A"), Q("="), L("1"))])],
  ['"A"=1', C([W(Q("A"), L("=1"))])],
  ["A-B=1", C(ws("A-B=1"))],
  ["=x", C(ws("=x"))],
];

test("leading assignments", () => {
  for (const [src, cmd] of ASSIGNS) assert.equal(only(src), cmd, JSON.stringify(src));
});

// ---- pipelines, and-or lists, lists --------------------------------------------------------
test("pipelines", () => {
  const l = ok("lsdev -C | grep loop|wc -l");
  assert.equal(l.items[0]!.andor.first, {
    bang: false,
    commands: [C(ws("lsdev -C")), C(ws("grep loop")), C(ws("wc -l"))],
  });
  assert.equal(ok("a |\n\n  b").items[0]!.andor.first.commands, [C(ws("a")), C(ws("b"))]);
  assert.equal(ok("a | # comment\nb").items[0]!.andor.first.commands, [C(ws("a")), C(ws("b"))]);
  assert.equal(ok("a 2>&1 | b >f").items[0]!.andor.first.commands, [
    C(ws("a"), [R(2, ">&", "1")]),
    C(ws("b"), [R(1, ">", "f")]),
  ]);
});

test("! negates a pipeline", () => {
  assert.equal(ok("! a | b").items[0]!.andor.first, { bang: true, commands: [C(ws("a")), C(ws("b"))] });
  assert.equal(ok("! ! a").items[0]!.andor.first, { bang: false, commands: [C(ws("a"))] });
  assert.equal(ok("!").items[0]!.andor.first, { bang: true, commands: [C([])] });
  assert.equal(ok("! >f").items[0]!.andor.first, { bang: true, commands: [C([], [R(1, ">", "f")])] });
  assert.equal(ok("a && ! b").items[0]!.andor.rest[0]!.pipeline, { bang: true, commands: [C(ws("b"))] });
  assert.equal(ok("a; ! b").items[1]!.andor.first.bang, true);
  // not at the start of a pipeline: an ordinary word
  assert.equal(ok("A=1 ! b").items[0]!.andor.first, { bang: false, commands: [C(ws("! b"), [], [A("A", L("1"))])] });
  assert.equal(ok(">f ! b").items[0]!.andor.first, { bang: false, commands: [C(ws("! b"), [R(1, ">", "f")])] });
  assert.equal(ok("'!' a").items[0]!.andor.first, { bang: false, commands: [C([W(Q("!")), W(L("a"))])] });
});

test("&& and || chains", () => {
  const l = ok("a && b || c&&d");
  assert.equal(l.items[0]!.andor, {
    first: { bang: false, commands: [C(ws("a"))] },
    rest: [
      { op: "&&", pipeline: { bang: false, commands: [C(ws("b"))] } },
      { op: "||", pipeline: { bang: false, commands: [C(ws("c"))] } },
      { op: "&&", pipeline: { bang: false, commands: [C(ws("d"))] } },
    ],
  });
  assert.equal(ok("a &&\n\nb").items[0]!.andor.rest.length, 1);
  assert.equal(ok("a | b && c | d").items[0]!.andor.rest[0]!.pipeline.commands.length, 2);
});

/** Compact view of a list: each item's first words and background flag. */
const shape = (l: List): string[] =>
  l.items.map((it) => {
    const a = it.andor;
    const pipe = (p: typeof a.first) =>
      (p.bang ? "! " : "") +
      p.commands
        .map((c) =>
          simple(c)
            .words.map((w) => w.parts.map((x) => (x.kind === "lit" ? x.text : x.kind === "param" ? "$" + x.name : "?")).join(""))
            .join(" "),
        )
        .join(" | ");
    return pipe(a.first) + a.rest.map((r) => ` ${r.op} ${pipe(r.pipeline)}`).join("") + (it.background ? " &" : "");
  });

const LISTS: [string, string[]][] = [
  ["a; b", ["a", "b"]],
  ["a;b;", ["a", "b"]],
  ["a ; b ;", ["a", "b"]],
  ["a & b", ["a &", "b"]],
  ["a&b&", ["a &", "b &"]],
  ["a & b;", ["a &", "b"]],
  ["sleep 5 &", ["sleep 5 &"]],
  ["a\nb", ["a", "b"]],
  ["a\n\n\nb\n", ["a", "b"]],
  ["\n\na\n", ["a"]],
  ["a;\nb", ["a", "b"]],
  ["a &\nb", ["a &", "b"]],
  ["a # c\nb # d", ["a", "b"]],
  ["a;#c\nb", ["a", "b"]],
  ["a&#c", ["a &"]],
  ["a && b & c || d; e", ["a && b &", "c || d", "e"]],
  ["x=1; echo $x", ["", "echo $x"]],
  ["a|b;c&&d&e", ["a | b", "c && d &", "e"]],
  ["a \\\n; b", ["a", "b"]],
  ["echo 'x\ny'; b\nc", ["echo x\ny", "b", "c"]],
  ["echo \"a\nb\" |\nwc -l\nls", ["echo a\nb | wc -l", "ls"]],
];

test("lists: ; & newline, background", () => {
  for (const [src, want] of LISTS) assert.equal(shape(ok(src)), want, JSON.stringify(src));
});

// ---- errors --------------------------------------------------------------------------------
const U = (token: string, col: number): SyntaxProblem => ({ kind: "unexpected", token, col });
const ERRORS: [string, SyntaxProblem][] = [
  ["|", U("|", 1)],
  ["| a", U("|", 1)],
  ["a | | b", U("|", 5)],
  ["a ||| b", U("|", 5)],
  ["&& a", U("&&", 1)],
  ["|| a", U("||", 1)],
  [";", U(";", 1)],
  ["&", U("&", 1)],
  ["a;;", U(";;", 2)],
  ["a ; ; b", U(";", 5)],
  ["a & & b", U("&", 5)],
  ["a &; b", U(";", 4)],
  ["cmd 2>#x", U("newline", 9)], // `#` after an operator starts a comment (as in bash)
  ["a && && b", U("&&", 6)],
  ["a | ; b", U(";", 5)],
  ["a && ; b", U(";", 6)],
  ["a\n;b", U(";", 1)],
  ["a\n|b", U("|", 1)],
  ["a\nb\n  && c", U("&&", 3)],
  ["cat >", U("newline", 6)],
  ["cat > ", U("newline", 7)],
  ["cat > # c", U("newline", 10)],
  ["cat >\necho", U("newline", 6)],
  ["cat <", U("newline", 6)],
  ["a 2>", U("newline", 5)],
  ["a >&", U("newline", 5)],
  ["a >>", U("newline", 5)],
  ["a > | b", U("|", 5)],
  ["a > ; b", U(";", 5)],
  ["a > && b", U("&&", 5)],
  ["a > > b", U(">", 5)],
  ["a <<", U("newline", 5)],
  ["a << ;", U(";", 6)],
  ["echo >2>f", U("2", 7)],
  ["a\nb >", U("newline", 4)],
  ["a | ! b", U("!", 5)],
  ["! | a", U("|", 3)],
];

test("syntax errors", () => {
  for (const [src, p] of ERRORS) {
    problem(src, p);
    problem(src, p, true);
    assert.equal(parseAll(src), [], JSON.stringify(src));
  }
});

const INCOMPLETE = [
  "echo 'abc",
  'echo "abc',
  "echo 'a\nb",
  'echo "a\\"',
  'echo "a\\',
  "a |",
  "a | ",
  "a |\n",
  "a |\n\n  ",
  "a | # comment",
  "a &&",
  "a && \n# c\n",
  "a ||",
  "a; b ||",
  "echo a\\",
  "echo a \\",
  "\\",
  "a |\\",
  "cat >\\",
  "echo 'x' \"",
  "echo ${",
  "echo ${x:-a",
  'echo "${x:-a',
  "cat <<EOF",
  "cat <<EOF\nbody",
  "cat <<EOF\nbody\nEOFX",
  "cat <<A; cat <<B\n1\nA\n2",
  "[[ -f x &&",
  "(( x = 1",
  "f() {",
  "function f {",
];

test("incomplete input", () => {
  for (const src of INCOMPLETE) incomplete(src);
  // backslash-newline at the very end is a finished continuation
  assert.equal(shape(ok("echo a\\\n")), ["echo a"]);
  assert.equal(shape(ok("echo a \\\n")), ["echo a"]);
  // the continuation a prompt would build
  assert.equal(shape(ok("echo 'a\nb'")), ["echo a\nb"]);
  assert.equal(shape(ok("ls |\ngrep x")), ["ls | grep x"]);
  assert.equal(shape(ok("echo a\\\nb")), ["echo ab"]);
});

test("parseComplete turns incomplete input into problems", () => {
  problem("echo 'abc", { kind: "unmatched", token: "'", col: 6 }, true);
  problem('echo "abc', { kind: "unmatched", token: '"', col: 6 }, true);
  problem("echo 'x' \"abc", { kind: "unmatched", token: '"', col: 10 }, true);
  problem("a\necho 'abc\ndef", { kind: "unmatched", token: "'", col: 6 }, true);
  problem("a |", U("newline", 4), true);
  problem("a && ", U("newline", 6), true);
  problem("a ||\n", U("newline", 1), true);
  problem("cat >", U("newline", 6), true);
  // a trailing backslash is literal, as in `bash -c 'echo a\'`
  const r = parseComplete("echo a\\");
  assert.ok(r.ok);
  if (r.ok) assert.equal(simple(r.list.items[0]!.andor.first.commands[0]).words, [W(L("echo")), W(L("a"), Q("\\"))]);
  // complete input parses the same way as parse()
  for (const [src] of [...WORDS, ...REDIRECTS, ...ASSIGNS, ...LISTS]) assert.equal(parseComplete(src), parse(src));
});

test("every table input has exactly one parse", () => {
  for (const [src] of [...WORDS, ...REDIRECTS, ...ASSIGNS, ...LISTS]) assert.is(parseAll(src).length, 1, JSON.stringify(src));
});

test("the lexer is reusable after errors and open quotes", () => {
  parse("echo 'abc");
  parse("a | | b");
  parse('x "');
  assert.equal(only("echo ok"), C(ws("echo ok")));
});

test.run();
