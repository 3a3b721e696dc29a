// getcwd as 4.4BSD's getcwd(3) walks up: in a parent on the same device the entry is found by its
// inode number in the directory (d_fileno); only across a mount point is each entry looked up and
// compared by (st_dev, st_ino). In a null copy that means /bin/pwd makes no layer node for the
// files it passes: the trace shows the walk up through "..", not a lookup of every name.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { formatTrace } from "../../engine/tracefmt.js";

test("/bin/pwd in a null copy: the right path, and no new layer node on the way up", () => {
  const s = createSession({ os: "bsd" });
  for (const c of ["mount_loopback /usr/include /mnt", "cd /mnt/sys"]) assert.is(runLine(s, c).status, 0, c);
  const lines: string[] = [];
  s.machine.trace = true;
  s.machine.events.on((e) => void (e.kind === "vnodeop" && lines.push(formatTrace(e))));
  assert.equal(runLine(s, "/bin/pwd"), { output: "/mnt/sys\n", status: 0 });
  assert.equal(lines.filter((l) => l.includes("(new)")), [], lines.join("\n"));
  // the directory is read once, at the copy's root, where sys is found by its inode
  assert.is(lines.filter((l) => l.startsWith("readdir")).length, 1, lines.join("\n"));
});

test("across mount points and on plain disks the paths are as before", () => {
  const s = createSession({ os: "bsd" });
  const out = (c: string) => runLine(s, c).output;
  assert.is(out("mkdir -p /mnt/a/b; mount_loopback /usr/include /mnt/a/b; cd /mnt/a/b/sys; /bin/pwd"), "/mnt/a/b/sys\n");
  assert.is(out("cd /usr/include/sys; /bin/pwd"), "/usr/include/sys\n");
  assert.is(out("cd /mnt/a; /bin/pwd"), "/mnt/a\n");
  assert.is(out("cd /; /bin/pwd"), "/\n");
  const a = createSession({ os: "aix" });
  assert.is(runLine(a, "cd /usr/bin; /usr/bin/pwd").output, "/usr/bin\n");
});

test.run();
