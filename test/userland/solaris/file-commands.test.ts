// The Solaris machine's file commands speak Solaris 11.1 (illumos rm.c, rmdir.c, mkdir.c, chmod.c,
// chown.c, chgrp.c, mv.c for cp/mv/ln, touch.c): their main error paths, exact text and status, as
// a session on the Solaris machine shows them (docs/fidelity/solaris.md, "The common commands'
// texts on Solaris" and "statuses, options and streams").
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { runTyped } from "../../../engine/scenario/drive.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
/** the terminal's text of a line and its status */
const run = (s: ReturnType<typeof sol>, line: string) => runLine(s, line);
const is = (s: ReturnType<typeof sol>, line: string, output: string, status: number) => assert.equal(run(s, line), { output, status }, line);

test("rm: a missing file, a directory, . and .., a bad option, no operand", () => {
  const s = sol();
  is(s, "rm /tmp/nosuch", "rm: /tmp/nosuch: No such file or directory\n", 2);
  is(s, "rm -f /tmp/nosuch", "", 0);
  is(s, "mkdir /tmp/d; rm /tmp/d", "rm: /tmp/d is a directory\n", 2);
  is(s, "rm /tmp/d/..", "rm of /tmp/d/.. is not allowed\n", 2);
  is(s, "rm -e /tmp/x", "rm: illegal option -- e\nusage: rm [-fiRr] file ...\n", 2);
  is(s, "rm", "usage: rm [-fiRr] file ...\n", 2);
});

test("rm asks in Solaris's words with yes/no: -i, -ri, and the override question on standard output", () => {
  const s = sol();
  run(s, "mkdir /tmp/dd; touch /tmp/dd/a /tmp/f");
  assert.equal(runTyped(s, "rm -i /tmp/f", ["rm: remove /tmp/f (yes/no)? n"]), { output: "rm: remove /tmp/f (yes/no)? n\n", status: 0 });
  const ri = ["rm: examine files in directory /tmp/dd (yes/no)? y", "rm: remove /tmp/dd/a (yes/no)? y", "rm: remove /tmp/dd (yes/no)? y"];
  assert.equal(runTyped(s, "rm -ri /tmp/dd", ri), { output: ri.join("\n") + "\n", status: 0 });
  is(s, "ls /tmp/dd", "/tmp/dd: No such file or directory\n", 2);
  // a file root may not write: on a read-only lofs copy access(W_OK) fails, so rm asks
  run(s, "mkdir /export/ro /mnt2; touch /export/ro/f; mount -F lofs -o ro /export/ro /mnt2");
  const q = "rm: /mnt2/f: override protection 644 (yes/no)? ";
  assert.equal(runTyped(s, "rm /mnt2/f", [q + "n"]), { output: q + "n\n", status: 0 });
  // printf'd: it still shows with standard error thrown away
  assert.equal(runTyped(s, "rm /mnt2/f 2>/dev/null", [q + "y"]), { output: q + "y\n", status: 2 });
  assert.equal(runTyped(s, "rm /mnt2/f", [q + "y"]), { output: q + "y\nrm: /mnt2/f not removed: Read-only file system\n", status: 2 });
});

test("rm -r of a directory it cannot empty: Unable to remove directory", () => {
  const s = sol();
  run(s, "mkdir /export/ro /mnt2; mkdir /export/ro/sub; mount -F lofs -o ro /export/ro /mnt2");
  is(s, "rm -r /mnt2/sub", "rm: Unable to remove directory /mnt2/sub: Read-only file system\n", 2);
});

test("rmdir: its own words for each errno, -p's one line, -s, the usage with argv[0]", () => {
  const s = sol();
  is(s, "rmdir /tmp/nosuch", 'rmdir: directory "/tmp/nosuch": Directory does not exist\n', 2);
  is(s, "rmdir /etc", 'rmdir: directory "/etc": Directory not empty\n', 2);
  is(s, "touch /tmp/f; rmdir /tmp/f/x", 'rmdir: directory "/tmp/f/x": Path component not a directory\n', 2);
  is(s, "mkdir -p /tmp/a/b/c; touch /tmp/a/x; rmdir -p /tmp/a/b/c", 'rmdir: directory "/tmp/a/b/c": /tmp/a not removed; Directory not empty\n', 2);
  is(s, "ls /tmp/a", "x\n", 0);
  is(s, "mkdir -p /tmp/a/b; rmdir -ps /tmp/a/b", "", 2);
  is(s, "rmdir -x /tmp/a", "rmdir: illegal option -- x\nUsage: rmdir [-ps] dirname ...\n", 2);
  is(s, "/usr/bin/rmdir", "Usage: /usr/bin/rmdir [-ps] dirname ...\n", 2);
});

