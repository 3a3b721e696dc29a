// Practice mode through ink (ink-testing-library's stdin and frames): the Practice pane, the keys
// as a terminal sends them, the solved message, hints, the answer field (ink-text-input), reset,
// and the exercise picker of `looplab practice`.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { LabApp } from "../../shell/app.js";
import { brief, ExercisePicker } from "../../shell/picker.js";
import type { ExerciseEntry } from "../../shell/exercises.js";
import { NO_PROGRESS } from "../../shell/progress.js";
import { EXERCISE, F, MOUNT, openPractice, UNMOUNT } from "./practicekit.js";

/** the end of the answer field's row: the typed text ends there, or the field's keys follow it */
const KEYS_END = " *(?:Enter checks · Esc closes)?$";

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** the kit's exercise with a second question (the field opens on it once the first is answered) */
const TWO = EXERCISE.replace("---\nMount", "  - id: ro\n    prompt: Is the CD read-only? (yes or no)\n    answer: (?i)yes\n    example: yes\n---\nMount");

function start(text?: string) {
  // ink-testing-library's terminal is 100 columns wide: the panes go below the session
  const o = openPractice({ columns: 100, rows: 30, ...(text ? { text } : {}) });
  const r = render(<LabApp lab={o.lab} trackSize={false} />);
  const screen = () => stripVTControlCharacters(r.lastFrame() ?? "");
  const until = async (re: RegExp, ms = 3000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (re.test(screen())) return;
      await tick(5);
    }
    assert.unreachable(`timed out waiting for ${re}:\n${screen()}`);
  };
  const type = async (s: string) => {
    r.stdin.write(s);
    await tick();
  };
  return { ...o, r, screen, until, type };
}

test("the Practice pane is drawn under the session, and the keys in the hint line", async () => {
  const t = start();
  await t.until(/╭─Practice · 0\/3 goals, 0\/1 answered/);
  assert.match(t.screen(), /│ ○ the CD image is mounted read-only at \/cdmount/);
  assert.match(t.screen(), /│ \? Which loopback device holds \/backup\/cd_image\?/);
  assert.match(t.screen(), /F4 hint · F5 answer · F6 reset · F7 solution · F1 keys/);
  t.r.unmount();
});

test("typing the solution: each goal turns ✓, then the lab says it is solved", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/│ ✓ the CD image is mounted read-only at \/cdmount/);
  assert.match(t.screen(), /Practice · 1\/3 goals/);
  await t.type(UNMOUNT + "\r");
  await t.until(/Practice · 3\/3 goals, 0\/1 answered/);
  assert.not.match(t.screen(), /Solved/, "the question is a goal too");
  await t.type(F.f5);
  await t.type("loop0");
  await t.type("\r");
  await t.until(/^Solved:\sall\s3\sgoals\shold\sand\sthe\squestion\sis\sanswered,\safter\s2\scommands\sand\s2\ss\son\sthe\smachine's\sclock\./m);
  assert.match(t.screen(), /│ ✓ Solved: 2 commands, 2 s/);
  assert.match(t.screen(), /Practice · solved/);
  t.r.unmount();
});

test("F4 (as xterm and tmux send it) shows the next hint, escalating", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(F.f4);
  await t.until(/Hint 1\/3: loopmount mounts an image in one command/);
  await t.type(F.f4);
  await t.until(/Hint 2\/3: a CD is mounted read-only/);
  assert.is(t.lab.editor.buf, "", "the keys did not reach the line");
  t.r.unmount();
});

test("F5 opens the answer field: typed text goes into it, Enter judges, Esc closes", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/✓ the CD image is mounted/);
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  assert.match(t.screen(), /│ ▸ Which loopback device holds/);
  await t.type("loop9");
  await t.until(/^Which loopback device holds \/backup\/cd_image\? › loop9/m);
  assert.is(t.lab.editor.buf, "", "the field took the keys, not the command line");
  await t.type("\r");
  await t.until(/✗ loop9: loop9 does not hold \/backup\/cd_image now/);
  assert.match(t.screen(), /^Which loopback device holds \/backup\/cd_image\? ›/m);
  // each key as a person types it: after the one before it is on the screen
  for (const left of ["loop", "loo", "lo", "l", ""]) {
    await t.type("\x7f");
    await t.until(new RegExp(`^Which loopback device holds /backup/cd_image\\? ›${left ? " " + left : ""}${KEYS_END}`, "m"));
  }
  // Esc closes an open field without judging
  await t.type("\x1b");
  await tick(30);
  await t.until(/F4 hint · F5 answer/);
  await t.type("echo back\r");
  await t.until(/^back$/m);
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  await t.type("loop0");
  await t.until(/^Which loopback device holds \/backup\/cd_image\? › loop0/m);
  await t.type("\r");
  await t.until(/✓ loop0: right\./);
  assert.not.match(t.screen(), /^Which loopback device holds \/backup\/cd_image\? ›/m);
  assert.match(t.screen(), /0\/3 goals|1\/3 goals, 1\/1 answered/);
  // every question answered: F5 opens nothing
  await t.type(F.f5);
  await t.until(/│ · every question is answered/);
  assert.is(t.practice.field, null);
  t.r.unmount();
});

