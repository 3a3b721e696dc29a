// The ink app on the Solaris machine: the panes below the session (100 columns, ink-testing-
// library's width) after lofiadm -a, mount -F hsfs and mount -F lofs, row for row. Everything in
// them is read from the kernel: the lofi units of the loop driver, the mount table, what a lofs
// lets through (lofsThrough) and the trace of the last command line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { createSession } from "../../engine/session.js";
import { LabApp } from "../../shell/app.js";
import { Lab } from "../../shell/lab.js";

const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));
const ISO = "/export/iso/sol-11_1-repo.iso";

function start(rows = 48) {
  const shell = createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
  const lab = new Lab({ shell, mode: "full", columns: 100, rows, history: null });
  const r = render(<LabApp lab={lab} trackSize={false} />);
  const screen = () => stripVTControlCharacters(r.lastFrame() ?? "");
  /** the rows of the panes' boxes (from the Devices box's top border to its bottom border) */
  const panes = () => {
    const rows = screen().split("\n");
    const top = rows.findIndex((l) => l.startsWith("╭─Devices"));
    if (top < 0) return [];
    const end = rows.findIndex((l, i) => i > top && l.startsWith("╰"));
    return rows.slice(top, end + 1).map((l) => l.trimEnd());
  };
  const until = async (what: () => string, re: RegExp, ms = 3000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (re.test(what())) return;
      await tick(5);
    }
    assert.unreachable(`timed out waiting for ${re}:\n${what()}`);
  };
  /** run a command line: type it, wait for the next prompt */
  const run = async (line: string) => {
    const before = screen().split("root@solaris:~#").length;
    r.stdin.write(line + "\r");
    const end = Date.now() + 3000;
    while (Date.now() < end && screen().split("root@solaris:~#").length <= before) await tick(5);
    await tick(30);
  };
  /** the panes as they settle: equal to `want`, or the test fails showing them */
  const panesAre = async (want: string[]) => {
    const end = Date.now() + 3000;
    while (Date.now() < end) {
      if (panes().join("\n") === want.join("\n")) return;
      await tick(5);
    }
    assert.equal(panes(), want);
  };
  return { lab, r, screen, panes, until, run, panesAre };
}

test("lofiadm -a and mount -F hsfs: the lofi device by its name, its file, how it is mounted; no ODM state", async () => {
  const t = start(32);
  await t.until(t.screen, /no lofi devices/);
  await t.run(`lofiadm -a ${ISO}`);
  await t.run("mkdir /mnt/cd");
  await t.run("mount -F hsfs -o ro /dev/lofi/1 /mnt/cd");
  await t.panesAre([
    "╭─Devices (1)─────────────╮╭─Mounts (18)─────────────────╮╭─Layers · mount -F hsfs -o ro /dev/lo…──╮",
    "│ /dev/lofi/1             ││ / rpool/ROOT/solaris zfs    ││ no layer operations                    │",
    "│   /e…/sol-11_1-repo.iso ││   … 15 from boot            ││                                        │",
    "│   bound rw              ││ ├ /li….1 /usr/lib/libc/lib… ││                                        │",
    "│   mounted ro on /mnt/cd ││ │ ↳ on / zfs                ││                                        │",
    "│   r 4 (6.2K) w 0 (0B)   ││ └ /mnt/cd /dev/lofi/1 hsfs  ││                                        │",
    "╰─────────────────────────╯╰─────────────────────────────╯╰────────────────────────────────────────╯",
  ]);
  assert.not.match(t.screen(), /Available|Defined|temporary/);
  // unmounted and unmapped: the unit is gone
  await t.run("umount /mnt/cd");
  await t.run("lofiadm -d /dev/lofi/1");
  await t.until(t.screen, /no lofi devices/);
  t.r.unmount();
});

test("a file mounted directly: the lofi device the mount was given, mounted there; gone with the mount", async () => {
  const t = start(32);
  await t.until(t.screen, /no lofi devices/);
  await t.run(`mount -F hsfs -o ro ${ISO} /mnt`);
  await t.until(() => t.panes().join("\n"), /mounted ro on \/mnt/);
  assert.equal(t.panes().slice(1, 6).map((l) => l.slice(0, 27)), [
    "│ /dev/lofi/1             │",
    "│   /e…/sol-11_1-repo.iso │",
    "│   bound rw              │",
    "│   mounted ro on /mnt    │",
    "│   r 4 (6.2K) w 0 (0B)   │",
  ]);
  await t.run("umount /mnt");
  await t.until(t.screen, /no lofi devices/);
  t.r.unmount();
});