test("mkdir: an existing directory, a missing parent, -p onto a file, a bad mode, the usage", () => {
  const s = sol();
  is(s, "mkdir /tmp", 'mkdir: Failed to make directory "/tmp"; File exists\n', 2);
  is(s, "mkdir /nodir/a", 'mkdir: Failed to make directory "/nodir/a"; No such file or directory\n', 2);
  is(s, "mkdir -p /tmp", "", 0);
  is(s, "mkdir -p /etc/passwd", 'mkdir: "/etc/passwd": Exists but is not a directory\n', 2);
  is(s, "mkdir -p /etc/passwd/a/b", 'mkdir: "/etc/passwd/a/b": Not a directory\n', 2);
  is(s, "mkdir -m abc /tmp/m", "mkdir: invalid mode\n", 5);
  is(s, "ls -d /tmp/m", "/tmp/m: No such file or directory\n", 2);
  // a second -m wins (AIX refuses it)
  is(s, "mkdir -m 700 -m 755 /tmp/m; ls -ld /tmp/m | cut -c1-10", "drwxr-xr-x\n", 0);
  is(s, "mkdir", "mkdir: usage: mkdir [-m mode] [-p] dirname ...\n", 2);
  is(s, "mkdir -q /tmp/q", "mkdir: illegal option -- q\nmkdir: usage: mkdir [-m mode] [-p] dirname ...\n", 2);
});

test("chmod: a bad mode, a missing file, the long usage", () => {
  const s = sol();
  run(s, "touch /tmp/f");
  is(s, "chmod xyz /tmp/f", "chmod: ERROR: invalid mode\n", 5);
  is(s, "chmod 755 /tmp/nosuch", "chmod: WARNING: can't access /tmp/nosuch\n", 1);
  is(s, "chmod 755 /tmp/nosuch /tmp/f; ls -l /tmp/f | cut -c1-10", "chmod: WARNING: can't access /tmp/nosuch\n-rwxr-xr-x\n", 0);
  const r = run(s, "chmod 755");
  assert.is(r.status, 2);
  const lines = r.output.split("\n");
  assert.equal(lines.slice(0, 5), ["usage:\tchmod [-fR] <absolute-mode> file ...", "\tchmod [-fR] [-@ attribute] ... S<attribute-operation> file ...", "\tchmod [-fR] <ACL-operation> file ...", "\tchmod [-fR] <symbolic-mode-list> file ...", ""]);
  assert.ok(r.output.includes("\t[A|H|R|S|a|d|i|m|q|u]\n"), "the compact attributes");
  assert.ok(r.output.endsWith("where \t<acl-specification> is a comma-separated list of ACEs\n"));
});

test("chown and chgrp: unknown names, a missing file, the usage; status 2 or the count of files", () => {
  const s = sol();
  run(s, "touch /tmp/f");
  is(s, "chown nosuchuser /tmp/f", "chown: unknown user id nosuchuser\n", 2);
  is(s, "chown root:nosuchgroup /tmp/f", "chown: unknown group id nosuchgroup\n", 2);
  is(s, "chown root /tmp/nosuch", "chown: /tmp/nosuch: No such file or directory\n", 1);
  is(s, "chown root", "usage:\n\tchown [-fhR] owner[:group] file...\n\tchown -R [-f] [-H|-L|-P] owner[:group] file...\n\tchown -s [-fhR] ownersid[:groupsid] file...\n\tchown -s -R [-f] [-H|-L|-P] ownersid[:groupsid] file...\n", 2);
  is(s, "chgrp nosuchgroup /tmp/f", "chgrp: unknown group: nosuchgroup\n", 2);
  is(s, "chgrp bin /tmp/nosuch", "chgrp: /tmp/nosuch: No such file or directory\n", 1);
  is(s, "chgrp bin", "usage:\n\tchgrp [-fhR] group file ...\n\tchgrp -R [-f] [-H|-L|-P] group file ...\n\tchgrp -s [-fhR] groupsid file ...\n\tchgrp -s -R [-f] [-H|-L|-P] groupsid file ...\n", 2);
});

