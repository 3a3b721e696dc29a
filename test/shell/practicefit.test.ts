// The Practice pane fitted to its rows (shell/practicepane.ts, FITTING): the task's prose goes
// first, then the goals' wrapping, then the why-not lines; the goals' marks, the questions and the
// foot (solved, the verdict, the hint) stay, and while anything is cut no row is left blank.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { listExercises, practiceRoot } from "../../shell/exercises.js";
import { Lab } from "../../shell/lab.js";
import { Practice } from "../../shell/practice.js";
import { cutRow } from "../../shell/practicepane.js";
import { ProgressStore } from "../../shell/progress.js";
import { frame, frameText } from "../../shell/screen.js";
import { EXERCISE, F, MOUNT, openPractice } from "./practicekit.js";

const text = (lab: Lab) => frameText(frame(lab));
/** the Practice box of the wide layout, its rows (right of the 80-column session and its gap) */
function practiceBox(lab: Lab): string[] {
  const side = text(lab)
    .split("\n")
    .map((r) => [...r].slice(81).join("").trimEnd());
  const top = side.findIndex((r) => r.startsWith("╭─Practice"));
  const end = side.findIndex((r, i) => i > top && r.startsWith("╰"));
  return side.slice(top, end + 1);
}

// a ticket as long as the diagnose exercises' (it fills 11 rows of the pane), three questions
const TICKET = EXERCISE.replace(
  "Mount the CD image /backup/cd_image read-only at /cdmount, then unmount it with loopumount.\n",
  `Ticket from monitoring: "aixlab reports two loopback devices, loop0 and loop1. Last month a
loopback device was left behind there by a plain \`umount\` and held its image for weeks. Is this
the same again? Please check, change nothing, and tell us: is a device left behind, and which
one, or is nothing wrong?"
`,
).replace(
  "questions:\n",
  "questions:\n  - { id: left, prompt: \"Is a loopback device left behind that should be removed? Name it, or answer none.\", answer: none, example: none }\n  - { id: type, prompt: What type of file system is the CD image?, answer: cdrfs, example: cdrfs }\n",
);

test("120x40: a wrong answer's verdict and the hint stay; the prose gives up its rows, and no row is left blank", () => {
  const { lab, practice } = openPractice({ columns: 120, rows: 40, text: TICKET });
  lab.input(MOUNT + "\r");
  lab.input(F.f5);
  practice.answerField.submit("loop1");
  assert.equal(practiceBox(lab).slice(0, 10), [
    "╭─Practice · 1/3 goals, 0/3 answered──╮",
    "│ Ticket from monitoring: \"aixlab     │",
    "│ reports two loopback devices, loop0 │",
    "│ and loop1. Last month a loopback    │",
    "│ device was left behind there by a   │",
    "│ plain umount and held its image for │",
    "│ weeks. Is this the same again?      │",
    "│ Please check, change nothing, and   │",
    "│ tell us: is a device left behind, … │",
    "│                                     │",
  ]);
  assert.is(practiceBox(lab).length, 26);
  assert.is(practiceBox(lab)[24], "│ ✗ loop1: that is not the answer     │");
  lab.input(F.f4);
  assert.equal(practiceBox(lab), [
    "╭─Practice · 1/3 goals, 0/3 answered──╮",
    "│ Ticket from monitoring: \"aixlab     │",
    "│ reports two loopback devices, loop0 │",
    "│ and loop1. Last month a loopback    │",
    "│ device was left behind there by a   │",
    "│ plain umount and held its image for │",
    "│ weeks. Is this the same again? Ple… │",
    "│                                     │",
    "│ ✓ the CD image is mounted read-only │",
    "│   at /cdmount                       │",
    "│ ○ /cdmount is unmounted again       │",
    "│   ↳ not yet (why not would name     │",
    "│     what a question asks: answer it │",
    "│     first)                          │",
    "│ ○ it was unmounted with loopumount  │",
    "│ ▸ Is a loopback device left behind  │",
    "│   that should be removed? Name it,  │",
    "│   or answer none.                   │",
    "│ ? What type of file system is the   │",
    "│   CD image?                         │",
    "│ ? Which loopback device holds       │",
    "│   /backup/cd_image?                 │",
    "│ ✗ loop1: that is not the answer     │",
    "│ Hint 1/1: the technote's commands   │",
    "│   are loopmount and loopumount      │",
    "╰─────────────────────────────────────╯",
  ]);
});

