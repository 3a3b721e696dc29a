// Questions: an answer checked against a pattern, or against the machine's state when it is given.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { exercise } from "./helpers.js";
import { UNEXPLAINED, WITHHELD } from "../../engine/practice/run.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';
const GOAL = "  - { id: g, text: t, file: /tmp/x }";

function withQuestions(os: string, qs: string, more = "") {
  return exercise(os, GOAL, `${more}\nquestions:\n${qs}`);
}

test("a pattern: the whole trimmed answer must match", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which flag names the image?, answer: '-i', example: '-i' }");
  assert.equal(b.run.answer("q", "  -i "), { ok: true });
  assert.equal(b.run.answer("q", "-i -l"), { ok: false });
  const c = withQuestions("aix", "  - { id: q, prompt: Which type?, answer: '(?i)cdrfs', example: cdrfs }");
  assert.ok(c.run.answer("q", "CDRFS").ok);
  assert.throws(() => c.run.answer("nope", "x"), /no question nope/);
});

test("holder-of: the device bound to the image now, by any of its names", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which device holds /backup/cd_image?, answer-from: { holder-of: /backup/cd_image } }", "setup: { dirs: [/cdmount] }");
  assert.equal(b.run.answer("q", "loop0"), { ok: false, why: "/backup/cd_image is bound to no device now" });
  b.line("mkdev -c loopback -s node -t loopback");
  b.line(CD);
  assert.equal(b.run.answer("q", "loop0"), { ok: false });
  assert.equal(b.run.answer("q", "loop1"), { ok: true });
  assert.ok(b.run.answer("q", "/dev/loop1").ok);
  assert.equal(b.run.questionsAnswered, ["q"]);
  const s = withQuestions("solaris", "  - { id: q, prompt: Which device?, answer-from: { holder-of: /export/iso/sol-11_1-repo.iso } }");
  s.line("lofiadm -a /export/iso/sol-11_1-repo.iso");
  assert.ok(s.run.answer("q", "/dev/lofi/1").ok);
  assert.ok(s.run.answer("q", "1").ok, "lofiadm -d 1: the bare number");
  assert.equal(s.run.answer("q", "2"), { ok: false });
  assert.equal(s.run.answer("q", "lofi1"), { ok: false, why: "not a device name: the answer is written as /dev/lofi/N or the number N" });
  const v = withQuestions("bsd", "  - { id: q, prompt: Which unit?, answer-from: { holder-of: /images/cd.iso } }");
  v.line("vndconfig -s -u 1 /images/cd.iso");
  assert.ok(v.run.answer("q", "vnd1").ok);
  assert.ok(v.run.answer("q", "/dev/vnd1c").ok);
  assert.is(v.run.answer("q", "vnd0").ok, false);
  assert.ok(v.run.answer("q", "1").ok, "vndconfig -u 1: the bare unit number");
  assert.equal(v.run.answer("q", "0"), { ok: false });
  assert.equal(v.run.answer("q", "unit one"), { ok: false, why: "not a device name: the answer is written as vndN, /dev/vndNc or the unit's number N" });
  assert.equal(b.run.answer("q", "1"), { ok: false, why: "not a device name: the answer is written as loopN or /dev/loopN" });
});

test("image-of, mounted-on, fstype-of, state-of, attribute", () => {
  const b = withQuestions(
    "aix",
    `  - { id: img, prompt: p, answer-from: { image-of: loop0 } }
  - { id: from, prompt: p, answer-from: { mounted-on: /cdmount } }
  - { id: type, prompt: p, answer-from: { fstype-of: /cdmount } }
  - { id: state, prompt: p, answer-from: { state-of: loop0 } }
  - { id: attr, prompt: p, answer-from: { attribute: { device: loop0, name: temporary } } }`,
    "setup: { dirs: [/cdmount] }",
  );
  assert.equal(b.run.answer("from", "/dev/loop0"), { ok: false, why: "nothing is mounted on /cdmount now" });
  assert.equal(b.run.answer("state", "Available"), { ok: false, why: "loop0 does not exist now" });
  b.line(CD);
  assert.ok(b.run.answer("img", "/backup//cd_image/").ok);
  assert.ok(b.run.answer("from", "/dev/loop0").ok);
  assert.ok(b.run.answer("type", "cdrfs").ok);
  assert.is(b.run.answer("type", "jfs2").ok, false);
  assert.ok(b.run.answer("state", "available").ok);
  assert.ok(b.run.answer("attr", "yes").ok);
  assert.ok(b.run.answer("attr", "Yes").ok, "an attribute's word in any case");
  assert.is(b.run.answer("attr", "True").ok, false);
  assert.is(b.run.solved, null, "the goal is not met");
  b.line("touch /tmp/x");
  assert.equal(b.run.solved, { commands: 2, seconds: 2 });
});

