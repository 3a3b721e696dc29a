// asciicast v3 (--format v3): the header's term object, intervals since the previous event to
// the millisecond with the rounding error carried on, an exit event; the checker follows the
// spec (docs.asciinema.org/manual/asciicast/v3). Debian's asciinema is 2.2, which plays no v3.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { CastWriter, replayToCast, writeReplayCast } from "../../shell/cast.js";
import { checkCast } from "../../shell/castcheck.js";

const S01 = parseScenario(readFileSync("scenarios/aix/01-mount-cd-image.md", "utf8"));
const v2 = replayToCast(S01, { speed: 4 });
const v3 = replayToCast(S01, { speed: 4, format: "v3" });

test("the v3 header: version 3, the terminal in term, SHELL alone in env", () => {
  assert.is(
    v3.split("\n")[0],
    '{"version":3,"term":{"cols":120,"rows":36,"type":"xterm-256color"},"title":"Mounting a CD image with loopmount","env":{"SHELL":"/usr/bin/ksh"}}',
  );
  const r = checkCast(v3);
  assert.equal(r.problems, []);
  assert.equal(r.ignored, []);
  assert.equal([r.version, r.width, r.height], [3, 120, 36]);
});

test("the same events as v2, each time an interval from the one before, to the millisecond", () => {
  const a = checkCast(v2).list;
  const lines = v3.trim().split("\n").slice(1);
  assert.is(lines.length, a.length);
  let ms = 0;
  lines.forEach((l, i) => {
    const m = /^\[(\d+\.\d{3}), ("(?:[^"\\]|\\.)*"), (.*)\]$/.exec(l);
    assert.ok(m, l.slice(0, 80));
    ms += Math.round(Number(m![1]) * 1000);
    // the intervals add up to v2's absolute time, rounded to the millisecond: no drift
    assert.is(ms, Math.round(Math.round(a[i]!.time * 1e6) / 1000), `event ${i + 1}`);
    assert.is(JSON.parse(m![2]!), a[i]!.code);
    assert.is(JSON.parse(m![3]!), a[i]!.data);
  });
});

test("CastWriter v3: rounding errors are carried to the next interval, the exit status last", () => {
  const w = new CastWriter({ columns: 80, rows: 24 }, "v3");
  // four events 0.4 ms apart: rounding each interval alone would write 0.000 four times
  for (const t of [0.4, 0.8, 1.2, 1.6]) w.output(t, "x");
  w.input(1500.4, "a");
  w.marker(1500.4, "");
  w.exit(2000, 0);
  assert.is(
    w.text(),
    '{"version":3,"term":{"cols":80,"rows":24}}\n[0.000, "o", "x"]\n[0.001, "o", "x"]\n[0.000, "o", "x"]\n[0.001, "o", "x"]\n[1.498, "i", "a"]\n[0.000, "m", ""]\n[0.500, "x", "0"]\n',
  );
  assert.equal(checkCast(w.text()).problems, []);
  assert.is(checkCast(w.text()).exit, 0);
  // v2 has no exit event: none is written
  const w2 = new CastWriter({ columns: 80, rows: 24 });
  w2.exit(10, 0);
  assert.is(w2.text(), '{"version":2,"width":80,"height":24}\n');
});

test("the v3 checker: the spec's schema, intervals never negative, comments, what to ignore", () => {
  const good = '{"version":3,"term":{"cols":80,"rows":24,"type":"xterm"},"tags":["demo"]}\n# a comment\n[0.248, "o", "hi"]\n[1.0, "i", "l"]\n[0.5, "r", "90x30"]\n[3.5, "m", ""]\n[0.887, "x", "0"]\n';
  const r = checkCast(good);
  assert.equal(r.problems, []);
  assert.is(Math.round(r.duration * 1000), 6135);
  assert.equal(r.inputs, ["l"]);
  assert.is(r.exit, 0);
  // the spec: tools ignore header keys and event codes they do not know
  const odd = checkCast('{"version":3,"term":{"cols":80,"rows":24,"pixels":1},"colour":1}\n[0.1, "q", "a"]\n');
  assert.equal(odd.problems, []);
  assert.equal(odd.ignored, ['header key "colour"', 'header key "term.pixels"', 'event code "q" (line 2)']);
  const bad = (text: string, re: RegExp) => assert.match(checkCast(text).problems.join("\n"), re);
  bad('{"version":3,"width":80,"height":24}\n', /term must be an object with cols and rows/);
  bad('{"version":3,"term":{"cols":80}}\n', /term\.rows must be a positive integer/);
  bad('{"version":3,"term":{"cols":80,"rows":24,"theme":{"fg":"#fff"}}}\n', /term\.theme\.fg must be #rrggbb/);
  bad('{"version":3,"term":{"cols":80,"rows":24},"tags":"demo"}\n', /tags must be an array of strings/);
  bad('{"version":3,"term":{"cols":80,"rows":24}}\n[-0.5, "o", "a"]\n', /line 2: interval must be a non-negative number/);
  bad('{"version":3,"term":{"cols":80,"rows":24}}\n[0.5, "x", "zero"]\n', /line 2: exit data must be a number/);
  bad('{"version":3,"term":{"cols":80,"rows":24}}\n[0.5, "x", "0"]\n[0.5, "x", "0"]\n', /line 3: a second exit event/);
  bad('{"version":3,"term":{"cols":80,"rows":24}}\n[0.5, "", "a"]\n', /line 2: unknown event code ""/);
  bad('{"version":3,"term":{"cols":80,"rows":24}}\n[0.5, "o"]\n', /\[interval, code, data\]/);
  bad('# a comment first\n', /line 1: the header is not JSON/);
});

test("replay --cast --format v3 writes the file", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-v3-"));
  const err = process.stderr.write;
  try {
    const out = join(dir, "demo.cast");
    const o = { cast: out, speed: 8, size: { columns: 100, rows: 30 }, format: "v3" as const };
    assert.is(writeReplayCast("scenarios/aix/01-mount-cd-image.md", o), 0);
    const r = checkCast(readFileSync(out));
    assert.equal([r.problems, r.version, r.width, r.height], [[], 3, 100, 30]);
  } finally {
    process.stderr.write = err;
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
