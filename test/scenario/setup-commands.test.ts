// setup: commands: command lines the scenario's shell runs unseen before its first command, so a
// scenario (an exercise above all) can start from a state only commands make: a process inside a
// mount, a device left behind. A set-up command that fails is the scenario's error.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScenario } from "../../engine/scenario/check.js";
import { parseScenario, ScenarioError } from "../../engine/scenario/parse.js";

const scenario = (commands: string, body: string) =>
  parseScenario(`---\ntitle: t\nos: aix\nsetup:\n  dirs: [/data]\n  commands:\n${commands}\n---\n\n\`\`\`console\n${body}\`\`\`\n`);

test("the commands run in the scenario's shell, unseen: its cwd, its jobs and the machine stay as they left them", () => {
  const sc = scenario(`    - mkdir /data/x\n    - cd /data/x\n    - echo hidden > f`, "# pwd\n/data/x\n# cat f\nhidden\n");
  const r = runScenario(sc);
  assert.ok(r.ok, r.report);
  assert.equal(r.results.map((c) => c.output.includes("mkdir")), [false, false]);
});

test("a set-up command that fails is the scenario's error, naming the command and what it said", () => {
  const sc = scenario(`    - cd /nonexistent`, "# pwd\n/\n");
  assert.throws(() => runScenario(sc), (e: unknown) => e instanceof ScenarioError && /^setup: commands: cd \/nonexistent: exit status [1-9]/.test(e.message));
});

test("setup: commands takes a list of command lines", () => {
  assert.throws(() => parseScenario(`---\ntitle: t\nos: aix\nsetup:\n  commands: cd /\n---\n\n\`\`\`console\n# pwd\n/\n\`\`\`\n`), /setup: commands takes a list of command lines/);
  assert.throws(() => parseScenario(`---\ntitle: t\nos: aix\nsetup:\n  commands: [3]\n---\n\n\`\`\`console\n# pwd\n/\n\`\`\`\n`), /setup: commands takes command lines, not 3/);
});

test("looplab check reports a failed set-up command at its line of the front matter and goes on", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-setupcmd-"));
  writeFileSync(join(dir, "a.md"), "---\ntitle: t\nos: aix\nsetup:\n  commands:\n    - cd /nonexistent\n---\n```console\n# pwd\n/\n```\n");
  writeFileSync(join(dir, "b.md"), "---\ntitle: t\nos: aix\n---\n```console\n# echo hi\nhi\n```\n");
  const r = spawnSync(process.execPath, ["dist/looplab.mjs", "check", dir], { input: "", encoding: "utf8" });
  assert.is(r.stdout, `FAIL ${dir}/a.md:6: setup: commands: cd /nonexistent: exit status 1: ksh: /nonexistent:  not found.\npass ${dir}/b.md\n1 passed, 1 failed\n`);
  assert.is(r.status, 1);
});

test.run();
