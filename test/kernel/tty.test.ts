// The terminal's modes: canonical (a line at a time, echoed when read) and non-canonical (each
// byte typed as it comes, no line editing), ECHO off (nothing echoed; the keys noted for
// transcripts), tcgetattr/tcsetattr through the kernel, SIGTTOU for a process of the background.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { isKernelError } from "../../engine/kernel/errno.js";
import { SANE } from "../../engine/kernel/proc/tty.js";
import type { Co } from "../../engine/kernel/proc/wait.js";
import { Sys } from "../../engine/kernel/sys.js";

const dec = new TextDecoder();

function machine() {
  const { machine, sys } = bareMachine("aix", { clock: 1_000_000 });
  const k = machine.sched;
  const tty = k.tty("pts/0", 4096);
  sys.install(Sys.ttyFile(tty), 0);
  return { k, sys, tty };
}

/** run until nothing can run */
function settle(k: ReturnType<typeof machine>["k"]): void {
  while (k.runnable) k.run(10_000);
}

/** what the terminal put out: [text, decor, keys] */
const drained = (tty: ReturnType<typeof machine>["tty"]) => tty.drain().map((o) => [dec.decode(o.data), o.decor, !!o.keys]);

test("a terminal starts canonical with echo and signals; tcgetattr says so, and a pipe is not a terminal", () => {
  const { sys, tty } = machine();
  assert.equal(tty.termios, { ...SANE });
  assert.equal(sys.tcgetattr(0), { icanon: true, echo: true, isig: true });
  assert.is(tty.raw, false);
  const [r] = sys.pipe();
  try {
    sys.tcgetattr(r);
    assert.unreachable("a pipe has no modes");
  } catch (e) {
    assert.ok(isKernelError(e, "ENOTTY"));
  }
});

test("non-canonical: each byte typed is read at once, across what was typed in pieces, up to the size asked", () => {
  const { k, sys, tty } = machine();
  const got: string[] = [];
  sys.start(
    (function* (): Co<number> {
      yield* sys.tcsetattr(0, { icanon: false, echo: true, isig: true });
      for (let i = 0; i < 4; i++) got.push(dec.decode(yield* sys.read(0, i === 0 ? 1 : 10)));
      return 0;
    })(),
  );
  k.run(100);
  assert.is(tty.raw, true);
  assert.equal(got, []);
  tty.typeText("q");
  settle(k);
  assert.equal(got, ["q"]);
  tty.typeText("ab");
  tty.typeText("c\n");
  settle(k);
  assert.equal(got, ["q", "abc\n"]);
  // a line typed is its bytes: no line editing, the newline is one of them
  tty.typeLine("x");
  tty.typeEof();
  settle(k);
  assert.equal(got, ["q", "abc\n", "x\n", ""]);
  // with ECHO on, what is read is echoed (as data, not the shell's dressing)
  assert.equal(drained(tty), [
    ["q", false, false],
    ["abc\n", false, false],
    ["x\n", false, false],
  ]);
});

test("ECHO off: nothing is echoed; the keys read are noted for transcripts only", () => {
  const { k, sys, tty } = machine();
  const got: string[] = [];
  sys.start(
    (function* (): Co<number> {
      yield* sys.tcsetattr(0, { icanon: false, echo: false, isig: true });
      got.push(dec.decode(yield* sys.read(0, 1)));
      yield* sys.tcsetattr(0, { icanon: true, echo: false, isig: true });
      got.push(dec.decode(yield* sys.read(0, 100)));
      return 0;
    })(),
  );
  k.run(100);
  tty.typeText(" ");
  settle(k);
  tty.typeLine("secret");
  settle(k);
  assert.equal(got, [" ", "secret\n"]);
  assert.equal(drained(tty), [[" ", false, true]]);
});

test("canonical mode again: what was typed as single keys is read as a line", () => {
  const { k, sys, tty } = machine();
  const got: string[] = [];
  sys.start(
    (function* (): Co<number> {
      yield* sys.tcsetattr(0, { icanon: false, echo: false, isig: true });
      got.push(dec.decode(yield* sys.read(0, 1)));
      yield* sys.tcsetattr(0, SANE);
      got.push(dec.decode(yield* sys.read(0, 100, { line: true, kind: "command" })));
      return 0;
    })(),
  );
  k.run(100);
  // q, and the next command typed right after it before more could act on q
  tty.typeText("q");
  tty.typeText("ls\n");
  settle(k);
  assert.equal(got, ["q", "ls\n"]);
});

test("a process of the background that sets the terminal's modes is stopped with SIGTTOU; ignoring it lets the call through", () => {
  const { k, sys, tty } = machine();
  tty.pgrp = sys.proc.pgid;
  sys.proc.tty = tty;
  const bg = sys.fork(["more"]);
  bg.proc.pgid = bg.pid;
  let done = false;
  bg.start(
    (function* (): Co<number> {
      yield* bg.tcsetattr(0, { icanon: false, echo: false, isig: true });
      done = true;
      return 0;
    })(),
  );
  settle(k);
  assert.is(bg.proc.state, "stop");
  assert.is(done, false);
  assert.is(tty.raw, false);
  // brought to the foreground and continued, it goes on
  tty.pgrp = bg.proc.pgid;
  k.signal(bg.proc, "SIGCONT");
  settle(k);
  assert.is(done, true);
  assert.is(tty.raw, true);

  const quiet = sys.fork(["stty"]);
  quiet.proc.pgid = quiet.pid;
  quiet.proc.handlers.set("SIGTTOU", "ignore");
  quiet.start(
    (function* (): Co<number> {
      yield* quiet.tcsetattr(0, SANE);
      return 0;
    })(),
  );
  settle(k);
  assert.is(quiet.proc.state, "zombie");
  assert.is(tty.raw, false);
});

test.run();
