// The ksh88 features of the interpreter on the AIX machine: ${…} operators, here-documents (at the
// prompt, fed line by line, in -c text and in scenarios), functions, [[ ]], (( )), select, time,
// aliases, and the built-ins typeset, readonly, unset, trap, whence/type, alias/unalias, ulimit,
// umask, command, ., exec, getopts, fc; what the lab does not simulate says so (status 2).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { checkText } from "../../engine/scenario/check.js";
import { parseScenario } from "../../engine/scenario/parse.js";

import { Transcript } from "../../engine/session.js";

const fresh = () =>
  createSession({
    samples: false,
    setup: { dirs: ["/w/sub"], files: { "/w/a.txt": "loop one\nother\n", "/w/lib.sh": "greet() { echo \"hello $1\"; }\nDOTTED=yes\n" } },
  });
type S = ReturnType<typeof fresh>;
const out = (s: S, line: string) => runLine(s, line).output;

// ---- ${…} -----------------------------------------------------------------------------------

test("${name:-word} and the other defaults: set, null and unset parameters", () => {
  const s = fresh();
  runLine(s, "set -- p1; e=; v=val");
  const cases: [string, string][] = [
    ["echo ${v:-d} ${e:-d} ${u:-d}", "val d d"],
    ["echo ${v-d} [${e-d}] ${u-d}", "val [] d"],
    ["echo ${v:+alt} [${e:+alt}] [${u:+alt}]", "alt [] []"],
    ["echo ${v+alt} [${e+alt}] [${u+alt}]", "alt [alt] []"],
    ["echo ${1:-none} ${2:-none} ${#} ${@:-empty}", "p1 none 1 p1"],
    ["echo ${u:=assigned}; echo $u", "assigned\nassigned"],
    ["echo [${e=x}] ${e:=y} $e", "[] y y"],
    ["echo ${new:-$v/$(echo sub)}", "val/sub"],
    ["echo ${u2:-~}", "/"],
    ["echo ${u3:-'a  b'}", "a  b"],
    ["echo \"${u3:-\"q  w\"}\"", "q  w"],
  ];
  for (const [cmd, want] of cases) assert.is(out(s, cmd), want + "\n", cmd);
});

test("${…}: the word splits like an expansion unless quoted", () => {
  const s = fresh();
  assert.is(out(s, 'for w in ${u:-a b c}; do echo "<$w>"; done'), "<a>\n<b>\n<c>\n");
  assert.is(out(s, 'for w in ${u:-"a b" c}; do echo "<$w>"; done'), "<a b>\n<c>\n");
  assert.is(out(s, 'for w in "${u:-a b}"; do echo "<$w>"; done'), "<a b>\n");
  assert.is(out(s, "v='x  y'; for w in ${v:-z}; do echo \"<$w>\"; done"), "<x>\n<y>\n");
  assert.is(out(s, "cd /w; echo ${u:-*.txt}"), "a.txt lib.sh\n".replace(" lib.sh", ""));
});

test("${#name} and the pattern removals # ## % %%", () => {
  const s = fresh();
  runLine(s, "p=/usr/lib/libc.a.old; set -- one two three");
  const cases: [string, string][] = [
    ["echo ${#p} ${#1} ${#*} ${#@} ${#nope}", "19 3 3 3 0"],
    ["echo ${p#*/} ${p##*/}", "usr/lib/libc.a.old libc.a.old"],
    ["echo ${p%.*} ${p%%.*}", "/usr/lib/libc.a /usr/lib/libc"],
    ["echo ${p#/usr} ${p%old} ${p#nomatch}", "/lib/libc.a.old /usr/lib/libc.a. /usr/lib/libc.a.old"],
    ["echo ${p##*[/.]} ${p%[.]*}", "old /usr/lib/libc.a"],
    ["echo ${p#\"/usr\"} ${p%'.old'} ${p%\\.*}", "/lib/libc.a.old /usr/lib/libc.a /usr/lib/libc.a"],
    ["x='a*b'; echo ${x#\"a*\"} \"${x#a*}\"", "b *b"],
    ["s=/usr; echo ${p#$s}", "/lib/libc.a.old"],
    ["echo \"${p##*/}\"", "libc.a.old"],
    ["echo ${1#o} ${2%o}", "ne tw"],
  ];
  for (const [cmd, want] of cases) assert.is(out(s, cmd), want + "\n", cmd);
});

test("${name:?word} and ${name?word}: the message, status 1, the rest of the line stops", () => {
  const s = fresh();
  assert.equal(runLine(s, "echo ${nope:?}; echo after"), { output: "ksh: nope: 0403-040 Parameter null or not set.\n", status: 1 });
  assert.equal(runLine(s, "e=; echo ${e:?is empty}"), { output: "ksh: e: is empty\n", status: 1 });
  assert.equal(runLine(s, "echo ${nope?}"), { output: "ksh: nope: 0403-040 Parameter null or not set.\n", status: 1 });
  assert.equal(runLine(s, "e=; echo [${e?no}]"), { output: "[]\n", status: 0 });
  assert.equal(runLine(s, "v=ok; echo ${v:?x}"), { output: "ok\n", status: 0 });
  assert.equal(runLine(s, 'echo ${1:?"missing $HOME"}'), { output: "ksh: 1: missing /\n", status: 1 });
  // in a script the rest of the script stops
  runLine(s, "print 'echo ${1:?usage: s.sh file}\\necho never' > /w/s.sh; chmod +x /w/s.sh");
  assert.equal(runLine(s, "/w/s.sh; echo $?"), { output: "ksh: 1: usage: s.sh file\n1\n", status: 0 });
});

