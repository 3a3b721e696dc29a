// Loading goals, questions, near-misses: a mistake is one line naming the entry.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadExercise } from "../../engine/practice/index.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { scenarioText } from "./helpers.js";

const load = (os: string, front: string, body = "") => loadExercise(parseScenario(scenarioText(`title: t\nos: ${os}\n${front}`, body)));
const fails = (os: string, front: string, msg: string) => {
  try {
    load(os, front);
  } catch (e) {
    assert.is((e as Error).name, "PracticeError");
    assert.is((e as Error).message, msg);
    return;
  }
  assert.unreachable(`loaded: ${front}`);
};

test("a goal: id, text, one kind", () => {
  fails("aix", "goals: []", "goals: a list of goals (at least one)");
  fails("aix", "goals: [the image is mounted]", "goals[1]: a goal is a mapping with id, text and one kind (mount, device, odm, binding, layer, file, cwd, no-temporary-loops, ran, restarted, or not:)");
  fails("aix", "goals: [{ text: t, file: /x }]", "goals[1]: id is missing");
  fails("aix", "goals: [{ id: a, file: /x }]", "goal a: text is missing");
  fails("aix", "goals: [{ id: a, text: t }]", "goal a: no kind (one of mount, device, odm, binding, layer, file, cwd, no-temporary-loops, ran, restarted, or not:)");
  fails("aix", "goals: [{ id: a, text: t, file: /x, ran: ls }]", "goal a: one kind only, not file and ran");
  fails("aix", "goals: [{ id: a, text: t, file: /x, when: now }]", "goals[1]: unknown key when (known: id, text, after, once, explain, brought-about, hints, not, mount, device, odm, binding, layer, file, cwd, no-temporary-loops, ran, restarted)");
  fails("aix", "goals: [{ id: a, text: t, mount: { on: /x, ro: yes } }]", "goal a: mount: ro takes true or false");
  fails("aix", "goals: [{ id: a, text: t, mount: { on: x } }]", "goal a: mount: on takes an absolute path, not x");
  fails("aix", "goals: [{ id: a, text: t, file: { path: /x, matches: '(' } }]", "goal a: file: the pattern ( does not compile: error parsing regexp: missing closing ): `(`");
  fails("bsd", "goals: [{ id: a, text: t, file: { path: /x, uid: ten } }]", "goal a: file: uid takes a whole number");
  fails("bsd", "goals: [{ id: a, text: t, file: { path: /x, gid: -1 } }]", "goal a: file: gid takes a whole number");
  fails("aix", "goals: [{ id: a, text: t, not: { file: /x }, file: /y }]", "goal a: not: holds the kind, not beside it");
  fails("aix", "goals: [{ id: a, text: t, file: { path: /x, size: 1.5 } }]", "goal a: file: size takes a whole number");
});

test("ids and order: unique, after names a goal, no cycle", () => {
  fails("aix", "goals: [{ id: a, text: t, file: /x }, { id: a, text: t, file: /y }]", "two goals have the id a");
  fails("aix", "goals: [{ id: a, text: t, after: b, file: /x }]", "goal a: after: no goal has the id b");
  fails("aix", "goals: [{ id: a, text: t, after: b, file: /x }, { id: b, text: t, after: a, file: /y }]", "goal a: after: the goals wait for each other (a → b → a)");
  fails("aix", "goals: [{ id: a, text: t, brought-about: true, file: /x }]", "goal a: brought-about: needs after: (what the state must come about after)");
  fails("aix", "goals: [{ id: a, text: t, file: /x }, { id: b, text: t, after: a, brought-about: true, ran: ls }]", "goal b: brought-about: is for a state goal (an action's after: already counts only what ran since)");
});

test("kinds of one system are refused on another", () => {
  fails("bsd", "goals: [{ id: a, text: t, no-temporary-loops: true }]", "goal a: no-temporary-loops: temporary loop devices are AIX's (loopmount); on bsd use not: { binding: {} }");
  fails("solaris", "goals: [{ id: a, text: t, odm: { class: CuDv, where: { name: x } } }]", "goal a: odm: the ODM is AIX's; not on solaris");
  fails("bsd", "goals: [{ id: a, text: t, device: { name: vnd0, state: Available } }]", "goal a: device: state and temporary are AIX's (the ODM); not on bsd");
  fails("bsd", "goals: [{ id: a, text: t, layer: { on: /mnt, nosub: true } }]", "goal a: layer: nosub is lofs's (Solaris); not on bsd");
});

test("bare values, YAML's null as the null layer, the task and the solution", () => {
  const ex = load(
    "bsd",
    "goals:\n  - { id: a, text: t, layer: { on: /mnt/, type: null } }\n  - { id: b, text: t, ran: vndconfig }\n  - { id: c, text: t, binding: /images/cd.iso }",
    "The task.\n\n```console\n# vndconfig -s /images/cd.iso\n[..]\n```\n\nAfter.\n",
  );
  assert.equal(ex.goals[0]!.test.pred, { kind: "layer", on: "/mnt", type: "null" });
  assert.equal(ex.goals[1]!.test.pred, { kind: "ran", command: "vndconfig" });
  assert.equal(ex.goals[2]!.test.pred, { kind: "binding", image: "/images/cd.iso" });
  assert.is(ex.task, "The task.");
  assert.equal(ex.solution, ["vndconfig -s /images/cd.iso"]);
});

test("questions, near-misses and other paths", () => {
  const g = "goals: [{ id: a, text: t, file: /x }]\n";
  fails("aix", `${g}questions: [{ id: q, prompt: p }]`, "questions[1]: one of answer (a pattern) or answer-from (the machine's state)");
  fails("aix", `${g}questions: [{ id: q, prompt: p, answer-from: { holder: /x } }]`, "question q: answer-from: unknown key holder (known: holder-of, image-of, mounted-on, fstype-of, state-of, attribute, users-of, device-number-of)");
  fails("aix", `${g}near-miss: [[]]`, "near-miss[1]: a command line, or a list of them (or { text, run })");
  fails("aix", `${g}also: touch /x`, "also: a list of command sequences");
  const ex = load("aix", `${g}near-miss:\n  - touch /y\n  - [mkdir /d, touch /d/x]\n  - { text: the wrong file, run: touch /z }`);
  assert.equal(ex.nearMisses, [
    { text: "touch /y", commands: ["touch /y"] },
    { text: "mkdir /d; touch /d/x", commands: ["mkdir /d", "touch /d/x"] },
    { text: "the wrong file", commands: ["touch /z"] },
  ]);
});

test.run();
