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

/** type a line, let it run `steps` steps, then press a key that sends a signal; what showed */
function typeThen(s: Session, line: string, steps: number, key: "interrupt" | "suspend"): string {
  const t = new Transcript();
  s.sink = t;
  s.tty.typeLine(line);
  s.drive(steps, { clock: false });
  s[key]();
  s.finish(1_000_000, line);
  s.sink = null;
  return t.text();
}

test("Ctrl-Z then fg on a subshell, a script or ksh -c: the shell waits for the rest again", () => {
  const s = fresh();
  const t0 = s.machine.clock.now();
  assert.is(typeThen(s, "(sleep 20; echo sub-done)", 10_000, "suspend"), "^Z[1] + Stopped                  (sleep 20; echo sub-done)\n");
  assert.is(out(s, "fg"), "(sleep 20; echo sub-done)\nsub-done\n");
  assert.ok(s.machine.clock.now() >= t0 + 20);
  assert.ok(![...s.machine.procs()].some((p) => p.argv[0] === "sleep" && p.state !== "zombie"));
  assert.is(typeThen(s, "ksh -c 'sleep 30; echo finished'", 10_000, "suspend"), "^Z[1] + Stopped                  ksh -c 'sleep 30; echo finished'\n");
  assert.is(out(s, "fg"), "ksh -c 'sleep 30; echo finished'\nfinished\n");
});

test("a stopped group left without a parent shell is hung up and continued (no process stays stopped)", () => {
  const s = fresh();
  typeThen(s, "ksh -c 'cat; echo finished'", 10_000, "suspend");
  // the job's shell is killed outright: its cat is orphaned in a group with a stopped member
  const ksh = [...s.machine.procs()].find((p) => p.argv[0] === "ksh")!;
  s.machine.sched.signal(ksh, "SIGKILL");
  runLine(s, "true");
  assert.ok(![...s.machine.procs()].some((p) => p.argv[0] === "cat" && p.state !== "zombie"));
});

test("a shell that stops itself stops at once; the login shell stopped is continued by the lab", () => {
  const s = fresh();
  assert.is(out(s, "ksh -c 'kill -STOP $$; echo resumed'"), "[1] + Stopped (SIGSTOP)        ksh -c 'kill -STOP $$; echo resumed'\n");
  assert.is(out(s, "fg"), "ksh -c 'kill -STOP $$; echo resumed'\nresumed\n");
  assert.match(out(s, "kill -STOP $$; echo after"), /^looplab: the login shell was stopped;.*\nafter\n$/);
});

test("ps sees every stage of its pipeline and a job started just before it", () => {
  const s = fresh();
  assert.match(out(s, "ps -ef | grep sleep"), /grep sleep \n$/);
  assert.match(out(s, "ps -f | cat"), / cat \n/);
  assert.match(out(s, "sleep 51 & ps -f"), / sleep 51 \n/);
  // no negative times while a line runs commands in the shell's turn
  const t = out(s, "ls -R / > /dev/null; ls > /dev/null; ps -o time,pcpu,comm");
  assert.not.match(t, /-\d/);
});

test("the step budget ends a script's wait, not the script", () => {
  const s = createSession({ interactive: false, terminal: false });
  const t = new Transcript();
  s.run("yes > /dev/null &", t);
  s.run("wait", t, 200_000);
  s.run("echo end $?", t);
  assert.is(t.text(), "looplab: wait: still running after 200000 steps (the step budget); ended\nend 130\n");
});

test("an interactive ksh in the background waits to be brought to the foreground", () => {
  const s = fresh();
  assert.match(out(s, "ksh &"), /^\[1\]\t\d+\n\[1\] \+ Stopped \(SIGTTIN\) +ksh &\n$/);
  runLine(s, "fg");
  assert.is(Number(out(s, "echo $PPID")), s.proc.pid);
  runLine(s, "exit");
});

test("wait waits for a stopped job too; kill -TSTP re-stops a job stopped by SIGSTOP as Stopped", () => {
  const s = fresh();
  runLine(s, "sleep 100 &");
  out(s, "kill -STOP %1");
  assert.is(typeThen(s, "wait", 10_000, "interrupt"), "^C");
  assert.is(out(s, "echo $?"), "130\n");
  assert.is(out(s, "kill -TSTP %1"), "[1] + Stopped                  sleep 100 &\n");
  runLine(s, "kill -9 %1");
});

test("ksh -c 'one command' becomes the command; scripts nested deep run without a host stack overflow", () => {
  const s = fresh();
  runLine(s, "sh -c 'sleep 30' &");
  const t = tree(s);
  assert.ok(![...t.values()].some(([, cmd]) => cmd.startsWith("sh -c")));
  assert.ok([...t.values()].some(([ppid, cmd]) => cmd === "sleep 30" && ppid === s.proc.pid));
  runLine(s, "printf 'n=$1; [ $n -lt 60 ] && ksh /w/r.sh $((n+1)); echo $n\\n' > /w/r.sh");
  const r = runLine(s, "ksh /w/r.sh 1 | wc -l");
  assert.equal(r, { output: "      60\n", status: 0 });
});

test("printf: precision past 100 digits, numbers past a double's range", () => {
  const s = fresh();
  assert.is(out(s, 'printf "%.102f\\n" 1'), "1." + "0".repeat(102) + "\n");
  assert.equal(runLine(s, 'printf "%f %e\\n" 1e400 -1e400'), {
    output:
      "printf: 1e400: A return value of a math subroutine is not within machine precision.\nprintf: -1e400: A return value of a math subroutine is not within machine precision.\nINF -INF\n",
    status: 2,
  });
  assert.is(out(s, 'printf "%f\\n" 1e22'), "10000000000000000000000.000000\n");
});


test("a reader of /dev/urandom is charged for the bytes it is given: the step budget ends it", () => {
  const s = createSession({ interactive: false, terminal: false });
  for (const line of ["cat /dev/urandom > /dev/null", "cksum /dev/urandom"]) {
    const t = new Transcript();
    const t0 = performance.now();
    s.run(line, t, 200_000);
    assert.is(t.text(), `looplab: ${line}: still running after 200000 steps (the step budget); ended\n`);
    assert.ok(performance.now() - t0 < 5000, line);
  }
});

test("a loop whose string grows is charged for copying it: the step budget ends it in time", () => {
  const s = createSession({ interactive: false, terminal: false });
  for (const line of ['while true; do x="${x}a"; done', 'echo x | sed -e :a -e "s/x/xx/" -e ba', "echo x | awk '{while(1) sub(/x/,\"xx\")}'"]) {
    const t = new Transcript();
    const t0 = performance.now();
    s.run(line, t, 1_000_000);
    assert.is(t.text(), `looplab: ${line}: still running after 1000000 steps (the step budget); ended\n`);
    assert.ok(performance.now() - t0 < 5000, line);
  }
});

test.run();