test("${…} ksh88 does not know: 0403-011 when expanded; arrays say the lab has none", () => {
  const s = fresh();
  assert.equal(runLine(s, "echo ${x/a/b}"), { output: "ksh: ${x/a/b}: 0403-011 The specified substitution is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "echo ${x:}"), { output: "ksh: ${x:}: 0403-011 The specified substitution is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "echo ${a[1]}"), { output: "looplab: arrays (name[subscript]) are not in the lab's ksh\n", status: 2 });
  assert.equal(runLine(s, "a[1]=x"), { output: "looplab: arrays (name[subscript]) are not in the lab's ksh\n", status: 2 });
  // not a syntax error: a line with one still parses, and only runs into it when expanded
  assert.equal(runLine(s, "false && echo ${x/a/b}; echo ran"), { output: "ran\n", status: 0 });
});

test("set -u: an unset parameter is an error; ${x:-…} and $@ are not", () => {
  const s = fresh();
  assert.equal(runLine(s, "set -u; echo $nope; echo after"), { output: "ksh: nope: 0403-041 Parameter not set.\n", status: 1 });
  assert.equal(runLine(s, "echo ${nope:-d} $@ $# ${nope+x}."), { output: "d 0 .\n", status: 0 });
  assert.equal(runLine(s, "echo $1"), { output: "ksh: 1: 0403-041 Parameter not set.\n", status: 1 });
  assert.equal(runLine(s, "set +u; echo [$nope]"), { output: "[]\n", status: 0 });
});

test("$RANDOM (seeded by an assignment) and $SECONDS (the lab's clock)", () => {
  const s = fresh();
  const [a, b] = out(s, "echo $RANDOM $RANDOM").trim().split(" ").map(Number);
  assert.ok(a! >= 0 && a! < 32768 && b! >= 0 && b! < 32768 && a !== b);
  assert.is(out(s, "RANDOM=7; x=$RANDOM; RANDOM=7; y=$RANDOM; [ $x = $y ] && echo same"), "same\n");
  assert.is(out(s, "SECONDS=100; echo $SECONDS"), "100\n");
  // the clock moves per command line read, not per command
  assert.is(out(s, "SECONDS=0; ls >/dev/null; ls >/dev/null; echo $SECONDS"), "0\n");
  runLine(s, "ls >/dev/null");
  assert.is(out(s, "echo $SECONDS"), "2\n");
});

test("$-, ${10} and $! ", () => {
  const s = fresh();
  assert.is(out(s, "echo $-"), "imh\n");
  assert.is(out(s, "set -x; echo $- 2>/dev/null; set +x"), "+ echo imhx\nimhx\n+ set +x\n");
  assert.is(out(s, "set -- 1 2 3 4 5 6 7 8 9 ten; echo ${10} $10"), "ten 10\n");
  assert.is(out(s, "echo [$!]"), "[]\n");
});

// ---- here-documents -------------------------------------------------------------------------

test("here-documents: expansions, quoted delimiters, <<-, several on a line", () => {
  const s = fresh();
  runLine(s, "x=abc");
  assert.is(out(s, "cat <<EOF\nx is $x, ${x%c} and $(echo sub) `echo bq` $((1+2))\n\\$x \\\\ \\n 'q' \"d\"\nEOF"), "x is abc, ab and sub bq 3\n$x \\ \\n 'q' \"d\"\n");
  assert.is(out(s, "cat <<'EOF'\n$x `no` \\$\nEOF"), "$x `no` \\$\n");
  assert.is(out(s, 'cat <<"EOF"\n$x\nEOF'), "$x\n");
  assert.is(out(s, "cat <<\\EOF\n$x\nEOF"), "$x\n");
  assert.is(out(s, "cat <<-EOF\n\t\tindented $x\n\tEOF"), "indented abc\n");
  assert.is(out(s, "cat <<A; cat <<B\none\nA\ntwo\nB"), "one\ntwo\n");
  assert.is(out(s, "cat <<EOF | grep -c line\nline 1\nline 2\nEOF"), "2\n");
  assert.is(out(s, "cat <<EOF\nline one \\\ncontinued\nEOF"), "line one continued\n");
  assert.is(out(s, "cat <<EOF\nEOF"), "");
  assert.is(out(s, "cat <<EOF >/w/out\nto a file\nEOF\ncat /w/out"), "to a file\n");
});