test("a question is a goal: every goal held is not solved while a question is open; the last answer solves it", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which type?, answer: cdrfs, example: cdrfs }\n  - { id: r, prompt: Which flag?, answer: '-i', example: '-i' }", "setup: { files: { /tmp/x: '' } }");
  assert.ok(b.run.goalsHold, "the goal holds from set-up on");
  assert.is(b.run.solved, null, "two questions are open");
  assert.is(b.line("true").justSolved, false);
  assert.ok(b.run.answer("q", "cdrfs").ok);
  assert.is(b.run.solved, null, "one question is open");
  b.line("sleep 5");
  assert.ok(b.run.answer("r", "-i").ok);
  assert.equal(b.run.solved, { commands: 2, seconds: 7 });
  assert.is(b.line("true").justSolved, false, "solved once");
  const c = withQuestions("aix", "  - { id: q, prompt: Which type?, answer: cdrfs, example: cdrfs }");
  assert.ok(c.run.answer("q", "cdrfs").ok);
  assert.is(c.run.solved, null, "answered, but the goal does not hold");
  const r = c.line("touch /tmp/x");
  assert.ok(r.solved && r.justSolved, "the goal held with every question answered");
});

test("an answer the state no longer has: right, it was the answer the last time the state had one", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which device holds /backup/cd_image?, answer-from: { holder-of: /backup/cd_image } }", "setup: { dirs: [/cdmount] }");
  b.line(CD);
  b.line("umount /cdmount");
  b.line("rmdev -dl loop0");
  assert.match(b.out, /loop0 deleted/);
  assert.equal(b.run.answer("q", "loop1"), { ok: false, why: "not the answer the machine had the last time it had one (now /backup/cd_image is bound to no device)" });
  assert.equal(b.run.answer("q", "loop0"), { ok: true, then: true });
  const never = withQuestions("aix", "  - { id: q, prompt: Which device holds /backup/cd_image?, answer-from: { holder-of: /backup/cd_image } }");
  assert.equal(never.run.answer("q", "loop0"), { ok: false, why: "/backup/cd_image is bound to no device now" }, "no state ever had an answer");
});

test("users-of: the pids fuser -c reports for the file system, now", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which process keeps /cdmount busy?, answer-from: { users-of: /cdmount } }", `setup: { dirs: [/cdmount], commands: ['${CD}'] }`);
  assert.equal(b.run.answer("q", "1"), { ok: false, why: "no process uses the file system of /cdmount now" });
  b.line("ksh -c 'cd /cdmount/docs; sleep 86400 &'");
  b.line("tail -f /cdmount/README.txt >/dev/null &");
  b.line("fuser -c /cdmount 2>/dev/null");
  const pids = b.out.trim().split(/ +/);
  assert.is(pids.length, 2, "a current directory and an open file");
  for (const p of pids) assert.ok(b.run.answer("q", p).ok, p);
  // copied from fuser's report with its letter and user (review 11 #17)
  assert.ok(b.run.answer("q", `${pids[0]}c(root)`).ok);
  assert.ok(b.run.answer("q", `${pids[0]}co`).ok);
  assert.is(b.run.answer("q", `${pids[0]}x7`).ok, false);
  assert.is(b.run.answer("q", "1").ok, false);
  b.line("kill %1; kill %2; fuser -kc /cdmount; umount /cdmount");
  // a question the set-up had no answer to is judged on the latest state: /cdmount is a directory
  // of / again, and fuser -c /cdmount names the users of / (the exercises ask it of the set-up)
  for (const p of pids) assert.equal(b.run.answer("q", p), { ok: false }, "the pid that kept it busy, once it is gone");
  assert.equal(withQuestions("aix", "  - { id: q, prompt: p, answer-from: { users-of: /nowhere } }").run.answer("q", "1"), { ok: false, why: "/nowhere does not exist now" });
});

