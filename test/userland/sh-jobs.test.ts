// The shell with processes: background jobs and ksh's notices, jobs/kill/wait/fg/bg, Ctrl-C and
// Ctrl-Z as the terminal sends them, commands that read the terminal, busy mounts, ps and fuser.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";

const fresh = () => createSession({ samples: true, setup: { dirs: ["/cdmount", "/w"] } });
const out = (s: Session, line: string) => runLine(s, line).output;

/** type a line and let it run `steps` steps, then press a key that sends a signal */
function typeThen(s: Session, line: string, steps: number, key: "interrupt" | "suspend"): string {
  let text = "";
  s.sink = { write: (d) => void (text += typeof d === "string" ? d : new TextDecoder().decode(d)) };
  s.tty.typeLine(line);
  s.drive(steps, { clock: false });
  s[key]();
  s.finish(1_000_000, line);
  s.sink = null;
  return text;
}

test("& prints [n] and the pid; $! is it; jobs lists it; its end is reported before the next prompt", () => {
  const s = fresh();
  const r = runLine(s, "sleep 100 &");
  const m = /^\[1\]\t(\d+)\n$/.exec(r.output);
  assert.ok(m, JSON.stringify(r.output));
  assert.is(out(s, "echo $!"), m![1] + "\n");
  assert.is(out(s, "jobs"), "[1] +  Running                 sleep 100 &\n");
  assert.is(out(s, "jobs -l"), `[1] + ${m![1]}\t Running                 sleep 100 &\n`);
  assert.is(out(s, "jobs -p"), m![1] + "\n");
  assert.is(out(s, "sleep 5 &"), "[2]\t" + out(s, "echo $!"));
  assert.is(out(s, "jobs"), "[2] +  Running                 sleep 5 &\n[1] -  Running                 sleep 100 &\n");
  // the clock moves on; the next prompt reports the end of job 2
  assert.is(out(s, "sleep 10"), "[2] +  Done                    sleep 5 &\n");
  assert.is(out(s, "kill %1"), "[1] + Terminated               sleep 100 &\n");
  assert.is(out(s, "jobs"), "");
});

test("Done(N) and the signal texts; ksh's off-by-one width at 10 is kept", () => {
  const s = fresh();
  // a job that ends at once is reported at the very next prompt
  assert.match(out(s, "(exit 3) &"), /^\[1\]\t\d+\n\[1\] \+  Done\(3\)                 \(exit 3\) &\n$/);
  assert.match(out(s, "(exit 10) &"), /\n\[1\] \+  Done\(10\)                 \(exit 10\) &\n$/);
  runLine(s, "sleep 50 &");
  assert.is(out(s, "kill -9 %1"), "[1] + Killed                   sleep 50 &\n");
});

test("kill: its messages; a job or a pid; kill -l", () => {
  const s = fresh();
  assert.equal(runLine(s, "kill"), { output: "ksh: kill: bad argument count\n", status: 1 });
  assert.equal(runLine(s, "kill %3"), { output: "kill: %3: no such job\n", status: 2 });
  assert.equal(runLine(s, "kill 999999"), { output: "kill: 999999: no such process\n", status: 2 });
  assert.equal(runLine(s, "kill -NOPE 1"), { output: "ksh: kill: bad option(s)\n", status: 1 });
  assert.equal(runLine(s, "kill abc"), { output: "ksh: abc: Arguments must be %job or process ids\n", status: 1 });
  assert.is(out(s, "kill -l 143; kill -l TERM"), "TERM\n15\n");
  const menu = out(s, "kill -l").split("\n");
  assert.is(menu[0], " 1) HUP       14) ALRM      27) MSG       40) bad trap  53) bad trap");
  assert.is(menu[12], "13) PIPE      26) bad trap  39) bad trap  52) bad trap");
  assert.equal(runLine(s, "/usr/bin/kill 999999"), { output: "kill: 999999: 0509-015 The specified process does not exist.\n", status: 2 });
});

