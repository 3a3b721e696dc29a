// Starts the terminal lab on a TTY, quickly: boots the machine, draws the first frame with the
// lab's own renderer (the same lines the ink app draws), puts the terminal in raw mode and keeps
// every key typed meanwhile, and only then loads the chunk with ink and react (about 120 ms of
// the start-up) and hands the screen and the keys over to it (shell/ui.tsx). No ink here.
import type { OsName } from "../engine/kernel/machine.js";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { createSession } from "../engine/session.js";
import { parseScenario, ScenarioError } from "../engine/scenario/parse.js";
import type { CliArgs } from "./args.js";
import { replayBanner, sessionFor } from "./cast.js";
import { writeCastFile, type CastFormat } from "./castwriter.js";
import { HistoryFile, historyPath } from "./history.js";
import { Lab, type Mode } from "./lab.js";
import { lineToAnsi } from "./lines.js";
import { ScreenWriter, SessionRecorder } from "./recorder.js";
import { Player } from "./replay.js";
import { frame } from "./screen.js";

export const ALT_ON = "\x1b[?1049h\x1b[?25l\x1b[H\x1b[2J";
export const ALT_OFF = "\x1b[?25h\x1b[?1049l";
export const MOUSE_ON = "\x1b[?1000h\x1b[?1006h";
export const MOUSE_OFF = "\x1b[?1006l\x1b[?1000l";
/** bracketed paste: the terminal marks pasted text, so a pasted Tab is text, not completion */
export const PASTE_ON = "\x1b[?2004h";
export const PASTE_OFF = "\x1b[?2004l";

/** LOOPLAB_TRACE=1: start-up milestones on stderr, in ms since the process started */
export const trace = (what: string): void => {
  if (process.env.LOOPLAB_TRACE) process.stderr.write(`looplab: ${performance.now().toFixed(0)} ms ${what}\n`);
};

export const noColor = (env: NodeJS.ProcessEnv = process.env): boolean => env.NO_COLOR !== undefined && env.NO_COLOR !== "";

export interface Started {
  lab: Lab;
  mode: Mode;
  /** the .cast file a recording goes to */
  record?: string;
  /** the recording: what is written to the terminal, the keys, the command lines */
  rec?: SessionRecorder;
  player?: Player;
  /** rows of the first frame already on the screen */
  predrawn: number;
  /** everything written to the terminal also goes here (the recorder) */
  tee: ((s: string) => void) | null;
  /** leave the alternate screen and mouse mode (once) */
  restore: () => void;
}

export function sizeNow(): { columns: number; rows: number } {
  return { columns: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
}

/** the lab on this terminal: raw mode, the first frame, then ink (shell/ui.tsx) until it exits */
export async function start(s: Pick<Started, "lab" | "mode" | "record" | "rec" | "player">): Promise<number> {
  const { lab, mode } = s;
  const stdout = process.stdout;
  const stdin = process.stdin;
  // a recording gets what the terminal gets (shell/recorder.ts leaves the terminal modes out)
  const rec = s.rec;
  const tee = rec ? (d: string) => rec.output(d) : null;
  const out = (d: string) => {
    stdout.write(d);
    tee?.(d);
  };
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    out(mode === "full" ? PASTE_OFF + MOUSE_OFF + ALT_OFF : PASTE_OFF);
  };
  process.on("exit", restore);
  // the terminal comes back whatever ends the lab: SIGTERM, SIGHUP, a bug of the lab's own
  const die = (code: number, text = "") => {
    restore();
    if (stdin.isTTY) stdin.setRawMode(false);
    if (text) process.stderr.write(text);
    process.exit(code);
  };
  process.on("SIGTERM", () => die(143));
  process.on("SIGHUP", () => die(129));
  process.on("uncaughtException", (e) => die(1, `looplab: internal error: ${(e as Error)?.message ?? String(e)}\n`));
  process.on("unhandledRejection", (e) => die(1, `looplab: internal error: ${(e as Error)?.message ?? String(e)}\n`));
  // Raw mode before the first frame: a key typed once the prompt shows is never echoed or
  // line-buffered by the terminal. Keys are kept until ink listens for input (it adds a 'readable' listener
  // when the app mounts), then handed to the lab in order. The stream keeps flowing until that
  // moment: a paused stdin would not wake up for ink's listener.
  const pending: string[] = [];
  const keep = (d: string | Buffer) => pending.push(typeof d === "string" ? d : d.toString("utf8"));
  const handover = (ev: string | symbol) => {
    if (ev !== "readable") return;
    stdin.off("newListener", handover);
    stdin.off("data", keep);
    trace("ink listens for keys");
    for (const chunk of pending.splice(0)) lab.input(chunk);
  };
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.on("data", keep);
    stdin.on("newListener", handover);
  }
  // the first frame, before ink is even loaded
  const first = frame(lab);
  let predrawn: number;
  if (mode === "full") {
    out(ALT_ON + MOUSE_ON + PASTE_ON + new ScreenWriter(lab.columns).update(first));
    predrawn = first.lines.length;
  } else {
    const done = lab.term.takeNewLines();
    out(PASTE_ON + done.map((l) => l + "\n").join("") + first.lines.map(lineToAnsi).join("\n"));
    predrawn = first.lines.length;
  }
  trace("first frame");
  const ui = await import("./ui.js");
  return ui.run({ ...s, predrawn, tee, restore });
}