test("here-documents feed loops and functions; the body is expanded each time it runs", () => {
  const s = fresh();
  assert.is(out(s, "while read a b; do echo \"$b-$a\"; done <<EOF\n1 one\n2 two\nEOF"), "one-1\ntwo-2\n");
  assert.is(out(s, "for i in 1 2; do\ncat <<EOF\nround $i\nEOF\ndone"), "round 1\nround 2\n");
  assert.is(out(s, "show() {\ncat <<EOF\narg=$1\nEOF\n}\nshow a; show b"), "arg=a\narg=b\n");
  assert.is(out(s, "x=$(cat <<EOF\ninside\nEOF\n); echo \"[$x]\""), "[inside]\n");
  assert.is(out(s, "read v <<EOF\nfirst\nsecond\nEOF\necho $v"), "first\n");
});

test("a here-document at the prompt: more lines until the delimiter; feed() like standard input", () => {
  const s = fresh();
  assert.ok(s.needsMore("cat <<EOF"));
  assert.ok(s.needsMore("cat <<EOF\nbody"));
  assert.ok(s.needsMore("cat <<EOF\nbody\nEOF2"));
  assert.not.ok(s.needsMore("cat <<EOF\nbody\nEOF"));
  const t = new Transcript();
  let src = "";
  const statuses: (number | null)[] = [];
  for (const line of ["echo before", "cat <<END", "  indented", "$HOME", "END", "echo after"]) {
    src = src ? src + "\n" + line : line;
    const r = s.feed(src, t);
    statuses.push(r);
    if (r !== null) src = "";
  }
  assert.equal(statuses, [0, null, null, null, 0, 0]);
  assert.is(t.text(), "before\n  indented\n/\nafter\n");
  // a script (or -c text) that ends before the delimiter: the end ends the body
  assert.is(out(s, "cat <<EOF\nunfinished $HOME"), "unfinished /");
});

test("here-documents in a scenario: a command goes on in the lines that start with > ", () => {
  const text = [
    "---",
    "title: here-documents",
    "os: aix",
    "---",
    "```console",
    "# cat <<EOF",
    "> first $HOME",
    "> EOF",
    "first /",
    "# f() {",
    ">   echo \"in f: $1\"",
    "> }",
    "# f arg",
    "in f: arg",
    '# echo "> not a continuation"',
    "> not a continuation",
    "# for i in 1 2",
    "> do echo $i",
    "> done",
    "1",
    "2",
    "```",
  ].join("\n");
  const sc = parseScenario(text);
  const cmds = sc.steps.filter((st) => st.kind === "command");
  assert.equal(
    cmds.map((c) => c.command),
    ["cat <<EOF\nfirst $HOME\nEOF", 'f() {\n  echo "in f: $1"\n}', "f arg", 'echo "> not a continuation"', "for i in 1 2\ndo echo $i\ndone"],
  );
  assert.equal(cmds.map((c) => [c.start, c.line]), [[5, 7], [9, 11], [12, 12], [14, 14], [16, 18]]);
  const r = checkText(text);
  assert.ok(r.ok, r.report);
});

// ---- functions ------------------------------------------------------------------------------

test("functions: arguments, $#, \"$@\", return, the status, both forms", () => {
  const s = fresh();
  runLine(s, 'f() { echo "$# [$1] [$2]"; for a in "$@"; do echo "<$a>"; done; return 3; echo never; }');
  assert.equal(runLine(s, 'f one "two words"; echo "status $?"'), { output: "2 [one] [two words]\n<one>\n<two words>\nstatus 3\n", status: 0 });
  runLine(s, "set -- outer; function g { echo $0 $1; }");
  assert.is(out(s, "g inner; echo $0 $1"), "g inner\nksh outer\n");
  assert.is(out(s, "h() { echo $0; }; h"), "ksh\n");
  assert.is(out(s, "rr() { return; }; false; rr; echo $?"), "1\n");
  assert.is(out(s, "rr() { (exit 4); }; rr; echo $?"), "4\n");
  // r is a preset alias: r() is fc -e -() to ksh88 too
  assert.equal(runLine(s, "r() { :; }"), { output: "ksh: 0403-057 Syntax error: `(' is not expected.\n", status: 2 });
  assert.is(out(s, "f() { echo redefined; }; f"), "redefined\n");
  // the definition's redirections belong to its body
  assert.is(out(s, "w() { echo logged; } >/w/log; w; cat /w/log"), "logged\n");
});

test("functions: return leaves loops; break in a function does not reach the caller's loop", () => {
  const s = fresh();
  assert.is(out(s, "first() { for i in a b c; do if [ $i = b ]; then return 7; fi; echo $i; done; }; first; echo $?"), "a\n7\n");
  assert.is(out(s, "b() { break; }; for i in 1 2; do b; echo $i; done"), "1\n2\n");
  assert.is(out(s, "for i in 1 2; do f() { echo f$i; }; f; done"), "f1\nf2\n");
});

test("functions: typeset makes locals (dynamic scope); other variables are the caller's", () => {
  const s = fresh();
  runLine(s, "x=global; y=global");
  runLine(s, "inner() { echo \"inner sees $x\"; x=changed-by-inner; }");
  runLine(s, "outer() { typeset x=local; y=set-by-outer; inner; echo \"outer: $x\"; }");
  assert.is(out(s, "outer; echo \"after: $x $y\""), "inner sees local\nouter: changed-by-inner\nafter: global set-by-outer\n");
  assert.is(out(s, "u() { typeset z; echo \"[${z-unset}]\"; z=1; }; z=outside; u; echo $z"), "[unset]\noutside\n");
  assert.is(out(s, "i() { typeset -i n=2+3; echo $n; }; i; echo \"[$n]\""), "5\n[]\n");
});

