// Solaris 11.1's /usr/bin/stat (GNU coreutils 8.5): the default layout of a file, a directory, a
// symbolic link and a device, a file through a lofs (its real file system's device, ls -i's
// inode), -f, -c and --printf, the errors and their statuses. Device numbers are the kernel's
// (the fsid of the file system, cmpldev form); the expected lines are built from machine state.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { formatDate } from "../../../engine/userland/common/strftime.js";
import { solarisMajor, solarisMinor } from "../../../engine/os/solaris/devt.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
type S = ReturnType<typeof sol>;
const is = (s: S, line: string, output: string, status: number) => assert.equal(runLine(s, line), { output, status }, line);
const fsidOf = (s: S, path: string) => s.machine.mounts.all().find((m) => m.path === path)!.vfs.fsid;
const dev = (fsid: number) => `${fsid.toString(16)}h/${fsid}d`;
const inode = (s: S, path: string) => runLine(s, `ls -id ${path}`).output.trim().split(/\s+/)[0]!;
/** the three time lines of a file in / from its vnode's times */
const times = (s: S, name: string) => {
  const a = s.machine.mounts.all().find((m) => m.path === "/")!.vfs.root().lookup(name).getattr();
  const t = (v: number) => formatDate("%Y-%m-%d %H:%M:%S", v, "UTC") + ".000000000 +0000";
  return `Access: ${t(a.atime)}\nModify: ${t(a.mtime)}\nChange: ${t(a.ctime)}\n`;
};

test("a regular file: `name', size, blocks, the zfs dataset's device, ls -i's inode, no Birth line", () => {
  const s = sol();
  runLine(s, "echo hello > /f");
  const ino = inode(s, "/f");
  is(s, "stat /f",
    "  File: `/f'\n" +
    `  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\n` +
    `Device: ${dev(fsidOf(s, "/"))}\tInode: ${ino.padEnd(10)}  Links: 1\n` +
    "Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n" + times(s, "f"), 0);
  assert.is(dev(fsidOf(s, "/")), "4010002h/67174402d");
});

