// Processes as an admin meets them: the tree that ( list ) & and a | b & make, kill -0 and a shell
// that signals itself, exit with jobs, nohup, time while the background runs, Ctrl-C in read.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, Transcript, type Session } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";

const fresh = () => createSession({ samples: true, setup: { dirs: ["/w"] } });
const out = (s: Session, line: string) => runLine(s, line).output;
/** pid → [ppid, CMD] from ps -ef */
function tree(s: Session): Map<number, [number, string]> {
  const m = new Map<number, [number, string]>();
  for (const l of out(s, "ps -ef").split("\n").slice(1)) {
    const f = /^\s*\S+\s+(\d+)\s+(\d+)\s+\d+\s+\S+(?: \S+)?\s+\S+\s+\S+ (.*?) ?$/.exec(l);
    if (f) m.set(Number(f[1]), [Number(f[2]), f[3]!]);
  }
  return m;
}

test("( list ) & is one child, the subshell; its commands are its children", () => {
  const s = fresh();
  const bg = Number(/\t(\d+)/.exec(out(s, "(sleep 50; echo x) &"))![1]);
  assert.is(out(s, "echo $!"), `${bg}\n`);
  const t = tree(s);
  assert.equal(t.get(bg), [s.proc.pid, "-ksh"]);
  const sleeps = [...t].filter(([, [, cmd]]) => cmd === "sleep 50");
  assert.equal(sleeps.map(([, [ppid]]) => ppid), [bg]);
  // ( cmd ) & execs cmd in the subshell: one process
  const one = Number(/\t(\d+)/.exec(out(s, "(sleep 7) &"))![1]);
  assert.equal(tree(s).get(one), [s.proc.pid, "sleep 7"]);
});

test("a | b &: every stage a child of the shell, one job, $! the last stage, jobs -l lists each", () => {
  const s = fresh();
  const r = out(s, "sleep 10 | cat &");
  const last = Number(/^\[1\]\t(\d+)\n$/.exec(r)![1]);
  assert.is(out(s, "echo $!"), `${last}\n`);
  const t = tree(s);
  assert.equal(t.get(last), [s.proc.pid, "cat"]);
  const sleep = [...t].find(([, [, cmd]]) => cmd === "sleep 10")!;
  assert.is(sleep[1][0], s.proc.pid);
  const jl = out(s, "jobs -l").split("\n");
  assert.is(jl[0], `[1] + ${last}\t Running                 `);
  assert.is(jl[1], `      ${sleep[0]}\t Running                 sleep 10 | cat &`);
  assert.is(out(s, "kill %1"), "[1] + Terminated               sleep 10 | cat &\n");
});

test("without job control a background job ignores Ctrl-C, and so does what it runs", () => {
  const s = createSession({ interactive: false, terminal: false });
  runLine(s, "(sleep 50; true) &");
  const sleep = [...s.machine.procs()].find((p) => p.argv.join(" ") === "sleep 50")!;
  assert.is(sleep.handlers.get("SIGINT"), "ignore");
  assert.is(sleep.handlers.get("SIGQUIT"), "ignore");
});

test("kill -0 asks whether a process is there; %name that names two jobs is ambiguous", () => {
  const s = fresh();
  runLine(s, "sleep 100 &");
  assert.equal(runLine(s, "kill -0 $$; echo $?"), { output: "0\n", status: 0 });
  assert.equal(runLine(s, "kill -0 %1"), { output: "", status: 0 });
  assert.equal(runLine(s, "kill -s 0 99999"), { output: "kill: 99999: no such process\n", status: 2 });
  assert.match(out(s, "jobs"), /Running/);
  runLine(s, "sleep 50 &");
  assert.equal(runLine(s, "kill %sleep"), { output: "ksh: %sleep: Ambiguous\n", status: 1 });
  assert.equal(runLine(s, "kill -STOP %1"), { output: "[1] - Stopped (SIGSTOP)        sleep 100 &\n", status: 0 });
});

