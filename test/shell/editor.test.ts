import { test } from "uvu";
import * as assert from "uvu/assert";
import { LineEditor } from "../../shell/editor.js";
import { decodeKeys } from "../../shell/keys.js";

/** feed raw terminal input; the actions, in order */
function feed(e: LineEditor, raw: string) {
  return decodeKeys(raw).map((k) => e.key(k));
}
const at = (e: LineEditor) => e.buf.slice(0, e.cur) + "|" + e.buf.slice(e.cur);

test("typing, moving and deleting", () => {
  const e = new LineEditor();
  feed(e, "lsdev -C");
  assert.is(at(e), "lsdev -C|");
  feed(e, "\x1b[D\x1b[D\x7f");
  assert.is(at(e), "lsdev|-C");
  feed(e, "\x1b[3~");
  assert.is(at(e), "lsdev|C");
  feed(e, "\x01");
  assert.is(at(e), "|lsdevC");
  feed(e, "\x05");
  assert.is(at(e), "lsdevC|");
  feed(e, "\x1b[H\x1b[C\x1b[F");
  assert.is(at(e), "lsdevC|");
});

test("Ctrl-U, Ctrl-K, Ctrl-W and Ctrl-Y", () => {
  const e = new LineEditor();
  feed(e, "mount /dev/loop0 /mnt");
  feed(e, "\x17");
  assert.is(at(e), "mount /dev/loop0 |");
  feed(e, "\x17");
  assert.is(at(e), "mount |");
  feed(e, "\x19");
  assert.is(at(e), "mount /dev/loop0 |");
  feed(e, "\x01\x1b[C\x1b[C\x0b");
  assert.is(at(e), "mo|");
  feed(e, "\x05\x15");
  assert.is(at(e), "|");
});

test("Enter submits the line; keys after it in the same chunk start the next line", () => {
  const e = new LineEditor();
  const acts = feed(e, "pwd\rls");
  assert.equal(acts.filter((a) => a.kind === "submit"), [{ kind: "submit", line: "pwd" }]);
  assert.is(at(e), "ls|");
});

test("Ctrl-C cancels, Ctrl-D quits only on an empty line, Ctrl-L clears", () => {
  const e = new LineEditor();
  assert.equal(feed(e, "abc\x03").pop(), { kind: "cancel", line: "abc" });
  assert.is(e.buf, "");
  assert.equal(feed(e, "\x04").pop(), { kind: "eof" });
  feed(e, "ab\x01");
  assert.equal(feed(e, "\x04").pop(), { kind: "changed" });
  assert.is(at(e), "|b");
  assert.equal(feed(e, "\x0c").pop(), { kind: "clear" });
});

test("history: Up and Down, the draft comes back", () => {
  const e = new LineEditor(["one", "two"]);
  feed(e, "dra");
  feed(e, "\x1b[A");
  assert.is(at(e), "two|");
  feed(e, "\x1b[A");
  assert.is(at(e), "one|");
  assert.equal(feed(e, "\x1b[A").pop(), { kind: "bell" });
  feed(e, "\x1b[B\x1b[B");
  assert.is(at(e), "dra|");
  e.remember("three");
  e.remember("three");
  e.remember("   ");
  assert.equal(e.history, ["one", "two", "three"]);
});

test("Ctrl-R searches back through the history; Enter runs the match", () => {
  const e = new LineEditor(["loopmount -i /a -m /mnt", "lsdev -C", "loopumount -l loop0 -m /mnt", "df"]);
  feed(e, "\x12loop");
  assert.is(e.buf, "loopumount -l loop0 -m /mnt");
  assert.ok(e.search);
  feed(e, "\x12");
  assert.is(e.buf, "loopmount -i /a -m /mnt");
  const acts = feed(e, "\r");
  assert.equal(acts.pop(), { kind: "submit", line: "loopmount -i /a -m /mnt" });
  assert.is(e.search, null);
});

test("Ctrl-R: no match fails, Ctrl-G restores the line, an arrow keeps the match for editing", () => {
  const e = new LineEditor(["df -k", "lsattr -El loop0"]);
  feed(e, "x\x12zz");
  assert.ok(e.search!.failed);
  feed(e, "\x07");
  assert.is(at(e), "x|");
  feed(e, "\x15\x12df\x1b[C");
  assert.is(e.search, null);
  assert.is(e.buf, "df -k");
});

test("Ctrl-R: Esc keeps the match on the line for editing (as bash does); Ctrl-G and Ctrl-C cancel", () => {
  const e = new LineEditor(["df -k", "lsattr -El loop0"]);
  feed(e, "x\x12ls\x1b");
  assert.is(e.search, null);
  assert.is(at(e), "|lsattr -El loop0");
  feed(e, "\x05 -a filename");
  assert.is(e.buf, "lsattr -El loop0 -a filename");
  feed(e, "\x15x\x12df\x03");
  assert.is(e.search, null);
  assert.is(at(e), "x|");
});

test("a character with combining marks moves and deletes as one", () => {
  const e = new LineEditor();
  feed(e, "e\u0301x");
  feed(e, "\x1b[D\x1b[D");
  assert.is(e.cur, 0);
  feed(e, "\x1b[C");
  assert.is(e.cur, 2);
  feed(e, "\x7f");
  assert.is(e.buf, "x");
});

test("Alt-b / Alt-f move by words; Alt-Backspace deletes one", () => {
  const e = new LineEditor();
  feed(e, "chdev -l loop0 -a filename=/x");
  feed(e, "\x1bb\x1bb");
  assert.is(at(e), "chdev -l loop0 -a |filename=/x");
  feed(e, "\x1bf");
  assert.is(at(e), "chdev -l loop0 -a filename|=/x");
  feed(e, "\x1b\x7f");
  assert.is(at(e), "chdev -l loop0 -a |=/x");
});

test.run();
