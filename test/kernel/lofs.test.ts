// lofs on a bare Solaris machine: each behaviour lofs(7FS) states, checked against the kernel.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { registerLayers } from "../../engine/kernel/fs/layers.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { Sys } from "../../engine/kernel/sys.js";
import type { Machine } from "../../engine/kernel/machine.js";
import { errnoOf } from "../helpers/errno.js";

function machine() {
  const b = bareMachine("solaris", { clock: 1_000_000 });
  registerLayers(b.machine);
  const { sys } = b;
  sys.mkdirp("/export/home/alice");
  sys.writeFile("/export/home/alice/notes", "hello\n");
  sys.mkdirp("/tmp/newroot");
  sys.mkdirp("/mnt");
  return b;
}

const lofs = (sys: Sys, src: string, dir: string, o: { ro?: boolean; nosub?: boolean; overlay?: boolean } = {}) =>
  sys.mount({ type: "lofs", special: src, dir, readonly: !!o.ro, optionString: "", options: o.nosub ? ["nosub"] : [], overlay: !!o.overlay });

/** a new file system with one file, mounted at dir */
function fsAt(m: Machine, sys: Sys, dir: string, file: string): void {
  const vfs = new MemVfs(m, { type: "tmpfs", sizeBlocks: 1000 });
  vfs.root().create(file, 0o644);
  sys.mkdirp(dir);
  m.mounts.add({ vfs, covered: sys.resolve(dir), path: dir, special: "swap", options: "", time: 0 });
}

test("alternate path names: the same files, the same device and inode (no new fsid)", () => {
  const { sys } = machine();
  lofs(sys, "/export/home", "/mnt");
  const a = sys.stat("/export/home/alice/notes");
  const b = sys.stat("/mnt/alice/notes");
  assert.equal([b.fsid, b.fileid], [a.fsid, a.fileid]);
  assert.is(new TextDecoder().decode(sys.readFile("/mnt/alice/notes")), "hello\n");
  assert.is(sys.resolve("/mnt/alice"), sys.resolve("/mnt/alice/../alice"));
});

test("other file systems mounted within the copy do not affect the original", () => {
  const { sys, machine: m } = machine();
  lofs(sys, "/export/home", "/mnt");
  fsAt(m, sys, "/mnt/alice", "cdfile");
  assert.equal(sys.readdir("/mnt/alice").map((e) => e.name), ["cdfile"]);
  assert.equal(sys.readdir("/export/home/alice").map((e) => e.name), ["notes"]);
});

test("file systems mounted later on the original are visible through the copy, unless covered there; not with nosub", () => {
  const { sys, machine: m } = machine();
  lofs(sys, "/export", "/mnt");
  sys.mkdirp("/nosub");
  lofs(sys, "/export", "/nosub", { nosub: true });
  fsAt(m, sys, "/export/home/alice", "later");
  assert.equal(sys.readdir("/mnt/home/alice").map((e) => e.name), ["later"]);
  assert.equal(sys.readdir("/nosub/home/alice").map((e) => e.name), ["notes"]);
  // covered in the copy: the copy's own mount wins
  fsAt(m, sys, "/mnt/home/alice", "mine");
  assert.equal(sys.readdir("/mnt/home/alice").map((e) => e.name), ["mine"]);
  assert.equal(sys.readdir("/export/home/alice").map((e) => e.name), ["later"]);
});

test("/ on /tmp/newroot: the whole hierarchy with its file systems; /tmp/newroot/tmp/newroot is the directory as it was; .. goes back", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/bob", "bobs");
  lofs(sys, "/", "/tmp/newroot");
  assert.ok(sys.exists("/tmp/newroot/export/home/alice/notes"));
  assert.equal(sys.readdir("/tmp/newroot/export/home/bob").map((e) => e.name), ["bobs"]);
  assert.equal(sys.readdir("/tmp/newroot/tmp/newroot"), []);
  assert.not.ok(sys.exists("/tmp/newroot/tmp/newroot/export"));
  sys.chdir("/tmp/newroot/tmp/newroot");
  assert.is(sys.getcwd(), "/tmp/newroot/tmp/newroot");
  sys.chdir("..");
  assert.is(sys.getcwd(), "/tmp/newroot/tmp");
  assert.ok(sys.exists("newroot"));
});

test("getcwd of a directory a mount covered after the process entered it: its name, the covered one", () => {
  const { sys } = machine();
  sys.mkdirp("/docs/current");
  sys.mkdirp("/export/home/docs/current");
  sys.chdir("/docs/current");
  const stale = sys.proc.cwd;
  lofs(sys, "/export/home/docs", "/docs");
  assert.is(sys.proc.cwd, stale);
  assert.is.not(sys.resolve("/docs/current"), stale, "the name leads into the copy now");
  assert.is(sys.getcwd(), "/docs/current");
  sys.chdir("/docs/current");
  assert.is(sys.getcwd(), "/docs/current");
});

