// more and pg at the terminal, in a full session: they put the terminal in non-canonical mode
// without echo and take single keys (Space pages, q quits at once, what is typed after q goes to
// the shell), take their prompt away with CR ESC [ K, give the terminal back its modes when they
// end, and the shell takes them back itself when a pager was killed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";
import { SANE } from "../../engine/kernel/proc/tty.js";
import { screen, type } from "./termkit.js";

const lines = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `line${a + i}\n`).join("");

/** a session with /w/f30 (line1 … line30, 201 bytes) */
function fresh(): Session {
  const s = createSession({ setup: { dirs: ["/w"] } });
  runLine(s, "i=1; while [ $i -le 30 ]; do echo line$i; i=$((i+1)); done > /w/f30");
  return s;
}

test("more takes single keys: Space a screen, Enter a line, q at once; the command typed after q runs", () => {
  const s = fresh();
  const out = screen(s);
  assert.is(type(s, "more -n 5 /w/f30\n"), "input");
  assert.is(out.take(), "more -n 5 /w/f30\n" + lines(1, 5) + "--More--(14%)");
  assert.equal(s.tty.termios, { icanon: false, echo: false, isig: true });
  // no Enter needed, nothing echoed; the prompt is taken away before the next lines
  assert.is(type(s, " "), "input");
  assert.is(out.take(), "\r\x1b[K" + lines(6, 10) + "--More--(30%)");
  assert.is(type(s, "\n"), "input");
  assert.is(out.take(), "\r\x1b[K" + lines(11, 11) + "--More--(33%)");
  // q, and the next command typed at once after it: more takes q, the shell the rest
  assert.is(type(s, "qecho after $?\n"), "prompt");
  assert.is(out.take(), "\r\x1b[K# echo after $?\nafter 0\n# ");
  assert.equal(s.tty.termios, { ...SANE });
});

test("a transcript shows the key typed at each prompt; a scenario types it without Enter", () => {
  const s = fresh();
  const r = runTyped(s, "more -n 5 /w/f30", ["line1", "line2", "line3", "line4", "line5", "--More--(14%) ", "line6", "line7", "line8", "line9", "line10", "--More--(30%)", "line11", "--More--(33%)q"]);
  assert.equal(r, { output: lines(1, 5) + "--More--(14%) \n" + lines(6, 10) + "--More--(30%)\n" + lines(11, 11) + "--More--(33%)q\n", status: 0 });
  // the shell got no empty line from the q: its history has the more line last
  assert.is(s.state.history.at(-1), "more -n 5 /w/f30");
});

test("more: /pattern is echoed and ends with Enter; the match is shown third on a new screen; n again; b back; = where it is", () => {
  const s = fresh();
  const r = runTyped(s, "more -n 5 /w/f30", [
    ...lines(1, 5).trimEnd().split("\n"),
    "--More--(14%)/",
    "/line1",
    "...skipping...",
    ...lines(8, 12).trimEnd().split("\n"),
    "--More--(37%)n",
    "/",
    ...lines(13, 13).trimEnd().split("\n"),
    "--More--(40%)b",
    "...skipping...",
    ...lines(4, 8).trimEnd().split("\n"),
    "--More--(23%)=",
    "/w/f30: file 1/1 line 9 byte 48/201 percent 23%q",
  ]);
  assert.is(r.status, 0);
  assert.is(
    r.output,
    lines(1, 5) + "--More--(14%)/\n/line1\n...skipping...\n" + lines(8, 12) + "--More--(37%)n\n/\n" + lines(13, 13) + "--More--(40%)b\n...skipping...\n" + lines(4, 8) + "--More--(23%)=\n/w/f30: file 1/1 line 9 byte 48/201 percent 23%q\n",
  );
});

