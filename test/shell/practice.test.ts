// Practice mode on the lab, without ink: the Practice pane at 120x40 and 80x24, the goals checked
// after each command line, the solved message, hints, answers, reset, the solution, the words
// typed at the prompt, and the progress it keeps. (The keys through ink, and the answer field:
// practice-app.test.tsx.)
import { test } from "uvu";
import * as assert from "uvu/assert";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { frame, frameText } from "../../shell/screen.js";
import { practiceContent } from "../../shell/practicepane.js";
import { EXERCISE, F, MOUNT, openPractice, UNMOUNT } from "./practicekit.js";

const text = (lab: Parameters<typeof frame>[0]) => frameText(frame(lab));
/** the session as written (the prompt is the open line at its end) */
const session = (lab: Parameters<typeof frame>[0]) => lab.term.transcript();
/** the side column of the wide layout (right of the 80-column session and its gap) */
const side = (lab: Parameters<typeof frame>[0]) =>
  text(lab)
    .split("\n")
    .map((r) => [...r].slice(81).join("").trimEnd())
    .join("\n");

test("120x40: the Practice pane above Devices and Mounts, with the task, the goals and the question", () => {
  const { lab } = openPractice({ columns: 120, rows: 40 });
  const s = side(lab).split("\n");
  assert.equal(s.slice(0, 12), [
    "╭─Practice · 0/3 goals, 0/1 answered──╮",
    "│ Mount the CD image /backup/cd_image │",
    "│ read-only at /cdmount, then unmount │",
    "│ it with loopumount.                 │",
    "│                                     │",
    "│ ○ the CD image is mounted read-only │",
    "│   at /cdmount                       │",
    "│ ○ /cdmount is unmounted again       │",
    "│ ○ it was unmounted with loopumount  │",
    "│ ? Which loopback device holds       │",
    "│   /backup/cd_image?                 │",
    "╰─────────────────────────────────────╯",
  ]);
  assert.is(s[12], "╭─Devices (0)─────────────────────────╮");
  assert.ok(s.some((r) => r.startsWith("╭─Mounts (9)")));
  // the session keeps its 80 columns, with the banner: the task and the keys
  assert.match(text(lab), /^looplab practice · aixlab · AIX 7\.2 \(simulated\)/m);
  assert.match(text(lab), /^Mount the CD image \/backup\/cd_image read-only at \/cdmount, then unmount it\s*│/m);
  assert.match(text(lab).split("\n").pop()!, /^F4 hint · F5 answer · F6 reset · F7 solution · F1 keys · F2 panes/);
});

test("80x24: the Practice pane below the session, full width, one row a goal; F2 puts the machine's panes there", () => {
  const { lab } = openPractice({ columns: 80, rows: 24 });
  const rows = text(lab).split("\n");
  assert.is(rows.length, 24);
  const top = rows.findIndex((r) => r.startsWith("╭─Practice"));
  assert.equal(rows.slice(top, top + 9), [
    "╭─Practice · 0/3 goals, 0/1 answered───────────────────────────────────────────╮",
    "│ Mount the CD image /backup/cd_image read-only at /cdmount, then unmount it   │",
    "│ with loopumount.                                                             │",
    "│                                                                              │",
    "│ ○ the CD image is mounted read-only at /cdmount                              │",
    "│ ○ /cdmount is unmounted again                                                │",
    "│ ○ it was unmounted with loopumount                                           │",
    "│ ? Which loopback device holds /backup/cd_image?                              │",
    "╰──────────────────────────────────────────────────────────────────────────────╯",
  ]);
  assert.is(rows[23], "F4 hint · F5 answer · F6 reset · F7 solution · F1 keys · F2 machine panes");
  lab.input(F.f2);
  assert.match(text(lab), /╭─Devices \(0\)/);
  assert.not.match(text(lab), /Practice ·/);
  lab.input(F.f2);
  assert.not.match(text(lab), /╭─Devices|Practice ·/);
  lab.input(F.f2);
  assert.match(text(lab), /╭─Practice · 0\/3 goals/);
});

test("each command line is checked: a goal turns ✓ the moment it holds, the first unmet one says why not", () => {
  const { lab, practice } = openPractice({ columns: 80, rows: 24 });
  lab.input("mkdir /x\r");
  assert.match(text(lab), /○ the CD image is mounted read-only at \/cdmount\s+│\n│ {3}↳ nothing is mounted on \/cdmount/);
  lab.input(MOUNT + "\r");
  assert.match(text(lab), /✓ the CD image is mounted read-only at \/cdmount/);
  // the reason names loop0, which the question asks for: withheld until it is answered
  assert.match(text(lab), /│ ○ \/cdmount is unmounted again\s+│\n│ {3}↳ not yet \(why not would name what a question asks: answer it first\)/);
  lab.input(":answer loop0\r");
  assert.match(text(lab), /│ ○ \/cdmount is unmounted again\s+│\n│ {3}↳ \/cdmount is mounted from \/dev\/loop0 \(cdrfs, read-only\)/);
  assert.ok(lab.highlighted().has("goal:mounted"));
  assert.is(practice.run.commands, 2);
  // an empty line is no command line
  lab.input("\r");
  assert.is(practice.run.commands, 2);
});