test("functions: recursion, and the lab's depth limit", () => {
  const s = fresh();
  assert.is(out(s, "fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 6"), "720\n");
  assert.is(out(s, "down() { if [ $1 -gt 0 ]; then down $(( $1 - 1 )); else echo bottom; fi; }; down 120"), "bottom\n");
  assert.equal(runLine(s, "forever() { forever; }; forever; echo not-run"), { output: "ksh: forever: recursion too deep\n", status: 1 });
  assert.is(out(s, "echo next line runs"), "next line runs\n");
});

test("functions cannot replace built-ins (ksh88); they do replace commands; command skips them", () => {
  const s = fresh();
  assert.is(out(s, "cd() { echo no; }; cd /w; pwd"), "/w\n");
  assert.is(out(s, "ls() { echo my ls; }; ls; command ls /w/sub; echo $?"), "my ls\n0\n");
  assert.is(out(s, "unset -f ls; ls /w/sub; echo $?"), "0\n");
});

test("functions: typeset -f lists them as typed, typeset +f the names, unset -f removes one", () => {
  const s = fresh();
  runLine(s, "b() { echo b; }");
  runLine(s, "function a {\n  echo a\n}");
  assert.is(out(s, "typeset -f"), "function a {\n  echo a\n}\nb() { echo b; }\n");
  assert.is(out(s, "typeset +f"), "function a\nfunction b\n");
  assert.is(out(s, "typeset -f b"), "b() { echo b; }\n");
  assert.equal(runLine(s, "typeset -f nosuch"), { output: "", status: 1 });
  assert.equal(runLine(s, "unset -f a; a"), { output: "ksh: a:  not found.\n", status: 127 });
  assert.is(out(s, "functions"), "b() { echo b; }\n");
});

test("an EXIT trap set in a function runs when it returns; the caller's stays", () => {
  const s = fresh();
  assert.is(out(s, "f() { trap 'echo leaving f' EXIT; echo in f; }; f; echo back"), "in f\nleaving f\nback\n");
  assert.is(out(s, "trap"), "");
});

test("logout: the EXIT trap runs when the shell ends without exit (end of input)", () => {
  const s = fresh();
  runLine(s, "trap 'echo logged out' EXIT");
  const t = new Transcript();
  s.logout(t);
  assert.is(t.text(), "logged out\n");
  const again = new Transcript();
  s.logout(again);
  assert.is(again.text(), "");
});

// ---- [[ ]] and (( )) ------------------------------------------------------------------------

test("[[ … ]]: files, strings, patterns, numbers, && || ! ( )", () => {
  const s = fresh();
  runLine(s, "f=/w/a.txt; d=/w; e=; n=10");
  const cases: [string, number][] = [
    ["[[ -f $f ]]", 0],
    ["[[ -d $f ]]", 1],
    ["[[ -d $d && -f $f ]]", 0],
    ["[[ -n $e ]]", 1],
    ["[[ -z $e ]]", 0],
    ["[[ $e ]]", 1],
    ["[[ $f == /w/*.txt ]]", 0],
    ["[[ $f == '/w/*.txt' ]]", 1],
    ["[[ $f = /w/?.txt ]]", 0],
    ["[[ $f != *.sh ]]", 0],
    ["[[ abc == a[a-c]c ]]", 0],
    ["[[ a < b ]]", 0],
    ["[[ b < a ]]", 1],
    ["[[ b > a ]]", 0],
    ["[[ $n -gt 9 ]]", 0],
    ["[[ $n -eq 5+5 ]]", 0],
    ["[[ ! -e /nope ]]", 0],
    ["[[ -e /nope || ( -f $f && $n -lt 20 ) ]]", 0],
    ["[[ -o noglob ]]", 1],
    ["[[ -o trackall ]]", 0],
    ["[[ $f -ef $f ]]", 0],
    ["x='a b'; [[ $x == a* ]]", 0],
    ["x='*'; [[ abc == $x ]]", 0],
    ['x=\'*\'; [[ abc == "$x" ]]', 1],
  ];
  for (const [cmd, want] of cases) assert.is(runLine(s, cmd).status, want, cmd);
  // no field splitting or pathname expansion inside
  assert.is(runLine(s, "cd /w; x='a b'; [[ $x == 'a b' && * == '*' ]]").status, 0);
});

test("[[ … ]]: =~ is not ksh88 — the syntax error ksh88 gives; errors in numbers stop the line", () => {
  const s = fresh();
  assert.equal(runLine(s, "[[ abc =~ a ]]"), { output: "ksh: 0403-057 Syntax error: `=~' is not expected.\n", status: 2 });
  assert.equal(runLine(s, "[[ a b ]]"), { output: "ksh: 0403-057 Syntax error: `b' is not expected.\n", status: 2 });
  assert.equal(runLine(s, "[[ 08 -eq 8 ]]; echo after"), { output: "ksh: 08: 0403-009 The specified number is not valid for this command.\n", status: 1 });
});

