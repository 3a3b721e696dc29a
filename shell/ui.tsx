// The terminal lab under ink: the full-screen layout (alternate screen, mouse wheel; the session
// transcript is printed to the normal screen on exit) or the inline one (--inline: past output in
// the terminal's own scrollback), the live replay player and the recorder. shell/boot.ts boots the
// machine and draws the first frame without ink, then loads this module (the chunk with ink and
// react) with a dynamic import; keys typed meanwhile are kept and handed over.
import { render, type Instance } from "ink";
import { LabApp } from "./app.js";
import { trace, type Started } from "./boot.js";
import { writeCastFile } from "./castwriter.js";
import type { Lab } from "./lab.js";
import { eraseRewrapped, FrameSink } from "./sink.js";

trace("ink loaded");

/** what the lab draws on: process.stdout, or a stand-in in the benchmark */
export interface TerminalOut {
  columns: number;
  rows: number;
  isTTY?: boolean;
  write(s: string): boolean;
  on(ev: "resize", f: () => void): unknown;
  off(ev: "resize", f: () => void): unknown;
}

/**
 * The stream ink writes to in the inline layout. ink clears the terminal *and its scrollback*
 * (ESC[3J) when a frame is as tall as the terminal, which can happen for one frame when the
 * terminal shrinks; the lab keeps its frames shorter, and this filter makes sure the scrollback
 * is never wiped. It also tees what is written to a recorder.
 */
export function terminalStream(out: TerminalOut, tee: ((s: string) => void) | null): NodeJS.WriteStream {
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
  }) as unknown as NodeJS.WriteStream;
}

/**
 * Render a lab with ink on a terminal. Full screen: ink renders frames in debug mode into a
 * FrameSink that writes the changed rows; inline: ink's own writer, <Static> for the session.
 */
export function mountLab(
  lab: Lab,
  out: TerminalOut,
  o: {
    stdin?: NodeJS.ReadStream;
    tee?: ((s: string) => void) | null;
    onResize?: () => void;
    /** rows already on the screen, drawn before ink was loaded */
    predrawn?: number;
  } = {},
): { instance: Instance; sink: FrameSink | null; done: () => void } {
  const tee = o.tee ?? null;
  const stdin = o.stdin ? { stdin: o.stdin } : {};
  const sink = lab.mode === "full" ? new FrameSink(out, tee, o.predrawn ?? 0) : null;
  if (!sink && o.predrawn) {
    // the inline live area drawn before ink: ink starts over where it began
    const up = o.predrawn > 1 ? `\x1b[${o.predrawn - 1}A` : "";
    out.write(`\r${up}\x1b[J`);
    tee?.(`\r${up}\x1b[J`);
  }
  // listening before ink does, so the lab has its new size when ink's own handler draws
  const onResize = () => {
    if (!sink) {
      const erase = eraseRewrapped(lab.liveDrawn, out.columns || lab.columns);
      if (erase) {
        out.write(erase);
        tee?.(erase);
      }
    }
    lab.resize(out.columns || lab.columns, out.rows || lab.rows);
    sink?.invalidate();
    o.onResize?.();
    lab.notify();
  };
  out.on("resize", onResize);
  // a resize while ink was loading
  if ((out.columns && out.columns !== lab.columns) || (out.rows && out.rows !== lab.rows)) lab.resize(out.columns, out.rows);
  const instance = sink
    ? render(<LabApp lab={lab} trackSize={false} />, {
        stdout: sink as unknown as NodeJS.WriteStream,
        ...stdin,
        debug: true,
        exitOnCtrlC: false,
        patchConsole: false,
      })
    : render(<LabApp lab={lab} trackSize={false} />, {
        stdout: terminalStream(out, tee),
        ...stdin,
        exitOnCtrlC: false,
        patchConsole: out === process.stdout,
        maxFps: 60,
      });
  return { instance, sink, done: () => out.off("resize", onResize) };
}

export async function run(s: Started): Promise<number> {
  const { lab, mode } = s;
  const stdout = process.stdout;
  const tee = s.tee;
  const rec = s.rec;
  const onResize = () => rec?.resize(lab.columns, lab.rows);
  // the keys typed and each command line run go into the recording
  rec?.attach(lab);
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
  const mounted = mountLab(lab, stdout, { tee, onResize, predrawn: s.predrawn });
  const inst = mounted.instance;
  try {
    await inst.waitUntilExit();
  } finally {
    if (timer) clearTimeout(timer);
    mounted.done();
    lab.dispose();
  }
  // the cast ends here, on the lab's last frame (the panes), before the alternate screen is left,
  // with the cursor below that frame
  rec?.endLive(lab);
  s.restore();
  if (mode === "full") {
    // the session stays in the user's scrollback, as if it had run in the terminal itself
    let t = lab.term.transcript();
    if (t !== "" && !t.endsWith("\n")) t += "\n";
    stdout.write(t);
    s.tee?.(t);
  }
  if (rec && s.record) {
    const failed = writeCastFile(s.record, rec.text(), true);
    if (failed) {
      process.stderr.write(`looplab record: ${failed}\n`);
      return 1;
    }
    const seconds = Math.round(rec.seconds);
    stdout.write(`saved ${s.record} (${seconds} s, ${rec.commands} command${rec.commands === 1 ? "" : "s"})\n`);
  }
  return lab.exitCode ?? 0;
}

