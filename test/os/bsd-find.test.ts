// BSD/OS's find (usr.bin/find/main.c, find.c): the flags before the paths are getopt's
// "HLPXdf:x" — -x keeps to the starting device (a null copy has its own), -d is -depth, -f adds a
// path; a file it cannot look at is `find: PATH: strerror` and the status is 1.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const bsd = () => {
  const s = createSession({ os: "bsd" });
  for (const c of ["mkdir /mnt/sys", "mount_loopback /usr/include/sys /mnt/sys"]) assert.is(runLine(s, c).status, 0);
  return (c: string) => runLine(s, c);
};

test("-x: the null copy is another device, so find -x does not go into it", () => {
  const run = bsd();
  assert.equal(run("find /mnt -name types.h"), { output: "/mnt/sys/types.h\n", status: 0 });
  assert.equal(run("find -x /mnt -name types.h"), { output: "", status: 0 });
  assert.equal(run("find -x /mnt"), { output: "/mnt\n/mnt/sys\n", status: 0 });
  // the same as the -xdev primary
  assert.equal(run("find -x / -name types.h").output, run("find / -xdev -name types.h").output);
});

test("-d lists a directory after its entries; -f names a path; -P and -X are taken", () => {
  const run = bsd();
  assert.equal(run("find -xd /mnt"), { output: "/mnt/sys\n/mnt\n", status: 0 });
  assert.equal(run("find -PX -f /mnt/sys/types.h -f /mnt/sys/param.h"), { output: "/mnt/sys/types.h\n/mnt/sys/param.h\n", status: 0 });
});

test("a bad flag is getopt's line and find goes on; no path is the usage, status 1", () => {
  const run = bsd();
  assert.equal(run("find -z /mnt/sys -name param.h"), { output: "find: illegal option -- z\n/mnt/sys/param.h\n", status: 0 });
  assert.equal(run("find"), { output: "usage: find [-H | -L | -P] [-Xdx] [-f file] file ... [expression]\n", status: 1 });
  assert.equal(run("find -x"), { output: "usage: find [-H | -L | -P] [-Xdx] [-f file] file ... [expression]\n", status: 1 });
});

test("a path it cannot look at: warnx's path and strerror, status 1 however many", () => {
  const run = bsd();
  assert.equal(run("find /nonexist /x /mnt/sys/types.h"), { output: "find: /nonexist: No such file or directory\nfind: /x: No such file or directory\n/mnt/sys/types.h\n", status: 1 });
});

test("AIX's find is as before", () => {
  const s = createSession({ os: "aix" });
  assert.equal(runLine(s, "find /nonexist /x"), { output: "find: 0652-019 The status on /nonexist is not valid.\nfind: 0652-019 The status on /x is not valid.\n", status: 2 });
  assert.equal(runLine(s, "find -x /tmp"), { output: "Usage: find Path-list [Expression-list]\n", status: 1 });
});

test.run();
