// AIX ps beyond -f: -o columns and headers, the long listing (-l, -el, -elf) with the kernel's
// process states, the Berkeley letters (ps aux, ps gv, ps l, ps x, a process number) and the
// errors, as AIX's ps.c lays them out.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const fresh = () => createSession({ samples: true, setup: { dirs: ["/w"] } });
const out = (s: Session, line: string) => runLine(s, line).output;
const USAGE =
  "Usage: ps [-Aaedfklm] [-n namelist] [-F Format] [-o specifier[=header],...]\n\t\t[-p proclist][-G|-g grouplist] [-t termlist] [-U|-u userlist] \n" +
  "Usage: ps [aceglnsuvwxU] [t tty] [processnumber]\n";

/** the line of a listing whose `col`th blank-separated field is `value` */
function lineOf(listing: string, col: number, value: string): string {
  const l = listing.split("\n").find((x) => x.trim().split(/\s+/)[col] === value);
  assert.ok(l, `no line with ${value} in\n${listing}`);
  return l!;
}

test("-o: the named columns, AIX's titles and widths, the last column not padded", () => {
  const s = fresh();
  assert.is(out(s, "ps -o pid,ppid,user,tty,comm"), "    PID    PPID     USER     TT COMMAND\n1049250 4128974     root  pts/0 ps\n4128974 3342542     root  pts/0 ksh\n");
  // several -o add up; =header renames; TIME and ELAPSED are 11 wide; args is every argument and a blank
  assert.is(out(s, "ps -p 2097594 -o time=CPU -o etime -o args"), "        CPU     ELAPSED COMMAND\n   00:00:14  3-04:16:53 /usr/sbin/syncd 60 \n");
  assert.is(out(s, "ps -p 1 -o etime,time,pcpu,nice,pri,vsz,rgroup,ruser"),
    "    ELAPSED        TIME  %CPU NI PRI   VSZ   RGROUP    RUSER\n 3-04:17:03    00:00:01   0.0 20  60   764   system     root\n");
  // renamed columns; an empty header for every column: no header line
  assert.match(out(s, "ps -o pid=PROCESS,comm=NAME"), /^PROCESS NAME\n\d{7} ps\n4128974 ksh\n$/);
  assert.match(out(s, "ps -o pid= -o comm="), /^\d{7} ps\n4128974 ksh\n$/);
  // comma or blank separated; stat is st (ps.c matches by prefix); F in hex
  assert.match(out(s, "ps -p 4128974 -o 'pid stat flag'"), /^    PID S        F\n4128974 A   240401\n$/);
  // the %-descriptors, the text between them kept
  assert.match(out(s, "ps -p 4128974 -o '%p %y : %c'"), /^    PID     TT   COMMAND\n4128974  pts\/0 : ksh     \n$/);
  // args shares what is left of 80 columns (at least 15)
  const wide = out(s, "ps -p 5571088 -o pid,ppid,pgid,user,group,tty,nice,pcpu,vsz,time,etime,args").split("\n")[1]!;
  assert.ok(wide.endsWith(" /usr/sbin/rsct/"), wide);
});

test("-o errors: an unknown specifier is 0509-048 and the usage, status 1", () => {
  const s = fresh();
  assert.equal(runLine(s, "ps -o pid,foo"), { output: "ps: 0509-048 Flag -o was used with invalid list.\n" + USAGE, status: 1 });
  assert.equal(runLine(s, "ps -F bar"), { output: "ps: 0509-048 Flag -F was used with invalid list.\n" + USAGE, status: 1 });
  // AIX names the resident size rssize
  assert.is(runLine(s, "ps -o rss").status, 1);
  assert.is(runLine(s, "ps -o rssize").status, 0);
  assert.equal(runLine(s, "ps -p x,y"), { output: "ps: 0509-048 Flag -p was used with invalid list.\n".repeat(2) + USAGE, status: 1 });
  assert.equal(runLine(s, "ps -z"), { output: "ps: Not a recognized flag: z\n" + USAGE, status: 1 });
});

