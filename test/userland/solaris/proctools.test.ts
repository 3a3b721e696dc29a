// fuser and pfiles on the Solaris machine, with the exact lines of fuser.c and pfiles.c
// (docs/fidelity/solaris.md, "Processes and boot"): what a process holds through a lofs is seen
// by umount but not by fuser on the original file system.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { solarisMajor, solarisMinor } from "../../../engine/os/solaris/devt.js";
import type { Proc } from "../../../engine/kernel/proc/proc.js";
import type { PipeEnd } from "../../../engine/kernel/proc/file.js";

const t = suite("solaris fuser and pfiles");
const USAGE = "Usage:  fuser [-[k|s sig]un[c|f|d]] files [-[[k|s sig]un[c|f|d]] files]..\n";

function lab() {
  const s = createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
  const run = (line: string) => runLine(s, line);
  /** the newest process running `cmd` */
  const newest = (cmd: string): Proc => [...s.machine.procs()].filter((p) => p.argv[0] === cmd).at(-1)!;
  return { s, run, newest };
}

/** pfiles's fstat line of a file the lab can stat */
function statLine(s: ReturnType<typeof lab>["s"], fd: number, path: string, type: string): string {
  const a = s.sys.stat(path);
  const size = a.rdev ? ` rdev:${a.rdev.major},${a.rdev.minor}` : ` size:${a.size}`;
  return `${String(fd).padStart(4)}: ${type} mode:0${(a.mode & 0o7777).toString(8).padStart(3, "0")} dev:${solarisMajor(a.fsid)},${solarisMinor(a.fsid)} ino:${a.fileid} uid:${a.uid} gid:${a.gid}${size}\n`;
}

t("a cwd inside a lofs: umount of both is busy, fuser -c sees it on the lofs only", () => {
  const { s, run, newest } = lab();
  const sched = (pid: number) => s.machine.sched.table.get(pid)?.state;
  run("mkdir /export/home/proj; mount -F lofs /export/home /mnt; cd /mnt/proj; sleep 1000 &");
  const pid = newest("sleep").pid;
  run("cd /");
  assert.equal(run("umount /mnt; umount /export/home"), { output: "umount: /mnt busy\numount: /export/home busy\n", status: 1 });
  const p = String(pid).padStart(8);
  assert.equal(run("fuser -c /mnt"), { output: `/mnt: ${p}c\n`, status: 0 });
  assert.equal(run("fuser -c /export/home"), { output: "/export/home: \n", status: 0 });
  assert.equal(run("fuser /mnt/proj /export/home/proj"), { output: `/mnt/proj: ${p}c\n/export/home/proj: \n`, status: 0 });
  assert.equal(run("fuser -cu /mnt"), { output: `/mnt: ${p}c(root)\n`, status: 0 });
  // standard output has the pids alone
  assert.equal(run("fuser -c /mnt 2>/dev/null"), { output: p, status: 0 });
  assert.equal(run("fuser -c /mnt/proj"), { output: "/mnt/proj: fuser: Invalid argument\n", status: 1 });
  // -k ends it, and then the lofs comes off
  assert.ok(run("fuser -ck /mnt 2>/dev/null; sleep 1; umount /mnt; echo $?").output.startsWith(`${p}0\n`));
  assert.ok([undefined, "zombie"].includes(sched(pid)), "the sleep was killed");
});

t("fuser -c / lists the system newest first: daemons by their text (tm), cron in /var, kernel processes by cwd", () => {
  const { s, run } = lab();
  const out = run("fuser -c /var").output;
  const cron = [...s.machine.procs()].find((p) => p.argv[0] === "/usr/sbin/cron")!;
  assert.is(out, `/var: ${String(cron.pid).padStart(8)}c\n`);
  const all = run("fuser -c / 2>&1").output;
  assert.ok(/ +1ctm /.test(all), "init: cwd, text, mapped");
  assert.ok(/ +487tm /.test(all), "cron works in /var");
  assert.ok(all.indexOf(" 1ctm ") < all.indexOf(" 8c "), "newest first: init was made after the kernel's own");
  assert.ok(all.endsWith("       0c\n"), "sched, the oldest, last");
});

