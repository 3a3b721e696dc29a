// kill -1 (kill(2) with pid -1): every process the sender may signal but the system's (pid 0,
// init and the kernel's own); the sender too on AIX and Solaris — root's `kill -9 -1` ends the
// login shell there — while 4.4BSD spares the sender (killpg1 skips p == cp). Review 11 #15: it
// was taken as process group 1 and killed init alone.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const alive = (s: ReturnType<typeof createSession>) =>
  [...s.machine.sched.table.values()].filter((p) => p.state !== "zombie").map((p) => p.argv.join(" "));

for (const os of ["aix", "solaris"] as const) {
  test(`${os}: kill -9 -1 ends every process but the system's, the login shell too`, () => {
    const s = createSession({ os });
    runLine(s, "sleep 500 &");
    runLine(s, "kill -9 -1");
    const left = alive(s);
    assert.not.ok(left.includes("sleep 500"));
    assert.ok(s.machine.sched.table.get(1)!.state !== "zombie", "init stays");
    assert.is(s.stoppedNow(), true, "the login shell was signalled too: the session ended");
    // the kernel's own processes stay (children of pid 0)
    assert.ok([...s.machine.sched.table.values()].some((p) => p.ppid === 0 && p.pid > 1 && p.state !== "zombie") || os === "aix");
  });
}

test("bsd: kill -9 -1 (/bin/kill: ash has no kill built-in) ends the shell, not init or the kernel's", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "sleep 500 &");
  runLine(s, "kill -9 -1");
  assert.equal(alive(s), ["/sbin/init --", "(pagedaemon)"]);
  assert.equal(s.proc.status, { signal: "SIGKILL", core: false });
});

test("the kernel's kill(-1): the sender spared where the system spares it (4.4BSD), signalled where not", () => {
  for (const spare of [true, false]) {
    const s = createSession({ os: "bsd" });
    runLine(s, "sleep 500 &");
    const k = s.machine.sched;
    assert.ok(k.signalAll(s.proc, "SIGKILL", spare));
    assert.is(s.proc.doomed !== null || s.proc.state === "zombie", !spare, `spare ${spare}`);
    // a user who may signal nothing gets ESRCH
    const lone = [...k.table.values()].find((p) => p.pid === 1)!;
    assert.is(k.signalAll({ ...lone, uid: 4242 } as typeof lone, null, true), false);
  }
});

test.run();