test("-l: F S UID … the state from the kernel: A running or sleeping, T stopped", () => {
  const s = fresh();
  const bg = /\t(\d+)\n/.exec(out(s, "sleep 100 &"))![1]!;
  const stopped = /\t(\d+)\n/.exec(out(s, "sleep 200 &"))![1]!;
  runLine(s, "kill -STOP %2");
  const l = out(s, "ps -l");
  assert.is(l.split("\n")[0], "       F S UID     PID    PPID   C PRI NI ADDR    SZ    WCHAN    TTY  TIME CMD");
  // the sleeping one waits on a channel; the stopped one and ps itself do not
  assert.match(lineOf(l, 3, bg), new RegExp(`^  200001 A   0 ${bg} 4128974   0  60 20 [0-9a-f]+480   168 f1000e00[0-9a-f]{8}  pts/0  0:00 sleep$`));
  assert.match(lineOf(l, 3, stopped), new RegExp(`^  200001 T   0 ${stopped} 4128974   0  60 20 [0-9a-f]+480   168 {11}pts/0  0:00 sleep$`));
  assert.match(l.split("\n").find((x) => x.endsWith(" ps")) ?? "", /^  200001 A   0 \d{7} 4128974   0  60 20 [0-9a-f]+480   392 {11}pts\/0  0:00 ps$/);
  // -el: every process; init cannot be swapped out, the daemons' groups are orphaned
  const el = out(s, "ps -el");
  assert.match(lineOf(el, 3, "1"), /^  200003 A   0       1       0   0  60 20 [0-9a-f]+480   764 f1000e00[0-9a-f]{8}      -  0:01 init$/);
  assert.match(lineOf(el, 13, "cron"), /^  240001 A   0 5898434       1 /);
  // -elf: the user name, STIME and the arguments
  const elf = out(s, "ps -elf");
  assert.is(elf.split("\n")[0], "       F S      UID     PID    PPID   C PRI NI ADDR    SZ    WCHAN    STIME    TTY  TIME CMD");
  assert.match(lineOf(elf, 3, stopped), /^  200001 T     root \d{7} 4128974   0  60 20 [0-9a-f]+480   168 {10}\d\d:\d\d:\d\d  pts\/0  0:00 sleep 200 $/);
  // the same letters with -o
  assert.match(out(s, `ps -p ${bg},${stopped} -o pid,st,wchan`), new RegExp(`^    PID S    WCHAN\n${bg} A    EVENT\n${stopped} T        -\n$`));
});

test("a zombie: Z, no terminal, <defunct>", () => {
  const s = fresh();
  const k = s.machine.sched;
  const sh = [...k.table.values()].find((p) => p.argv[0] === "-ksh")!;
  const parent = k.create({ ppid: 1, argv: ["/usr/bin/daemonx"], cwd: sh.cwd, root: sh.root });
  const child = k.fork(parent, ["/usr/bin/true"]);
  k.exit(child, { code: 0 });
  const pid = String(child.pid);
  assert.match(lineOf(out(s, "ps -el"), 3, pid), new RegExp(`^  240001 Z   0 ${pid} ${parent.pid}   0  60 20 {29}0:00 <defunct>$`));
  assert.is(lineOf(out(s, "ps -ef"), 1, pid), `    root ${pid} ${parent.pid}   0                  0:00 <defunct>`);
  assert.is(lineOf(out(s, "ps aux"), 1, pid), `root     ${pid}                            Z              0:00 <defunct>`);
  assert.match(out(s, `ps -p ${pid} -o pid,st,tty,comm`), new RegExp(`^    PID S     TT COMMAND\n${pid} Z        <defunct>\n$`));
});

