// Each goal kind on a live machine: false, then true, with its why-not; and negated.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { one } from "./helpers.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';
const AIX_SETUP = `setup:
  dirs: [/cdmount]
  images:
    /backup/other.iso: { iso9660: { volume: OTHER, files: { a.txt: "a\\n" } } }`;

test("mount: nothing mounted, then the image read-only at the mount point", () => {
  const b = one("aix", "mount: { on: /cdmount, image: /backup/cd_image, fstype: cdrfs, ro: true }", AIX_SETUP);
  assert.is(b.holds("g"), false);
  assert.is(b.whyNot("g"), "nothing is mounted on /cdmount");
  const r = b.line(CD);
  assert.equal(r.holds, ["g"]);
  assert.equal(r.newlyDone, ["g"]);
  assert.ok(r.solved && r.justSolved);
  assert.is(b.whyNot("g"), null);
});

test("mount: another image on the same device, another type, read-write, an option missing", () => {
  const b = one("aix", "mount: { on: /cdmount, image: /backup/cd_image }", AIX_SETUP);
  b.line('loopmount -i /backup/other.iso -o "-V cdrfs -o ro" -m /cdmount');
  assert.is(b.whyNot("g"), "/cdmount is mounted from /dev/loop0, which is bound to /backup/other.iso, not /backup/cd_image");
  const t = one("aix", "mount: { on: /cdmount, fstype: jfs2 }", AIX_SETUP);
  t.line(CD);
  assert.is(t.whyNot("g"), "/cdmount is a cdrfs file system, not jfs2");
  const rw = one("solaris", "mount: { on: /mnt, from: /tmp, ro: true }");
  rw.line("mount -F lofs /tmp /mnt");
  assert.is(rw.whyNot("g"), "/mnt is mounted, but read-write");
  rw.line("umount /mnt; mount -F lofs -o ro /export /mnt");
  assert.is(rw.whyNot("g"), "/mnt is mounted from /export, not /tmp");
  rw.line("umount /mnt; mount -F lofs -o ro /tmp /mnt");
  assert.ok(rw.holds("g"));
  const opt = one("aix", "mount: { on: /cdmount, options: [rw] }", AIX_SETUP);
  opt.line(CD);
  assert.is(opt.whyNot("g"), "/cdmount is mounted without the option rw (its options: ro)");
});

test("mount: a device that is not a loop device has no image", () => {
  const b = one("aix", "mount: { on: /usr, image: /backup/cd_image }");
  assert.is(b.whyNot("g"), "/usr is mounted from /dev/hd2, which is not a loop device");
});

test("not: mount — holds with nothing mounted, and says what is mounted when it fails", () => {
  const b = one("aix", "not: { mount: /cdmount }", AIX_SETUP);
  assert.ok(b.holds("g"));
  b.line(CD);
  assert.is(b.whyNot("g"), "/cdmount is mounted from /dev/loop0 (cdrfs, read-only)");
  b.line("loopumount -l loop0 -m /cdmount");
  assert.ok(b.holds("g"));
});

test("device (AIX): exists, state from the ODM, bound image, temporary", () => {
  const b = one("aix", "device: { name: loop0, state: Available, image: /backup/cd_image, temporary: false }", AIX_SETUP);
  assert.is(b.whyNot("g"), "loop0 does not exist");
  b.line("mkdev -d -c loopback -s node -t loopback");
  assert.is(b.whyNot("g"), "loop0 is Defined, not Available");
  b.line("chdev -l loop0 -a filename=/backup/other.iso");
  b.line("mkdev -l loop0");
  assert.is(b.whyNot("g"), "loop0 is bound to /backup/other.iso, not /backup/cd_image");
  b.line("chdev -l loop0 -a filename=/backup/cd_image");
  assert.ok(b.holds("g"), String(b.whyNot("g")));
  const t = one("aix", "device: { name: /dev/loop0, temporary: false }", AIX_SETUP);
  t.line(CD);
  assert.is(t.whyNot("g"), "loop0 is a temporary device (loopmount made it)");
});

test("device (AIX): a Defined device's image is its filename attribute; image: null is unbound", () => {
  const b = one("aix", "device: { name: loop0, state: Defined, image: /backup/other.iso }", AIX_SETUP);
  b.line("mkdev -d -c loopback -s node -t loopback");
  assert.is(b.whyNot("g"), "loop0 is bound to no file");
  b.line("chdev -l loop0 -a filename=/backup/other.iso");
  assert.ok(b.holds("g"));
  const u = one("aix", "device: { name: loop0, image: null }", AIX_SETUP);
  u.line(CD);
  assert.is(u.whyNot("g"), "loop0 is bound to /backup/cd_image");
});

