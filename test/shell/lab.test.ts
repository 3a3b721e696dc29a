import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession } from "../../engine/session.js";
import { HistoryFile, historyPath } from "../../shell/history.js";
import { keyHelp, Lab } from "../../shell/lab.js";
import { lineWidth } from "../../shell/lines.js";
import { frame, frameText, fullFrame, inlineFrame } from "../../shell/screen.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';
const lab = (o: Partial<ConstructorParameters<typeof Lab>[0]> = {}) => new Lab({ shell: createSession(), columns: 120, rows: 40, ...o });
/** the session column of the full-screen frame (the panes share its rows) */
const sessionText = (l: Lab) =>
  frame(l)
    .lines.slice(0, l.lastSession.h)
    .map((line) => line.map((g) => g.t).join("").slice(0, l.lastSession.w).trimEnd())
    .join("\n");

test("a command line runs and its output lands in the session, after the prompt and the line", () => {
  const l = lab({ banner: false });
  l.input("lsdev -Cc loopback\r");
  l.input(CD + "\rlsdev -Cc loopback\r");
  assert.is(l.term.transcript(), `# lsdev -Cc loopback\n# ${CD}\n# lsdev -Cc loopback\nloop0 Available  Loopback Device\n# `);
});

test("the banner names the machine, the help keys and a first command that works", () => {
  const l = lab();
  const t = l.term.transcript();
  assert.match(t, /aixlab/);
  assert.match(t, /AIX 7\.2/);
  assert.match(t, /help/);
  assert.match(t, /F1/);
  const first = /Try:\s+(.*)/.exec(t)![1]!;
  l.input(first + "\r");
  assert.is(l.shell.state.lastStatus, 0);
  assert.is(l.snap.devices[0]?.name, "loop0");
});

test("an unfinished command continues on a > line, then runs as one", () => {
  const l = lab({ banner: false });
  l.input('echo "a\r');
  assert.is(l.pending, true);
  assert.is(l.term.open, "> ");
  l.input('b"\r');
  assert.is(l.pending, false);
  assert.is(l.term.transcript(), '# echo "a\n> b"\na\nb\n# ');
  assert.is(l.editor.history.at(-1), 'echo "a\nb"');
});

test("Ctrl-C shows ^C and gives a fresh prompt; an unfinished command is dropped", () => {
  const l = lab({ banner: false });
  l.input("lsdev -C\x03");
  l.input('echo "x\rmore\x03');
  assert.is(l.term.transcript(), '# lsdev -C^C\n# echo "x\n> more^C\n# ');
  assert.is(l.pending, false);
  assert.is(l.editor.buf, "");
});

