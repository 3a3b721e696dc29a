// The BSD file tools: NetBSD 1.6's stat (st_dev read from the kernel, so a file system's own
// device number shows), BSD/OS's fstat over the kernel's process table, and /bin/pwd (getcwd)
// beside the shell's built-in pwd.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MemVfs } from "../../../engine/kernel/fs/memfs/memfs.js";
import { Sys } from "../../../engine/kernel/sys.js";
import { registerLayers } from "../../../engine/kernel/fs/layers.js";
import { bsdDevMajor, bsdMakedev, bsdDevMinor } from "../../../engine/os/bsd/dev.js";
import { bsdLab, bsdSession } from "./files-helpers.js";

const t = suite("BSD tools");

/** a second file system mounted on /mnt: its device number comes from the machine's policy */
function withMount() {
  const l = bsdLab();
  l.sys.mkdirp("/mnt");
  l.sys.mkdirp("/usr/include");
  l.write("/usr/include/stdio.h", "x".repeat(100));
  const vfs = new MemVfs(l.machine, { type: "ffs", sizeBlocks: 2048 });
  l.machine.mounts.add({ vfs, covered: l.sys.resolve("/mnt"), path: "/mnt", special: "/dev/sd0e", options: "rw", time: 0, data: {} });
  l.write("/mnt/f", "hello\n");
  return { ...l, vfs };
}

t("stat's first field is st_dev in decimal, the file system's own device number from the kernel", () => {
  const l = withMount();
  const root = l.sys.stat("/").fsid;
  const mnt = l.sys.stat("/mnt/f").fsid;
  assert.is(mnt, bsdMakedev(255, 2));
  assert.is.not(root, mnt);
  const ino = l.sys.stat("/mnt/f").fileid;
  assert.is(l.run(["stat", "-f", "%d %i", "/usr/include/stdio.h", "/mnt/f"]).out, `${root} ${l.sys.stat("/usr/include/stdio.h").fileid}\n${mnt} ${ino}\n`);
  assert.is(l.run(["stat", "-f", "%Hd,%Ld", "/mnt/f"]).out, `${bsdDevMajor(mnt)},${bsdDevMinor(mnt)}\n`);
});

t("stat: the default line, -s, -r, -l", () => {
  const l = withMount();
  const a = l.sys.stat("/mnt/f");
  const dev = a.fsid;
  const ino = a.fileid;
  assert.is(l.run(["stat", "/mnt/f"]).out, `${dev} ${ino} -rw-r--r-- 1 root wheel 0 6 "Dec  5 20:27:00 2013" "Dec  5 20:27:00 2013" "Dec  5 20:27:00 2013" ${a.blksize} ${a.blocks} 0 /mnt/f\n`);
  const t0 = l.machine.clock.now();
  assert.is(
    l.run(["stat", "-s", "/mnt/f"]).out,
    `st_dev=${dev} st_ino=${ino} st_mode=0100644 st_nlink=1 st_uid=0 st_gid=0 st_rdev=0 st_size=6 st_atime=${t0} st_mtime=${t0} st_ctime=${t0} st_blksize=${a.blksize} st_blocks=${a.blocks} st_flags=0\n`,
  );
  assert.is(l.run(["stat", "-r", "/mnt/f"]).out, `${dev} ${ino} 0100644 1 0 0 0 6 ${t0} ${t0} ${t0} ${a.blksize} ${a.blocks} 0 /mnt/f\n`);
  l.sys.symlink("/mnt/f", "/lnk");
  assert.is(l.run(["stat", "-l", "/lnk"]).out, "lrwxrwxrwx 1 root wheel 6 Dec  5 20:27:00 2013 /lnk -> /mnt/f\n");
  assert.is(l.run(["stat", "-L", "-f", "%N %z", "/lnk"]).out, "/lnk 6\n");
});

t("stat -x: the verbose layout with major,minor of st_dev", () => {
  const l = withMount();
  const a = l.sys.stat("/mnt/f");
  assert.is(
    l.run(["stat", "-x", "/mnt/f"]).out,
    '  File: "/mnt/f"\n' +
      "  Size: 6            FileType: Regular File\n" +
      "  Mode: (0644/-rw-r--r--)         Uid: (    0/    root)  Gid: (    0/   wheel)\n" +
      `Device: 255,2   Inode: ${a.fileid}    Links: 1\n` +
      "Access: Thu Dec  5 20:27:00 2013\nModify: Thu Dec  5 20:27:00 2013\nChange: Thu Dec  5 20:27:00 2013\n",
  );
});

