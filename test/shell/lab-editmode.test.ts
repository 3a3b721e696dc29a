// The lab's line editor follows ksh's editing mode (set -o vi / emacs, VISUAL, EDITOR) while the
// shell reads a command line; a program reading the terminal gets the plain line editing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession } from "../../engine/session.js";
import { Lab } from "../../shell/lab.js";
import { frame, frameText } from "../../shell/screen.js";

const lab = () => new Lab({ shell: createSession(), columns: 100, rows: 30, banner: false });
/** keys, each lone Esc on its own (as typed) */
function keys(l: Lab, raw: string): void {
  for (const part of raw.split(/(\x1b)(?!\[)/)) if (part !== "") l.input(part);
}

test("set -o vi: Esc, 0, cw, Enter edit and run the line", () => {
  const l = lab();
  keys(l, "set -o vi\r");
  assert.is(l.editor.mode, "vi");
  keys(l, "echo hello\x1b0cwprint\x1b\r");
  assert.is(l.term.transcript(), "# set -o vi\n# print hello\nhello\n# ");
  // k brings the line back, / finds an older one
  keys(l, "\x1bk");
  assert.is(l.editor.buf, "print hello");
  keys(l, "/set\r");
  assert.is(l.editor.buf, "set -o vi");
});

test("the hint line names the mode; ? is a character, not the help, in vi and emacs", () => {
  const l = lab();
  keys(l, "set -o vi\r");
  assert.match(frameText(frame(l)), /F1 help · vi input mode · Esc: control mode/);
  keys(l, "?");
  assert.is(l.editor.buf, "?");
  keys(l, "\x1b");
  assert.match(frameText(frame(l)), /F1 help · vi control mode/);
  keys(l, "cc" + "set -o emacs\r");
  assert.is(l.editor.mode, "emacs");
  assert.match(frameText(frame(l)), /F1 help · emacs mode/);
  keys(l, "set +o emacs\r");
  assert.is(l.editor.mode, "lab");
  assert.not.match(frameText(frame(l)), /emacs mode/);
});

test("at 80 columns the mode's hint loses its last parts whole, not cut mid-word", () => {
  const l = new Lab({ shell: createSession(), columns: 80, rows: 24, banner: false });
  keys(l, "set -o vi\rabc\x1b");
  const hint = frameText(frame(l)).split("\n").pop()!;
  assert.match(hint, /^F1 help · vi control mode · i a A insert · h l w b move( · [^…]*)?$/);
  assert.ok(hint.length <= 80, hint);
});

test("VISUAL and EDITOR choose the mode as ksh88 does", () => {
  const l = lab();
  keys(l, "EDITOR=/usr/bin/vi\r");
  assert.is(l.editor.mode, "vi");
  keys(l, "VISUAL=emacs\r");
  assert.is(l.editor.mode, "emacs");
});

test("a program reading the terminal gets the plain line editing, the shell's prompt the mode again", () => {
  const l = lab();
  keys(l, "set -o vi\rread x\r");
  assert.is(l.editor.mode, "lab");
  keys(l, "ab\x1bc\r");
  assert.is(l.editor.mode, "vi");
  keys(l, "echo \"[$x]\"\r");
  assert.match(l.term.transcript(), /\n\[abc\]\n# $/);
});

test("Esc \\ completes a file name in place; = lists the matches under the line; Ctrl-L shows the line again", () => {
  const l = lab();
  keys(l, "set -o vi\rcat /etc/filesy\x1b\\");
  assert.is(l.editor.buf, "cat /etc/filesystems ");
  assert.is(l.editor.cur, l.editor.buf.length);
  keys(l, "\x1bccls /etc/fi\x1b=");
  assert.match(l.term.transcript(), /# ls \/etc\/fi\n( ?\d+\) \S+\n)+# $/);
  assert.match(l.term.transcript(), /\d\) filesystems\n/);
  keys(l, "\x0c");
  assert.match(l.term.transcript(), /# ls \/etc\/fi\n# $/);
  // Esc Esc in emacs mode
  keys(l, "\x03set -o emacs\rcat /etc/filesy\x1b\x1b");
  assert.is(l.editor.buf, "cat /etc/filesystems ");
});

test("Ctrl-C interrupts in vi control mode too; Ctrl-D on an empty line is end of file", () => {
  const l = lab();
  keys(l, "set -o vi\rsome text\x1b\x03");
  assert.match(l.term.transcript(), /# some text\^C\n# $/);
  assert.is(l.editor.buf, "");
  keys(l, "\x04");
  assert.is(l.exitCode, 130);
});

test.run();
