// The ksh88 syntax beyond the POSIX-ish core: ${name op word}, here-documents, functions, [[ ]],
// (( )), select, time, |&, the redirections <& <> >| and aliases (expanded by the parser).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSimple, parse, parseAll, parseComplete, parseHereDoc } from "../../grammar/index.js";
import type { Command, CondExpr, List, Redirect, SyntaxProblem, Word, WordPart } from "../../grammar/index.js";
import { fastParse } from "../../grammar/fast.js";

// ---- a compact rendering of the AST ---------------------------------------------------------
const part = (p: WordPart): string => {
  switch (p.kind) {
    case "lit":
      return p.quoted ? `'${p.text}'` : p.text;
    case "param":
      return (p.quoted ? '"$' : "$") + p.name + (p.quoted ? '"' : "");
    case "cmdsub":
      return (p.quoted ? '"' : "") + "$(" + sketch(p.list) + ")" + (p.quoted ? '"' : "");
    case "backquote":
      return "`" + p.text + "`";
    case "arith":
      return "$((" + p.expr + "))";
    case "tilde":
      return "~" + p.user + "~";
    case "pexp":
      return (p.quoted ? '"' : "") + "${" + p.name + (p.op === "len" ? "#" : p.op + "<" + word(p.word) + ">") + "}" + (p.quoted ? '"' : "");
    case "badsubst":
      return "!bad(" + p.text + ")";
  }
};
function word(w: Word): string {
  return w.parts.map(part).join("");
}
const redir = (r: Redirect): string => ` ${r.fd}${r.op}${word(r.target)}` + (r.heredoc ? `[${r.heredoc.expand ? "" : "raw:"}${JSON.stringify(r.heredoc.body)}]` : "");
const cond = (e: CondExpr): string => {
  switch (e.kind) {
    case "and":
    case "or":
      return `(${cond(e.left)} ${e.kind === "and" ? "&&" : "||"} ${cond(e.right)})`;
    case "not":
      return `!${cond(e.expr)}`;
    case "unary":
      return `${e.op} ${word(e.arg)}`;
    case "binary":
      return `${word(e.left)} ${e.op} ${word(e.right)}`;
    case "word":
      return word(e.word);
  }
};
function command(c: Command): string {
  if (isSimple(c)) return [...c.assigns.map((a) => `${a.name}=${word(a.value)}`), ...c.words.map(word)].join(" ") + c.redirects.map(redir).join("");
  let s: string;
  switch (c.kind) {
    case "group":
      s = `{${sketch(c.list)}}`;
      break;
    case "subshell":
      s = `(${sketch(c.list)})`;
      break;
    case "select":
    case "for":
      s = `${c.kind}(${c.name}${c.words === null ? "" : " in " + c.words.map(word).join(",")}){${sketch(c.body)}}`;
      break;
    case "cond":
      s = `[[${cond(c.expr)}]]`;
      break;
    case "arith":
      s = `((${c.expr}))`;
      break;
    case "function":
      s = `fn ${c.name}=${command(c.body)}`;
      break;
    case "if":
      s = `if{${sketch(c.clauses[0]!.cond)}}{${sketch(c.clauses[0]!.body)}}`;
      break;
    default:
      s = c.kind;
  }
  return s + c.redirects.map(redir).join("");
}
function sketch(l: List): string {
  return l.items
    .map(
      (it) =>
        (it.andor.first.time ? "time " : "") +
        (it.andor.first.bang ? "! " : "") +
        it.andor.first.commands.map(command).join(" | ") +
        it.andor.rest.map((r) => ` ${r.op} ${r.pipeline.commands.map(command).join(" | ")}`).join("") +
        (it.background ? " &" : "") +
        (it.coprocess ? " |&" : ""),
    )
    .join("; ");
}

function ok(src: string): string {
  const r = parse(src);
  if (!r.ok) return assert.unreachable(`${JSON.stringify(src)} did not parse: ${JSON.stringify(r)}`) as never;
  assert.is(parseAll(src).length, 1, `${JSON.stringify(src)} must have exactly one parse`);
  assert.equal(parseComplete(src), r, JSON.stringify(src));
  return sketch(r.list);
}
const U = (token: string, col: number): SyntaxProblem => ({ kind: "unexpected", token, col });
function problem(src: string, p: SyntaxProblem, complete = false): void {
  const r = complete ? parseComplete(src) : parse(src);
  assert.equal(r, { ok: false, incomplete: false, problem: p }, JSON.stringify(src));
}
const incomplete = (src: string) => assert.equal(parse(src), { ok: false, incomplete: true }, JSON.stringify(src));

