// The panes on any OS: devices from the loop driver (with the ODM's state only where there is an
// ODM), mounts as a tree that shows what each layer stands on, and the Layers pane's lines.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { bareMachine } from "../../engine/kernel/bare.js";
import { MemVfs } from "../../engine/kernel/fs/memfs/memfs.js";
import type { VnodeOpEvent } from "../../engine/kernel/events.js";
import { createSession, runLine } from "../../engine/session.js";
import { layersContent, paneIndent } from "../../shell/layerpane.js";
import { lineText } from "../../shell/lines.js";
import { boxed, devicesContent, mountsContent, type PaneInput } from "../../shell/panes.js";
import { takeSnapshot, unitOfSpecial, type Snapshot } from "../../shell/snapshot.js";
import { formatTrace } from "../../shell/tracefmt.js";
import { KEEP, TraceLog } from "../../shell/tracelog.js";
import { mountNull } from "./nullmount.js";

const input = (snap: Snapshot, o: Partial<PaneInput> = {}): PaneInput => ({ snap, highlight: new Set(), odm: null, bootMounts: new Set(), trace: null, ...o });
const texts = (lines: { line: Parameters<typeof lineText>[0] }[]) => lines.map((l) => lineText(l.line).trimEnd());

/** a machine without an ODM whose loop driver has BSD's vnd face: vnd0 bound and mounted, vnd1 free */
function bsdLike() {
  const { machine, sys } = bareMachine("bsd", { rootSpecial: "/dev/wd0a" });
  machine.loop.configure(0, "vnd0");
  machine.loop.configure(1, "vnd1");
  sys.writeFile("/cd.iso", new Uint8Array(8192));
  machine.loop.attach(0, sys.resolve("/cd.iso"), "/cd.iso", true);
  sys.mkdirp("/cdrom");
  const vfs = new MemVfs(machine, { type: "cd9660", sizeBlocks: 16 });
  machine.mounts.add({ vfs, covered: sys.resolve("/cdrom"), path: "/cdrom", special: "/dev/vnd0c", options: "ro", time: 0 });
  return { machine, sys };
}

test("unitOfSpecial: /dev/NAME, a BSD partition letter, the raw device; nothing else", () => {
  const units = ["loop0", "loop1", "vnd0", "vnd12"];
  assert.is(unitOfSpecial("/dev/loop1", units), "loop1");
  assert.is(unitOfSpecial("/dev/vnd0c", units), "vnd0");
  assert.is(unitOfSpecial("/dev/rvnd0a", units), "vnd0");
  assert.is(unitOfSpecial("/dev/vnd12d", units), "vnd12");
  assert.is(unitOfSpecial("/dev/vnd1c", units), null);
  assert.is(unitOfSpecial("/dev/hd4", units), null);
  assert.is(unitOfSpecial("/usr/include", units), null);
});

test("a machine without an ODM: vnd units from the driver, no Defined/Available, their mounts found by partition", () => {
  const { machine } = bsdLike();
  const s = takeSnapshot(machine);
  assert.is(s.hasOdm, false);
  assert.is(s.deviceKind, "vnd");
  assert.equal(
    s.devices.map((d) => [d.name, d.status, d.image, d.readonly]),
    [
      ["vnd0", null, "/cd.iso", true],
      ["vnd1", null, "", false],
    ],
  );
  assert.is(s.mounts.find((m) => m.path === "/cdrom")!.device, "vnd0");
  assert.equal(texts(devicesContent(input(s), 40)), ["vnd0", "  /cd.iso bound ro mounted ro on /cdrom", "  r 0 (0B) w 0 (0B)", "vnd1 no image"]);
});

test("no devices: the pane says so in the OS's word", () => {
  const { machine } = bareMachine("bsd");
  assert.equal(texts(devicesContent(input(takeSnapshot(machine)), 40)), ["no vnd devices"]);
  const aix = takeSnapshot(createSession().machine);
  assert.is(aix.hasOdm, true);
  assert.equal(texts(devicesContent(input(aix), 40)), ["no loop devices"]);
});

