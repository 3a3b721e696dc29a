// The ink app with the Layers pane: F3 from the keyboard swaps it in for the ODM pane, and a
// command through a layer fills it. The layer is the kernel's null layer (nullmount.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { createSession } from "../../engine/session.js";
import { LabApp } from "../../shell/app.js";
import { Lab } from "../../shell/lab.js";
import { mountNull } from "./nullmount.js";

const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));

function start(odm = true) {
  const shell = createSession({ setup: { files: { "/usr/include/sys/types.h": "typedef long off_t;\n" } } });
  mountNull(shell, "/usr/include", "/mnt");
  if (!odm) {
    // what the panes read of a BSD machine: no ODM, the OS's name
    shell.machine.odm = null;
    (shell.machine as unknown as { os: string }).os = "bsd";
  }
  const lab = new Lab({ shell, mode: "full", columns: 100, rows: 32, history: null });
  const r = render(<LabApp lab={lab} trackSize={false} />);
  const screen = () => stripVTControlCharacters(r.lastFrame() ?? "");
  const until = async (re: RegExp, ms = 2000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (re.test(screen())) return;
      await tick(5);
    }
    assert.unreachable(`timed out waiting for ${re}:\n${screen()}`);
  };
  return { lab, r, screen, until };
}

test("F3 (both encodings) swaps the ODM pane for the Layers pane and back; the hint names the other", async () => {
  const t = start();
  await t.until(/╭─ODM/);
  assert.match(t.screen(), /F3 layers/);
  t.r.stdin.write("\x1bOR");
  await t.until(/╭─Layers/);
  assert.not.match(t.screen(), /╭─ODM/);
  assert.match(t.screen(), /F3 ODM/);
  assert.match(t.screen(), /the last command's vnode/);
  t.r.stdin.write("\x1b[13~");
  await t.until(/╭─ODM/);
  t.r.unmount();
});

test("a command through the layer: its operations in the pane, titled with the command", async () => {
  const t = start();
  await t.until(/╭─ODM/);
  t.r.stdin.write("\x1bOR");
  await t.until(/╭─Layers/);
  t.r.stdin.write("cat /mnt/sys/types.h\r");
  await t.until(/typedef long off_t;/);
  // 100 columns: the panes below the session, the Layers pane the widest of them
  await t.until(/╭─Layers · cat \/mnt\/sys\/types\.h─/);
  // too narrow for the whole line: the layer and mount point go, new/hit stays
  await t.until(/│ lookup  null#1 → jfs2#\d+:\d+  \(new\) +│/);
  assert.match(t.screen(), /│ getattr null#3 → jfs2#\d+:\d+  fsid \d+→\d+ +│/);
  assert.match(t.screen(), /│ lookup  null#1 → jfs2#\d+:\d+  \(hit\) +│/);
  t.r.unmount();
});

test("no ODM: the Layers pane from the start, no ODM pane; F3 hides it and shows it again", async () => {
  const t = start(false);
  await t.until(/╭─Layers/);
  assert.not.match(t.screen(), /ODM/);
  assert.match(t.screen(), /no vnd devices/);
  t.r.stdin.write("cat /mnt/sys/types.h\r");
  await t.until(/│ lookup  null#1 → jfs2#\d+:\d+  \(new\)/);
  t.r.stdin.write("\x1bOR");
  await t.until(/F3 layers/);
  assert.not.match(t.screen(), /╭─Layers/);
  assert.match(t.screen(), /╭─Devices \(0\)─+╮╭─Mounts/);
  t.r.stdin.write("\x1bOR");
  await t.until(/╭─Layers/);
  t.r.unmount();
});

test.run();