// ---- ${name op word} ------------------------------------------------------------------------
const PEXP: [string, string][] = [
  ["echo ${x:-a b}", "echo ${x:-<a b>}"],
  ["echo ${x-}", "echo ${x-<>}"],
  ["echo ${x:=1} ${x=2} ${x:?} ${x?msg} ${x:+y} ${x+y}", "echo ${x:=<1>} ${x=<2>} ${x:?<>} ${x?<msg>} ${x:+<y>} ${x+<y>}"],
  ["echo ${#x} ${#1} ${#*}", "echo ${x#} ${1#} ${*#}"],
  ["echo ${x#*/} ${x##*/} ${x%.*} ${x%%.*}", "echo ${x#<*/>} ${x##<*/>} ${x%<.*>} ${x%%<.*>}"],
  ["echo ${1:-none} ${10} ${@:-x}", "echo ${1:-<none>} $10 ${@:-<x>}"],
  ["echo ${x:-'a b'} ${x:-\"$y z\"} ${x:-\\}}", "echo ${x:-<'a b'>} ${x:-<\"$y\"' z'>} ${x:-<'}'>}"],
  ["echo ${x:-${y:-$(echo z)}}", "echo ${x:-<${y:-<$(echo z)>}>}"],
  ["echo ${x:-a;b|c&d<e>f(g)}", "echo ${x:-<a;b|c&d<e>f(g)>}"],
  ["echo ${x:-a\nb}", "echo ${x:-<a\nb>}"],
  ["echo ${x:-~/d}", "echo ${x:-<~~/d>}"],
  ['echo "${x:-a b}"', 'echo "${x:-<a b>}"'],
  ['echo "${x:-"q w"}x"', 'echo "${x:-<\'q w\'>}"\'x\''],
  ["echo \"${x:-'s'}\"", "echo \"${x:-<'s'>}\""],
  ['echo "${#x}${x%/*}"', 'echo "${x#}""${x%</*>}"'],
  ["a${x:+-v}b", "a${x:+<-v>}b"],
  ["case ${x:-a} in a) echo;; esac", "case"],
  ["for i in ${x:-a b}; do :; done", "for(i in ${x:-<a b>}){:}"],
  ["echo ${x/a/b} ${ x} ${x:}", "echo !bad(${x/a/b}) !bad(${ x}) !bad(${x:})"],
  ["echo ${a[1]}", "echo !bad(${a[1]})"],
];

test("${name op word}: the operators, the word with quotes, expansions, blanks and operators", () => {
  for (const [src, want] of PEXP) assert.is(ok(src), want, JSON.stringify(src));
});

test("${ without its } asks for more lines; a script says the { is not matched", () => {
  for (const src of ["echo ${", "echo ${x:-a", 'echo "${x:-a', "echo ${x:-'}'", "echo ${x:-$(echo"]) incomplete(src);
  assert.equal(parseComplete("echo ${x:-a"), { ok: false, incomplete: false, problem: { kind: "unmatched", token: "{", col: 7 } });
  assert.equal(parseComplete("echo ${x:-'a"), { ok: false, incomplete: false, problem: { kind: "unmatched", token: "'", col: 11 } });
  assert.is(ok("echo ${x:-a\n}"), "echo ${x:-<a\n>}");
});