t("stat -f: output kinds, widths, pieces, %T and %Y, -n, and a device's %r", () => {
  const l = withMount();
  l.sys.mkdir("/dev");
  l.sys.mknod("/dev/sd0e", "VBLK", 0o640, { major: 4, minor: 4 });
  const links = l.sys.stat("/mnt").nlink;
  assert.is(
    l.run(["stat", "-f", "%Sp|%Lp|%OLp|%SHp|%#Op|%5l|%-5l|%HT|%T|%Y|%SY", "/mnt"]).out,
    `drwxr-xr-x|755|755|rwx|040755|${String(links).padStart(5)}|${String(links).padEnd(5)}|Directory|/||\n`,
  );
  l.sys.symlink("f", "/mnt/l");
  assert.is(l.run(["stat", "-f", "%Y|%SY|%T", "/mnt/l"]).out, "f| -> f|@\n");
  assert.is(l.run(["stat", "-f", "%#o", "/mnt"]).err, "stat: %#o: bad format\n");
  assert.is(l.run(["stat", "-n", "-f", "%N", "/mnt/f"]).out, "/mnt/f");
  assert.is(l.run(["stat", "-f", "%r %Hr %Lr %Z %Sr", "/dev/sd0e"]).out, `${bsdMakedev(4, 4)} 4 4 4,4 sd0e\n`);
  assert.is(l.run(["stat", "-f", "%Sd", "/mnt/f"]).out, "???\n");
});

t("stat: a file it cannot find, a bad format, two formats", () => {
  const l = withMount();
  let r = l.run(["stat", "/nope", "/mnt/f"]);
  assert.is(r.status, 1);
  assert.is(r.err, "stat: /nope: lstat: No such file or directory\n");
  assert.ok(r.out.endsWith(" /mnt/f\n"));
  assert.is(l.run(["stat", "-L", "/nope"]).err, "stat: /nope: stat: No such file or directory\n");
  assert.is(l.run(["stat", "-q", "/nope"]).err, "");
  r = l.run(["stat", "-f", "a%Qb", "/mnt/f"]);
  assert.equal([r.status, r.err, r.out], [1, "stat: %Q: bad format\n", "a"]);
  assert.is(l.run(["stat", "-f", "%Sz", "/mnt/f"]).err, "stat: %Sz: bad format\n");
  assert.is(l.run(["stat", "-x", "-s", "/mnt/f"]).err, "stat: can't use format 'x' with 's'\n");
  // a field wider than stat.c's buffer is cut there; one that wraps past INT_MAX is a bad format
  assert.is(l.run(["stat", "-f", "%5000d", "/mnt/f"]).out.length, 1028 + 1);
  assert.is(l.run(["stat", "-f", "%2147483648d", "/mnt/f"]).err, "stat: %2147483648d: bad format\n");
  assert.is(l.run(["stat", "-z"]).err, "stat: illegal option -- z\nusage: stat [-FlLnqrsx] [-f format] [-t timefmt] [file ...]\n");
});

t("fstat: the working directory of every process, newest first, its mount point and inode", () => {
  const l = withMount();
  const p = l.machine.sched.create({ ppid: 1, argv: ["/bin/sh"], cwd: l.sys.resolve("/mnt"), root: l.sys.resolve("/") });
  const ino = l.sys.stat("/mnt").fileid;
  const r = l.run(["fstat"]);
  const rows = r.out.split("\n");
  assert.is(rows[0], "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W");
  assert.is(rows[1], `root     sh         ${String(p.pid).padStart(5)}   wd /mnt     ${String(ino).padStart(6)} drwxr-xr-x     256  r`);
  assert.is(rows.at(-2), "root     init           1   wd /             2 drwxr-xr-x     256  r");
});

t("fstat -f /mnt: only the files of that file system; a file operand gets its NAME", () => {
  const l = withMount();
  const p = l.machine.sched.create({ ppid: 1, argv: ["-sh"], cwd: l.sys.resolve("/mnt"), root: l.sys.resolve("/") });
  const pr = new Sys(l.machine, p);
  pr.openFd("/mnt/f", { read: true, write: true });
  const ino = l.sys.stat("/mnt/f").fileid;
  const pid = String(p.pid).padStart(5);
  let r = l.run(["fstat", "-f", "/mnt"]);
  assert.is(
    r.out,
    "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W\n" +
      `root     sh         ${pid}   wd /mnt     ${String(l.sys.stat("/mnt").fileid).padStart(6)} drwxr-xr-x     256  r\n` +
      `root     sh         ${pid}    0 /mnt     ${String(ino).padStart(6)} -rw-r--r--       6 rw\n`,
  );
  r = l.run(["fstat", "/mnt/f"]);
  assert.is(r.out, "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W NAME\n" + `root     sh         ${pid}    0 /mnt     ${String(ino).padStart(6)} -rw-r--r--       6 rw  /mnt/f\n`);
  r = l.run(["fstat", "-n", "-p", String(p.pid)]);
  assert.is(r.out.split("\n")[0], "USER     CMD          PID   FD  DEV    INUM       MODE SZ|DV R/W");
  assert.is(r.out.split("\n")[2], `root     sh         ${pid}    0 255,0,2 ${String(ino).padStart(6)}     100644      6 rw`);
});

