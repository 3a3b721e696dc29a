// Action goals (what the machine executed), order between goals, once, hints, and "solved".
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { KernelEvent } from "../../engine/kernel/events.js";
import { createSession, runLine } from "../../engine/session.js";
import { exercise, one } from "./helpers.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';
const SETUP = "setup: { dirs: [/cdmount] }";

test("the kernel tells of each exec: the program's file and its arguments", () => {
  const s = createSession();
  const seen: string[] = [];
  s.machine.events.on((e: KernelEvent) => void (e.kind === "exec" && seen.push(`${e.path} ${e.argv.join(" ")}`)));
  runLine(s, "umount /nowhere; env lsdev -Cc loopback; echo umount");
  // echo is the shell's own: no exec; env is a program, and it execs lsdev
  assert.equal(seen, ["/usr/sbin/umount umount /nowhere", "/usr/bin/env env lsdev -Cc loopback", "/usr/sbin/lsdev lsdev -Cc loopback"]);
});

test("ran: by name or by path; what ran, not what was typed", () => {
  const b = one("aix", "ran: umount", SETUP);
  assert.is(b.whyNot("g"), "umount was not run");
  b.line("echo umount /cdmount");
  assert.is(b.holds("g"), false);
  b.line("alias u=umount");
  b.line("u /cdmount");
  assert.ok(b.holds("g"));
  const p = one("aix", "ran: /usr/sbin/umount");
  p.line("env umount /x");
  assert.ok(p.holds("g"));
  const q = one("aix", "ran: /usr/sbin/loopumount");
  q.line("sh -c 'umount /x'");
  assert.is(q.holds("g"), false);
  q.line("sh -c 'loopumount -l loop9'");
  assert.ok(q.holds("g"));
});

test("ran: its arguments exactly, some of them, its status", () => {
  const b = one("aix", "ran: { command: loopumount, args: [-l, loop0, -m, /cdmount] }", SETUP);
  b.line("loopumount -l loop0");
  assert.is(b.whyNot("g"), "loopumount -l loop0 was run, with other arguments");
  b.line("loopumount -m /cdmount -l loop0");
  assert.is(b.holds("g"), false);
  b.line("loopumount -l loop0 -m /cdmount");
  assert.ok(b.holds("g"));
  const w = one("aix", "ran: { command: loopmount, with: [-m, /cdmount] }", SETUP);
  w.line("loopmount -i /backup/cd_image -m /mnt");
  assert.is(w.whyNot("g"), "loopmount -i /backup/cd_image -m /mnt was run, without /cdmount");
  const st = one("aix", "ran: { command: loopmount, status: 0 }", SETUP);
  st.line('loopmount -i /backup/cd_image -o "-V cdrfs" -m /cdmount');
  assert.is(st.whyNot("g"), 'loopmount -i /backup/cd_image -o -V cdrfs -m /cdmount was run, but ended with status 1');
  st.line(CD);
  assert.ok(st.holds("g"));
});

test("brought-about: a state that held before the goal it comes after does not count", () => {
  const goals = `
  - { id: looked, text: ls was run on /cdmount, ran: { command: ls, with: [/cdmount] } }
  - { id: made, text: /tmp/x exists, after: looked, brought-about: true, file: /tmp/x }`;
  // made first, then looked: the file was there before ls was run
  const early = exercise("aix", goals, SETUP);
  early.line("touch /tmp/x");
  assert.is(early.whyNot("made"), "this comes after: ls was run on /cdmount");
  early.line("ls /cdmount");
  assert.is(early.holds("made"), false);
  assert.is(early.whyNot("made"), "held already, so reset to try again: it must come about after ls was run on /cdmount");
  // undone and made again: now it came about after
  early.line("rm /tmp/x");
  early.line("touch /tmp/x");
  assert.ok(early.holds("made"));
  // in order, or both in one line (the state did not hold before that line)
  const inOrder = exercise("aix", goals, SETUP);
  inOrder.line("ls /cdmount");
  inOrder.line("touch /tmp/x");
  assert.ok(inOrder.holds("made"));
  const oneLine = exercise("aix", goals, SETUP);
  oneLine.line("ls /cdmount; touch /tmp/x");
  assert.ok(oneLine.holds("made"));
  // in one line the other way round: the state was there when ls started (noted at its exec)
  const firstInLine = exercise("aix", goals, SETUP);
  firstInLine.line("touch /tmp/x; ls /cdmount");
  assert.is(firstInLine.holds("made"), false);
  assert.match(firstInLine.whyNot("made")!, /^held already, so reset to try again: it must come about after ls was run on \/cdmount/);
  // without brought-about the early file counts (a state is a state)
  const plain = exercise("aix", goals.replace("brought-about: true, ", ""), SETUP);
  plain.line("touch /tmp/x");
  plain.line("ls /cdmount");
  assert.ok(plain.holds("made"));
});

