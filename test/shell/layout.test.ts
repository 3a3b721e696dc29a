// The terminal lab's drawing, as a new user meets it: commands of several lines in the prompt,
// pasted text, the layouts at each width, the panes' rows, the hint line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createSession } from "../../engine/session.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { sessionFor } from "../../shell/cast.js";
import { SEQ } from "../../shell/keys.js";
import { keyHelp, Lab } from "../../shell/lab.js";
import { lineText, lineWidth, seg } from "../../shell/lines.js";
import { deviceLines, fitContent, type PaneLine } from "../../shell/panes.js";
import { Player } from "../../shell/replay.js";
import { frame, frameText, fullFrame, inlineFrame } from "../../shell/screen.js";
import { eraseRewrapped, FrameSink } from "../../shell/sink.js";
import { Vt } from "./vt.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';
const MKDEV = "mkdev -c loopback -s node -t loopback";
const lab = (o: Partial<ConstructorParameters<typeof Lab>[0]> = {}) =>
  new Lab({ shell: createSession(), columns: 120, rows: 40, banner: false, history: null, ...o });
const rows = (l: Lab) => frameText(frame(l)).split("\n");
const LOOP = "for i in 1 2\rdo\recho $i\rdone\r";

// ---- 1. a command of several lines in the prompt ----

