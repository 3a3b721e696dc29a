// execve(2) refuses a file with no execute bit, root included: the shell says so in its words
// (review 8b finding 3). A built-in is no file and runs.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("AIX: a command whose file lost its execute bits, by name and by path", () => {
  const s = createSession({});
  runLine(s, "chmod 000 /usr/bin/ls");
  assert.equal(runLine(s, "ls /"), { output: "ksh: ls: 0403-006 Execute permission denied.\n", status: 126 });
  assert.equal(runLine(s, "/usr/bin/ls /"), { output: "ksh: /usr/bin/ls: 0403-006 Execute permission denied.\n", status: 126 });
  runLine(s, "chmod 555 /usr/bin/ls");
  assert.is(runLine(s, "ls -d /").output, "/\n");
});

test("BSD: sh's words; true is a built-in and still runs", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "chmod 000 /bin/ls /usr/bin/true");
  assert.equal(runLine(s, "ls /"), { output: "ls: permission denied\n", status: 126 });
  assert.equal(runLine(s, "/usr/bin/true"), { output: "/usr/bin/true: permission denied\n", status: 126 });
  assert.is(runLine(s, "true").status, 0);
});

test.run();