test("a directory, an empty file and a symlink (`l' -> `target')", () => {
  const s = sol();
  runLine(s, "mkdir /d; : > /e; ln -s /etc/passwd /l");
  assert.match(runLine(s, "stat /d").output, /^  File: `\/d'\n  Size: 2         \tBlocks: \d+ +IO Block: 4096   directory\n/);
  assert.match(runLine(s, "stat /d").output, /\nAccess: \(0755\/drwxr-xr-x\)  Uid: /);
  is(s, "stat -c %F /e", "regular empty file\n", 0);
  const out = runLine(s, "stat /l").output;
  assert.ok(out.startsWith("  File: `/l' -> `/etc/passwd'\n  Size: 11        \tBlocks: "), out);
  assert.ok(out.includes("   symbolic link\n") && out.includes("(0777/lrwxrwxrwx)"), out);
  is(s, "stat -L -c '%N %F %i' /l", `\`/l' regular file ${inode(s, "/etc/passwd")}\n`, 0);
});

test("/dev/null: a symlink into /devices; with -L the device with Device type: major,minor in hex", () => {
  const s = sol();
  const d = fsidOf(s, "/devices");
  const rdev = runLine(s, "ls -lL /dev/null").output.match(/(\d+),\s+(\d+)/)!;
  const out = runLine(s, "stat -L /dev/null").output;
  assert.is(out.split("\n").slice(0, 4).join("\n"),
    "  File: `/dev/null'\n  Size: 0         \tBlocks: 0          IO Block: 4096   character special file\n" +
    `Device: ${dev(d)}\tInode: ${inode(s, "/devices/pseudo/mm@0:null").padEnd(10)}  Links: 1     Device type: ${Number(rdev[1]).toString(16)},${Number(rdev[2]).toString(16)}\n` +
    "Access: (0666/crw-rw-rw-)  Uid: (    0/    root)   Gid: (    0/    root)");
  assert.match(runLine(s, "stat /dev/null").output, /^  File: `\/dev\/null' -> `\.\.\/devices\/pseudo\/mm@0:null'\n/);
  assert.is(solarisMajor(d), 0x228);
  assert.is(solarisMinor(d), 1);
});

test("through a lofs: the real file system's device and inode (lofs has no device of its own)", () => {
  const s = sol();
  runLine(s, "mkdir /mnt; mount -F lofs /etc /mnt");
  is(s, "stat -c '%d %D %i %n' /mnt/passwd /etc/passwd",
    `${fsidOf(s, "/")} ${fsidOf(s, "/").toString(16)} ${inode(s, "/etc/passwd")} /mnt/passwd\n${fsidOf(s, "/")} ${fsidOf(s, "/").toString(16)} ${inode(s, "/etc/passwd")} /etc/passwd\n`, 0);
  is(s, "stat -c %i /mnt/passwd", inode(s, "/mnt/passwd") + "\n", 0);
  is(s, "stat -f -c '%i %T' /mnt", `${fsidOf(s, "/").toString(16)} zfs\n`, 0);
});

test("-f: the file system of the file (statvfs), `File: \"name\"', ID in hex, type zfs or tmpfs", () => {
  const s = sol();
  const st = s.machine.mounts.all().find((m) => m.path === "/tmp")!.vfs.statfs();
  is(s, "stat -f /tmp",
    '  File: "/tmp"\n' +
    `    ID: ${fsidOf(s, "/tmp").toString(16).padEnd(8)} Namelen: 255     Type: tmpfs\n` +
    `Block size: 4096       Fundamental block size: ${st.bsize}\n` +
    `Blocks: Total: ${String(st.blocks).padEnd(10)} Free: ${String(st.bfree).padEnd(10)} Available: ${st.bavail}\n` +
    `Inodes: Total: ${String(st.files).padEnd(10)} Free: ${st.ffree}\n`, 0);
  assert.match(runLine(s, "stat -f /").output, /^  File: "\/"\n    ID: 4010002  Namelen: 255     Type: zfs\nBlock size: 131072 /);
  is(s, "stat -f /nosuch", "stat: cannot read file system information for `/nosuch': No such file or directory\n", 1);
});

test("-c and --printf: widths, octal, hex, names; -c adds the newline, --printf reads escapes; unknown is ?", () => {
  const s = sol();
  runLine(s, "echo abc > /g; chmod 4750 /g");
  is(s, "stat -c '[%5s][%-4h][%04a][%A][%f][%U:%G][%u:%g][%B][%j]' /g", "[    4][1   ][4750][-rwsr-x---][89e8][root:root][0:0][512][?]\n", 0);
  is(s, "stat --printf '%n\\t%s\\101\\n' /g", "/g\t4A\n", 0);
  is(s, "stat --format=%n /g /g", "/g\n/g\n", 0);
  assert.match(runLine(s, "stat -c '%X %y' /g").output, /^13855345\d\d 2013-11-27 06:43:\d\d\.000000000 \+0000\n$/);
  is(s, "stat -c %% /g", "%\n", 0);
  is(s, "stat -c 'a%-%b' /g", "stat: %-%: invalid directive\na", 1);
});

test("errors: a missing file (status 1, the others still shown), no operand, bad options", () => {
  const s = sol();
  is(s, "stat -c %n /x /etc", "stat: cannot stat `/x': No such file or directory\n/etc\n", 1);
  is(s, "stat", "stat: missing operand\nTry `stat --help' for more information.\n", 1);
  is(s, "stat -q /", "stat: invalid option -- 'q'\nTry `stat --help' for more information.\n", 1);
  is(s, "stat --nope /", "stat: unrecognized option '--nope'\nTry `stat --help' for more information.\n", 1);
  is(s, "stat -c", "stat: option requires an argument -- 'c'\nTry `stat --help' for more information.\n", 1);
  is(s, "stat --terse=1 /", "stat: option '--terse' doesn't allow an argument\nTry `stat --help' for more information.\n", 1);
  is(s, "stat /etc -c %n", "/etc\n", 0);
  is(s, "which stat", "/usr/bin/stat\n", 0);
  assert.match(runLine(s, "stat --help").output, /^Usage: stat \[OPTION\]\.\.\. FILE\.\.\.\n/);
});

test.run();