export async function runUi(args: CliArgs): Promise<number> {
  const shell = createSession({ os: args.os as OsName, imports: args.imports, settings: args.settings });
  trace("machine booted");
  const env = process.env;
  const history = new HistoryFile(env.LOOPLAB_NO_HISTORY ? null : historyPath(env));
  const mode: Mode = args.inline ? "inline" : "full";
  const lab = new Lab({ shell, mode, ...sizeNow(), color: !noColor(), history, layers: args.trace });
  return start({ lab, mode });
}

export async function runRecord(args: CliArgs): Promise<number> {
  const file = args.rest[0]!;
  // the file is made before the lab starts: a new one (an existing file only with --force)
  const failed = writeCastFile(file, "", args.force);
  if (failed) {
    process.stderr.write(`looplab record: ${failed}\n`);
    return 1;
  }
  const shell = createSession({ os: args.os as OsName, imports: args.imports, settings: args.settings });
  const mode: Mode = args.inline ? "inline" : "full";
  const { columns, rows } = sizeNow();
  const env = process.env;
  const history = new HistoryFile(env.LOOPLAB_NO_HISTORY ? null : historyPath(env));
  const lab = new Lab({ shell, mode, columns, rows, color: !noColor(), history, layers: args.trace });
  lab.recording = file;
  return start({ lab, mode, record: file, rec: liveRecorder(lab, args.format) });
}

/**
 * The recorder of a session on this terminal, on the host's clock (a replay cast runs on virtual
 * time instead). Any session records this way — start({ lab, mode, record: FILE, rec }) — a
 * practice exercise too: start() tees what the terminal gets, ui.tsx attaches the lab's keys and
 * command lines and ends and saves the cast when the lab exits.
 */
export function liveRecorder(lab: Lab, format: CastFormat, title?: string): SessionRecorder {
  const t0 = performance.now();
  const shell = lab.shell;
  const meta = {
    columns: lab.columns,
    rows: lab.rows,
    timestamp: Math.floor(Date.now() / 1000),
    title: title ?? `looplab ${shell.machine.hostname}`,
    term: process.env.TERM ?? "xterm-256color",
    shell: shell.state.env.get("SHELL") ?? "/usr/bin/ksh",
  };
  return new SessionRecorder(meta, { format, now: () => performance.now() - t0 });
}

export async function runReplayLive(args: CliArgs): Promise<number> {
  const file = args.rest[0]!;
  let sc;
  try {
    sc = parseScenario(readFileSync(file, "utf8"));
  } catch (e) {
    process.stderr.write(`looplab replay: ${e instanceof ScenarioError ? e.where(file) : `${file}: ${(e as Error).message}`}\n`);
    return 1;
  }
  const mode: Mode = args.inline ? "inline" : "full";
  const shell = sessionFor(sc, dirname(file), args.allowImport);
  const lab = new Lab({ shell, mode, ...sizeNow(), color: !noColor(), history: null, banner: replayBanner(sc, shell), layers: args.trace });
  const player = new Player(lab, sc, { speed: args.speed });
  return start({ lab, mode, player });
}
