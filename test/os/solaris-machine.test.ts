// The Solaris machine's base: the registry, the boot (zfs datasets, pseudo file systems and /tmp in
// 11.1's order, /etc/mnttab answered from the mount table, vfstab, /dev links), device numbers and
// fsids (cmpldev, zfs minors, tmpfs), the daemons holding / and /var, and bash's lines as a session
// shows them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { osEntry } from "../../engine/os/index.js";
import { solarisDev, solarisMajor, solarisMinor } from "../../engine/os/solaris/devt.js";
import { mnttabText } from "../../engine/os/solaris/mntfs.js";
import { bashPrompt } from "../../engine/os/solaris/personality.js";
import { solarisCommandTable } from "../../engine/os/solaris/index.js";
import { ShellEnv } from "../../engine/userland/sh/env.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const run = (s: ReturnType<typeof sol>, line: string) => runLine(s, line);

test("the registry boots solaris: Oracle Solaris 11.1", () => {
  assert.is(osEntry("solaris").name, "solaris");
  assert.is(osEntry("solaris").title, "Oracle Solaris 11.1");
  assert.is(sol().machine.os, "solaris");
});

test("boot: the zfs datasets, the pseudo file systems and /tmp in 11.1's mnttab order", () => {
  const m = sol().machine;
  assert.equal(
    m.mounts.all().map((x) => `${x.special} ${x.path} ${x.data?.["type"]}`),
    [
      "rpool/ROOT/solaris / zfs", "/devices /devices devfs", "/dev /dev dev", "ctfs /system/contract ctfs", "proc /proc proc",
      "mnttab /etc/mnttab mntfs", "swap /system/volatile tmpfs", "objfs /system/object objfs",
      "sharefs /etc/dfs/sharetab sharefs", "/usr/lib/libc/libc_hwcap1.so.1 /lib/libc.so.1 lofs", "fd /dev/fd fd",
      "rpool/ROOT/solaris/var /var zfs", "swap /tmp tmpfs", "rpool/VARSHARE /var/share zfs", "rpool/export /export zfs",
      "rpool/export/home /export/home zfs", "rpool /rpool zfs",
    ],
  );
  assert.equal(m.checkInvariants(), []);
});

test("st_dev: cmpldev (14-bit major, 18-bit minor); zfs from minor 0x10001 (the boot environment is 4010002), tmpfs from 1", () => {
  const s = sol();
  assert.is(solarisDev(0x100, 0x10002), 0x4010002);
  assert.equal([solarisMajor(0x5100002), solarisMinor(0x5100002)], [0x144, 2]);
  assert.is(s.sys.stat("/etc/vfstab").fsid, 0x4010002);
  assert.is(s.sys.stat("/usr/bin/ls").fsid, 0x4010002);
  assert.is(s.sys.stat("/rpool").fsid, 0x4010001);
  assert.is(s.sys.stat("/export/home").fsid, 0x4010006);
  assert.is(s.sys.stat("/tmp").fsid, 0x5100002);
  assert.is(s.sys.stat("/tmp").mode & 0o7777, 0o1777);
  // a new tmpfs mount takes the next tmpfs minor
  s.sys.mkdirp("/mnt/t");
  s.sys.mount({ type: "tmpfs", special: "swap", dir: "/mnt/t", readonly: false, optionString: "xattr", options: [], overlay: false });
  assert.is(s.sys.stat("/mnt/t").fsid, 0x5100003);
});

test("/etc/mnttab is mntfs: read-only, and every read is the mount table as it is now (mount -m leaves no line)", () => {
  const s = sol();
  const first = run(s, "head -1 /etc/mnttab").output;
  assert.is(first, `rpool/ROOT/solaris\t/\tzfs\tdev=4010002\t0\n`);
  assert.is(run(s, "grep /tmp /etc/mnttab | cut -f1-4").output, "swap\t/tmp\ttmpfs\txattr,dev=5100002\n");
  s.sys.mkdirp("/mnt/t");
  s.sys.mount({ type: "tmpfs", special: "swap", dir: "/mnt/t", readonly: false, optionString: "", options: [], overlay: false });
  assert.is(run(s, "grep /mnt/t /etc/mnttab | cut -f1-4").output, "swap\t/mnt/t\ttmpfs\tdev=5100003\n");
  s.sys.umount(s.machine.mounts.all().find((x) => x.path === "/mnt/t")!);
  assert.is(run(s, "grep -c /mnt/t /etc/mnttab").output, "0\n");
  s.sys.mkdirp("/mnt/u");
  s.sys.mount({ type: "tmpfs", special: "swap", dir: "/mnt/u", readonly: false, optionString: "", options: [], overlay: false, data: { nomnttab: true } });
  assert.not.ok(mnttabText(s.machine).includes("/mnt/u"));
  assert.equal(run(s, "echo x > /etc/mnttab"), { output: "-bash: /etc/mnttab: Read-only file system\n", status: 1 });
  assert.is(run(s, "wc -l < /etc/mnttab").output.trim(), String(s.machine.mounts.all().length - 1));
});

test("the daemons' programs keep / and /var busy (cron works in /var/spool/cron/crontabs)", () => {
  const s = sol();
  for (const path of ["/", "/var"]) assert.throws(() => s.sys.umount(s.machine.mounts.all().find((x) => x.path === path)!), /EBUSY/, path);
  const cron = [...s.machine.procs()].find((p) => p.argv[0] === "/usr/sbin/cron")!;
  assert.is(cron.cwd, s.sys.resolve("/var/spool/cron/crontabs"));
  assert.equal(["svc.startd", "svc.configd", "init"].map((n) => [...s.machine.procs()].some((p) => p.name === n)), [true, true, true]);
});

