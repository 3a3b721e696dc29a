// Commands per second for a 10,000-line mixed script of generic commands fed on stdin
// (target: 20,000/s), against the same script through just-bash 3.4.2 with one exec per line
// (target: at least 10x). just-bash is installed into a temporary directory for the bench only;
// it is never a dependency. Prints numbers; asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createSession } from "../engine/session.js";
import { Transcript } from "../engine/session.js";

const LINES = 10_000;

export function mixedScript(n = LINES): string[] {
  const out: string[] = ["mkdir -p /tmp/w", "cd /tmp/w"];
  for (let i = 0; out.length < n; i++) {
    const k = i % 5;
    if (k === 0) out.push(`mkdir d${i}`);
    else if (k === 1) out.push(`echo line ${i} loop${i % 7} > f${i % 50}`);
    else if (k === 2) out.push(`cat f${(i - 1) % 50}`);
    else if (k === 3) out.push(`ls d${i - 3}`);
    else out.push(`cat f${(i - 3) % 50} | grep loop | grep -v loop3`);
  }
  return out.slice(0, n);
}

const script = mixedScript();

// in-process engine throughput (what the interpreter and kernel cost)
{
  const shell = createSession({ samples: false });
  const t = new Transcript();
  const start = process.hrtime.bigint();
  for (const line of script) shell.run(line, t);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`looplab engine, in process: ${LINES} commands in ${ms.toFixed(0)} ms = ${Math.round((LINES / ms) * 1000)} commands/s`);
}

// the bin, the script on stdin (includes start-up)
let labRate = 0;
if (existsSync("dist/looplab.mjs")) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["dist/looplab.mjs"], { input: script.join("\n") + "\n", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  labRate = (LINES / ms) * 1000;
  console.log(`looplab bin, stdin:        ${LINES} commands in ${ms.toFixed(0)} ms = ${Math.round(labRate)} commands/s (exit ${r.status}; target 20,000/s)`);
}

// just-bash 3.4.2, one exec per line, shared file system
const dir = join(tmpdir(), "looplab-bench-just-bash");
if (!existsSync(join(dir, "node_modules/just-bash"))) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{"name":"jb-bench","private":true}');
  try {
    execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "just-bash@3.4.2"], { cwd: dir, stdio: "ignore" });
  } catch {
    console.log("just-bash: could not be installed; comparison skipped");
  }
}
if (existsSync(join(dir, "node_modules/just-bash"))) {
  const { Bash } = (await import(pathToFileURL(join(dir, "node_modules/just-bash/dist/bundle/index.js")).href)) as {
    Bash: new () => { exec(s: string, o?: { cwd?: string }): Promise<unknown> };
  };
  const bash = new Bash();
  const n = 2_000; // just-bash is slow: measure a prefix and scale
  const start = process.hrtime.bigint();
  for (const line of script.slice(0, n)) await bash.exec(line.startsWith("cd ") ? "true" : line, { cwd: "/tmp/w" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rate = (n / ms) * 1000;
  console.log(`just-bash 3.4.2, exec/line: ${n} commands in ${ms.toFixed(0)} ms = ${Math.round(rate)} commands/s`);
  if (labRate) console.log(`ratio looplab/just-bash:   ${(labRate / rate).toFixed(1)}x (target >= 10x)`);
}
