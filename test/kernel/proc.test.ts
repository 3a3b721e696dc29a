// The process table and the scheduler on their own: coroutines that wait and are woken, pipes
// with a capacity, signals and their default actions, wait() statuses, alarms on the machine
// clock, the terminal's lines and echo, and that the same program gives the same interleaving.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { isKernelError } from "../../engine/kernel/errno.js";
import type { Co } from "../../engine/kernel/proc/wait.js";
import { Sys } from "../../engine/kernel/sys.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

function machine() {
  const { machine, sys } = bareMachine("aix", { clock: 1_000_000 });
  return { m: machine, k: machine.sched, sys };
}

/** run until nothing can run (moving the clock to alarms when asked) */
function settle(k: ReturnType<typeof machine>["k"], alarms = true, max = 1_000_000): number {
  let ran = 0;
  for (;;) {
    ran += k.run(10_000);
    if (k.runnable) {
      if (ran > max) return ran;
      continue;
    }
    const a = k.nextAlarm();
    if (!alarms || a === null) return ran;
    k.advanceTo(a);
  }
}

test("a child runs before its parent goes on; wait() gives its exit status and removes it", () => {
  const { k, sys } = machine();
  const order: string[] = [];
  const child = sys.fork(["child"]);
  child.start(
    (function* (): Co<number> {
      order.push("child");
      return 7;
    })(),
  );
  sys.start(
    (function* (): Co<number> {
      order.push("parent");
      const e = yield* sys.wait();
      order.push(`reaped ${e.kind} ${e.kind === "exit" ? JSON.stringify(e.status) : ""}`);
      return 0;
    })(),
  );
  settle(k);
  assert.equal(order, ["parent", "child", 'reaped exit {"code":7}']);
  assert.not.ok(k.table.has(child.pid), "the child left the table");
});

test("a pipe holds 32768 bytes: the writer waits, the reader gets it all, then end of file", () => {
  const { k, sys } = machine();
  const [r, w] = sys.pipe();
  const writer = sys.fork();
  writer.close(r);
  const reader = sys.fork();
  reader.close(w);
  sys.close(r);
  sys.close(w);
  let written = 0;
  let maxBuffered = 0;
  const pipe = (writer.file(w) as unknown as { pipe: { size: number } }).pipe;
  writer.start(
    (function* (): Co<number> {
      for (let i = 0; i < 10; i++) {
        yield* writer.write(w, new Uint8Array(20000));
        written += 20000;
        maxBuffered = Math.max(maxBuffered, pipe.size);
      }
      return 0;
    })(),
  );
  let got = 0;
  reader.start(
    (function* (): Co<number> {
      for (;;) {
        const b = yield* reader.read(r, 4096);
        if (b.length === 0) return 0;
        got += b.length;
      }
    })(),
  );
  settle(k);
  assert.is(written, 200000);
  assert.is(got, 200000);
  assert.ok(maxBuffered <= 32768, `buffered ${maxBuffered}`);
});

test("a writer whose reader is gone dies of SIGPIPE; one that ignores it gets EPIPE", () => {
  const { k, sys } = machine();
  for (const ignore of [false, true]) {
    const [r, w] = sys.pipe();
    const writer = sys.fork();
    writer.close(r);
    sys.close(r);
    sys.close(w);
    if (ignore) writer.proc.handlers.set("SIGPIPE", "ignore");
    let error = "";
    writer.start(
      (function* (): Co<number> {
        try {
          yield* writer.write(w, enc.encode("x"));
        } catch (e) {
          if (isKernelError(e)) error = e.errno;
          return 3;
        }
        return 0;
      })(),
    );
    settle(k);
    const ev = k.waitChild(sys.proc, writer.pid);
    const status = ev && ev.kind === "exit" ? ev.status : null;
    if (ignore) {
      assert.is(error, "EPIPE");
      assert.equal(status, { code: 3 });
    } else assert.equal(status, { signal: "SIGPIPE", core: false });
  }
});

