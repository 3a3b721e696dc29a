// Benchmarks of the terminal lab (numbers, no assertions):
//  1. start-up: process start to the first prompt on a pty (dist/looplab.mjs, both layouts)
//     against a bare `node -e ''` (target: at most 3x);
//  2. bytes written to the terminal per keystroke with 1,000 lines of session history
//     (target: under 2 KB);
//  3. ESC[3J (clear the scrollback) in a 500-command session (target: 0);
//  4. processes in the terminal: Ctrl-C to the fresh prompt on the screen, and the longest the
//     UI cannot draw or read a key, while `while true; do :; done` runs (targets: 50 ms each).
// Run: node --import tsx bench/tui.ts   (builds dist/ first unless LOOPLAB_BENCH_NO_BUILD=1)
import { execFileSync, spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession } from "../engine/session.js";
import { Lab, type Mode } from "../shell/lab.js";
import { mountLab, type TerminalOut } from "../shell/ui.js";
import { FakeStdin } from "../test/shell/faketerm.js";

const RUNS = Number(process.env.LOOPLAB_BENCH_RUNS ?? 10);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

// ---- 1. start-up on a pty (util-linux script) ----

/** ms from spawning the command on a 120x40 pty until `until` shows in its output (or it exits) */
function onPty(cmd: string, until: string | null, traceFile?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.CI;
    env.TERM = "xterm-256color";
    env.LOOPLAB_NO_HISTORY = "1";
    if (traceFile) env.LOOPLAB_TRACE = "1";
    const t0 = performance.now();
    const redirect = traceFile ? ` 2>${traceFile}` : "";
    const child = spawn("script", ["-qfec", `stty cols 120 rows 40; ${cmd}${redirect}`, "/dev/null"], { env, stdio: ["pipe", "pipe", "ignore"] });
    let out = "";
    let done = false;
    const finish = (t: number) => {
      if (done) return;
      done = true;
      resolve(t);
      // Ctrl-D on the empty line: the lab quits, then script
      child.stdin.write("\x04");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    };
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      if (until !== null && out.includes(until)) finish(performance.now() - t0);
    });
    child.on("exit", () => {
      if (until === null) finish(performance.now() - t0);
      else if (!done) reject(new Error(`exited before "${until}":\n${out.slice(-500)}`));
    });
    child.on("error", reject);
  });
}