// ---- here-documents -------------------------------------------------------------------------
const HEREDOCS: [string, string][] = [
  ["cat <<EOF\nhello $x\nEOF", 'cat 0<<EOF["hello $x\\n"]'],
  ["cat << EOF\na\n\nb\nEOF\n", 'cat 0<<EOF["a\\n\\nb\\n"]'],
  ["cat <<EOF\nEOF", 'cat 0<<EOF[""]'],
  ["cat <<'EOF'\n$x `y`\nEOF", "cat 0<<'EOF'[raw:\"$x `y`\\n\"]"],
  ['cat <<"E F"\nx\nE F', "cat 0<<'E F'[raw:\"x\\n\"]"],
  ["cat <<\\EOF\nx\nEOF", "cat 0<<'E'OF[raw:\"x\\n\"]"],
  ["cat <<E\"O\"F\nx\nEOF", "cat 0<<E'O'F[raw:\"x\\n\"]"],
  ["cat <<-EOF\n\tone\n\t\ttwo\n  three\n\tEOF", 'cat 0<<-EOF["one\\ntwo\\n  three\\n"]'],
  ["cat <<EOF\n\tEOF\nEOF", 'cat 0<<EOF["\\tEOF\\n"]'],
  ["cat <<A; cat <<B\n1\nA\n2\nB", 'cat 0<<A["1\\n"]; cat 0<<B["2\\n"]'],
  ["cat <<A <<B\n1\nA\n2\nB\necho after", 'cat 0<<A["1\\n"] 0<<B["2\\n"]; echo after'],
  ["cat <<EOF | wc -l\na\nb\nEOF", 'cat 0<<EOF["a\\nb\\n"] | wc -l'],
  ["cat <<EOF |\na\nEOF\nwc -l", 'cat 0<<EOF["a\\n"] | wc -l'],
  ["cat 3<<EOF\nx\nEOF", 'cat 3<<EOF["x\\n"]'],
  ["while read l; do echo $l; done <<EOF\n1\n2\nEOF", "while 0<<EOF[\"1\\n2\\n\"]"],
  ["if true; then\ncat <<EOF\nin if\nEOF\nfi", "if{true}{cat 0<<EOF[\"in if\\n\"]}"],
  ["x=$(cat <<EOF\nsub\nEOF\n)", 'x=$(cat 0<<EOF["sub\\n"])'],
  ["cat <<EOF # comment\nx\nEOF", 'cat 0<<EOF["x\\n"]'],
  ["cat <<EOF; echo 'a\nb'\nbody\nEOF", "cat 0<<EOF[\"body\\n\"]; echo 'a\nb'"],
];

test("here-documents: bodies, quoted delimiters, <<-, several on a line, in compound commands", () => {
  for (const [src, want] of HEREDOCS) assert.is(ok(src).replace(/^while\{.*\}\{.*\}/, "while"), want, JSON.stringify(src));
});

test("a here-document without its delimiter line is incomplete; a script's end ends it", () => {
  for (const src of ["cat <<EOF", "cat <<EOF\n", "cat <<EOF\nbody", "cat <<EOF\nbody\nEOFX", "cat <<-EOF\nx\n  EOF", "cat <<A; cat <<B\n1\nA\n2"]) {
    incomplete(src);
  }
  const r = parseComplete("cat <<EOF\nbody");
  assert.ok(r.ok);
  if (r.ok) assert.is(sketch(r.list), 'cat 0<<EOF["body"]');
  const e = parseComplete("cat <<EOF");
  assert.ok(e.ok && sketch(e.list) === 'cat 0<<EOF[""]');
  problem("cat <<", U("newline", 7));
  problem("cat << ;", U(";", 8));
  problem("cat <<\nEOF", U("newline", 7));
});

test("a here-document's body: text and expansions, parsed when it runs", () => {
  const parts = parseHereDoc('a $x ${y:-z} $(echo s) `b` \\$ \\` \\\\ \\n "q" \'s\'\nline\\\ncont\n');
  assert.ok(parts);
  assert.is(
    parts!.map(part).join(""),
    `'a '"$x"' '"\${y:-<z>}"' '"$(echo s)"' '\`b\`' $ \` \\ \\n "q" 's'\nlinecont\n'`,
  );
  assert.equal(parseHereDoc("plain text\n"), [{ kind: "lit", text: "plain text\n", quoted: true }]);
  assert.is(parseHereDoc("$(echo"), null);
  // the main parser is unharmed
  assert.is(ok("echo ok"), "echo ok");
});