test("not: device — loopumount deletes the device loopmount made; umount does not", () => {
  const b = one("aix", "not: { device: loop0 }", AIX_SETUP);
  b.line(CD);
  assert.is(b.whyNot("g"), "loop0 exists (Available, bound to /backup/cd_image)");
  b.line("umount /cdmount");
  assert.is(b.holds("g"), false);
  b.line("loopumount -l loop0");
  assert.ok(b.holds("g"));
});

test("device (BSD, Solaris): a unit by its name or by a node of it", () => {
  const b = one("bsd", "device: { name: /dev/vnd1c, image: /images/cd.iso }");
  assert.is(b.whyNot("g"), "vnd1 is bound to no file");
  b.line("vndconfig -s -u 1 /images/cd.iso");
  assert.ok(b.holds("g"));
  const s = one("solaris", "device: /dev/lofi/1");
  assert.is(s.whyNot("g"), "/dev/lofi/1 does not exist");
  s.line("lofiadm -a /export/iso/sol-11_1-repo.iso");
  assert.ok(s.holds("g"));
  s.line("lofiadm -d /dev/lofi/1");
  assert.is(s.holds("g"), false);
});

test("odm: an object with attribute values", () => {
  const b = one("aix", "odm: { class: CuAt, where: { name: loop0, attribute: filename }, values: { value: /backup/cd_image } }", AIX_SETUP);
  assert.is(b.whyNot("g"), "no CuAt object has name=loop0, attribute=filename");
  b.line('loopmount -i /backup/other.iso -o "-V cdrfs -o ro" -m /cdmount');
  assert.is(b.whyNot("g"), "the CuAt object with name=loop0, attribute=filename has value=/backup/other.iso, not /backup/cd_image");
  const n = one("aix", "not: { odm: { class: CuDv, where: { name: loop0 } } }", AIX_SETUP);
  n.line(CD);
  assert.is(n.whyNot("g"), "a CuDv object has name=loop0");
  const c = one("aix", "odm: { class: NoSuch, where: { name: x } }");
  assert.is(c.whyNot("g"), "there is no object class NoSuch");
});

test("binding: an image bound to any device, to a named one, read-only", () => {
  const b = one("bsd", "binding: /images/cd.iso");
  assert.is(b.whyNot("g"), "/images/cd.iso is bound to no device");
  b.line("vndconfig -s /images/cd.iso");
  assert.ok(b.holds("g"));
  const d = one("bsd", "binding: { image: /images/cd.iso, device: vnd1 }");
  d.line("vndconfig -s /images/cd.iso");
  assert.is(d.whyNot("g"), "vnd1 is bound to no file");
  const r = one("solaris", "binding: { image: /export/iso/sol-11_1-repo.iso, ro: true }");
  r.line("lofiadm -a /export/iso/sol-11_1-repo.iso");
  assert.is(r.whyNot("g"), "/dev/lofi/1 holds /export/iso/sol-11_1-repo.iso read-write");
});

test("binding: an image named through a lofs copy is the same file", () => {
  const b = one("solaris", "binding: { image: /export/iso/sol-11_1-repo.iso }");
  b.line("mkdir /copy; mount -F lofs /export /copy; lofiadm -a /copy/iso/sol-11_1-repo.iso");
  assert.ok(b.holds("g"), String(b.whyNot("g")));
});

test("not: binding {} — no device holds any file", () => {
  const b = one("bsd", "not: { binding: {} }");
  assert.ok(b.holds("g"));
  b.line("vndconfig -s /images/cd.iso");
  assert.is(b.whyNot("g"), "vnd0 is bound to /images/cd.iso");
  b.line("vndconfig -c");
  assert.ok(b.holds("g"));
});

