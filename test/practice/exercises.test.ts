// The practice exercises as a UI opens them: the solution typed line by line solves each (a
// command that asks at the terminal, as mkfs does, gets the answer the transcript shows; the
// questions get right answers once it has run), and opening again (a reset) starts from set-up.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { scenarioFiles } from "../../shell/check.js";
import { commandSteps, parseScenario } from "../../engine/scenario/parse.js";
import { runTyped } from "../../engine/scenario/drive.js";
import { openExercise } from "../../engine/practice/index.js";

for (const file of scenarioFiles(["scenarios/practice"])) {
  test(`${file}: the solution solves it; a reset starts again`, () => {
    const sc = parseScenario(readFileSync(file, "utf8"));
    const first = openExercise(sc, dirname(file));
    assert.ok(first.exercise.task.length > 0, "it has a task");
    assert.is(first.run.solved, null);
    let solvedAt = 0;
    const steps = commandSteps(sc);
    assert.equal(steps.map((s) => s.command), first.exercise.solution);
    for (const [i, step] of steps.entries()) {
      assert.not.match(step.command, /\[=\w+\]/, "a solution a person can type: no capture in a command");
      runTyped(first.session, step.command, step.expected);
      if (first.run.check().justSolved) solvedAt = i + 1;
    }
    if (first.exercise.questions.length === 0) {
      assert.ok(solvedAt > 0);
      assert.is(first.run.solved!.commands, solvedAt);
    } else {
      // a question is a goal: the solution's commands alone leave it open; its answers finish it
      assert.is(solvedAt, 0, "solved before its questions were answered");
      assert.ok(first.run.goalsHold, "every goal holds after the solution");
      for (const q of first.exercise.questions) {
        const a = first.run.rightAnswer(q.id);
        assert.ok(a !== null && first.run.answer(q.id, a).ok, `question ${q.id}: ${a}`);
      }
      assert.is(first.run.solved!.commands, steps.length);
    }
    first.run.dispose();
    const again = openExercise(sc, dirname(file));
    assert.is(again.run.solved, null);
    assert.equal(again.run.questionsAnswered, [], "no answer carried over");
    assert.ok(again.run.goals().some((g) => !g.holds) || again.exercise.questions.length > 0, "a goal is open at set-up, or a question");
  });
}

test.run();