async function startup(): Promise<void> {
  console.log(`\n1. Start-up to the first prompt on a 120x40 pty (median of ${RUNS})`);
  const has = (c: string) => {
    try {
      execFileSync("sh", ["-c", `command -v ${c}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (!has("script")) {
    console.log("   skipped: util-linux script is not installed");
    return;
  }
  const base: number[] = [];
  const full: number[] = [];
  const inline: number[] = [];
  const headless: number[] = [];
  const inkFull: number[] = [];
  const inkInline: number[] = [];
  const traceFile = join(tmpdir(), `looplab-bench-trace-${process.pid}`);
  /** when ink took the keyboard, in ms since the process started (from LOOPLAB_TRACE) */
  const inkAt = async (): Promise<number> => {
    for (let i = 0; i < 40; i++) {
      const m = /(\d+) ms ink listens for keys/.exec(existsSync(traceFile) ? readFileSync(traceFile, "utf8") : "");
      if (m) return Number(m[1]);
      await sleep(25);
    }
    return NaN;
  };
  await onPty("node -e ''", null); // warm the file cache
  await onPty("node dist/looplab.mjs", "F1 help");
  for (let i = 0; i < RUNS; i++) {
    base.push(await onPty("node -e ''", null));
    full.push(await onPty("node dist/looplab.mjs", "F1 help", traceFile));
    inkFull.push(await inkAt());
    inline.push(await onPty("node dist/looplab.mjs --inline", "F1 help", traceFile));
    inkInline.push(await inkAt());
    headless.push(await onPty("node dist/looplab.mjs -c 'lsdev -Cc loopback'", null));
  }
  rmSync(traceFile, { force: true });
  const b = median(base);
  const row = (name: string, xs: number[]) =>
    console.log(`   ${name.padEnd(34)} ${ms(median(xs)).padStart(7)}   ${(median(xs) / b).toFixed(2)}x   (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))})`);
  row("node -e '' (whole process)", base);
  row("looplab, full screen: first prompt", full);
  row("looplab --inline: first prompt", inline);
  row("looplab -c (headless, whole process)", headless);
  console.log(
    `   the prompt takes keys at once (kept until ink listens); ink takes over at ${ms(median(inkFull.filter((x) => !Number.isNaN(x))))} (full screen), ` +
      `${ms(median(inkInline.filter((x) => !Number.isNaN(x))))} (--inline) after the process started`,
  );
  console.log("   target: the first prompt within 3x of node -e ''");
}

// ---- 2 and 3. bytes on the terminal, in process ----

class FakeTerminal extends EventEmitter implements TerminalOut {
  isTTY = true;
  bytes = 0;
  writes = 0;
  clears3J = 0;
  text = "";
  keepText = false;
  constructor(public columns: number, public rows: number) {
    super();
  }
  write = (s: string | Uint8Array): boolean => {
    const str = typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    this.bytes += Buffer.byteLength(str);
    this.writes++;
    this.clears3J += str.split("\x1b[3J").length - 1;
    if (this.keepText) this.text += str;
    return true;
  };
}

/** ink also counts ESC[3J before the lab's filter: wrap the raw writes */
async function session(mode: Mode, columns: number, rows: number) {
  const term = new FakeTerminal(columns, rows);
  const stdin = new FakeStdin();
  const lab = new Lab({ shell: createSession(), mode, columns, rows, history: null });
  let inkClears = 0;
  const tee = (s: string) => {
    inkClears += s.split("\x1b[3J").length - 1;
  };
  const { instance } = mountLab(lab, term, { stdin: stdin as unknown as NodeJS.ReadStream, tee });
  await sleep(50);
  return { term, stdin, lab, instance, inkClears: () => inkClears };
}

async function perKey(mode: Mode, columns: number, rows: number): Promise<void> {
  const s = await session(mode, columns, rows);
  // 1,000 lines of history in the session
  for (let i = 0; s.lab.term.lines.length < 1000; i++) {
    s.stdin.send(`echo history line ${i}\r`);
    if (i % 50 === 49) await sleep(5);
  }
  await sleep(100);
  const text = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';
  const counts: number[] = [];
  for (const ch of text) {
    const before = s.term.bytes;
    s.stdin.send(ch);
    await sleep(mode === "inline" ? 25 : 2);
    counts.push(s.term.bytes - before);
  }
  const moves: number[] = [];
  for (const k of ["\x1b[D", "\x1b[D", "\x01", "\x05", "\x1b[A", "\x1b[B"]) {
    const before = s.term.bytes;
    s.stdin.send(k);
    await sleep(mode === "inline" ? 25 : 2);
    moves.push(s.term.bytes - before);
  }
  const all = [...counts, ...moves];
  const avg = all.reduce((a, b) => a + b, 0) / all.length;
  console.log(
    `   ${`${mode === "full" ? "full screen" : "--inline"} ${columns}x${rows}`.padEnd(22)} ${s.lab.term.lines.length} lines: ` +
      `${avg.toFixed(0)} B per key on average, max ${Math.max(...all)} B (typing ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(0)} B, editing keys ${(moves.reduce((a, b) => a + b, 0) / moves.length).toFixed(0)} B)`,
  );
  s.instance.unmount();
}

async function clears(mode: Mode, columns: number, rows: number): Promise<void> {
  const s = await session(mode, columns, rows);
  const cmds = [
    'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt',
    "lsdev -C | grep loop",
    "df /mnt",
    "ls -l /mnt",
    "lsattr -El loop0",
    "mount",
    "loopumount -l loop0 -m /mnt",
    "odmget -q name=loop0 CuDv",
    "ls /dev",
    "echo done",
  ];
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) {
    s.stdin.send(cmds[i % cmds.length]! + "\r");
    await sleep(mode === "inline" ? 2 : 1);
  }
  // a resize to a smaller terminal and back, mid-session
  s.term.rows = Math.max(10, rows - 10);
  s.term.columns = Math.max(40, columns - 30);
  s.term.emit("resize");
  await sleep(50);
  s.term.rows = rows;
  s.term.columns = columns;
  s.term.emit("resize");
  await sleep(50);
  const took = performance.now() - t0;
  console.log(
    `   ${`${mode === "full" ? "full screen" : "--inline"} ${columns}x${rows}`.padEnd(22)} 500 commands (${s.lab.term.lines.length} lines), a resize: ` +
      `ESC[3J on the terminal ${s.term.clears3J}, written by ink ${s.inkClears()}; ${(s.term.bytes / 1024).toFixed(0)} KB in ${ms(took)}`,
  );
  s.instance.unmount();
}

/** ms until `pred` holds, polled every millisecond (or NaN after `limit` ms) */
async function until(pred: () => boolean, limit = 3000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < limit) {
    if (pred()) return performance.now() - t0;
    await sleep(1);
  }
  return NaN;
}

async function processes(mode: Mode): Promise<void> {
  const s = await session(mode, 120, 40);
  s.term.keepText = true;
  const promptBack = () => /\^C(?:\x1b\[[0-9;]*m)*#/.test(s.term.text.slice(-4000));
  const rows: string[] = [];
  for (const cmd of ["while true; do :; done", "cat /dev/zero", "sleep 1000", "yes"]) {
    s.stdin.send(cmd + "\r");
    await sleep(300);
    // the event loop while it runs: the longest gap between two turns (a frame or a key waits that long)
    let worst = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 1);
    await sleep(1000);
    clearInterval(probe);
    s.term.text = "";
    s.stdin.send("\x03");
    const t = await until(promptBack);
    rows.push(`${cmd.padEnd(24)} Ctrl-C to the prompt on the screen ${ms(t).padStart(6)}, longest event-loop gap while it ran ${ms(worst).padStart(6)}`);
    await sleep(100);
  }
  console.log(`   ${mode === "full" ? "full screen" : "--inline"}:`);
  for (const r of rows) console.log("     " + r);
  s.instance.unmount();
}

async function main(): Promise<void> {
  if (!process.env.LOOPLAB_BENCH_NO_BUILD || !existsSync("dist/looplab.mjs")) execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "ignore" });
  console.log(`looplab terminal UI benchmark (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
  // LOOPLAB_BENCH_ONLY=4 runs one section
  if (process.env.LOOPLAB_BENCH_ONLY === "4") {
    await processes("full");
    await processes("inline");
    return;
  }
  await startup();
  console.log("\n2. Bytes written to the terminal per keystroke, 1,000 lines of session history (target < 2 KB)");
  await perKey("full", 120, 40);
  await perKey("full", 80, 24);
  await perKey("inline", 120, 40);
  await perKey("inline", 80, 24);
  console.log("\n3. Scrollback clears (ESC[3J) in a 500-command session (target 0)");
  await clears("full", 120, 40);
  await clears("full", 80, 24);
  await clears("inline", 120, 40);
  await clears("inline", 80, 24);
  console.log("\n4. Processes in the terminal (targets: Ctrl-C within 50 ms, no gap over 50 ms)");
  await processes("full");
  await processes("inline");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