test("device-number-of: st_dev through the path, as stat prints it with %d or %Hd,%Ld", () => {
  const b = withQuestions("bsd", "  - { id: q, prompt: p, answer-from: { device-number-of: /mnt/sys/types.h } }");
  assert.equal(b.run.answer("q", "3145735"), { ok: false, why: "/mnt/sys/types.h does not exist now" });
  b.line("mkdir /mnt/sys && mount_loopback /usr/include/sys /mnt/sys");
  b.line("stat -f '%d %Hd,%Ld' /mnt/sys/types.h /usr/include/sys/types.h");
  assert.is(b.out, "42991617 41,1\n3145735 3,7\n");
  assert.ok(b.run.answer("q", "42991617").ok);
  assert.ok(b.run.answer("q", " 41,1 ").ok);
  assert.is(b.run.answer("q", "3145735").ok, false, "the original's device number");
  b.line("mkdir /mnt/a && mount_loopback /usr/include /mnt/a && umount /mnt/sys && mount_loopback /usr/include/sys /mnt/sys");
  b.line("stat -f %d /mnt/sys/types.h");
  assert.is(b.out, "42991619\n");
  assert.equal(b.run.answer("q", "42991619"), { ok: true }, "a new mount, a new number");
  assert.equal(b.run.answer("q", "42991617"), { ok: false }, "the number the copy had before it was mounted again");
  assert.equal(b.run.answer("q", "42991618"), { ok: false }, "never its number");
});

test("why not, as a UI shows it, never names the answer to a question still open", () => {
  const b = exercise(
    "bsd",
    "  - { id: g, text: no unit holds the CD, not: { binding: { image: /images/cd.iso } } }",
    "setup: { commands: ['vndconfig -s -u 1 /images/cd.iso 2>/dev/null'] }\nquestions:\n  - { id: unit, prompt: Which unit?, answer-from: { holder-of: /images/cd.iso } }",
  );
  b.line("true");
  assert.is(b.whyNot("g"), "vnd1 is bound to /images/cd.iso");
  assert.is(b.run.whyNotShown("g"), WITHHELD);
  assert.ok(b.run.answer("unit", "vnd1").ok);
  assert.is(b.run.whyNotShown("g"), "vnd1 is bound to /images/cd.iso", "answered: the reason is said whole");
  // a pattern question's example word counts too (aix/06: the command the process runs)
  const p = exercise("aix", "  - { id: g, text: t, not: { file: /tmp/sleep } }", "setup: { files: { /tmp/sleep: '' } }\nquestions:\n  - { id: q, prompt: Which command?, answer: (?i)sleep, example: sleep }");
  p.line("true");
  assert.is(p.whyNot("g"), "/tmp/sleep exists (a file)");
  assert.is(p.run.whyNotShown("g"), "/tmp/sleep exists (a file)", "a word inside a path is no word of its own");
  const w = exercise("aix", "  - { id: g, text: t, device: { name: loop0, state: Available } }", "questions:\n  - { id: q, prompt: Which state?, answer: (?i)defined, example: Defined }");
  w.line("mkdev -c loopback -s node -t loopback >/dev/null && rmdev -l loop0 >/dev/null");
  assert.is(w.whyNot("g"), "loop0 is Defined, not Available");
  assert.is(w.run.whyNotShown("g"), WITHHELD);
  // a reason that names no answer is said as it is
  const c = exercise("aix", "  - { id: g, text: t, file: /tmp/x }", "questions:\n  - { id: q, prompt: p, answer-from: { fstype-of: / } }");
  c.line("true");
  assert.is(c.run.whyNotShown("g"), "/tmp/x does not exist");
});

