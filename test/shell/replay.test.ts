import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { parseScenario } from "../../engine/scenario/parse.js";
import { sessionFor } from "../../shell/cast.js";
import { decodeKeys } from "../../shell/keys.js";
import { Lab } from "../../shell/lab.js";
import { Player, typingDelay } from "../../shell/replay.js";

const sc = parseScenario(readFileSync("scenarios/aix/01-mount-cd-image.md", "utf8"));
const make = (speed = 1) => {
  const lab = new Lab({ shell: sessionFor(sc), columns: 120, rows: 36, now: () => 0 });
  return { lab, p: new Player(lab, sc, { speed }) };
};

test("prose becomes the caption, then the command is typed key by key and run", () => {
  const { lab, p } = make();
  assert.is(p.step()! > 1000, true);
  assert.match(lab.caption!, /technote/);
  const d = p.step()!;
  assert.ok(d >= 45 && d < 200);
  assert.is(lab.editor.buf, "l");
  while (lab.editor.buf !== "lsdev -C | grep loop") p.step();
  assert.is(p.ran, 0);
  p.step();
  p.step();
  assert.is(p.ran, 1);
  assert.match(lab.term.transcript(), /# lsdev -C \| grep loop\n# $/);
});

test("n: the current command is finished and run, one at a time", () => {
  const { lab, p } = make();
  p.skipToNextCommand();
  assert.is(p.ran, 1);
  p.skipToNextCommand();
  assert.is(p.ran, 2);
  assert.is(lab.snap.devices[0]?.name, "loop0");
  while (p.step() !== null);
  assert.ok(p.done);
  assert.is(p.ran, p.total);
  assert.match(lab.status!, /finished/);
});

test("--speed divides every wait", () => {
  const a = make(1).p;
  const b = make(2).p;
  for (let i = 0; i < 30; i++) assert.is(b.step(), a.step()! / 2);
});

test("the replay's keys: Space, n, q; the rest is not typed into the line", () => {
  const { p } = make();
  const k = (s: string) => p.handleKey(decodeKeys(s)[0]!);
  assert.is(k(" "), "pause");
  assert.is(k("n"), "next");
  assert.is(k("q"), "quit");
  assert.is(k("\x03"), "quit");
  assert.is(k("x"), "ignore");
  assert.is(k("\x1b[5~"), "pass");
  // F2 and F3 change the panes during a replay
  assert.is(k("\x1bOQ"), "pass");
  assert.is(k("\x1bOR"), "pass");
  p.setPaused(true);
  assert.match(p.lab.status!, /PAUSED/);
});

test("typing pace is human and the same every time", () => {
  const ds = [..."loopmount -i x"].map((c, i) => typingDelay(i, c));
  assert.ok(ds.every((d) => d >= 45 && d <= 160));
  assert.ok(new Set(ds).size > 3);
  assert.equal(ds, [..."loopmount -i x"].map((c, i) => typingDelay(i, c)));
});

test.run();
