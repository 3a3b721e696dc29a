// The BSD machine's base: the OS registry, the boot (disk, fstab mounted in order, /dev, /etc,
// /usr/include), device numbers and fsids, and sh's dialect and messages as a session shows them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, UnsupportedOs } from "../../engine/session.js";
import { osEntry } from "../../engine/os/index.js";
import { BUILT_OS, notBuiltMessage } from "../../engine/os/names.js";
import { bsdDev, bsdFsidPolicy } from "../../engine/os/bsd/devt.js";
import { mountFstab, parseFstab } from "../../engine/os/bsd/fstab.js";
import { bsdCommandTable } from "../../engine/os/bsd/index.js";
import { bsdPersonality } from "../../engine/os/bsd/personality.js";
import { bsdCommonCatalog } from "../../engine/os/bsd/catalog-common.js";
import { aixCommonCatalog } from "../../engine/os/aix/catalog-common.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";

const bsd = () => createSession({ os: "bsd" });
const run = (s: ReturnType<typeof bsd>, line: string) => runLine(s, line);

test("the registry boots every system it names; any other name is not built, with one message", () => {
  for (const name of BUILT_OS) assert.is(osEntry(name).name, name);
  assert.throws(() => osEntry("hpux"), (e: Error) => e instanceof UnsupportedOs && e.message === notBuiltMessage("hpux"));
  assert.throws(() => createSession({ os: "hpux" as "aix" }), /^the hpux machine is not built yet; available: aix, bsd, solaris$/);
  assert.is(createSession().machine.os, "aix");
});

test("boot: / on wd0a and /usr on wd0h (ufs), mounted in fstab's order; st_dev is the partition's dev_t; the daemons keep them busy", () => {
  const s = bsd();
  const m = s.machine;
  assert.equal(m.mounts.all().map((x) => [x.path, x.special, x.vfs.type]), [["/", "/dev/wd0a", "ufs"], ["/usr", "/dev/wd0h", "ufs"]]);
  assert.is(s.sys.stat("/etc/fstab").fsid, bsdDev(3, 0, 0));
  assert.is(s.sys.stat("/usr/include/stdio.h").fsid, 3145735);
  assert.equal(s.sys.stat("/dev/wd0h").rdev, { major: 3, minor: 7 });
  assert.equal(s.sys.stat("/dev/zero").rdev, { major: 2, minor: 12 });
  assert.is(s.sys.stat("/tmp").mode & 0o7777, 0o1777);
  assert.is(run(s, "head -c 3 /dev/zero | tr '\\000' z").output, "zzz");
  assert.equal(m.checkInvariants(), []);
  for (const path of ["/", "/usr"]) assert.throws(() => s.sys.umount(m.mounts.all().find((x) => x.path === path)!), /EBUSY/, path);
});

test("mount -a: / is skipped, the others mount in file order; a failing entry does not stop the next", () => {
  const s = bsd();
  // the daemons' programs keep /usr busy: let them go for the test
  for (const p of s.machine.procs()) p.text = null;
  s.sys.umount(s.machine.mounts.all().find((x) => x.path === "/usr")!);
  s.sys.mkdirp("/mnt/a");
  const failed = mountFstab(s.sys, "# a comment\n/dev/wd0a / ufs rw 1 1\n/dev/wd0c /mnt/a ufs rw 1 2\n/dev/wd0h /usr ufs rw 1 2\n/dev/wd0b none swap sw 0 0\n");
  assert.equal(failed.map((f) => [f.entry.spec, f.errno]), [["/dev/wd0c", "EINVAL"]]);
  assert.equal(s.machine.mounts.all().map((x) => x.path), ["/", "/usr"]);
  assert.equal(mountFstab(s.sys, "/dev/wd0h /mnt/a ufs rw 0 0\n").map((f) => f.errno), ["EBUSY"]);
  assert.equal(parseFstab("/dev/wd0a / ufs\n")[0], { spec: "/dev/wd0a", file: "/", vfstype: "ufs", mntops: "rw", freq: 0, passno: 0 });
});