test("the tree: vfstab as 11.1 writes it, /export/home, /dev links into /devices, root's bash", () => {
  const s = sol();
  assert.is(run(s, "grep swap /etc/vfstab").output, "swap\t\t-\t\t/tmp\t\ttmpfs\t-\tyes\t-\n/dev/zvol/dsk/rpool/swap\t-\t\t-\t\tswap\t-\tno\t-\n");
  // home, and the lab's sample ISO for lofiadm (iso)
  assert.is(run(s, "ls /export").output, "home  iso\n");
  assert.is(run(s, "grep '^root:' /etc/passwd").output, "root:x:0:0:Super-User:/root:/usr/bin/bash\n");
  assert.is(run(s, "ls -l /dev/null").output, "lrwxrwxrwx   1 root     root          27 Nov 27 06:43 /dev/null -> ../devices/pseudo/mm@0:null\n");
  assert.is(run(s, "ls -lL /dev/null").output, "crw-rw-rw-   1 root     root      13,  2 Nov 27 06:43 /dev/null\n");
  // Solaris 11.1's head has no -c (head: illegal option -- c): dd reads the three bytes
  assert.is(run(s, "dd if=/dev/zero bs=3 count=1 2>/dev/null | wc -c").output.trim(), "3");
  assert.is(run(s, "pwd").output, "/root\n");
});

test("uname, id, hostname, ps as Solaris prints them", () => {
  const s = sol();
  assert.equal(run(s, "uname -a"), { output: "SunOS solaris 5.11 11.1 i86pc i386 i86pc\n", status: 0 });
  assert.is(run(s, "uname").output, "SunOS\n");
  assert.is(run(s, "uname -srv").output, "SunOS 5.11 11.1\n");
  assert.equal(run(s, "uname -o"), { output: "uname: illegal option -- o\nusage:\tuname [-snrvmapiX]\n\tuname [-S system_name]\n", status: 1 });
  assert.is(run(s, "id").output, "uid=0(root) gid=0(root)\n");
  assert.is(run(s, "id -a").output, "uid=0(root) gid=0(root) groups=0(root),1(other),2(bin),3(sys),4(adm),5(uucp),6(mail),7(tty),8(lp),9(nuucp),12(daemon)\n");
  assert.is(run(s, "id -un").output, "root\n");
  assert.is(run(s, "hostname").output, "solaris\n");
  const ps = run(s, "ps -ef").output.split("\n");
  assert.is(ps[0], "     UID   PID  PPID   C    STIME TTY         TIME CMD");
  assert.is(ps[1], "    root     0     0   0   Nov 24 ?           0:01 sched");
  assert.ok(ps.includes("    root    11     1   0   Nov 24 ?           0:02 /lib/svc/bin/svc.startd"));
  assert.ok(ps.includes("    root    13     1   0   Nov 24 ?           0:11 /lib/svc/bin/svc.configd"));
  assert.ok(ps.some((l) => /^    root  \d+  \d+   0 06:43:00 pts\/1       0:00 -bash$/.test(l)), ps.join("\n"));
  assert.match(run(s, "ps").output, /^  PID TTY         TIME CMD\n 10\d\d pts\/1       0:00 bash\n 10\d\d pts\/1       0:00 ps\n$/);
});

test("bash's lines: not found (127), cd, redirections; the prompt is root@solaris:~# ", () => {
  const s = sol();
  assert.equal(run(s, "nosuch"), { output: "-bash: nosuch: command not found\n", status: 127 });
  assert.equal(run(s, "cd /x"), { output: "-bash: cd: /x: No such file or directory\n", status: 1 });
  assert.equal(run(s, "cat < /nonexistent"), { output: "-bash: /nonexistent: No such file or directory\n", status: 1 });
  // bash -c names $0 (bash) and, for a built-in, the line (a -c string's first is line 0)
  assert.equal(run(s, "bash -c 'nosuch; cd /x'"), { output: "bash: nosuch: command not found\nbash: line 0: cd: /x: No such file or directory\n", status: 1 });
  assert.equal(run(s, "ls /nonexistent"), { output: "/nonexistent: No such file or directory\n", status: 2 });
  assert.equal(run(s, "cat /nonexistent"), { output: "cat: cannot open /nonexistent: No such file or directory\n", status: 2 });
  assert.equal(run(s, "mkdir /etc"), { output: 'mkdir: Failed to make directory "/etc"; File exists\n', status: 2 });
  assert.is(s.prompt(), "root@solaris:~# ");
  run(s, "cd /export/home");
  assert.is(s.prompt(), "root@solaris:/export/home# ");
  const env = new ShellEnv({ USER: "joe", HOME: "/export/home/joe", PWD: "/export/home/joe/src" });
  assert.is(bashPrompt("\\u@\\h:\\w\\$ ", { env, lastStatus: 0, exitRequested: null, history: [] }, "box.example.com"), "joe@box:~/src$ ");
});

test("echo: bash's built-in takes -n and -e; /usr/bin/echo is System V's", () => {
  const s = sol();
  assert.is(run(s, "echo -n a; echo 'b\\tc'; echo -e 'd\\te'").output, "ab\\tc\nd\te\n");
  assert.is(run(s, "/usr/bin/echo -n 'x\\ty'").output, "-n x\ty\n");
});

test("the command table: common + Solaris, without ksh88's print and whence; bash is a command", () => {
  const t = solarisCommandTable();
  assert.not.ok(t.has("print"));
  assert.not.ok(t.has("whence"));
  assert.is(t.get("bash")?.path, "/usr/bin/bash");
  assert.ok(sol().sys.exists("/usr/bin/bash"));
});

test.run();