/** a null layer: a copy of /usr/include on /mnt/inc (mount_loopback's) */
function withNull() {
  const l = withMount();
  registerLayers(l.machine);
  l.sys.mkdirp("/usr/include/sys");
  l.sys.mkdirp("/mnt/inc");
  l.sys.mount({ type: "loopback", special: "/usr/include", dir: "/mnt/inc", readonly: false, optionString: "", options: [], overlay: true });
  return l;
}

t("stat through a null layer: the same inode, the copy's own device number (from the kernel)", () => {
  const l = withNull();
  const a = l.sys.stat("/usr/include/stdio.h");
  const b = l.sys.stat("/mnt/inc/stdio.h");
  assert.is.not(a.fsid, b.fsid);
  assert.is(l.run(["stat", "-f", "%d %i", "/usr/include/stdio.h", "/mnt/inc/stdio.h"]).out, `${a.fsid} ${a.fileid}\n${b.fsid} ${a.fileid}\n`);
  assert.is(l.run(["stat", "-f", "%Sd", "/mnt/inc/stdio.h"]).out, "???\n");
  assert.is(l.run(["ls", "-i", "/mnt/inc/stdio.h"]).out, `${a.fileid} /mnt/inc/stdio.h\n`);
});

t("fstat: a null layer's vnode is shown by its tag ?(9); fstat -f of the copy finds nothing", () => {
  const l = withNull();
  const p = l.machine.sched.create({ ppid: 1, argv: ["sh"], cwd: l.sys.resolve("/mnt/inc/sys"), root: l.sys.resolve("/") });
  const r = l.run(["fstat", "-p", String(p.pid)]);
  assert.is(r.out.split("\n")[1], `root     sh         ${String(p.pid).padStart(5)}   wd -         -        ?(9)    -`);
  assert.is(l.run(["fstat", "-f", "/mnt/inc"]).out, "USER     CMD          PID   FD MOUNT      INUM MODE         SZ|DV R/W\n");
});

t("/bin/pwd in the copy prints the path in the copy (getcwd works in a null layer)", () => {
  const l = withNull();
  l.sys.chdir("/mnt/inc/sys");
  assert.is(l.run(["/bin/pwd"]).out, "/mnt/inc/sys\n");
});

t("fstat: unknown user, no such process, an operand it cannot stat, usage", () => {
  const l = withMount();
  assert.equal([l.run(["fstat", "-u", "nobody"]).err, l.run(["fstat", "-u", "nobody"]).status], ["fstat: unknown uid: nobody\n", 1]);
  assert.is(l.run(["fstat", "-p", "77777"]).err, "fstat: No such process\n");
  assert.is(l.run(["fstat", "-p", "x"]).err, "fstat: -p requires a process id\nusage: fstat [-fnv] [-p pid] [-u user] [-N system] [-M core] [file ...]\n");
  const r = l.run(["fstat", "/nope"]);
  assert.equal([r.status, r.out, r.err], [1, "", "fstat: /nope: No such file or directory\n"]);
  // kvm_getprocs found none of guest's: err(1, NULL) before the header
  assert.equal(l.run(["fstat", "-u", "guest"]), { status: 1, out: "", err: "fstat: No such process\n" });
});

t("/bin/pwd prints getcwd; through a symlink ash's cd already resolved the link, so sh's pwd agrees", () => {
  const s = bsdSession();
  s.sys.mkdirp("/usr/include/sys");
  s.sys.symlink("/usr/include", "/inc");
  assert.is(s.line("cd /inc/sys").status, 0);
  assert.is(s.line("pwd").output, "/usr/include/sys\n");
  assert.is(s.line("/bin/pwd").output, "/usr/include/sys\n");
  assert.is(s.line("env pwd").output, "/usr/include/sys\n");
  const bad = s.line("/bin/pwd -L");
  assert.equal([bad.status, bad.output], [1, "pwd: illegal option -- L\nusage: pwd\n"]);
  assert.is(s.line("/bin/pwd x").output, "usage: pwd\n");
});

t("getcwd of a directory whose name is gone: pwd: getting current directory", () => {
  const l = withMount();
  l.sys.mkdirp("/tmp/gone");
  l.sys.chdir("/tmp/gone");
  l.sys.rmdir("/tmp/gone");
  const r = l.run(["/bin/pwd"]);
  assert.is(r.status, 1);
  assert.match(r.err, /^pwd: getting current directory: /);
});

t.run();
