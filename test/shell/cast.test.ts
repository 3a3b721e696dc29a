import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { CastWriter, replayFileToCast, replayToCast } from "../../shell/cast.js";
import { checkCast } from "../../shell/castcheck.js";
import { Vt } from "./vt.js";

// asciinema refuses to run without a UTF-8 locale, and a CI host's may be C
const UTF8 = { ...process.env, LC_ALL: "C.UTF-8" };

const S01 = "scenarios/aix/01-mount-cd-image.md";

/** the screen a player shows at time t (seconds) */
function screenAt(cast: string, t = Infinity): string {
  const lines = cast.trim().split("\n");
  const h = JSON.parse(lines[0]!);
  const vt = new Vt(h.width, h.height);
  for (const l of lines.slice(1)) {
    const [time, code, data] = JSON.parse(l);
    if (time > t) break;
    if (code === "o") vt.write(data);
  }
  return vt.screen();
}

test("a replay renders to a valid asciicast v2 with a marker per command", () => {
  const cast = replayFileToCast(S01);
  const r = checkCast(Buffer.from(cast, "utf8"));
  assert.equal(r.problems, []);
  assert.is(r.width, 120);
  assert.is(r.height, 36);
  const sc = parseScenario(readFileSync(S01, "utf8"));
  const cmds = sc.steps.flatMap((s) => (s.kind === "command" ? [s.command] : []));
  assert.equal(r.markers, cmds);
  assert.ok(r.duration > 10, `duration ${r.duration}`);
  const header = JSON.parse(cast.split("\n")[0]!);
  assert.not.ok("timestamp" in header);
  assert.is(header.title, sc.meta.title);
});

test("two runs give identical bytes (virtual time, no wall clock)", () => {
  const a = replayFileToCast(S01);
  const realNow = Date.now;
  const realPerf = performance.now.bind(performance);
  try {
    Date.now = () => 0;
    (performance as { now: () => number }).now = () => 123456;
    const b = replayFileToCast(S01);
    assert.ok(a === b, "the second cast differs");
  } finally {
    Date.now = realNow;
    (performance as { now: () => number }).now = realPerf;
  }
});

test("every scenario replays to a cast the checker accepts", () => {
  for (const f of readdirSync("scenarios/aix").filter((n) => n.endsWith(".md"))) {
    const r = checkCast(replayFileToCast(join("scenarios/aix", f)));
    assert.equal(r.problems, [], f);
    assert.ok(r.markers.length > 0, f);
  }
});

test("the screen a player shows: the panes follow the commands, the caption is the prose", () => {
  const cast = replayFileToCast(S01);
  const lines = cast.trim().split("\n").slice(1).map((l) => JSON.parse(l) as [number, string, string]);
  const mount = lines.find((e) => e[1] === "m" && e[2].startsWith("loopmount"))![0];
  const before = screenAt(cast, mount - 0.01);
  assert.match(before, /no loop devices/);
  assert.match(before, /▌ Mount the image/);
  const after = screenAt(cast, mount + 0.01);
  assert.match(after, /loop0 Available/);
  assert.match(after, /\/cdmount \/dev\/loop0 cdrfs ro/);
  const end = screenAt(cast);
  assert.match(end, /replay finished \(9\/9 commands\) · Mounting a CD image/);
  // a cast is watched, not played: no keys offered
  assert.match(before, /^replay \d\/9 · Mounting a CD image/m);
  assert.not.match(cast, /Space pauses|q quits|n next command/);
  assert.match(end, /brw-rw----\s+1 root\s+system\s+34,\s+0 Nov 27 06:43 loop0/);
});

test("--size 100x40: the panes go below the session, which keeps 80 columns", () => {
  const cast = replayFileToCast(S01, { columns: 100, rows: 40 });
  assert.equal(checkCast(cast).problems, []);
  const end = screenAt(cast).split("\n");
  assert.ok(end.some((r) => r.startsWith("╭─Devices")), end.join("\n"));
  assert.not.ok(end.some((r) => /^.{20,}╭─Devices/.test(r)));
});

