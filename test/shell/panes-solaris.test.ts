// The panes of the Solaris machine, at the widths and heights the layouts give them: lofi units
// by their block device, a lofs's rows (what it stands on, where it loops, what shows through it
// from the original), a short Mounts pane, and lofs's crossing in the Layers pane.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { VnodeOpEvent } from "../../engine/kernel/events.js";
import { createSession, runLine, type Session } from "../../engine/session.js";
import { layersContent } from "../../shell/layerpane.js";
import { lineText } from "../../shell/lines.js";
import { boxed, devicesContent, fitContent, mountsContent, type PaneInput, type PaneLine } from "../../shell/panes.js";
import { changedRows, takeSnapshot } from "../../shell/snapshot.js";

const ISO = "/export/iso/sol-11_1-repo.iso";
const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const BOOT = new Set(takeSnapshot(sol().machine).mounts.map((m) => m.id));
const input = (sh: Session): PaneInput => ({ snap: takeSnapshot(sh.machine), highlight: new Set(), odm: null, bootMounts: BOOT, trace: null });
const texts = (lines: PaneLine[]) => lines.map((l) => lineText(l.line).trimEnd());
const run = (sh: Session, ...lines: string[]) => {
  for (const l of lines) assert.is(runLine(sh, l).status, 0, l);
};
/** the rows from the one starting with `first` on, as many as `n` */
const from = (rows: string[], first: string, n: number) => {
  const at = rows.findIndex((r) => r.startsWith(first));
  assert.ok(at >= 0, `no row ${first} in\n${rows.join("\n")}`);
  return rows.slice(at, at + n);
};

/** the CD on the original's /export/home/cd, /export on /mnt, / on /tmp/newroot */
function copies(): Session {
  const sh = sol();
  run(sh, `lofiadm -a ${ISO}`, "mkdir /export/home/cd /tmp/newroot", "mount -F hsfs -o ro /dev/lofi/1 /export/home/cd", "mount -F lofs /export /mnt", "mount -F lofs / /tmp/newroot");
  return sh;
}

test("lofi units by their block device; a file mounted directly shows the unit it was given", () => {
  const sh = sol();
  assert.equal(texts(devicesContent(input(sh), 40)), ["no lofi devices"]);
  run(sh, `mount -F hsfs -o ro ${ISO} /mnt`);
  const s = takeSnapshot(sh.machine);
  assert.is(s.mounts.find((m) => m.path === "/mnt")!.device, "/dev/lofi/1");
  assert.equal(texts(devicesContent(input(sh), 48)), ["/dev/lofi/1", "  /export/iso/sol-11_1-repo.iso bound rw", "  mounted ro on /mnt r 4 (6.2K) w 0 (0B)"]);
  run(sh, "umount /mnt");
  assert.equal(texts(devicesContent(input(sh), 40)), ["no lofi devices"]);
});

test("a lofs's rows in a wide pane: what it stands on, where it loops, all that shows through on one row", () => {
  const rows = texts(mountsContent(input(copies()), 80));
  assert.equal(from(rows, "│ └ /tmp/newroot", 6), [
    "│ └ /tmp/newroot / lofs",
    "│   ↳ on / zfs",
    "│   ↳ loop at /tmp/newroot/tmp/newroot: the covered directory",
    "│   ↳ shows 18: /devices devfs, /dev dev, /system/contract ctfs, /proc procfs",
    "│               /etc/mnttab mntfs, /system/volatile tmpfs, /system/object objfs",
    "│               /etc/dfs/sharetab sharefs, /lib/libc.so.1 lofs, … 9 more",
  ]);
  assert.equal(from(rows, "└ /mnt", 3), ["└ /mnt /export lofs", "  ↳ on /export zfs", "  ↳ shows /export/home zfs, /export/home/cd hsfs"]);
});

test("narrower: the loop said shorter, the mounts a row each, the rest counted; the path loses its middle last", () => {
  const sh = copies();
  assert.equal(from(texts(mountsContent(input(sh), 60)), "│   ↳ loop", 1), ["│   ↳ loop at /tmp/newroot/tmp/newroot: covered dir"]);
  const rows35 = texts(mountsContent(input(sh), 35));
  assert.equal(from(rows35, "│   ↳ loop", 4), ["│   ↳ loop /tmp/newroot/tmp/newroot", "│   ↳ shows 18: /devices devfs", "│               /dev dev", "│               … 16 more"]);
  assert.equal(from(rows35, "  ↳ shows", 2), ["  ↳ shows 2: /export/home zfs", "             /export/home/cd hsfs"]);
  const rows22 = texts(mountsContent(input(sh), 22));
  assert.equal(from(rows22, "│   ↳ loop", 4), ["│   ↳ loop /t…/newroot", "│   ↳ shows 18: /de…es", "│               /dev", "│               … 16 more"]);
  assert.equal(from(rows22, "  ↳ shows", 2), ["  ↳ shows 2: /ex…/home", "             /expo…/cd"]);
});