test("(( … )): status 0 when the value is not 0; assignments; $ expansions inside", () => {
  const s = fresh();
  assert.is(out(s, "(( 2 > 1 )); echo $?; (( 0 )); echo $?; (( 5 - 5 )); echo $?"), "0\n1\n1\n");
  assert.is(out(s, "i=0; while (( i < 3 )); do (( i += 1 )); done; echo $i"), "3\n");
  assert.is(out(s, "x=4; (( y = x * ${x:-0} + ${#HOME} )); echo $y"), "17\n");
  assert.is(out(s, "(( z = $(echo 6) * 7 )); echo $z"), "42\n");
  assert.equal(runLine(s, "(( 1 / 0 )); echo no"), { output: "ksh:  1 / 0 : divide by zero\n", status: 1 });
  assert.is(out(s, "((a); echo b)"), "ksh: a:  not found.\nb\n");
});

test("pattern lists @( ) *( ) +( ) ?( ) !( ) in case, [[ ]], ${x%…} and file names", () => {
  const s = fresh();
  runLine(s, "cd /w; touch a.log b.txt c.sh");
  assert.is(out(s, "for f in a.log b.txt c.sh x; do case $f in @(*.txt|*.sh)) echo \"$f: text\";; !(*.*)) echo \"$f: bare\";; esac; done"), "b.txt: text\nc.sh: text\nx: bare\n");
  assert.is(out(s, "[[ aaa == +(a) ]] && [[ '' == *(a) ]] && [[ b == ?(a)b ]] && [[ xyz == !(abc) ]] && [[ abc != !(abc) ]] && echo all"), "all\n");
  assert.is(out(s, "f=report.txt; echo ${f%@(.txt|.log)}"), "report\n");
  assert.is(out(s, "echo !(*.log); echo *.@(txt|sh); echo ?(a).log"), "a.txt b.txt c.sh lib.sh sub\na.txt b.txt c.sh lib.sh\na.log\n");
  assert.is(out(s, "echo '@(a|b)' \"*(x)\""), "@(a|b) *(x)\n");
});

// ---- select and time ------------------------------------------------------------------------

test("select: the menu and PS3 on standard error, a line of input picks; end of input ends it", () => {
  const s = fresh();
  assert.equal(runLine(s, "select x in a b c; do echo \"got $x ($REPLY)\"; break; done <<EOF\n2\nEOF"), {
    output: "1) a\n2) b\n3) c\n#? got b (2)\n",
    status: 0,
  });
  assert.equal(runLine(s, "PS3='pick: '; select x in a b; do echo \"[$x]\"; done <<EOF\n9\n\nEOF"), {
    output: "1) a\n2) b\npick: []\npick: 1) a\n2) b\npick: ",
    status: 1,
  });
});

test("time: the pipeline's output, then real/user/sys on standard error", () => {
  const s = fresh();
  assert.equal(runLine(s, "time echo hi | cat"), { output: "hi\n\nreal\t0m0.00s\nuser\t0m0.00s\nsys\t0m0.00s\n", status: 0 });
  assert.equal(runLine(s, "time sleep 2"), { output: "\nreal\t0m2.00s\nuser\t0m0.00s\nsys\t0m0.00s\n", status: 0 });
  assert.equal(runLine(s, "time false").status, 1);
  assert.is(out(s, "whence -v time"), "time is a reserved word\n");
});

// ---- aliases --------------------------------------------------------------------------------

test("aliases: from the next line on; preset ones; unalias; whence and type", () => {
  const s = fresh();
  assert.equal(runLine(s, "alias ll='ls -l'; ll /w/sub"), { output: "ksh: ll:  not found.\n", status: 127 });
  assert.is(out(s, "ll -d /w/sub"), "drwxr-xr-x    2 root     system          256 Nov 27 06:43 /w/sub\n");
  assert.is(out(s, "alias ll"), "ll='ls -l'\n");
  assert.is(out(s, "type ll"), "ll is an alias for ls -l\n");
  assert.is(out(s, "whence ll"), "ls -l\n");
  assert.is(out(s, "alias nohup='nohup '; alias w=whence"), "");
  assert.is(out(s, "alias | grep -c ="), "14\n");
  assert.is(out(s, "alias | head -3"), "autoload='typeset -fu'\nfalse='let 0'\nfunctions='typeset -f'\n");
  assert.is(out(s, "true; echo $?; false; echo $?"), "0\n1\n");
  assert.is(out(s, "integer i=6*7; echo $i"), "42\n");
  assert.equal(runLine(s, "unalias ll; alias ll"), { output: "ll alias not found\n", status: 1 });
  assert.equal(runLine(s, "ll"), { output: "ksh: ll:  not found.\n", status: 127 });
  assert.equal(runLine(s, "unalias nosuch"), { output: "ksh: nosuch: alias not found\n", status: 1 });
  assert.equal(runLine(s, "alias nosuch"), { output: "nosuch alias not found\n", status: 1 });
  assert.equal(runLine(s, "unalias -a; alias"), { output: "", status: 0 });
  assert.equal(runLine(s, "type"), { output: "ksh: type:  not found.\n", status: 127 });
});