test("Ctrl-D in an unfinished command: the shell's syntax error, and the session goes on", () => {
  const l = lab({ banner: false });
  l.input('echo "abc\r\x04');
  assert.match(l.term.transcript(), /^# echo "abc\n> \nksh: 0403-057 Syntax error: `"' is not matched\.\n# $/);
  assert.is(l.exitCode, null);
  assert.is(l.term.open, "# ");
});

test("Ctrl-D after some text hands it to the program that reads, without a newline", () => {
  const l = lab({ banner: false });
  l.input("cat\rabc\x04");
  assert.is(l.term.transcript(), "# cat\nabcabc");
  l.input("\x04");
  assert.is(l.term.transcript(), "# cat\nabcabc# ");
  // at the prompt, Ctrl-D on a line deletes the character under the cursor, as ksh's editor does
  l.input("echo x\x01\x04\r");
  assert.is(l.term.transcript(), "# cat\nabcabc# cho x\nksh: cho:  not found.\n# ");
});

test("Ctrl-\\ sends SIGQUIT to the command that runs (^\\ is echoed)", () => {
  let t = 0;
  const l = lab({ banner: false, now: () => (t += 5) });
  l.wake = () => {};
  l.input("sleep 100\r");
  l.run(20);
  l.input("\x1c");
  l.run(20);
  assert.match(l.term.transcript(), /^# sleep 100\n\^\\Quit\(coredump\)\n# $/);
});

test("Ctrl-Z discards the half-typed line and what was typed ahead, as the terminal's SUSP does", () => {
  let t = 0;
  const l = lab({ banner: false, now: () => (t += 5) });
  l.wake = () => {};
  l.input("cat\r");
  l.run(20);
  l.input("abc\x1a");
  l.run(20);
  assert.is(l.term.transcript(), "# cat\nabc^Z[1] + Stopped                  cat\n# ");
  l.input("fg\r");
  l.run(20);
  assert.is(l.term.transcript(), "# cat\nabc^Z[1] + Stopped                  cat\n# fg\ncat\n");
  l.input("\x04");
  l.run(20);
  assert.ok(l.term.transcript().endsWith("cat\n# "), l.term.transcript());
});

test("time goes on while a background job runs: sleep in the foreground ends in real time", () => {
  let t = 0;
  const l = lab({ banner: false, now: () => (t += 5) });
  l.wake = () => {};
  l.input("yes > /dev/null &\r");
  for (let i = 0; i < 5; i++) l.run(20);
  l.input("sleep 1; echo slept\r");
  let n = 0;
  while (!l.term.transcript().includes("\nslept") && n++ < 2000) l.run(20);
  assert.ok(l.term.transcript().includes("slept\n# "), l.term.transcript());
  assert.ok(t >= 1000, String(t));
  l.input("kill %1\r");
});

test("exit and Ctrl-D end the session with the shell's status", () => {
  const a = lab();
  a.input("exit\r");
  assert.is(a.exitCode, 0);
  const b = lab();
  b.input("exit 3\r");
  assert.is(b.exitCode, 3);
  const c = lab();
  c.input("x\x04");
  assert.is(c.exitCode, null);
  c.input("\x15\x04");
  assert.is(c.exitCode, 0);
  const d = lab();
  d.input("true\rls /nonexistent\r\x04");
  assert.is(d.exitCode, d.shell.state.lastStatus);
  assert.ok(d.exitCode! > 0);
});

test("history is saved in LOOPLAB_HOME and comes back in the next session", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-hist-"));
  try {
    const path = historyPath({ LOOPLAB_HOME: dir });
    assert.is(path, join(dir, "history"));
    const a = lab({ history: new HistoryFile(path) });
    a.input("lsdev -C\r" + CD + "\r\r");
    a.input('echo "two\rlines"\r');
    assert.is(readFileSync(path, "utf8"), `lsdev -C\n${CD}\necho "two\\nlines"\n`);
    const b = lab({ history: new HistoryFile(path) });
    b.input("\x1b[A");
    assert.is(b.editor.buf, 'echo "two\nlines"');
    b.input("\x1b[A");
    assert.is(b.editor.buf, CD);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("XDG_DATA_HOME and the home directory", () => {
  assert.is(historyPath({ XDG_DATA_HOME: "/x/data" }), "/x/data/looplab/history");
  assert.match(historyPath({}), /\.local\/share\/looplab\/history$/);
});

test("? on an empty line and F1 show the keys; ? inside a line is typed", () => {
  const l = lab({ banner: false });
  l.input("?");
  assert.match(l.term.transcript(), /Ctrl-R/);
  assert.is(l.editor.buf, "");
  l.input("ls ?");
  assert.is(l.editor.buf, "ls ?");
  const m = lab({ banner: false });
  m.input("\x1bOP");
  assert.match(m.term.transcript(), /PgUp/);
});

test("Tab completes; a second Tab lists the candidates", () => {
  const l = lab({ banner: false });
  l.input("loopm\t");
  assert.is(l.editor.buf, "loopmount ");
  l.input("\x15ls /backup/cd\t");
  assert.is(l.editor.buf, "ls /backup/cd_image ");
  l.input("\x15loop\t\t");
  assert.match(l.term.transcript(), /# loop\nloopmount\s+loopumount\n/);
  assert.is(l.editor.buf, "loop");
});

test("the panes follow the machine: loop0 appears after loopmount and goes after loopumount", () => {
  const l = lab();
  assert.not.match(frameText(frame(l)), /loop0 Available/);
  l.input(CD + "\r");
  const t = frameText(frame(l));
  assert.match(t, /loop0 Available/);
  assert.match(t, /\/mnt \/dev\/loop0 cdrfs ro/);
  assert.match(t, /ODM · loopmount/);
  assert.match(t, /\+ CuDv\s+loop0/);
  l.input("loopumount -l loop0 -m /mnt\r");
  const u = frameText(frame(l));
  assert.not.match(u, /loop0 Available/);
  assert.match(u, /no loop devices/);
  assert.match(u, /- CuDv\s+loop0/);
});

test("a changed row is highlighted for a moment", () => {
  let now = 0;
  const l = lab({ now: () => now, highlightMs: 1000 });
  l.input(CD + "\r");
  assert.ok(l.highlighted().has("dev:loop0"));
  assert.is(l.nextDeadline(), 1000);
  const hl = frame(l).lines.filter((line) => line.some((g) => g.s?.inverse && g.t.includes("loop0")));
  assert.ok(hl.length > 0);
  now = 1000;
  assert.ok(l.tick());
  assert.is(l.highlighted().size, 0);
  assert.is(l.nextDeadline(), null);
});

test("every layout fits its terminal: full screen every row, inline rows - 1 at most, none wider than the terminal", () => {
  for (const [c, r] of [[120, 40], [80, 24], [100, 30], [99, 30], [60, 16], [40, 10], [200, 60], [20, 4]] as const) {
    for (const mode of ["full", "inline"] as const) {
      const l = lab({ columns: c, rows: r, mode });
      l.input(CD + "\rls -l /mnt\rlsattr -El loop0\r" + "x".repeat(300));
      const f = mode === "full" ? fullFrame(l) : inlineFrame(l);
      if (mode === "full") assert.is(f.lines.length, Math.max(3, r), `${mode} ${c}x${r}: ${f.lines.length} lines`);
      else assert.ok(f.lines.length <= r - 1, `${mode} ${c}x${r}: ${f.lines.length} lines`);
      for (const line of f.lines) assert.ok(lineWidth(line) <= c, `${mode} ${c}x${r}: a line of ${lineWidth(line)}`);
      assert.ok(f.cursor.col < c);
    }
  }
});

test("narrow terminals put the panes below the session; F2 hides and shows them", () => {
  const l = lab({ columns: 80, rows: 24 });
  l.input(CD + "\r");
  const lines = frameText(frame(l)).split("\n");
  const devRow = lines.findIndex((x) => x.includes("Devices"));
  assert.ok(devRow > 5 && lines[devRow]!.startsWith("╭"));
  l.input("\x1bOQ");
  assert.not.match(frameText(frame(l)), /Devices/);
  l.input("\x1bOQ");
  assert.match(frameText(frame(l)), /Devices/);
  const wide = lab({ columns: 120, rows: 40 });
  assert.match(frameText(frame(wide)).split("\n")[0]!, /^\s+╭─Devices/);
});

test("NO_COLOR: no colours in any line", () => {
  const l = lab({ color: false });
  l.input(CD + "\r");
  for (const line of frame(l).lines) for (const g of line) assert.ok(!g.s?.fg && !g.s?.bg, JSON.stringify(g));
  const c = lab({ color: true });
  assert.ok(frame(c).lines.some((line) => line.some((g) => g.s?.fg)));
});

test("PgUp and PgDn scroll the session; a key returns to the bottom", () => {
  const l = lab({ rows: 20 });
  for (let i = 0; i < 30; i++) l.input(`echo line${i}\r`);
  frame(l);
  l.input("\x1b[5~");
  assert.ok(l.scroll > 0);
  const up = sessionText(l);
  assert.not.match(up, /line29/);
  assert.match(frameText(frame(l)), /scrolled back/);
  l.input("\x1b[6~");
  assert.is(l.scroll, 0);
  l.input("\x1b[5~\x1b[<65;1;1M");
  const s = l.scroll;
  l.input("a");
  assert.ok(s > 0 && l.scroll === 0);
});

test("Ctrl-L and clear blank the session view", () => {
  const l = lab({ rows: 20 });
  l.input("echo hello\r\x0c");
  assert.not.match(sessionText(l), /hello/);
  l.input("echo again\rclear\r");
  assert.not.match(sessionText(l), /again/);
  assert.is(l.clearRequests, 2);
});

test("reverse search shows in the prompt row", () => {
  const l = lab();
  l.input("lsdev -C\rdf\r\x12lsd");
  const t = frameText(frame(l));
  assert.match(t, /\(reverse-i-search\)'lsd': lsdev -C/);
});

test("inline layout: finished lines go to the static items, the live area is short", () => {
  const l = lab({ mode: "inline" });
  l.input("echo one\r");
  const items = l.staticItems.map((x) => x.text).join("\n");
  assert.match(items, /aixlab/);
  assert.match(items, /# echo one\none/);
  const f = inlineFrame(l);
  assert.ok(f.lines.length <= 9);
  assert.match(frameText(f), /^# /);
});

test("more in the lab: each key goes to it at once (Space pages, q quits), nothing is echoed, what follows q is the shell's", () => {
  const l = lab({ banner: false });
  l.input("i=1; while [ $i -le 60 ]; do echo line$i; i=$((i+1)); done > /tmp/f60\r");
  l.input("more /tmp/f60\r");
  assert.is(l.rawKeys, true);
  assert.is(l.term.open, "--More--(35%)");
  assert.match(frameText(frame(l)), /the program reads each key as it is pressed/);
  // Space: no line editor, no echo; the prompt is taken away and the next screen follows
  l.input(" ");
  assert.is(l.editor.buf, "");
  assert.is(l.term.open, "--More--(72%)");
  assert.is(l.term.lines.filter((x) => x.startsWith("--More--")).length, 0);
  assert.is(l.term.lines.at(-1), "line44");
  // q, and a command typed on at once: more takes q, the shell the rest
  l.input("qecho next\r");
  assert.is(l.rawKeys, false);
  assert.match(l.term.transcript(), /line44\n# echo next\nnext\n# $/);
  // Ctrl-C stays a signal: more quits, and no ^C is echoed
  l.input("more /tmp/f60\r");
  l.input("\x03");
  assert.is(l.rawKeys, false);
  assert.match(l.term.transcript(), /line22\n# $/);
});


test("F1 prints the keys above a fresh prompt, the line typed so far kept (review 10b #13)", () => {
  const l = lab({ banner: false });
  l.input("pwd\r");
  l.input("ls /b");
  l.input("\x1bOP");
  const help = keyHelp("full", true, "ksh").join("\n");
  assert.is(l.term.transcript(), `# pwd\n/\n${help}\n# `);
  assert.is(l.editor.buf, "ls /b");
  l.input("ackup\r");
  assert.match(l.term.transcript(), new RegExp(`${help.split("\n").pop()!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\n# ls /backup\ncd_image\n# $`));
  // ? on an empty line: the same
  const m = lab({ banner: false });
  m.input("?");
  m.input("pwd\r");
  assert.is(m.term.transcript(), `${help}\n# pwd\n/\n# `);
});

test.run();
