// BSD/OS ps's keywords (bin/ps/keyword.c, print.c, ps.c): -o, -O, -L, the layouts' sort orders,
// the messages of a keyword that is not one (review 8b finding 2).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const run = (s: ReturnType<typeof createSession>, line: string) => runLine(s, line).output;

test("ps -o pid,ppid,command: the keywords' headers and widths; comm is no keyword of BSD/OS", () => {
  const s = createSession({ os: "bsd" });
  const me = () => Number(run(s, "echo $$").trim());
  const sh = me();
  const out = run(s, "ps -o pid,ppid,command");
  const ps = Number(out.split("\n")[2]!.slice(0, 5));
  assert.is(out, `  PID  PPID COMMAND\n  ${sh}   112 -sh (sh)\n  ${ps}   ${sh} ps -o pid,ppid,command\n`);
  // findvar() warns, the others are shown, ps exits 1
  const bad = runLine(s, "ps -o pid,ppid,comm; echo status $?").output;
  assert.match(bad, /^ps: comm: keyword not found\n  PID  PPID\n  \d+   112\n  \d+   \d+\nstatus 1\n$/);
  assert.is(run(s, "ps -o comm; echo status $?"), "ps: comm: keyword not found\nps: no valid keywords\nstatus 1\n");
});

test("keyword=header renames every use; an alias takes no header; LJUST last header unpadded, its values padded", () => {
  const s = createSession({ os: "bsd" });
  const out = run(s, "ps -p 113 -o pid=A,user,stat=S,pid=B; echo status $?");
  assert.is(out, "ps: stat: illegal keyword specification\n    B USER     STAT     B\n  113 root     Ss     113\nstatus 1\n");
  assert.is(run(s, "ps -p 1 -o ppid,user"), " PPID USER\n    0 root    \n");
  assert.is(run(s, "ps -p 113 -o pid,tt,tty,tdev,ucomm,jobc,pgid,sess"), "  PID  TT  TTY      TDEV UCOMM            JOBC  PGID   SESS\n  113  p0  ttyp0     5/0 sh                  1   113 f2bc40\n");
  // command not last: cut to its 16 columns
  assert.is(run(s, "ps -p 71 -o command,pid"), "COMMAND            PID\nsendmail: accept    71\n");
});

test("ps -O ppid: after the pid of the default layout; -L lists the keywords at 79 columns", () => {
  const s = createSession({ os: "bsd" });
  assert.is(run(s, "ps -O ppid -p 113"), "  PID  PPID  TT  STAT      TIME COMMAND\n  113   112  p0  Ss     0:00.00 -sh (sh)\n");
  const keys = run(s, "ps -L").split("\n");
  assert.is(keys[0], "%cpu %mem acflag acflg blocked caught command cpu cputime f flags ignored");
  assert.is(keys.at(-2), "wchan xstat");
  assert.ok(keys.every((l) => l.length <= 79));
});

test("values with no model in the lab show 0; start, lstart, sl, re from the start time", () => {
  const s = createSession({ os: "bsd" });
  assert.is(
    run(s, "ps -p 1 -o pid,sig,sigmask,nwchan,paddr,tsiz,inblk,xstat,lim,upr,nice,pri,f"),
    "  PID  PENDING  BLOCKED  WCHAN  PADDR TSIZ INBLK XSTAT   LIM UPR NI PRI       F\n    1        0        0      0      0    0     0     0     -  50  0  10       0\n",
  );
  // init started two days before the session (strftime %a%I%p), the shell at the session's start
  assert.is(run(s, "ps -p 1 -o lstart,start,sl,re"), "STARTED                      STARTED   SL  RE\nMon Nov 25 01:02:00 2013     Mon01AM  999 999\n");
  assert.is(run(s, "ps -p 113 -o lstart,start").split("\n")[1], "Wed Nov 27 06:43:00 2013      6:43AM ");
});

test("-m sorts by size, -v is its layout; -E and -U; several -p in turn; -h repeats the header", () => {
  const s = createSession({ os: "bsd" });
  const sizes = run(s, "ps -axm -o vsz=").trim().split("\n").map((l) => Number(l.trim()));
  assert.equal(sizes, [...sizes].sort((a, b) => b - a));
  assert.is(run(s, "ps -v -p 113").split("\n")[0], "  PID STAT      TIME  SL  RE PAGEIN   VSZ  RSS   LIM TSIZ %CPU %MEM COMMAND");
  assert.is(run(s, "ps -p 113 -p 1 -o pid"), "  PID\n  113\n    1\n");
  assert.is(run(s, "ps -E nobody -o pid"), "  PID\n");
  assert.is(run(s, "ps -U root -o pid | wc -l").trim(), String(run(s, "ps -ax -o pid | wc -l").trim()));
  assert.is(run(s, "ps -E bad; echo $?"), "ps: bad: not a valid userid\n1\n");
  assert.is(run(s, "ps -E 0 -U 0; echo $?"), "ps: -U may not be used with -E\n1\n");
  run(s, "for i in 1 2 3 4 5 6 7 8; do sleep 1000 & done");
  const h = run(s, "ps -axh -o pid").split("\n");
  assert.is(h.length, 25);
  // after 19 rows (lineno++ == ws_row - 4 with the 22 rows ps assumes)
  assert.is(h[20], "");
  assert.is(h[21], "  PID");
});

test.run();