test("lofs: what it stands on, what shows through it from the original, where it loops; the Layers pane's crossing and loop rows", async () => {
  const t = start();
  await t.run(`lofiadm -a ${ISO}`);
  await t.run("mkdir /export/home/cd /tmp/newroot");
  await t.run("mount -F hsfs -o ro /dev/lofi/1 /export/home/cd");
  await t.run("mount -F lofs /export /mnt");
  await t.run("mount -F lofs / /tmp/newroot");
  await t.run("ls /tmp/newroot/tmp/newroot");
  await t.panesAre([
    "╭─Devices (1)─────────────╮╭─Mounts (20)─────────────────╮╭─Layers · ls /tmp/newroot/tmp/newroot───╮",
    "│ /dev/lofi/1             ││ / rpool/ROOT/solaris zfs    ││ lookup  lofs#1 → zfs#1:4  (new)        │",
    "│   /e…/sol-11_1-repo.iso ││   … 12 from boot            ││   ↳ crossed /tmp                       │",
    "│   bound rw              ││ ├ /li….1 /usr/lib/libc/lib… ││ lookup  lofs#2 → tmpfs#13:2  (new)     │",
    "│   mounted ro on /expor… ││ │ ↳ on / zfs                ││   ↳ loop: the covered directory        │",
    "│   r 4 (6.2K) w 0 (0B)   ││ ├ /tmp swap tmpfs xattr     ││ getattr lofs#3 → tmpfs#13:3            │",
    "│                         ││ │ └ /tmp/newroot / lofs     ││ lookup  lofs#1 → zfs#1:4  (hit)        │",
    "│                         ││ │   ↳ on / zfs              ││   ↳ crossed /tmp                       │",
    "│                         ││ │   ↳ loop /tmp/ne…/newroot ││ lookup  lofs#2 → tmpfs#13:2  (hit)     │",
    "│                         ││ │   ↳ shows 18: /devices    ││   ↳ loop: the covered directory        │",
    "│                         ││ │               /dev dev    ││ access  lofs#3 → tmpfs#13:3            │",
    "│                         ││ │               … 16 more   ││ readdir lofs#3 → tmpfs#13:3            │",
    "│                         ││ ├ /export rpool/export zfs  ││                                        │",
    "│                         ││ │ └ /ex…me rpool/export/ho… ││                                        │",
    "│                         ││ │   └ /e…/cd /dev/lofi/1 h… ││                                        │",
    "│                         ││ └ /mnt /export lofs         ││                                        │",
    "│                         ││   ↳ on /export zfs          ││                                        │",
    "│                         ││   ↳ shows 2: /export/home   ││                                        │",
    "│                         ││              /export/ho…/cd ││                                        │",
    "╰─────────────────────────╯╰─────────────────────────────╯╰────────────────────────────────────────╯",
  ]);
  // the copy's own mount over the CD's place hides the CD in the copy (lofs(7FS): "unless or
  // until the corresponding mount point in the virtual file system is covered"); nosub lets
  // nothing through
  await t.run("umount /tmp/newroot");
  await t.run("mount -O -F lofs /usr/share /mnt/home/cd");
  await t.run("mkdir /nosub; mount -F lofs -o nosub /export /nosub");
  await t.run("cd /mnt/home/cd");
  await t.panesAre([
    "╭─Devices (1)─────────────╮╭─Mounts (21)─────────────────╮╭─Layers · cd /mnt/home/cd───────────────╮",
    "│ /dev/lofi/1             ││ / rpool/ROOT/solaris zfs    ││ lookup  lofs#1 → zfs#15:4  (hit)       │",
    "│   /e…/sol-11_1-repo.iso ││   … 13 from boot            ││   ↳ crossed /export/home               │",
    "│   bound rw              ││ ├ /li….1 /usr/lib/libc/lib… ││ lookup  lofs#2 → zfs#16:4  (hit)       │",
    "│   mounted ro on /expor… ││ │ ↳ on / zfs                ││   ↳ crossed /export/home/cd            │",
    "│   r 4 (6.2K) w 0 (0B)   ││ ├ /export rpool/export zfs  ││ access  lofs#1 → zfs#1:71              │",
    "│                         ││ │ └ /ex…me rpool/export/ho… ││                                        │",
    "│                         ││ │   └ /e…/cd /dev/lofi/1 h… ││                                        │",
    "│                         ││ ├ /mnt /export lofs         ││                                        │",
    "│                         ││ │ ↳ on /export zfs          ││                                        │",
    "│                         ││ │ ↳ shows /export/home zfs  ││                                        │",
    "│                         ││ │ └ /mn…/cd /usr/share lofs ││                                        │",
    "│                         ││ │   ↳ on / zfs              ││                                        │",
    "│                         ││ └ /nosub /export lofs nosub ││                                        │",
    "│                         ││   ↳ on /export zfs          ││                                        │",
    "╰─────────────────────────╯╰─────────────────────────────╯╰────────────────────────────────────────╯",
  ]);
  t.r.unmount();
});

test.run();
