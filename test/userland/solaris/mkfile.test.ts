// mkfile(1M): files of a size, zero-filled, mode 01600; the usage and the failures as mkfile.c
// prints them, the exit status the number of files that failed; and lofiadm(1M)'s example of a
// UFS in a file.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const USAGE = "Usage: mkfile [-nv] <size>[t|g|k|b|m] <name1> [<name2>] ...\n";

test("sizes with a unit letter, the sticky mode, zeros", () => {
  const { run, sys } = solarisSession();
  assert.equal(run("mkfile 8m /export/scratch.img"), { output: "", status: 0 });
  const a = sys.stat("/export/scratch.img");
  assert.equal([a.size, a.mode & 0o7777], [8 * 1024 * 1024, 0o1600]);
  assert.equal(run("ls -l /export/scratch.img").output.slice(0, 11), "-rw------T ");
  assert.equal(run("mkfile 2b /tmp/a; mkfile 3K /tmp/b; mkfile 100 /tmp/c; mkfile -n 1g /tmp/d"), { output: "", status: 0 });
  assert.equal(["/tmp/a", "/tmp/b", "/tmp/c", "/tmp/d"].map((f) => sys.stat(f).size), [1024, 3072, 100, 1024 ** 3]);
  assert.ok(sys.readFile("/tmp/b").every((b) => b === 0), "zeros");
});

test("the usage, an unknown size, options read by hand", () => {
  const { run } = solarisSession();
  assert.equal(run("mkfile"), { output: USAGE, status: 1 });
  assert.equal(run("mkfile 1m"), { output: USAGE, status: 1 });
  assert.equal(run("mkfile -x 1m /tmp/a"), { output: USAGE, status: 1 });
  assert.equal(run("mkfile 10x /tmp/a"), { output: "unknown size 10x\n" + USAGE, status: 1 });
  assert.equal(run("mkfile 1.5m /tmp/a"), { output: "unknown size 1.5m\n" + USAGE, status: 1 });
  assert.equal(run("mkfile m /tmp/a"), { output: "unknown size m\n" + USAGE, status: 1 });
  assert.equal(run("mkfile -nv 1k /tmp/a"), { output: "/tmp/a 1024 bytes\n", status: 0 });
});

test("each failure is reported and counted; the other files are made", () => {
  const { run, sys } = solarisSession();
  assert.equal(run("mkfile 1k /nodir/x /tmp/ok /nodir/y"), {
    output: "Could not open /nodir/x: No such file or directory\nCould not open /nodir/y: No such file or directory\n",
    status: 2,
  });
  assert.is(sys.stat("/tmp/ok").size, 1024);
  run("mount -F lofs -o ro /tmp /a");
  assert.equal(run("mkfile 1k /a/x"), { output: "Could not open /a/x: Read-only file system\n", status: 1 });
});

test("lofiadm(1M)'s example: a UFS on a file made by mkfile", () => {
  const { run } = solarisSession();
  assert.equal(run("mkfile 35m /export/home/test; lofiadm -a /export/home/test"), { output: "/dev/lofi/1\n", status: 0 });
  assert.is(run("echo y | newfs /dev/rlofi/1").status, 0);
  assert.equal(run("mount -F ufs /dev/lofi/1 /a; echo hello > /a/x; cat /a/x"), { output: "hello\n", status: 0 });
});

test.run();