test("a shell that signals itself ends at once: nothing after kill -9 $$ runs", () => {
  for (const [cmd, status] of [["kill -9 $$; echo after", 137], ["kill -TERM $$; echo alive", 143]] as const) {
    const s = createSession({ command: cmd, interactive: false });
    const t: string[] = [];
    s.sink = { write: (d) => void t.push(typeof d === "string" ? d : new TextDecoder().decode(d)) };
    s.drive(1_000_000);
    assert.is(t.join(""), "", cmd);
    assert.is(s.exitStatus, status, cmd);
  }
  // the interactive shell ignores TERM
  const s = fresh();
  assert.is(out(s, "kill -TERM $$; echo still here"), "still here\n");
});

test("exit with jobs: stopped ones hold any exit once, running ones hold a login shell; a foreground command re-arms it", () => {
  const s = fresh();
  runLine(s, "sleep 100 &");
  assert.equal(runLine(s, "exit"), { output: "You have running jobs\n", status: 0 });
  assert.is(s.exitStatus, null);
  runLine(s, "ls / > /dev/null");
  assert.is(out(s, "exit"), "You have running jobs\n");
  assert.is(out(s, "exit"), "");
  assert.is(s.exitStatus, 0);
  // the jobs of a login shell are hung up when it ends
  assert.ok(![...s.machine.procs()].some((p) => p.argv[0] === "sleep" && p.state !== "zombie"));
});

test("Ctrl-D warns as exit does; an EXIT trap's output starts on a line of its own", () => {
  const s = fresh();
  s.decor = true;
  runLine(s, "trap 'echo bye' EXIT; sleep 100 &");
  const t: string[] = [];
  s.sink = { write: (d) => void t.push(typeof d === "string" ? d : new TextDecoder().decode(d)) };
  s.tty.typeEof();
  s.drive(1_000_000);
  assert.is(s.exitStatus, null);
  s.tty.typeEof();
  s.drive(1_000_000);
  assert.is(t.join(""), "You have running jobs\n# \nbye\n");
  assert.is(s.exitStatus, 0);
});

test("nohup: output to nohup.out (0600), SIGHUP ignored, its messages", () => {
  const s = fresh();
  runLine(s, "cd /w");
  assert.equal(runLine(s, "nohup echo hi"), { output: "Sending nohup output to nohup.out.\n", status: 0 });
  assert.match(out(s, "ls -l nohup.out; cat nohup.out"), /^-rw------- .* nohup\.out\nhi\n$/);
  assert.equal(runLine(s, "nohup echo x > /w/o; cat /w/o"), { output: "x\n", status: 0 });
  assert.equal(runLine(s, "nohup"), { output: "Usage: nohup Command [ Argument... ]\n", status: 127 });
  assert.equal(runLine(s, "nohup nosuch"), { output: "Sending nohup output to nohup.out.\nnohup: nosuch: A file or directory in the path name does not exist.\n", status: 127 });
  runLine(s, "nohup sleep 100 &");
  const sleep = [...s.machine.procs()].find((p) => p.argv.join(" ") === "sleep 100")!;
  assert.is(sleep.handlers.get("SIGHUP"), "ignore");
  // it outlives the login shell that hangs up its jobs
  runLine(s, "exit");
  runLine(s, "exit");
  assert.is(sleep.state, "sleep");
});

test("a background job that never waits does not hold time: sleep ends, the next line runs, its budget is its own", () => {
  const s = fresh();
  runLine(s, "yes > /dev/null &");
  const t0 = s.machine.clock.now();
  assert.equal(runLine(s, "sleep 3; echo slept"), { output: "slept\n", status: 0 });
  assert.is(s.machine.clock.now(), t0 + 1 + 3);
  assert.is(out(s, "echo next"), "next\n");
  assert.match(out(s, "jobs"), /Running +yes > \/dev\/null &/);
  // waiting for it is the line's own doing: the budget ends the wait, not the job
  const t = new Transcript();
  s.run("wait", t, 200_000);
  assert.match(t.text(), /^looplab: wait: still running after 200000 steps \(the step budget\); ended\n$/);
  assert.match(out(s, "jobs"), /Running +yes > \/dev\/null &/);
  runLine(s, "kill %1");
});

