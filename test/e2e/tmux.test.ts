// Runs the real-terminal test (test/e2e/tmux.sh) and fails with its report; skipped when tmux is
// not installed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";

const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
if (!hasTmux) console.log("  test/e2e/tmux.test.ts: skipped, tmux is not installed (apt-get install tmux)");

(hasTmux ? test : test.skip)("the lab in a real terminal (tmux, 120x40, 80x24, --inline)", () => {
  const env = { ...process.env };
  delete env.CI;
  delete env.TMUX;
  const r = spawnSync("bash", ["test/e2e/tmux.sh"], { env, encoding: "utf8", timeout: 120_000 });
  const out = (r.stdout ?? "") + (r.stderr ?? "");
  const summary = /(\d+) passed, (\d+) failed/.exec(out);
  assert.ok(summary, `no summary from tmux.sh (status ${r.status}, signal ${r.signal}):\n${out}`);
  assert.is(Number(summary![2]), 0, out);
  assert.is(r.status, 0, out);
});

test.run();
