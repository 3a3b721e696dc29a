// Compound commands (for while until if case { } ( )), the expansions inside words ($( ) ` `
// $(( )) ~), where reserved words are recognised, incomplete input and the syntax errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isSimple, parse, parseAll, parseComplete } from "../../grammar/index.js";
import type { Command, CondExpr, List, Pipeline, SyntaxProblem, Word, WordPart } from "../../grammar/index.js";

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
      return (p.quoted ? '"' : "") + "`" + p.text + "`" + (p.quoted ? '"' : "");
    case "arith":
      return (p.quoted ? '"' : "") + "$((" + p.expr + "))" + (p.quoted ? '"' : "");
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
const words = (ws: Word[]): string => ws.map(word).join(",");
const redirs = (c: Command): string => c.redirects.map((r) => ` ${r.fd}${r.op}${word(r.target)}`).join("");
const command = (c: Command): string => {
  if (isSimple(c)) return [...c.assigns.map((a) => `${a.name}=${word(a.value)}`), ...c.words.map(word)].join(" ") + redirs(c);
  let s: string;
  switch (c.kind) {
    case "for":
      s = `for(${c.name}${c.words === null ? "" : " in " + words(c.words)}){${sketch(c.body)}}`;
      break;
    case "while":
    case "until":
      s = `${c.kind}{${sketch(c.cond)}}{${sketch(c.body)}}`;
      break;
    case "if":
      s = c.clauses.map((cl, i) => `${i ? "elif" : "if"}{${sketch(cl.cond)}}{${sketch(cl.body)}}`).join("") + (c.otherwise ? `else{${sketch(c.otherwise)}}` : "");
      break;
    case "case":
      s = `case(${word(c.word)}){${c.arms.map((a) => `${a.patterns.map(word).join("|")}:${a.body ? "{" + sketch(a.body) + "}" : "-"}`).join(" ")}}`;
      break;
    case "group":
      s = `{${sketch(c.list)}}`;
      break;
    case "subshell":
      s = `(${sketch(c.list)})`;
      break;
    case "select":
      s = `select(${c.name}${c.words === null ? "" : " in " + words(c.words)}){${sketch(c.body)}}`;
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
  }
  return s + redirs(c);
};
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
const pipeline = (p: Pipeline): string => (p.time ? "time " : "") + (p.bang ? "! " : "") + p.commands.map(command).join(" | ");
function sketch(l: List): string {
  return l.items
    .map((it) => pipeline(it.andor.first) + it.andor.rest.map((r) => ` ${r.op} ${pipeline(r.pipeline)}`).join("") + (it.background ? " &" : ""))
    .join("; ");
}

function ok(src: string): string {
  const r = parse(src);
  if (!r.ok) return assert.unreachable(`${JSON.stringify(src)} did not parse: ${JSON.stringify(r)}`) as never;
  assert.is(parseAll(src).length, 1, `${JSON.stringify(src)} must have exactly one parse`);
  assert.equal(parseComplete(src), r, JSON.stringify(src));
  return sketch(r.list);
}