test("ran with: an option letter inside a cluster (-vf has -f), a path with a trailing slash", () => {
  const f = exercise("aix", "  - { id: g, text: t, not: { ran: { command: umount, with: [-f] } } }", SETUP);
  f.line("umount -v /nowhere");
  assert.ok(f.holds("g"));
  f.line("umount -vf /nowhere");
  assert.is(f.holds("g"), false);
  const c = one("aix", "ran: { command: fuser, with: [-c, /cdmount] }", SETUP);
  c.line("fuser /cdmount");
  assert.is(c.whyNot("g"), "fuser /cdmount was run, without -c");
  c.line("fuser -o -- -c /cdmount");
  assert.is(c.holds("g"), false, "-c after -- is an operand, not the option");
  c.line("fuser -cu /cdmount/");
  assert.ok(c.holds("g"));
  // within: the path or one below it, `..` taken out
  const w = one("aix", "ran: { command: fuser, with: [-c], within: /cdmount }", SETUP);
  w.line("fuser -c /cdmount/../etc");
  assert.is(w.whyNot("g"), "fuser -c /cdmount/../etc was run, without a path in /cdmount");
  w.line("fuser -c /cdmount/docs");
  assert.ok(w.holds("g"));
});

test("not: ran — umount was never run", () => {
  const b = one("aix", "not: { ran: umount }", SETUP);
  assert.ok(b.holds("g"));
  b.line(CD);
  b.line("umount /cdmount");
  assert.is(b.whyNot("g"), "umount /cdmount was run");
  b.line("loopumount -l loop0");
  assert.is(b.holds("g"), false);
});

const ORDER = `  - { id: mounted, text: the CD is mounted, once: true, mount: { on: /cdmount, ro: true } }
  - { id: unmounted, text: it is unmounted, after: mounted, not: { mount: /cdmount } }
  - { id: ls, text: ls after the mount, after: mounted, ran: ls }
  - { id: lsdev, text: lsdev after ls, after: ls, ran: lsdev }
  - { id: noumount, text: no umount after the mount, after: mounted, not: { ran: umount } }`;

test("after: a state goal holds once the goal it follows is done", () => {
  const b = exercise("aix", ORDER, SETUP);
  // nothing is mounted at set-up, but that is not "unmounted after the mount"
  assert.is(b.holds("unmounted"), false);
  assert.is(b.whyNot("unmounted"), "this comes after: the CD is mounted");
  b.line(CD);
  assert.ok(b.holds("mounted"));
  assert.is(b.whyNot("unmounted"), "/cdmount is mounted from /dev/loop0 (cdrfs, read-only)");
  b.line("loopumount -l loop0 -m /cdmount");
  assert.ok(b.holds("unmounted"));
  // once: the mount is gone, the goal stays met
  assert.ok(b.holds("mounted"));
});