test("solved: the lab says so in the session and the pane, with the commands and the machine's time", () => {
  const { lab, practice, store } = openPractice({ columns: 80, rows: 24 });
  lab.input(MOUNT + "\r");
  lab.input(":answer loop0\r");
  lab.input("sleep 30\r");
  lab.input(UNMOUNT + "\r");
  assert.equal(practice.run.solved, { commands: 3, seconds: 33 });
  // wrapped between words at the session's 80 columns
  assert.match(session(lab), /^# loopumount -l loop0 -m \/cdmount\nSolved: all 3 goals hold and the question is answered, after 3 commands and 33 s\non the machine's clock\.\n#/m);
  assert.match(text(lab), /╭─Practice · solved, 1\/1 answered/);
  assert.match(text(lab), /│ ✓ Solved: 3 commands, 33 s/);
  assert.equal(store.get("ex.md"), { solved: true, attempts: 1, bestSeconds: 33, bestCommands: 3, lastPlayed: "2025-01-02T03:04:05.000Z" });
});

test("a question is a goal: every goal held is not solved until it is answered, and the answer solves it", () => {
  const { lab, practice, store } = openPractice({ columns: 120, rows: 40 });
  lab.input(MOUNT + "\r");
  lab.input(UNMOUNT + "\r");
  assert.ok(practice.run.goalsHold);
  assert.is(practice.run.solved, null);
  assert.not.match(session(lab), /Solved/);
  assert.match(text(lab), /Practice · 3\/3 goals, 0\/1 answered/);
  // loop0 is gone with the unmount: it held the image when the person looked
  lab.input(":answer loop1\r");
  assert.match(session(lab), /^# :answer loop1\n✗ loop1: not the answer the machine had the last time it had one \(now\n\/backup\/cd_image is bound to no device\)\n#/m);
  lab.input(":answer loop0\r");
  assert.match(session(lab), /^# :answer loop0\n✓ loop0: right\.\nSolved: all 3 goals hold and the question is answered, after 2 commands and 2 s\son the machine's clock\.\n#/m);
  assert.equal(practice.run.solved, { commands: 2, seconds: 2 });
  assert.match(text(lab), /│ ✓ Solved: 2 commands, 2 s/);
  assert.equal(store.get("ex.md").solved, true);
});

test("every goal holds with a question open: said once, in the session and the pane's foot (review 10c #10)", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40 });
  lab.input(MOUNT + "\r");
  assert.not.match(session(lab), /Every goal holds/);
  lab.input(UNMOUNT + "\r");
  assert.match(session(lab), /\n# loopumount -l loop0 -m \/cdmount\nEvery goal holds; 1 question to answer \(F5\)\.\n# $/);
  assert.match(side(lab), /│ · Every goal holds; 1 question to   │\n│   answer \(F5\)\. +│\n╰/);
  // once: the next command line takes the foot's note away and says nothing again
  lab.input("true\r");
  assert.is(session(lab).match(/Every goal holds/g)?.length, 1);
  assert.not.match(side(lab), /Every goal holds/);
  assert.is(practice.note, null);
  // goals that hold from the set-up on (nothing is wrong): the pane shows them so; not said
  const fine = EXERCISE.replace(/goals:\n[\s\S]*?\nhints:/, "goals:\n  - { id: free, text: nothing is mounted on /cdmount, not: { mount: /cdmount } }\nhints:");
  const ok = openPractice({ columns: 120, rows: 40, text: fine });
  ok.lab.input("true\r");
  assert.ok(ok.practice.run.goalsHold);
  assert.not.match(session(ok.lab), /Every goal holds/);
});

test("F4: hints escalate (the first unmet goal's, then the exercise's), and stay at the last", () => {
  const { lab } = openPractice({ columns: 80, rows: 24 });
  const hint = () => /Hint (\d)\/(\d): (.*?)\s+│/.exec(text(lab))?.slice(1).join(" ");
  lab.input(F.f4);
  assert.is(hint(), "1 3 loopmount mounts an image in one command");
  lab.input(F.f4);
  assert.is(hint(), "2 3 a CD is mounted read-only");
  lab.input(F.f4);
  assert.is(hint(), "3 3 the technote's commands are loopmount and loopumount");
  lab.input(F.f4);
  assert.is(hint(), "3 3 the technote's commands are loopmount and loopumount");
  // a goal done: the hint goes; the next one starts from the new first unmet goal
  lab.input(MOUNT + "\r");
  assert.is(hint(), undefined);
  lab.input(F.f4);
  assert.is(hint(), "1 1 the technote's commands are loopmount and loopumount");
});

test("answers: wrong says why without the answer, right is marked; the state decides", () => {
  const { lab, practice } = openPractice({ columns: 80, rows: 24 });
  lab.input(F.f5);
  assert.equal(practice.field, { question: "device", value: "" });
  assert.is(text(lab).split("\n").pop(), "Which loopback device holds /backup/cd_image? ›" + " ".repeat(8) + "Enter checks · Esc closes");
  assert.match(text(lab), /│ ▸ Which loopback device holds \/backup\/cd_image\?/);
  practice.answerField.submit("loop0");
  assert.match(text(lab), /✗ loop0: \/backup\/cd_image is bound to no device now/);
  assert.ok(practice.field, "the field stays open");
  // Esc closes it; keys go to the line again
  lab.input("\x1b");
  assert.is(practice.field, null);
  lab.input(MOUNT + "\r");
  lab.input(F.f5);
  practice.answerField.submit("loop1");
  assert.match(text(lab), /✗ loop1: loop1 does not hold \/backup\/cd_image now/);
  assert.equal(practice.note, { text: "loop1: loop1 does not hold /backup/cd_image now", tone: "bad" }, "the answer is not given away");
  practice.answerField.submit(" /dev/loop0 ");
  assert.match(text(lab), /✓ \/dev\/loop0: right\./);
  assert.is(practice.field, null);
  assert.match(text(lab), /Practice · 1\/3 goals, 1\/1 answered/);
});

test("F6 asks, y resets: a fresh machine, a fresh screen, the progress counts a new attempt", () => {
  const { lab, practice, store } = openPractice({ columns: 80, rows: 24 });
  lab.input(MOUNT + "\r");
  const first = practice.session;
  lab.input(F.f6);
  assert.is(text(lab).split("\n").pop(), "Reset the exercise to its set-up? y resets · any other key keeps it");
  lab.input("n");
  assert.is(practice.session, first);
  assert.match(text(lab), /· not reset/);
  assert.is(lab.editor.buf, "", "the n was the answer, not typed");
  lab.input(F.f6);
  lab.input("y");
  assert.is.not(practice.session, first);
  assert.is(lab.shell, practice.session);
  const screen = text(lab);
  assert.match(screen, /^looplab practice · aixlab/m);
  assert.not.match(screen, /loopmount -i/);
  assert.match(screen, /○ the CD image is mounted read-only/);
  assert.match(screen, /· reset: the set-up again \(set-up 2\)/);
  assert.equal(practice.run.goals().map((g) => g.done), [false, false, false]);
  lab.input("lsdev -Cc loopback\r");
  assert.not.match(text(lab), /loop0/, "the new machine has no loop device");
  assert.is(store.get("ex.md").attempts, 2);
});

test("F7 asks, y shows the solution in the session; a solve after it keeps no best time", () => {
  const { lab, practice, store } = openPractice({ columns: 80, rows: 24 });
  lab.input(F.f7);
  assert.match(text(lab).split("\n").pop()!, /^Show the solution\?/);
  lab.input("y");
  assert.match(session(lab), /^Solution \(the scenario's commands; a solve after this will not count as a best time\):\n {2}loopmount -i \/backup\/cd_image -o "-V cdrfs -o ro" -m \/cdmount\n {2}loopumount -l loop0 -m \/cdmount\n#/m);
  lab.input(MOUNT + "\r");
  lab.input(UNMOUNT + "\r");
  lab.input(":answer loop0\r");
  assert.equal(store.get("ex.md"), { solved: true, attempts: 1, bestSeconds: null, bestCommands: null, lastPlayed: "2025-01-02T03:04:05.000Z" });
});

test("F7 after the solve: the solve keeps its best time, and the session says only a later solve will not count (review 10c #17)", () => {
  const { lab, practice, store } = openPractice({ columns: 80, rows: 24 });
  lab.input("true\r");
  lab.input("true\r");
  lab.input(MOUNT + "\r");
  lab.input(UNMOUNT + "\r");
  lab.input(":answer loop0\r");
  assert.ok(practice.run.solved);
  lab.input(F.f7);
  lab.input("y");
  assert.match(session(lab), /\nSolution \(the scenario's commands; a solve after this will not count as a best time\):\n/);
  assert.not.match(session(lab), /no longer counts/);
  assert.equal(store.get("ex.md"), { solved: true, attempts: 1, bestSeconds: 4, bestCommands: 4, lastPlayed: "2025-01-02T03:04:05.000Z" });
  // and so it is: after a reset, a quicker solve counts as solved, not as a best time
  lab.input(F.f6);
  lab.input("y");
  lab.input(MOUNT + "\r");
  lab.input(UNMOUNT + "\r");
  lab.input(":answer loop0\r");
  assert.equal(practice.run.solved, { commands: 2, seconds: 2 });
  assert.equal(store.get("ex.md"), { solved: true, attempts: 2, bestSeconds: 4, bestCommands: 4, lastPlayed: "2025-01-02T03:04:05.000Z" });
});

test("the words at the prompt: :hint, :answer, :solution, :reset (and ksh still gets anything else)", () => {
  const { lab, practice } = openPractice({ columns: 80, rows: 24 });
  lab.input(":hint\r");
  assert.match(session(lab), /^# :hint\nHint 1\/3: loopmount mounts an image in one command\n#/m);
  lab.input(":answer loop0\r");
  assert.match(session(lab), /^# :answer loop0\n✗ loop0: \/backup\/cd_image is bound to no device now\n#/m);
  lab.input(":hint me\r");
  assert.match(session(lab), /^# :hint me\nksh: :hint:  not found\.\n#/m);
  lab.input(":answer\r");
  assert.ok(practice.field);
  lab.input("\x1b");
  lab.input(":solution\r");
  assert.is(text(lab).split("\n").pop(), "Show the solution? (then no best time) y shows it · other keys keep it hidden");
  lab.input("n");
  assert.not.match(session(lab), /^Solution/m);
  lab.input(":reset\r");
  assert.is(text(lab).split("\n").pop(), "Reset the exercise to its set-up? y resets · any other key keeps it");
  assert.is(practice.setupNo, 1, "not before y, as F6");
  lab.input("y");
  assert.match(text(lab), /· reset: the set-up again/);
  assert.is(practice.setupNo, 2);
  // the words are no command lines
  assert.is(practice.run.commands, 0);
});

test("F1 lists the practice keys with the lab's", () => {
  const { lab } = openPractice({ columns: 80, rows: 24 });
  lab.input("\x1bOP");
  assert.match(text(lab), /^Practice: F4 shows the next hint · F5 opens the answer field/m);
});

test("F1's practice lines fit an 80-column session: no row wider than 78 columns, none wraps (review 10c #13)", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40 });
  for (const line of practice.help()) assert.ok(line.length <= 78, `${line.length}: ${line}`);
  lab.input("\x1bOP");
  // the session beside the panes is 80 columns: each help line is one row of it, as written
  const rows = session(lab).split("\n");
  const from = rows.findIndex((r) => r.startsWith("Practice: F4"));
  assert.equal(rows.slice(from, from + practice.help().length), practice.help());
  const shown = text(lab).split("\n").map((r) => [...r].slice(0, 80).join("").trimEnd());
  const at = shown.indexOf(practice.help()[0]!);
  assert.equal(shown.slice(at, at + practice.help().length + 1), [...practice.help(), "#"]);
});

test("inline: the strip shows where it stands, the next goal, why not, the hint", () => {
  const { lab } = openPractice({ columns: 120, rows: 30, mode: "inline" });
  lab.input("mkdir /x\r");
  lab.input(F.f4);
  const strip = text(lab)
    .split("\n")
    .map((r) => r.split(" │ ")[1] ?? "");
  assert.equal(strip.slice(0, 5), [
    "Practice 0/3 goals, 0/1 answered",
    "         ○ the CD image is mounted read-only at",
    "           /cdmount",
    "         ↳ nothing is mounted on /cdmount",
    "         Hint 1/3: loopmount mounts an image in one",
  ]);
  assert.is(strip[5], "           command");
});

test("the progress file is written whole (no temporary file left)", () => {
  const { lab, store } = openPractice({ columns: 80, rows: 24 });
  lab.input("true\r");
  const doc = JSON.parse(readFileSync(store.path!, "utf8"));
  assert.equal(doc, { version: 1, exercises: { "ex.md": { solved: false, attempts: 1, bestSeconds: null, bestCommands: null, lastPlayed: "2025-01-02T03:04:05.000Z" } } });
  assert.not.ok(existsSync(`${store.path}.${process.pid}.tmp`));
});


test("set-up commands ran before the lab: the prompt shows at once, and again after F6 y and :reset", () => {
  const withCommands = EXERCISE.replace("  dirs: [/cdmount]\n", "  dirs: [/cdmount]\n  commands: [\"touch /tmp/ready\"]\n");
  const { lab } = openPractice({ columns: 80, rows: 24, text: withCommands });
  const last = () => session(lab).split("\n").pop();
  assert.is(last(), "# ");
  assert.is(session(lab).match(/^# /gm)?.length, 1, "one prompt, not two");
  lab.input("ls /tmp/ready");
  assert.match(text(lab), /^# ls \/tmp\/ready/m, "the line typed follows the prompt");
  lab.input("\r");
  lab.input(F.f6);
  lab.input("y");
  assert.is(last(), "# ");
  lab.input(":reset\r");
  lab.input("y");
  assert.is(last(), "# ");
});
test("the solved line counts the goals as English does: the goal, both goals, all 3 goals", () => {
  const two = EXERCISE.replace(/  - id: loopumount\n(    .*\n)+?(?=hints:)/, "");
  const one = two.replace(/  - id: unmounted\n(    .*\n)+?(?=hints:)/, "");
  const said = (text: string, lines: string[]) => {
    const { lab } = openPractice({ columns: 120, rows: 40, text });
    for (const l of lines) lab.input(l + "\r");
    return /^Solved: [^,]*,/m.exec(session(lab))?.[0];
  };
  const noQuestion = (t: string) => t.replace(/questions:\n(  .*\n)+/, "");
  assert.is(said(noQuestion(one), [MOUNT]), "Solved: the goal holds,");
  assert.is(said(noQuestion(two), [MOUNT, UNMOUNT]), "Solved: both goals hold,");
  assert.is(said(noQuestion(EXERCISE), [MOUNT, UNMOUNT]), "Solved: all 3 goals hold,");
  assert.is(said(EXERCISE, [MOUNT, UNMOUNT, ":answer loop0"]), "Solved: all 3 goals hold and the question is answered,");
  const twoQuestions = EXERCISE.replace("questions:\n", "questions:\n  - { id: type, prompt: Which type?, answer: cdrfs, example: cdrfs }\n");
  assert.is(said(twoQuestions, [MOUNT, UNMOUNT, ":answer cdrfs", ":answer loop0"]), "Solved: all 3 goals hold and both questions are answered,");
});

test(":answer ID TEXT answers the question ID, not the first open one; an id alone is an answer", () => {
  const twoQuestions = EXERCISE.replace("questions:\n", "questions:\n  - { id: type, prompt: Which type?, answer: cdrfs, example: cdrfs }\n");
  const { lab, practice } = openPractice({ columns: 80, rows: 24, text: twoQuestions });
  lab.input(MOUNT + "\r");
  lab.input(":answer device loop0\r");
  assert.match(session(lab), /^# :answer device loop0\n✓ loop0: right\. 1 question to go\.\n#/m);
  assert.equal(practice.run.questionsAnswered, ["device"]);
  // one word: the answer to the first open question (type), though it is a question's id
  lab.input(":answer device\r");
  assert.match(session(lab), /^# :answer device\n✗ device: that is not the answer\n#/m);
  lab.input(":answer type cdrfs\r");
  assert.equal(practice.run.questionsAnswered, ["type", "device"]);
});

test("hide-panes: the Devices pane is hidden until the exercise is solved, and the banner says so", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40, text: EXERCISE.replace("goals:\n", "hide-panes: [devices]\ngoals:\n") });
  assert.match(session(lab), /^The Devices pane stays hidden until the exercise is solved: it would show what\na question asks\.$/m);
  lab.input(MOUNT + "\r");
  assert.match(text(lab), /╭─Devices \(hidden\)─+╮/);
  assert.match(side(lab), /│ hidden until the exercise is +│\n│ solved: it would show what a +│\n│ question asks +│/);
  // two panes: they
  const two = openPractice({ columns: 120, rows: 40, text: EXERCISE.replace("goals:\n", "hide-panes: [devices, mounts]\ngoals:\n") });
  assert.match(session(two.lab), /^The Devices and Mounts panes stay hidden until the exercise is solved: they\nwould show what a question asks\.$/m);
  assert.not.match(text(lab), /loop0 Available/);
  lab.input(UNMOUNT + "\r");
  lab.input(":answer loop0\r");
  assert.ok(practice.run.solved);
  assert.not.match(text(lab), /Devices \(hidden\)/);
  assert.match(text(lab), /╭─Devices \(0\)/);
  // a pane that is no pane: the file is refused with one line
  assert.throws(() => openPractice({ text: EXERCISE.replace("goals:\n", "hide-panes: [disks]\ngoals:\n") }), /hide-panes: a list of panes \(devices, mounts, odm, layers\)/);
});

test("a progress file found broken during the session: kept aside, and the pane says so", () => {
  const { lab, practice, store } = openPractice({ columns: 120, rows: 40 });
  mkdirSync(dirname(store.path!), { recursive: true });
  writeFileSync(store.path!, "{ not json");
  lab.input("true\r");
  assert.equal(practice.note, { text: `${store.path} is not a progress file: kept as ${store.path}.broken; the progress starts afresh`, tone: "info" });
  assert.is(store.movedAside, null, "said once");
  assert.is(store.get("ex.md").attempts, 1);
});

test("a terminal too small for the Practice pane: where the exercise stands leads the key line; the banner wraps at its width", () => {
  const { lab } = openPractice({ columns: 60, rows: 15 });
  lab.input("true\r");
  const rows = text(lab).split("\n");
  assert.not.match(text(lab), /╭─Practice/);
  // F2, which shows the pane, stays on the line (review 10b #16): F7, F6 and F1 go first
  assert.is(rows.at(-1), "0/3 goals, 0/1 answered · F4 hint · F5 answer · F2 pane");
  assert.ok(rows.every((r) => r.length <= 60));
  assert.match(session(lab), /^Mount the CD image \/backup\/cd_image read-only at \/cdmount,\nthen unmount it with loopumount\.$/m);
  // F2 shows the pane: the key line is the keys again
  lab.input(F.f2);
  assert.match(text(lab), /╭─Practice · 0\/3 goals/);
  assert.match(text(lab).split("\n").at(-1)!, /^F4 hint/);
});

test("a wrong answer to a pattern question says the answer's form when the typed one has another", () => {
  const text = EXERCISE.replace("questions:\n", "questions:\n  - { id: pid, prompt: Which pid?, answer: '118', example: '118' }\n  - { id: attr, prompt: Which attribute?, answer: (?i)temporary, example: temporary }\n  - { id: file, prompt: Which file?, answer: /a/b, example: /a/b }\n");
  const { practice } = openPractice({ text });
  assert.is(practice.answer("pid", "pid 118"), "✗ pid 118: that is not the answer (the answer is a number)");
  assert.is(practice.answer("pid", "119"), "✗ 119: that is not the answer");
  assert.is(practice.answer("attr", "temporary=yes"), "✗ temporary=yes: that is not the answer");
  assert.is(practice.answer("attr", "filename attribute"), "✗ filename attribute: that is not the answer");
  assert.is(practice.answer("file", "b"), "✗ b: that is not the answer (the answer is a path)");
});

test("the answer that solves: its verdict comes before the solved line, in the pane and the strip (review 10b #12)", () => {
  for (const mode of ["full", "inline"] as const) {
    const { lab, practice } = openPractice({ columns: 120, rows: 40, mode });
    lab.input(MOUNT + "\r");
    lab.input(UNMOUNT + "\r");
    lab.input(F.f5);
    practice.answerField.submit("loop0");
    assert.ok(practice.run.solved);
    const rows = text(lab).split("\n");
    const verdict = rows.findIndex((r) => r.includes("✓ loop0: right."));
    const solved = rows.findIndex((r) => r.includes("✓ Solved: 2 commands, 2 s"));
    assert.ok(verdict >= 0 && solved === verdict + 1, `${mode}: ${rows.slice(verdict, solved + 1).join("\n")}`);
  }
});

test("every question answered: the folded line of the questions is a ✓, not a ? (review 10b #12)", () => {
  const two = EXERCISE.replace("---\nMount", "  - id: ro\n    prompt: Is the CD read-only? (yes or no)\n    answer: (?i)yes\n    example: yes\n---\nMount");
  const { lab, practice } = openPractice({ columns: 120, rows: 40, text: two });
  lab.input(MOUNT + "\r");
  const folded = () => {
    for (let max = 1; max < 20; max++) {
      const row = practiceContent(practice, 60, max)
        .map((l) => l.line.map((g) => g.t).join(""))
        .find((r) => / questions answered/.test(r));
      if (row) return row;
    }
    return "";
  };
  assert.is(folded(), "? 0/2 questions answered (F5)");
  lab.input(":answer loop0\r");
  assert.is(folded(), "? 1/2 questions answered (F5)");
  lab.input(":answer yes\r");
  assert.is(practice.run.solved, null);
  assert.is(folded(), "✓ 2/2 questions answered");
});

test("F5, :answer alone and :answer TEXT with every question answered: the pane says so, no field opens (review 10c #14)", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40 });
  lab.input(MOUNT + "\r");
  lab.input(":answer loop0\r");
  assert.equal(practice.run.questionsAnswered, ["device"]);
  lab.input(F.f5);
  assert.is(practice.field, null);
  assert.equal(practice.note, { text: "every question is answered", tone: "info" });
  assert.match(side(lab), /│ · every question is answered +│/);
  assert.match(text(lab).split("\n").at(-1)!, /^F4 hint · F5 answer/);
  practice.note = null;
  lab.input(":answer\r");
  assert.is(practice.field, null);
  assert.equal(practice.note, { text: "every question is answered", tone: "info" });
  lab.input(":answer loop1\r");
  assert.match(session(lab), /\n# :answer loop1\nEvery question is answered\.\n# $/);
  assert.equal(practice.run.questionsAnswered, ["device"]);
});

test("the answer field's row names the question, shortened to leave room to type, at 60, 80 and 120 columns (review 10b #4)", () => {
  const long = EXERCISE.replace("prompt: Which loopback device holds /backup/cd_image?", "prompt: While the image is mounted, which loopback device holds /backup/cd_image? (answer before you remove it)");
  const field = (columns: number, rows: number, mode: "full" | "inline" = "full", typed = "") => {
    const { lab, practice } = openPractice({ columns, rows, mode, text: long });
    lab.input(F.f5);
    if (typed) practice.answerField.setValue(typed);
    const f = frame(lab);
    const whole = frameText(f).split("\n").pop()!;
    assert.ok(whole.length <= columns, whole);
    // the field's keys at the row's right end, when they fit (the ink field's suffix)
    const row = whole.replace(/ {2,}(Enter checks · Esc closes|Esc closes)$/, "");
    assert.is(f.field?.suffix?.map((g) => g.t).join(""), whole === row ? undefined : whole.slice(row.length).trim());
    if (whole !== row) assert.is(whole.length, columns, "right-aligned");
    keys.push(whole === row ? "" : whole.slice(row.length).trim());
    // the ink field's prompt is the same row's
    assert.is(f.field?.prefix.map((g) => g.t).join("").trimEnd(), row.replace(/ › .*$/, " ›"));
    return row;
  };
  const keys: string[] = [];
  assert.is(field(120, 40), "While the image is mounted, which loopback device holds /backup/cd_image? (answer before you remove it) ›");
  assert.is(field(100, 30), "While the image is mounted, which loopback device holds /backup/cd_image? ›");
  assert.is(field(80, 24), "Which loopback device holds /backup/cd_image? ›");
  assert.is(field(60, 15), "Which loopback device holds /backup/cd_image? ›");
  assert.is(field(60, 15, "inline"), "Which loopback device holds /backup/cd_image? ›");
  assert.is(field(50, 15), "Which loopback device holds /backu… ›");
  assert.is(field(120, 30, "inline"), "While the image is mounted, which loopback device holds /backup/cd_image? (answer before you remove it) ›");
  // a long answer takes room from the question
  assert.is(field(60, 15, "full", "/dev/loop0 or maybe loop1"), "Which loopback device holds /b… › /dev/loop0 or maybe loop1");
  // how to leave the field, where there is room after the question and the typing
  assert.equal(keys, ["Esc closes", "Esc closes", "Enter checks · Esc closes", "", "", "", "Esc closes", ""]);
  // a short question is whole
  const { lab } = openPractice({ columns: 60, rows: 15 });
  lab.input(F.f5);
  assert.is(text(lab).split("\n").pop(), "Which loopback device holds /backup/cd_image? ›");
});

test("60x15, the pane hidden: F2 on the key line for an exercise without questions too (review 10b #16)", () => {
  const none = EXERCISE.replace(/questions:\n  - id: device\n    prompt: .*\n    answer-from: .*\n/, "");
  const { lab } = openPractice({ columns: 60, rows: 15, text: none });
  assert.is(text(lab).split("\n").at(-1), "0/3 goals · F4 hint · F6 reset · F1 keys · F2 practice pane");
});

test("the key line keeps F2 (the machine's panes are behind it) at 80 and at 60 columns: ^D and F1 go first (review 10c #12)", () => {
  const last = (lab: Parameters<typeof frame>[0]) => text(lab).split("\n").at(-1);
  for (const mode of ["full", "inline"] as const) {
    const at80 = openPractice({ columns: 80, rows: 24, mode }).lab;
    assert.is(last(at80), "F4 hint · F5 answer · F6 reset · F7 solution · F1 keys · F2 machine panes", mode);
    const at60 = openPractice({ columns: 60, rows: 15, mode }).lab;
    // full screen: the pane shows after F2; inline: the strip is the Practice pane
    if (mode === "full") at60.input(F.f2);
    assert.match(text(at60), /Practice 0\/3 goals|╭─Practice · 0\/3 goals/, mode);
    assert.is(last(at60), "F4 hint · F5 answer · F6 reset · F2 machine panes", mode);
  }
});

test("the banner: a long title wraps between words; a quoted block in the task (markdown code) keeps its lines, in the session and the pane", () => {
  const quoted = EXERCISE.replace('title: "Practice: mount the CD, then put it away"', 'title: "Practice: nothing is wrong with the mount — the shell stands in the directory underneath"').replace(
    "Mount the CD image /backup/cd_image read-only at /cdmount, then unmount it with loopumount.\n",
    "Ticket: it fails:\n\n    # loopumount -l loop0 -m /cdmount\n    umount: 0506-349 Cannot unmount /dev/loop0: The requested resource is busy.\n\nMount the CD image `/backup/cd_image` read-only at /cdmount.\n",
  );
  const { lab } = openPractice({ columns: 80, rows: 40, text: quoted });
  assert.match(
    session(lab),
    /^Practice: nothing is wrong with the mount — the shell stands in the directory\nunderneath\n\nTicket: it fails:\n\n {4}# loopumount -l loop0 -m \/cdmount\n {4}umount: 0506-349 Cannot unmount \/dev\/loop0: The requested resource is busy\.\n\nMount the CD image \/backup\/cd_image read-only at \/cdmount\.\n/m,
  );
  const wide = openPractice({ columns: 120, rows: 40, text: quoted }).lab;
  assert.equal(side(wide).split("\n").slice(1, 5), ["│ Ticket: it fails:                   │", "│                                     │", "│     # loopumount -l loop0 -m /cdmo… │", "│     umount: 0506-349 Cannot unmoun… │"]);
});

test("F6 and F7 ask in words that fit the key line: a narrower row gets a shorter question, never a cut one", () => {
  const asked = (columns: number, key: string) => {
    const { lab } = openPractice({ columns, rows: 24 });
    lab.input(key);
    return text(lab).split("\n").pop();
  };
  assert.is(asked(120, F.f7), "Show the solution? (its best time will not count) y shows it · any other key keeps it hidden");
  assert.is(asked(80, F.f7), "Show the solution? (then no best time) y shows it · other keys keep it hidden");
  assert.is(asked(64, F.f7), "Show the solution (no best time)? y shows it · other keys: no");
  assert.is(asked(40, F.f7), "Solution? y shows it · other keys: no");
  assert.is(asked(80, F.f6), "Reset the exercise to its set-up? y resets · any other key keeps it");
  assert.is(asked(60, F.f6), "Reset to the set-up? y resets · other keys keep it");
  assert.is(asked(40, F.f6), "Reset? y resets · other keys: no");
});

test("beside the session, rows the machine's panes would leave blank go to the Practice pane (hidden panes, short lists)", () => {
  const long = EXERCISE.replace("goals:\n", "hide-panes: [devices, mounts]\ngoals:\n").replace("Mount the CD image", "A long ticket. ".repeat(30) + "\n\nMount the CD image");
  const { lab } = openPractice({ columns: 120, rows: 40, text: long });
  lab.input("true\r");
  const side = text(lab).split("\n").map((r) => r.slice(81));
  const top = side.findIndex((r) => r.startsWith("╭─Practice"));
  const bottom = side.findIndex((r, i) => i > top && r.startsWith("╰"));
  // the prose is cut, yet the Practice pane takes every row the hidden panes leave: their boxes
  // follow it down to the prompt
  assert.match(side.slice(top, bottom).join("\n"), /…/);
  assert.equal(side.slice(bottom + 1).filter((r) => r.startsWith("╭")).map((r) => r.replace(/─+╮$/, "")), ["╭─Devices (hidden)", "╭─Mounts (hidden)"]);
  assert.is(side.slice(0, -1).findLastIndex((r) => r.startsWith("╰")), side.length - 3, "the last box ends above the prompt and key lines");
  assert.ok(bottom - top + 1 > 26, `taller than all but 12 rows (${bottom - top + 1})`);
});

test("an answer given before any command line makes the set-up an attempt", () => {
  const { lab, store } = openPractice({ columns: 120, rows: 40 });
  lab.input(":answer loop9\r");
  assert.is(store.get("ex.md").attempts, 1);
  lab.input("true\r");
  assert.is(store.get("ex.md").attempts, 1, "counted once");
});

test("a nothing-is-wrong exercise answered before any command: said why it is not solved yet; the next line solves it (review 11 #12)", () => {
  const text = EXERCISE.replace("setup:\n  dirs: [/cdmount]\n", `setup:\n  dirs: [/cdmount]\n  commands: ['${MOUNT}']\n`).replace(
    /goals:\n[\s\S]*?\nhints:/,
    "goals:\n  - { id: kept, text: /cdmount stays mounted, mount: /cdmount }\nhide-panes: [devices]\nhints:",
  );
  const { lab, practice } = openPractice({ columns: 120, rows: 40, text });
  assert.is(practice.answer("device", "loop0"), "✓ loop0: right. Every question is answered: the lab checks again after your next command line (answers given before looking do not solve it).");
  assert.is(practice.run.solved, null);
  lab.input("true\r");
  assert.ok(practice.run.solved);
});

test("a wrong answer judged on the machine as found says so, not 'now'", () => {
  const text = EXERCISE.replace("setup:\n  dirs: [/cdmount]\n", `setup:\n  dirs: [/cdmount]\n  commands: ['${MOUNT}']\n`);
  const { practice } = openPractice({ text });
  assert.is(practice.answer("device", "loop3"), "✗ loop3: loop3 does not hold /backup/cd_image as the exercise found the machine");
});

test("an answer the redone work no longer agrees with: said in the session and the pane, the question open again", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40 });
  lab.input("mkdev -c loopback -s node -t loopback\r");
  lab.input('loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount\r');
  lab.input(":answer loop1\r");
  assert.equal(practice.run.questionsAnswered, ["device"]);
  lab.input("umount /cdmount; rmdev -dl loop1; rmdev -dl loop0\r");
  assert.equal(practice.run.questionsAnswered, ["device"], "no device holds it: loop1 was the last to");
  lab.input(MOUNT + "\r");
  assert.equal(practice.run.questionsAnswered, [], "loop0 holds it now");
  assert.match(session(lab), /^loop1 is no longer the answer: the question is open again \(Which loopback device/m);
  assert.equal(practice.note, { text: "loop1 is no longer the answer: the question is open again (Which loopback device holds /backup/cd_image?)", tone: "bad" });
});

test.run();
