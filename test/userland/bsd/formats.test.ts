// The common commands print the BSD form through the BSD personality's formats: 4.4BSD ls as
// BSD/OS has it, BSD/OS date, /bin/echo and sh's echo. Every expected line is the layout of the
// sources (bin/ls/print.c, bin/date/date.c, bin/echo/echo.c, bin/sh/bltin/echo.c); the values in
// it are the machine's.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bsdLab } from "./files-helpers.js";

const t = suite("BSD formats");

function setup() {
  const l = bsdLab();
  l.sys.mkdirp("/usr/include/sys");
  l.write("/usr/include/stdio.h", "x".repeat(1234));
  l.sys.mkdir("/dev");
  l.sys.mknod("/dev/sd0a", "VBLK", 0o640, { major: 4, minor: 0 });
  l.sys.mknod("/dev/ttyp1", "VCHR", 0o620, { major: 5, minor: 1 });
  l.sys.symlink("/usr/include", "/inc");
  return l;
}

t("ls -l: columns as wide as their widest value, two blanks after owner and group", () => {
  const l = setup();
  l.sys.chown("/usr/include/sys", 100, 100);
  const r = l.run(["ls", "-l", "/usr/include"]);
  assert.is(r.status, 0);
  assert.is(
    r.out,
    "total 16\n" +
      "-rw-r--r--  1 root   wheel  1234 Dec  5 20:27 stdio.h\n" +
      "drwxr-xr-x  2 guest  guest   256 Dec  5 20:27 sys\n",
  );
  assert.is(r.err, "");
});

t("ls -l of device nodes: BSD/OS's major,unit,subunit in a column one wider (bc_size)", () => {
  const l = setup();
  assert.is(
    l.run(["ls", "-l", "/dev"]).out,
    "total 0\n" + "brw-r-----  1 root  wheel   4,0,0 Dec  5 20:27 sd0a\n" + "crw--w----  1 root  wheel   5,0,1 Dec  5 20:27 ttyp1\n",
  );
});

t("ls -l dates: Mmm dd hh:mm within six months either way, Mmm dd  yyyy beyond; -T the whole time", () => {
  const l = setup();
  const now = l.machine.clock.now();
  const six = 182 * 86400;
  l.sys.utimes("/usr/include/stdio.h", now, now - six + 1);
  assert.match(l.run(["ls", "-l", "/usr/include/stdio.h"]).out, / 1234 Jun  6 20:27 \/usr/);
  l.sys.utimes("/usr/include/stdio.h", now, now - six);
  assert.match(l.run(["ls", "-l", "/usr/include/stdio.h"]).out, / 1234 Jun  6  2013 \/usr/);
  l.sys.utimes("/usr/include/stdio.h", now, now + 3600);
  assert.match(l.run(["ls", "-l", "/usr/include/stdio.h"]).out, / 1234 Dec  5 21:27 \/usr/);
  assert.match(l.run(["ls", "-lT", "/usr/include/stdio.h"]).out, / 1234 Dec  5 21:27:00 2013 \/usr/);
});

t("ls -i, -s and -l together; the total line counts 512-byte blocks", () => {
  const l = setup();
  const ino = (p: string) => l.sys.lstat(p).fileid;
  const r = l.run(["ls", "-lis", "/usr/include"]);
  const w = String(Math.max(ino("/usr/include/stdio.h"), ino("/usr/include/sys"))).length;
  assert.is(
    r.out,
    "total 16\n" +
      `${String(ino("/usr/include/stdio.h")).padStart(w)} 8 -rw-r--r--  1 root  wheel  1234 Dec  5 20:27 stdio.h\n` +
      `${String(ino("/usr/include/sys")).padStart(w)} 8 drwxr-xr-x  2 root  wheel   256 Dec  5 20:27 sys\n`,
  );
});

t("BLOCKSIZE (getbsize) is the unit of -s and the total line; the column is as wide as st_blocks", () => {
  const l = setup();
  l.write("/usr/include/big", "x".repeat(40000));
  const raw = ["big", "stdio.h", "sys"].map((n) => l.sys.lstat("/usr/include/" + n).blocks);
  const w = String(Math.max(...raw)).length;
  l.shell.env.set("BLOCKSIZE", "1k");
  const r = l.run(["ls", "-ls", "/usr/include"]);
  assert.is(r.out.split("\n")[0], `total ${Math.ceil((raw[0]! + raw[1]! + raw[2]!) / 2)}`);
  assert.is(r.out.split("\n")[1], `${String(Math.ceil(raw[0]! / 2)).padStart(w)} -rw-r--r--  1 root  wheel  40000 Dec  5 20:27 big`);
  l.shell.env.set("BLOCKSIZE", "512");
  assert.is(l.run(["ls", "-ls", "/usr/include"]).out.split("\n")[0], `total ${raw[0]! + raw[1]! + raw[2]!}`);
});

t("ls -l of a symbolic link operand shows the link; without -l ls lists what it points to", () => {
  const l = setup();
  assert.is(l.run(["ls", "-l", "/inc"]).out, "lrwxrwxrwx  1 root  wheel  12 Dec  5 20:27 /inc -> /usr/include\n");
  assert.is(l.run(["ls", "/inc"]).out, "stdio.h\nsys\n");
  assert.is(l.run(["ls", "-F", "/inc"]).out, "/inc@\n");
});

t("an empty directory lists nothing, not even a total line", () => {
  const l = setup();
  l.sys.mkdir("/empty");
  assert.is(l.run(["ls", "-l", "/empty"]).out, "");
});

