// looplab check's self-proof of an exercise: every way a check could be unable to fail is a
// failing scenario with a line that says which.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkText } from "../../engine/scenario/check.js";
import { scenarioText } from "./helpers.js";

/** an exercise on AIX whose solution is `touch /tmp/x` */
function check(front: string, solution = "# touch /tmp/x") {
  return checkText(scenarioText(`title: t\nos: aix\n${front}`, `Make /tmp/x.\n\n\`\`\`console\n${solution}\n\`\`\`\n`));
}

const GOOD = "goals: [{ id: x, text: /tmp/x exists, file: /tmp/x }]\nnear-miss: [touch /tmp/y]\nalso: ['echo > /tmp/x']";

test("a sound exercise passes, and says so", () => {
  const r = check(GOOD);
  assert.ok(r.ok, r.report);
  assert.equal(r.proof, { ok: true, failures: [] });
});

test("a scenario without goals has no proof", () => {
  const r = checkText(scenarioText("title: t\nos: aix", "```console\n# true\n```\n"));
  assert.ok(r.ok);
  assert.is(r.proof, undefined);
});

test("(a) goals that already hold at set-up fail the scenario", () => {
  const r = check("goals: [{ id: x, text: t, file: /etc }]\nnear-miss: [rm -r /etc]", "# ls -d /etc\n/etc");
  assert.is(r.ok, false);
  assert.ok(r.results.every((c) => c.ok), "the transcript itself matches");
  assert.equal(r.proof!.failures, ["the goals already hold right after set-up: the exercise is solved before any command"]);
  // goals: is line 4 of the file
  assert.is(r.report, "line 4: practice self-proof failed\nthe goals already hold right after set-up: the exercise is solved before any command\n");
});

test("(b) a solution that leaves a goal false fails the scenario", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x }, { id: y, text: t, file: /tmp/y }]");
  assert.equal(r.proof!.failures, ["after the solution, goal y does not hold: /tmp/y does not exist"]);
});

test("(c) a near-miss that makes every goal true fails the scenario", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x }]\nnear-miss: [[mkdir /tmp/x], { text: a second touch, run: touch /tmp/y /tmp/x }]");
  assert.equal(r.proof!.failures, [
    "near-miss 1 (mkdir /tmp/x) has every goal true (after mkdir /tmp/x): the goals do not tell it from a solution",
    "near-miss 2 (a second touch) has every goal true (after touch /tmp/y /tmp/x): the goals do not tell it from a solution",
  ]);
  // the goal that would tell them apart
  assert.ok(check("goals: [{ id: x, text: t, file: { path: /tmp/x, type: file } }]\nnear-miss: [mkdir /tmp/x]").ok);
});

test("(c) a near-miss that is solved on the way, then undone, still fails", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x }]\nnear-miss: [[touch /tmp/x, rm /tmp/x]]");
  assert.equal(r.proof!.failures, ["near-miss 1 (touch /tmp/x; rm /tmp/x) has every goal true (after touch /tmp/x): the goals do not tell it from a solution"]);
});

test("(d) another path that does not solve it fails the scenario", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x }]\nalso: [touch /tmp/y]");
  assert.equal(r.proof!.failures, ["also 1 (touch /tmp/y) does not solve the exercise: goal x: /tmp/x does not exist"]);
});

test("(e) a goal that never fails anywhere checks nothing", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x }, { id: etc, text: t, file: /etc }]");
  assert.equal(r.proof!.failures, ["goal etc holds at set-up, through the solution and after every near-miss: nothing shows it can fail (add a near-miss that breaks it)"]);
  const n = check("goals: [{ id: x, text: t, file: /tmp/x }, { id: u, text: t, not: { ran: umount } }]\nnear-miss: [touch /tmp/y]");
  assert.equal(n.proof!.failures, ["goal u holds at set-up, through the solution and after every near-miss: nothing shows it can fail"]);
  // a near-miss that breaks it proves it
  assert.ok(check("goals: [{ id: x, text: t, file: /tmp/x }, { id: u, text: t, not: { ran: umount } }]\nnear-miss: [[umount /tmp, touch /tmp/x]]").ok);
});

test("(f) a hint that prints the solution's command fails the scenario", () => {
  const r = check(`${GOAL_HINTS}`);
  assert.equal(r.proof!.failures, ['goal x: hint "type touch /tmp/x" prints the solution\'s command touch /tmp/x']);
});
const GOAL_HINTS = "goals: [{ id: x, text: t, file: /tmp/x, hints: ['touch makes a file', 'type touch /tmp/x'] }]\nhints: [look at touch(1)]";

