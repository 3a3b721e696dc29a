// fstat and the null layer (BSD/OS usr.bin/fstat/fstat.c vtrans): a layer's vnode has a tag
// fstat has no reader for, so it shows as ?(9); with -f or a file operand such a vnode is
// skipped (`if (badtype != NULL) return`), so fstat -f cannot find who holds a copy busy; a node
// a forced unmount left behind is vgone'd (v_tag VT_NON) and shows as "none".
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const HEADER = "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W\n";

test("a cwd in the copy: ?(9) in the list, nothing for fstat -f of the copy or the original", () => {
  const s = createSession({ os: "bsd" });
  const run = (c: string) => runLine(s, c);
  for (const c of ["mkdir /mnt/sys", "mount_loopback /usr/include/sys /mnt/sys", "cd /mnt/sys", "sleep 1000 &", "cd /"]) run(c);
  const pid = run("echo $!").output.trim();
  assert.equal(run("umount /mnt/sys"), { output: "umount: /mnt/sys: Device busy\n", status: 1 });
  assert.is(run("fstat -f /mnt/sys").output, HEADER);
  assert.is(run("fstat -f /usr/include/sys").output, HEADER);
  assert.is(run("fstat | grep '?(9)'").output, `root     sleep        ${pid}   wd -         -        ?(9)    -\n`);
});

test("a file held open through a copy that umount -f took away: none", () => {
  const s = createSession({ os: "bsd" });
  const run = (c: string) => runLine(s, c);
  run("mount_loopback /usr/include /mnt");
  run("tail -f /mnt/sys/types.h > /dev/null &");
  const pid = run("echo $!").output.trim();
  assert.is(run("fstat -p " + pid).output.split("\n").at(-2), `root     tail         ${pid}    3 -         -        ?(9)    -`);
  assert.equal(run("umount -f /mnt"), { output: "", status: 0 });
  assert.is(run("fstat -p " + pid).output.split("\n").at(-2), `root     tail         ${pid}    3 -         -        none    -`);
});

test.run();
