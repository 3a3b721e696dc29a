// A practice session recorded (looplab practice FILE --cast OUT.cast): the ink app on a stand-in
// terminal, teed into a SessionRecorder as shell/ui.tsx does for any live session. The cast is a
// valid asciicast with the keys (practice's F-keys and the answer typed in the field among them),
// a marker per command line, and the Practice pane and the solved message in its frames.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stripVTControlCharacters } from "node:util";
import { FakeStdin, FakeTerminal } from "./faketerm.js";
import { checkCast } from "../../shell/castcheck.js";
import { SessionRecorder } from "../../shell/recorder.js";
import { mountLab } from "../../shell/ui.js";
import { F, MOUNT, openPractice, UNMOUNT } from "./practicekit.js";
import { Vt } from "./vt.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));



test("a practice session records like any other: keys, markers, the pane and the solved message", async () => {
  const [columns, rows] = [100, 30];
  const term = new FakeTerminal(columns, rows);
  const stdin = new FakeStdin();
  const { lab, practice } = openPractice({ columns, rows });
  lab.recording = "out.cast";
  let clock = 0;
  const rec = new SessionRecorder({ columns, rows, term: "xterm-256color", title: "looplab practice · mount the CD" }, { format: "v3", now: () => clock });
  rec.attach(lab);
  const { instance, done } = mountLab(lab, term, { stdin: stdin as unknown as NodeJS.ReadStream, tee: (d) => rec.output(d) });
  const exited = instance.waitUntilExit();
  await sleep(60);
  const send = async (s: string, until: () => boolean) => {
    clock += 500;
    stdin.send(s);
    const end = Date.now() + 3000;
    while (!until() && Date.now() < end) await sleep(5);
    assert.ok(until(), `after ${JSON.stringify(s)}`);
  };
  await send(F.f4, () => practice.hint !== null);
  await send(MOUNT + "\r", () => practice.run.commands === 1);
  // the field on the screen, listening, before the answer is typed
  await send(F.f5, () => practice.answerField.shown !== null);
  await send("loop0", () => practice.field?.value === "loop0");
  await send("\r", () => practice.field === null);
  await send(UNMOUNT + "\r", () => practice.run.solved !== null);
  await send("exit\r", () => lab.exitCode !== null);
  await exited;
  done();
  clock += 100;
  rec.endLive(lab);
  lab.dispose();
  const r = checkCast(rec.text());
  assert.equal(r.problems, []);
  assert.equal(r.markers, [MOUNT, UNMOUNT, "exit"]);
  const keys = r.list.filter((e) => e.code === "i").map((e) => e.data);
  assert.equal(keys, [F.f4, MOUNT + "\r", F.f5, "loop0", "\r", UNMOUNT + "\r", "exit\r"]);
  // played back: the last frame has the pane solved and the session says so
  const vt = new Vt(columns, rows);
  vt.write(r.output);
  const screen = vt.screen();
  assert.match(screen, /^Solved:\sall\s3\sgoals\shold\sand\sthe\squestion\sis\sanswered,\safter\s2\scommands\sand\s2\ss\son\sthe\smachine's\sclock\.$/m);
  assert.match(screen, /╭─Practice · solved, 1\/1 answered/);
  assert.match(screen, /● REC/);
  // the answer field was in the recording too
  assert.match(stripVTControlCharacters(r.output), /● REC Which loopback device holds \/backup\/cd_image\? ›/);
});

test.after(() => {
  const write = process.stderr.write.bind(process.stderr) as (...a: unknown[]) => boolean;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => (chunk === "\u001B[?25h" ? true : write(chunk, ...rest))) as typeof process.stderr.write;
});

test.run();
