// Exit statuses: the common commands exit as the system's own programs do — AIX's rmdir, mkdir,
// rm, cat … say 2 on an error, 4.4BSD's (and BSD/OS's) say 1; grep's 2 stays 2 on both.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const cases = ["rmdir /nx", "mkdir /nx/y", "rm /nx", "cat /nx", "chmod 644 /nx", "wc /nx", "du /nx"];

test("BSD: an error is status 1; AIX: 2", () => {
  const bsd = createSession({ os: "bsd" });
  const aix = createSession({});
  for (const c of cases) {
    assert.is(runLine(bsd, c).status, 1, `bsd ${c}`);
    assert.is(runLine(aix, c).status, 2, `aix ${c}`);
  }
  assert.is(runLine(bsd, "grep x /nx").status, 2);
  assert.is(runLine(bsd, "env rmdir /nx").status, 1);
  assert.is(runLine(bsd, "find /tmp -prune -exec rmdir /nx \\;; echo $?").output.endsWith("0\n"), true);
});

test("BSD dd: a read error names the file (err(1, \"%s\", in.name)), the summary follows, status 1", () => {
  const bsd = createSession({ os: "bsd" });
  const r = runLine(bsd, "dd if=/dev/rvnd0c of=/dev/null count=1");
  assert.is(r.output, "dd: /dev/rvnd0c: Device not configured\n0+0 records in\n0+0 records out\n");
  assert.is(r.status, 1);
  assert.is(runLine(bsd, "dd if=/images/cd.iso of=/dev/vnd1c count=1").status, 1, "an open error: err(1, …) too");
  assert.is(runLine(bsd, "dd if=/dev/rvnd0c 2>&1 | head -1").output, "dd: /dev/rvnd0c: Device not configured\n");
  const aix = createSession({});
  assert.is(runLine(aix, "dd if=/nx").status, 2);
});

test.run();