test("-u: the numeric UID column", () => {
  const s = fresh();
  const u = out(s, "ps -u root").split("\n");
  assert.is(u[0], " UID     PID    TTY  TIME CMD");
  assert.is(u[1], "   0       1      -  0:01 init");
  assert.ok(u.includes("   0 4128974  pts/0  0:00 ksh"));
  assert.equal(runLine(s, "ps -u nobody"), { output: " UID     PID    TTY  TIME CMD\n", status: 1 });
});

test("ps aux: USER PID %CPU %MEM SZ RSS TTY STAT STIME TIME COMMAND, by %CPU, 80 columns", () => {
  const s = fresh();
  const aux = out(s, "ps aux").split("\n").filter(Boolean);
  assert.is(aux[0], "USER         PID %CPU %MEM   SZ  RSS    TTY STAT    STIME  TIME COMMAND");
  // the most processor time first; the arguments cut to 80 - 8 - 42 - 7 - 8 = 15 columns
  assert.is(aux[1], "root     5571088  0.0  0.0 4712 5312      - A      Nov 24  0:21 /usr/sbin/rsct/");
  assert.is(aux[2], "root     2097594  0.0  0.0  484  488      - A      Nov 24  0:14 /usr/sbin/syncd");
  assert.ok(aux.includes("root     4128974  0.0  0.0  416  644  pts/0 A    06:43:00  0:00 -ksh "), aux.join("\n"));
  assert.is(aux.length, 1 + 21);
  for (const l of aux) assert.ok(l.length <= 80, l);
  // ww: no limit
  assert.ok(out(s, "ps auxww").includes(" 0:21 /usr/sbin/rsct/bin/rmcd -a IBM.LPCommands -r \n"));
  // u alone: your processes with a terminal
  assert.match(out(s, "ps u"), /^USER {9}PID .*\nroot +\d+ .* ps u \n.* -ksh \n$/);
});

test("the other Berkeley forms: x, a process number, gv, l, t, c", () => {
  const s = fresh();
  runLine(s, "sleep 100 &");
  assert.equal(runLine(s, "ps 4128974"), { output: "     PID    TTY STAT  TIME COMMAND\n 4128974  pts/0 A     0:00 -ksh \n", status: 0 });
  const x = out(s, "ps x").split("\n");
  assert.is(x[0], "     PID    TTY STAT  TIME COMMAND");
  assert.is(x[1], "       1      - A     0:01 /etc/init ");
  assert.is(out(s, "ps gv").split("\n")[0], "     PID    TTY STAT  TIME PGIN  SIZE   RSS   LIM  TSIZ   TRS %CPU %MEM COMMAND");
  assert.match(out(s, "ps gv"), /\n       1      - A     0:01 +\d+   764   792    xx    32    28  0\.0  0\.0 \/etc\/in\n/);
  const l = out(s, "ps l");
  assert.is(l.split("\n")[0], "     F S UID     PID    PPID   C PRI NI ADDR  SZ  RSS   WCHAN    TTY  TIME CMD");
  assert.match(l, /\n200001 A   0 \d{7} 4128974   0  60 20 [0-9a-f]+480 168  172   EVENT  pts\/0  0:00 slee\n/);
  assert.match(out(s, "ps t pts/0"), /^ {5}PID .*\n.* sleep 100 \n.* ps t pts\/0 \n 4128974  pts\/0 A     0:00 -ksh \n$/);
  assert.match(out(s, "ps c"), /\n 4128974  pts\/0 A     0:00 ksh\n$/);
});

test("Berkeley errors: one layout only (on standard output), a bad letter", () => {
  const s = fresh();
  assert.equal(runLine(s, "ps uv"), { output: "ps: 0509-045 Specify only one of s,l,v and u\n", status: 1 });
  assert.equal(runLine(s, "ps uv 2>/dev/null"), { output: "ps: 0509-045 Specify only one of s,l,v and u\n", status: 1 });
  assert.equal(runLine(s, "ps q"), { output: USAGE, status: 1 });
  assert.equal(runLine(s, "ps 99999"), { output: "     PID    TTY STAT  TIME COMMAND\n", status: 1 });
});

test.run();