// ---- compound commands ----------------------------------------------------------------------
const COMPOUND: [string, string][] = [
  ["for d in loop0 loop1; do rmdev -dl $d; done", "for(d in loop0,loop1){rmdev -dl $d}"],
  ["for d in loop0 loop1\ndo\n  rmdev -dl $d\ndone", "for(d in loop0,loop1){rmdev -dl $d}"],
  ["for d in loop0 loop1;\n\ndo rmdev -dl $d\n\ndone", "for(d in loop0,loop1){rmdev -dl $d}"],
  ["for i in; do a; done", "for(i in ){a}"],
  ["for i in\ndo a; done", "for(i in ){a}"],
  ["for i; do echo $i; done", "for(i){echo $i}"],
  ["for i do echo $i; done", "for(i){echo $i}"],
  ["for i\ndo echo $i\ndone", "for(i){echo $i}"],
  ["for x in *.c \"a b\" $(ls); do :; done", "for(x in *.c,'a b',$(ls)){:}"],
  ["for i in in do done; do echo $i; done", "for(i in in,do,done){echo $i}"],
  ["while true; do echo x; done", "while{true}{echo x}"],
  ["while read d; do lsattr -El $d; done < /tmp/list", "while{read d}{lsattr -El $d} 0</tmp/list"],
  ["lsdev -Cc loopback -F name | while read d; do lsattr -El $d; done", "lsdev -Cc loopback -F name | while{read d}{lsattr -El $d}"],
  ["until false\ndo\n  a\n  b\ndone >out 2>&1", "until{false}{a; b} 1>out 2>&1"],
  ["while a && b || c; do d & e; done &", "while{a && b || c}{d &; e} &"],
  ["if a; then b; fi", "if{a}{b}"],
  ["if lsdev -C | grep -q loop0; then echo yes; else echo no; fi", "if{lsdev -C | grep -q loop0}{echo yes}else{echo no}"],
  ["if a; then b; elif c; then d; elif e; then f; else g; fi", "if{a}{b}elif{c}{d}elif{e}{f}else{g}"],
  ["if a\nthen\n b\nelse\n c\nfi", "if{a}{b}else{c}"],
  ["if ! a; then b; fi", "if{! a}{b}"],
  ["{ a; b; }", "{a; b}"],
  ["{ a\n}", "{a}"],
  ["{ echo a; } > f 2>&1", "{echo a} 1>f 2>&1"],
  ["(cd /; ls)", "(cd /; ls)"],
  ["( cd / ; ls ) | wc -l", "(cd /; ls) | wc -l"],
  ["(a) && (b) || { c; }", "(a) && (b) || {c}"],
  ["((a); b)", "((a); b)"],
  ["! { a; }", "! {a}"],
  ["case $x in a) echo a;; esac", "case($x){a:{echo a}}"],
  ["case $x in a|b) echo ab;; (c) echo c;; *) echo other; esac", "case($x){a|b:{echo ab} c:{echo c} *:{echo other}}"],
  ["case x in\n  a) ;;\n  b)\n    echo b\n    ;;\nesac", "case(x){a:- b:{echo b}}"],
  ["case \"$x\" in esac", "case(\"$x\"){}"],
  ["case $(uname) in AIX) echo aix;; esac", "case($(uname)){AIX:{echo aix}}"],
  ["case x in in) a;; esac", "case(x){in:{a}}"],
  ["for i in 1 2; do if [ $i = 1 ]; then continue; fi; while a; do break 2; done; done", "for(i in 1,2){if{[ $i = 1 ]}{continue}; while{a}{break 2}}"],
  ["a; for i in 1; do b; done; c", "a; for(i in 1){b}; c"],
  ["for i in 1; do b; done | while read x; do c; done", "for(i in 1){b} | while{read x}{c}"],
];

test("compound commands", () => {
  for (const [src, want] of COMPOUND) assert.is(ok(src), want, JSON.stringify(src));
});

test("the AST of a for loop and of an if", () => {
  const r = parse("for d in a $x; do rmdev -dl $d; done >log");
  assert.ok(r.ok);
  if (!r.ok) return;
  const c = r.list.items[0]!.andor.first.commands[0]!;
  assert.equal(c, {
    kind: "for",
    name: "d",
    words: [{ parts: [{ kind: "lit", text: "a", quoted: false }] }, { parts: [{ kind: "param", name: "x", quoted: false }] }],
    body: {
      items: [
        {
          andor: {
            first: {
              bang: false,
              commands: [
                {
                  assigns: [],
                  words: [
                    { parts: [{ kind: "lit", text: "rmdev", quoted: false }] },
                    { parts: [{ kind: "lit", text: "-dl", quoted: false }] },
                    { parts: [{ kind: "param", name: "d", quoted: false }] },
                  ],
                  redirects: [],
                },
              ],
            },
            rest: [],
          },
          background: false,
        },
      ],
    },
    redirects: [{ fd: 1, op: ">", target: { parts: [{ kind: "lit", text: "log", quoted: false }] } }],
  });
  const i = parse("if a; then b; fi");
  assert.ok(i.ok && !isSimple(i.list.items[0]!.andor.first.commands[0]!));
});

