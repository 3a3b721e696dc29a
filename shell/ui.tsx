// Starts the terminal lab on a TTY: the full-screen layout (alternate screen, mouse wheel; the
// session transcript is printed to the normal screen on exit) or the inline one (--inline: past
// output in the terminal's own scrollback). Also the live replay player and the recorder.
// Loaded by shell/main.ts with a dynamic import, only when stdin is a terminal.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { render } from "ink";
import { createSession } from "../engine/session.js";
import { parseScenario } from "../engine/scenario/parse.js";
import type { CliArgs } from "./args.js";
import { LabApp } from "./app.js";
import { CastWriter, sessionFor } from "./cast.js";
import { HistoryFile, historyPath } from "./history.js";
import { Lab, type Mode } from "./lab.js";
import { Player } from "./replay.js";
import { FrameSink } from "./sink.js";

const ALT_ON = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
const ALT_OFF = "\x1b[?25h\x1b[?1049l";
const MOUSE_ON = "\x1b[?1000h\x1b[?1006h";
const MOUSE_OFF = "\x1b[?1006l\x1b[?1000l";

export const noColor = (env: NodeJS.ProcessEnv = process.env) => env.NO_COLOR !== undefined && env.NO_COLOR !== "";

/**
 * The stream ink writes to in the inline layout. ink clears the terminal *and its scrollback*
 * (ESC[3J) when a frame is as tall as the terminal, which can happen for one frame when the
 * terminal shrinks; the lab keeps its frames shorter, and this filter makes sure the scrollback
 * is never wiped. It also tees what is written to a recorder.
 */
function terminalStream(tee: ((s: string) => void) | null): NodeJS.WriteStream {
  const out = process.stdout;
  const write = (chunk: unknown, ...rest: unknown[]) => {
    let s = typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    if (s.includes("\x1b[3J")) s = s.split("\x1b[3J").join("");
    tee?.(s);
    return (out.write as (...a: unknown[]) => boolean)(s, ...rest);
  };
  return new Proxy(out, {
    get(target, prop) {
      if (prop === "write") return write;
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

interface Started {
  lab: Lab;
  mode: Mode;
  record?: string;
  /** the recorder's output, when recording */
  cast?: { writer: CastWriter; t0: number };
  player?: Player;
}

async function run(s: Started): Promise<number> {
  const { lab, mode } = s;
  const stdout = process.stdout;
  const raw = (d: string) => {
    stdout.write(d);
    if (s.cast) s.cast.writer.output(performance.now() - s.cast.t0, d);
  };
  // the terminal turns "\n" into "\r\n" (onlcr, kept in raw mode): the cast shows what it shows
  const tee = s.cast ? (d: string) => s.cast!.writer.output(performance.now() - s.cast!.t0, d.replace(/\r?\n/g, "\r\n")) : null;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (mode === "full") stdout.write(MOUSE_OFF + ALT_OFF);
  };
  process.on("exit", restore);
  if (mode === "full") raw(ALT_ON + MOUSE_ON);
  const sink = mode === "full" ? new FrameSink(stdout, tee) : null;
  // size first, so ink's own resize handler already draws the new layout
  const onResize = () => {
    lab.resize(stdout.columns || lab.columns, stdout.rows || lab.rows);
    sink?.invalidate();
    if (s.cast) s.cast.writer.resize(performance.now() - s.cast.t0, lab.columns, lab.rows);
    lab.notify();
  };
  stdout.on("resize", onResize);
  if (s.cast) lab.onCommand = (src) => s.cast!.writer.marker(performance.now() - s.cast!.t0, src);
  let timer: NodeJS.Timeout | null = null;
  if (s.player) {
    const p = s.player;
    const schedule = (ms: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(advance, ms);
    };
    const advance = () => {
      timer = null;
      if (p.paused || p.quit) return;
      const d = p.step();
      lab.notify();
      if (d !== null) schedule(d);
    };
    lab.keyHook = (k) => {
      const what = p.handleKey(k);
      if (what === "pass") return false;
      if (what === "quit") {
        p.quit = true;
        if (timer) clearTimeout(timer);
        lab.exitCode = 0;
      } else if (what === "pause") {
        p.setPaused(!p.paused);
        if (!p.paused) schedule(0);
        else if (timer) clearTimeout(timer);
      } else if (what === "next") {
        if (timer) clearTimeout(timer);
        p.skipToNextCommand();
        if (!p.paused && !p.done) schedule(600 / p.speed);
      }
      return true;
    };
    schedule(300);
  }
  const inst = sink
    ? render(<LabApp lab={lab} trackSize={false} />, {
        stdout: sink as unknown as NodeJS.WriteStream,
        debug: true,
        exitOnCtrlC: false,
        patchConsole: false,
      })
    : render(<LabApp lab={lab} trackSize={false} />, {
        stdout: terminalStream(tee),
        exitOnCtrlC: false,
        patchConsole: true,
        maxFps: 60,
      });
  try {
    await inst.waitUntilExit();
  } finally {
    if (timer) clearTimeout(timer);
    stdout.off("resize", onResize);
    lab.dispose();
  }
  restore();
  if (mode === "full") {
    // the session stays in the user's scrollback, as if it had run in the terminal itself
    let t = lab.term.transcript();
    if (t !== "" && !t.endsWith("\n")) t += "\n";
    stdout.write(t);
    if (s.cast) s.cast.writer.output(performance.now() - s.cast.t0, MOUSE_OFF + ALT_OFF + t.replace(/\n/g, "\r\n"));
  }
  if (s.cast && s.record) writeFileSync(s.record, s.cast.writer.text());
  return lab.exitCode ?? 0;
}

function sizeNow(): { columns: number; rows: number } {
  return { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

export async function runUi(args: CliArgs): Promise<number> {
  const shell = createSession({ os: args.os as "aix", imports: args.imports });
  const env = process.env;
  const history = new HistoryFile(env.LOOPLAB_NO_HISTORY ? null : historyPath(env));
  const mode: Mode = args.inline ? "inline" : "full";
  const lab = new Lab({ shell, mode, ...sizeNow(), color: !noColor(), history });
  return run({ lab, mode });
}

export async function runRecord(args: CliArgs): Promise<number> {
  const out = args.rest[0];
  if (!out) {
    process.stderr.write("looplab record: name the .cast file to write\n");
    return 2;
  }
  const shell = createSession({ os: args.os as "aix", imports: args.imports });
  const mode: Mode = args.inline ? "inline" : "full";
  const { columns, rows } = sizeNow();
  const lab = new Lab({ shell, mode, columns, rows, color: !noColor(), history: new HistoryFile(historyPath()) });
  const writer = new CastWriter({
    version: 2,
    width: columns,
    height: rows,
    timestamp: Math.floor(Date.now() / 1000),
    title: `looplab ${shell.machine.hostname}`,
    env: { TERM: process.env.TERM ?? "xterm-256color", SHELL: "/usr/bin/ksh" },
  });
  return run({ lab, mode, record: out, cast: { writer, t0: performance.now() } });
}

export async function runReplayLive(args: CliArgs): Promise<number> {
  const file = args.rest[0]!;
  const sc = parseScenario(readFileSync(file, "utf8"));
  const mode: Mode = args.inline ? "inline" : "full";
  const lab = new Lab({ shell: sessionFor(sc, dirname(file)), mode, ...sizeNow(), color: !noColor(), history: null });
  const player = new Player(lab, sc, { speed: args.speed });
  return run({ lab, mode, player });
}
