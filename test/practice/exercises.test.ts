// The practice exercises as a UI opens them: the solution typed line by line solves each, and
// opening again (a reset) starts from set-up.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { scenarioFiles } from "../../shell/check.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { openExercise } from "../../engine/practice/index.js";
import { runLine } from "../../engine/session.js";

for (const file of scenarioFiles(["scenarios/practice"])) {
  test(`${file}: the solution solves it; a reset starts again`, () => {
    const sc = parseScenario(readFileSync(file, "utf8"));
    const first = openExercise(sc, dirname(file));
    assert.ok(first.exercise.task.length > 0, "it has a task");
    assert.is(first.run.solved, null);
    let solvedAt = 0;
    for (const [i, line] of first.exercise.solution.entries()) {
      runLine(first.session, line);
      if (first.run.check().justSolved) solvedAt = i + 1;
    }
    assert.ok(solvedAt > 0);
    assert.is(first.run.solved!.commands, solvedAt);
    first.run.dispose();
    const again = openExercise(sc, dirname(file));
    assert.is(again.run.solved, null);
    assert.ok(again.run.goals().some((g) => !g.holds));
  });
}

test.run();
