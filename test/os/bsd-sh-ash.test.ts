// BSD/OS's sh (ash) where it differs from ksh:
//  - it is built with SYMLINKS (bin/sh/shell.h): cd replaces the symbolic links in the path by
//    their targets (cd.c docd), so PWD, `pwd` and getcwd agree on the physical place, and an
//    interactive shell says where a link led. A null copy is no link: in it the path stays the
//    copy's. ksh (AIX) keeps its logical PWD.
//  - a command whose redirection fails has status 2 (eval.c), ksh's 1; so has a cd that fails
//    (a built-in's error()).
//  - job lines are jobs.c showjobs': `[N] PID STATUS` to column 30, then the command; nothing
//    is printed for `cmd &`; a job that ended normally is `Exit N`.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const lines = (os: "bsd" | "aix", cmds: string[]) => {
  const s = createSession({ os });
  return cmds.map((c) => runLine(s, c).output);
};

test("cd through a symbolic link: the target, printed; pwd and /bin/pwd agree; .. is the target's parent", () => {
  const out = lines("bsd", ["ln -s /usr/include/sys /tmp/sys", "cd /tmp/sys", "pwd", "/bin/pwd", "echo $PWD", "cd ..", "pwd"]);
  // ash names the directory in its own curdir and never sets PWD: it is what the login gave
  assert.equal(out.slice(1), ["/usr/include/sys\n", "/usr/include/sys\n", "/usr/include/sys\n", "/root\n", "", "/usr/include\n"]);
});

test("a relative link is read from its directory, and the path is printed as docd built it", () => {
  const out = lines("bsd", ["mkdir /tmp/a", "ln -s ../../usr/include /tmp/a/inc", "cd /tmp/a/inc/sys", "pwd", "/bin/pwd", "cd /tmp", "cd a/inc", "pwd"]);
  // the link's target is put after the link's directory; chdir is given that, .. and all
  assert.equal(out.slice(2), ["/tmp/a/../../usr/include/sys\n", "/usr/include/sys\n", "/usr/include/sys\n", "", "a/../../usr/include\n", "/usr/include\n"]);
  // stat(2) follows the link before its "..": /usr/inc does not exist
  assert.equal(lines("bsd", ["ln -s /usr/include /tmp/inc", "cd /tmp/./inc/../inc"]), ["", "cd: can't cd to /tmp/./inc/../inc\n"]);
});

test("CDPATH is searched for any relative name; a directory found there is printed; cd - prints too", () => {
  const out = lines("bsd", ["CDPATH=/usr:/usr/include", "cd include", "cd sys", "pwd", "cd -", "cd /", "cd ./tmp"]);
  assert.equal(out.slice(1), ["/usr/include\n", "/usr/include/sys\n", "/usr/include/sys\n", "/usr/include\n", "", "cd: can't cd to ./tmp\n"]);
});

test("one operand: the rest are ignored; HOME without one", () => {
  const out = lines("bsd", ["cd /tmp /usr", "pwd", "cd", "pwd"]);
  assert.equal(out, ["", "/tmp\n", "", "/root\n"]);
});

test("no link met: cd prints nothing; in a null copy the path is the copy's", () => {
  const out = lines("bsd", ["mkdir /mnt/sys", "mount_loopback /usr/include/sys /mnt/sys", "cd /mnt/sys", "pwd", "/bin/pwd", "cd ..", "pwd"]);
  assert.equal(out.slice(2), ["", "/mnt/sys\n", "/mnt/sys\n", "", "/mnt\n"]);
});

test("a shell that is not interactive changes directory without saying so", () => {
  const s = createSession({ os: "bsd", interactive: false, command: "ln -s /usr/include /tmp/inc; cd /tmp/inc; pwd" });
  assert.is(runLine(s, "").output, "/usr/include\n");
});

test("ksh keeps the logical path", () => {
  const out = lines("aix", ["ln -s /usr/bin /tmp/b", "cd /tmp/b", "pwd", "cd ..", "pwd"]);
  assert.equal(out.slice(1), ["", "/tmp/b\n", "", "/tmp\n"]);
});

test("a failed redirection: ash's message and status 2, for a built-in and for a program; ksh's 1", () => {
  const s = createSession({ os: "bsd" });
  assert.equal(runLine(s, "echo x > /none/x"), { output: "cannot create /none/x: directory nonexistent\n", status: 2 });
  assert.equal(runLine(s, "cat < /none"), { output: "cannot open /none: no such file\n", status: 2 });
  assert.equal(runLine(s, "ls > /none/x"), { output: "cannot create /none/x: directory nonexistent\n", status: 2 });
  assert.is(runLine(createSession({ os: "aix" }), "echo x > /none/x").status, 1);
  assert.equal(runLine(s, "cd /none"), { output: "cd: can't cd to /none\n", status: 2 });
  assert.match(runLine(s, "chdir /none; echo $?").output, /: can't cd to \/none\n2\n$/);
  assert.is(runLine(createSession({ os: "aix" }), "cd /none").status, 1);
});

test("jobs: nothing for &, showjobs' lines, Exit 0 before the prompt, a killed job's signal", () => {
  const s = createSession({ os: "bsd" });
  const run = (c: string) => runLine(s, c);
  assert.equal(run("sleep 1000 &"), { output: "", status: 0 });
  const pid = run("echo $!").output.trim();
  assert.equal(run("sleep 2000 | cat &").output, "");
  const [p2, p3] = [Number(pid) + 1, Number(pid) + 2];
  assert.is(run("jobs").output, `[1] ${pid}                       sleep 1000\n[2] ${p2}                       sleep 2000\n    ${p3}                       cat\n`);
  assert.is(run(`kill ${pid}`).output, `[1] ${pid} Terminated            sleep 1000\n`);
  assert.is(run("sleep 1 &").output, "");
  assert.match(run("sleep 3").output, /^\[1\] \d+ Exit 0                sleep 1\n$/);
  // ksh: its own lines
  const a = createSession({ os: "aix" });
  assert.match(runLine(a, "sleep 1000 &").output, /^\[1\]\t\d+\n$/);
});

test.run();