test("AIX devices keep their ODM state and temporary flag", () => {
  const sh = createSession();
  runLine(sh, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt');
  const s = takeSnapshot(sh.machine);
  assert.is(s.mounts.find((m) => m.path === "/mnt")!.device, "loop0");
  assert.equal(texts(devicesContent(input(s), 40)).slice(0, 1), ["loop0 Available temporary"]);
});

test("a layer mount: what it stands on, from its root's .lower chain and the mount table", () => {
  const sh = createSession({ setup: { dirs: ["/usr/include/sys", "/a", "/b"] } });
  mountNull(sh, "/usr/include", "/mnt");
  mountNull(sh, "/mnt", "/a");
  const s = takeSnapshot(sh.machine);
  const mnt = s.mounts.find((m) => m.path === "/mnt")!;
  const a = s.mounts.find((m) => m.path === "/a")!;
  const usr = s.mounts.find((m) => m.path === "/usr")!;
  assert.equal(mnt.lower, [{ id: usr.id, path: "/usr", vfs: "jfs2" }]);
  assert.equal(a.lower, [
    { id: mnt.id, path: "/mnt", vfs: "null" },
    { id: usr.id, path: "/usr", vfs: "jfs2" },
  ]);
  assert.equal(usr.lower, []);
  assert.is(mnt.vfs, "null");
  assert.is(mnt.special, "/usr/include");
  assert.equal(JSON.parse(JSON.stringify(s)), s);
});

test("looking at the layers for a snapshot is not traced", () => {
  const sh = createSession({ setup: { dirs: ["/usr/include"] } });
  mountNull(sh, "/usr/include", "/mnt");
  const seen: unknown[] = [];
  sh.machine.events.on((e) => e.kind === "vnodeop" && seen.push(e));
  sh.machine.trace = true;
  takeSnapshot(sh.machine);
  assert.equal(seen, []);
  assert.ok(sh.machine.trace);
});

test("the mounts tree: a layer's row, then what it stands on under it, in the tree's bars", () => {
  const sh = createSession({ setup: { dirs: ["/usr/include", "/a"] } });
  mountNull(sh, "/usr/include", "/mnt");
  mountNull(sh, "/mnt", "/a");
  const s = takeSnapshot(sh.machine);
  const lines = texts(mountsContent(input(s), 56));
  const at = lines.findIndex((l) => l.startsWith("├ /mnt"));
  assert.equal(lines.slice(at), ["├ /mnt /usr/include null rw", "│ ↳ on /usr jfs2", "└ /a /mnt null rw", "  ↳ on /mnt null → /usr jfs2"]);
  // a short pane folds the boot mounts and keeps a layer's two rows together
  const box = boxed("Mounts", mountsContent(input(s, { bootMounts: new Set(s.mounts.filter((m) => m.vfs !== "null").map((m) => m.id)) }), 40), 44, 8, new Set(), "mount");
  assert.equal(
    box.map((l) => lineText(l).trimEnd()),
    [
      "╭─Mounts───────────────────────────────────╮",
      "│ / /dev/hd4 jfs2 rw,log=/dev/hd8          │",
      "│   … 8 from boot                          │",
      "│ ├ /mnt /usr/include null rw              │",
      "│ │ ↳ on /usr jfs2                         │",
      "│ └ /a /mnt null rw                        │",
      "│   ↳ on /mnt null → /usr jfs2             │",
      "╰──────────────────────────────────────────╯",
    ],
  );
});

const ev = (i: number, depth = 0): VnodeOpEvent => ({ kind: "vnodeop", depth, layer: "null", mount: "/mnt", op: "lookup", node: `null#${i}`, lower: `ffs#1:${i + 1}`, hash: "new", errno: null });

test("Layers pane: what it says before a command, untraced, with nothing traced; the formatter's lines", () => {
  assert.equal(texts(layersContent(null, 40)), ["the last command's vnode", "operations in the layers"]);
  assert.equal(texts(layersContent({ command: "ls", events: [], traced: false }, 40)), ["not traced: pane hidden", "traced from next command"]);
  assert.equal(texts(layersContent({ command: "ls", events: [], traced: true }, 40)), ["no layer operations"]);
  const events = [ev(1), ev(2, 1)];
  assert.equal(texts(layersContent({ command: "ls", events, traced: true }, 56)), events.map(formatTrace));
});

test("Layers pane: a long trace shows its last operations under a line that counts the rest", () => {
  const events = Array.from({ length: 30 }, (_, i) => ev(i));
  const box = boxed("Layers · ls", layersContent({ command: "ls", events, traced: true }, 36), 40, 6, new Set(), "operation", false, true);
  assert.equal(
    box.map((l) => lineText(l).trimEnd()),
    [
      "╭─Layers · ls──────────────────────────╮",
      "│ … 27 more operations                 │",
      "│ lookup  null#27 → ffs#1:28  (new)    │",
      "│ lookup  null#28 → ffs#1:29  (new)    │",
      "│ lookup  null#29 → ffs#1:30  (new)    │",
      "╰──────────────────────────────────────╯",
    ],
  );
});

test("the trace log holds the last operations of a command line that never ends, and counts the rest", () => {
  const log = new TraceLog();
  log.push(ev(0));
  assert.is(log.view, null, "nothing before the first command line");
  log.start("while :; do stat /mnt/x; done", true);
  const total = 3 * KEEP + 7;
  for (let i = 0; i < total; i++) log.push(ev(i));
  const v = log.view!;
  assert.ok(v.events.length <= 2 * KEEP);
  assert.is(v.events.length + v.dropped!, total);
  assert.is(v.events[v.events.length - 1]!.node, `null#${total - 1}`);
  const box = boxed("Layers", layersContent(v, 56), 60, 5, new Set(), "operation", false, true);
  assert.equal(
    box.slice(1, 4).map((l) => lineText(l).slice(2, -2).trimEnd()),
    [`… ${total - 2} more operations`, formatTrace(ev(total - 2)), formatTrace(ev(total - 1))],
  );
  log.start("ls", true);
  assert.equal(log.view, { command: "ls", events: [], traced: true, dropped: 0 });
});

test("Layers pane: deep stacks keep the operation in place (the depth as a number)", () => {
  assert.is(paneIndent(1, 56), "  ");
  assert.is(paneIndent(3, 56), "      ");
  assert.is(paneIndent(64, 56), "   64 ");
  assert.is(paneIndent(64, 56).length, paneIndent(3, 56).length);
});

test.run();
