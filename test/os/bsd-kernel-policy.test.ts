// Where the BSD machine's kernel answers as 4.4BSD's does and AIX's differently (Machine policy
// flags the BSD boot sets):
//  - rename(2): a source or target on a read-only file system is EROFS before the two file
//    systems are compared (4.4BSD namei's DELETE/RENAME lookups fail first), so mv says
//    `rename … : Read-only file system` and copies nothing. AIX keeps EXDEV first.
//  - symlink(2): the link's mode is ACCESSPERMS less the umask (lrwxr-xr-x); AIX's are 0777.
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

test("symlink(2): the link's mode is 0777 less the umask; ls -l shows it; AIX keeps lrwxrwxrwx", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "ln -s /usr/include/sys /tmp/sys");
  assert.is(s.sys.lstat("/tmp/sys").mode & 0o7777, 0o755);
  assert.match(runLine(s, "ls -l /tmp/sys").output, /^lrwxr-xr-x  1 root  wheel  16 [A-Z][a-z]{2} [ \d]\d \d\d:\d\d \/tmp\/sys -> \/usr\/include\/sys\n$/);
  runLine(s, "umask 027; ln -s /x /tmp/x");
  assert.is(s.sys.lstat("/tmp/x").mode & 0o7777, 0o750);
  const a = createSession({ os: "aix" });
  runLine(a, "umask 027; ln -s /usr/bin /tmp/b");
  assert.is(a.sys.lstat("/tmp/b").mode & 0o7777, 0o777);
});

test.run();
