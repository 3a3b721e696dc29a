// Scripts are read a command at a time, as every real shell reads a file (bash reader_loop,
// ksh93 exfile, ksh88 and ash the same): what comes before a syntax error runs, an exit before one
// ends the script first, and functions, here-documents and loops still span lines. On each
// machine: a script run by its shell, run as a command, a `.` file, a -c string, standard input.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const E = "echo a\\nexit 0\\nfi\\n";
const S = "echo a\\nnosuch\\nif then\\necho b\\n";
const H = "f() {\\n  echo in f $1\\n}\\ncat <<END\\nhere $HOME\\nEND\\nf x\\nfor i in 1 2; do\\n echo $i\\ndone\\necho )\\necho no\\n";

function machine(os: "aix" | "bsd" | "solaris"): Session {
  const s = createSession({ os });
  runLine(s, `printf '${E}' > /tmp/e.sh; printf '${S}' > /tmp/s.sh; printf '${H}' > /tmp/h.sh; chmod +x /tmp/e.sh /tmp/s.sh /tmp/h.sh`);
  return s;
}
const rc = (s: Session, line: string) => runLine(s, `${line}; echo rc=$?`).output;

test("AIX ksh88: output and not-found before the syntax error, exit before it, functions and here-documents", () => {
  const s = machine("aix");
  const err = (p: string, t: string) => `${p}: 0403-057 Syntax error: \`${t}' is not expected.\n`;
  assert.is(rc(s, "sh /tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "/tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "sh /tmp/s.sh"), "a\nksh: nosuch:  not found.\n" + err("ksh", "then") + "rc=2\n");
  assert.is(rc(s, "/tmp/s.sh"), "a\nksh: nosuch:  not found.\n" + err("/tmp/s.sh", "then") + "rc=2\n");
  assert.is(rc(s, "/tmp/h.sh"), "here /\nin f x\n1\n2\n" + err("/tmp/h.sh", ")") + "rc=2\n");
  assert.is(rc(s, ". /tmp/h.sh"), "here /\nin f x\n1\n2\n" + err("ksh", ")") + "rc=2\n");
  assert.is(rc(s, "sh -c 'echo a\nexit 3\nfi'"), "a\nrc=3\n");
  assert.is(rc(s, "sh < /tmp/s.sh"), "a\nksh: nosuch:  not found.\n" + err("ksh", "then") + "rc=2\n");
});

test("BSD ash: the same, in ash's words", () => {
  const s = machine("bsd");
  assert.is(rc(s, "sh /tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "/tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "sh /tmp/s.sh"), 'a\nnosuch: not found\nSyntax error: "then" unexpected\nrc=2\n');
  assert.is(rc(s, "/tmp/h.sh"), 'here /root\nin f x\n1\n2\nSyntax error: ")" unexpected\nrc=2\n');
  assert.is(rc(s, ". /tmp/h.sh"), 'here /root\nin f x\n1\n2\nSyntax error: ")" unexpected\nrc=2\n');
  assert.is(rc(s, "sh -c 'echo a\nfi'"), 'a\nSyntax error: "fi" unexpected\nrc=2\n');
  assert.is(rc(s, "sh < /tmp/s.sh"), 'a\nnosuch: not found\nSyntax error: "then" unexpected\nrc=2\n');
});

test("Solaris bash: each line's number, the offending line, exit before the error", () => {
  const s = machine("solaris");
  assert.is(rc(s, "bash /tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "/tmp/e.sh"), "a\nrc=0\n");
  assert.is(
    rc(s, "bash /tmp/s.sh"),
    "a\n/tmp/s.sh: line 2: nosuch: command not found\n/tmp/s.sh: line 3: syntax error near unexpected token `then'\n/tmp/s.sh: line 3: `if then'\nrc=2\n",
  );
  assert.is(rc(s, "/tmp/h.sh"), "here /root\nin f x\n1\n2\n/tmp/h.sh: line 11: syntax error near unexpected token `)'\n/tmp/h.sh: line 11: `echo )'\nrc=2\n");
  assert.is(rc(s, ". /tmp/h.sh"), "here /root\nin f x\n1\n2\n-bash: syntax error near unexpected token `)'\nrc=2\n");
  assert.is(rc(s, "bash -c 'echo a\nfi'"), "a\nbash: -c: line 1: syntax error near unexpected token `fi'\nbash: -c: line 1: `fi'\nrc=2\n");
  assert.is(rc(s, "bash -c 'echo a\nexit 3\nfi'"), "a\nrc=3\n");
  assert.is(
    rc(s, "bash < /tmp/s.sh"),
    "a\nbash: line 2: nosuch: command not found\nbash: line 3: syntax error near unexpected token `then'\nbash: line 3: `if then'\nrc=2\n",
  );
});

test("Solaris sh (ksh93): the script's line in brackets, exit before the error", () => {
  const s = machine("solaris");
  assert.is(rc(s, "sh /tmp/e.sh"), "a\nrc=0\n");
  assert.is(rc(s, "sh /tmp/s.sh"), "a\n/tmp/s.sh[2]: nosuch: not found [No such file or directory]\n/tmp/s.sh[3]: syntax error at line 3: `then' unexpected\nrc=2\n");
  assert.is(rc(s, "sh /tmp/h.sh"), "here /root\nin f x\n1\n2\n/tmp/h.sh[11]: syntax error at line 11: `)' unexpected\nrc=2\n");
  assert.is(rc(s, "sh -c 'echo a\nexit 3\nfi'"), "a\nrc=3\n");
});

test("an alias a script defines is used on its next lines; return ends a . file", () => {
  const s = machine("aix");
  runLine(s, "printf 'alias hi=\"echo hello\"\\nhi there\\n' > /tmp/al.sh; printf 'echo one\\nreturn 4\\necho two\\n' > /tmp/r.sh");
  assert.is(rc(s, "sh /tmp/al.sh"), "hello there\nrc=0\n");
  assert.is(rc(s, ". /tmp/r.sh"), "one\nrc=4\n");
});

test.run();
