// sed as AIX's (sed0.c/sed1.c and sed.msg of AIX 4.1.3): addresses, every function, the
// messages for bad scripts, and streaming (pipes, endless input, endless scripts).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../../engine/session.js";

const t = suite("sed");

const FOUR = "one\ntwo\nthree\nfour\n";
function lab(files: Record<string, string> = { "/w/f": FOUR }): Session {
  return createSession({ samples: false, setup: { dirs: ["/w"], files } });
}
const out = (s: Session, line: string) => runLine(s, line);
const sed = (script: string, input = FOUR) => {
  const s = lab({ "/w/f": input });
  return out(s, `sed ${script} /w/f`);
};

t("line numbers, $, ranges, ! and -n", () => {
  assert.equal(sed("-n 2p"), { output: "two\n", status: 0 });
  assert.equal(sed("2,3d"), { output: "one\nfour\n", status: 0 });
  assert.equal(sed("-n '$p'"), { output: "four\n", status: 0 });
  assert.equal(sed("'/two/,/three/!d'"), { output: "two\nthree\n", status: 0 });
  assert.equal(sed("-n '3,1p'").output, "three\n");
  // a range that starts again after its end line is one line
  assert.equal(sed("-n '/o/,2p'").output, "one\ntwo\nfour\n");
  assert.equal(sed("-n '2,/o/p'").output, "two\nthree\nfour\n");
  assert.equal(sed("-n '\\,thr,p'").output, "three\n");
  // AIX sed reads addr1;addr2 as a range too
  assert.equal(sed("-n '1;2p'").output, "one\ntwo\n");
});

t("s: flags g, p, N and w; & and \\1; any delimiter; \\n in a replacement is n", () => {
  assert.equal(sed("'s/o/0/g'").output, "0ne\ntw0\nthree\nf0ur\n");
  assert.equal(sed("-n 's/o/0/p'").output, "0ne\ntw0\nf0ur\n");
  assert.equal(sed("'s/e/E/2'", "eee\n").output, "eEe\n");
  assert.equal(sed("'s|t\\(.\\)|[&:\\1]|'").output, "one\n[tw:w]o\n[th:h]ree\nfour\n");
  assert.equal(sed("'s/o/\\n/'", "xoy\n").output, "xny\n");
  assert.equal(sed("'s/o/\\\n/'", "xoy\n").output, "x\ny\n");
  assert.equal(sed("'s/x*/-/g'", "abc\n").output, "-a-b-c-\n");
  assert.equal(sed("'s/b*/X/g'", "abc\n").output, "XaXcX\n");
  const s = lab();
  assert.equal(out(s, "sed -n 's/t/T/w /w/out' /w/f"), { output: "", status: 0 });
  assert.is(out(s, "cat /w/out").output, "Two\nThree\n");
});

t("a, i, c, =, l, y, q, r and w", () => {
  assert.equal(sed("'1i\\\nbefore\n3a\\\nafter'").output, "before\none\ntwo\nthree\nafter\nfour\n");
  assert.equal(sed("'2,3c\\\nchanged'").output, "one\nchanged\nfour\n");
  assert.equal(sed("'2c\\\nchanged'").output, "one\nchanged\nthree\nfour\n");
  assert.equal(sed("-n '/three/='").output, "3\n");
  assert.equal(sed("-n l", "a\tb\x01\n").output, "a\\tb\\001$\n");
  assert.equal(sed("-n l", "x".repeat(75) + "\n").output, "x".repeat(71) + "\\\n" + "xxxx$\n");
  assert.equal(sed("y/otw/OTW/").output, "One\nTWO\nThree\nfOur\n");
  assert.equal(sed("2q").output, "one\ntwo\n");
  const s = lab({ "/w/f": FOUR, "/w/ins": "INSERTED\n" });
  assert.equal(out(s, "sed '2r /w/ins' /w/f").output, "one\ntwo\nINSERTED\nthree\nfour\n");
  assert.equal(out(s, "sed '2r /w/none' /w/f").output, FOUR);
  assert.equal(out(s, "sed -n '/o/w /w/o' /w/f; cat /w/o").output, "one\ntwo\nfour\n");
  // q leaves a queued append unwritten (sed1.c exits without arout)
  assert.equal(out(s, "sed '1a\\\nX\n1q' /w/f").output, "one\n");
});

