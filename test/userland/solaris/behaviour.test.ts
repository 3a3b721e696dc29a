// What Solaris 11.1's programs do beyond their words, where they differ from AIX's: rm -f and -fi,
// cp -i off a terminal, chmod -f, mkdir -p, chown -f, /usr/bin/tail's one word, sleep's intervals,
// System V sum, uniq's operands, find on nftw(), more's argscan, man -s, rmdir of the current
// directory, and bash naming [ as typed (docs/fidelity/solaris.md, "Behaviour beyond the words").
// Each is exact text and status of a session on the Solaris machine.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { runTyped } from "../../../engine/scenario/drive.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
type S = ReturnType<typeof sol>;
const run = (s: S, line: string) => runLine(s, line);
const is = (s: S, line: string, output: string, status: number) => assert.equal(run(s, line), { output, status }, line);
/** a read-only lofs copy of /export/ro on /ro with a file f in it */
function readOnly(s: S): void {
  run(s, "mkdir -p /export/ro /ro; touch /export/ro/f; mount -F lofs -o ro /export/ro /ro");
}

test("rm -f says nothing of a file it cannot unlink and still exits 2; -f and -i are two switches", () => {
  const s = sol();
  readOnly(s);
  is(s, "rm -f /ro/f", "", 2);
  is(s, "rm -f /ro/nosuch", "", 0);
  // -fi and -if are both interactive and silent: asked, and a missing file is not named
  const q = "rm: remove /ro/f (yes/no)? ";
  assert.equal(runTyped(s, "rm -fi /ro/f", [q + "y"]), { output: q + "y\nrm: /ro/f not removed: Read-only file system\n", status: 2 });
  assert.equal(runTyped(s, "rm -if /ro/f", [q + "n"]), { output: q + "n\n", status: 0 });
  is(s, "rm -fi /ro/nosuch", "", 0);
  // a directory it cannot remove is always said
  is(s, "mkdir /export/ro/d; rm -rf /ro/d", "rm: Unable to remove directory /ro/d: Read-only file system\n", 2);
});

test("cp -i and mv -i ask only with a terminal on standard input; mv -fi does not ask", () => {
  const s = sol();
  run(s, "echo new > /tmp/a; echo old > /tmp/b; echo old > /tmp/c");
  is(s, "cp -i /tmp/a /tmp/b < /dev/null; cat /tmp/b", "new\n", 0);
  is(s, "echo n | mv -i /tmp/a /tmp/c; cat /tmp/c", "new\n", 0);
  run(s, "echo new > /tmp/a");
  const q = "cp: overwrite /tmp/b (yes/no)? ";
  assert.equal(runTyped(s, "cp -i /tmp/a /tmp/b", [q + "n"]), { output: q + "n\n", status: 0 });
  is(s, "echo older > /tmp/c; mv -fi /tmp/a /tmp/c; cat /tmp/c", "new\n", 0);
});

test("chmod -f exits 0 whatever it met, a bad mode included (still said)", () => {
  const s = sol();
  readOnly(s);
  is(s, "chmod -f 755 /tmp/nosuch", "", 0);
  is(s, "chmod -f 755 /ro/f", "", 0);
  is(s, "chmod 755 /ro/f", "chmod: WARNING: can't change /ro/f\n", 1);
  is(s, "chmod -f xyz /tmp", "chmod: ERROR: invalid mode\n", 0);
});

test("mkdir -p names the operand when the last directory fails, and a link to a directory is no directory", () => {
  const s = sol();
  readOnly(s);
  is(s, "mkdir -p /ro/x", 'mkdir: "/ro/x": Read-only file system\n', 2);
  is(s, "mkdir /ro/x", 'mkdir: Failed to make directory "/ro/x"; Read-only file system\n', 2);
  is(s, "ln -s /tmp /tmp/lnk; mkdir -p /tmp/lnk", 'mkdir: "/tmp/lnk": Exists but is not a directory\n', 2);
  is(s, "mkdir -p /tmp/p/q /tmp/p; ls -d /tmp/p/q", "/tmp/p/q\n", 0);
});

test("chown -f: a file it cannot change is quiet and uncounted, an unknown name is still said; the group first", () => {
  const s = sol();
  is(s, "chown -f root /tmp/nosuch", "", 0);
  is(s, "chgrp -f bin /tmp/nosuch", "", 0);
  is(s, "chown -f nosuchuser /tmp", "chown: unknown user id nosuchuser\n", 2);
  is(s, "chgrp -f nosuchgroup /tmp", "chgrp: unknown group: nosuchgroup\n", 2);
  is(s, "chown nosuchuser:nosuchgroup /tmp", "chown: unknown group id nosuchgroup\n", 2);
  is(s, "chown root /tmp/nosuch /tmp/nosuch2", "chown: /tmp/nosuch: No such file or directory\nchown: /tmp/nosuch2: No such file or directory\n", 2);
});

