import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MemVfs } from "../../../engine/kernel/fs/memfs/memfs.js";
import { lab } from "./helpers.js";

const t = suite("file commands");

/** a second file system mounted on /mnt */
function withMount(l: ReturnType<typeof lab>) {
  l.sys.mkdir("/mnt");
  const vfs = new MemVfs(l.machine, { type: "jfs2", sizeBlocks: 65536 });
  l.machine.mounts.add({ vfs, covered: l.sys.resolve("/mnt"), path: "/mnt", special: "/dev/fslv00", options: "rw", time: 0, data: { type: "jfs2" } });
}

t("mkdir: creates with 777 less the umask; errors name the directory or its parent", () => {
  const l = lab();
  assert.is(l.run(["mkdir", "/a", "/b"]).status, 0);
  assert.is(l.sys.stat("/a").mode, 0o755);
  let r = l.run(["mkdir", "/a"]);
  assert.is(r.status, 2);
  assert.is(r.err, "mkdir: 0653-358 Cannot create /a.\n/a: Do not specify an existing file.\n");
  r = l.run(["mkdir", "/x/y/z"]);
  assert.is(r.err, "mkdir: 0653-357 Cannot access directory /x/y.\n/x/y: A file or directory in the path name does not exist.\n");
  l.write("/f", "");
  r = l.run(["mkdir", "/f/g"]);
  assert.is(r.err, "mkdir: 0653-357 Cannot access directory /f.\n/f: A parameter must be a directory.\n");
  l.sys.chdir("/a");
  r = l.run(["mkdir", "q/r"]);
  assert.is(r.err, "mkdir: 0653-357 Cannot access directory q.\nq: A file or directory in the path name does not exist.\n");
});

t("mkdir -p and -m", () => {
  const l = lab();
  assert.is(l.run(["mkdir", "-p", "/x/y/z"]).status, 0);
  assert.is(l.sys.stat("/x/y/z").type, "VDIR");
  assert.is(l.run(["mkdir", "-p", "/x/y"]).status, 0);
  assert.is(l.run(["mkdir", "-m", "700", "/p"]).status, 0);
  assert.is(l.sys.stat("/p").mode, 0o700);
  assert.is(l.run(["mkdir", "-m", "u=rwx,go=x", "/q"]).status, 0);
  assert.is(l.sys.stat("/q").mode, 0o711);
  const r = l.run(["mkdir", "-m", "99", "/bad"]);
  assert.is(r.status, 2);
  assert.ok(r.err.startsWith("0481-013 chmod: A flag or octal number is not correct.\n"));
  assert.not.ok(l.sys.exists("/bad"));
  const u = l.run(["mkdir"]);
  assert.is(u.status, 1);
  assert.is(u.err, "Usage: mkdir [-p] [-m mode] Directory ...\n");
  assert.is(l.run(["mkdir", "-m", "7", "-m", "7", "/z"]).err, "mkdir: 0653-355 Cannot have multiple -m options.\n");
});

t("rmdir: not empty, not a directory, -p", () => {
  const l = lab();
  l.sys.mkdir("/a");
  l.sys.mkdir("/a/b");
  l.write("/a/f", "");
  let r = l.run(["rmdir", "/a"]);
  assert.is(r.status, 2);
  assert.is(r.err, "rmdir: 0653-611 Directory /a is not empty.\n");
  r = l.run(["rmdir", "/a/f"]);
  assert.is(r.err, "rmdir: 0653-609 Cannot remove /a/f.\nA parameter must be a directory.\n");
  r = l.run(["rmdir", "/nope"]);
  assert.is(r.err, "rmdir: 0653-609 Cannot remove /nope.\nA file or directory in the path name does not exist.\n");
  l.sys.unlink("/a/f");
  assert.is(l.run(["rmdir", "-p", "a/b"].map((x, i) => (i === 2 ? "/a/b/" : x))).status, 0);
  assert.not.ok(l.sys.exists("/a"));
  assert.is(l.run(["rmdir"]).err, "Usage: rmdir [-p] DirectoryName...\n");
});

