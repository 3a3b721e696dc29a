import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("ls");

function setup() {
  const l = lab();
  l.sys.mkdir("/dev");
  l.sys.mknod("/dev/loop0", "VBLK", 0o660, { major: 34, minor: 0 });
  l.sys.mkdir("/d");
  l.write("/d/f1", "hello\n");
  l.sys.symlink("f1", "/d/link");
  l.sys.mkdir("/d/sub");
  return l;
}

t("ls -l of a block device node: the confirmed AIX line", () => {
  const l = setup();
  const r = l.run(["ls", "-l", "/dev/loop0"]);
  assert.is(r.status, 0);
  assert.is(r.out, "brw-rw----    1 root     system       34,  0 Nov 27 06:43 /dev/loop0\n");
  assert.is(r.err, "");
});

t("ls -l of a directory: total, regular file, symlink, subdirectory", () => {
  const l = setup();
  const r = l.run(["ls", "-l", "/d"]);
  assert.is(
    r.out,
    "total 16\n" +
      "-rw-r--r--    1 root     system            6 Nov 27 06:43 f1\n" +
      "lrwxrwxrwx    1 root     system            2 Nov 27 06:43 link -> f1\n" +
      "drwxr-xr-x    2 root     system          256 Nov 27 06:43 sub\n",
  );
});

t("ls -ld of a directory and numeric ids", () => {
  const l = setup();
  l.sys.chown("/d/f1", 205, 7);
  assert.is(l.run(["ls", "-ld", "/d"]).out, "drwxr-xr-x    3 root     system          256 Nov 27 06:43 /d\n");
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 205      7                 6 Nov 27 06:43 /d/f1\n");
  assert.is(l.run(["ls", "-n", "/dev/loop0"]).out, "brw-rw----    1 0        0            34,  0 Nov 27 06:43 /dev/loop0\n");
});

t("names from the lab's /etc/passwd and /etc/group", () => {
  const l = setup();
  l.sys.mkdir("/etc");
  l.write("/etc/passwd", "root:!:0:0::/:/usr/bin/ksh\nguest:!:100:100::/home/guest:/usr/bin/ksh\n");
  l.write("/etc/group", "system:!:0:root\nstaff:!:1:\nusr:!:100:guest\n");
  l.sys.chown("/d/f1", 100, 1);
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 guest    staff             6 Nov 27 06:43 /d/f1\n");
});

t("old and future files show the year, padded to the time's width", () => {
  const l = setup();
  l.sys.utimes("/d/f1", 0, 1360000000); // 2013-02-04, more than 6 x 30 days before
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 root     system            6 Feb 04 2013  /d/f1\n");
  l.sys.utimes("/d/f1", 0, 1385534580 - 6 * 30 * 86400 - 1);
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 root     system            6 May 31 2013  /d/f1\n");
  l.sys.utimes("/d/f1", 0, 1385534580 + 3600);
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 root     system            6 Nov 27 2013  /d/f1\n");
  l.sys.utimes("/d/f1", 0, 1385534580 - 170 * 86400);
  assert.is(l.run(["ls", "-l", "/d/f1"]).out, "-rw-r--r--    1 root     system            6 Jun 10 06:43 /d/f1\n");
});

t("missing file: 0653-341, status 2, the others still listed", () => {
  const l = setup();
  const r = l.run(["ls", "/nope", "/d/f1"]);
  assert.is(r.status, 2);
  assert.is(r.err, "ls: 0653-341 The file /nope does not exist.\n");
  assert.is(r.out, "/d/f1\n");
});

t("several operands: files first, then each directory with a header and blank lines", () => {
  const l = setup();
  l.sys.mkdir("/e");
  const r = l.run(["ls", "/e", "/d/f1", "/d"]);
  assert.is(r.out, "/d/f1\n\n/d:\nf1\nlink\nsub\n\n/e:\n");
  const r2 = l.run(["ls", "/e", "/d"]);
  assert.is(r2.out, "/d:\nf1\nlink\nsub\n\n/e:\n");
});

t("root lists dot files (-A by default), -a adds . and ..", () => {
  const l = setup();
  l.write("/d/.hidden", "");
  assert.is(l.run(["ls", "/d"]).out, ".hidden\nf1\nlink\nsub\n");
  assert.is(l.run(["ls", "-a", "/d"]).out, ".\n..\n.hidden\nf1\nlink\nsub\n");
  l.sys.proc.uid = 100;
  assert.is(l.run(["ls", "/d"]).out, "f1\nlink\nsub\n");
});

