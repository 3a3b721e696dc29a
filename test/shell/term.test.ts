import { test } from "uvu";
import * as assert from "uvu/assert";
import { sanitize, TermText, wrapRows } from "../../shell/term.js";

test("tabs expand to 8-column stops from the current column; controls go", () => {
  assert.is(sanitize("a\tb"), "a       b");
  assert.is(sanitize("\tx", 3), "     x");
  assert.is(sanitize("a\x07b\x1b[31mc\x1b[0m"), "abc");
});

test("lines, the open line, and the raw transcript", () => {
  const t = new TermText();
  t.write("one\ntw");
  t.write("o\n# ");
  assert.equal(t.lines, ["one", "two"]);
  assert.is(t.open, "# ");
  assert.is(t.transcript(), "one\ntwo\n# ");
});

test("wrapping a long line", () => {
  assert.equal(wrapRows("abcdefgh", 3), ["abc", "def", "gh"]);
  assert.equal(wrapRows("", 3), [""]);
});

test("the view is bottom-aligned and scrolls", () => {
  const t = new TermText();
  for (let i = 1; i <= 10; i++) t.write(`line ${i}\n`);
  assert.equal(t.view(20, 3, 0), ["line 8", "line 9", "line 10"]);
  assert.equal(t.view(20, 3, 2), ["line 6", "line 7", "line 8"]);
  assert.is(t.maxScroll(20, 3), 7);
  assert.equal(t.view(20, 3, 7), ["line 1", "line 2", "line 3"]);
  const short = new TermText();
  short.write("a\n");
  assert.equal(short.view(20, 3, 0), ["", "", "a"]);
});

test("Ctrl-L: the screen is blank, the older lines are one screen up", () => {
  const t = new TermText();
  for (let i = 1; i <= 4; i++) t.write(`l${i}\n`);
  t.clear();
  assert.equal(t.view(10, 3, 0), ["", "", ""]);
  t.write("new\n");
  assert.equal(t.view(10, 3, 0), ["", "", "new"]);
  assert.equal(t.view(10, 3, 1), ["l4", "", ""]);
  assert.equal(t.view(10, 3, 3), ["l2", "l3", "l4"]);
});

test("takeNewLines hands each complete line over once", () => {
  const t = new TermText();
  t.write("a\nb");
  assert.equal(t.takeNewLines(), ["a"]);
  t.write("\n");
  assert.equal(t.takeNewLines(), ["b"]);
  assert.equal(t.takeNewLines(), []);
});

test.run();
