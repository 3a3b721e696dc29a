import { test } from "uvu";
import * as assert from "uvu/assert";
import { cut, dropCols, ellipsis, fit, midEllipsis, sanitize, TermText, width, wrapRows, wrapText } from "../../shell/term.js";

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

test("East Asian wide characters take two columns, combining marks none", () => {
  assert.is(width("abc"), 3);
  assert.is(width("漢字"), 4);
  assert.is(width("한국어"), 6);
  assert.is(width("ｆｕｌｌ"), 8);
  assert.is(width("e\u0301"), 1);
  assert.is(width("🙂x"), 3);
  assert.is(width("𠀀"), 2);
  assert.is(width("…│╭─"), 4);
  assert.is(cut("漢字漢字", 5), "漢字");
  assert.is(fit("漢字漢字", 5), "漢字 ");
  assert.is(dropCols("漢字x", 1), " 字x");
  assert.is(ellipsis("漢字漢字", 5), "漢字…");
  assert.equal(wrapRows("漢字漢字漢", 4), ["漢字", "漢字", "漢"]);
  assert.equal(wrapRows("漢", 1), ["漢"]);
  assert.is(sanitize("漢\tx"), "漢      x");
  const t = new TermText();
  t.write("漢字漢字漢字\n");
  assert.equal(t.view(5, 3, 0), ["漢字", "漢字", "漢字"]);
});

test("a carriage return and a backspace move back on the line: what follows overwrites", () => {
  const t = new TermText();
  t.write("abc\bX\n");
  t.write("abc\rX\n");
  t.write("10%\r20%\rdone\n");
  t.write("xy");
  t.write("\rZ");
  t.write("W\n");
  assert.equal(t.lines, ["abX", "Xbc", "done", "ZW"]);
  assert.is(t.transcript(), "abX\nXbc\ndone\nZW\n");
});

test("ESC [ K clears the line from the cursor: more's prompt goes and the next line takes its place", () => {
  const t = new TermText();
  t.write("line1\n--More--(45%)");
  assert.is(t.open, "--More--(45%)");
  t.write("\r\x1b[Kline2\n");
  t.write("abcdef\r\x1b[Kxy\n");
  t.write("abcdef\b\b\x1b[0Kz\n");
  t.write(":l\r\x1b[K\r");
  assert.equal(t.lines, ["line1", "line2", "xy", "abcdz"]);
  assert.is(t.open, "");
  assert.is(t.transcript(), "line1\nline2\nxy\nabcdz\n");
});

test("the transcript keeps colours but not what moves the cursor (clear's cursor home)", () => {
  const t = new TermText();
  t.write("before\n\x1b[H");
  t.write("\x1b[31mred\x1b[0m\n");
  assert.is(t.transcript(), "before\n\x1b[31mred\x1b[0m\n");
});

test("a long path loses its middle and keeps its last component", () => {
  assert.is(midEllipsis("/backup/cd_image", 16), "/backup/cd_image");
  assert.is(midEllipsis("/backup/cd_image", 12), "/b…/cd_image");
  assert.is(midEllipsis("/var/adm/ras/livedump", 12), "/v…/livedump");
  assert.is(midEllipsis("abcdefghij", 7), "abc…hij");
  for (const n of [4, 5, 8, 11]) assert.is(width(midEllipsis("/backup/cd_image", n)), n);
});

test("wrapText: paragraphs wrap between words; an indented block after a blank line (markdown code) keeps its lines", () => {
  const text = 'Ticket: "it will not\ngo away:\n\n    # loopumount -l loop0 -m /cdmount\n    umount: 0506-349 Cannot unmount /dev/loop0.\n\nI am not in /cdmount `myself`."';
  assert.equal(wrapText(text, 30, (s) => s.replace(/`/g, "")), [
    'Ticket: "it will not go away:',
    "",
    "    # loopumount -l loop0 -m /cdmount",
    "    umount: 0506-349 Cannot unmount /dev/loop0.",
    "",
    'I am not in /cdmount myself."',
  ]);
  // within a paragraph an indented line is a continuation, as in markdown
  assert.equal(wrapText("one\n    two\nthree", 40), ["one two three"]);
  // the rows are measured in columns: wide characters take two
  assert.equal(wrapText("日本語 日本語 x", 13), ["日本語 日本語", "x"]);
});

test.run();
