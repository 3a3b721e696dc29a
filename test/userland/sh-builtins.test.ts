// The ksh built-ins test / [, print, read and set, run through the shell on the AIX machine.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const fresh = () =>
  createSession({
    setup: { dirs: ["/w/sub", "/cdmount"], files: { "/w/a.txt": "loop one\nother\n", "/w/empty": "", "/w/cont": "a\\\nb c\n" } },
  });
const out = (s: ReturnType<typeof fresh>, line: string) => runLine(s, line).output;
/** the statuses of several commands, one per line */
const statuses = (s: ReturnType<typeof fresh>, cmds: string[]) => cmds.map((c) => runLine(s, c).status);

test("test and [: files", () => {
  const s = fresh();
  runLine(s, "ln -s /w/a.txt /w/link; mkdev -c loopback -s node -t loopback");
  const cases: [string, number][] = [
    ["[ -d /w ]", 0],
    ["[ -d /w/a.txt ]", 1],
    ["[ -f /w/a.txt ]", 0],
    ["[ -f /w ]", 1],
    ["[ -e /nope ]", 1],
    ["test -e /w/sub", 0],
    ["[ -s /w/a.txt ]", 0],
    ["[ -s /w/empty ]", 1],
    ["[ -r /w/a.txt ]", 0],
    ["[ -w /w/a.txt ]", 0],
    ["[ -x /w/a.txt ]", 1],
    ["[ -x /usr/bin/ls ]", 0],
    ["[ -x /w ]", 0],
    ["[ -L /w/link ]", 0],
    ["[ -h /w/a.txt ]", 1],
    ["[ -f /w/link ]", 0],
    ["[ -b /dev/loop0 ]", 0],
    ["[ -c /dev/loop0 ]", 1],
    ["[ -c /dev/null ]", 0],
    ["[ /w/a.txt -ef /w/link ]", 0],
    ["[ -t 1 ]", 0],
  ];
  for (const [cmd, want] of cases) assert.is(runLine(s, cmd).status, want, cmd);
  assert.is(runLine(s, "[ -t 1 ] | cat").status, 0);
  assert.is(out(s, "[ -t 1 ] && echo tty; ( [ -t 1 ] || echo pipe ) | cat"), "tty\npipe\n");
});

