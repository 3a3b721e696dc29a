// --os bsd in every entry point of the built bin: -c, standard input, --echo, check and replay
// of the BSD scenarios, a cast; and a system that is not built refused the same way everywhere.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = "dist/looplab.mjs";
const lab = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

test("--os bsd -c boots BSD/OS: uname, the fstab, a command that is not found (status 1)", () => {
  const r = lab(["--os", "bsd", "-c", "uname -sr; cat /etc/fstab; ls /usr/include/sys"]);
  assert.is(r.out, "BSD/OS 4.3\n/dev/wd0a\t/\t\tufs\trw \t0 \t1\n/dev/wd0h\t/usr\t\tufs\trw \t0 \t2\ncdefs.h\nerrno.h\nmount.h\nparam.h\nstat.h\ntypes.h\n");
  assert.is(r.status, 0);
  // the machine's terminal is the bin's standard output: what the shell writes to stderr is there
  assert.equal(lab(["--os=bsd", "-c", "nosuchcommand"]), { out: "nosuchcommand: not found\n", err: "", status: 1 });
});

test("--os bsd on standard input, and with --echo a transcript with sh's prompt", () => {
  // error() in cd: status 2 (ash's eval.c), the shell's status at the end of its input
  assert.equal(lab(["--os", "bsd"], "id -un\ncd /nonexistent\n"), { out: "root\ncd: can't cd to /nonexistent\n", err: "", status: 2 });
  const r = lab(["--os", "bsd", "--echo"], "hostname\nexit 3\n");
  assert.is(r.out, "# hostname\nbsdlab\n# exit 3\n");
  assert.is(r.status, 3);
});

test("check and replay take the BSD scenarios (os: bsd)", () => {
  const c = lab(["check", "scenarios/bsd"]);
  assert.match(c.out, /pass scenarios\/bsd\/01-the-machine\.md/);
  assert.is(c.status, 0);
  const out = join(mkdtempSync(join(tmpdir(), "looplab-bsd-")), "m.cast");
  const r = lab(["replay", "scenarios/bsd/01-the-machine.md", "--cast", out]);
  assert.is(r.status, 0, r.err);
  const cast = readFileSync(out, "utf8");
  assert.match(cast.split("\n")[0]!, /"SHELL":"\/bin\/sh"/);
  assert.ok(cast.includes("BSD/OS bsdlab 4.3"));
});

test("a system that is not built: the same line from -c, check and replay, status 2", () => {
  const line = "looplab: the hpux machine is not built yet; available: aix, bsd, solaris\n";
  assert.equal(lab(["--os", "hpux", "-c", "true"]), { out: "", err: line, status: 2 });
  assert.equal(lab(["--os", "hpux"], "true\n"), { out: "", err: line, status: 2 });
  assert.is(lab(["check", "--os", "hpux", "scenarios/bsd"]).err, line);
  assert.is(lab(["replay", "--os", "hpux", "scenarios/bsd/01-the-machine.md", "--cast", "/dev/null"]).err, line);
});

test.run();