test("layer: null over a directory, by the directory itself; lofs read-only", () => {
  const b = one("bsd", "layer: { on: /mnt/sys, type: null, lower: /usr/include/sys }");
  assert.is(b.whyNot("g"), "nothing is mounted on /mnt/sys");
  b.line("mkdir /mnt/sys; mount_loopback /usr/include /mnt/sys");
  assert.is(b.whyNot("g"), "/mnt/sys is a null layer over /usr/include, not /usr/include/sys");
  b.line("umount /mnt/sys; mount_loopback /usr/include/sys /mnt/sys");
  assert.ok(b.holds("g"));
  const s = one("solaris", "layer: { on: /mnt, type: lofs, lower: /tmp, ro: true }");
  s.line("mount -F lofs /tmp /mnt");
  assert.is(s.whyNot("g"), "/mnt is a lofs layer, but read-write");
  s.line("umount /mnt; mount -F lofs -o ro /tmp /mnt");
  assert.ok(s.holds("g"));
  const t = one("solaris", "layer: { on: /mnt, type: umap }");
  t.line("mount -F lofs /tmp /mnt");
  assert.is(t.whyNot("g"), "/mnt is a lofs layer, not umap");
  const f = one("aix", "layer: /usr");
  assert.is(f.whyNot("g"), "/usr is a jfs2 file system, not a layer");
});

test("layer: lofs with or without nosub, and its why-not", () => {
  const b = one("solaris", "layer: { on: /mnt, type: lofs, lower: /export, nosub: false }");
  b.line("mount -F lofs -o nosub /export /mnt");
  assert.is(b.whyNot("g"), "/mnt is a lofs layer with nosub: the file systems mounted below /export do not show through it");
  b.line("umount /mnt; mount -F lofs /export /mnt");
  assert.ok(b.holds("g"));
  const n = one("solaris", "layer: { on: /mnt, nosub: true }");
  n.line("mount -F lofs /export /mnt");
  assert.is(n.whyNot("g"), "/mnt is a lofs layer without nosub: the file systems mounted below /export show through it");
  n.line("umount /mnt; mount -F lofs -o ro,nosub /export /mnt");
  assert.ok(n.holds("g"));
  const neg = one("solaris", "not: { layer: { on: /mnt, nosub: true } }");
  neg.line("mount -F lofs -o nosub /export /mnt");
  assert.is(neg.whyNot("g"), "/mnt is a lofs layer over /export, nosub");
  const bsd = one("bsd", "layer: { on: /mnt, lower: /usr }");
  assert.is(bsd.holds("g"), false);
});

test("layer: a lofs taken of the bare directory a file system later covers is not a lofs of that file system", () => {
  const b = one("solaris", "layer: { on: /a, type: lofs, lower: /scratch }", "setup: { dirs: [/a, /scratch] }");
  b.line("mount -F lofs /scratch /a; mount -O -F tmpfs swap /scratch");
  assert.is(b.whyNot("g"), "/a is a lofs layer over the directory /scratch was when it was mounted, not the /scratch there is now");
  b.line("umount /a; mount -F lofs /scratch /a");
  assert.ok(b.holds("g"));
});

test("mount: a file system on a lofi device bound to the image, by the image's real file", () => {
  const b = one("solaris", "mount: { on: /cdrom, image: /export/iso/sol-11_1-repo.iso, fstype: hsfs, ro: true }");
  b.line("mkdir /copy; mount -F lofs /export /copy; lofiadm -a /copy/iso/sol-11_1-repo.iso");
  b.line("mount -F hsfs -o ro /dev/lofi/1 /cdrom");
  assert.ok(b.holds("g"));
  b.line("umount /cdrom; mount -F lofs /export/iso /cdrom");
  assert.is(b.whyNot("g"), "/cdrom is mounted from /export/iso, which is not a loop device");
  // a file mounted directly (lofi mount, PSARC 2008/290): the special is the file, the device
  // the lofi unit the kernel made for the mount
  b.line("umount /cdrom; lofiadm -d /dev/lofi/1; mount -F hsfs -o ro /export/iso/sol-11_1-repo.iso /cdrom");
  assert.ok(b.holds("g"), b.whyNot("g") ?? "");
  const other = one("solaris", "mount: { on: /cdrom, image: /export/iso/other.iso }", "setup: { images: { /export/iso/other.iso: { iso9660: { volume: OTHER, files: { a.txt: x } } } } }");
  other.line("mount -F hsfs /export/iso/sol-11_1-repo.iso /cdrom");
  assert.is(other.whyNot("g"), "/cdrom is mounted from the file /export/iso/sol-11_1-repo.iso, not /export/iso/other.iso");
});