test("test: a read-only file system is not writable", () => {
  const s = fresh();
  runLine(s, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount');
  assert.is(out(s, "for f in /cdmount/*; do [ -w $f ] && echo w $f || echo ro $f; done"), "ro /cdmount/README.txt\nro /cdmount/docs\nro /cdmount/installp\n");
  assert.is(runLine(s, "[ -r /cdmount/README.txt ]").status, 0);
});

test("test and [: strings, numbers, ! -a -o ( )", () => {
  const s = fresh();
  const cases: [string, number][] = [
    ["[ -z '' ]", 0],
    ["[ -n '' ]", 1],
    ["[ -n x ]", 0],
    ["[ abc ]", 0],
    ["[ '' ]", 1],
    ["[ ]", 1],
    ["test", 1],
    ["[ a = a ]", 0],
    ["[ a = b ]", 1],
    ["[ a != b ]", 0],
    ["[ 2 -gt 10 ]", 1],
    ["[ 10 -gt 2 ]", 0],
    ["[ 3 -eq 3 ]", 0],
    ["[ 3 -ne 3 ]", 1],
    ["[ 1 -lt 2 -a 2 -le 2 ]", 0],
    ["[ 1 -ge 2 -o 2 -ge 2 ]", 0],
    ["[ ! -d /w ]", 1],
    ["[ -d /w -a -f /w/a.txt ]", 0],
    ["[ -d /nope -o -f /w/a.txt ]", 0],
    ["[ \\( -d /w -o -d /nope \\) -a ! -f /w ]", 0],
    ["[ -f = -f ]", 0],
    // ksh: the numbers are arithmetic expressions; an unset variable is 0
    ["[ unset_var -eq 0 ]", 0],
    ["x=4; [ x+1 -eq 5 ]", 0],
  ];
  for (const [cmd, want] of cases) assert.is(runLine(s, cmd).status, want, cmd);
  assert.is(out(s, '[ "$HOME" = / ] && echo home'), "home\n");
});

test("test and [: the AIX error messages", () => {
  const s = fresh();
  assert.equal(runLine(s, "[ -d /w"), { output: "ksh: test: 0403-021 A ] character is missing.\n", status: 1 });
  assert.equal(runLine(s, "[ -f ]"), { output: "ksh: test: 0403-004 Specify a parameter with this command.\n", status: 1 });
  assert.equal(runLine(s, "x=; [ $x -eq 1 ]"), { output: "ksh: 1: 0403-012 A test command parameter is not valid.\n", status: 1 });
  assert.equal(runLine(s, "[ ! ]"), { output: "ksh: test: 0403-004 Specify a parameter with this command.\n", status: 1 });
  assert.equal(runLine(s, "[ 1 -eq ]"), { output: "ksh: test: 0403-004 Specify a parameter with this command.\n", status: 1 });
  // the classic: an unquoted variable holding two words
  assert.equal(runLine(s, "a='9.100.103.137 teacher01'; b='9.100.103.138 teacher02'; [ $a != $b ]"), {
    output: "ksh: teacher01: 0403-012 A test command parameter is not valid.\n",
    status: 1,
  });
  assert.equal(runLine(s, "[ 1a -eq 1 ]"), { output: "ksh: 1a: 0403-009 The specified number is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "[ \\( a ]"), { output: "ksh: test: ) expected\n", status: 1 });
  assert.equal(runLine(s, "test a -x b"), { output: "ksh: -x: 0403-012 A test command parameter is not valid.\n", status: 1 });
});

test("print: escapes, -n -r -R, --, -u2, errors", () => {
  const s = fresh();
  assert.is(out(s, "print hello world"), "hello world\n");
  assert.is(out(s, "print -n a; print b"), "ab\n");
  assert.is(out(s, "print 'a\\tb\\nc'"), "a\tb\nc\n");
  assert.is(out(s, "print -r 'a\\tb'"), "a\\tb\n");
  assert.is(out(s, "print 'one\\ctwo'; print"), "one\n");
  assert.is(out(s, "print -- -n x; print - -r"), "-n x\n-r\n");
  assert.is(out(s, "print -R -n a -r; print"), "a -r\n");
  assert.is(out(s, "print -u2 to stderr 2>/dev/null; print -u2 shown"), "shown\n");
  assert.is(out(s, "print -u2 err 2>/w/err >/dev/null; cat /w/err"), "err\n");
  assert.equal(runLine(s, "print -x"), { output: "ksh: print: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "print -u5 x"), { output: "ksh: print: 5: bad file unit number\n", status: 1 });
  assert.is(out(s, "print -s 'saved in history'; echo ok"), "ok\n");
  assert.ok(s.state.history.includes("saved in history"));
});

test("read: fields by IFS, the rest in the last, REPLY, -r, continuation lines, EOF", () => {
  const s = fresh();
  assert.is(out(s, "echo '  a   b  c  ' | read x y; echo \"[$x][$y]\""), "[a][b  c]\n");
  assert.is(out(s, "echo 'one two' | read a b c; echo \"[$a][$b][$c]\""), "[one][two][]\n");
  assert.is(out(s, "echo 'whole line' | read; echo \"[$REPLY]\""), "[whole line]\n");
  assert.is(out(s, "echo 'a\\ b c' | read x y; echo \"[$x][$y]\""), "[a b][c]\n");
  assert.is(out(s, "echo 'a\\ b c' | read -r x y; echo \"[$x][$y]\""), "[a\\][b c]\n");
  assert.is(out(s, "read x y < /w/cont; echo \"[$x][$y]\""), "[ab][c]\n");
  assert.is(out(s, "read -r x < /w/cont; echo \"[$x]\""), "[a\\]\n");
  assert.is(out(s, "echo root:!:0:0::/:/usr/bin/ksh | IFS=: read user pw uid gid gecos home shell; echo $user $uid $home $shell"), "root 0 / /usr/bin/ksh\n");
  assert.is(out(s, "echo 'a::b' | IFS=: read x y z; echo \"[$x][$y][$z]\""), "[a][][b]\n");
  assert.is(out(s, "echo \"[$IFS]\" | wc -c"), "       6\n");
  assert.equal(runLine(s, "read x < /w/empty"), { output: "", status: 1 });
  assert.is(out(s, "read x < /w/empty; echo \"[$x]\""), "[]\n");
  // at the prompt standard input is the terminal: the lab has nothing to read there
  assert.equal(runLine(s, "read 'answer?Continue? '"), { output: "Continue? ", status: 1 });
  assert.equal(runLine(s, "read 1x"), { output: "ksh: 1x: is not an identifier\n", status: 1 });
  assert.equal(runLine(s, "read -q"), { output: "ksh: read: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
  // lines are shared: each read takes the next one
  assert.is(out(s, "{ read a; read b; echo \"$b/$a\"; } < /w/a.txt"), "other/loop one\n");
});

test("set: variables, positional parameters, options", () => {
  const s = fresh();
  runLine(s, "ZZ='two words'; AA=plain");
  const listing = out(s, "set");
  assert.ok(listing.startsWith("AA=plain\n"), listing);
  assert.ok(listing.includes("HOME=/\n"));
  assert.ok(listing.includes("ZZ='two words'\n"));
  assert.is(out(s, "set -- a 'b c' d; echo $# $2; set --; echo $#"), "3 b c\n0\n");
  assert.is(out(s, "set x y; echo $1$2"), "xy\n");
  assert.is(out(s, "set -s -- c a b; echo $1 $2 $3"), "a b c\n");
  const opts = out(s, "set -o");
  assert.ok(opts.startsWith("Current option settings\nallexport       off\nbgnice          on\n"), opts);
  assert.is(out(s, "set -o vi; set -o | grep '^vi '"), "vi              on\n");
  assert.is(out(s, "set -o emacs; set -o | grep -c 'on$'"), "5\n");
  assert.is(out(s, "set -x; echo traced; set +x; echo quiet"), "+ echo traced\ntraced\n+ set +x\nquiet\n");
  assert.is(out(s, "set -f; echo /w/*; set +f; echo /w/*.txt"), "/w/*\n/w/a.txt\n");
  assert.equal(runLine(s, "set -o nosuch"), { output: "ksh: nosuch: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "set -Z"), { output: "ksh: -Z: 0403-010 A specified flag is not valid for this command.\n", status: 1 });
  assert.equal(runLine(s, "set -A arr a b"), { output: "looplab: set -A (arrays) is not in the lab's ksh\n", status: 1 });
});

test("the new built-ins are in help and man", () => {
  const s = fresh();
  for (const c of ["test", "print", "read", "set"]) {
    assert.match(out(s, `help ${c}`), new RegExp(`^${c} - `));
    assert.match(out(s, `man ${c}`), new RegExp(`^${c} Command`));
  }
  assert.equal(statuses(s, ["ls /usr/bin/test", "[ -f /usr/bin/test ]"]), [0, 0]);
});

test.run();
