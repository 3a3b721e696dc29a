// Review 11 #16: Solaris's ls takes Solaris ls.c's options, not AIX's: -N is refused, -e and -E
// are long listings with the full time, -v/-V print the trivial ACL, -@ is -l, -/ the (empty)
// extended system attributes, -% all the file's three times.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";
import { osEntry } from "../../../engine/os/index.js";

const USAGE = "usage: ls -aAbBcCdeEfFghHiklLmnopqrRsStuUwxvV1@/[c | v]%[atime | crtime | ctime | mtime | all] [files]\n";
const PASSWD = "-rw-r--r--   1 root     sys         1090 ";

test("ls -N is not a Solaris option: the message, the usage, status 2", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -N /"), { output: "ls: illegal option -- N\n" + USAGE, status: 2 });
});

test("ls's page and Tab's flags are Solaris's: no -N, the -e/-E/-v/-V/-@ options there", () => {
  const { run } = solarisSession();
  const page = run("man ls 2>/dev/null | cat").output;
  assert.match(page, /^SYNOPSIS\n {5}ls \[-aAbBcCdeEfFghHiklLmnopqrRsStuUwxvV1@\] \[-\/ c \| v\]/m);
  assert.not.match(page, /^ {5}-N /m);
  assert.match(page, /^ {5}-E {3}Long/m);
  const flags = osEntry("solaris").commands().get("ls")!.flags!;
  assert.ok(flags.includes("-E") && flags.includes("-@") && !flags.includes("-N"));
  assert.ok(osEntry("aix").commands().get("ls")!.flags!.includes("-N"), "AIX keeps its own");
});

test("ls -E: a long listing with the ISO time to the nanosecond and the zone", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -E /etc/passwd"), { output: PASSWD + "2013-02-14 09:30:00.000000000 +0000 /etc/passwd\n", status: 0 });
});

test("ls -e: a long listing with the full date and time; the later of -e and -E wins", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -e /etc/passwd").output, PASSWD + "Feb 14 09:30:00 2013 /etc/passwd\n");
  assert.equal(run("ls -Ee /etc/passwd").output, PASSWD + "Feb 14 09:30:00 2013 /etc/passwd\n");
  assert.equal(run("ls -eE /etc/passwd").output, PASSWD + "2013-02-14 09:30:00.000000000 +0000 /etc/passwd\n");
});

test("ls -v on zfs: Solaris 11's trivial ACL, folded at 75 columns", () => {
  const { run } = solarisSession();
  assert.equal(
    run("ls -v /etc/passwd").output,
    PASSWD + "Feb 14 09:30 /etc/passwd\n" +
      "     0:owner@:read_data/write_data/append_data/read_xattr/write_xattr\n" +
      "         /read_attributes/write_attributes/read_acl/write_acl/write_owner\n" +
      "         /synchronize:allow\n" +
      "     1:group@:read_data/read_xattr/read_attributes/read_acl/synchronize:allow\n" +
      "     2:everyone@:read_data/read_xattr/read_attributes/read_acl/synchronize\n" +
      "         :allow\n",
  );
});

test("ls -V on zfs: the compact form; a directory's has x", () => {
  const { run } = solarisSession();
  assert.equal(
    run("ls -dV /etc").output,
    "drwxr-xr-x   8 root     root          18 Feb 14 09:30 /etc\n" +
      "            owner@:rwxp--aARWcCos:-------:allow\n" +
      "            group@:r-x---a-R-c--s:-------:allow\n" +
      "         everyone@:r-x---a-R-c--s:-------:allow\n",
  );
});

test("ls -v on tmpfs: the POSIX-draft ACL of the mode", () => {
  const { run } = solarisSession();
  run("touch /tmp/f; chmod 640 /tmp/f");
  assert.equal(
    run("ls -v /tmp/f").output,
    "-rw-r-----   1 root     root           0 Feb 14 09:30 /tmp/f\n" +
      "     0:user::rw-\n     1:group::r--\t\t#effective:r--\n     2:mask:r--\n     3:other:---\n",
  );
});

test("ls -@ is a long listing (no extended attributes: no @ mark)", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -@ /etc/passwd"), { output: PASSWD + "Feb 14 09:30 /etc/passwd\n", status: 0 });
});

test("ls -/ c: a long listing and the empty attribute braces; a bad -/ argument is the usage alone", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -/ c /etc/passwd").output, PASSWD + "Feb 14 09:30 /etc/passwd\n\t\t{}\n");
  assert.equal(run("ls -/ x /etc/passwd"), { output: USAGE, status: 2 });
  assert.equal(run("ls -/"), { output: "ls: option requires an argument -- /\n" + USAGE, status: 2 });
});

test("ls -% all: the three times after the name; -% with a bad word is the usage", () => {
  const { run } = solarisSession();
  const t = " Feb 14 09:30:00 2013 ";
  assert.equal(
    run("ls -% all /etc/passwd").output,
    `/etc/passwd\n         timestamp: atime        ${t}\n         timestamp: ctime        ${t}\n         timestamp: mtime        ${t}\n`,
  );
  assert.equal(run("ls -% birth /etc/passwd"), { output: USAGE, status: 2 });
});

test("ls -h scales the size; -i is %10llu", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -lh /etc/passwd").output, "-rw-r--r--   1 root     sys         1.1K Feb 14 09:30 /etc/passwd\n");
  assert.match(run("ls -i /etc/passwd").output, /^ {2,}\d+ \/etc\/passwd\n$/);
});

test.run();