t("fuser's argument errors and groups of options", () => {
  const { run } = lab();
  const cases: [string, string, number][] = [
    ["fuser", USAGE, 1],
    ["fuser -x /", "fuser: illegal option -- x\nIllegal option ?.\n" + USAGE, 1],
    ["fuser -s", "fuser: option requires an argument -- s\nIllegal option ?.\n" + USAGE, 1],
    ["fuser -s FOO /", "Invalid signal FOO\n" + USAGE, 1],
    ["fuser -s hup /var", "Invalid signal hup\n" + USAGE, 1],
    ["fuser -c -f /", "Use only one of the following options : -c, -f, -d\n" + USAGE, 1],
    ["fuser -u -u /", USAGE, 1],
    ["fuser - /var", "fuser: incorrect use of -\n" + USAGE, 1],
    ["fuser /var -c", "/var: \nfuser: missing file name\n" + USAGE, 1],
    ["fuser /nofile /var", "/nofile: fuser: No such file or directory\n/var: \n", 1],
    ["fuser -d /var", "/var: fuser: Invalid argument\n", 1],
    ["fuser -c /dev/null", "/dev/null: fuser: Invalid argument\n", 1],
    ["fuser -n -c /var", "/var: \n", 0],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
  // a group per file: -c for /var, then the options cleared by a lone -
  const cron = "     487";
  assert.equal(run("fuser -c /var - /var"), { output: `/var: ${cron}c\n/var: \n`, status: 0 });
  assert.equal(run("fuser -s HUP -c /var -f /var"), { output: `/var: ${cron}c\n/var: \n`, status: 0 });
});

t("fuser on devices: a mounted lofi device reports its file system; the terminal is open and controlling", () => {
  const { s, run, newest } = lab();
  run("lofiadm -a /export/iso/sol-11_1-repo.iso; mount -F hsfs /dev/lofi/1 /mnt; cd /mnt; sleep 1000 &");
  const pid = String(newest("sleep").pid).padStart(8);
  const shell = String(s.proc.pid).padStart(8);
  run("cd /");
  assert.equal(run("fuser /dev/lofi/1"), { output: `/dev/lofi/1: ${pid}c\n`, status: 0 });
  assert.equal(run("fuser -f /dev/lofi/1"), { output: "/dev/lofi/1: \n", status: 0 });
  const me = run("fuser /dev/pts/1").output;
  assert.ok(me.startsWith("/dev/pts/1: ") && me.includes(`${pid}oy`) && me.endsWith(`${shell}oy\n`), me);
  assert.ok(run("fuser -d /dev/pts/1").output.endsWith(`${shell}oy\n`));
});

t("pfiles: the shell's terminal, a background command's files and pipe, exact lines", () => {
  const { s, run, newest } = lab();
  const tty = statLine(s, 0, "/dev/pts/1", "S_IFCHR");
  assert.ok(tty.endsWith(" uid:0 gid:7 rdev:26,1\n") && tty.includes("mode:0620"), tty);
  const out = run("pfiles $$").output;
  const offset = /offset:([0-9]+)/.exec(out)![1];
  const fd = (n: number) => statLine(s, n, "/dev/pts/1", "S_IFCHR") + `      O_RDWR|O_NOCTTY|O_LARGEFILE\n      /dev/pts/1\n      offset:${offset}\n`;
  assert.is(out, `${s.proc.pid}:\t-bash\n  Current rlimit: 256 file descriptors\n${fd(0)}${fd(1)}${fd(2)}`);
  run("cd /etc; sleep 1000 < vfstab > /tmp/out 2>> /tmp/err &");
  const p = newest("sleep");
  assert.is(
    run(`pfiles ${p.pid}`).output,
    `${p.pid}:\tsleep 1000\n  Current rlimit: 256 file descriptors\n` +
      statLine(s, 0, "/etc/vfstab", "S_IFREG") + "      O_RDONLY|O_LARGEFILE\n      /etc/vfstab\n      offset:0\n" +
      statLine(s, 1, "/tmp/out", "S_IFREG") + "      O_WRONLY|O_CREAT|O_TRUNC|O_LARGEFILE\n      /tmp/out\n      offset:0\n" +
      statLine(s, 2, "/tmp/err", "S_IFREG") + "      O_WRONLY|O_APPEND|O_CREAT|O_LARGEFILE\n      /tmp/err\n      offset:0\n",
  );
  // a removed file keeps its descriptor but has no path (and so no offset line)
  assert.ok(run(`rm /tmp/out; pfiles -n ${p.pid}; pfiles ${p.pid} | grep -c /tmp/`).output.endsWith("1\n"));
  run("sleep 1000 | sleep 1001 &");
  const reader = newest("sleep");
  assert.is(run(`pfiles ${reader.pid} | sed -n 3,4p`).output, `   0: S_IFIFO mode:0000 dev:540,0 ino:${(reader.fds.get(0) as PipeEnd).pipe.id} uid:0 gid:0 size:0\n      O_RDWR|O_LARGEFILE\n`);
});

t("pfiles: system processes, its errors and status, another user's process", () => {
  const { s, run } = lab();
  assert.equal(run("pfiles 0 999 abc /proc/1 01"), {
    output: "0:\tsched\n  [system process]\npfiles: cannot examine 999: no such process\npfiles: cannot examine abc: no such process\n1:\t/usr/sbin/init\n  Current rlimit: 256 file descriptors\npfiles: cannot examine 01: no such process\n",
    status: 3,
  });
  assert.equal(run("pfiles"), { output: "usage:\tpfiles [-F] pid ...\n  (report open files of each process)\n  -F: force grabbing of the target process\n", status: 2 });
  assert.equal(run("pfiles -x 1").output.split("\n")[0], "pfiles: illegal option -- x");
  s.sys.proc.uid = 100;
  assert.equal(run("pfiles 1"), { output: "pfiles: permission denied: 1\n", status: 1 });
});

t.run();