test("after: a ran goal counts only execs since the goal it follows was done", () => {
  const b = exercise("aix", ORDER, SETUP);
  b.line("ls /; lsdev -Cc loopback");
  assert.is(b.holds("ls"), false);
  assert.is(b.whyNot("ls"), "this comes after: the CD is mounted");
  b.line(CD);
  assert.is(b.whyNot("ls"), "ls was not run since then");
  b.line("lsdev -Cc loopback");
  assert.is(b.holds("lsdev"), false, "lsdev before ls does not count");
  b.line("ls /cdmount");
  assert.ok(b.holds("ls"));
  assert.is(b.whyNot("lsdev"), "lsdev was not run since then");
  b.line("ls /cdmount; lsdev -Cc loopback");
  assert.ok(b.holds("lsdev"), "within one line the execs are in order");
});

test("after: not ran looks only after the goal it follows; umount before the mount is no fault", () => {
  const b = exercise("aix", ORDER, SETUP);
  b.line("umount /cdmount");
  assert.is(b.holds("noumount"), false);
  b.line(CD);
  assert.ok(b.holds("noumount"));
  b.line("umount /cdmount");
  assert.is(b.whyNot("noumount"), "umount /cdmount was run");
});

test("a ran goal after a state goal: the exec in the same command line counts", () => {
  const b = exercise("aix", ORDER, SETUP);
  b.line(`${CD}; ls /cdmount`);
  assert.ok(b.holds("ls"));
});

test("solved: all at once, with the command count and the machine's time", () => {
  const b = exercise("aix", `  - { id: a, text: a, file: /tmp/a }\n  - { id: b, text: b, not: { file: /tmp/b } }`);
  assert.equal(b.line("touch /tmp/a /tmp/b").solved, false);
  assert.equal(b.run.goals().map((g) => [g.id, g.holds, g.done, g.doneAt]), [["a", true, true, 1], ["b", false, true, 0]]);
  const r = b.line("rm /tmp/b");
  assert.ok(r.justSolved);
  assert.equal(r.newlyDone, []);
  assert.equal(b.run.solved, { commands: 2, seconds: 2 });
  assert.is(b.line("true").justSolved, false);
  assert.equal(b.run.solved, { commands: 2, seconds: 2 });
  assert.is(b.run.commands, 3);
});

test("hints: the first unmet goal's own, then the exercise's; nextHint escalates and starts again on the next goal", () => {
  const b = exercise(
    "aix",
    `  - { id: a, text: a, file: /tmp/a, hints: [a1, a2] }\n  - { id: b, text: b, file: /tmp/b, hints: [b1] }`,
    "hints: [g1, g2]",
  );
  assert.equal(b.run.hintList(), ["a1", "a2", "g1", "g2"]);
  assert.equal(b.run.hint(0), { text: "a1", level: 1, of: 4 });
  assert.equal(b.run.hint(9), { text: "g2", level: 4, of: 4 });
  assert.is(b.run.nextHint()!.text, "a1");
  assert.is(b.run.nextHint()!.text, "a2");
  b.line("touch /tmp/a");
  assert.is(b.run.nextHint()!.text, "b1");
  assert.is(b.run.nextHint()!.text, "g1");
  assert.equal(b.run.solution(), []);
});

test("restarted: the machine restarted (reboot or init 6), after the goal it comes after", () => {
  const goals = "  - { id: fixed, text: t, file: /tmp/x }\n  - { id: r, text: t, after: fixed, restarted: true }";
  const b = exercise("solaris", goals);
  b.line("reboot");
  assert.is(b.holds("r"), false, "before the fix");
  assert.is(b.whyNot("r"), "this comes after: t");
  b.line("touch /tmp/x");
  assert.is(b.whyNot("r"), "the machine was not restarted since then");
  b.line("init 6");
  assert.ok(b.holds("r"), "init 6 restarts it as reboot does");
  const a = exercise("aix", "  - { id: r, text: t, not: { restarted: true } }");
  a.line("true");
  assert.ok(a.holds("r"));
  a.line("shutdown -Fr");
  assert.is(a.holds("r"), false);
  assert.throws(() => exercise("aix", "  - { id: r, text: t, restarted: yes }"), /goal r: restarted takes true/);
});

test.run();