test("whence / type: reserved words, built-ins, functions, aliases, commands, tracked aliases", () => {
  const s = fresh();
  runLine(s, "f() { :; }");
  assert.is(
    out(s, "type for [[ cd typeset f r loopmount nosuch"),
    "for is a reserved word\n[[ is a reserved word\ncd is a shell builtin\ntypeset is a shell builtin\nf is a function\nr is an alias for fc -e -\nloopmount is /usr/sbin/loopmount\nnosuch not found\n",
  );
  assert.is(runLine(s, "type nosuch").status, 1);
  assert.is(out(s, "whence cd f loopmount nosuch; echo $?"), "cd\nf\n/usr/sbin/loopmount\n1\n");
  assert.is(out(s, "whence -p ls cd"), "/usr/bin/ls\n");
  // a command that has run is a tracked alias (set -o trackall)
  runLine(s, "ls /w >/dev/null");
  assert.is(out(s, "type ls"), "ls is a tracked alias for /usr/bin/ls\n");
  assert.is(out(s, "alias -t"), "ls=/usr/bin/ls\n");
  assert.is(out(s, "type /usr/bin/ls"), "/usr/bin/ls is /usr/bin/ls\n");
  assert.is(out(s, "command -v cd ls f r; command -V cd"), "cd\n/usr/bin/ls\nf\nalias r='fc -e -'\ncd is a shell builtin\n");
});

// ---- typeset, readonly, unset, export --------------------------------------------------------