t("hold space, n N D P, labels, t and blocks", () => {
  assert.equal(sed("-n 'h;n;G;p'").output, "two\none\nfour\nthree\n");
  assert.equal(sed("'$!N;s/\\n/ /'").output, "one two\nthree four\n");
  assert.equal(sed("'$!N;P;D'").output, FOUR);
  assert.equal(sed("-n '/t/{p;p;}'").output, "two\ntwo\nthree\nthree\n");
  assert.equal(sed("-e :a -e 's/^.\\{1,5\\}$/ &/;ta'").output, "   one\n   two\n three\n  four\n");
  assert.equal(sed("-e 'b end' -e 's/o/0/' -e ':end'").output, FOUR);
  assert.equal(sed("x", "a\nb\n").output, "\na\n");
  // N at the end of the input quits without printing (AIX, POSIX)
  assert.equal(sed("N", "a\nb\nc\n").output, "a\nb\n");
  // what follows } on its line is not read (sed0.c)
  assert.equal(sed("-n '/one/{p;};p'").output, "one\n");
});

t("#n, several -e, -f, and the script operand after -n", () => {
  const s = lab({ "/w/f": FOUR, "/w/script": "#n\n/two/p\ns/four/4/p\n", "/w/nonl": "p\ns/one/1/" });
  assert.equal(out(s, "sed -f /w/script /w/f").output, "two\n4\n");
  // the last line of a script file without its newline is not read
  assert.equal(out(s, "sed -n -f /w/nonl /w/f").output, FOUR);
  assert.equal(out(s, "sed -e 's/one/1/' -e 's/two/2/' /w/f").output, "1\n2\nthree\nfour\n");
  assert.equal(out(s, "sed -n /three/p /w/f").output, "three\n");
});

t("several files are one input; a file that cannot be opened is said so, status 2", () => {
  const s = lab({ "/w/a": "a1\na2\n", "/w/b": "b1\n" });
  assert.equal(out(s, "sed -n '$p;1p' /w/a /w/b"), { output: "a1\nb1\n", status: 0 });
  assert.equal(out(s, "sed = /w/a /w/b").output, "1\na1\n2\na2\n3\nb1\n");
  assert.equal(out(s, "sed p /w/none /w/b"), { output: "sed: 0602-419 Cannot find or open file /w/none.\nb1\nb1\n", status: 2 });
  assert.equal(out(s, "printf 'x\\ny' | sed 's/$/./'").output, "x.\ny.\n");
});

t("bad scripts get AIX's messages and status 2", () => {
  const e = (script: string) => sed(`'${script}'`);
  assert.equal(e("s/a/"), { output: "sed: 0602-404 Function s/a/ cannot be parsed.\n", status: 2 });
  assert.equal(e("k"), { output: "sed: 0602-403 k is not a recognized function.\n", status: 2 });
  assert.equal(e("1,2="), { output: "sed: 0602-401 Function 1,2= allows only one address.\n", status: 2 });
  assert.equal(e("1}"), { output: "sed: 0602-400 Cannot specify an address with the 1} function.\n", status: 2 });
  assert.equal(e("p "), { output: "sed: 0602-404 Function p  cannot be parsed.\n", status: 2 });
  assert.equal(e("b nowhere").output, "sed: 0602-427 nowhere is not a defined label.\n");
  assert.equal(e("{p").output, "sed: 0602-413 There are too many '{'.\n");
  assert.equal(e("}").output, "sed: 0602-423 There are too many '}'.\n");
  assert.equal(e("s//x/").output, "sed: 0602-410 The first regular expression cannot be null.\n");
  assert.equal(e("s/a/\\1/").output, "sed: 0602-404 Function s/a/\\1/ cannot be parsed.\n");
  assert.equal(e("y/ab/c/").output, "sed: 0602-404 Function y/ab/c/ cannot be parsed.\n");
  assert.equal(e("a text").output, "sed: 0602-404 Function a text cannot be parsed.\n");
  assert.equal(e("s/\\(/x/").output, "sed: 0602-404 Function s/\\(/x/ cannot be parsed.\n");
  // the catalog text has no newline
  assert.equal(e(":toolonglabel"), { output: "sed: 0602-417 The label :toolonglabel is greater than eight characters.", status: 2 });
  assert.equal(e(":a\n:a").output, "sed: 0602-407 There are more than one :a labels.\n");
  // braces nested without end are read without the host's stack
  assert.equal(e("{".repeat(50000) + "p"), { output: "sed: 0602-413 There are too many '{'.\n", status: 2 });
});

