import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeKeys } from "../../shell/keys.js";

const names = (s: string) => decodeKeys(s).map((k) => (k.name === "char" ? (k.ctrl ? `C-${k.ch}` : k.meta ? `M-${k.ch}` : k.ch) : (k.ctrl ? "C-" : "") + (k.meta ? "M-" : "") + k.name));

test("a whole line and Enter in one chunk are every key, in order", () => {
  assert.equal(names("ls -l\r"), ["l", "s", " ", "-", "l", "enter"]);
});

test("keys back to back: arrows, backspaces, control keys", () => {
  assert.equal(names("\x1b[A\x1b[A\x1b[B"), ["up", "up", "down"]);
  assert.equal(names("ab\x7f\x7f"), ["a", "b", "backspace", "backspace"]);
  assert.equal(names("\x01\x05\x15\x0b\x17\x03\x04\x0c\x12"), ["C-a", "C-e", "C-u", "C-k", "C-w", "C-c", "C-d", "C-l", "C-r"]);
  assert.equal(names("\t\b"), ["tab", "backspace"]);
});

test("a pasted line with CR LF is one Enter", () => {
  assert.equal(names("pwd\r\nls\n"), ["p", "w", "d", "enter", "l", "s", "enter"]);
});

test("home/end/delete/page keys in their xterm and vt forms", () => {
  assert.equal(names("\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[3~\x1b[5~\x1b[6~"), [
    "home", "end", "home", "end", "home", "end", "delete", "pageup", "pagedown",
  ]);
});

test("function keys, modified arrows, meta keys", () => {
  assert.equal(names("\x1bOP\x1bOQ\x1b[11~\x1b[12~\x1b[[A"), ["f1", "f2", "f1", "f2", "f1"]);
  assert.equal(names("\x1b[1;5D\x1b[1;3C"), ["C-left", "M-right"]);
  assert.equal(names("\x1bb\x1bf\x1b\x7f"), ["M-b", "M-f", "M-backspace"]);
});

test("mouse wheel (SGR) and a lone escape", () => {
  assert.equal(names("\x1b[<64;10;5M\x1b[<65;10;5M\x1b[<0;1;1M"), ["wheelup", "wheeldown", "unknown"]);
  assert.equal(names("\x1b"), ["escape"]);
});

test("non-ASCII text stays whole", () => {
  assert.equal(names("é😀"), ["é", "😀"]);
});

test("Ctrl-\\ Ctrl-] Ctrl-^ are control keys (Ctrl-\\ sends SIGQUIT in the lab)", () => {
  assert.equal(names("\x1c\x1d\x1e"), ["C-\\", "C-]", "C-^"]);
});

test("bracketed paste: the markers around pasted text are keys of their own", () => {
  assert.equal(names("\x1b[200~a\tb\r\x1b[201~"), ["pastestart", "a", "tab", "b", "enter", "pasteend"]);
});

test.run();
