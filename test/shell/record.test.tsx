// A live recording (looplab record): the ink app on a stand-in terminal, its output teed into a
// SessionRecorder as shell/ui.tsx does it, keys sent as a terminal sends them. The cast has the
// keys as "i" events at the moment they were read, a marker per command line, and ends with the
// cursor below the last frame, in the full-screen layout and in the inline one.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FakeStdin, FakeTerminal } from "./faketerm.js";
import { createSession } from "../../engine/session.js";
import { checkCast } from "../../shell/castcheck.js";
import { Lab, type Mode } from "../../shell/lab.js";
import { SessionRecorder } from "../../shell/recorder.js";
import { mountLab } from "../../shell/ui.js";
import { Vt } from "./vt.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));



async function record(mode: Mode, format: "v2" | "v3" = "v2") {
  const [columns, rows] = [100, 30];
  const term = new FakeTerminal(columns, rows);
  const stdin = new FakeStdin();
  const lab = new Lab({ shell: createSession(), mode, columns, rows, history: null, color: false });
  let clock = 0;
  const rec = new SessionRecorder({ columns, rows, term: "xterm-256color", shell: "/usr/bin/ksh" }, { format, now: () => clock });
  rec.attach(lab);
  const { instance, done } = mountLab(lab, term, { stdin: stdin as unknown as NodeJS.ReadStream, tee: (d) => rec.output(d) });
  // asked for now: ink settles only the promise it has made when the app exits
  const exited = instance.waitUntilExit();
  await sleep(60);
  const key = async (at: number, s: string) => {
    clock = at;
    stdin.send(s);
    await sleep(mode === "inline" ? 40 : 15);
  };
  await key(1000, "l");
  await key(1080, "s");
  await key(1200, "\r");
  // the mouse wheel and a paste's brackets are no keys: left out
  await key(1500, "\x1b[<64;10;5M");
  await key(1700, "\x1b[200~echo hi\x1b[201~");
  await key(1800, "\r");
  await key(2500, "exit\r");
  await exited;
  done();
  clock = 2600;
  rec.endLive(lab);
  lab.dispose();
  return { rec, rows, columns, r: checkCast(rec.text()), term };
}

test("full screen: the keys at the times they were read, a marker per line, exit status", async () => {
  const { r } = await record("full", "v3");
  assert.equal(r.problems, []);
  const keys = r.list.filter((e) => e.code === "i").map((e) => [Math.round(e.time * 1000), e.data]);
  assert.equal(keys, [
    [1000, "l"],
    [1080, "s"],
    [1200, "\r"],
    [1700, "echo hi"],
    [1800, "\r"],
    [2500, "exit\r"],
  ]);
  assert.equal(r.markers, ["ls", "echo hi", "exit"]);
  assert.is(r.exit, 0);
  const last = r.list.filter((e) => e.code === "o").pop()!;
  assert.equal([Math.round(last.time * 1000), last.data], [2600, "\x1b[30;1H\r\n\x1b[?25h"]);
});

test("full screen: the cast ends with the cursor below the last frame", async () => {
  const { r, rows, columns } = await record("full");
  const vt = new Vt(columns, rows + 5);
  vt.write(r.output);
  assert.equal([vt.r, vt.c], [rows, 0]);
  const screen = vt.screen().split("\n");
  assert.match(screen[rows - 1]!, /F1 help/);
  assert.match(vt.screen(), /^# echo hi\nhi\n# exit/m);
});

test("inline: ink leaves the cursor below its live area; the cast adds no blank line", async () => {
  const { r, columns, rec } = await record("inline");
  assert.equal(r.problems, []);
  assert.equal(r.markers, ["ls", "echo hi", "exit"]);
  assert.is(rec.text().trim().split("\n").pop(), '[2.600000, "o", "\\u001b[?25h"]');
  const vt = new Vt(columns, 60);
  vt.write(r.output);
  const screen = vt.screen().split("\n");
  // the session's last line, then the empty live area ink draws as the lab exits, then the cursor
  const lastText = screen.findLastIndex((l) => l !== "");
  assert.is(screen[lastText], "# exit");
  assert.equal([vt.r, vt.c], [lastText + 2, 0]);
});

// ink hid the stand-in terminal's cursor, and cli-cursor then registered restore-cursor's exit
// hook, which writes "show cursor" to the real standard error when the test process ends, after
// the suite's closing line. The stand-in terminal has had its cursor shown already; that one
// write is dropped so the closing line stays the last thing printed.
test.after(() => {
  const write = process.stderr.write.bind(process.stderr) as (...a: unknown[]) => boolean;
  process.stderr.write = ((chunk: unknown, ...rest: unknown[]) =>
    chunk === "\u001B[?25h" ? true : write(chunk, ...rest)) as typeof process.stderr.write;
});

test.run();