t("rm: files, directories need -r, missing files, -f", () => {
  const l = lab();
  l.write("/f", "x");
  l.sys.mkdir("/d");
  l.sys.mkdir("/d/e");
  l.write("/d/e/g", "y");
  assert.is(l.run(["rm", "/f"]).status, 0);
  assert.not.ok(l.sys.exists("/f"));
  let r = l.run(["rm", "/d"]);
  assert.is(r.status, 2);
  assert.is(r.err, "rm: 0653-603 Cannot remove directory /d.\n");
  r = l.run(["rm", "/nope"]);
  assert.is(r.status, 2);
  assert.is(r.err, "rm: /nope: A file or directory in the path name does not exist.\n");
  assert.equal(l.run(["rm", "-f", "/nope"]), { status: 0, out: "", err: "", bytes: new Uint8Array(0) });
  assert.is(l.run(["rm", "-r", "/d"]).status, 0);
  assert.not.ok(l.sys.exists("/d"));
  r = l.run(["rm", "."]);
  assert.is(r.err, "rm: 0653-600 Cannot remove '.' or '..'.\n");
  assert.is(l.run(["rm"]).err, "Usage: rm [-firRe] [--] File...\n");
  assert.is(l.run(["rm", "-f"]).status, 0);
});

t("rm -i reads the answers from standard input", () => {
  const l = lab();
  l.write("/a", "");
  l.write("/b", "");
  const r = l.run(["rm", "-i", "/a", "/b"], { stdin: "y\nn\n" });
  assert.is(r.err, "rm: Remove /a? rm: Remove /b? ");
  assert.not.ok(l.sys.exists("/a"));
  assert.ok(l.sys.exists("/b"));
});

t("touch: creates, updates to the clock, -c, -t, old date operand, -r", () => {
  const l = lab();
  assert.is(l.run(["touch", "/new"]).status, 0);
  assert.is(l.sys.stat("/new").mtime, 1385534580);
  assert.is(l.sys.stat("/new").mode, 0o644);
  l.machine.clock.advance(100);
  l.run(["touch", "/new"]);
  assert.is(l.sys.stat("/new").mtime, 1385534680);
  assert.is(l.run(["touch", "-c", "/none"]).status, 0);
  assert.not.ok(l.sys.exists("/none"));
  l.run(["touch", "-t", "201001020304.05", "/new"]);
  assert.is(l.sys.stat("/new").mtime, 1262401445);
  l.run(["touch", "0102030410", "/new"]);
  assert.is(l.sys.stat("/new").mtime, 1262401440);
  l.run(["touch", "-m", "-t", "202001010000", "/new"]);
  assert.is(l.sys.stat("/new").mtime, 1577836800);
  assert.is(l.sys.stat("/new").atime, 1262401440);
  l.write("/ref", "");
  l.sys.utimes("/ref", 1000, 2000);
  l.run(["touch", "-r", "/ref", "/new"]);
  assert.is(l.sys.stat("/new").mtime, 2000);
  let r = l.run(["touch", "-t", "99", "/new"]);
  assert.is(r.status, 2);
  assert.is(r.err, "touch: 0652-141 The specified time format is: [[[CC]YY]MMDDhhmm[.SS]].\n");
  r = l.run(["touch", "/nodir/x"]);
  assert.is(r.status, 1);
  assert.is(r.err, "touch: 0652-046 Cannot create /nodir/x.\n");
  r = l.run(["touch"]);
  assert.is(r.status, 2);
  assert.is(r.err, "Usage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...\n");
});

t("ln -s; an existing target needs -f; hard links are not in the lab", () => {
  const l = lab();
  l.write("/f", "x");
  l.sys.mkdir("/d");
  assert.is(l.run(["ln", "-s", "/f", "/l"]).status, 0);
  assert.is(l.sys.readlink("/l"), "/f");
  assert.is(l.run(["ln", "-s", "/f", "/d"]).status, 0);
  assert.is(l.sys.readlink("/d/f"), "/f");
  let r = l.run(["ln", "-s", "/f", "/l"]);
  assert.is(r.status, 1);
  assert.is(r.err, "ln: 0653-421 /l exists.\n    Specify -f to remove /l before linking.\n");
  assert.is(l.run(["ln", "-fs", "/d", "/l"]).status, 0);
  assert.is(l.sys.readlink("/l"), "/d");
  r = l.run(["ln", "/f", "/hard"]);
  assert.is(r.status, 0);
  assert.is(l.sys.stat("/hard").fileid, l.sys.stat("/f").fileid);
  assert.is(l.sys.stat("/f").nlink, 2);
  r = l.run(["ln", "/nope", "/hard"]);
  assert.is(r.err, "ln: /nope: A file or directory in the path name does not exist.\n");
  r = l.run(["ln", "/d", "/hard"]);
  assert.is(r.err, "ln: 0653-423 /d is a directory.  Cannot hard link.\n");
  assert.is(l.run(["ln"]).err, "Usage: ln [-fs] src [target]\n   or: ln [-fs] src1 ... srcN directory\n");
});

