// A replay cast carries the keys the player types as "i" events, at the pace it types them on
// virtual time, and ends with the cursor on the line below the last frame.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { replayToCast } from "../../shell/cast.js";
import { checkCast, type CastEvent } from "../../shell/castcheck.js";
import { typingDelay } from "../../shell/replay.js";
import { Vt } from "./vt.js";

// asciinema refuses to run without a UTF-8 locale, and a CI host's may be C
const UTF8 = { ...process.env, LC_ALL: "C.UTF-8" };

const S01 = parseScenario(readFileSync("scenarios/aix/01-mount-cd-image.md", "utf8"));
const commands = S01.steps.flatMap((s) => (s.kind === "command" ? [s.command] : []));
const us = (seconds: number) => Math.round(seconds * 1e6);
const cast = replayToCast(S01);
const r = checkCast(cast);

test("every key of every command is an input event, Enter included, in order", () => {
  assert.equal(r.problems, []);
  assert.equal(
    r.inputs,
    commands.flatMap((c) => [...c, "\r"]),
  );
});

test("the keys come at the player's typing speed: each after the last by typingDelay, Enter 250 ms after", () => {
  const keys = r.list.filter((e) => e.code === "i");
  let k = 0;
  for (const c of commands) {
    const chars = [...c];
    for (let i = 1; i <= chars.length; i++) {
      const gap = us(keys[k + i]!.time) - us(keys[k + i - 1]!.time);
      const want = typingDelay(i - 1, chars[i - 1]!) + (i === chars.length ? 250 : 0);
      assert.is(gap, want * 1000, `${c}: key ${i}`);
    }
    k += chars.length + 1;
  }
});

test("a key comes before the echo it causes, at the same time", () => {
  const list = r.list;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.code !== "i" || e.data === "\r") continue;
    const next = list[i + 1]!;
    assert.is(next.code, "o");
    assert.is(next.time, e.time);
    assert.ok(next.data.includes(e.data), JSON.stringify(next.data));
  }
});

test("an answer typed to a program and a Ctrl-C are keys too", () => {
  const sc = parseScenario(`---
title: keys
os: aix
---
A question, then an interrupt.

\`\`\`console
# read name?"Name: "
Name: disk.img
# cat
^C
[1]
\`\`\`
`);
  const c = checkCast(replayToCast(sc, { speed: 4 }));
  assert.equal(c.problems, []);
  assert.equal(c.inputs, [...'read name?"Name: "', "\r", ..."disk.img", "\r", ..."cat", "\r", "\x03"]);
  // the answer is typed as soon as read asks, Ctrl-C as soon as cat reads
  const keys = c.list.filter((e: CastEvent) => e.code === "i");
  const enter = keys.flatMap((e, i) => (e.data === "\r" ? [i] : []));
  assert.is(keys[enter[0]! + 1]!.time, keys[enter[0]!]!.time);
  assert.is(keys[enter[2]! + 1]!.time, keys[enter[2]!]!.time);
});

test("the cast ends with the cursor shown on the line below the last frame", () => {
  const last = r.list[r.list.length - 1]!;
  assert.equal(last, { time: r.duration, code: "o", data: "\x1b[36;1H\r\n\x1b[?25h" });
  // a terminal the cast's size: the frame scrolls up a row, the cursor is alone on the last one
  const vt = new Vt(120, 36);
  vt.write(r.output);
  assert.equal([vt.r, vt.c], [35, 0]);
  const rows = vt.screen().split("\n");
  assert.is(rows[35], "");
  assert.match(rows[34]!, /^replay finished \(9\/9 commands\)/);
  // a taller terminal: the row right under the frame, nothing scrolled away
  const big = new Vt(120, 40);
  big.write(r.output);
  assert.equal([big.r, big.c], [36, 0]);
  assert.equal(big.scrollback, []);
  assert.match(big.screen().split("\n")[35]!, /^replay finished/);
});

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

test("asciinema cat leaves what follows under the last frame", () => {
  if (!has("asciinema") || !has("script")) {
    console.log("  (skipped: asciinema or script is not installed)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "looplab-castkeys-"));
  try {
    const file = join(dir, "s01.cast");
    writeFileSync(file, replayToCast(S01, { speed: 50, columns: 100, rows: 30 }));
    const sh = `stty cols 100 rows 40; asciinema cat ${file}; echo __AFTER__`;
    const out = execFileSync("script", ["-qec", sh, "/dev/null"], { stdio: ["ignore", "pipe", "pipe"], timeout: 30000, env: UTF8 }).toString();
    const vt = new Vt(100, 40);
    vt.write(out);
    const rows = vt.screen().split("\n");
    const after = rows.findIndex((l) => l.startsWith("__AFTER__"));
    assert.is(after, 30, vt.screen());
    assert.match(rows[29]!, /^replay finished/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