// ---- functions ------------------------------------------------------------------------------
const FUNCTIONS: [string, string][] = [
  ["f() { echo $1; }", "fn f={echo $1}"],
  ["f () { a; }", "fn f={a}"],
  ["f ( ) {\n a\n}", "fn f={a}"],
  ["f()\n{\n a\n}", "fn f={a}"],
  ["function f { a; b; }", "fn f={a; b}"],
  ["function f\n{\n a\n}", "fn f={a}"],
  ["f() ( cd /; ls )", "fn f=(cd /; ls)"],
  ["f() { a; } >log 2>&1", "fn f={a} 1>log 2>&1"],
  ["f() { g() { :; }; }", "fn f={fn g={:}}"],
  ["f() { return 2; }; f x; echo $?", "fn f={return 2}; f x; echo $?"],
  ["if true; then f() { :; }; fi", "if{true}{fn f={:}}"],
  ["echo f()", "echo f()"],
];

test("function definitions: name() compound and function name compound", () => {
  for (const [src, want] of FUNCTIONS.filter(([s]) => s !== "echo f()")) assert.is(ok(src), want, JSON.stringify(src));
  problem("echo f()", U("(", 7));
  const r = parse("function g {\n  echo in g\n}; echo out");
  assert.ok(r.ok);
  if (r.ok) {
    const fn = r.list.items[0]!.andor.first.commands[0]!;
    assert.ok(!isSimple(fn) && fn.kind === "function" && fn.text === "function g {\n  echo in g\n}");
  }
  const p = parse("x=1; f() { a; } >f; y");
  assert.ok(p.ok && !isSimple(p.list.items[1]!.andor.first.commands[0]!) && (p.list.items[1]!.andor.first.commands[0] as { text: string }).text === "f() { a; }");
  for (const src of ["f() {", "f()", "function f", "function f {"]) incomplete(src);
  problem("function", U("newline", 9), true);
});

// ---- [[ ]] and (( )) ------------------------------------------------------------------------
const CONDS: [string, string][] = [
  ["[[ -f /etc/hosts ]]", "[[-f /etc/hosts]]"],
  ["[[ $a == b* ]]", "[[$a == b*]]"],
  ["[[ $a = 'b*' ]]", "[[$a = 'b*']]"],
  ["[[ a != b && -n $x || ! -d /tmp ]]", "[[((a != b && -n $x) || !-d /tmp)]]"],
  ["[[ ( a < b ) && c > d ]]", "[[(a < b && c > d)]]"],
  ["[[ 1 -eq 1 && /a -nt /b ]]", "[[(1 -eq 1 && /a -nt /b)]]"],
  ["[[ $x ]]", "[[$x]]"],
  ["[[ -n ]]", "[[-n]]"],
  ["[[ ! ]]", "[[!]]"],
  ["[[ -f == x ]]", "[[-f == x]]"],
  ["[[ -f == ]]", "[[-f ==]]"],
  ["[[ ! -f x ]]", "[[!-f x]]"],
  ["[[ -o noglob ]]", "[[-o noglob]]"],
  ["[[ a\n== a ]]", "[[a == a]]"],
  ["[[ $(echo a) == \"a\" ]]", "[[$(echo a) == 'a']]"],
  ["[[ a == a ]] && echo y", "[[a == a]] && echo y"],
  ["if [[ -d / ]]; then echo d; fi", "if{[[-d /]]}{echo d}"],
  ["echo [[ a ]]", "echo [[ a ]]"],
  ["[[ x ]] >f", "[[x]] 1>f"],
];

test("[[ … ]]: ksh88's conditional expression", () => {
  for (const [src, want] of CONDS) assert.is(ok(src), want, JSON.stringify(src));
  problem("[[ a =~ b ]]", U("=~", 6));
  problem("[[ a b ]]", U("b", 6));
  problem("[[ a -a b ]]", U("-a", 6));
  problem("[[ ]]", U("]]", 4));
  problem("[[ ( a ]]", U("]]", 8));
  problem("[[ a == b c ]]", U("c", 11));
  incomplete("[[ a ==");
  incomplete("[[ a &&");
  problem("[[ a", { kind: "unmatched", token: "[[", col: 1 }, true);
});