test("getcwd compares vnodes: a copy beside its source names itself, not the source", () => {
  const { sys } = machine();
  sys.mkdirp("/a/x");
  sys.mkdirp("/b");
  lofs(sys, "/a", "/b");
  sys.chdir("/b/x");
  assert.is(sys.getcwd(), "/b/x");
  sys.chdir("/a/x");
  assert.is(sys.getcwd(), "/a/x");
});

test("chroot into a lofs of /: a complete virtual file system", () => {
  const { sys } = machine();
  lofs(sys, "/", "/tmp/newroot");
  sys.chroot("/tmp/newroot");
  assert.is(sys.getcwd(), "/");
  assert.ok(sys.exists("/export/home/alice/notes"));
  sys.chdir("/..");
  assert.is(sys.getcwd(), "/");
  assert.equal(sys.readdir("/tmp/newroot"), []);
});

test("ro: every write through the copy is refused; the original stays writable", () => {
  const { sys } = machine();
  lofs(sys, "/export/home", "/mnt", { ro: true });
  assert.is(errnoOf(() => sys.writeFile("/mnt/x", "y")), "EROFS");
  assert.is(errnoOf(() => sys.open("/mnt/alice/notes", { write: true })), "EROFS");
  assert.is(errnoOf(() => sys.rename("/mnt/alice/notes", "/mnt/alice/n2")), "EROFS");
  sys.writeFile("/export/home/ok", "fine");
});

test("a regular file on a regular file", () => {
  const { sys } = machine();
  sys.writeFile("/etc-motd", "real\n");
  sys.writeFile("/motd", "covered\n");
  lofs(sys, "/etc-motd", "/motd");
  assert.is(new TextDecoder().decode(sys.readFile("/motd")), "real\n");
  assert.is(errnoOf(() => lofs(sys, "/export", "/motd", { overlay: true })), "ENOTDIR");
});

test("busy: a process inside the lofs keeps it mounted; a mount point busy through a lofs refuses a mount", () => {
  const { sys } = machine();
  const mt = lofs(sys, "/export/home", "/mnt");
  sys.chdir("/mnt/alice");
  assert.is(errnoOf(() => sys.umount(mt)), "EBUSY");
  sys.chdir("/");
  sys.umount(mt);
  assert.equal(sys.readdir("/mnt"), []);
});

test("the busy rule: a mount point busy in any lofs location refuses a mount unless -O (overlay)", () => {
  const { sys, machine: m } = machine();
  sys.mkdirp("/export/home/mp");
  lofs(sys, "/export/home", "/mnt");
  // a process's cwd through the alias
  sys.chdir("/mnt/mp");
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/export/home/mp")), "EBUSY");
  sys.chdir("/");
  // a file system mounted on it in the alias
  fsAt(m, sys, "/mnt/mp", "x");
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/export/home/mp")), "EBUSY");
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/export/home/mp", { overlay: true })), "none");
  // the source of a lofs is busy too
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/export/home")), "EBUSY");
});

test("a mount on the copy of a submount's root is not busy: the lnode is no file-system root and only the lookup holds it", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/cd", "cdfile");
  lofs(sys, "/", "/tmp/newroot");
  // /tmp/newroot/export/home/cd is the lnode of the cd file system's root
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/tmp/newroot/export/home/cd")), "none");
  assert.equal(sys.readdir("/export/home/cd").map((e) => e.name), ["cdfile"]);
  // the original's own mount point is a file-system root: busy without -O
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/export/home/cd")), "EBUSY");
  // a use of the real directory does not make the lnode busy either (its v_count is its own)
  sys.mkdirp("/export/home/work");
  sys.chdir("/export/home/work");
  assert.is(errnoOf(() => lofs(sys, "/tmp", "/tmp/newroot/export/home/work")), "none");
  sys.chdir("/");
});

test("trace: lo_lookup crossing a submount of the original, and cutting the loop", () => {
  const { sys, machine: m } = machine();
  fsAt(m, sys, "/export/home/bob", "bobs");
  lofs(sys, "/", "/tmp/newroot");
  const seen: string[] = [];
  m.events.on((e) => {
    if (e.kind === "vnodeop" && e.op.startsWith("lookup")) seen.push(`${e.crossed?.join(",") ?? "-"} ${e.looped ? "loop" : "-"}`);
  });
  m.trace = true;
  sys.stat("/tmp/newroot/export/home/bob/bobs");
  sys.stat("/tmp/newroot/tmp/newroot");
  m.trace = false;
  assert.equal(seen, ["- -", "- -", "/export/home/bob -", "- -", "- -", "- loop"]);
});

test.run();