test("Up after a for loop of four lines: four prompt rows (# then >), the hint still last, every row on the screen", () => {
  for (const mode of ["full", "inline"] as const) {
    const l = lab({ mode, columns: 120, rows: 30 });
    l.input(LOOP);
    l.input(SEQ.up);
    assert.is(l.editor.buf, "for i in 1 2\ndo\necho $i\ndone");
    const f = frame(l);
    const text = frameText(f).split("\n");
    if (mode === "full") assert.is(f.lines.length, 30);
    for (const line of f.lines) assert.ok(lineWidth(line) <= 120, mode);
    const at = text.findLastIndex((r) => /^# for i in 1 2\b/.test(r));
    assert.ok(at >= 0, `${mode}: no prompt row\n${text.join("\n")}`);
    assert.match(text[at + 1]!, /^> do\b/);
    assert.match(text[at + 2]!, /^> echo \$i\b/);
    assert.match(text[at + 3]!, /^> done\b/);
    assert.match(text.join("\n"), /F1 help/);
    if (mode === "full") assert.match(text[29]!, /^F1 help/);
    // no row holds a raw newline
    for (const line of f.lines) for (const g of line) assert.not.ok(g.t.includes("\n"));
    // the cursor is at the end of the last line, on its row
    assert.is(f.cursor.row, at + 3);
    assert.is(f.cursor.col, "> done".length);
  }
});

test("the cursor moves between the rows of a recalled command; edits land where it shows", () => {
  const l = lab({ rows: 24 });
  l.input(LOOP + SEQ.up);
  l.input(SEQ.left.repeat(5)); // before "\ndone"
  const f = frame(l);
  const text = frameText(f).split("\n");
  assert.match(text[f.cursor.row]!, /^> echo \$i/);
  assert.is(f.cursor.col, "> echo $i".length);
  l.input("x");
  assert.is(l.editor.buf, "for i in 1 2\ndo\necho $ix\ndone");
  assert.match(rows(l).join("\n"), /^> echo \$ix$/m);
});

test("Up at a > continuation prompt and a Ctrl-R match of several lines draw several rows", () => {
  const l = lab({ rows: 24 });
  l.input(LOOP);
  l.input('echo "a\r');
  assert.is(l.term.open, "> ");
  l.input(SEQ.up);
  let t = rows(l).join("\n");
  assert.match(t, /^> for i in 1 2$\n^> do$\n^> echo \$i$\n^> done$/m);
  l.input(SEQ.ctrl("c") + SEQ.ctrl("r") + "echo $");
  t = rows(l).join("\n");
  assert.match(t, /^\(reverse-i-search\)'echo \$': for i in 1 2$\n^> do$\n^> echo \$i$\n^> done$/m);
  assert.match(t, /Esc edits it/);
});

test("a command longer than the screen: the prompt rows stop at a share of it, the cursor's row shown", () => {
  const l = lab({ columns: 80, rows: 12 });
  const many = Array.from({ length: 30 }, (_, i) => `echo ${i}`).join("\n");
  l.editor.set(many);
  const f = fullFrame(l);
  assert.is(f.lines.length, 12);
  const text = frameText(f).split("\n");
  assert.match(text[f.cursor.row]!, /^> echo 29$/);
  assert.match(text[11]!, /F1 help/);
});

test("recalled and typed commands of several lines go into the session with PS2 on each continuation line", () => {
  const l = lab();
  l.input(LOOP);
  l.input(SEQ.up + "\r");
  assert.is(l.term.transcript(), "# for i in 1 2\n> do\n> echo $i\n> done\n1\n2\n".repeat(2) + "# ");
});

test("a long line is marked where it is cut: < on the left, > on the right", () => {
  const l = lab({ columns: 40, rows: 10 });
  l.input("echo " + "a".repeat(60) + " end");
  assert.match(rows(l)[8]!, /^<a+ end$/);
  l.input(SEQ.home);
  assert.match(rows(l)[8]!, /^# echo a+>$/);
  assert.is(rows(l)[8]!.length, 40);
});

// ---- 2. pasted text ----

test("bracketed paste: a pasted Tab is a tab in the line, not a completion; ? is text; Enter runs each line", () => {
  const l = lab();
  l.input(SEQ.pasteStart + 'echo "a\tb"' + SEQ.pasteEnd);
  assert.is(l.editor.buf, 'echo "a\tb"');
  // drawn at the tab stop, as a terminal shows it
  assert.match(rows(l).join("\n"), /^# echo "a {7}b"/m);
  l.input("\r");
  assert.match(l.term.transcript(), /^a\tb$/m);
  // a paste in several chunks, a ? at the start, two lines
  l.input(SEQ.pasteStart + "?");
  l.input("x\techo one\nech");
  l.input("o two" + SEQ.pasteEnd);
  assert.not.match(l.term.transcript(), /Keys:/);
  assert.match(l.term.transcript(), /^# \?x\techo one$/m);
  assert.is(l.editor.buf, "echo two");
  assert.not.ok(l.pasting);
  // typed again after the paste: Tab completes
  l.input("\x15loopm\t");
  assert.is(l.editor.buf, "loopmount ");
});

// ---- 3, 14. the inline layout: the terminal scrolls, the strip shows at 80 columns ----

test("--inline: PgUp/PgDn and the wheel scroll nothing (the terminal's scrollback does), and the hint does not offer them", () => {
  const l = lab({ mode: "inline", rows: 20 });
  for (let i = 0; i < 30; i++) l.input(`echo line${i}\r`);
  l.input(SEQ.pageup + "\x1b[<64;1;1M");
  assert.is(l.scroll, 0);
  const t = rows(l).join("\n");
  assert.not.match(t, /scrolled back|PgUp/);
  assert.not.match(keyHelp("inline").join("\n"), /PgUp/);
  const full = lab({ rows: 20 });
  assert.match(rows(full).join("\n"), /PgUp\/PgDn scroll/);
});

test("--inline at 80 columns shows the compact panes strip", () => {
  const l = lab({ mode: "inline", columns: 80, rows: 24 });
  l.input(CD + "\r");
  const t = frameText(inlineFrame(l));
  assert.match(t, /^Devices loop0 Available \/backup\/cd_image/m);
  assert.match(t, /^Mounts +\/mnt \/dev\/loop0 cdrfs ro/m);
  assert.match(t, /F2 panes/);
  l.input(SEQ.f2);
  assert.match(frameText(inlineFrame(l)), /F2 shows panes/);
});

// ---- 4. the side layout keeps 80 columns for the session ----

test("100 to 114 columns: panes below (the session keeps 80 columns and more); from 115: beside", () => {
  for (const [c, side] of [[100, false], [110, false], [114, false], [115, true], [120, true], [160, true]] as const) {
    const l = lab({ columns: c, rows: 40 });
    l.input(CD + "\r");
    const t = rows(l);
    assert.is(/^\s+╭─Devices/.test(t[0]!), side, `${c} columns`);
    assert.ok(l.lastSession.w >= 80, `${c} columns: a session of ${l.lastSession.w}`);
    if (!side) assert.ok(t.some((r) => r.startsWith("╭─Devices")), `${c} columns: no panes below`);
  }
});

// ---- 5. --inline resize ----

test("--inline resize: the live area is erased at the height the terminal re-wrapped it to", () => {
  assert.is(eraseRewrapped(null, 80), "");
  assert.is(eraseRewrapped({ widths: [100, 50, 0], columns: 120 }, 130), "", "wider: ink's own erase is right");
  assert.is(eraseRewrapped({ widths: [60, 50, 0], columns: 120 }, 100), "", "nothing re-wrapped");
  // 100 → 2 rows, 70 → 2 rows, 0 → 1 row at 60 columns: 5 rows above the cursor; ink erases 3
  assert.is(eraseRewrapped({ widths: [100, 70, 0], columns: 120 }, 60), "\r\x1b[5A\x1b[J\x1b[3B");
});

// ---- 6. the keys help ----

test("F1: the keys fit 78 columns, each said once", () => {
  for (const mode of ["full", "inline"] as const) {
    const help = keyHelp(mode);
    for (const line of help) assert.ok(line.length <= 78, `${line.length}: ${line}`);
    const text = help.join("\n");
    assert.ok((text.match(/mouse wheel/g) ?? []).length <= 1);
    assert.ok((text.match(/Ctrl-R/g) ?? []).length === 1);
  }
  const l = lab({ columns: 80, rows: 24 });
  l.input("?");
  // no help row is wrapped in an 80-column session
  for (const line of l.term.lines) assert.ok(line.length <= 80);
});

// ---- 7, 8, 17. the panes' rows ----

test("Devices: '… N more devices' counts devices; no image is said on the first row", () => {
  const l = lab({ columns: 80, rows: 24 });
  l.input(CD + "\r");
  for (let i = 0; i < 5; i++) l.input(MKDEV + "\r");
  const t = rows(l).join("\n");
  // loop1 shows in part (no row is left blank): the other 4 are counted
  assert.match(t, /│ loop1 Available +│.*\n│ … 4 more devices +│/);
  const d = lab({ columns: 120, rows: 40 });
  d.input(MKDEV + "\r");
  const dt = rows(d).join("\n");
  assert.match(dt, /│ loop0 Available no image( not temporary)? +│/);
  assert.not.match(dt, /│ +no image/);
  // the cut falls between devices; the last one shows in part rather than leave a row blank
  const lines: PaneLine[] = ["a", "a", "b", "b", "c", "c"].map((g, i) => ({ line: [seg(g + i)], group: g }));
  assert.equal(
    fitContent(lines, 4, "device").map((x) => lineText(x.line)),
    ["a0", "a1", "b2", "… 1 more device"],
  );
  assert.equal(fitContent(lines, 6, "device").length, 6);
});

test("Devices: the binding (rw) and the mount (ro) are both named", () => {
  const l = lab();
  l.input(CD + "\r");
  const t = rows(l).join("\n");
  assert.match(t, /loop0 Available temporary/);
  assert.match(t, /\/backup\/cd_image bound rw/);
  assert.match(t, /mounted ro on \/mnt/);
  const dev = l.snap.devices[0]!;
  const narrow = deviceLines(dev, 23, l.snap.mounts.filter((m) => m.special === "/dev/loop0")).map(lineText);
  for (const r of narrow) assert.ok(r.length <= 23, r);
  assert.ok(narrow.some((r) => /bound rw/.test(r)));
});

test("a pane row that does not fit ends with …; paths lose their middle, not their end", () => {
  // ODM: the attribute's value keeps its end, on its row or on the next
  for (const [c, re] of [
    [120, /│ \+ CuAt +loop0 filename=\/…\/cd_image │/],
    [80, /│ \+ CuAt loop0 filenam… │\n.*│ {5}\/backup\/cd_image +│/],
  ] as const) {
    const l = lab({ columns: c, rows: 24 });
    l.input(MKDEV + "\rchdev -l loop0 -a filename=/backup/cd_image\r");
    assert.match(rows(l).join("\n"), re, `${c} columns`);
  }
  // Mounts: the device and the type whole, a long path cut in the middle
  const m = lab({ columns: 120, rows: 40 });
  m.input("mkdir -p /var/adm/ras/livedump/a/very/long/mount/point/name\r");
  m.input('loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /var/adm/ras/livedump/a/very/long/mount/point/name\r');
  const t = rows(m).join("\n");
  assert.match(t, /└ \/var\S*…\/name \/dev\/loop0 cdrfs/);
  assert.match(t, /│ │ └ \/v…\/livedump \/dev\/livedump jfs2 │/);
  // a row cut at the pane's edge ends with …
  assert.match(t, /│ ├ \/usr \/dev\/hd2 jfs2 rw,log=\/dev\/h… │/);
});

// ---- 10, 12. replays ----

const S01 = parseScenario(readFileSync("scenarios/aix/01-mount-cd-image.md", "utf8"));

test("a replay in a cast shows where it is and the scenario, not keys nobody can press", () => {
  const l = new Lab({ shell: sessionFor(S01), columns: 120, rows: 36, now: () => 0 });
  const p = new Player(l, S01, { interactive: false });
  assert.is(l.status, `replay 0/9 · ${S01.meta.title}`);
  p.skipToNextCommand();
  assert.is(l.status, `replay 1/9 · ${S01.meta.title}`);
  assert.not.match(frameText(frame(l)), /Space|q quits/);
});

test("--inline replay: the player's keys are never cut by the strip (a row of their own when needed)", () => {
  for (const c of [100, 120, 160]) {
    const l = new Lab({ shell: sessionFor(S01), mode: "inline", columns: c, rows: 36, now: () => 0 });
    new Player(l, S01);
    const f = inlineFrame(l);
    const t = frameText(f).split("\n");
    assert.ok(t.some((r) => /^replay playing 0\/9 · Space pauses · n next command · q quits( +│|$)/.test(r)), `${c}:\n${t.join("\n")}`);
    for (const line of f.lines) assert.ok(lineWidth(line) <= c);
  }
});

// ---- 11. recording ----

test("recording: the hint line says REC", () => {
  const l = lab();
  l.recording = "s.cast";
  assert.match(rows(l).at(-1)!, /^● REC F1 help/);
  l.input("zzq\t\t");
  assert.match(rows(l).at(-1)!, /^● REC no completion/);
});

test("full screen: ink's cursor-show on its way out does not wipe the last frame (a recording ends on it)", () => {
  const vt = new Vt(20, 4);
  const sink = new FrameSink({ columns: 20, rows: 4, write: (x: string) => vt.write(x) });
  sink.write("one\ntwo\nthree\nfour\n");
  sink.write("\x1b[?25h");
  assert.is(vt.screen(), "one\ntwo\nthree\nfour");
});

// ---- 15. completion notice ----

test("the 'no completion' notice goes when a later completion works", () => {
  const l = lab({ now: () => 0 });
  l.input("zzz\t");
  assert.is(l.message?.text, "no completion");
  l.input("\x15loopm\t");
  assert.is(l.editor.buf, "loopmount ");
  assert.is(l.message, null);
});

// ---- 18. nits ----

test("full screen uses the terminal's last row; the ODM pane names the whole command line", () => {
  const l = lab({ columns: 120, rows: 30 });
  l.input(CD + "\r");
  const t = rows(l);
  assert.is(t.length, 30);
  assert.match(t[29]!, /F1 help/);
  assert.match(t.join("\n"), /╭─ODM · loopmount -i \/backup\/cd_/);
  const w = lab({ columns: 160, rows: 30 });
  w.input(LOOP);
  assert.match(rows(w).join("\n"), /╭─ODM · for i in 1 2; do echo \$i; done─/);
});

test.run();