test("/usr/bin/tail: one word [+|-][n][lbc][f|r] and one file; no -n or -c number", () => {
  const s = sol();
  const usage = "usage: tail [+/-[n][lbc][f]] [file]\n       tail [+/-[n][l][r|f]] [file]\n";
  run(s, "printf '1\\n2\\n3\\n4\\n5' > /tmp/t; printf 'a\\nb\\n' > /tmp/u");
  // a mapped file: the unended last line is one of the lines; through a pipe it is not
  is(s, "tail -2 /tmp/t", "4\n5", 0);
  is(s, "cat /tmp/t | tail -2", "3\n4\n5", 0);
  is(s, "tail +4 /tmp/t", "4\n5", 0);
  is(s, "tail -3c /tmp/t", "4\n5", 0);
  is(s, "tail -1 /tmp/u /tmp/t", "b\n", 0);
  is(s, "tail /tmp/u /tmp/t", "a\nb\n", 0);
  is(s, "tail -0 /tmp/u", "", 0);
  // -r: every line, last first (an unended one as it is from a file, ended from a pipe)
  is(s, "tail -r /tmp/u", "b\na\n", 0);
  is(s, "tail -2r /tmp/t", "54\n", 0);
  is(s, "cat /tmp/t | tail -2r", "5\n4\n", 0);
  // -n and -c take no number: -n is no letter of the word, and -c's "number" is the file
  is(s, "tail -n 2 /tmp/t", usage, 2);
  is(s, "tail -c 2 /tmp/t", "tail: cannot open input\n", 2);
  is(s, "tail -rf /tmp/t", usage, 2);
  is(s, "tail -br /tmp/t", usage, 2);
  is(s, "tail -- /tmp/t", usage, 2);
});

test("sleep: intervals with d h m s, fractions, several summed; a bad one", () => {
  const s = sol();
  const now = () => s.machine.clock.exact();
  let t = now();
  run(s, "sleep 1.5");
  assert.ok(now() - t >= 1.5 && now() - t < 3, `1.5 s: ${now() - t}`);
  t = now();
  run(s, "sleep 2m");
  assert.ok(now() - t >= 120 && now() - t < 122, "2m");
  t = now();
  run(s, "sleep 1d -23h 0x1p-1");
  assert.ok(now() - t >= 3600.5 && now() - t < 3602.5, "1d -23h 0.5");
  is(s, "sleep 1x", "sleep: 1x: bad number\n", 1);
  is(s, "sleep 1 -2", "sleep: 1 -2: bad number\n", 1);
  is(s, "sleep", "sleep: one operand expected\n", 1);
  // the clock the commands see stays in whole seconds
  assert.is(s.machine.clock.now(), Math.floor(s.machine.clock.exact()));
});

test("sum is System V's by default and BSD's with -r, in 512-byte blocks; no name for standard input", () => {
  const s = sol();
  run(s, "printf abc > /tmp/x");
  is(s, "sum /tmp/x", "294 1 /tmp/x\n", 0);
  is(s, "sum -r /tmp/x", "16556      1 /tmp/x\n", 0);
  is(s, "sum < /tmp/x", "294 1\n", 0);
  is(s, "dd if=/dev/zero bs=1025 count=1 2>/dev/null | sum", "0 3\n", 0);
  is(s, "sum -r /nosuch /tmp/x", "sum: /nosuch No such file or directory\n16556      1 /tmp/x\n", 10);
});

test("uniq reads two operands and no more; the same file in and out is emptied; an unended last line is lost", () => {
  const s = sol();
  run(s, "printf 'a\\na\\nb\\n' > /tmp/u");
  is(s, "uniq /tmp/u /tmp/v /tmp/w; cat /tmp/v; ls /tmp/w", "a\nb\n/tmp/w: No such file or directory\n", 2);
  is(s, "uniq /tmp/u /tmp/u; echo $?; wc -c < /tmp/u", "0\n       0\n", 0);
  is(s, "printf 'x\\nx\\ny' | uniq -c", "   2 x\n", 0);
});

