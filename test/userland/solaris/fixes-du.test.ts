// Solaris 11's du -h (number_to_scaled_string: "%4.1f%c" below 10, "%4llu%c" above), -k and -m
// shifted down (kb(), mb()); AIX's du keeps its rounding (Solaris 11 usr/src/cmd/du/du.c).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { scaledSize } from "../../../engine/os/solaris/dusize.js";

const on = (os: "solaris" | "aix") => createSession({ os, clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });

test("du -h, -ah, -sk, -sm on Solaris", () => {
  const s = on("solaris");
  runLine(s, "mkdir /tmp/d; mkfile 3m /tmp/d/a; mkfile 20k /tmp/d/b; mkfile 200m /tmp/d/c; echo x > /tmp/d/e");
  assert.equal(runLine(s, "du -h /tmp/d"), { output: " 203M\t/tmp/d\n", status: 0 });
  assert.equal(runLine(s, "du -ah /tmp/d"), { output: " 3.0M\t/tmp/d/a\n  20K\t/tmp/d/b\n 200M\t/tmp/d/c\n   4K\t/tmp/d/e\n 203M\t/tmp/d\n", status: 0 });
  assert.equal(runLine(s, "du -s /tmp/d; du -sk /tmp/d; du -sm /tmp/d; du -sh /tmp/d/e"), { output: "415800\t/tmp/d\n207900\t/tmp/d\n203\t/tmp/d\n   4K\t/tmp/d/e\n", status: 0 });
  // the last of -h, -k, -m wins
  assert.equal(runLine(s, "du -shk /tmp/d/a; du -skh /tmp/d/a"), { output: "3072\t/tmp/d/a\n 3.0M\t/tmp/d/a\n", status: 0 });
});

test("number_to_scaled_string's edges", () => {
  assert.equal([0, 1, 2, 2047, 2048, 20479, 20480, 102400, 2097152, 21474836].map((n) => scaledSize(n, 512)), [
    "   0K", "   0K", "   1K", "1023K", " 1.0M", "10.0M", "  10M", "  50M", " 1.0G", "  10G",
  ]);
});

test("AIX's du -k still rounds up; -h is not AIX's", () => {
  const s = on("aix");
  runLine(s, "echo x > /tmp/e");
  assert.equal(runLine(s, "du -k /tmp/e").output, "4\t/tmp/e\n");
  assert.equal(runLine(s, "du -h /tmp/e").status, 2);
});

test.run();
