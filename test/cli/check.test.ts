// looplab check on files and directories: a bad file is one FAIL line naming the file and line and
// the next file is still checked; a file that is not a scenario fails; exit status 0 when all
// pass, 1 when one fails, 2 when the command line is wrong. --update writes only failing blocks,
// checks what it wrote again, and never writes a host file from outside the scenario's folder.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = "dist/looplab.mjs";
const lab = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};
const GOOD = "---\ntitle: t\nos: aix\n---\n```console\n# echo hi\nhi\n```\n";

test("a directory with one bad file: it is reported on one line, the others are checked", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checkdir-"));
  writeFileSync(join(dir, "a.md"), GOOD);
  writeFileSync(join(dir, "b.md"), "---\ntitle: t\nos: aix\ntittle: x\n---\n```console\n# echo hi\nhi\n```\n");
  writeFileSync(join(dir, "c.md"), GOOD);
  writeFileSync(join(dir, "d.md"), "# Notes\n\nnot a scenario\n");
  writeFileSync(join(dir, "e.md"), "---\ntitle: t\nos: aix\n---\nno commands\n");
  writeFileSync(join(dir, "notes.txt"), "not looked at: only *.md in a directory\n");
  const r = lab(["check", dir]);
  assert.is(
    r.out,
    [
      `pass ${dir}/a.md`,
      `FAIL ${dir}/b.md:4: unknown key "tittle" (keys: title, os, clock, hostname, settings, setup, trace, goals, hints, near-miss, also, questions, hide-panes)`,
      `pass ${dir}/c.md`,
      `FAIL ${dir}/d.md:1: not a scenario: it does not start with YAML front matter (---)`,
      `FAIL ${dir}/e.md:1: no commands: a scenario needs a \`\`\`console block with a command (a line starting with "# ")`,
      "2 passed, 3 failed",
      "",
    ].join("\n"),
  );
  assert.is(r.status, 1);
});

test("a set-up the machine refuses: one line at the set-up's line, and the next file is checked", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checksetup-"));
  writeFileSync(join(dir, "a.md"), "---\ntitle: t\nos: aix\nsetup:\n  dirs: [/tmp/a]\n  files: { /etc: x }\n---\n```console\n# echo hi\nhi\n```\n");
  writeFileSync(join(dir, "b.md"), "---\ntitle: t\nos: aix\nsetup:\n  images:\n    /b/x: { iso9660: { volume: V, files: { ../x: y } } }\n---\n```console\n# echo hi\nhi\n```\n");
  writeFileSync(join(dir, "c.md"), GOOD);
  assert.equal(lab(["check", dir]), {
    out: `FAIL ${dir}/a.md:6: setup: cannot make /etc: EISDIR\nFAIL ${dir}/b.md:6: setup: cannot make /b/x: EINVAL: iso writer: bad path "../x"\npass ${dir}/c.md\n1 passed, 2 failed\n`,
    err: "",
    status: 1,
  });
});

test("exit status: 0 all pass, 1 one fails (a named file that is not a scenario too), 2 a missing path; nothing to check fails", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checkexit-"));
  writeFileSync(join(dir, "ok.md"), GOOD);
  writeFileSync(join(dir, "plain.txt"), "hello\n");
  assert.is(lab(["check", join(dir, "ok.md")]).status, 0);
  const txt = lab(["check", join(dir, "plain.txt")]);
  assert.equal(txt, { out: `FAIL ${dir}/plain.txt:1: not a scenario: it does not start with YAML front matter (---)\n0 passed, 1 failed\n`, err: "", status: 1 });
  assert.equal(lab(["check", join(dir, "none")]), { out: "", err: `looplab check: ${dir}/none: no such file or directory\n`, status: 2 });
  mkdirSync(join(dir, "empty"));
  assert.equal(lab(["check", join(dir, "empty")]), { out: "", err: `looplab check: no scenario files (*.md) in ${dir}/empty\n`, status: 1 });
});

test("--update: only the failing block is rewritten, [..] kept; the file then passes", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checkupd-"));
  const f = join(dir, "u.md");
  const text = (second: string) => `---\ntitle: t\nos: aix\n---\n\`\`\`console\n# uname; uname -r\nAIX\n[..]\n# echo a; echo b\n${second}\`\`\`\n`;
  writeFileSync(f, text("a\nc\n"));
  assert.equal(lab(["check", "--update", f]), { out: `UPDATED ${f}\n1 passed, 0 failed\n`, err: "", status: 0 });
  assert.is(readFileSync(f, "utf8"), text("a\nb\n"));
  assert.is(lab(["check", f]).status, 0);
});

test("--update: a block that can pass only once an earlier one is updated is updated in a later pass", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checkupd2-"));
  const f = join(dir, "w.md");
  const text = (a: string, b: string) => `---\ntitle: t\nos: aix\n---\n\`\`\`console\n# echo loop5; echo z\nloop[N:n]\n${a}\n# echo [=n]\n${b}\n\`\`\`\n`;
  writeFileSync(f, text("y", "wrong"));
  // the first block fails, so its capture has no value and the second is not run; once the first
  // is updated the second runs, fails, and is updated in turn
  assert.equal(lab(["check", "--update", f]), { out: `UPDATED ${f}\n1 passed, 0 failed\n`, err: "", status: 0 });
  assert.is(readFileSync(f, "utf8"), text("z", "5"));
});

test("--update that would leave a file that cannot be read writes nothing and says why", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-checkupd3-"));
  const f = join(dir, "v.md");
  const text = "---\ntitle: t\nos: aix\n---\n```console\n# echo x\nloop[N:n]\n# echo [=n]\n[=n]\n```\n";
  writeFileSync(f, text);
  const r = lab(["check", "--update", f]);
  assert.is(r.out, `FAIL ${f}:6: # echo x\n  --- expected\n  +++ actual\n  @@ -1,1 +1,1 @@\n  -loop[N:n]\n  +x\n  not updated: the file would then fail at line 8: [=n]: no earlier command's output captures n ([N:n] or [..:n])\n0 passed, 1 failed\n`);
  assert.is(r.status, 1);
  assert.is(readFileSync(f, "utf8"), text);
});

test("an import outside the scenario's folder fails the file and --update writes nothing of it", () => {
  const root = mkdtempSync(join(tmpdir(), "looplab-checkimp-"));
  mkdirSync(join(root, "sc"));
  writeFileSync(join(root, "secret"), "top secret\n");
  const f = join(root, "sc", "leak.md");
  const text = "---\ntitle: t\nos: aix\nsetup:\n  images:\n    /backup/s: { import: ../secret }\n---\n```console\n# cat /backup/s\nx\n```\n";
  writeFileSync(f, text);
  const line = `FAIL ${f}:6: cannot import ../secret: outside the scenario's folder ${root}/sc (--allow-import DIR allows a folder)\n0 passed, 1 failed\n`;
  assert.equal(lab(["check", "--update", f]), { out: line, err: "", status: 1 });
  assert.is(readFileSync(f, "utf8"), text);
  writeFileSync(f, text.replace("../secret", "/etc/hostname"));
  assert.match(lab(["check", f]).out, /:6: cannot import \/etc\/hostname: outside the scenario's folder/);
  writeFileSync(f, text);
  assert.match(lab(["check", "--allow-import", root, f]).out, /\n  -x\n  \+top secret\n/);
});

test.run();