t("an expression takes 23 \\( groups, as AIX regcomp does; the 24th is 0602-404", () => {
  const groups = (n: number) => "\\(".repeat(n) + "a" + "\\)".repeat(n);
  assert.equal(sed(`'s/${groups(10)}/[\\9]/'`, "a\n"), { output: "[a]\n", status: 0 });
  assert.equal(sed(`'s/${groups(23)}/x/'`, "a\n"), { output: "x\n", status: 0 });
  assert.equal(sed(`'/${groups(23)}/d'`, "a\nb\n"), { output: "b\n", status: 0 });
  const script = `s/${groups(24)}/x/`;
  assert.equal(sed(`'${script}'`, "a\n"), { output: `sed: 0602-404 Function ${script} cannot be parsed.\n`, status: 2 });
  assert.equal(sed(`-n '/${groups(24)}/p'`, "a\n").status, 2);
});

t("options: usage, bad flags, a missing -f file, an empty -e", () => {
  const s = lab();
  const usage = "Usage:\tsed [-n] [-u] Script [File ...]\n\tsed [-n] [-u] [-e Script] ... [-f Script_file] ... [File ...]\n";
  assert.equal(out(s, "sed"), { output: usage, status: 1 });
  // a 7.1 capture: getopt's line, then the usage (no second line about the flag)
  assert.equal(out(s, "sed -x p"), { output: "sed: Not a recognized flag: x\n" + usage, status: 1 });
  assert.equal(out(s, "sed -Q"), { output: "sed: Not a recognized flag: Q\n" + usage, status: 1 });
  // -u (7.x): unbuffered output, the same text
  assert.equal(out(s, "sed -u -n 2p /w/f"), { output: "two\n", status: 0 });
  assert.equal(out(s, "sed -nu -e 3p /w/f"), { output: "three\n", status: 0 });
  assert.equal(out(s, "sed -f /w/none /w/f"), { output: "sed: 0602-420 Cannot open pattern file /w/none.\n" + usage, status: 2 });
  assert.equal(out(s, "sed -e '' /w/f"), { output: "sed: 0602-429 No editing script was provided.\n" + usage, status: 2 });
  assert.equal(out(s, "sed -n 'w /nodir/x' /w/f"), { output: "sed: 0602-406 Cannot create file /nodir/x.\n", status: 2 });
});

t("streams: a pipe, q ends a writer that never stops, an endless script and an endless line end", () => {
  const s = lab();
  assert.equal(out(s, "yes | sed 3q"), { output: "y\ny\ny\n", status: 0 });
  assert.equal(out(s, "yes | sed -n '2{p;q;}'"), { output: "y\n", status: 0 });
  assert.equal(out(s, "head -c 100000 /dev/zero | sed p | wc -c").output, "  200002\n");
  assert.equal(out(s, "cat /dev/zero | sed p"), { output: "sed: 0602-418 Memory allocation failed.\n", status: 2 });
  // a script that never reads again: the step budget ends the line, the session goes on
  const r = out(s, "sed -e :a -e ba /w/f");
  assert.ok(r.status !== 0);
  assert.equal(out(s, "echo alive"), { output: "alive\n", status: 0 });
});

t("man page and flags for Tab", () => {
  const s = lab();
  assert.match(out(s, "man sed").output, /^sed Command\n\nPurpose\n       A stream editor\./);
});

t.run();
