// Job control of BSD's sh in ash's words (review 8 finding 3; BSD/OS bin/sh/jobs.c): showjobs'
// lines ([1] PID status to column 30, each process's command), nothing when a job starts, the
// notices before the prompt on standard output, dowait's messages, getjob's current job and
// errors, fg/bg/wait/jobid; and ash's commandtext of the parsed command.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseComplete } from "../../../grammar/parse.js";
import type { AndOr } from "../../../grammar/ast.js";
import { createSession, runLine, type Session } from "../../../engine/session.js";
import { commandText } from "../../../engine/userland/sh/cmdtext.js";

const bsd = () => createSession({ os: "bsd" });
const run = (s: Session, line: string) => runLine(s, line);
const out = (s: Session, line: string) => runLine(s, line).output;

/** showjobs' line: "[N] PID STATUS", blanks to column 30 (at least one), the command */
const line = (head: string, status: string, cmd: string) => `${head}${status}`.padEnd(Math.max(30, head.length + status.length + 1)) + cmd + "\n";
const first = (n: number, pid: string, status: string, cmd: string) => line(`[${n}] ${pid} `, status, cmd);
const next = (pid: string, status: string, cmd: string) => line(`    ${pid} `, status, cmd);

function typeThen(s: Session, text: string, steps: number, key: "interrupt" | "suspend"): string {
  let shown = "";
  s.sink = { write: (d) => void (shown += typeof d === "string" ? d : new TextDecoder().decode(d)) };
  s.tty.typeLine(text);
  s.drive(steps, { clock: false });
  s[key]();
  s.finish(1_000_000, text);
  s.sink = null;
  return shown;
}

test("& prints nothing; jobs lists [1] PID, the status to column 30 and the background command alone", () => {
  const s = bsd();
  assert.equal(run(s, "cd /usr/include; sleep 1000 &"), { output: "", status: 0 });
  const pid = out(s, "echo $!").trim();
  assert.is(out(s, "jobs"), first(1, pid, "", "sleep 1000"));
  // jobs takes no options: -l lists the same
  assert.is(out(s, "jobs -l"), first(1, pid, "", "sleep 1000"));
  // kill is /bin/kill: it knows no jobs
  assert.equal(run(s, "kill %1"), { output: "kill: illegal process id: %1\n", status: 1 });
  // the end is listed before the next prompt, with sys_siglist's text
  assert.is(out(s, `kill ${pid}`), first(1, pid, "Terminated", "sleep 1000"));
  assert.is(out(s, "jobs"), "");
});

test("Exit N (0 too), each process of a pipeline on a line of its own, the texts ash rebuilds", () => {
  const s = bsd();
  assert.is(out(s, "sleep 1 &"), "");
  const a = out(s, "echo $!").trim();
  assert.is(out(s, "sleep 2"), first(1, a, "Exit 0", "sleep 1"));
  out(s, "sh -c 'sleep 1; exit 3' &");
  const b = out(s, "echo $!").trim();
  assert.is(out(s, "sleep 3"), first(1, b, "Exit 3", "sh -c sleep 1; exit 3"));
  out(s, "sleep 5 | sleep 50 &");
  const c = out(s, "echo $!").trim();
  const p1 = String(Number(c) - 1);
  assert.is(out(s, "jobs"), first(1, p1, "", "sleep 5") + next(c, "", "sleep 50"));
  assert.is(out(s, "sleep 10"), first(1, p1, "Exit 0", "sleep 5") + next(c, "", "sleep 50"));
  // listed once: the job stays while a process of it runs
  assert.is(out(s, "jobs"), first(1, p1, "Exit 0", "sleep 5") + next(c, "", "sleep 50"));
  out(s, `kill ${c}`);
  assert.is(out(s, "jobs"), "");
});

test("Ctrl-Z: %1 Suspended at once; fg and bg print nothing; the current job is the stopped one", () => {
  const s = bsd();
  assert.is(typeThen(s, "sleep 20", 10_000, "suspend"), "^Z%1 Suspended\n");
  const pid = out(s, "jobid %1").trim();
  assert.is(out(s, "jobs"), first(1, pid, "Suspended", "sleep 20"));
  assert.equal(run(s, "bg"), { output: "", status: 0 });
  assert.is(out(s, "jobs"), first(1, pid, "", "sleep 20"));
  // it runs in the background now; it is still the current job until it ends
  assert.equal(run(s, "fg"), { output: "", status: 0 });
  assert.equal(run(s, "fg"), { output: "fg: No current job\n", status: 2 });
});