test("more: a pattern not found, a wrong key (the bell; -d says which key helps), d half a screen", () => {
  const s = fresh();
  const out = screen(s);
  type(s, "more -n 4 /w/f30\n");
  out.take();
  type(s, "/zzz\n");
  assert.is(out.take(), "\r\x1b[K/zzz\r\x1b[KPattern not found  (press RETURN)");
  type(s, "\n");
  assert.is(out.take(), "\r\x1b[K--More--(11%)");
  type(s, "x");
  assert.is(out.take(), "\x07\r\x1b[K--More--(11%)");
  type(s, "d");
  assert.is(out.take(), "\r\x1b[K" + lines(5, 6) + "--More--(17%)");
  type(s, "q");
  const d = fresh();
  const dout = screen(d);
  type(d, "more -d -n 4 /w/f30\n");
  assert.match(dout.take(), /--More--\(11%\)\[Press space to continue, q to quit, h for help\]$/);
  type(d, "x");
  assert.is(dout.take(), "\r\x1b[K[Press 'h' for instructions.]  (press RETURN)");
  // the key after the message is the next command, after the prompt again
  type(d, "q");
  assert.is(dout.take(), "\r\x1b[K--More--(11%)[Press space to continue, q to quit, h for help]\r\x1b[K# ");
});

test("Ctrl-C quits more with the terminal set back (status 0: more caught it); Ctrl-Z stops it and fg brings it back", () => {
  const s = fresh();
  const out = screen(s);
  type(s, "more -n 5 /w/f30; echo status $?\n");
  out.take();
  s.interrupt();
  assert.is(s.drive(1_000_000).kind, "prompt");
  // no ^C: the terminal echoes nothing with ECHO off
  assert.is(out.take(), "\r\x1b[Kstatus 0\n# ");
  assert.equal(s.tty.termios, { ...SANE });
  type(s, "more -n 5 /w/f30\n");
  out.take();
  s.suspend();
  assert.is(s.drive(1_000_000).kind, "prompt");
  const stopped = out.take();
  assert.match(stopped, /^\r\x1b\[K\[1\] \+ Stopped +more -n 5 \/w\/f30\n# $/, JSON.stringify(stopped));
  assert.equal(s.tty.termios, { ...SANE });
  assert.is(type(s, "fg\n"), "input");
  assert.is(out.take(), "fg\nmore -n 5 /w/f30\n...skipping...\n" + lines(1, 5) + "--More--(14%)");
  assert.is(s.tty.raw, true);
  type(s, "q");
  assert.equal(s.tty.termios, { ...SANE });
});

test("a pager killed outright leaves the terminal in its modes; the shell sets its own before the prompt", () => {
  const s = fresh();
  const out = screen(s);
  type(s, "more -n 5 /w/f30\n");
  const reader = s.readers()[0]!;
  assert.is(s.tty.raw, true);
  s.machine.sched.signal(s.machine.sched.table.get(reader.pid)!, "SIGKILL");
  assert.is(s.drive(1_000_000).kind, "prompt");
  assert.match(out.take(), /--More--\(14%\)Killed\n# $/);
  assert.equal(s.tty.termios, { ...SANE });
  // lines again, echoed
  type(s, "echo typed\n");
  assert.is(out.take(), "echo typed\ntyped\n# ");
});

test("pg echoes the command typed at its prompt and takes the line away after Enter; with -n a command letter needs no Enter", () => {
  const s = fresh();
  const out = screen(s);
  type(s, "pg -5 /w/f30\n");
  assert.is(out.take(), "pg -5 /w/f30\n" + lines(1, 5) + ":");
  // a key that cannot start a command rings the bell; Backspace takes one back; Ctrl-U starts again
  assert.is(type(s, "x"), "input");
  assert.is(out.take(), "\x07");
  type(s, "l\x7f2\x15");
  assert.is(out.take(), "l\b \b2\r\x1b[K\r:");
  type(s, "l\n");
  assert.is(out.take(), "l\r\x1b[K\r" + lines(6, 6) + ":");
  type(s, "q\n");
  assert.is(out.take(), "q\r\x1b[K\r# ");
  type(s, "pg -n -5 /w/f30\n");
  out.take();
  assert.is(type(s, "l"), "input");
  assert.is(out.take(), "l\r\x1b[K\r" + lines(6, 6) + ":");
  assert.is(type(s, "q"), "prompt");
  assert.is(out.take(), "q\r\x1b[K\r# ");
  assert.equal(s.tty.termios, { ...SANE });
});

test("Ctrl-C at pg's prompt ends pg and takes the prompt away", () => {
  const s = fresh();
  const out = screen(s);
  type(s, "pg -5 /w/f30; echo $?\n");
  out.take();
  s.interrupt();
  assert.is(s.drive(1_000_000).kind, "prompt");
  assert.is(out.take(), "\r\x1b[K\r0\n# ");
});

test.run();