test("(g) questions: a pattern that takes an empty answer or not its example, a state answer never there", () => {
  const r = check(
    "goals: [{ id: x, text: t, file: /tmp/x }]\nquestions:\n  - { id: any, prompt: p, answer: '.*', example: x }\n  - { id: typo, prompt: p, answer: '(?i)cdrfs$x', example: cdrfs }\n  - { id: dev, prompt: p, answer-from: { holder-of: /backup/cd_image } }",
  );
  assert.equal(r.proof!.failures, [
    "question any: the answer pattern accepts an empty answer",
    "question typo: the answer pattern does not take its example cdrfs",
    "question dev: the machine has no answer to it at any moment of the solution",
  ]);
  const none = check("goals: [{ id: x, text: t, file: /tmp/x }]\nquestions: [{ id: q, prompt: p, answer: cdrfs }]");
  assert.is(none.report, "line 4: questions[1]: example is missing (a right answer the pattern takes)\n");
});

test("a question is a goal: goals that hold from set-up on, with a question to answer, are no exercise solved before it starts", () => {
  // "nothing is wrong, change nothing": /etc stays; the near-miss that removes it proves the goal
  const front = "hide-panes: [mounts]\ngoals: [{ id: etc, text: t, file: /etc }]\nquestions: [{ id: q, prompt: p, answer-from: { fstype-of: / } }]\nnear-miss: [rm -r /etc]";
  const r = check(front, "# ls -d /etc\n/etc");
  assert.ok(r.ok, r.report);
  // without the question it would be solved at set-up
  assert.equal(check("goals: [{ id: etc, text: t, file: /etc }]\nnear-miss: [rm -r /etc]", "# ls -d /etc\n/etc").proof!.failures, [
    "the goals already hold right after set-up: the exercise is solved before any command",
  ]);
  // a near-miss is judged on the goals: it answers nothing, so one that keeps every goal proves nothing
  assert.equal(check(front.replace("rm -r /etc", "ls /"), "# ls -d /etc\n/etc").proof!.failures, [
    "near-miss 1 (ls /) has every goal true at its end (after ls /): the goals do not tell it from a solution",
    "goal etc holds at set-up, through the solution and after every near-miss: nothing shows it can fail",
  ]);
});

test("goals that do not load fail the scenario with the loader's line", () => {
  const r = check("goals: [the file is there]");
  assert.is(r.ok, false);
  assert.is(r.report, "line 4: goals[1]: a goal is a mapping with id, text and one kind (mount, device, odm, binding, layer, file, cwd, no-temporary-loops, ran, restarted, or not:)\n");
  assert.equal(r.proof, { ok: false, failures: [r.failure!.message], unreadable: true });
});

test("a transcript difference and a failed proof are both reported", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/y }]", "# touch /tmp/x\nsomething");
  assert.match(r.report, /^line \d+: # touch \/tmp\/x\n/);
  assert.match(r.report, /\nline 4: practice self-proof failed\nafter the solution, goal x does not hold: \/tmp\/y does not exist\n$/);
  assert.is(r.failure!.message, "# touch /tmp/x", "the first failure is the transcript's");
});

test("(f) a hint that holds a word a question's pattern takes gives the answer away", () => {
  const r = check("goals: [{ id: x, text: t, file: /tmp/x, hints: ['the ODM class (CuDv) lists it'] }]\nquestions: [{ id: q, prompt: Which class?, answer: (?i)cudv, example: CuDv }]");
  assert.equal(r.proof!.failures, ['goal x: hint "the ODM class (CuDv) lists it" gives question q\'s answer CuDv']);
});

test("(h) a question about the machine as found, answered by a pane left shown, fails the scenario", () => {
  // the set-up binds the image: the Devices pane shows loop0 and its file from the start
  const front = (hide: string) =>
    `setup: { commands: ['mkdev -c loopback -s node -t loopback', 'loopmount -i /backup/cd_image -l loop0 -o "-V cdrfs -o ro" -m /mnt'] }\n${hide}goals: [{ id: x, text: /tmp/x exists, file: /tmp/x }]\nnear-miss: [touch /tmp/y]\nquestions: [{ id: dev, prompt: Which device holds the image?, answer-from: { holder-of: /backup/cd_image } }]`;
  const shown = check(front(""));
  assert.equal(shown.proof!.failures, ["question dev is about the machine as found, and the devices pane shows its answer from the start: add hide-panes: [devices]"]);
  assert.ok(check(front("hide-panes: [devices]\n")).ok);
});

test.run();