test("wait: for every job, or one; a trapped signal ends it early", () => {
  const s = fresh();
  const t0 = s.machine.clock.now();
  assert.is(out(s, "sleep 5 & sleep 9 & wait; echo $?").replace(/\[\d\]\t\d+\n/g, ""), "0\n");
  assert.is(s.machine.clock.now(), t0 + 1 + 9);
  assert.is(out(s, "(exit 4) & wait $!; echo $?").replace(/\[\d\]\t\d+\n/g, ""), "4\n");
});

test("Ctrl-C ends a loop in the shell and a foreground command: ^C, no message, $? 130", () => {
  const s = fresh();
  assert.is(typeThen(s, "while :; do :; done; echo never", 50_000, "interrupt"), "^C");
  assert.is(out(s, "echo $?"), "130\n");
  assert.is(typeThen(s, "cat /dev/zero > /dev/null; echo never", 50_000, "interrupt"), "^C");
  assert.is(out(s, "echo $?"), "130\n");
  // a trap on INT runs instead, and the line goes on
  assert.is(typeThen(s, "trap 'echo caught' INT; sleep 100; echo after", 50_000, "interrupt"), "^Ccaught\nafter\n");
  // nothing is left running
  assert.is(out(s, "ps -e | grep -c 'sleep\\|cat'").trim(), "0");
});

test("Ctrl-Z stops the foreground job; bg continues it, fg brings it back; exit warns once", () => {
  const s = fresh();
  assert.is(typeThen(s, "sleep 100", 1000, "suspend"), "^Z[1] + Stopped                  sleep 100\n");
  assert.is(out(s, "echo $?"), "146\n");
  assert.is(out(s, "jobs"), "[1] + Stopped                  sleep 100\n");
  assert.is(out(s, "bg"), "[1]\tsleep 100&\n");
  assert.is(out(s, "jobs"), "[1] +  Running                 sleep 100\n");
  assert.is(out(s, "kill -STOP %1; jobs"), "[1] + Stopped (SIGSTOP)        sleep 100\n");
  assert.equal(runLine(s, "exit"), { output: "You have stopped jobs\n", status: 0 });
  assert.is(s.exitStatus, null);
  assert.is(out(s, "fg %1"), "sleep 100\n");
  assert.is(out(s, "jobs"), "");
});

test("read, cat and the other readers of standard input wait for the terminal; Ctrl-D is end of file", () => {
  const s = fresh();
  assert.equal(runTyped(s, "read x", ["typed line"]), { output: "typed line\n", status: 0 });
  assert.is(out(s, 'echo "[$x]"'), "[typed line]\n");
  assert.equal(runTyped(s, "cat > /w/notes", ["one", "two"]), { output: "one\ntwo\n", status: 0 });
  assert.is(out(s, "cat /w/notes"), "one\ntwo\n");
  assert.equal(runTyped(s, "head -1", ["first", "first"]), { output: "first\nfirst\n", status: 0 });
  assert.equal(runTyped(s, "read x?Name: ", ["Name: root"]), { output: "Name: root\n", status: 0 });
  // nothing typed: end of file
  assert.equal(runLine(s, "read y; echo $?"), { output: "1\n", status: 0 });
});

test("mkfs asks and waits: n stops it, Enter goes on", () => {
  const s = fresh();
  runLine(s, "dd if=/dev/zero of=/images/d.img bs=1024k count=8 2>/dev/null; loopmount -i /images/d.img");
  const no = runTyped(s, "mkfs -V jfs2 /dev/loop0", ["mkfs: destroy /dev/loop0 (yes)? n"]);
  assert.equal(no, { output: "mkfs: destroy /dev/loop0 (yes)? n\n", status: 0 });
  const yes = runTyped(s, "mkfs -V jfs2 /dev/loop0", ["mkfs: destroy /dev/loop0 (yes)? ", "..."]);
  assert.is(yes.status, 0);
  assert.match(yes.output, /^mkfs: destroy \/dev\/loop0 \(yes\)\? \nFile system created successfully\./);
});