test("a short Mounts pane: the boot mounts fold (the boot's layers last), then the later rows go, one line saying both; a later mount's boot ancestors stay", () => {
  const sh = copies();
  const box = (h: number) => boxed("Mounts", mountsContent(input(sh), 30), 34, h, new Set(), "mount").map((l) => lineText(l).trimEnd());
  // the boot's libc lofs (/lib/libc.so.1) is a layer: it folds only after the other boot mounts
  assert.equal(box(19).slice(1, 6), ["│ / rpool/ROOT/solaris zfs       │", "│   … 12 from boot               │", "│ ├ /li….1 /usr/lib/libc/libc_h… │", "│ │ ↳ on / zfs                   │", "│ ├ /tmp swap tmpfs xattr        │"]);
  assert.equal(box(12), [
    "╭─Mounts─────────────────────────╮",
    "│ / rpool/ROOT/solaris zfs       │",
    "│ ├ /tmp swap tmpfs xattr        │",
    "│ │ └ /tmp/newroot / lofs        │",
    "│ │   ↳ on / zfs                 │",
    "│ │   ↳ loop /tmp/newro…/newroot │",
    "│ │   ↳ shows 18: /devices devfs │",
    "│ ├ /export rpool/export zfs rw… │",
    "│ │ └ /ex…me rpool/export/home … │",
    "│ │   └ /ex…/cd /dev/lofi/1 hsfs │",
    "│ … 13 from boot, 1 more mount   │",
    "╰────────────────────────────────╯",
  ]);
  assert.equal(box(9).slice(6, 9), ["│ │   ↳ shows 18: /devices devfs │", "│ … 13 from boot, 4 more mounts  │", "╰────────────────────────────────╯"]);
});

test("fitContent: optional lines go before whole things are cut; the last thing shows in part rather than leave a row blank", () => {
  const l = (t: string, o: Partial<PaneLine> = {}): PaneLine => ({ line: [{ t }], ...o });
  const lines = [l("a", { group: "a" }), l("b", { group: "b" }), l("b1", { group: "b" }), l("b2", { group: "b", optional: true }), l("c", { group: "c" }), l("c1", { group: "c" })];
  assert.equal(texts(fitContent(lines, 5, "thing")), ["a", "b", "b1", "c", "c1"]);
  assert.equal(texts(fitContent(lines, 4, "thing")), ["a", "b", "b1", "… 1 more thing"]);
  // in part: as many of its first lines as there are rows
  assert.equal(texts(fitContent(lines, 3, "thing")), ["a", "b", "… 1 more thing"]);
  assert.equal(texts(fitContent(lines, 2, "thing")), ["a", "… 2 more things"]);
  // nothing hidden whole: the lines hidden are counted
  assert.equal(texts(fitContent([...lines.slice(0, 3), l("b3", { group: "b" })], 3, "thing")), ["a", "b", "… 2 more lines"]);
});

test("a lofs row is highlighted when what shows through it changes", () => {
  const sh = sol();
  run(sh, "mount -F lofs /export /mnt");
  const before = takeSnapshot(sh.machine);
  run(sh, `lofiadm -a ${ISO}`, "mkdir /export/home/cd", "mount -F hsfs -o ro /dev/lofi/1 /export/home/cd");
  const after = takeSnapshot(sh.machine);
  const mnt = after.mounts.find((m) => m.path === "/mnt")!;
  assert.ok(changedRows(before, after).includes(`mnt:${mnt.id}`));
});

const lookup = (o: Partial<VnodeOpEvent>): VnodeOpEvent => ({ kind: "vnodeop", depth: 0, layer: "lofs", mount: "/tmp/newroot", op: "lookup", node: "lofs#1", lower: "zfs#1:4", hash: "new", errno: null, ...o });

test("Layers pane: lofs's crossing on the line while it fits, else on a row of its own under it", () => {
  const events = [lookup({ crossed: ["/tmp"] }), lookup({ node: "lofs#2", lower: "tmpfs#11:2", looped: true }), lookup({ op: "getattr", node: "lofs#3", lower: "tmpfs#11:3", hash: null })];
  const t = { command: "ls /tmp/newroot/tmp/newroot", events, traced: true };
  assert.equal(texts(layersContent(t, 90)), [
    "lookup  lofs /tmp/newroot  lofs#1 → zfs#1:4  (new)  crossed /tmp",
    "lookup  lofs /tmp/newroot  lofs#2 → tmpfs#11:2  (new)  loop: the covered directory",
    "getattr lofs /tmp/newroot  lofs#3 → tmpfs#11:3",
  ]);
  assert.equal(texts(layersContent(t, 56)), [
    "lookup  lofs /tmp/newroot  lofs#1 → zfs#1:4  (new)",
    "  ↳ crossed /tmp",
    "lookup  lofs /tmp/newroot  lofs#2 → tmpfs#11:2  (new)",
    "  ↳ loop: the covered directory",
    "getattr lofs /tmp/newroot  lofs#3 → tmpfs#11:3",
  ]);
  // an errno stays at the end of the operation's row; a lower layer's row keeps its depth
  const failed = lookup({ depth: 1, crossed: ["/export/home"], hash: null, errno: "ENOENT" });
  assert.equal(texts(layersContent({ ...t, events: [failed] }, 36)), ["  lookup  lofs#1 → zfs#1:4  ENOENT", "    ↳ crossed /export/home"]);
  // a short pane keeps an operation's two rows together
  const box = boxed("Layers", layersContent(t, 36), 40, 5, new Set(), "operation", false, true).map((l) => lineText(l).trimEnd());
  assert.equal(box.slice(1, 4), ["│ … 2 more operations                  │", "│ getattr lofs#3 → tmpfs#11:3          │", "│                                      │"]);
});

test.run();
