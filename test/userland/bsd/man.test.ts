// BSD/OS's man (B4 usr.bin/man/man.c): its options and usage, a digit operand as the section,
// -s and its "no such section", -w and -h, and the names with no page said after the pages found.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const USAGE = "usage: man [-achw] [-C file] [-M path] [-m path] [[-s] section] title ...\n";
// standard output no terminal: the pages as they are, not through more
const bsd = () => createSession({ os: "bsd", terminal: false });
const run = (line: string) => {
  const s = bsd();
  const r = runLine(s, `${line} 2>/tmp/err; echo "status $?"; cat /tmp/err`);
  return r.output;
};

test("a section before the name when man.conf names it: man 8 mount_null; man 1 mount_null has none", () => {
  const s = bsd();
  assert.is(runLine(s, "man 8 mount_null").output, runLine(s, "man mount_loopback").output);
  assert.is(run("man 1 mount_null"), "status 1\nman: no entry for mount_null in the manual.\n");
  // 9 is no section of man.conf: a name like any other, and ls is still shown
  const nine = run("man 9 ls");
  assert.match(nine, /^\nLS\(1\) +BSD Reference Manual +LS\(1\)\n/);
  assert.match(nine, /\nstatus 1\nman: no entry for 9 in the manual\.\n$/);
  // one operand that is a digit is a name
  assert.is(run("man 8"), "status 1\nman: no entry for 8 in the manual.\n");
});

test("-s: a section man.conf names, or `no such section`", () => {
  assert.is(run("man -s 9 ls"), "status 1\nman: 9: no such section\n");
  assert.match(run("man -s 8 mount_null"), /^\nMOUNT_LOOPBACK\(8\)/);
  assert.is(run("man -s 1 mount_null"), "status 1\nman: no entry for mount_null in the manual.\n");
});

test("-w where the pages are, -h their SYNOPSIS lines", () => {
  assert.is(run("man -w mount_null ls"), "/usr/share/man/cat8/mount_null.0\n/usr/share/man/cat1/ls.0\nstatus 0\n");
  assert.is(run("man -h mount_loopback"), "mount_loopback [-o options] target mount-point\nstatus 0\n");
});

test("bad options, no name, -k and -f", () => {
  assert.is(run("man -q ls"), `status 1\nman: illegal option -- q\n${USAGE}`);
  assert.is(run("man -s"), `status 1\nman: option requires an argument -- s\n${USAGE}`);
  assert.is(run("man"), `status 1\n${USAGE}`);
  assert.is(run("man -k mount"), "status 1\nlooplab: man -k and -f (apropos and whatis: the whatis database) are not simulated\n");
  // a lone - is the old -c: the page all the same
  assert.match(run("man - ls"), /^\nLS\(1\)/);
});

test("ls's page is BSD's (its options, 4.4BSD's NAME line), and so are the common pages' NAME lines (review 11c #2)", () => {
  const page = run("man ls");
  assert.match(page, /^NAME\n {5}ls - list directory contents\n\nSYNOPSIS\n {5}ls \[-1ACFLRTWacdfikloqrstu\] \[file \.\.\.\]\n/m);
  assert.not.match(page, /^ {5}-N /m);
  assert.match(run("man cp"), /^ {5}cp - copy files$/m);
});

test.run();
