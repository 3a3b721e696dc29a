// The BSD machine's disk file systems refuse to lose a directory something is mounted on
// (found by the fuzzer: the boot gave ufs a context that could not answer isMountedOn).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("rmdir and mv of a mount point on BSD: Device busy, the mount stays", () => {
  const s = createSession({ os: "bsd" });
  const a = runLine(s, "rmdir /usr");
  assert.is(a.output, "rmdir: /usr: Device busy\n");
  assert.is.not(a.status, 0);
  const b = runLine(s, "mv /usr /usr2");
  assert.is(b.output, "mv: rename /usr to /usr2: Device busy\n");
  assert.is(b.status, 1);
  runLine(s, "mkdir /tmp/o /mnt/c; mount_loopback /tmp/o /mnt");
  assert.is(runLine(s, "rmdir /mnt").output, "rmdir: /mnt: Device busy\n");
  assert.equal(s.machine.checkInvariants(), []);
  assert.ok(runLine(s, "ls /usr").output.includes("include"));
});

test("umount -f of a layer with a file system mounted on it: Device busy, nothing is orphaned", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "mount_loopback /usr/include /mnt; mount_loopback /tmp /mnt/sys");
  const r = runLine(s, "umount -f /mnt");
  assert.equal([r.output, r.status], ["umount: /mnt: Device busy\n", 1]);
  assert.is(runLine(s, "umount /mnt/sys; umount -f /mnt; mount").output, "/dev/wd0a on / (local)\n/dev/wd0h on /usr (local)\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test("MNAMELEN: the mount table keeps 89 characters of a name; umount by either name cannot reach it", () => {
  const s = createSession({ os: "bsd" });
  const long = "/" + "b".repeat(99);
  runLine(s, `mkdir ${long}; mount_loopback /usr/include ${long}`);
  assert.ok(runLine(s, "mount").output.includes(`/usr/include on ${long.slice(0, 89)} (local)\n`));
  assert.equal(runLine(s, `umount ${long}`), { output: `umount: ${long}: not currently mounted\n`, status: 1 });
  // and the cut name is no path at all: unmount(2)'s namei fails — the mount stays, as on 4.4BSD
  assert.equal(runLine(s, `umount ${long.slice(0, 89)}`), { output: `umount: ${long.slice(0, 89)}: No such file or directory\n`, status: 1 });
  assert.equal(s.machine.checkInvariants(), []);
});

test("a layer's mount point is kept as typed (mount_loopback by hand); mount(8) makes it absolute", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "cd /; mount_loopback /usr/include mnt");
  assert.ok(runLine(s, "mount").output.endsWith("/usr/include on mnt (local)\n"));
  assert.is(runLine(s, "umount mnt").status, 0);
  runLine(s, "mount -t null /usr/include mnt");
  assert.ok(runLine(s, "mount").output.endsWith("/usr/include on /mnt (local)\n"));
});

test.run();
