// The Layers pane in the lab: F3 puts it in the ODM pane's place (on a machine without an ODM
// it is that place, and F3 hides it), the layers trace while it shows, and it lists the vnode
// operations of the last command line. The layer is the kernel's null layer (nullmount.ts),
// tracing on the machine's bus.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseScenario } from "../../engine/scenario/parse.js";
import { createSession, type Session } from "../../engine/session.js";
import { replayToCast } from "../../shell/cast.js";
import { SEQ } from "../../shell/keys.js";
import { keyHelp, Lab } from "../../shell/lab.js";
import { lineWidth } from "../../shell/lines.js";
import { frame, frameText, inlineFrame } from "../../shell/screen.js";
import { mountNull } from "./nullmount.js";

const F3 = "\x1bOR";
const setup = { files: { "/usr/include/sys/types.h": "typedef long off_t;\n" } };

function layered(): Session {
  const sh = createSession({ setup });
  mountNull(sh, "/usr/include", "/mnt");
  return sh;
}

/** a session whose machine has no ODM and says it is BSD: what the panes read, nothing else */
function odmless(): Session {
  const sh = layered();
  sh.machine.odm = null;
  (sh.machine as unknown as { os: string }).os = "bsd";
  return sh;
}

const lab = (shell: Session, o: Partial<ConstructorParameters<typeof Lab>[0]> = {}) => new Lab({ shell, columns: 140, rows: 40, banner: false, history: null, ...o });
const text = (l: Lab) => frameText(frame(l));

test("AIX: the ODM pane by default, F3 names the Layers pane; F3 swaps them, and back", () => {
  const l = lab(layered());
  assert.equal(l.paneKinds(), ["devices", "mounts", "odm"]);
  assert.match(text(l), /F3 layers/);
  assert.match(text(l), /╭─ODM─/);
  l.input(F3);
  assert.equal(l.paneKinds(), ["devices", "mounts", "layers"]);
  assert.match(text(l), /╭─Layers─/);
  assert.not.match(text(l), /╭─ODM/);
  assert.match(text(l), /F3 ODM/);
  l.input(F3);
  assert.equal(l.paneKinds(), ["devices", "mounts", "odm"]);
});

test("the layers trace while the Layers pane shows, and only then", () => {
  const l = lab(layered());
  const m = l.shell.machine;
  l.input("ls /mnt/sys\r");
  assert.not.ok(m.trace);
  assert.equal(l.traceLog.view?.events, []);
  l.input(F3);
  assert.ok(m.trace);
  l.input(SEQ.f2);
  assert.not.ok(m.trace, "panes hidden");
  l.input(SEQ.f2);
  assert.ok(m.trace);
  l.input(F3);
  assert.not.ok(m.trace);
});

