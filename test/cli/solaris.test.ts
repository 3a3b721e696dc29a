// --os solaris in every entry point of the built bin: -c, standard input, --echo (bash's prompt),
// check and replay of the Solaris scenarios, a cast.
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

test("--os solaris -c boots Solaris 11.1: uname, the root dataset, a command that is not found (127)", () => {
  const r = lab(["--os", "solaris", "-c", "uname -a; head -1 /etc/mnttab | cut -f1-3"]);
  assert.is(r.out, "SunOS solaris 5.11 11.1 i86pc i386 i86pc\nrpool/ROOT/solaris\t/\tzfs\n");
  assert.is(r.status, 0);
  // -c is bash -c: $0 names it, not the login's -bash
  assert.equal(lab(["--os=solaris", "-c", "nosuchcommand"]), { out: "bash: nosuchcommand: command not found\n", err: "", status: 127 });
});

test("--os solaris on standard input, and with --echo a transcript with bash's prompt", () => {
  // standard input is bash reading a script: $0 and the line
  assert.equal(lab(["--os", "solaris"], "id\ncd /nonexistent\n"), { out: "uid=0(root) gid=0(root)\nbash: line 2: cd: /nonexistent: No such file or directory\n", err: "", status: 1 });
  const r = lab(["--os", "solaris", "--echo"], "hostname\ncd /export/home\nexit 3\n");
  assert.is(r.out, "root@solaris:~# hostname\nsolaris\nroot@solaris:~# cd /export/home\nroot@solaris:/export/home# exit 3\n");
  assert.is(r.status, 3);
});

test("check and replay take the Solaris scenarios (os: solaris)", () => {
  const c = lab(["check", "scenarios/solaris"]);
  assert.match(c.out, /pass scenarios\/solaris\/01-the-machine\.md/);
  assert.is(c.status, 0);
  const out = join(mkdtempSync(join(tmpdir(), "looplab-solaris-")), "m.cast");
  const r = lab(["replay", "scenarios/solaris/01-the-machine.md", "--cast", out]);
  assert.is(r.status, 0, r.err);
  const cast = readFileSync(out, "utf8");
  assert.match(cast.split("\n")[0]!, /"SHELL":"\/usr\/bin\/bash"/);
  assert.ok(cast.includes("SunOS solaris 5.11 11.1 i86pc i386 i86pc"));
});

test.run();
