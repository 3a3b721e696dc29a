import { test } from "uvu";
import * as assert from "uvu/assert";
import type { KernelEvent } from "../../engine/kernel/events.js";
import { createSession, runLine } from "../../engine/session.js";
import { changedRows, odmChanges, takeSnapshot } from "../../shell/snapshot.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';

test("a fresh machine: no loop device, the boot mounts as a tree under /", () => {
  const s = takeSnapshot(createSession().machine);
  assert.equal(s.devices, []);
  assert.is(s.mounts[0]!.path, "/");
  assert.is(s.mounts[0]!.depth, 0);
  assert.ok(s.mounts.slice(1).every((m) => m.depth >= 1));
  const usr = s.mounts.find((m) => m.path === "/usr")!;
  assert.is(usr.parent, s.mounts[0]!.id);
  assert.is(usr.vfs, "jfs2");
  assert.is(s.hostname, "aixlab");
});

test("after loopmount: loop0 Available, the image bound, temporary; the CD mounted at /mnt", () => {
  const sh = createSession();
  runLine(sh, CD);
  runLine(sh, "cat /mnt/README.txt");
  const s = takeSnapshot(sh.machine);
  assert.is(s.devices.length, 1);
  const d = s.devices[0]!;
  assert.is(d.name, "loop0");
  assert.is(d.status, "Available");
  assert.is(d.image, "/backup/cd_image");
  assert.ok(d.temporary);
  assert.ok(d.reads > 0 && d.bytesRead > 0);
  const m = s.mounts.find((x) => x.path === "/mnt")!;
  assert.is(m.special, "/dev/loop0");
  assert.is(m.vfs, "cdrfs");
  assert.match(m.options, /ro/);
  assert.is(m.parent, s.mounts[0]!.id);
  assert.not.ok(m.stacked);
  assert.ok(s.odm["CuDv loop0"]);
  runLine(sh, "loopumount -l loop0 -m /mnt");
  const after = takeSnapshot(sh.machine);
  assert.equal(after.devices, []);
  assert.not.ok(after.mounts.some((x) => x.path === "/mnt"));
});

test("a mount over a mount point is stacked, one level down in the tree", () => {
  const sh = createSession({ setup: { dirs: ["/cd1"] } });
  runLine(sh, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt');
  runLine(sh, "mkdev -c loopback -s node -t loopback");
  const r = runLine(sh, "mount -v jfs2 /dev/hd3 /mnt");
  const s = takeSnapshot(sh.machine);
  const mnts = s.mounts.filter((x) => x.path === "/mnt");
  if (r.status === 0) {
    assert.is(mnts.length, 2);
    assert.ok(mnts[1]!.stacked);
    assert.is(mnts[1]!.parent, mnts[0]!.id);
    assert.is(mnts[1]!.depth, mnts[0]!.depth + 1);
  } else assert.is(mnts.length, 1);
});

test("odmChanges: what loopmount added, what loopumount removed", () => {
  const sh = createSession();
  const events: KernelEvent[] = [];
  sh.machine.events.on((e) => events.push(e));
  const before = takeSnapshot(sh.machine);
  runLine(sh, CD);
  const after = takeSnapshot(sh.machine);
  const ch = odmChanges(events, before, after);
  const added = ch.filter((c) => c.action === "added").map((c) => `${c.objectClass} ${c.key}`);
  assert.ok(added.includes("CuDv loop0"), added.join());
  assert.ok(added.some((k) => k.startsWith("CuAt loop0:")));
  assert.ok(added.some((k) => k.startsWith("CuDvDr ")));
  // the CuDv object appears once, with its final status
  assert.is(ch.filter((c) => c.key === "loop0" && c.objectClass === "CuDv").length, 1);
  assert.is(ch.find((c) => c.objectClass === "CuDv")!.data.status, "1");
  events.length = 0;
  runLine(sh, "loopumount -l loop0 -m /mnt");
  const gone = odmChanges(events, after, takeSnapshot(sh.machine));
  assert.ok(gone.length > 0);
  assert.ok(gone.every((c) => c.action === "removed"), JSON.stringify(gone));
});

test("changedRows names new and changed devices and mounts", () => {
  const sh = createSession();
  const a = takeSnapshot(sh.machine);
  runLine(sh, CD);
  const b = takeSnapshot(sh.machine);
  const ids = changedRows(a, b);
  assert.ok(ids.includes("dev:loop0"));
  assert.ok(ids.some((i) => i.startsWith("mnt:")));
  assert.equal(changedRows(b, b), []);
});

test("the snapshot is plain data: JSON round-trips it", () => {
  const sh = createSession();
  runLine(sh, CD);
  const s = takeSnapshot(sh.machine);
  assert.equal(JSON.parse(JSON.stringify(s)), s);
});

test.run();