t("combined flags -la and -ai", () => {
  const l = setup();
  const r = l.run(["ls", "-la", "/d/sub"]);
  assert.is(
    r.out,
    "total 16\n" +
      "drwxr-xr-x    2 root     system          256 Nov 27 06:43 .\n" +
      "drwxr-xr-x    3 root     system          256 Nov 27 06:43 ..\n",
  );
  const ino = l.sys.stat("/d/f1").fileid;
  assert.is(l.run(["ls", "-i", "/d/f1"]).out, `${String(ino).padStart(5)} /d/f1\n`);
});

t("-R lists subdirectories depth first with ./path headers", () => {
  const l = setup();
  l.write("/d/sub/g", "x");
  l.sys.mkdir("/d/sub/deep");
  l.sys.mkdir("/d/zz");
  l.sys.chdir("/d");
  // AIX ls.c: with one directory operand the first subdirectory header gets no blank line before it
  const r = l.run(["ls", "-R"]);
  assert.is(r.out, "f1\nlink\nsub\nzz\n./sub:\ndeep\ng\n\n./sub/deep:\n\n./zz:\n");
  const r2 = l.run(["ls", "-R", "/d/sub", "/d/zz"]);
  assert.is(r2.out, "/d/sub:\ndeep\ng\n\n/d/sub/deep:\n\n/d/zz:\n");
});

t("a terminal gets columns sorted down; a pipe gets one per line", () => {
  const l = lab();
  l.sys.mkdir("/m");
  const names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november"];
  for (const n of names) l.write(`/m/${n}`, "");
  const tty = l.run(["ls", "/m"], { tty: true, columns: 40 });
  // width 8 + 2 = 10 per column, 4 columns, 4 rows, filled down the columns
  assert.is(
    tty.out,
    "alpha     echo      india     mike\n" +
      "bravo     foxtrot   juliet    november\n" +
      "charlie   golf      kilo\n" +
      "delta     hotel     lima\n",
  );
  assert.is(l.run(["ls", "/m"], { tty: false }).out, names.join("\n") + "\n");
  assert.is(l.run(["ls", "-1", "/m"], { tty: true }).out, names.join("\n") + "\n");
  // -C without a terminal: 80 columns (the terminal's width is not asked for)
  assert.is(l.run(["ls", "-C", "/m"], { tty: false, columns: 40 }).out.split("\n")[0], "alpha     charlie   echo      golf      india     kilo      mike");
  // COLUMNS overrides
  l.shell.env.set("COLUMNS", "30");
  assert.is(l.run(["ls", "/m"], { tty: true }).out.split("\n")[0], "alpha     foxtrot   kilo");
});

t("-x across, -m commas, -F and -p marks", () => {
  const l = setup();
  assert.is(l.run(["ls", "-x", "/d"], { tty: false }).out, "f1    link  sub\n");
  assert.is(l.run(["ls", "-m", "/d"]).out, "f1, link, sub\n");
  assert.is(l.run(["ls", "-F", "/d"]).out, "f1\nlink@\nsub/\n");
  assert.is(l.run(["ls", "-p", "/d"]).out, "f1\nlink\nsub/\n");
});

t("a symlink to a directory: listed through without -l, shown as a link with -l", () => {
  const l = setup();
  l.sys.symlink("/d/sub", "/sl");
  l.write("/d/sub/g", "");
  assert.is(l.run(["ls", "/sl"]).out, "g\n");
  assert.is(l.run(["ls", "-l", "/sl"]).out, "lrwxrwxrwx    1 root     system            6 Nov 27 06:43 /sl -> /d/sub\n");
  assert.is(l.run(["ls", "-d", "/sl"]).out, "/sl\n");
});

t("-t sorts by time, -r reverses", () => {
  const l = setup();
  l.sys.utimes("/d/f1", 0, 1385534000);
  l.sys.utimes("/d/sub", 0, 1385534500);
  assert.is(l.run(["ls", "-t", "/d"]).out, "link\nsub\nf1\n");
  assert.is(l.run(["ls", "-r", "/d"]).out, "sub\nlink\nf1\n");
});

t("bad flags: every one reported by getopt, then the usage, status 2", () => {
  const l = setup();
  const r = l.run(["ls", "-zl", "-y"]);
  assert.is(r.status, 2);
  assert.is(r.out, "");
  assert.is(r.err, "ls: Not a recognized flag: z\nls: Not a recognized flag: y\nUsage: ls [-1ACEFHLNRSUXabcdefgiklmnopqrstux] [File...]\n");
});

t("-s gives 1 KB blocks and a total", () => {
  const l = setup();
  assert.is(l.run(["ls", "-s", "/d"]).out, "total 8\n   4 f1\n   0 link\n   4 sub\n");
});

t.run();