test("the pane lists the last command line's operations, the formatter's lines, indented by depth", () => {
  const l = lab(layered(), { layers: true });
  l.input("cat /mnt/sys/types.h\r");
  const t = text(l);
  assert.match(t, /typedef long off_t;/);
  assert.match(t, /╭─Layers · cat \/mnt\/sys\/types\.h─/);
  const ops = l.traceLog.view!.events;
  assert.ok(ops.length >= 2, String(ops.length));
  assert.match(t, /│ lookup  null \/mnt  null#1 → jfs2#\d+:\d+  \(new\) +│/);
  // getattr with the fsid rewritten: the copy's own device number, the inode the original's
  const sys = l.shell.sys;
  const from = sys.stat("/usr/include/sys/types.h");
  const to = sys.stat("/mnt/sys/types.h");
  assert.is(to.fileid, from.fileid);
  assert.ok(t.includes(`│ getattr null /mnt  null#3 → jfs2#2:${from.fileid}  fsid ${from.fsid}→${to.fsid} `), t);
  // the next command line starts a new list: the nodes are found in the hash now
  l.input("cat /mnt/sys/types.h\r");
  assert.match(text(l), /lookup  null \/mnt  null#1 → jfs2#\d+:\d+  \(hit\)/);
  assert.not.match(text(l), /\(new\)/);
  // a command that goes through no layer
  l.input("echo hi\r");
  assert.match(text(l), /╭─Layers · echo hi─[\s\S]*no layer operations/);
});

test("a command of several lines: the pane's title is the whole command", () => {
  const l = lab(layered(), { layers: true });
  l.input("for f in /mnt/sys/types.h\rdo cat $f\rdone\r");
  assert.match(text(l), /Layers · for f in \/mnt\/sys\/types\.h; do cat \$f; done/);
  assert.ok(l.traceLog.view!.events.length > 0);
});

test("shown after the command ran: the pane says it was not traced", () => {
  const l = lab(layered());
  l.input("cat /mnt/sys/types.h\r");
  l.input(F3);
  assert.match(text(l), /not traced: pane hidden/);
});

test("a long trace: the pane shows its end, the rest counted above", () => {
  const l = lab(layered(), { layers: true, rows: 24 });
  l.input("for i in 1 2 3 4 5 6 7 8 9 10 11 12; do cat /mnt/sys/types.h; done >/dev/null\r");
  const n = l.traceLog.view!.events.length;
  assert.ok(n > 20, String(n));
  const m = /… (\d+) more operations/.exec(text(l));
  assert.ok(m, text(l));
  const shown = text(l)
    .split("\n")
    .filter((r) => /│ [a-z]+ +null \/mnt  null#/.test(r)).length;
  assert.is(Number(m![1]) + shown, n);
});

test("no ODM (BSD): the Layers pane is the third pane; F3 hides and shows it; the hint and help say so", () => {
  const l = lab(odmless());
  assert.equal(l.paneKinds(), ["devices", "mounts", "layers"]);
  assert.match(text(l), /no vnd devices/);
  assert.match(text(l), /F3 hides layers/);
  l.input("cat /mnt/sys/types.h\r");
  assert.match(text(l), /lookup  null \/mnt/);
  l.input(F3);
  assert.equal(l.paneKinds(), ["devices", "mounts"]);
  assert.not.match(text(l), /Layers|ODM/);
  assert.not.ok(l.shell.machine.trace);
  assert.match(text(l), /F3 layers/);
  l.input(F3);
  assert.equal(l.paneKinds(), ["devices", "mounts", "layers"]);
  l.input(SEQ.f1);
  assert.match(text(l), /F3 shows or hides the Layers pane/);
  for (const line of [...keyHelp("full", false), ...keyHelp("inline", true)]) assert.ok(line.length <= 78, line);
});

test("no ODM, panes below the session (narrow): two panes share the width", () => {
  const l = lab(odmless(), { columns: 100 });
  l.input(F3);
  const rows = text(l).split("\n");
  const top = rows.find((r) => r.startsWith("╭─Devices"))!;
  assert.match(top, /╮╭─Mounts/);
  assert.not.match(top, /Layers/);
  for (const line of frame(l).lines) assert.is(lineWidth(line), 100);
});

test("the inline strip: Layers in the ODM's place, its last operations", () => {
  // mounted after the lab started: not one of the boot mounts the strip leaves out
  const l = lab(createSession({ setup }), { mode: "inline", layers: true, columns: 120 });
  mountNull(l.shell, "/usr/include", "/mnt");
  l.input("cat /mnt/sys/types.h\r");
  const t = frameText(inlineFrame(l));
  // the command cut to a third of the strip, then the count of the operations above the last two
  assert.match(t, /│ Layers · cat \/mnt\/sys\/type… … \d+ more operations\n.*│   read    null \/mnt  null#3 → jfs2#\d+:\d+\n.*│   close   null \/mnt  null#3/);
  assert.match(t, /Mounts +\/mnt \/usr\/include null rw ↳ \/usr jfs2/);
});

test("a replay rendered with the Layers pane (replay --trace --cast) shows the operations in its frames", () => {
  const sc = parseScenario(`---\ntitle: layers\nos: aix\nsetup:\n  dirs: [/usr/include/sys]\n---\n\`\`\`console\n# ls /usr/include\nsys\n\`\`\`\n`);
  const cast = replayToCast(sc, { layers: true, tail: 0 });
  assert.match(cast, /Layers · ls \/usr\/include/);
  assert.not.match(replayToCast(sc, { tail: 0 }), /Layers/);
});

test.run();
