// Runs the real-terminal test (test/e2e/tmux.sh) and fails with its report; skipped when tmux is
// not installed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** the newest source file under these directories (ms) */
function newest(dirs: string[]): number {
  let t = 0;
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(ts|tsx|ne|js|mjs)$/.test(n)) t = Math.max(t, st.mtimeMs);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return t;
}

const hasTmux = spawnSync("sh", ["-c", "command -v tmux"]).status === 0;
if (!hasTmux) console.log("  test/e2e/tmux.test.ts: skipped, tmux is not installed (apt-get install tmux)");

(hasTmux ? test : test.skip)("the lab in a real terminal (tmux, 120x40, 80x24, --inline)", () => {
  const env = { ...process.env };
  delete env.TMUX;
  // npm test builds dist/ first (pretest): build again only when a source is newer
  const bin = "dist/looplab.mjs";
  if (existsSync(bin) && statSync(bin).mtimeMs >= newest(["shell", "engine", "grammar"])) env.LOOPLAB_E2E_NO_BUILD = "1";
  const r = spawnSync("bash", ["test/e2e/tmux.sh"], { env, encoding: "utf8", timeout: 120_000 });
  const out = (r.stdout ?? "") + (r.stderr ?? "");
  const summary = /(\d+) passed, (\d+) failed/.exec(out);
  assert.ok(summary, `no summary from tmux.sh (status ${r.status}, signal ${r.signal}):\n${out}`);
  assert.is(Number(summary![2]), 0, out);
  assert.is(r.status, 0, out);
});

test.run();