test("every exercise of the pack, at 120x40 and 120x30: the verdict and the hint show, every goal and question keeps its row, the pane ends on text", () => {
  const root = practiceRoot();
  for (const e of listExercises(root, new ProgressStore(null), root)) {
    for (const rows of [40, 30]) {
      const sc = parseScenario(readFileSync(e.file, "utf8"));
      const practice = Practice.open({ file: e.file, sc, baseDir: join(e.file, ".."), allowImport: [], key: e.key }, new ProgressStore(null));
      const lab = new Lab({ shell: practice.session, columns: 120, rows, mode: "full", color: false, history: null, banner: practice.banner() });
      practice.attach(lab);
      lab.input("true\r");
      lab.input(F.f4);
      lab.input(":answer zzz\r");
      const box = practiceBox(lab);
      const where = `${e.rel} at 120x${rows}:\n${box.join("\n")}`;
      assert.ok(box.length > 2, where);
      assert.not.match(box.at(-2)!, /^│ +│$/, where);
      const content = box.slice(1, -1).join("\n");
      if (practice.exercise.questions.length) assert.match(content, /│ ✗ zzz: /, where);
      if (practice.hint) assert.match(content, /│ Hint 1\/\d+: /, where);
      const marks = box.filter((r) => /^│ [✓○!] /.test(r)).length;
      const asks = box.filter((r) => /^│ [?▸] /.test(r)).length;
      if (rows === 40) {
        assert.is(marks, practice.run.goals().length, where);
        assert.is(asks, practice.exercise.questions.length, where);
      }
      practice.dispose();
    }
  }
});


/** the Practice box of the layout below the session (60 and 80 columns): its rows */
function boxBelow(lab: Lab): string[] {
  const rows = text(lab).split("\n");
  const top = rows.findIndex((r) => r.startsWith("╭─Practice"));
  const end = rows.findIndex((r, i) => i > top && r.startsWith("╰"));
  return rows.slice(top, end + 1);
}

test("60x15: the newer of the verdict and the hint stays whole, the older goes; the fold row counts goals and questions (review 10c #6)", () => {
  const { lab, practice } = openPractice({ columns: 60, rows: 15 });
  lab.input(F.f2);
  lab.input(F.f4);
  const inside = () => boxBelow(lab).slice(1, -1);
  assert.equal(inside(), [
    "│ ○ the CD image is mounted read-only at /cdmount          │",
    "│ … 2 more goals, 1 question                               │",
    "│ Hint 1/3: loopmount mounts an image in one command       │",
  ]);
  lab.input(F.f5);
  practice.answerField.submit("cd0");
  // the verdict came after the hint: it is whole, the hint gave up its row
  assert.equal(inside(), [
    "│ … 3 goals, 1 question                                    │",
    "│ ✗ cd0: not a device name: the answer is written as loopN │",
    "│   or /dev/loopN                                          │",
  ]);
  // a hint asked after it: the hint is whole, the verdict goes
  lab.input(F.f4);
  assert.equal(inside(), [
    "│ ○ the CD image is mounted read-only at /cdmount          │",
    "│ … 2 more goals, 1 question                               │",
    "│ Hint 2/3: a CD is mounted read-only                      │",
  ]);
  // the inline strip too: short of rows, the older goes first
  const inline = openPractice({ columns: 60, rows: 6, mode: "inline" });
  inline.lab.input(F.f2);
  inline.lab.input(F.f4);
  inline.lab.input(F.f5);
  inline.practice.answerField.submit("cd0");
  inline.lab.input("\x1b");
  assert.equal(text(inline.lab).split("\n").slice(1, -1), ["Practice 0/3 goals, 0/1 answered", "         ✗ cd0: not a device name: the answer is written as", "           loopN or /dev/loopN"]);
});

test("a cut task: prose runs on to its …, a line of an indented block is never joined to the next (review 11 #16)", () => {
  assert.is(cutRow(["Mount the CD image read-only", "at /cdmount, then unmount it."], 40), "Mount the CD image read-only at /cdmoun…");
  assert.is(cutRow(["    # loopumount -l loop0 -m /cdmount", "    umount: 0506-349 Cannot unmount"], 60), "    # loopumount -l loop0 -m /cdmount …");
  assert.is(cutRow(["    # loopumount -l loop0 -m /cdmount", "more prose"], 20), "    # loopumount -l…");
  assert.is(cutRow(["the last line"], 40), "the last line");
});

test.run();
