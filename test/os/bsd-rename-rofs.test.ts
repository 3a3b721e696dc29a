// rename(2) on the BSD machine: a source or target on a read-only file system is EROFS before
// the two file systems are compared (4.4BSD namei's DELETE/RENAME lookups fail first), so mv
// says `rename … : Read-only file system` and copies nothing. AIX keeps EXDEV first.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("mv into or out of a read-only copy, and out of a CD: rename's EROFS, nothing copied", () => {
  const s = createSession({ os: "bsd" });
  const run = (c: string) => runLine(s, c);
  for (const c of ["mkdir /mnt/src /mnt/ro", "mount_loopback /usr/src /mnt/src", "mount_loopback -o ro /usr/src /mnt/ro", "touch /mnt/src/x"]) assert.is(run(c).status, 0, c);
  assert.equal(run("mv /mnt/src/x /mnt/ro/y"), { output: "mv: rename /mnt/src/x to /mnt/ro/y: Read-only file system\n", status: 1 });
  assert.equal(run("mv /mnt/ro/x /tmp/x"), { output: "mv: rename /mnt/ro/x to /tmp/x: Read-only file system\n", status: 1 });
  assert.is(run("ls /usr/src/x /tmp/x").output, "ls: /tmp/x: No such file or directory\n/usr/src/x\n");
  assert.throws(() => s.sys.rename("/usr/src/x", "/mnt/ro/x"), /EROFS/);
  // both writable, different file systems: still a copy
  assert.is(run("mv /mnt/src/x /tmp/x").status, 0);
  assert.throws(() => s.sys.rename("/tmp/x", "/usr/x"), /EXDEV/);
});

test("AIX: EXDEV comes first, as before", () => {
  const s = createSession({ os: "aix" });
  runLine(s, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt');
  assert.throws(() => s.sys.rename("/mnt/README.txt", "/tmp/x"), /EXDEV/);
});

test.run();