// ---- reserved words only where a command starts ---------------------------------------------
const RESERVED: [string, string][] = [
  ["echo for do done if then fi { } while", "echo for do done if then fi { } while"],
  ["A=1 for", "A=1 for"],
  [">f for", "for 1>f"],
  ["echo done", "echo done"],
  ["done\"x\"", "done'x'"],
  ["'for' i", "'for' i"],
  ["\\for i", "'f'or i"],
  ["{a", "{a"],
  ["echo {a,b}", "echo {a,b}"],
  ["for i in a; do echo done; done", "for(i in a){echo done}"],
  ["x=$(for i in a; do echo $i; done)", "x=$(for(i in a){echo $i})"],
  ["echo if; if true; then echo then; fi", "echo if; if{true}{echo then}"],
];

test("reserved words are reserved only where a command starts", () => {
  for (const [src, want] of RESERVED) assert.is(ok(src), want, JSON.stringify(src));
});

// ---- expansions in words --------------------------------------------------------------------
const EXPANSIONS: [string, string][] = [
  ["echo $(ls)", "echo $(ls)"],
  ["echo $( ls -l | wc -l )", "echo $(ls -l | wc -l)"],
  ["echo $(echo $(echo a))", "echo $(echo $(echo a))"],
  ["echo $(a; b\nc)", "echo $(a; b; c)"],
  ["echo $()", "echo $()"],
  ["echo a$(b)c", "echo a$(b)c"],
  ["odmget -q \"name=$(lsdev -Cc loopback -F name | head -1)\" CuDv", "odmget -q 'name='\"$(lsdev -Cc loopback -F name | head -1)\" CuDv"],
  ["echo \"$(echo \"a b\")\"", "echo \"$(echo 'a b')\""],
  ["echo $(case x in a) b;; esac)", "echo $(case(x){a:{b}})"],
  ["echo $( (cd /; pwd) )", "echo $((cd /; pwd))"],
  ["echo `ls -l`", "echo `ls -l`"],
  ["echo ``", "echo ``"],
  ["echo \"`date` x\"", "echo \"`date`\"' x'"],
  ["echo `echo \\`ls\\``", "echo `echo \\`ls\\``"],
  ["echo $((2+3))", "echo $((2+3))"],
  ["echo $(( (1+2) * $x ))", "echo $(( (1+2) * $x ))"],
  ["echo \"$((i+1))\"", "echo \"$((i+1))\""],
  ["i=$((i+1))", "i=$((i+1))"],
  ["echo ~", "echo ~~"],
  ["echo ~/x ~root/y ~+ ~- a~ '~' \\~", "echo ~~/x ~root~/y ~+~ ~-~ a~ '~' '~'"],
  ["cd ~", "cd ~~"],
  ["echo ~\"x\" ~$HOME", "echo ~'x' ~$HOME"],
  ["X=~/bin", "X=~~/bin"],
  ["ls > ~/out", "ls 1>~~/out"],
  ["echo $@ \"$@\" $* ${@} \"${*}x\"", "echo $@ \"$@\" $* $@ \"$*\"'x'"],
];

test("$( ), backquotes, $(( )) and ~ in words", () => {
  for (const [src, want] of EXPANSIONS) assert.is(ok(src), want, JSON.stringify(src));
});

// ---- incomplete input and errors ------------------------------------------------------------
const INCOMPLETE = [
  "for i in a b",
  "for i in a b;",
  "for i in a b; do",
  "for i in a b; do echo $i",
  "for i in a b; do echo $i;",
  "for i\n",
  "while true",
  "while true; do",
  "until a; do b\n",
  "if a",
  "if a; then",
  "if a; then b; else",
  "if a; then b; elif c",
  "{",
  "{ a;",
  "{ a; } |",
  "(",
  "( a",
  "(a; b\n",
  "echo $(",
  "echo $(ls",
  "echo \"$(ls",
  "echo $(for i in a",
  "echo `ls",
  "echo \"`ls",
  "echo $((1+",
  "case x in",
  "case x in a) b;;",
  "lsdev | while read d; do",
  "for i in a; do\n  for j in b; do\n    echo $i$j\n  done",
];