test("typeset: -i -u -l -L -R -Z -x -r, listings", () => {
  const s = fresh();
  const cases: [string, string][] = [
    ["typeset -i n=2*21; echo $n; n=n+1; echo $n", "42\n43"],
    ["typeset -i16 h=255; echo $h", "16#ff"],
    ["typeset -u up=hello; echo $up; up=again; echo $up", "HELLO\nAGAIN"],
    ["typeset -l low=MiXeD; echo $low", "mixed"],
    ["typeset -L3 l=abcdef; echo \"[$l]\"; l='  xy'; echo \"[$l]\"", "[abc]\n[xy ]"],
    ["typeset -R5 r=abc; echo \"[$r]\"", "[  abc]"],
    ["typeset -Z4 z=7; echo $z; z=12345; echo $z", "0007\n2345"],
    ["typeset -x exp=1; env | grep '^exp='", "exp=1"],
    ["typeset +x exp; env | grep -c '^exp='", "0"],
  ];
  for (const [cmd, want] of cases) assert.is(out(s, cmd), want + "\n", cmd);
  assert.is(out(s, "typeset -i"), "h=16#ff\nn=43\n");
  assert.is(out(s, "typeset +u"), "up\n");
  assert.is(out(s, "typeset | grep -v '^export '"), "integer base 16 h\nleft justified 3 l\nlowercase low\ninteger n\nright justified 5 r\nuppercase up\nzero filled 4 z\n");
  assert.equal(runLine(s, "typeset -i bad=08"), { output: "ksh: 08: 0403-009 The specified number is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "typeset 1x=2"), { output: "ksh: 1x: is not an identifier\n", status: 1 });
  assert.equal(runLine(s, "typeset -q x"), { output: "ksh: typeset: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
});

test("readonly: no assignment, no unset; listings", () => {
  const s = fresh();
  assert.equal(runLine(s, "readonly R=1; R=2; echo not-run"), { output: "ksh: R: is read only\n", status: 1 });
  assert.equal(runLine(s, "unset R"), { output: "ksh: R: is read only\n", status: 1 });
  assert.equal(runLine(s, "typeset R=3"), { output: "ksh: R: is read only\n", status: 1 });
  assert.equal(runLine(s, "read R <<EOF\nx\nEOF"), { output: "ksh: R: is read only\n", status: 1 });
  assert.equal(runLine(s, "for R in a; do :; done"), { output: "ksh: R: is read only\n", status: 1 });
  assert.is(out(s, "echo $R; readonly; typeset -r Q=q; readonly"), "1\nR=1\nQ=q\nR=1\n");
  assert.equal(runLine(s, "R=5 echo hi"), { output: "ksh: R: is read only\n", status: 1 });
  assert.is(out(s, "echo $R"), "1\n");
});

test("unset: variables and functions", () => {
  const s = fresh();
  assert.is(out(s, "v=1; unset v; echo \"[${v-unset}]\""), "[unset]\n");
  assert.is(out(s, "f() { echo f; }; unset f; f"), "f\n");
  assert.equal(runLine(s, "unset -f f; f"), { output: "ksh: f:  not found.\n", status: 127 });
  assert.equal(runLine(s, "unset -z x"), { output: "ksh: unset: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
});

// ---- trap -----------------------------------------------------------------------------------

test("trap: kept and listed; EXIT runs when the shell, a subshell or a script ends", () => {
  const s = fresh();
  assert.is(out(s, "trap 'echo bye $?' EXIT; trap 'echo int' INT 15; trap '' HUP; trap"), "trap 'echo int' TERM\ntrap 'echo int' INT\ntrap '' HUP\ntrap 'echo bye $?' EXIT\n");
  assert.is(out(s, "trap - INT; trap 15; trap"), "trap '' HUP\ntrap 'echo bye $?' EXIT\n");
  // a trapped signal runs its command; an ignored one does nothing; the shell goes on
  assert.is(out(s, "trap 'echo got usr1' USR1; kill -USR1 $$; echo after"), "got usr1\nafter\n");
  assert.is(out(s, "kill -HUP $$; echo still here"), "still here\n");
  assert.equal(runLine(s, "trap 'echo x' NOSUCH"), { output: "ksh: NOSUCH: bad trap\n", status: 1 });
  assert.is(out(s, "(trap 'echo sub done' EXIT; echo in sub); echo after"), "in sub\nsub done\nafter\n");
  assert.is(out(s, "x=$(trap 'echo captured' EXIT; echo value); echo \"[$x]\""), "[value\ncaptured]\n");
  runLine(s, "print 'trap \"echo script end\" 0\\necho script' > /w/t.sh; chmod +x /w/t.sh");
  assert.is(out(s, "/w/t.sh"), "script\nscript end\n");
  assert.equal(runLine(s, "false; exit 3"), { output: "bye 3\n", status: 3 });
  assert.is(s.state.exitRequested, 3);
});

test("the ERR trap and set -e: after a command fails outside a condition", () => {
  const s = fresh();
  runLine(s, "trap 'echo ERR $?' ERR");
  assert.is(out(s, "false; echo next"), "ERR 1\nnext\n");
  assert.is(out(s, "if false; then :; fi; while false; do :; done; false || true; ! true; false && true; echo quiet"), "quiet\n");
  assert.is(out(s, "true && false; echo x"), "ERR 1\nx\n");
  assert.is(out(s, "f() { false; echo in-f; }; f"), "ERR 1\nin-f\n");
  assert.is(out(s, "trap - ERR; (set -e; echo a; false; echo not-reached); echo $?"), "a\n1\n");
  assert.equal(runLine(s, "set -e; if false; then :; fi; false; echo not-reached"), { output: "", status: 1 });
  assert.is(s.state.exitRequested, 1);
});

// ---- ulimit and umask -----------------------------------------------------------------------

test("ulimit: -f is the process's file size limit in 512-byte blocks; -a lists", () => {
  const s = fresh();
  assert.is(out(s, "ulimit"), "2097151\n");
  assert.is(
    out(s, "ulimit -a"),
    [
      "time(seconds)        unlimited",
      "file(blocks)         2097151",
      "data(kbytes)         131072",
      "stack(kbytes)        32768",
      "memory(kbytes)       32768",
      "coredump(blocks)     2097151",
      "nofiles(descriptors) 2000",
      "threads(per process) unlimited",
      "processes(per user)  unlimited",
      "",
    ].join("\n"),
  );
  assert.is(out(s, "ulimit -f 1; ulimit -f"), "1\n");
  assert.is(s.sys.proc.fsizeLimit, 512);
  // a write past the limit fails with EFBIG (AIX posts SIGXFSZ only with XPG_SUS_ENV=ON)
  assert.is(out(s, "ls -l /usr/bin >/w/big; echo $?"), "ls: A file cannot be larger than the value set by ulimit.\n1\n");
  assert.is(out(s, "ls -l /w/big"), "-rw-r--r--    1 root     system          512 Nov 27 06:43 /w/big\n");
  assert.is(out(s, "(ulimit -f 5; ulimit); ulimit"), "5\n1\n");
  assert.is(out(s, "ulimit -f unlimited; ulimit; ulimit -n 100; ulimit -n"), "unlimited\n100\n");
  assert.is(s.sys.proc.fsizeLimit, Infinity);
  assert.equal(runLine(s, "ulimit -f lots"), { output: "ksh: lots: 0403-009 The specified number is not valid for this command.\n", status: 1 });
});

test("umask: octal and -S; files and directories made after it", () => {
  const s = fresh();
  assert.is(out(s, "umask; umask -S"), "022\nu=rwx,g=rx,o=rx\n");
  assert.is(out(s, "umask 027; umask; touch /w/n; mkdir /w/nd"), "027\n");
  assert.is(out(s, "ls -ld /w/nd"), "drwxr-x---    2 root     system          256 Nov 27 06:43 /w/nd\n");
  assert.is(out(s, "ls -l /w/n"), "-rw-r-----    1 root     system            0 Nov 27 06:43 /w/n\n");
  assert.is(out(s, "umask u=rwx,g=rx,o=; umask; umask go-x; umask; umask a+r; umask"), "027\n037\n033\n");
  assert.is(s.sys.proc.umask, 0o33);
  assert.equal(runLine(s, "umask 9"), { output: "ksh: 9: 0403-009 The specified number is not valid for this command.\n", status: 1 });
});

// ---- command, ., exec, getopts, fc, redirections --------------------------------------------

test(". runs a file in this shell; return ends it; exec runs a command and ends the shell", () => {
  const s = fresh();
  assert.is(out(s, ". /w/lib.sh; greet you; echo $DOTTED"), "hello you\nyes\n");
  runLine(s, "print 'echo args: $*\\nreturn 5\\necho never' > /w/r.sh");
  assert.equal(runLine(s, "set -- outer; . /w/r.sh one two; echo $? $*"), { output: "args: one two\n5 outer\n", status: 0 });
  assert.equal(runLine(s, ". /w/nosuch.sh"), { output: "ksh: /w/nosuch.sh:  not found.\n", status: 1 });
  assert.equal(runLine(s, "exec echo replaced; echo never"), { output: "replaced\n", status: 0 });
  assert.is(s.state.exitRequested, 0);
});

test("exec with only redirections changes the shell's own descriptors; co-processes are not simulated", () => {
  const s = fresh();
  assert.equal(runLine(s, "exec 3>/w/log; echo to three >&3; echo out; exec 3>&-; cat /w/log"), { output: "out\nto three\n", status: 0 });
  assert.equal(runLine(s, "echo again >&3"), { output: "ksh: 3: bad file unit number\n", status: 1 });
  assert.equal(runLine(s, "exec 4</w/log; read line <&4; echo $line"), { output: "to three\n", status: 0 });
  assert.equal(runLine(s, "ls |& echo next"), { output: "looplab: co-processes (|&) are not simulated\nnext\n", status: 0 });
  assert.equal(runLine(s, "jobs"), { output: "", status: 0 });
  assert.equal(runLine(s, "kill -9 1"), { output: "", status: 0 });
  assert.equal(runLine(s, "fc"), { output: "looplab: fc: editing commands is not simulated (fc -l, history and r are)\n", status: 2 });
  assert.is(s.state.exitRequested, null);
});

test("getopts: options, arguments, OPTIND, unknown options", () => {
  const s = fresh();
  assert.is(
    out(s, 'set -- -a -b val -cfile rest; while getopts ab:c: o; do echo "$o ${OPTARG-}"; done; shift $((OPTIND-1)); echo "left: $@"'),
    "a \nb val\nc file\nleft: rest\n",
  );
  assert.is(out(s, 'OPTIND=1; set -- -x; getopts a o; echo "$? $o"'), "ksh: -x: 0403-010 A specified flag is not valid for this command.\n0 ?\n");
  assert.is(out(s, 'OPTIND=1; set -- -x -b; while getopts :ab: o; do echo "$o $OPTARG"; done'), "? x\n: b\n");
  assert.is(out(s, 'OPTIND=1; getopts a o -- -a; echo "$? $o $OPTIND"'), "1 ? 2\n");
});

test("fc -l, history and r: the session's commands", () => {
  const s = fresh();
  runLine(s, "echo one");
  runLine(s, "echo two");
  assert.is(out(s, "history"), "1\techo one\n2\techo two\n");
  assert.is(out(s, "fc -ln 1 1"), "\techo one\n");
  assert.is(out(s, "r echo"), "echo two\ntwo\n");
  assert.is(out(s, "r two=2"), "echo 2\n2\n");
  assert.is(out(s, "r 1"), "echo one\none\n");
  assert.is(out(s, "fc -l -2"), "6\techo 2\n7\techo one\n");
  assert.equal(runLine(s, "r nosuch"), { output: "ksh: nosuch:  not found.\n", status: 1 });
});

test("descriptors 3-9 inside a command; $(<file); >&p and unopened descriptors are errors", () => {
  const s = fresh();
  assert.is(out(s, "{ echo out; echo err >&2; } 3>&1 1>/dev/null 2>&3 | grep -c err"), "1\n");
  assert.is(out(s, "ls /nonexist 3>&1 1>/dev/null 2>&3 | grep -c 0653-341"), "1\n");
  assert.is(out(s, "echo to-file 4>/w/four 1>&4; cat /w/four"), "to-file\n");
  assert.equal(runLine(s, "echo x >&5"), { output: "ksh: 5: bad file unit number\n", status: 1 });
  assert.equal(runLine(s, "cat <&3"), { output: "ksh: 3: bad file unit number\n", status: 1 });
  assert.equal(runLine(s, "echo x >&p"), { output: "looplab: co-processes (|&) are not simulated\n", status: 2 });
  assert.is(out(s, 'x=$(</w/a.txt); echo "[$x]"'), "[loop one\nother]\n");
  assert.is(out(s, 'y=$(< /nope); echo "[$y] $?"'), "ksh: /nope: 0403-016 Cannot find or open the file.\n[] 1\n");
  assert.equal(runLine(s, "typeset a[2]=x"), { output: "looplab: arrays (name[subscript]) are not in the lab's ksh\n", status: 2 });
});

test("redirections: <& <> >| >&- and noclobber", () => {
  const s = fresh();
  assert.is(out(s, "set -o noclobber; echo x > /w/a.txt; echo $?; cat /w/a.txt"), "ksh: /w/a.txt: file already exists\n1\nloop one\nother\n");
  assert.is(out(s, "echo y >| /w/a.txt; cat /w/a.txt; echo z > /w/new; cat /w/new; set +o noclobber"), "y\nz\n");
  assert.is(out(s, "echo gone >&-; echo kept"), "kept\n");
  assert.is(out(s, "cat <&- ; echo $?"), "0\n");
  assert.is(out(s, "cat <> /w/rw; ls /w | grep -c rw"), "1\n");
  assert.is(out(s, "cat 0<&0 </w/new"), "z\n");
});

test.run();