test("a process in a mount makes it busy: umount, loopumount and rmdev refuse; fuser names it; kill frees it", () => {
  const s = fresh();
  runLine(s, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount');
  const pid = /\t(\d+)/.exec(out(s, "cd /cdmount; sleep 1000 &"))![1]!;
  runLine(s, "cd /");
  assert.equal(runLine(s, "umount /cdmount"), { output: "umount: 0506-349 Cannot unmount /dev/loop0: The requested resource is busy.\n", status: 1 });
  assert.match(out(s, "loopumount -l loop0 -m /cdmount"), /^umount: 0506-349 Cannot unmount \/dev\/loop0: The requested resource is busy\.\n/);
  assert.match(out(s, "rmdev -dl loop0"), /0514-062 Cannot perform the requested function because the\n\t {9}specified device is busy\./);
  assert.is(out(s, "fuser -c /cdmount"), `/cdmount:  ${pid}c\n`);
  assert.is(out(s, "fuser -cu /cdmount 2>/dev/null"), ` ${pid}`);
  assert.is(out(s, "fuser -cu /cdmount"), `/cdmount:  ${pid}c(root)\n`);
  // an open file counts too, with no letter
  runLine(s, "tail -f /cdmount/README.txt > /dev/null &");
  assert.match(out(s, "fuser /cdmount/README.txt"), /^\/cdmount\/README\.txt:  \d+\n$/);
  runLine(s, "kill %1 %2");
  assert.is(out(s, "fuser -c /cdmount"), "/cdmount: \n");
  assert.equal(runLine(s, "loopumount -l loop0 -m /cdmount"), { output: "", status: 0 });
  assert.is(out(s, "lsdev -C | grep -c loop"), "0\n");
});

test("ps: the login and its commands; -ef, -f, -p; the pid columns fit the largest pid", () => {
  const s = fresh();
  assert.is(out(s, "ps"), "     PID    TTY  TIME CMD\n 1049250  pts/0  0:00 ps\n 4128974  pts/0  0:00 ksh\n");
  const ef = out(s, "ps -ef").split("\n");
  assert.is(ef[0], "     UID     PID    PPID   C    STIME    TTY  TIME CMD");
  assert.is(ef[1], "    root       1       0   0   Nov 24      -  0:01 /etc/init ");
  assert.ok(ef.includes("    root 4128974 3342542   0 06:43:00  pts/0  0:00 -ksh "), ef.join("\n"));
  assert.ok(ef.some((l) => / 3342542 .* sshd: root@pts\/0 $/.test(l)));
  assert.equal(runLine(s, "ps -p 4128974"), { output: "     PID    TTY  TIME CMD\n 4128974  pts/0  0:00 ksh\n", status: 0 });
  assert.equal(runLine(s, "ps -p 123"), { output: "     PID    TTY  TIME CMD\n", status: 1 });
  assert.equal(runLine(s, "ps -p x").status, 1);
});

test("pipes stream: no stage holds a whole stream, and a reader that is done ends the writer", () => {
  const s = fresh();
  assert.is(out(s, "cat /dev/zero | head -c 1000000 | wc -c"), " 1000000\n");
  assert.is(out(s, "wc -c /backup/cd_image"), " 859291648 /backup/cd_image\n");
  assert.is(out(s, "yes | head -2"), "y\ny\n");
  assert.is(out(s, "yes no | head -1"), "no\n");
  assert.is(out(s, "od -v /dev/zero | head -2"), "0000000  000000 000000 000000 000000 000000 000000 000000 000000\n0000020  000000 000000 000000 000000 000000 000000 000000 000000\n");
  assert.is(out(s, "echo data | tee /w/t1 /w/t2; cat /w/t1 /w/t2"), "data\ndata\ndata\n");
  // while true; do echo; done | head: the loop's subshell dies of SIGPIPE when head is done
  assert.is(out(s, "while :; do echo y; done | head -3"), "y\ny\ny\n");
});

test("tail -f follows a file as another process writes it, until it is ended", () => {
  const s = fresh();
  runLine(s, "echo first > /w/log");
  runLine(s, "tail -f /w/log > /w/seen &");
  runLine(s, "echo second >> /w/log; echo third >> /w/log");
  assert.is(out(s, "cat /w/seen"), "first\nsecond\nthird\n");
  runLine(s, "kill %1");
});

test.run();