test("file: absence, content, contains, matches, type", () => {
  const b = one("aix", 'file: { path: /tmp/x, content: "one\\ntwo\\n" }');
  assert.is(b.whyNot("g"), "/tmp/x does not exist");
  b.line("echo one > /tmp/x");
  assert.is(b.whyNot("g"), '/tmp/x holds other text (its first line: "one")');
  b.line(": > /tmp/x");
  assert.is(b.whyNot("g"), "/tmp/x is empty");
  b.line("printf 'one\\ntwo\\n' > /tmp/x");
  assert.ok(b.holds("g"));
  const c = one("aix", "file: { path: /tmp/x, contains: two, matches: '^two$' }");
  c.line("echo one > /tmp/x");
  assert.is(c.whyNot("g"), '/tmp/x does not contain "two"');
  c.line("echo twofold > /tmp/x");
  assert.is(c.whyNot("g"), "/tmp/x has no line of the kind this goal names");
  c.line("printf 'twofold\\ntwo\\n' > /tmp/x");
  assert.ok(c.holds("g"));
  const d = one("aix", "file: { path: /tmp/d, type: dir }");
  d.line("touch /tmp/d");
  assert.is(d.whyNot("g"), "/tmp/d is a file, not a directory");
  const z = one("solaris", "file: { path: /export/scratch.img, size: 67108864 }");
  z.line("mkfile 64k /export/scratch.img");
  assert.is(z.whyNot("g"), "/export/scratch.img is 65536 bytes, not 67108864");
  z.line("mkfile 64m /export/scratch.img");
  assert.ok(z.holds("g"));
  const l = one("aix", "file: { path: /tmp/l, type: link }");
  l.line("ln -s /nowhere /tmp/l");
  assert.ok(l.holds("g"));
});

test("file: a file larger than the practice_file_limit setting is too large to check, said in the why-not; unlimited reads any size", () => {
  const b = one("aix", "file: { path: /tmp/x, contains: two }", "settings: { practice_file_limit: 4 }");
  b.line("echo one two > /tmp/x");
  assert.is(b.whyNot("g"), "/tmp/x is larger than 4 bytes, the practice_file_limit setting: too large to check");
  const u = one("aix", "file: { path: /tmp/x, contains: two }", "settings: { practice_file_limit: unlimited }");
  u.line("echo one two > /tmp/x");
  assert.ok(u.holds("g"));
});

test("file: uid and gid as stat(2) gives them through the path (a umap layer maps them)", () => {
  const b = one("bsd", "file: { path: /mnt/u/f, uid: 10, gid: 13 }");
  b.line("mkdir -p /var/u /mnt/u && touch /var/u/f && chown 1000:500 /var/u/f");
  b.line("printf '1\\n10 1000\\n' > /etc/umap.users && printf '1\\n500 13\\n' > /etc/umap.groups");
  b.line("mount_umap -u /etc/umap.users -g /etc/umap.groups /var/u /mnt/u");
  assert.is(b.whyNot("g"), "/mnt/u/f has group id 65534, not 13");
  b.line("umount /mnt/u && printf '1\\n1000 10\\n' > /etc/umap.users && printf '1\\n13 500\\n' > /etc/umap.groups");
  b.line("mount_umap -u /etc/umap.users -g /etc/umap.groups /var/u /mnt/u");
  assert.is(b.whyNot("g"), "/mnt/u/f is owned by uid 32767, not 10");
  b.line("umount /mnt/u && printf '1\\n10 1000\\n' > /etc/umap.users");
  b.line("mount_umap -u /etc/umap.users -g /etc/umap.groups /var/u /mnt/u");
  assert.ok(b.holds("g"));
  const not = one("bsd", "not: { file: { path: /var/u/f, uid: 1000 } }", "setup: { dirs: [/var/u], files: { /var/u/f: x } }");
  assert.ok(not.holds("g"), "root owns the file set-up makes");
  not.line("chown 1000 /var/u/f");
  assert.is(not.whyNot("g"), "/var/u/f exists (a file, owned by 1000:0)");
});

