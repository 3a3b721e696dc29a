// ksh88's emacs and gmacs editing modes (shell/editmode/emacs.ts), key by key on a LineEditor.
// `at` shows the cursor as | at the insertion point.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Completion } from "../../shell/complete.js";
import { KSH_VERSION } from "../../shell/editmode/common.js";
import { type EditAction, LineEditor } from "../../shell/editor.js";
import { decodeKeys } from "../../shell/keys.js";

const ESC = "\x1b";
const C = (c: string) => String.fromCharCode(c.charCodeAt(0) & 0x1f);
function emacs(history: string[] = [], mode: "emacs" | "gmacs" = "emacs"): LineEditor {
  const e = new LineEditor(history);
  e.setMode(mode);
  return e;
}
/** keys as a terminal sends them; an Esc not starting an escape sequence is a key of its own */
function feed(e: LineEditor, raw: string): EditAction[] {
  const out: EditAction[] = [];
  for (const part of raw.split(/(\x1b)(?!\[)/)) if (part !== "") for (const k of decodeKeys(part)) out.push(e.key(k));
  return out;
}
const at = (e: LineEditor) => e.buf.slice(0, e.cur) + "|" + e.buf.slice(e.cur);
function after(keys: string, history: string[] = [], mode: "emacs" | "gmacs" = "emacs"): string {
  const e = emacs(history, mode);
  feed(e, keys);
  return at(e);
}

test("moves: Ctrl-A Ctrl-E Ctrl-B Ctrl-F, Esc-b Esc-f (words of letters and digits), counts", () => {
  const line = "mount /dev/loop0 /mnt";
  assert.is(after(line + C("a")), "|mount /dev/loop0 /mnt");
  assert.is(after(line + C("a") + C("e")), "mount /dev/loop0 /mnt|");
  assert.is(after(line + C("b") + C("b")), "mount /dev/loop0 /m|nt");
  assert.is(after(line + C("a") + C("f")), "m|ount /dev/loop0 /mnt");
  assert.is(after(line + ESC + "b"), "mount /dev/loop0 /|mnt");
  assert.is(after(line + ESC + "b" + ESC + "b"), "mount /dev/|loop0 /mnt");
  assert.is(after(line + C("a") + ESC + "f"), "mount| /dev/loop0 /mnt");
  assert.is(after(line + C("a") + ESC + "3" + ESC + "f"), "mount /dev/loop0| /mnt");
  assert.is(after(line + ESC + "4" + C("b")), "mount /dev/loop0 |/mnt");
  // a count is the digits after one Esc (Esc 1 Esc 2 is a count of 2, as in ksh88)
  assert.is(after(line + C("a") + ESC + "1" + ESC + "2" + C("f")), "mo|unt /dev/loop0 /mnt");
  assert.is(after(line + C("a") + ESC + "12" + C("f")), "mount /dev/l|oop0 /mnt");
  // Meta and a key in one chunk: the same as Esc then the key
  const e = emacs();
  for (const k of decodeKeys(line + "\x1bb\x1bb")) e.key(k);
  assert.is(at(e), "mount /dev/|loop0 /mnt");
});

test("Ctrl-] c moves to the next c (round to the start); Esc Ctrl-] c to the one before", () => {
  const line = "a/b/c/d";
  assert.is(after(line + C("a") + C("]") + "/"), "a|/b/c/d");
  assert.is(after(line + C("a") + ESC + "2" + C("]") + "/"), "a/b|/c/d");
  assert.is(after(line + C("a") + C("f") + C("f") + C("]") + "a"), "|a/b/c/d");
  assert.is(after(line + ESC + C("]") + "/"), "a/b/c|/d");
  assert.is(after(line + C("a") + ESC + C("]") + "d"), "a/b/c/|d");
});

test("deletes: Backspace, Ctrl-D, Ctrl-K, Ctrl-U (the whole line), Esc-d, Esc-Backspace, each into the kill buffer", () => {
  const line = "lsattr -El loop0";
  const e = emacs();
  feed(e, line + "\x7f");
  assert.is(at(e), "lsattr -El loop|");
  feed(e, C("y"));
  assert.is(at(e), "lsattr -El loop0|");
  feed(e, C("a") + C("d"));
  assert.is(at(e), "|sattr -El loop0");
  feed(e, ESC + "3" + C("d"));
  assert.is(at(e), "|tr -El loop0");
  feed(e, C("e") + C("y"));
  assert.is(at(e), "tr -El loop0sat|");
  feed(e, ESC + "\x7f");
  assert.is(at(e), "tr -El |");
  feed(e, C("y") + C("a") + ESC + "d");
  assert.is(at(e), "| -El loop0sat");
  feed(e, C("f") + C("k"));
  assert.is(at(e), " |");
  feed(e, C("y"));
  assert.is(at(e), " -El loop0sat|");
  feed(e, C("b") + C("u"));
  assert.is(at(e), "|");
  feed(e, C("y"));
  assert.is(at(e), " -El loop0sat|");
  feed(e, ESC + "h");
  assert.is(at(e), " -El |");
  feed(e, ESC + "h");
  assert.is(at(e), " -|");
  feed(e, C("y"));
  assert.is(at(e), " -El |");
  // Ctrl-K with a count: to that column
  feed(e, C("a") + ESC + "3" + C("k"));
  assert.is(at(e), "|l ");
  assert.is(e.killed, " -E");
});

test("the mark: Ctrl-@ sets it, Ctrl-W kills to it, Ctrl-X Ctrl-X swaps, Esc-space, Esc-p copies", () => {
  const e = emacs();
  feed(e, "cp /a /b" + C("a") + C("f") + C("f") + C("f") + "\x00" + C("e"));
  feed(e, C("w"));
  assert.is(at(e), "cp |");
  feed(e, C("y"));
  assert.is(at(e), "cp /a /b|");
  feed(e, C("x") + C("x"));
  assert.is(at(e), "cp |/a /b");
  feed(e, C("x") + C("x"));
  assert.is(at(e), "cp /a /b|");
  feed(e, C("a") + ESC + " " + C("e") + ESC + "p");
  assert.is(at(e), "cp /a /b|");
  assert.is(e.killed, "cp /a /b");
  assert.equal(feed(e, C("x") + "q").pop(), { kind: "bell" });
});

test("Ctrl-T: emacs swaps with the next character and moves on (at the end the two before); gmacs always the two before", () => {
  assert.is(after("abcd" + C("a") + C("t")), "b|acd");
  assert.is(after("abcd" + C("t")), "abdc|");
  assert.equal(feed(emacs(), "abcd" + C("b") + C("t")).pop(), { kind: "bell" });
  assert.is(after("abcd" + C("b") + C("t"), [], "gmacs"), "acb|d");
  assert.is(after("abcd" + C("a") + C("f") + C("t"), [], "gmacs"), "a|bcd");
  assert.equal(feed(emacs(), "a" + C("t")).pop(), { kind: "bell" });
});

test("Esc-l lower-cases and Esc-c upper-cases a word; Esc-. and Esc-_ insert the last command's last word", () => {
  assert.is(after("LSDEV -C" + C("a") + ESC + "l"), "lsdev| -C");
  assert.is(after("lsdev -c x" + C("a") + ESC + "2" + ESC + "c"), "LSDEV -C| x");
  const hist = ["loopmount -i /backup/cd_image -m /mnt"];
  assert.is(after("cd " + ESC + ".", hist), "cd /mnt|");
  assert.is(after("ls " + ESC + "_", hist), "ls /mnt|");
  assert.is(after("ls " + ESC + "3" + ESC + ".", hist), "ls /backup/cd_image|");
});

test("history: Ctrl-P Ctrl-N (counts), Esc-< Esc->, the arrows", () => {
  const hist = ["first", "second", "third"];
  const e = emacs(hist);
  feed(e, "typed" + C("p"));
  assert.is(at(e), "third|");
  feed(e, ESC + "2" + C("p"));
  assert.is(at(e), "first|");
  assert.equal(feed(e, C("p")), [{ kind: "bell" }]);
  feed(e, C("n"));
  assert.is(at(e), "second|");
  feed(e, C("n") + C("n"));
  // ksh88: past the newest command is the new line, empty (what was typed is not kept)
  assert.is(at(e), "|");
  assert.equal(feed(e, C("n")), [{ kind: "bell" }]);
  feed(e, ESC + "<");
  assert.is(at(e), "first|");
  feed(e, ESC + ">");
  assert.is(at(e), "third|");
  feed(e, "\x1b[A\x1b[A");
  assert.is(at(e), "first|");
  feed(e, "\x1b[B\x1b[D\x1b[D\x1b[H");
  assert.is(at(e), "|second");
});

test("Ctrl-R string Enter searches the history; an empty string repeats; ^ anchors; a miss rings and restores", () => {
  const hist = ["lsdev -C", "mount /mnt", "lsattr -El loop0", "umount /mnt", "df"];
  const e = emacs(hist);
  feed(e, "x" + C("r") + "mnt");
  assert.is(at(e), "^Rmnt|");
  assert.match(e.modeHint(), /search/);
  feed(e, "\r");
  assert.is(at(e), "umount /mnt|");
  feed(e, C("r") + "\r");
  assert.is(at(e), "mount /mnt|");
  feed(e, C("r") + "^ls\r");
  assert.is(at(e), "lsdev -C|");
  const f = emacs(hist);
  feed(f, "typed" + C("a"));
  assert.equal(feed(f, C("r") + "nosuch\r").pop(), { kind: "bell" });
  assert.is(at(f), "typed|");
  // Backspace edits the string; Ctrl-U gives the search up
  feed(f, C("r") + "ab\x7f\x7f");
  assert.equal(feed(f, "\x7f"), [{ kind: "bell" }]);
  feed(f, C("u"));
  assert.is(at(f), "typed|");
});

test("Enter, Ctrl-D (end of file on an empty line), Ctrl-C, Ctrl-L, Ctrl-V", () => {
  const e = emacs();
  assert.equal(feed(e, C("d")), [{ kind: "eof" }]);
  assert.equal(feed(e, "pwd\r").pop(), { kind: "submit", line: "pwd" });
  assert.equal(feed(e, "ab\x03").pop(), { kind: "cancel", line: "ab" });
  assert.is(at(e), "|");
  assert.equal(feed(e, "a" + C("l")).pop(), { kind: "redraw" });
  feed(e, C("v"));
  assert.is(e.buf, KSH_VERSION);
  feed(e, " ");
  assert.is(at(e), "a|");
  feed(e, C("v") + "b");
  assert.is(at(e), "ab|");
});

test("Esc-# comments the line out and runs it; Ctrl-O runs a history line and brings the next one", () => {
  const e = emacs(["cd /tmp", "ls", "pwd"]);
  assert.equal(feed(e, "rm x" + ESC + "#").pop(), { kind: "submit", line: "#rm x" });
  feed(e, C("p") + C("p") + C("p"));
  assert.is(at(e), "cd /tmp|");
  assert.equal(feed(e, C("o")).pop(), { kind: "submit", line: "cd /tmp" });
  // the lab records the line run; the next line is the command after it
  e.remember("cd /tmp");
  assert.is(at(e), "ls|");
  assert.equal(feed(e, C("o")).pop(), { kind: "submit", line: "ls" });
  e.remember("ls");
  assert.is(at(e), "pwd|");
  feed(e, C("p"));
  assert.is(at(e), "ls|");
});

test("Esc Esc completes the word at the cursor; Esc-* puts every match; Esc-= lists them", () => {
  const files = ["/etc/filesystems", "/etc/filesys.old", "/etc/hosts"];
  const e = emacs();
  e.completer = (line, cursor): Completion | null => {
    const start = line.lastIndexOf(" ", cursor - 1) + 1;
    const word = line.slice(start, cursor);
    const m = files.filter((f) => f.startsWith(word));
    if (m.length === 0) return null;
    let p = m[0]!;
    for (const f of m) while (!f.startsWith(p)) p = p.slice(0, -1);
    return { start, replacement: m.length === 1 ? p + " " : p, candidates: m.map((f) => f.slice(5)), unique: m.length === 1 };
  };
  feed(e, "cat /etc/h" + ESC + ESC);
  assert.is(at(e), "cat /etc/hosts |");
  feed(e, C("u") + "cat /etc/f" + ESC + ESC);
  assert.is(at(e), "cat /etc/filesys|");
  assert.equal(feed(e, ESC + "="), [{ kind: "none" }, { kind: "list", items: ["filesystems", "filesys.old"] }]);
  feed(e, ESC + "*");
  assert.is(at(e), "cat /etc/filesystems /etc/filesys.old|");
  feed(e, C("u") + "cat /none" + ESC);
  assert.equal(feed(e, ESC), [{ kind: "bell" }]);
  // Tab: the lab's completion
  assert.equal(feed(e, "\t"), [{ kind: "complete" }]);
});

test("gmacs and emacs are told apart in the hint; other control keys ring the bell", () => {
  assert.match(emacs().modeHint(), /^emacs mode/);
  assert.match(emacs([], "gmacs").modeHint(), /^gmacs mode/);
  assert.equal(feed(emacs(), C("g")), [{ kind: "bell" }]);
  assert.equal(feed(emacs(), ESC + "z"), [{ kind: "none" }, { kind: "bell" }]);
});

test.run();