test("cp: a missing source, a missing target directory, several files onto no directory, too few operands", () => {
  const s = sol();
  is(s, "cp /tmp/nosuch /tmp/x", "cp: cannot access /tmp/nosuch\n", 2);
  is(s, "cp /etc/passwd /nodir/x", "cp: cannot create /nodir/x: No such file or directory\n", 2);
  is(s, "cp /etc/passwd /etc/group /nodir", "cp: /nodir not found\n", 2);
  const usage = "Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2\n       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1\n       cp [-r|-R [-H|-L|-P]] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn\n";
  is(s, "cp /etc/passwd /etc/group /etc/hosts", "cp: Target /etc/hosts must be a directory\n" + usage, 2);
  is(s, "cp /etc/passwd", "cp: Insufficient arguments (1)\n" + usage, 2);
  is(s, "cp -h /etc/passwd /tmp/x", "cp: illegal option -- h\n" + usage, 2);
  is(s, "cp /etc /tmp/e", "cp: /etc: is a directory\n", 2);
  is(s, "cp /etc/passwd /etc/passwd", "cp: /etc/passwd and /etc/passwd are identical\n", 2);
  // -r and -R together are taken (AIX refuses them)
  is(s, "mkdir /tmp/s; touch /tmp/s/a; cp -rR /tmp/s /tmp/t; ls /tmp/t", "a\n", 0);
  assert.equal(runTyped(s, "cp -i /etc/passwd /tmp/t/a", ["cp: overwrite /tmp/t/a (yes/no)? n"]), { output: "cp: overwrite /tmp/t/a (yes/no)? n\n", status: 0 });
});

test("mv and ln: a missing source, the usage, an existing link name, several files onto no directory", () => {
  const s = sol();
  is(s, "mv /tmp/nosuch /tmp/x", "mv: cannot access /tmp/nosuch\n", 2);
  is(s, "mv /tmp/x", "mv: Insufficient arguments (1)\nUsage: mv [-f] [-i] f1 f2\n       mv [-f] [-i] f1 ... fn d1\n       mv [-f] [-i] d1 d2\n", 2);
  is(s, "touch /tmp/a /tmp/b; mv /tmp/a /tmp/b /nodir", "mv: /nodir not found\n", 2);
  is(s, "ln /tmp/a /tmp/b", "ln: /tmp/b: File exists\n", 2);
  is(s, "ln -n /tmp/a /tmp/b", "ln: /tmp/b: File exists\n", 2);
  is(s, "ln /tmp/nosuch /tmp/c", "ln: cannot access /tmp/nosuch\n", 2);
  is(s, "ln /etc /tmp/e", "ln: /etc is a directory\n", 2);
  is(s, "ln", "ln: Insufficient arguments (0)\nUsage: ln [-f] [-n] [-s] f1 [f2]\n       ln [-f] [-n] [-s] f1 ... fn d1\n       ln [-f] [-n] -s d1 d2\n", 2);
  is(s, "ln -s /tmp/a /tmp/b /nodir", "ln: /nodir not found\n", 2);
});

test("touch: a missing directory, a bad time, the usage with its five forms", () => {
  const s = sol();
  is(s, "touch /nodir/f", "touch: cannot create /nodir/f: No such file or directory\n", 1);
  is(s, "touch /nodir/f /nodir/g", "touch: cannot create /nodir/f: No such file or directory\ntouch: cannot create /nodir/g: No such file or directory\n", 2);
  is(s, "touch -t 99 /tmp/f", "touch: bad time specification\n", 1);
  is(s, "touch -r /tmp/nosuch /tmp/f", "touch: /tmp/nosuch: No such file or directory\n", 2);
  is(
    s,
    "touch",
    "usage: touch [-acm] [-r ref_file] file...\n       touch [-acm] [-t [[CC]YY]MMDDhhmm[.SS]] file...\n       touch [-acm] [-d YYYY-MM-DDThh:mm:SS[.frac][Z]] file...\n       touch [-acm] [-d YYYY-MM-DDThh:mm:SS[,frac][Z]] file...\n       touch [-acm] [MMDDhhmm[yy]] file...\n",
    2,
  );
});

test.run();