test("fsids of file systems with no device: 4.4BSD vfs_getnewfsid (makedev(nblkdev + type, mntid))", () => {
  const s = bsd();
  const m = s.machine;
  assert.is(m.newFsid("null"), bsdDev(41, 0, 1));
  // not taken until mounted: the same id again
  assert.is(m.newFsid("null"), bsdDev(41, 0, 1));
  const vfs = new MemVfs({ clock: m.clock, newFsid: () => m.newFsid("null") }, { type: "null", sizeBlocks: 8 });
  s.sys.mkdirp("/mnt/n");
  m.mounts.add({ vfs, covered: s.sys.resolve("/mnt/n"), path: "/mnt/n", special: "/usr", options: "", time: 0 });
  assert.is(m.newFsid("null"), bsdDev(41, 0, 2));
  assert.is(m.newFsid("umap"), bsdDev(42, 0, 2));
  assert.is(bsdFsidPolicy(m)(1, "cd9660"), bsdDev(46, 0, 1));
});

test("root's login: sh on ttyp0 in /root, BSD/OS's PATH; uname, id, hostname in BSD's forms", () => {
  const s = bsd();
  assert.is(s.prompt(), "# ");
  assert.is(run(s, "pwd; echo $SHELL; echo $PATH; tty 2>/dev/null; hostname").output.split("\n").slice(0, 3).join("|"), "/root|/bin/sh|/sbin:/usr/sbin:/bin:/usr/bin:/usr/contrib/sbin:/usr/contrib/bin:/usr/X11/bin");
  assert.is(run(s, "uname").output, "BSD/OS\n");
  assert.is(run(s, "uname -mrs").output, "BSD/OS 4.3 i386\n");
  assert.is(run(s, "uname -v").output, "BSDI BSD/OS 4.3 Kernel #0: Thu Jan 30 16:28:37 MST 2003     polk@demo.BSDI.COM:/usr/src/sys/compile/GENERIC \n");
  assert.is(run(s, "id").output, "uid=0(root) gid=0(wheel) groups=0(wheel), 2(kmem), 3(sys), 4(tty), 5(operator), 20(staff)\n");
  assert.is(run(s, "id -G; id -gn; id -un; id daemon").output, "0 2 3 4 5 20\nwheel\nroot\nuid=1(daemon) gid=1(daemon) groups=1(daemon)\n");
  assert.equal(run(s, "id nobody2"), { output: "id: nobody2: no such user\n", status: 1 });
  assert.is(run(s, "whoami").output, "root\n");
});

test("sh: not found (status 1), cd, redirections, syntax errors as ash prints them", () => {
  const s = bsd();
  assert.equal(run(s, "nosuch"), { output: "nosuch: not found\n", status: 1 });
  assert.equal(run(s, "print hi"), { output: "print: not found\n", status: 1 });
  // error() in a built-in: status 2 (eval.c evalcommand)
  assert.equal(run(s, "cd /etc/fstab"), { output: "cd: can't cd to /etc/fstab\n", status: 2 });
  assert.is(run(s, "cat < /none").output, "cannot open /none: no such file\n");
  assert.is(run(s, "echo x > /none/x").output, "cannot create /none/x: directory nonexistent\n");
  assert.is(run(s, "echo x > /etc").output, "cannot create /etc: is a directory\n");
  assert.is(run(s, "echo x > /dev/tty").output, "cannot create /dev/tty: no such device or address\n");
  assert.is(run(s, "echo )").output, 'Syntax error: ")" unexpected\n');
  assert.is(run(s, "done").output, 'Syntax error: "done" unexpected\n');
  assert.is(run(s, "echo a |").output, "Syntax error: newline unexpected\n");
  assert.is(run(s, "sh -c 'if true; then echo'").output, 'Syntax error: end of file unexpected (expecting "fi")\n');
  assert.is(run(s, "sh -c 'echo \"x'").output, "Syntax error: Unterminated quoted string\n");
  assert.is(run(s, "chdir /usr/include; pwd").output, "/usr/include\n");
  assert.equal(run(s, "times"), { output: "times: not found\n", status: 1 });
});

test("kill is /bin/kill: sys_signame's list, no jobs, warn()'s lines", () => {
  const s = bsd();
  assert.is(run(s, "kill -l").output, "hup int quit ill trap abrt emt fpe kill bus segv sys pipe alrm term urg\nstop tstp cont chld ttin ttou io xcpu xfsz vtalrm prof winch info usr1 usr2\n");
  assert.is(run(s, "kill -l 143; kill -l 9; kill -l 0").output, "term\nkill\nSignal 0\n");
  assert.equal(run(s, "kill %1"), { output: "kill: illegal process id: %1\n", status: 1 });
  assert.equal(run(s, "kill 29999"), { output: "kill: 29999: No such process\n", status: 1 });
  assert.is(run(s, "kill -FOO 1").output.split("\n")[0], "kill: unknown signal FOO; valid signals:");
  assert.is(run(s, "kill").output, "usage: kill [-s signal_name] pid ...\n       kill -l [exit_status]\n       kill -signal_name pid ...\n       kill -signal_number pid ...\n");
  // a shell that is not interactive says how each process it reaps ended (jobs.c dowait), with
  // its pid when it is not the foreground job's
  const r = run(s, "sh -c 'sleep 100 & kill -s TERM $!; wait $!; echo $?'");
  assert.match(r.output, /^[0-9]+: Terminated\n143\n$/);
});

