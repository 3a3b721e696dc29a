// Component tests: the ink app driven through ink-testing-library's stdin, read from its frames.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stripVTControlCharacters } from "node:util";
import { render } from "ink-testing-library";
import { createSession } from "../../engine/session.js";
import { LabApp } from "../../shell/app.js";
import { Lab, type Mode } from "../../shell/lab.js";

const CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';
const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));

function start(mode: Mode = "full") {
  // ink-testing-library's terminal is 100 columns wide
  const lab = new Lab({ shell: createSession(), mode, columns: 100, rows: 32 });
  const r = render(<LabApp lab={lab} trackSize={false} />);
  const screen = () => stripVTControlCharacters(r.lastFrame() ?? "");
  /** the session column only (the panes share its rows), trailing blanks trimmed */
  const session = () =>
    screen()
      .split("\n")
      .map((row) => (lab.mode === "full" ? [...row].slice(0, lab.lastSession.w).join("") : row).trimEnd())
      .join("\n");
  const until = async (re: RegExp, ms = 2000, what = session) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (re.test(what())) return;
      await tick(5);
    }
    assert.unreachable(`timed out waiting for ${re}:\n${what()}`);
  };
  const type = async (s: string) => {
    r.stdin.write(s);
    await tick();
  };
  return { lab, r, screen, session, until, type };
}

test("the prompt and the banner are drawn", async () => {
  const t = start();
  await tick();
  await t.until(/^#$/m);
  assert.match(t.session(), /aixlab · AIX 7\.2/);
  assert.match(t.screen(), /F1 help/);
  t.r.unmount();
});

test("typing a command and Enter: the line, then its output", async () => {
  const t = start();
  await tick();
  await t.type("lsdev -Cc disk");
  await t.until(/^# lsdev -Cc disk/m);
  await t.type("\r");
  await t.until(/^hdisk0\s+Available/m);
  t.r.unmount();
});

test("a whole line and Enter in one write, keys back to back: nothing lost", async () => {
  const t = start();
  await tick();
  t.r.stdin.write("echo one\r");
  t.r.stdin.write("echo two\r");
  t.r.stdin.write("e");
  t.r.stdin.write("c");
  t.r.stdin.write("h");
  t.r.stdin.write("o three\x7f\x7f\x7f\x7f\x7ffour\r");
  await t.until(/^four$/m);
  assert.match(t.session(), /^one$\n^# echo two$\n^two$\n^# echo four$/m);
  t.r.unmount();
});

test("the Devices pane shows loop0 after a loopmount that did not name it, and not after loopumount", async () => {
  const t = start();
  await tick();
  assert.match(t.screen(), /no loop devices/);
  await t.type(CD + "\r");
  await t.until(/loop0 Available/, 2000, t.screen);
  assert.match(t.screen(), /\/backup\/cd_image/);
  assert.match(t.screen(), /\/mnt \/dev\/loop0 cdrfs ro/);
  await t.type("loopumount -l loop0 -m /mnt\r");
  await t.until(/no loop devices/, 2000, t.screen);
  assert.not.match(t.screen(), /loop0 Available/);
  t.r.unmount();
});

test("history: Up brings back the last command, Enter runs it again", async () => {
  const t = start();
  await tick();
  await t.type("echo hist\r");
  await t.until(/^hist$/m);
  await t.type("\x1b[A");
  await t.until(/^# echo hist$/m);
  await t.type("\r");
  await t.until(/^hist\n# echo hist\nhist$/m);
  t.r.unmount();
});

test("Tab completes a command name and a path", async () => {
  const t = start();
  await tick();
  await t.type("loopm\t");
  await t.until(/^# loopmount$/m);
  assert.is(t.lab.editor.buf, "loopmount ");
  await t.type("-i /back\t");
  await t.until(/^# loopmount -i \/backup\/$/m);
  t.r.unmount();
});

test("Ctrl-C cancels the line and shows ^C", async () => {
  const t = start();
  await tick();
  await t.type("lsdev -C\x03");
  await t.until(/^# lsdev -C\^C$/m);
  assert.is(t.lab.editor.buf, "");
  t.r.unmount();
});

test("exit asks the app to end with the shell's status", async () => {
  const t = start();
  await tick();
  await t.type("exit\r");
  assert.is(t.lab.exitCode, 0);
  t.r.unmount();
});

test("a recalled command of several lines: a prompt row for each line, the hint line still there", async () => {
  const t = start();
  await tick();
  await t.type("for i in 1 2\rdo\recho $i\rdone\r");
  await t.until(/^> done\n1\n2$/m);
  await t.type("\x1b[A");
  await t.until(/^# for i in 1 2\n> do\n> echo \$i\n> done\nF1 help/m, 2000, t.screen);
  const rows = t.screen().split("\n");
  assert.is(rows.length, 32);
  assert.match(rows[31]!, /^F1 help/);
  // an edit lands on the row where the cursor shows
  await t.type("\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D.");
  await t.until(/^> echo \$i\.$/m, 2000, t.screen);
  await t.type("\r");
  await t.until(/^> echo \$i\.$\n^> done$\n^1\.$/m);
  t.r.unmount();
});

test("pasted text (bracketed paste): a Tab in it is a tab, not a completion", async () => {
  const t = start();
  await tick();
  await t.type('\x1b[200~echo "a\tloopm"\x1b[201~');
  await t.until(/^# echo "a {7}loopm"$/m, 2000, t.screen);
  assert.is(t.lab.editor.buf, 'echo "a\tloopm"');
  await t.type("\r");
  await t.until(/^a {7}loopm$/m);
  t.r.unmount();
});

test("inline layout: the session goes to <Static>, the prompt and the strip below it", async () => {
  const t = start("inline");
  await tick();
  await t.type(CD + "\r");
  await t.until(/Devices +loop0 Available/, 2000, t.screen);
  await t.type("echo inline\r");
  await t.until(/^inline$/m);
  const s = t.screen();
  assert.ok(s.indexOf("# echo inline") < s.lastIndexOf("F1 help"));
  t.r.unmount();
});

test.run();