test("incomplete input: an open compound command, $( or backquote asks for more lines", () => {
  for (const src of INCOMPLETE) assert.equal(parse(src), { ok: false, incomplete: true }, JSON.stringify(src));
});

const U = (token: string, col: number): SyntaxProblem => ({ kind: "unexpected", token, col });
const M = (token: string, col: number): SyntaxProblem => ({ kind: "unmatched", token, col });

test("parseComplete names the compound command left open", () => {
  const CASES: [string, SyntaxProblem][] = [
    ["for i in a b", M("for", 1)],
    ["for i in a b; do echo $i", M("for", 1)],
    ["while true; do", M("while", 1)],
    ["until a", M("until", 1)],
    ["x; if a; then", M("if", 4)],
    ["{ a;", M("{", 1)],
    ["( a", M("(", 1)],
    ["echo $(ls", M("(", 6)],
    ["for i in a; do (b", M("(", 16)],
    ["for i in a; do\n  while b", M("while", 3)],
    ["case x in", M("case", 1)],
    ["echo `ls", M("`", 6)],
    ["{ a; } |", U("newline", 9)],
  ];
  for (const [src, p] of CASES) assert.equal(parseComplete(src), { ok: false, incomplete: false, problem: p }, JSON.stringify(src));
});

const ERRORS: [string, SyntaxProblem][] = [
  ["done", U("done", 1)],
  ["fi", U("fi", 1)],
  ["then", U("then", 1)],
  ["a; do", U("do", 4)],
  ["}", U("}", 1)],
  [")", U(")", 1)],
  ["esac", U("esac", 1)],
  ["for", U("newline", 4)],
  ["for i in a; do done", U("done", 16)],
  ["while do", U("do", 7)],
  ["if then", U("then", 4)],
  ["{ }", U("}", 3)],
  ["( )", U(")", 3)],
  ["echo (", U("(", 6)],
  ["echo a(b)", U("(", 7)],
  ["for ((i=0;i<=2;i++)); do echo $i; done", U("(", 5)],
  ["for i in a; do cat >", U("newline", 21)],
  ["if a; then b; fi x", U("x", 18)],
  ["(a) b", U("b", 5)],
  ["{ a; } b", U("b", 8)],
  ["while a; do b; done c", U("c", 21)],
  ["case x in a) b;; c", U("newline", 19)],
  ["a)", U(")", 2)],
  ["{a; }", U("}", 5)],
  ["for i in a; do b; done; done", U("done", 25)],
  ["if a; then b; else c; else d; fi", U("else", 23)],
  ["echo `for`", U("`", 6)],
];

test("syntax errors in compound commands", () => {
  for (const [src, p] of ERRORS) {
    const r = parse(src);
    if (src === "echo `for`") {
      // backquoted text is parsed when it runs (as ksh88 does): here it is a word
      assert.ok(r.ok, src);
      continue;
    }
    assert.equal(r, { ok: false, incomplete: false, problem: p }, JSON.stringify(src));
    assert.equal(parseAll(src), [], JSON.stringify(src));
  }
});

test("nesting is bounded: deeper than 200 open commands is a syntax error, not a crash", () => {
  const nest = (d: number) => "{ (".repeat(d) + "a" + "); }".repeat(d);
  assert.ok(parse(nest(100)).ok);
  const r = parse(nest(101));
  assert.equal(r, { ok: false, incomplete: false, problem: U("{", 301) });
  assert.ok(parse("echo " + "$(echo ".repeat(200) + "x" + ")".repeat(200)).ok);
  assert.not.ok(parse("echo " + "$(echo ".repeat(201) + "x" + ")".repeat(201)).ok);
  assert.not.ok(parse("echo " + "$(echo ".repeat(5000) + "x" + ")".repeat(5000)).ok);
});

test("the lexer is reusable after compound input", () => {
  parse("for i in a; do echo $(ls");
  parse("case x in (a");
  assert.is(ok("echo ok"), "echo ok");
  assert.is(ok("echo done"), "echo done");
});

test.run();
