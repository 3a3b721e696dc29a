// Running files by path: a command's own file runs the command; an executable file runs as a ksh
// script in a subshell with $1 …; anything else is refused as ksh refuses it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("a script runs in a subshell with its arguments", () => {
  const s = createSession({ samples: false });
  runLine(s, `echo 'cd /tmp; echo "arg $1"; exit 3' > /s.sh; chmod +x /s.sh`);
  assert.equal(runLine(s, "/s.sh one"), { output: "arg one\n", status: 3 });
  assert.is(runLine(s, "pwd").output, "/\n", "the script's cd does not leak");
});

test("not executable, a directory, missing", () => {
  const s = createSession({ samples: false });
  runLine(s, "echo true > /t.sh");
  assert.equal(runLine(s, "/t.sh"), { output: "ksh: /t.sh: 0403-006 Execute permission denied.\n", status: 126 });
  assert.equal(runLine(s, "/tmp"), { output: "ksh: /tmp: 0403-006 Execute permission denied.\n", status: 126 });
  assert.equal(runLine(s, "./nothing"), { output: "ksh: ./nothing:  not found.\n", status: 127 });
});

test("a command by its own path runs the command; the file is there to list", () => {
  const s = createSession({ samples: false });
  assert.is(runLine(s, "/usr/sbin/lsdev -Cc loopback").status, 0);
  assert.match(runLine(s, "ls -l /usr/sbin/loopmount").output, /^-r-xr-xr-x    1 bin      bin  /);
  assert.is(runLine(s, "/usr/bin/loopmount").status, 127, "not where the real one lives");
});

test.run();