test("keys typed right after F5, before ink-text-input listens, and fast after each other, all reach the field", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/✓ the CD image is mounted/);
  // no wait between the keys: a paste, a quick typist on a busy machine
  for (const k of [F.f5, "l", "o", "o", "x", "\x7f", "p", "0", "\r"]) t.r.stdin.write(k);
  await t.until(/✓ loop0: right\./);
  assert.is(t.practice.field, null);
  assert.is(t.lab.editor.buf, "");
  t.r.unmount();
});

test("Enter in the same chunk as the answer (a paste, tmux send-keys, a fast link) judges it; what follows goes on (review 10b #3)", async () => {
  const t = start(TWO);
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/✓ the CD image is mounted/);
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  // a wrong answer and its CR in one write: judged, and the field stays open with it
  await t.type("nope\r");
  await t.until(/✗ nope: not a device name/);
  assert.is(t.practice.field?.value, "nope");
  assert.match(t.screen(), new RegExp(`^Which loopback device holds /backup/cd_image\\? › nope${KEYS_END}`, "m"));
  await t.type("x");
  await t.until(new RegExp(`^Which loopback device holds /backup/cd_image\\? › nopex${KEYS_END}`, "m"));
  // an LF is Enter too; a line after the answer that closes the field goes to the shell
  await t.type("\x15loop0\necho after\r");
  await t.until(/^after$/m);
  assert.equal(t.practice.run.questionsAnswered, ["device"], "loop0 was judged right (its note goes with the next command line)");
  assert.is(t.practice.field, null);
  assert.match(t.screen(), /^# echo after$/m);
  // a wrong answer's CR, then more text for the field: it stays in the field
  await t.type(F.f5);
  await t.until(/^Is the CD read-only\? \(yes or no\) ›/m);
  await t.type("nah\r\x15loop\x7f\x7fx");
  await t.until(/✗ nah:/);
  await t.until(new RegExp(`^Is the CD read-only\\? \\(yes or no\\) › lox${KEYS_END}`, "m"));
  assert.is(t.lab.editor.buf, "");
  t.r.unmount();
});

test("a paste (bracketed) and the mouse wheel in the answer field put no escape sequences into it", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  await t.type("\x1b[200~loop0\x1b[201~");
  await t.type("\x1b[<64;10;5M");
  await t.until(new RegExp(`^Which loopback device holds /backup/cd_image\\? › loop0${KEYS_END}`, "m"));
  assert.is(t.practice.field?.value, "loop0");
  t.r.unmount();
});

test("control keys in the answer field: Ctrl-U clears it, Ctrl-W takes a word back, Ctrl-A and Meta keys insert nothing", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/✓ the CD image is mounted/);
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  await t.type("/backup/cd.iso");
  await t.type("\r");
  await t.until(/✗ \/backup\/cd\.iso:/);
  await t.type("\x15");
  assert.is(t.practice.field?.value, "");
  await t.type("loop");
  await t.type("\x01");
  await t.type("\x1bx");
  assert.is(t.practice.field?.value, "loop");
  await t.type(" junk");
  await t.type("\x17");
  assert.is(t.practice.field?.value, "loop ", "as readline's Ctrl-W: the word before the cursor");
  await t.type("\x7f");
  await t.type("0");
  await t.until(/^Which loopback device holds \/backup\/cd_image\? › loop0/m);
  await t.type("\r");
  await t.until(/✓ loop0: right\./);
  assert.is(t.lab.editor.buf, "");
  t.r.unmount();
});

test("Ctrl-C in the answer field clears and closes it; the line typed at the prompt stays, and what is typed next is the shell's (review 10c #5)", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type("echo kept");
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  // while the field is open the key line says how to leave it, at the row's right end
  assert.match(t.screen(), /^Which loopback device holds \/backup\/cd_image\? › +Enter checks · Esc closes$/m);
  await t.type("abc");
  await t.until(/› abc +Enter checks · Esc closes$/m);
  await t.type("\x03");
  await t.until(/F4 hint · F5 answer/);
  assert.is(t.practice.field, null);
  assert.is(t.lab.editor.buf, "echo kept");
  await t.type("\r");
  await t.until(/^kept$/m);
  // in one chunk (tmux send-keys, a paste): the text after Ctrl-C goes to the shell, not the field
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? ›/m);
  await t.type("abc\x03echo shell\r");
  await t.until(/^shell$/m);
  assert.is(t.practice.field, null);
  assert.is(t.practice.note, null, "nothing was judged");
  // F5 again: a fresh, empty field
  await t.type(F.f5);
  await t.until(/^Which loopback device holds \/backup\/cd_image\? › +Enter checks/m);
  assert.is(t.practice.field?.value, "");
  t.r.unmount();
});