t("cp: file to file, into a directory, -r, errors", () => {
  const l = lab();
  l.write("/f", "data\n");
  l.sys.chmod("/f", 0o640);
  l.sys.mkdir("/d");
  assert.is(l.run(["cp", "/f", "/g"]).status, 0);
  assert.is(l.read("/g"), "data\n");
  assert.is(l.sys.stat("/g").mode, 0o640);
  assert.is(l.run(["cp", "/f", "/g", "/d"]).status, 0);
  assert.is(l.read("/d/f"), "data\n");
  let r = l.run(["cp", "/d", "/e"]);
  assert.is(r.status, 1);
  assert.is(r.err, "cp: 0653-436  /d is a directory.\n\tSpecify -r or -R to copy.\n");
  assert.is(l.run(["cp", "-r", "/d", "/e"]).status, 0);
  assert.is(l.read("/e/g"), "data\n");
  r = l.run(["cp", "/nope", "/x"]);
  assert.is(r.err, "cp: /nope: A file or directory in the path name does not exist.\n");
  r = l.run(["cp", "/f", "/f"]);
  assert.is(r.err, "cp: 0653-435  /f and /f are identical (not copied).\n");
  r = l.run(["cp", "/f"]);
  assert.is(r.status, 1);
  assert.is(r.err, "Usage: cp [-fhip] [-r|-R] [--] src target\n   or: cp [-fhip] [-r|-R] [--] src1 ... srcN directory\n");
  r = l.run(["cp", "/f", "/g", "/nodir"]);
  assert.is(r.status, 1);
  r = l.run(["cp", "-r", "-R", "/d", "/q"]);
  assert.is(r.err, "cp: 0653-433 the -R and -r options are mutually exclusive.\n");
  assert.is(l.run(["cp", "-r", "/d", "/d/inner"]).status, 0, "a copy into itself ends");
});

t("cp writes every block of a sparse file, as AIX cp reads and writes them; -p keeps times", () => {
  const l = lab();
  const f = l.sys.open("/sparse", { write: true, create: true });
  f.pos = 10 * 1024 * 1024;
  f.write(new TextEncoder().encode("end"));
  l.sys.utimes("/sparse", 5, 6);
  assert.ok(l.sys.stat("/sparse").blocks <= 16, "the source is sparse");
  assert.is(l.run(["cp", "-p", "/sparse", "/copy"]).status, 0);
  const a = l.sys.stat("/copy");
  assert.is(a.size, 10 * 1024 * 1024 + 3);
  assert.is(a.blocks, (10 * 1024 * 1024 + 4096) / 512, "the copy holds all its blocks");
  assert.is(a.mtime, 6);
  assert.is(l.read("/copy").slice(-3), "end");
});

t("cp of a sparse file that does not fit: ENOSPC and AIX's cp message", () => {
  const l = lab();
  withMount(l); // 32 MB
  const f = l.sys.open("/big", { write: true, create: true });
  f.pos = 64 * 1024 * 1024;
  f.write(new TextEncoder().encode("x"));
  const r = l.run(["cp", "/big", "/mnt/big"], { budget: 100000 });
  assert.is(r.status, 1);
  assert.is(r.err, "cp: /mnt/big: There is not enough space in the file system.\n");
  assert.is(l.sys.statfs("/mnt").bfree, 0, "what fitted was written");
});

t("mv: rename, into a directory, across file systems, errors", () => {
  const l = lab();
  withMount(l);
  l.write("/f", "x");
  l.sys.mkdir("/d");
  assert.is(l.run(["mv", "/f", "/g"]).status, 0);
  assert.ok(l.sys.exists("/g"));
  assert.is(l.run(["mv", "/g", "/d"]).status, 0);
  assert.is(l.read("/d/g"), "x");
  l.sys.utimes("/d/g", 11, 12);
  assert.is(l.run(["mv", "/d/g", "/mnt/g"]).status, 0);
  assert.is(l.read("/mnt/g"), "x");
  assert.is(l.sys.stat("/mnt/g").mtime, 12);
  assert.not.ok(l.sys.exists("/d/g"));
  l.write("/d/h", "y");
  assert.is(l.run(["mv", "/d", "/mnt/d"]).status, 0);
  assert.is(l.read("/mnt/d/h"), "y");
  assert.not.ok(l.sys.exists("/d"));
  const r = l.run(["mv", "/nope", "/x"]);
  assert.is(r.status, 1);
  assert.is(r.err, "mv: 0653-401 Cannot rename /nope to /x:\n\t     A file or directory in the path name does not exist.\n");
  assert.is(l.run(["mv", "/mnt/g", "/mnt/g"]).err, "mv: 0653-405 /mnt/g and /mnt/g are identical.\n");
  assert.is(l.run(["mv", "/x"]).err, "Usage: mv [-i | -f]  [--] src target\n   or: mv [-i | -f]  [--] src1 ... srcN directory\n");
});

t.run();