test("a question the set-up answers is about the machine as found: an answer made true later is not the answer", () => {
  const b = exercise(
    "bsd",
    "  - { id: g, text: no unit holds the CD, not: { binding: { image: /images/cd.iso } } }",
    "setup: { commands: ['vndconfig -s -u 1 /images/cd.iso 2>/dev/null'] }\nquestions:\n  - { id: unit, prompt: Which unit was left holding it?, answer-from: { holder-of: /images/cd.iso } }",
  );
  b.line("vndconfig -c -u 1");
  b.line("vndconfig -u 2 /images/cd.iso");
  assert.equal(b.run.answer("unit", "vnd2"), { ok: false, why: "so it is now, but not as the exercise found the machine" });
  b.line("vndconfig -c -u 2");
  assert.equal(b.run.answer("unit", "vnd2"), { ok: false, why: "not so as the exercise found the machine (now /images/cd.iso is bound to no device)" });
  assert.is(b.run.solved, null);
  assert.equal(b.run.answer("unit", "1"), { ok: true, then: true });
  assert.ok(b.run.solved);
});

test("mounted-on: a loop disk by any of its device names, not its bare number", () => {
  const b = withQuestions("bsd", "  - { id: q, prompt: Which device is mounted on /cdrom?, answer-from: { mounted-on: /cdrom } }", "setup: { commands: ['vndconfig -s -u 1 /images/cd.iso 2>/dev/null', 'mount -t cd9660 /dev/vnd1c /cdrom'] }");
  for (const a of ["vnd1", "vnd1c", "/dev/vnd1c", "/dev/vnd1"]) assert.equal(b.run.answer("q", a), { ok: true }, a);
  // the set-up mounted it: judged on the machine as found
  assert.equal(b.run.answer("q", "1"), { ok: false, asFound: true });
  assert.equal(b.run.answer("q", "vnd0"), { ok: false, asFound: true });
});

test("answers typed before any command line are no solve yet: the first command line is (a guess is not a look)", () => {
  const b = withQuestions("aix", "  - { id: q, prompt: Which type?, answer: cdrfs, example: cdrfs }", "setup: { files: { /tmp/x: '' } }");
  assert.ok(b.run.answer("q", "cdrfs").ok);
  assert.is(b.run.solved, null, "every goal holds and the question is answered, at set-up");
  const r = b.line("ls /tmp");
  assert.ok(r.justSolved);
  assert.equal(b.run.solved, { commands: 1, seconds: 1 });
});

test("explain: false — a goal whose reason is the exercise says only that it is not met", () => {
  const b = exercise("aix", "  - { id: g, text: t, explain: false, file: /tmp/x }\n  - { id: h, text: t, file: /tmp/y }");
  b.line("true");
  assert.is(b.whyNot("g"), "/tmp/x does not exist", "the checker still has the reason");
  assert.is(b.run.whyNotShown("g"), UNEXPLAINED);
  assert.is(b.run.whyNotShown("h"), "/tmp/y does not exist");
});

test("an answer about the person's work is taken back when the work is redone and the state disagrees", () => {
  const b = exercise(
    "bsd",
    "  - { id: g, text: t, layer: { on: /mnt/sys, type: null, lower: /usr/include/sys } }",
    "questions:\n  - { id: q, prompt: p, answer-from: { device-number-of: /mnt/sys/types.h } }",
  );
  b.line("mkdir /mnt/a && mount_loopback /usr/include /mnt/a");
  b.line("ln -s /mnt/a/sys /mnt/sys");
  assert.ok(b.run.answer("q", "42991617").ok, "the symlink's answer, right for now");
  const r = b.line("rm /mnt/sys && mkdir /mnt/sys && mount_loopback /usr/include/sys /mnt/sys");
  assert.equal(r.reopened, [{ id: "q", given: "42991617" }]);
  assert.ok(b.holds("g"));
  assert.equal(b.run.questionsAnswered, [], "open again");
  assert.is(b.run.solved, null, "every goal holds, but the answer no longer agrees");
  assert.ok(b.run.answer("q", "42991618").ok);
  assert.ok(b.run.solved);
});

test.run();
