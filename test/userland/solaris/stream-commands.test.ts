// The Solaris machine's stream and small commands speak Solaris 11.1 (illumos cat.c, head.c,
// tail.c, wc.c, du.c, tee.c, which.csh, date.c, hostname.c, nohup.c, env.c, sum.c, cksum.c, dd.c;
// bash 4.1's pwd and test): their main error paths, exact text and status, in a session.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const is = (s: ReturnType<typeof sol>, line: string, output: string, status: number) => assert.equal(runLine(s, line), { output, status }, line);

test("cat: a missing file, a directory (input error, status 1), a bad option", () => {
  const s = sol();
  is(s, "cat /tmp/nosuch", "cat: cannot open /tmp/nosuch: No such file or directory\n", 2);
  is(s, "cat /tmp", "cat: input error on /tmp: Is a directory\n", 1);
  is(s, "cat -x", "cat: illegal option -- x\nusage: cat [ -usvtebn ] [-|file] ...\n", 2);
});

test("head: no -c, its usage on standard output, bad counts, a missing file", () => {
  const s = sol();
  const usage = "usage: head [-n #] [-#] [filename...]\n";
  is(s, "head -c 3 /etc/passwd", "head: illegal option -- c\n" + usage, 1);
  // the usage is printf'd: it goes down the pipe, the getopt line does not
  is(s, "head -x /etc/passwd 2>/dev/null | wc -l", "       1\n", 0);
  is(s, "head -n abc /etc/passwd", 'head: Invalid "-n abc" option\n' + usage, 1);
  is(s, "head -5x /etc/passwd", "head: Badly formed number\n" + usage, 1);
  is(s, "head /tmp/nosuch", "/tmp/nosuch: No such file or directory\n", 1);
});

test("tail, wc, tee: missing files and bad options", () => {
  const s = sol();
  is(s, "tail /tmp/nosuch", "tail: cannot open input\n", 2);
  is(s, "tail -x /etc/passwd", "usage: tail [+/-[n][lbc][f]] [file]\n       tail [+/-[n][l][r|f]] [file]\n", 2);
  is(s, "wc /tmp/nosuch", "wc: cannot open /tmp/nosuch\n", 2);
  is(s, "wc /tmp", "wc: cannot read /tmp: Is a directory\n", 2);
  is(s, "wc -k /etc/passwd", "wc: illegal option -- k\nusage: wc [-c | -m | -C] [-lw] [file ...]\n", 2);
  is(s, "echo abc | wc -C", "       4\n", 0);
  is(s, "tee /nodir/f < /dev/null", "tee: /nodir/f: No such file or directory\n", 1);
  is(s, "tee -x", "tee: illegal option -- x\nusage: tee [-ai] [file...]\n", 1);
});

test("du: silent about a missing file without -r (status 0), reports it with -r (status 1)", () => {
  const s = sol();
  is(s, "du /tmp/nosuch", "", 0);
  is(s, "du -r /tmp/nosuch", "du: /tmp/nosuch: No such file or directory\n", 1);
  is(s, "du -l /tmp", "du: illegal option -- l\nusage: du [-dorx] [-a|-s] [-h|-k|-m] [-H|-L] [file...]\n", 2);
});

test("pwd and test are bash's built-ins: -bash's words, status 2", () => {
  const s = sol();
  is(s, "pwd -x", "-bash: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n", 2);
  is(s, "[ 1 -eq 1", "-bash: [: missing `]'\n", 2);
  is(s, "test 1 -eq 1 2", "-bash: test: too many arguments\n", 2);
  is(s, "test 1 -foo 2", "-bash: test: -foo: binary operator expected\n", 2);
  is(s, "test \\( 1", "-bash: test: `)' expected\n", 2);
});

test("which: the csh script's lines on standard output; no usage", () => {
  const s = sol();
  is(s, "which ls nosuch /bin/nosuch 2>/dev/null", "/usr/bin/ls\nno nosuch in /usr/bin /usr/sbin\n/bin/nosuch not found\n", 1);
  is(s, "which", "", 0);
});

test("date: bad conversion alone or with the usage, setting the clock with .SS, -u's GMT", () => {
  const s = sol();
  const usage = "usage:\tdate [-u] mmddHHMM[[cc]yy][.SS]\n\tdate [-u] [+format]\n\tdate -a [-]sss[.fff]\n";
  is(s, "date abc", "date: bad conversion\n", 1);
  is(s, "date 13010000", "date: bad conversion\n" + usage, 1);
  is(s, "date 123", "date: bad conversion\n" + usage, 1);
  is(s, "date -x", "date: illegal option -- x\n" + usage, 1);
  is(s, "date -a x", "date: invalid argument -- x\n" + usage, 1);
  is(s, "date 112706432013.30", "Wed Nov 27 06:43:30 UTC 2013\n", 0);
  is(s, "date -u +%Z", "GMT\n", 0);
});

test("hostname, env, nohup: usage and the errors of running a program", () => {
  const s = sol();
  is(s, "hostname -s", "usage: hostname [system_name]\n", 1);
  is(s, "/usr/bin/hostname a b", "usage: hostname [system_name]\n", 1);
  is(s, "env nosuch", "env: No such file or directory\n", 127);
  is(s, "env -x", "env: illegal option -- x\nUsage: env [-i] [name=value ...] [utility [argument ...]]\n       env [-] [name=value ...] [utility [argument ...]]\n", 1);
  is(s, "nohup", "usage:\n\tnohup command [argument ...]\n\tnohup -p [-Fa] pid [pid ...]\n\tnohup -g [-Fa] pgid [pgid ...]\n", 127);
  is(s, "nohup nosuch", "Sending output to nohup.out\nnohup: nosuch: No such file or directory\n", 127);
});

test("sum, cksum: missing files, usage, cksum's tabs", () => {
  const s = sol();
  is(s, "sum /tmp/nosuch", "sum: /tmp/nosuch No such file or directory\n", 10);
  is(s, "sum -x", "sum: illegal option -- x\nusage: sum [-r] [file...]\n", 2);
  is(s, "cksum /tmp/nosuch /tmp/nosuch2", 'cksum: input file "/tmp/nosuch": No such file or directory\ncksum: input file "/tmp/nosuch2": No such file or directory\n', 1);
  is(s, "echo a > /tmp/a; cksum /tmp/a; echo a | cksum", "2418082923\t2\t/tmp/a\n2418082923\t2\n", 0);
});

test("dd: a bad operand without a usage, an input it cannot open, the record counts", () => {
  const s = sol();
  is(s, "dd foo=1", 'dd: bad argument: "foo=1"\n', 2);
  is(s, "dd conv=notrunc,foo", 'dd: bad argument: "foo"\n', 2);
  is(s, "dd if=/tmp/nosuch", "dd: /tmp/nosuch: open: No such file or directory\n", 2);
  is(s, "dd if=/dev/zero of=/tmp/z bs=512 count=2", "2+0 records in\n2+0 records out\n", 0);
});

test("ls's total line", () => {
  const s = sol();
  const out = runLine(s, "mkdir /tmp/t; touch /tmp/t/a; ls -l /tmp/t").output;
  assert.match(out, /^total \d+\n-rw-r--r--/);
});

test.run();