test("ps: BSD/OS's layouts, -ax with the daemons, -u, a command cut at 79 columns", () => {
  const s = bsd();
  const lines = run(s, "ps -ax").output.split("\n");
  assert.is(lines[0], "  PID  TT  STAT      TIME COMMAND");
  assert.is(lines[1], "    1  ??  Is     0:00.03 /sbin/init --");
  assert.ok(lines.includes("  112  ??  Ss     0:00.00 sshd: root@ttyp0 (sshd)"), lines.join("\n"));
  assert.ok(lines.includes("  113  p0  Ss     0:00.00 -sh (sh)"), lines.join("\n"));
  assert.match(run(s, "ps").output, /^  PID  TT  STAT      TIME COMMAND\n  113  p0  Ss     0:00\.00 -sh \(sh\)\n  \d+  p0  R\+     0:00\.00 ps\n$/);
  assert.is(run(s, "ps u").output.split("\n")[0]!, "USER       PID %CPU %MEM   VSZ  RSS  TT  STAT STARTED       TIME COMMAND");
  assert.is(run(s, "ps -l").output.split("\n")[0]!, "  UID   PID  PPID CPU PRI NI   VSZ  RSS WCHAN  STAT  TT       TIME COMMAND");
  assert.is(run(s, "ps -j").output.split("\n")[0]!, "USER       PID  PPID  PGID   SESS JOBC STAT  TT       TIME COMMAND");
  // ps 71 is ps -p71 (kludge_oldps_options), whatever the process's terminal
  assert.is(run(s, "ps 71").output.split("\n")[1]!, "   71  ??  Is     0:00.06 sendmail: accepting connections (sendmail)");
  // the command is cut at 79 columns (no terminal on standard output)
  const cut = run(s, "ps -p 113 | tail -1").output;
  assert.is(cut, "  113  p0  Ss     0:00.00 -sh (sh)\n");
});

test("the BSD table: common commands at their BSD places, ksh's own ones absent, BSD's win", () => {
  const t = bsdCommandTable();
  assert.is(t.get("ls")?.path, "/bin/ls");
  assert.is(t.get("grep")?.path, "/usr/bin/grep");
  assert.is(t.get("kill")?.path, "/bin/kill");
  assert.is(t.get("jobs")?.path, undefined);
  for (const gone of ["print", "typeset", "whence", "pg", "lsdev", "odmget"]) assert.is(t.has(gone), false, gone);
  const s = bsd();
  assert.is(run(s, "ls -l /bin/ls | cut -c1-10").output, "-r-xr-xr-x\n");
});

/** ids the machine's part owns: sh's, its built-ins', and kill, id, uname, hostname */
const OWN = /^(sh|ksh|cd|pwd|exit|export|set|read|trap|alias|unalias|ulimit|kill|uname|hostname|lab|help)\./;
/** the common commands BSD/OS does not have: their ids need no BSD text */
const ABSENT = /^(print|typeset|whence|pg)\./;

test("catalog: every id the common commands use on AIX has a BSD text", () => {
  const cat = bsdPersonality(bsdCommandTable()).catalog;
  const need = Object.keys(aixCommonCatalog).filter((id) => !ABSENT.test(id));
  assert.equal(need.filter((id) => OWN.test(id) && !(id in cat)), [], "the machine's own ids");
  // the common commands' texts come from catalog-common.ts (its part); checked once it is filled
  if (Object.keys(bsdCommonCatalog).length > 0) assert.equal(need.filter((id) => !(id in cat)), [], "ids without a BSD text");
});

test("the AIX machine is unchanged: ksh on pts/0, its messages and its kill", () => {
  const s = createSession();
  assert.equal(run(s, "nosuch"), { output: "ksh: nosuch:  not found.\n", status: 127 });
  assert.is(s.tty.name, "pts/0");
  assert.is(run(s, "kill -l 9").output, "KILL\n");
});

test.run();
