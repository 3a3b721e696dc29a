// The loopback configuration methods keep CuDv, CuAt, CuDvDr, /dev and the driver in step, and
// the invariant checker notices when they do not.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { genseq, minorOf } from "../../engine/os/aix/devices.js";

test("mkdev, rmdev -l, mkdev -l, rmdev -d keep every view in step", () => {
  const s = createSession({ samples: false });
  const m = s.machine;
  assert.is(runLine(s, "mkdev -c loopback -s node -t loopback").output, "loop0 Available\n");
  assert.is(m.loop.all().length, 1);
  assert.ok(s.sys.exists("/dev/loop0"));
  assert.is(runLine(s, "rmdev -l loop0").output, "loop0 Defined\n");
  assert.is(m.loop.all().length, 0);
  assert.ok(s.sys.exists("/dev/loop0"), "an unconfigured device keeps its special file");
  assert.is(runLine(s, "mkdev -l loop0").output, "loop0 Available\n");
  assert.is(minorOf(m, "loop0"), 0);
  assert.is(runLine(s, "rmdev -dl loop0").output, "loop0 deleted\n");
  assert.not.ok(s.sys.exists("/dev/loop0"));
  assert.equal(m.odm!.find("CuDvDr", { resource: "devno", value3: "loop0" }), []);
  assert.equal(m.checkInvariants(), []);
});

test("genseq reuses gaps; minors follow instance numbers", () => {
  const s = createSession({ samples: false });
  runLine(s, "mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback");
  runLine(s, "rmdev -dl loop1");
  assert.is(genseq(s.machine, "loop"), 1);
  assert.is(runLine(s, "mkdev -c loopback -s node -t loopback").output, "loop1 Available\n");
  assert.is(runLine(s, "ls -l /dev/loop1").output.slice(0, 45), "brw-rw----    1 root     system       34,  1 ");
  assert.equal(s.machine.checkInvariants(), []);
});

test("the checker catches a driver unit the ODM does not know", () => {
  const s = createSession({ samples: false });
  s.machine.loop.configure(9, "loop9");
  assert.equal(s.machine.checkInvariants(), ["loop9: driver unit without CuDv"]);
});

test.run();