test("signals: default actions, catch and ignore, stop and continue", () => {
  const { k, sys } = machine();
  const loop = (s: Sys) =>
    (function* (): Co<number> {
      for (;;) {
        if (s.tick()) yield undefined;
      }
    })();
  const a = sys.fork(["a"]);
  a.start(loop(a));
  k.run(100);
  k.signal(a.proc, "SIGTERM");
  assert.equal(k.waitChild(sys.proc, a.pid), { pid: a.pid, kind: "exit", status: { signal: "SIGTERM", core: false } });

  const b = sys.fork(["b"]);
  b.proc.handlers.set("SIGTERM", "ignore");
  b.start(loop(b));
  k.signal(b.proc, "SIGTERM");
  k.run(100);
  assert.is(b.proc.state !== "zombie", true);
  k.signal(b.proc, "SIGTSTP");
  assert.is(b.proc.state, "stop");
  assert.equal(k.waitChild(sys.proc, b.pid), { pid: b.pid, kind: "stop", signal: "SIGTSTP" });
  const before = b.proc.steps;
  k.run(1000);
  assert.is(b.proc.steps, before, "a stopped process does not run");
  k.signal(b.proc, "SIGCONT");
  assert.equal(k.waitChild(sys.proc, b.pid), { pid: b.pid, kind: "cont" });
  k.run(1000);
  assert.ok(b.proc.steps > before);
  k.signal(b.proc, "SIGKILL");
  assert.equal(k.waitChild(sys.proc, b.pid), { pid: b.pid, kind: "exit", status: { signal: "SIGKILL", core: false } });

  // a caught signal wakes a sleeping process: its wait fails with EINTR and it sees the signal
  const c = sys.fork(["c"]);
  c.proc.handlers.set("SIGUSR1", "catch");
  let saw = "";
  c.start(
    (function* (): Co<number> {
      try {
        yield* c.sleep(100);
      } catch (e) {
        if (isKernelError(e, "EINTR")) saw = c.proc.pending.join(",");
      }
      return 0;
    })(),
  );
  k.run(100);
  assert.is(c.proc.state, "sleep");
  k.signal(c.proc, "SIGUSR1");
  settle(k, false);
  assert.is(saw, "SIGUSR1");
});

test("an endless process shares the processor: the others still run, in step counts", () => {
  const { k, sys } = machine();
  const hog = sys.fork(["hog"]);
  hog.start(
    (function* (): Co<number> {
      for (;;) if (hog.tick()) yield undefined;
    })(),
  );
  const worker = sys.fork(["worker"]);
  let done = 0;
  worker.start(
    (function* (): Co<number> {
      for (let i = 0; i < 5000; i++) {
        done++;
        if (worker.tick()) yield undefined;
      }
      return 0;
    })(),
  );
  k.run(20_000);
  assert.is(done, 5000);
  assert.ok(hog.proc.steps > 5000);
  k.signal(hog.proc, "SIGKILL");
});

test("sleep sets an alarm; the clock moves only when the host moves it to the alarm", () => {
  const { m, k, sys } = machine();
  const t0 = m.clock.now();
  let woke = -1;
  const s = sys.fork(["sleep"]);
  s.start(
    (function* (): Co<number> {
      yield* s.sleep(30);
      woke = m.clock.now();
      return 0;
    })(),
  );
  k.run(1000);
  assert.is(m.clock.now(), t0);
  assert.is(k.nextAlarm(), t0 + 30);
  k.advanceTo(t0 + 10);
  k.run(1000);
  assert.is(woke, -1);
  k.advanceTo(t0 + 30);
  k.run(1000);
  assert.is(woke, t0 + 30);
});

test("the terminal: a line is echoed when it is read, decor for the shell's lines; Ctrl-D is end of file", () => {
  const { k, sys } = machine();
  const tty = k.tty("pts/0", 4096);
  const f = Sys.ttyFile(tty);
  sys.install(f, 0);
  const got: string[] = [];
  sys.start(
    (function* (): Co<number> {
      got.push(dec.decode(yield* sys.read(0, 100, { kind: "command" })));
      got.push(dec.decode(yield* sys.read(0, 100, { line: true })));
      got.push(dec.decode(yield* sys.read(0, 100)));
      return 0;
    })(),
  );
  k.run(100);
  assert.ok(tty.readKinds.get(sys.pid) === "command");
  tty.typeLine("ls");
  tty.typeLine("answer");
  tty.typeEof();
  settle(k);
  assert.equal(got, ["ls\n", "answer\n", ""]);
  const out = tty.drain();
  assert.equal(
    out.map((o) => [dec.decode(o.data), o.decor]),
    [
      ["ls\n", true],
      ["answer\n", false],
    ],
  );
});

test("the same processes give the same interleaving, run after run", () => {
  const trace = () => {
    const { k, sys } = machine();
    const log: string[] = [];
    for (const name of ["a", "b", "c"]) {
      const p = sys.fork([name]);
      p.start(
        (function* (): Co<number> {
          for (let i = 0; i < 10000; i++) if (p.tick()) {
            log.push(name);
            yield undefined;
          }
          return 0;
        })(),
      );
    }
    settle(k);
    return log.join("");
  };
  const one = trace();
  assert.is(trace(), one);
  // a child runs first when it starts; then each has its turn, a quantum of steps at a time
  assert.match(one, /^(cba){5}$/);
});

test.run();
