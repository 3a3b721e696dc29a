// SessionRecorder, the one way any session becomes a cast: frames or terminal bytes, the keys
// typed, a marker per command line, the end below the last frame. Here a lab driven by hand, as
// a practice exercise or any other session would drive it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession } from "../../engine/session.js";
import { checkCast } from "../../shell/castcheck.js";
import { Lab } from "../../shell/lab.js";
import { SessionRecorder } from "../../shell/recorder.js";
import { frame } from "../../shell/screen.js";
import { Vt } from "./vt.js";

function session() {
  let t = 0;
  const lab = new Lab({ shell: createSession(), columns: 100, rows: 30, color: false, now: () => t, history: null });
  const rec = new SessionRecorder({ columns: 100, rows: 30 }, { now: () => t });
  return { lab, rec, at: (ms: number) => void (t = ms) };
}

test("a lab driven by hand: its keys, its command lines and its frames", () => {
  const { lab, rec, at } = session();
  rec.attach(lab);
  rec.frame(frame(lab));
  at(500);
  lab.input("echo hi\r");
  rec.frame(frame(lab));
  at(900);
  lab.input("\x1b[<65;3;4M");
  at(1000);
  rec.end();
  const r = checkCast(rec.text());
  assert.equal(r.problems, []);
  assert.equal(
    r.list.filter((e) => e.code !== "o"),
    [
      { time: 0.5, code: "i", data: "echo hi\r" },
      { time: 0.5, code: "m", data: "echo hi" },
    ],
  );
  const vt = new Vt(100, 30);
  vt.write(r.output);
  assert.match(vt.screen(), /^# echo hi\nhi$/m);
  assert.equal([vt.r, vt.c], [29, 0]);
  assert.equal(r.list.pop(), { time: 1, code: "o", data: "\x1b[30;1H\r\n\x1b[?25h" });
});

test("attach keeps the hooks set before it, and its undo puts them back", () => {
  const { lab, rec } = session();
  const seen: string[] = [];
  lab.onCommand = (src) => seen.push(`cmd ${src}`);
  lab.onKeys = (d) => seen.push(`keys ${JSON.stringify(d)}`);
  const undo = rec.attach(lab);
  lab.input("true\r");
  assert.equal(seen, ['keys "true\\r"', "cmd true"]);
  assert.equal(checkCast(rec.text()).markers, ["true"]);
  undo();
  lab.input("false\r");
  assert.equal(checkCast(rec.text()).markers, ["true"]);
  assert.is(seen.length, 4);
});

test("terminal bytes: the modes a player has no use for are left out, newlines as the terminal shows them", () => {
  const { rec } = session();
  rec.output("\x1b[?1049h\x1b[?1000h\x1b[?1006h\x1b[?2004hone\ntwo\r\n");
  rec.keys("\x1b[200~pasted\x1b[201~");
  rec.keys("\x1b[<64;1;1M");
  assert.is(rec.text(), '{"version":2,"width":100,"height":30}\n[0.000000, "o", "one\\r\\ntwo\\r\\n"]\n[0.000000, "i", "pasted"]\n');
});

test("nothing is recorded after the end", () => {
  const { rec, lab } = session();
  rec.attach(lab);
  rec.end({ below: 0, exit: 3 });
  lab.input("echo late\r");
  rec.output("late");
  assert.is(rec.text(), '{"version":2,"width":100,"height":30}\n[0.000000, "o", "\\u001b[?25h"]\n');
});

test.run();