t("-n is NetBSD's: BSD/OS ls refuses it with getopt's message and its usage, status 1", () => {
  const l = setup();
  const r = l.run(["ls", "-n", "/"]);
  assert.is(r.status, 1);
  assert.is(r.out, "");
  assert.is(r.err, "ls: illegal option -- n\nusage: ls [-1ACFLRTWacdfikloqrstu] [file ...]\n");
  assert.is(l.run(["/bin/ls", "-zy"]).err, "ls: illegal option -- z\nusage: ls [-1ACFLRTWacdfikloqrstu] [file ...]\n");
});

t("what cannot be listed: ls: name: strerror, sorted among the operands, status 1", () => {
  const l = setup();
  const r = l.run(["ls", "/zz", "/usr/include/stdio.h", "/aa"]);
  assert.is(r.status, 1);
  assert.is(r.out, "/usr/include/stdio.h\n");
  assert.is(r.err, "ls: /aa: No such file or directory\nls: /zz: No such file or directory\n");
});

t("directories after the files, a name and a blank line before each", () => {
  const l = setup();
  const r = l.run(["ls", "/usr", "/usr/include/stdio.h", "/dev"]);
  assert.is(r.out, "/usr/include/stdio.h\n\n/dev:\nsd0a\nttyp1\n\n/usr:\ninclude\n");
  assert.is(l.run(["ls", "/usr", "/dev"]).out, "/dev:\nsd0a\nttyp1\n\n/usr:\ninclude\n");
  assert.is(l.run(["ls", "-R", "/usr"]).out, "include\n\n/usr/include:\nstdio.h\nsys\n\n/usr/include/sys:\n");
});

t("columns on a terminal are padded with tabs to multiples of eight", () => {
  const l = setup();
  for (const n of ["alpha", "beta", "gamma", "delta", "epsilonzeta"]) l.write(`/usr/include/sys/${n}`, "");
  // the longest name is 11: columns of 16, 80 / 16 = 5
  assert.is(l.run(["ls", "/usr/include/sys"], { tty: true }).out, "alpha\t\tbeta\t\tdelta\t\tepsilonzeta\tgamma\n");
  assert.is(l.run(["ls", "/usr/include/sys"], { tty: true, columns: 40 }).out, "alpha\t\tepsilonzeta\nbeta\t\tgamma\ndelta\n");
  assert.is(l.run(["ls", "/usr/include/sys"], { tty: false }).out, "alpha\nbeta\ndelta\nepsilonzeta\ngamma\n");
});

t("date: BSD/OS's standard form; -u is GMT; -r seconds; +format", () => {
  const l = setup();
  assert.is(l.run(["date"]).out, "Thu Dec  5 20:27:00 UTC 2013\n");
  assert.is(l.run(["date", "-u"]).out, "Thu Dec  5 20:27:00 GMT 2013\n");
  assert.is(l.run(["date", "-r", "0"]).out, "Thu Jan  1 00:00:00 UTC 1970\n");
  assert.is(l.run(["date", "+%Y-%m-%d %H:%M"]).out, "2013-12-05 20:27\n");
});

t("date sets the clock from [[[[[cc]yy]mm]dd]hh]mm[.ss] (root only) and prints it", () => {
  const l = setup();
  assert.is(l.run(["date", "0930"]).out, "Thu Dec  5 09:30:00 UTC 2013\n");
  assert.is(l.run(["date", "1401021200.30"]).out, "Thu Jan  2 12:00:30 UTC 2014\n");
  assert.is(l.run(["date", "199912312359", "+%Y"]).out, "1999\n");
  assert.is(l.machine.clock.now(), Date.UTC(1999, 11, 31, 23, 59) / 1000);
  for (const bad of ["1", "123", "1261", "2400", "02301200", "12x", "1200.5", "180012312359"]) {
    const r = l.run(["date", bad]);
    assert.is(r.status, 1, bad);
    assert.is(r.err, "date: illegal time format\nusage: date [-nu] [-d dst] [-r seconds] [-t west] [+format]\n            [[[[[yyyy]mm]dd]hh]mm[.ss]]\n", bad);
  }
  l.sys.proc.uid = 100;
  const r = l.run(["date", "1200"]);
  assert.equal([r.status, r.out, r.err], [1, "", "date: settimeofday: Operation not permitted\n"]);
});

t("date: bad options and -r that is not a number", () => {
  const l = setup();
  assert.is(l.run(["date", "-z"]).err.split("\n")[0], "date: illegal option -- z");
  assert.is(l.run(["date", "-r"]).err.split("\n")[0], "date: option requires an argument -- r");
  assert.is(l.run(["date", "-r", "12a"]).err, "date: 12a: Invalid numeric argument\n");
});

t("/bin/echo: -n first, no escapes; sh's echo: -n, or -e for the escapes (\\c stops)", () => {
  const l = setup();
  assert.is(l.run(["/bin/echo", "-n", "a\\tb"]).out, "a\\tb");
  assert.is(l.run(["/bin/echo", "-e", "a\\tb"]).out, "-e a\\tb\n");
  assert.is(l.run(["/bin/echo", "a", "-n"]).out, "a -n\n");
  assert.is(l.run(["echo", "a\\tb"], { builtin: true }).out, "a\\tb\n");
  assert.is(l.run(["echo", "-e", "a\\tb\\0101\\q"], { builtin: true }).out, "a\tbA\\q\n");
  assert.is(l.run(["echo", "-e", "one\\c", "two"], { builtin: true }).out, "one");
  assert.is(l.run(["echo", "-n", "-e", "x"], { builtin: true }).out, "-e x");
});

t.run();