test("not: file — a file's absence", () => {
  const b = one("aix", "not: { file: /tmp/x }");
  assert.ok(b.holds("g"));
  b.line("mkdir /tmp/x");
  assert.is(b.whyNot("g"), "/tmp/x exists (a directory)");
  const m = one("solaris", "not: { file: { path: /etc/vfstab, matches: '^/scratch\\s+-\\s+/a\\s+lofs' } }");
  m.line("echo '/scratch - /a lofs - yes -' >> /etc/vfstab");
  assert.is(m.whyNot("g"), "/etc/vfstab has a line of the kind this goal names");
  const c = one("aix", "not: { file: { path: /tmp/x, contains: secret } }");
  c.line("echo a secret > /tmp/x");
  assert.is(c.whyNot("g"), '/tmp/x contains "secret"');
  const e = one("aix", "file: { path: /tmp/x, exists: false }");
  assert.ok(e.holds("g"));
  const n = one("aix", "file: { path: /dev/loop0, exists: false }");
  n.line("mkdev -c loopback -s node -t loopback");
  assert.is(n.whyNot("g"), "/dev/loop0 exists (a block device)");
});

test("cwd: the shell's current directory, a process's within a mount", () => {
  const b = one("aix", "cwd: { process: shell, is: /tmp }", AIX_SETUP);
  assert.is(b.whyNot("g"), "the shell's current directory is /");
  b.line("cd /tmp");
  assert.ok(b.holds("g"));
  const w = one("aix", "not: { cwd: { process: any, within: /cdmount } }", AIX_SETUP);
  w.line(CD);
  assert.ok(w.holds("g"));
  w.line("cd /cdmount/docs");
  assert.is(w.whyNot("g"), "the shell's current directory is /cdmount/docs");
  w.line("cd /");
  assert.ok(w.holds("g"));
  w.line("cd /cdmount; sleep 1000 &");
  w.line("cd /");
  assert.is(w.holds("g"), false);
  assert.match(w.whyNot("g")!, /^sleep \(pid \d+\)'s current directory is \/cdmount$/);
  const s = one("aix", "cwd: { process: sleep, within: /tmp }");
  assert.is(s.whyNot("g"), "no process sleep is running");
});

test("cwd: a shell that entered a directory before a mount covered it", () => {
  const b = one("solaris", "cwd: { is: /docs/current }", "setup: { dirs: [/docs/current, /export/home/docs/current] }");
  b.line("cd /docs/current; mount -F lofs /export/home/docs /docs");
  assert.is(b.whyNot("g"), "the shell's current directory is the /docs/current that a mount now covers (entered before the mount)");
  b.line("cd .");
  assert.ok(b.holds("g"));
});

test("no-temporary-loops: the device loopmount made, left behind by umount", () => {
  const b = one("aix", "no-temporary-loops: true", AIX_SETUP);
  assert.ok(b.holds("g"));
  b.line(CD);
  b.line("umount /cdmount");
  assert.is(b.whyNot("g"), "loop0 is a temporary device loopmount made, still there");
  b.line("loopumount -l loop0");
  assert.ok(b.holds("g"));
  const n = one("aix", "not: { no-temporary-loops: true }", AIX_SETUP);
  assert.is(n.whyNot("g"), "no temporary loop device is left");
});

test("checking leaves no trace: a file read through a loop device does not count as its I/O", () => {
  const b = one("aix", "file: { path: /cdmount/README.txt, contains: loopmount }", AIX_SETUP);
  b.line(CD);
  const unit = b.session.machine.loop.all()[0]!;
  const before = { ...unit.stats };
  assert.ok(b.holds("g"));
  b.run.check();
  assert.equal(unit.stats, before);
});

test("checking leaves no trace: a goal's lookups through a layer print no trace line", () => {
  const b = one("bsd", "file: /mnt/sys/param.h", "trace: true");
  b.line("mkdir /mnt/sys; mount_loopback /usr/include/sys /mnt/sys");
  assert.ok(b.holds("g"));
  b.run.check();
  b.line("true");
  assert.is(b.out, "");
  b.line("ls /mnt/sys/param.h");
  assert.match(b.out, /^lookup {2}null \/mnt\/sys/);
});

test("mount and layer: a mount point given with a trailing slash (Tab completion) is the same mount point", () => {
  const b = one("bsd", "layer: { on: /mnt/sys, type: null, lower: /usr/include/sys }");
  b.line("mkdir /mnt/sys && mount_loopback /usr/include/sys/ /mnt/sys/");
  assert.ok(b.holds("g"), b.whyNot("g") ?? "");
  const a = one("aix", "mount: { on: /cdmount, fstype: cdrfs }", "setup: { dirs: [/cdmount] }");
  a.line('loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount/');
  assert.ok(a.holds("g"), a.whyNot("g") ?? "");
});

test.run();