const ARITH: [string, string][] = [
  ["(( x = 1 + 2 ))", "(( x = 1 + 2 ))"],
  ["((x++))", "((x++))"],
  ["(( (a+1) * 2 > 3 )) && echo big", "(( (a+1) * 2 > 3 )) && echo big"],
  ["while (( i < 3 )); do (( i += 1 )); done", "while"],
  ["((a); b)", "((a); b)"],
  ["( (a) )", "((a))"],
  ["(( $x > 0 ))", "(( $x > 0 ))"],
];

test("(( … )): an arithmetic command where a command starts; (( a) b) stays two subshells", () => {
  for (const [src, want] of ARITH) assert.is(ok(src), want, JSON.stringify(src));
  incomplete("(( x = 1");
  incomplete("(( (x ) ");
  problem("for ((i=0;i<3;i++)); do echo; done", U("(", 5));
  problem("echo ((1))", U("(", 6));
});

// ---- select, time, |&, redirections ---------------------------------------------------------
test("select, time, co-processes and the other redirections", () => {
  assert.is(ok("select x in a b; do echo $x; done"), "select(x in a,b){echo $x}");
  assert.is(ok("select x\ndo break\ndone"), "select(x){break}");
  assert.is(ok("time ls | wc -l"), "time ls | wc -l");
  assert.is(ok("time ! false"), "time ! false");
  assert.is(ok("echo time"), "echo time");
  assert.is(ok("ls |& echo next"), "ls |&; echo next");
  assert.is(ok("a >| f <> g <&0 >&- 2<&-"), "a 1>|f 0<>g 0<&0 1>&- 2<&-");
  problem("a |&&", U("&", 5));
});

// ---- pattern lists --------------------------------------------------------------------------
test("ksh's pattern lists @( ) *( ) +( ) ?( ) !( ) are part of a word", () => {
  assert.is(ok("echo @(a|b).c x*(y)z +(1) ?(q) !(*.log)"), "echo @(a|b).c x*(y)z +(1) ?(q) !(*.log)");
  assert.is(ok("case $x in @(start|stop)) a;; !(x)) b;; esac"), "case");
  assert.is(ok("[[ $x == @(a|b) ]]"), "[[$x == @(a|b)]]");
  assert.is(ok("echo ${x%@(.txt|.log)}"), "echo ${x%<@(.txt|.log)>}");
  assert.is(ok("echo @(a|@(b|c))"), "echo @(a|@(b|c))");
  assert.is(ok("! (a)"), "! (a)");
  assert.is(ok("echo a@b c! d*"), "echo a@b c! d*");
  problem("echo @(a", U("(", 7));
});

// ---- aliases --------------------------------------------------------------------------------
test("aliases: the first word of a command, a value ending in a blank, no recursion", () => {
  const aliases = new Map([
    ["ll", "ls -l"],
    ["q", "echo 'a b' |"],
    ["nohup", "nohup "],
    ["loop", "loop -x"],
    ["a1", "a2"],
    ["a2", "a1"],
    ["two", "echo one; echo"],
  ]);
  const al = (src: string) => {
    const r = parse(src, { aliases });
    return r.ok ? sketch(r.list) : JSON.stringify(r);
  };
  assert.is(al("ll /tmp"), "ls -l /tmp");
  assert.is(al("echo ll"), "echo ll");
  assert.is(al("'ll' x"), "'ll' x");
  assert.is(al("x=1 ll"), "x=1 ll");
  assert.is(al("ll; ll | ll"), "ls -l; ls -l | ls -l");
  assert.is(al("q wc"), "echo 'a b' | wc");
  assert.is(al("nohup ll"), "nohup ls -l");
  assert.is(al("loop"), "loop -x");
  assert.is(al("a1"), "a1");
  assert.is(al("two x"), "echo one; echo x");
  assert.is(al("if ll; then ll; fi"), "if{ls -l}{ls -l}");
  // the fast path leaves an alias to the grammar
  assert.is(fastParse("ll /tmp", aliases), null);
  assert.ok(fastParse("ls /tmp", aliases));
  // without aliases nothing is replaced
  assert.is(ok("ll /tmp"), "ll /tmp");
});

test("the parser is reusable after the new syntax", () => {
  parse("cat <<EOF\nx");
  parse("[[ a");
  parse("echo ${x:-");
  parse("(( 1");
  assert.is(ok("echo ok"), "echo ok");
});

test.run();