test("find: numbers are atol()'s (-size in bytes with c), an unknown -type matches nothing, a directory it cannot read is said first", () => {
  const s = sol();
  s.sys.mkdirp("/tmp/x/y");
  s.sys.chmod("/tmp/x/y", 0);
  s.sys.writeFile("/tmp/x/f", "abc");
  s.sys.writeFile("/tmp/x/e", "");
  is(s, "find /tmp/x -size abc", "/tmp/x/e\n", 0);
  is(s, "find /tmp/x -size 3c", "/tmp/x/f\n", 0);
  is(s, "find /tmp/x -size -1 -type f", "/tmp/x/e\n", 0);
  is(s, "find /tmp/x -type z", "", 0);
  // every number is atol()'s: -mtime abc is 0 days; - is strictly less
  is(s, "find /tmp/x/f -mtime abc", "/tmp/x/f\n", 0);
  is(s, "find /tmp/x/f -links -1", "", 0);
  is(s, "find /tmp/x/f -links -2", "/tmp/x/f\n", 0);
  // AIX's -i and -node are no primaries of find.c
  is(s, "find /tmp/x -node x", "find: bad option -node\nfind: [-H | -L] path-list predicate-list\n", 1);
  is(s, "find /tmp/x -i 5", "find: bad option -i\nfind: [-H | -L] path-list predicate-list\n", 1);
  const user = { uid: 100, gid: 100, groups: [100] };
  const err = "find: cannot read dir /tmp/x/y: Permission denied\n";
  assert.equal(s.machine.asCred(user, () => run(s, "find /tmp/x 2>&1")), { output: "/tmp/x\n" + err + "/tmp/x/y\n/tmp/x/f\n/tmp/x/e\n", status: 1 });
  assert.equal(s.machine.asCred(user, () => run(s, "find /tmp/x -depth 2>&1")), { output: err + "/tmp/x/y\n/tmp/x/f\n/tmp/x/e\n/tmp/x\n", status: 1 });
});

test("more takes any letters (argscan ignores what it does not know) and a number for the window", () => {
  const s = sol();
  run(s, "echo solaris > /tmp/h");
  is(s, "more -xyz /tmp/h", "solaris\n", 0);
  is(s, "more -10 - /tmp/h", "solaris\n", 0);
});

test("man -s with Solaris's sections (1M for /usr/sbin), a page not in them, a bad option is the usage alone", () => {
  // standard output no terminal: the page as it is, not through more
  const s = createSession({ os: "solaris", terminal: false });
  const r = run(s, "man -s 1M mount 2>/dev/null");
  assert.is(r.status, 0);
  assert.ok(r.output.startsWith("\nSystem Administration Commands                          mount(1M)\n"), r.output.slice(0, 80));
  is(s, "man -s 1 mount", "No entry for mount in section(s) 1 of the manual.\n", 0);
  is(s, "man -s 1m,1 nosuch 2>/dev/null", "No entry for nosuch in section(s) 1m,1 of the manual.\n", 0);
  assert.ok(run(s, "man -s 1 ls 2>/dev/null").output.startsWith("\nUser Commands                                               ls(1)\n"));
  is(s, "man 1M 2>/dev/null", "No manual entry for 1M.\n", 0);
  const usage = "usage:\tman [-] [-adFlrt] [-M path] [-T macro-package ] [ -s section ] name ...\n\tman [-M path] -k keyword ...\n\tman [-M path] -f file ...\n";
  is(s, "man -x ls", usage, 2);
  is(s, "man -s", usage, 2);
});

test("rmdir of the current directory is EINVAL: rmdir and rm say so by any name", () => {
  const s = sol();
  is(s, "mkdir /tmp/d; cd /tmp/d; rmdir /tmp/d", 'rmdir: directory "/tmp/d": Can\'t remove current directory or ..\n', 2);
  is(s, "rmdir ../d", 'rmdir: directory "../d": Can\'t remove current directory or ..\n', 2);
  is(s, "rm -r /tmp/d", "rm: Cannot remove any directory in the path of the current working directory\n/tmp/d\n", 2);
  // through a lofs copy lo_rmdir compares the real directories
  is(s, "mkdir /mnt2; mount -F lofs /tmp /mnt2; rmdir /mnt2/d", 'rmdir: directory "/mnt2/d": Can\'t remove current directory or ..\n', 2);
  is(s, "cd /; rmdir /tmp/d; ls -d /tmp/d", "/tmp/d: No such file or directory\n", 2);
  // a lofs cwd met straight on zfs is another vnode: zfs_rmdir removes it
  is(s, "mkdir /tmp/d; cd /mnt2/d; rmdir /tmp/d; echo $?", "0\n", 0);
});

test("bash's test names itself as typed: [ or test", () => {
  const s = sol();
  is(s, "[ 1 -eq ]", "-bash: [: argument expected\n", 2);
  is(s, "test 1 -eq", "-bash: test: argument expected\n", 2);
  is(s, "[ a b ]", "-bash: [: b: binary operator expected\n", 2);
  is(s, "[ a = b c ]", "-bash: [: too many arguments\n", 2);
  is(s, "[ \\( a ]", "-bash: [: `)' expected\n", 2);
});

test.run();