test("outputs are computed by the engine, never copied from the file", () => {
  const sc = parseScenario(`---
title: wrong expectations
os: aix
---
Prose.

\`\`\`console
# echo computed
THIS LINE IS ONLY IN THE FILE
\`\`\`
`);
  const cast = replayToCast(sc);
  assert.not.match(cast, /THIS LINE IS ONLY IN THE FILE/);
  assert.match(screenAt(cast), /^computed/m);
});

test("--speed shortens the cast, which stays valid", () => {
  const sc = parseScenario(readFileSync(S01, "utf8"));
  const slow = checkCast(replayToCast(sc, { speed: 1 }));
  const fast = checkCast(replayToCast(sc, { speed: 4 }));
  assert.ok(fast.duration < slow.duration / 3);
  assert.equal(fast.problems, []);
});

test("the checker is strict", () => {
  const good = '{"version":2,"width":80,"height":24}\n[0.1, "o", "hi"]\n[0.2, "m", ""]\n[0.3, "r", "100x30"]\n';
  assert.equal(checkCast(good).problems, []);
  const bad = (text: string | Uint8Array, re: RegExp) => {
    const p = checkCast(text).problems.join("\n");
    assert.match(p, re);
  };
  bad('{"version":2,"width":80}\n', /height/);
  bad('{"version":1,"width":80,"height":24}\n', /version must be 2 or 3, not 1/);
  bad('{"version":2,"width":80,"height":24,"colour":1}\n', /unknown header key/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "o", "a"]\n[0.2, "o", "b"]\n', /goes back/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "q", "a"]\n', /unknown event code/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "o"]\n', /\[time, code, data\]/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "o", "\\ud800"]\n', /lone surrogate/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "o", "\\u001b["]\n', /unfinished CSI/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "r", "80,24"]\n', /COLSxROWS/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "o", "x"]', /newline/);
  bad('{"version":2,"width":80,"height":24}\n\n[0.5, "o", "x"]\n', /empty line/);
  bad(new Uint8Array([0x7b, 0xff, 0x7d, 0x0a]), /UTF-8/);
  bad('{"version":2,"width":80,"height":24,"duration":0.1}\n[0.5, "o", "x"]\n', /duration/);
  bad('{"version":2,"width":80,"height":24}\n[0.5, "i", ""]\n', /line 2: empty input/);
  // v2 has no exit event
  bad('{"version":2,"width":80,"height":24}\n[0.5, "x", "0"]\n', /line 2: unknown event code "x"/);
});

test("CastWriter: times never go back and are written alike", () => {
  const w = new CastWriter({ columns: 10, rows: 5 });
  w.output(20, "a");
  w.output(10, "b");
  w.marker(1500.4, "m");
  w.resize(2000, 20, 6);
  const text = w.text();
  assert.is(text, '{"version":2,"width":10,"height":5}\n[0.020000, "o", "a"]\n[0.020000, "o", "b"]\n[1.500400, "m", "m"]\n[2.000000, "r", "20x6"]\n');
  assert.equal(checkCast(text).problems, []);
});

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

test("the cast plays in the real player (asciinema cat)", () => {
  if (!has("asciinema") || !has("script")) {
    console.log("  (skipped: asciinema or script is not installed)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "looplab-cast-"));
  try {
    const file = join(dir, "s01.cast");
    writeFileSync(file, replayFileToCast(S01, { speed: 50 }));
    const out = execFileSync("script", ["-qec", `asciinema cat ${file}`, "/dev/null"], { stdio: ["ignore", "pipe", "pipe"], timeout: 30000, env: UTF8 }).toString();
    assert.match(out, /loopmount -i \/backup\/cd_image/);
    assert.match(out, /replay finished/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
