// BSD rm asks before removing a file it may not write when the terminal is its input (rm.c
// check()); root meets that only where it is not root: below an unmapped umap (review 8b).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { runTyped } from "../../../engine/scenario/drive.js";

test("override r--r--r--  owner/group for path? — n keeps the file, y removes it; -f asks nothing", () => {
  const s = createSession({ os: "bsd" });
  for (const l of ["mkdir /export; chmod 777 /export", "printf '1\\n500 1000\\n' > /etc/u", "printf '1\\n0 0\\n' > /etc/g", "mount_umap -u /etc/u -g /etc/g /export /mnt", "touch /mnt/k /mnt/j; chmod 444 /mnt/k /mnt/j"])
    assert.is(runLine(s, l).status, 0, l);
  assert.equal(runTyped(s, "rm /mnt/k", ["override r--r--r--  nobody/wheel for /mnt/k? n"]), { output: "override r--r--r--  nobody/wheel for /mnt/k? n\n", status: 0 });
  assert.is(runLine(s, "ls -1 /mnt").output, "j\nk\n");
  runTyped(s, "rm /mnt/k", ["override r--r--r--  nobody/wheel for /mnt/k? y"]);
  assert.equal(runLine(s, "rm -f /mnt/j; ls /mnt"), { output: "", status: 0 });
  // root where it is root: no question
  runLine(s, "touch /tmp/r; chmod 444 /tmp/r");
  assert.equal(runTyped(s, "rm /tmp/r", []), { output: "", status: 0 });
});

test.run();