test("getjob: no current job without a stop; %N, %prefix, a pid; its messages with the built-in's name", () => {
  const s = bsd();
  out(s, "sleep 30 &");
  out(s, "sleep 40 &");
  const p2 = out(s, "echo $!").trim();
  assert.equal(run(s, "fg"), { output: "fg: No current job\n", status: 2 });
  assert.equal(run(s, "bg %5"), { output: "bg: No such job: %5\n", status: 2 });
  assert.equal(run(s, "fg %1x"), { output: "fg: Illegal number: 1x\n", status: 2 });
  assert.equal(run(s, "fg %sl"), { output: "fg: %sl: ambiguous\n", status: 2 });
  assert.equal(run(s, "fg %+"), { output: "fg: No such job: %+\n", status: 2 });
  assert.is(out(s, `jobid ${p2}`), p2 + "\n");
  assert.is(out(s, "jobid '%sleep 4'"), p2 + "\n");
  assert.equal(run(s, "wait %9"), { output: "wait: No such job: %9\n", status: 2 });
  // wait for one job: its status; before the next prompt the shell lists the jobs that ended
  // meanwhile (dowait marked them changed)
  const p1 = String(Number(p2) - 1);
  assert.equal(run(s, "wait %2; echo $?"), { output: "0\n" + first(1, p1, "Exit 0", "sleep 30") + first(2, p2, "Exit 0", "sleep 40"), status: 0 });
});

test("dowait: a foreground job a signal ended is said at once; a shell that is not interactive says each", () => {
  const s = bsd();
  assert.equal(run(s, "sh -c 'kill $$'"), { output: "Terminated\n", status: 143 });
  assert.equal(run(s, "sh -c 'kill -SEGV $$'"), { output: "Segmentation fault - core dumped\n", status: 139 });
  assert.equal(run(s, "sh -c 'kill -INT $$'; echo $?"), { output: "130\n", status: 0 });
  const r = run(s, "sh -c 'sleep 100 & echo $!; kill $!; wait'");
  const pid = r.output.split("\n")[0]!;
  assert.is(r.output, `${pid}\n${pid}: Terminated\n`);
  // its jobs have no command text (forkshell keeps it only in an interactive shell); its fg refuses
  const j = run(s, "sh -c 'sleep 5 & jobs; fg %1'");
  assert.match(j.output, /^\[1\] \d+ {20,}\nfg: job not created under job control\n$/);
});

test("commandtext: words without quotes, ${x}, redirections after the words, compounds cut short", () => {
  const text = (src: string) => {
    const r = parseComplete(src, { aliases: new Map() });
    if (!r.ok) throw new Error(src);
    return commandText(r.list.items[0]!.andor as AndOr);
  };
  assert.is(text("sleep 1000"), "sleep 1000");
  assert.is(text("A=1 sleep 'a b' \"$X\" $Y"), "A=1 sleep a b ${X} ${Y}");
  assert.is(text(">/tmp/o sleep 5 2>&1 <in"), "sleep 5 >/tmp/o 2>&1 <in");
  assert.is(text("sleep 5 >&- 3>>log"), "sleep 5 >&/ 3>>log");
  assert.is(text("echo ${x:-d} ${y+z} $(date) `date`"), "echo ${x-d} ${y+z}  ");
  assert.is(text("echo ${x#y} after"), "echo ${x");
  assert.is(text("a | b && c || d"), "a | b && c || d");
  assert.is(text("(sleep 5; echo x)"), "(sleep 5; echo x)");
  assert.is(text("{ a; b; }"), "a; b");
  assert.is(text("if true; then a; else b; fi"), "if true; then a...");
  assert.is(text("while true; do sleep 1; done"), "while true; do sleep 1; done");
  assert.is(text("for i in 1 2; do a; done"), "for i in ...");
  assert.is(text("case $x in a) b;; esac"), "case ${x} in ...");
  assert.is(text("! false"), "???");
  assert.is(text("cat <<EOF\nx\nEOF\n"), "cat <<...");
  const long = "echo " + "x".repeat(300);
  assert.is(text(long), long.slice(0, 196) + "...");
});

test.run();