test("Ctrl-C in read gives one prompt, as in a command", () => {
  const s = fresh();
  s.decor = true;
  const t: string[] = [];
  s.sink = { write: (d) => void t.push(typeof d === "string" ? d : new TextDecoder().decode(d)) };
  s.tty.typeLine("read x");
  s.drive(100_000, { clock: false });
  s.interrupt();
  s.drive(100_000, { clock: false });
  assert.is(t.join(""), "# read x\n^C# ");
  s.decor = false;
  assert.is(out(s, "echo $?"), "130\n");
});

test("mkfs asks only a terminal; another answer asks again; end of input stops it", () => {
  const s = fresh();
  runLine(s, "dd if=/dev/zero of=/images/d.img bs=1024k count=8 2>/dev/null; loopmount -i /images/d.img");
  const again = runTyped(s, "mkfs -V jfs2 /dev/loop0", ["mkfs: destroy /dev/loop0 (yes)? maybe", "mkfs: destroy /dev/loop0 (yes)? no"]);
  assert.equal(again, { output: "mkfs: destroy /dev/loop0 (yes)? maybe\nmkfs: destroy /dev/loop0 (yes)? no\n", status: 0 });
  assert.equal(runLine(s, "mkfs -V jfs2 /dev/loop0"), { output: "mkfs: destroy /dev/loop0 (yes)? ", status: 0 });
  // from a pipe: no question
  assert.match(out(s, "echo | mkfs -V jfs2 /dev/loop0"), /^File system created successfully\./);
});

test("printf: a number past a long is the limit, with strtol's ERANGE", () => {
  const s = fresh();
  assert.equal(runLine(s, 'printf "%d\\n" 99999999999999999999'), {
    output: "printf: 99999999999999999999: A return value of a math subroutine is not within machine precision.\n2147483647\n",
    status: 1,
  });
  assert.equal(runLine(s, 'printf "%d %u\\n" -2147483648 4294967295'), { output: "-2147483648 4294967295\n", status: 0 });
});

test("ksh and sh start a new shell: a child of the login shell in ps; exit returns; -c, a script, stdin", () => {
  const s = fresh();
  runLine(s, "ksh");
  const [pid, ppid] = out(s, "echo $$ $PPID").trim().split(" ").map(Number);
  assert.is(ppid, s.proc.pid);
  assert.equal(tree(s).get(pid!), [s.proc.pid, "ksh"]);
  assert.equal(runLine(s, "exit 3"), { output: "", status: 3 });
  assert.is(out(s, "echo $? $$"), `3 ${s.proc.pid}\n`);
  assert.is(out(s, "ksh -c 'echo $0 $1' name one"), "name one\n");
  assert.is(out(s, "ksh -x -c 'echo hi'"), "+ echo hi\nhi\n");
  assert.is(out(s, "echo 'echo from stdin' | sh"), "from stdin\n");
  assert.is(out(s, "printf 'echo script $1\\n' > /w/s.sh; ksh /w/s.sh arg"), "script arg\n");
  assert.equal(runLine(s, "ksh /w/nosuch"), { output: "ksh: /w/nosuch:  not found.\n", status: 127 });
  assert.equal(runLine(s, "ksh -z"), { output: "ksh: -z: bad option(s)\n", status: 2 });
  // only exported variables reach it
  assert.is(out(s, "A=1; export B=2; ksh -c 'echo [$A] [$B]'"), "[] [2]\n");
});

test.run();
