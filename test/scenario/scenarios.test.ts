// Every scenario file under scenarios/ is a test: its commands run on a fresh machine and what
// the terminal shows must match the transcript. Replaying twice gives identical bytes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { scenarioFiles } from "../../shell/check.js";
import { runScenario } from "../../engine/scenario/check.js";
import { parseScenario, requireCommands } from "../../engine/scenario/parse.js";

for (const file of scenarioFiles(["scenarios"])) {
  test(`scenario ${file}`, () => {
    const sc = parseScenario(readFileSync(file, "utf8"));
    requireCommands(sc);
    const res = runScenario(sc, dirname(file));
    if (!res.ok) assert.unreachable(`${file}\n${res.report}`);
    const again = runScenario(sc, dirname(file));
    assert.equal(
      again.results.map((r) => r.output + `[${r.status}]`),
      res.results.map((r) => r.output + `[${r.status}]`),
      "a second replay gives identical bytes",
    );
  });
}

test("a scenario's settings are checked as --setting's are", () => {
  const sc = (settings: string) => `---\ntitle: t\nos: aix\nsettings: ${settings}\n---\n`;
  assert.throws(() => parseScenario(sc("{ step_budgt: 10 }")), /^settings: no setting named step_budgt \(settings: /);
  assert.throws(() => parseScenario(sc("{ wpar: 1 }")), /^settings: setting wpar takes true or false, not 1$/);
  assert.equal(parseScenario(sc("{ ulimit_fsize: 0, wpar: true }")).meta.settings, { ulimit_fsize: 0, wpar: true });
});

test.run();
