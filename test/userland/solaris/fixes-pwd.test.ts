// /usr/bin/pwd on Solaris prints getcwd (the physical directory) and takes no options; bash's
// built-in pwd stays logical, -P physical (Solaris 11 usr/src/cmd/pwd/pwd.c; docs/fidelity/solaris.md,
// "Exercise-pack fixes").
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });

test("through a symbolic link: the built-in is logical, /bin/pwd and /usr/bin/pwd physical", () => {
  const s = sol();
  runLine(s, "mkdir -p /export/real/d; ln -s /export/real /tmp/ln; cd /tmp/ln/d");
  assert.equal(runLine(s, "pwd; pwd -P; pwd -L"), { output: "/tmp/ln/d\n/export/real/d\n/tmp/ln/d\n", status: 0 });
  assert.equal(runLine(s, "/bin/pwd; /usr/bin/pwd"), { output: "/export/real/d\n/export/real/d\n", status: 0 });
});

test("the program is run by env and find -exec too, and ignores its arguments", () => {
  const s = sol();
  runLine(s, "mkdir -p /export/real/d; ln -s /export/real /tmp/ln; cd /tmp/ln/d");
  assert.equal(runLine(s, "env pwd; /usr/bin/pwd -x extra"), { output: "/export/real/d\n/export/real/d\n", status: 0 });
  assert.equal(runLine(s, "pwd -x"), { output: "-bash: pwd: -x: invalid option\npwd: usage: pwd [-LP]\n", status: 2 });
});

test("through a lofs the program names the lofs path (the kernel's getcwd)", () => {
  const s = sol();
  runLine(s, "mkdir -p /export/real/d; mount -F lofs /export/real /mnt; cd /mnt/d");
  assert.equal(runLine(s, "/bin/pwd"), { output: "/mnt/d\n", status: 0 });
});

test.run();
