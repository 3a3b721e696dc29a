// The interpreter: expansion, quoting, globbing, pipes, lists, redirections and the shell's own
// messages, on the AIX machine.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const fresh = () => createSession({ samples: false, setup: { dirs: ["/w/sub"], files: { "/w/a.txt": "loop one\nother\n", "/w/b.txt": "loop two\n" } } });

test("parameters, quotes and field splitting", () => {
  const s = fresh();
  runLine(s, "X='a  b'");
  assert.is(runLine(s, 'echo $X "$X" ${X}x').output, "a b a  b a bx\n");
  assert.is(runLine(s, "false; echo $?").output, "1\n");
  assert.is(runLine(s, "echo '$X' \\$X").output, "$X $X\n");
  assert.is(runLine(s, 'echo ""x""').output, "x\n");
});

test("pathname expansion against the lab's file system", () => {
  const s = fresh();
  assert.is(runLine(s, "echo /w/*.txt").output, "/w/a.txt /w/b.txt\n");
  assert.is(runLine(s, "echo /w/[ab].t?t").output, "/w/a.txt /w/b.txt\n");
  assert.is(runLine(s, "echo '/w/*.txt' /w/nomatch*").output, "/w/*.txt /w/nomatch*\n");
  runLine(s, "cd /w");
  assert.is(runLine(s, "echo *").output, "a.txt b.txt sub\n");
});

test("pipes, && || ; and exit statuses", () => {
  const s = fresh();
  assert.is(runLine(s, "cat /w/a.txt /w/b.txt | grep loop | grep -c two").output, "1\n");
  assert.is(runLine(s, "grep nothing /w/a.txt || echo none").output, "none\n");
  assert.is(runLine(s, "true && echo yes; false && echo no").output, "yes\n");
  assert.is(runLine(s, "grep nothing /w/a.txt").status, 1);
});

test("redirections: > >> < 2> 2>&1", () => {
  const s = fresh();
  runLine(s, "echo one > /w/out; echo two >> /w/out");
  assert.is(runLine(s, "cat < /w/out").output, "one\ntwo\n");
  assert.is(runLine(s, "cat /nonexistent 2> /w/err").output, "");
  assert.match(runLine(s, "cat /w/err").output, /nonexistent/);
  const r = runLine(s, "cat /nonexistent 2>&1 | grep -c nonexistent");
  assert.is(r.output, "1\n");
});

test("the shell's own messages", () => {
  const s = fresh();
  assert.equal(runLine(s, "nosuch"), { output: "ksh: nosuch:  not found.\n", status: 127 });
  assert.equal(runLine(s, "echo hi |"), { output: "ksh: 0403-057 Syntax error: `newline' is not expected.\n", status: 2 });
  assert.equal(runLine(s, 'echo "abc'), { output: 'ksh: 0403-057 Syntax error: `"\' is not matched.\n', status: 2 });
  assert.equal(runLine(s, "echo x > /nodir/f"), { output: "ksh: /nodir/f: 0403-005 Cannot create the specified file.\n", status: 1 });
  assert.equal(runLine(s, "cat < /nofile"), { output: "ksh: /nofile: 0403-016 Cannot find or open the file.\n", status: 1 });
  // the session goes on
  assert.is(runLine(s, "echo still here").output, "still here\n");
});

test("the machine clock advances per command line (and by sleep), deterministically", () => {
  const a = fresh();
  const b = fresh();
  const t0 = a.machine.clock.now();
  runLine(a, "true; true; true");
  assert.is(a.machine.clock.now(), t0 + 1);
  runLine(a, "i=0; while [ $i -lt 2000 ]; do i=$((i+1)); done");
  assert.is(a.machine.clock.now(), t0 + 2);
  runLine(a, "sleep 5");
  assert.is(a.machine.clock.now(), t0 + 8);
  for (const l of ["true; true; true", "i=0; while [ $i -lt 2000 ]; do i=$((i+1)); done", "sleep 5"]) runLine(b, l);
  assert.is(b.machine.clock.now(), a.machine.clock.now());
});

test.run();