test("F6 then y: the set-up again on a fresh screen", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(MOUNT + "\r");
  await t.until(/1\/3 goals/);
  await t.type(F.f6);
  await t.until(/Reset the exercise to its set-up\? y resets/);
  await t.type("y");
  await t.until(/reset: the set-up again \(set-up 2\)/);
  assert.match(t.screen(), /Practice · 0\/3 goals/);
  assert.not.match(t.screen(), /# loopmount/);
  await t.type("lsdev -Cc loopback; echo done\r");
  await t.until(/^done$/m);
  assert.not.match(t.screen(), /loop0 +Available/);
  t.r.unmount();
});

test("F7 then y: the solution in the session", async () => {
  const t = start();
  await t.until(/^#/m);
  await t.type(F.f7);
  await t.until(/Show the solution\?/);
  await t.type("y");
  await t.until(/^Solution \(the scenario's commands/m);
  assert.match(t.screen(), /^ {2}loopumount -l loop0 -m \/cdmount$/m);
  t.r.unmount();
});

const entry = (rel: string, os: string, title: string, more: Partial<ExerciseEntry> = {}): ExerciseEntry => ({
  file: `/x/${rel}`,
  rel,
  key: rel,
  title,
  os,
  goals: 3,
  questions: 1,
  progress: { ...NO_PROGRESS },
  ...more,
});

test("the picker: exercises by machine with their progress; arrows choose, Enter opens, q quits", async () => {
  const entries = [
    entry("aix/01-a.md", "aix", "Practice: copy a list", { progress: { solved: true, attempts: 2, bestSeconds: 4, bestCommands: 4, lastPlayed: null } }),
    entry("aix/02-b.md", "aix", "Practice: a busy unmount", { progress: { solved: false, attempts: 1, bestSeconds: null, bestCommands: null, lastPlayed: null } }),
    entry("bsd/01-c.md", "bsd", "Practice: a null layer"),
    entry("bsd/02-d.md", "bsd", "bsd/02-d.md", { problem: "line 3: goals: a list of goals (at least one)" }),
  ];
  let done: string | null | undefined;
  let status: number | undefined;
  const r = render(<ExercisePicker entries={entries} dir="/x" columns={90} rows={20} onDone={(f, st) => ((done = f), (status = st))} />);
  const screen = () => stripVTControlCharacters(r.lastFrame() ?? "");
  await tick();
  const lines = screen().split("\n");
  assert.is(lines[0], "looplab practice · 4 exercises in /x");
  assert.is(lines[1], "AIX 7.2");
  assert.match(lines[2]!, /^▸✓ aix\/01-a\.md  copy a list +✓ best 4 s$/);
  assert.match(lines[3]!, /^ · aix\/02-b\.md  a busy unmount +tried 1×$/);
  assert.is(lines[4], "BSD/OS 4.3");
  assert.match(lines[5]!, /^ {2} bsd\/01-c\.md  a null layer +new$/);
  assert.match(lines[6]!, /^ ! bsd\/02-d\.md  bsd\/02-d\.md +cannot open$/);
  assert.match(screen(), /copy a list\nAIX 7\.2 · 3 goals, 1 question · solved · best 4 s, 4 commands · 2 attempts\n↑↓ choose · Enter opens · q quits/);
  r.stdin.write("\x1b[B");
  await tick();
  r.stdin.write("\x1b[B");
  await tick();
  r.stdin.write("\x1b[B");
  await tick();
  assert.match(screen(), /^▸! bsd\/02-d\.md/m);
  r.stdin.write("\r");
  await tick();
  assert.is(done, undefined, "a file that cannot be opened is not opened");
  assert.match(screen(), /bsd\/02-d\.md: line 3: goals: a list of goals \(at least one\)$/);
  r.stdin.write("\x1b[A");
  await tick();
  r.stdin.write("\r");
  await tick();
  assert.is(done, "/x/bsd/01-c.md");
  done = undefined;
  r.stdin.write("q");
  await tick();
  assert.is(done, null);
  assert.is(status, undefined, "q: status 0");
  done = undefined;
  r.stdin.write("\x03");
  await tick();
  assert.is(done, null);
  assert.is(status, 130, "Ctrl-C: 130, as an interrupted command");
  r.unmount();
});

test("the picker's row says a best time over a minute as the lab's other lines do (2 min 50 s)", () => {
  const e = entry("aix/01-a.md", "aix", "Practice: copy a list", { progress: { solved: true, attempts: 2, bestSeconds: 170, bestCommands: 9, lastPlayed: null } });
  assert.is(brief(e), "✓ best 2 min 50 s");
});

test.run();
