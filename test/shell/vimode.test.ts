// ksh88's vi editing mode (shell/editmode/vi.ts, vicore.ts): the state machine, key by key, on a
// LineEditor set to vi mode. `at` shows the cursor as | before the character it is on (control
// mode) or at the insertion point (input mode).
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Completion } from "../../shell/complete.js";
import { KSH_VERSION, MAXLINE } from "../../shell/editmode/common.js";
import { parseCommand } from "../../shell/editmode/vi.js";
import { type EditAction, LineEditor } from "../../shell/editor.js";
import { decodeKeys } from "../../shell/keys.js";

const ESC = "\x1b";
function vi(history: string[] = []): LineEditor {
  const e = new LineEditor(history);
  e.setMode("vi");
  return e;
}
/** keys as a terminal sends them; an Esc not starting an escape sequence is a key of its own */
function feed(e: LineEditor, raw: string): EditAction[] {
  const out: EditAction[] = [];
  for (const part of raw.split(/(\x1b)(?!\[)/)) if (part !== "") for (const k of decodeKeys(part)) out.push(e.key(k));
  return out;
}
const at = (e: LineEditor) => e.buf.slice(0, e.cur) + "|" + e.buf.slice(e.cur);
/** type a line, Esc, then control-mode keys; the line with its cursor */
function after(line: string, keys: string, history: string[] = []): string {
  const e = vi(history);
  feed(e, line + ESC + keys);
  return at(e);
}

test("each line starts in input mode; Esc enters control mode one character back", () => {
  const e = vi();
  assert.is(e.modeHint(), "vi input mode · Esc: control mode");
  feed(e, "ls -l");
  assert.is(at(e), "ls -l|");
  feed(e, ESC);
  assert.is(at(e), "ls -|l");
  assert.match(e.modeHint(), /^vi control mode/);
  // Enter runs the line from control mode too; the next line is in input mode again
  assert.equal(feed(e, "\r"), [{ kind: "submit", line: "ls -l" }]);
  assert.is(at(e), "|");
  feed(e, "x");
  assert.is(at(e), "x|");
});

test("Esc and a key in one chunk are the two keys (a terminal sends them together)", () => {
  const e = vi();
  for (const k of decodeKeys("echo abc\x1b0")) e.key(k);
  assert.is(at(e), "|echo abc");
  for (const k of decodeKeys("\x1bx")) e.key(k);
  assert.is(at(e), "|cho abc");
});

test("the keys of a command are gathered until it is whole", () => {
  assert.is(parseCommand("d"), "more");
  assert.is(parseCommand("2d3"), "more");
  assert.is(parseCommand("df"), "more");
  assert.equal(parseCommand("2d3w"), { count: 2, cmd: "d", mcount: 3, motion: "w", marg: "", arg: "" });
  assert.equal(parseCommand("dtx"), { count: 0, cmd: "d", mcount: 0, motion: "t", marg: "x", arg: "" });
  assert.equal(parseCommand("rq"), { count: 0, cmd: "r", mcount: 0, motion: "", marg: "", arg: "q" });
  assert.equal(parseCommand("10l"), { count: 10, cmd: "l", mcount: 0, motion: "", marg: "", arg: "" });
  assert.equal(parseCommand("0"), { count: 0, cmd: "0", mcount: 0, motion: "", marg: "", arg: "" });
});

test("motions: h l 0 ^ $ | and counts", () => {
  const line = "  lsdev -C -c loopback";
  assert.is(after(line, "0"), "|  lsdev -C -c loopback");
  assert.is(after(line, "^"), "  |lsdev -C -c loopback");
  assert.is(after(line, "0$"), "  lsdev -C -c loopbac|k");
  assert.is(after(line, "3h"), "  lsdev -C -c loop|back");
  assert.is(after(line, "0 l"), "  |lsdev -C -c loopback");
  assert.is(after(line, "07l"), "  lsdev| -C -c loopback");
  assert.is(after(line, "099l"), "  lsdev -C -c loopbac|k");
  assert.is(after(line, "5|"), "  ls|dev -C -c loopback");
  // no move: the bell
  const e = vi();
  feed(e, "ab" + ESC);
  assert.equal(feed(e, "l"), [{ kind: "bell" }]);
  assert.equal(feed(e, "0h"), [{ kind: "changed" }, { kind: "bell" }]);
});

test("motions: w W b B e E (ksh88's words: letters and digits; W B E: blanks only)", () => {
  const line = "mount -v cdrfs /dev/loop0 /mnt";
  assert.is(after(line, "0w"), "mount |-v cdrfs /dev/loop0 /mnt");
  assert.is(after(line, "0ww"), "mount -|v cdrfs /dev/loop0 /mnt");
  assert.is(after(line, "0W"), "mount |-v cdrfs /dev/loop0 /mnt");
  assert.is(after(line, "03W"), "mount -v cdrfs |/dev/loop0 /mnt");
  assert.is(after(line, "0e"), "moun|t -v cdrfs /dev/loop0 /mnt");
  assert.is(after(line, "03E"), "mount -v cdrf|s /dev/loop0 /mnt");
  assert.is(after(line, "b"), "mount -v cdrfs /dev/loop0 /|mnt");
  assert.is(after(line, "2b"), "mount -v cdrfs /dev/loop0 |/mnt");
  assert.is(after(line, "B"), "mount -v cdrfs /dev/loop0 |/mnt");
  assert.is(after(line, "2B"), "mount -v cdrfs |/dev/loop0 /mnt");
});

test("motions: f F t T ; , and %", () => {
  const line = "a/b/c/d";
  assert.is(after(line, "0f/"), "a|/b/c/d");
  assert.is(after(line, "0f/;"), "a/b|/c/d");
  assert.is(after(line, "02f/"), "a/b|/c/d");
  assert.is(after(line, "0t/"), "|a/b/c/d");
  assert.is(after(line, "0tc"), "a/b|/c/d");
  assert.is(after(line, "F/"), "a/b/c|/d");
  assert.is(after(line, "F/,"), "a/b/c|/d");
  assert.is(after(line, "F/;,"), "a/b/c|/d");
  assert.is(after(line, "F/;"), "a/b|/c/d");
  assert.is(after(line, "Tb"), "a/b|/c/d");
  assert.is(after("x(a (b) c)y", "0%"), "x(a (b) c|)y");
  assert.is(after("x(a (b) c)y", "h%"), "x|(a (b) c)y");
  // no such character: the bell, the cursor stays
  const e = vi();
  feed(e, "abc" + ESC + "0");
  assert.equal(feed(e, "fz"), [{ kind: "none" }, { kind: "bell" }]);
  assert.is(at(e), "|abc");
});

test("x X r ~ and counts", () => {
  assert.is(after("abcdef", "0x"), "|bcdef");
  assert.is(after("abcdef", "03x"), "|def");
  assert.is(after("abcdef", "x"), "abcd|e");
  assert.is(after("abcdef", "X"), "abcd|f");
  assert.is(after("abcdef", "2X"), "abc|f");
  assert.is(after("abcdef", "0rz"), "|zbcdef");
  assert.is(after("abcdef", "03rz"), "zz|zdef");
  assert.is(after("abC-d", "0~"), "A|bC-d");
  assert.is(after("abC-d", "04~"), "ABc-|d");
});

test("d and c through motions: dw cw dd cc D C d$ c$ db cb dtx", () => {
  const line = "echo one two three";
  assert.is(after(line, "0wdw"), "echo |two three");
  assert.is(after(line, "0w2dw"), "echo |three");
  assert.is(after(line, "0wd2w"), "echo |three");
  assert.is(after(line, "0wD"), "echo| ");
  assert.is(after(line, "0wd$"), "echo| ");
  assert.is(after(line, "dd"), "|");
  assert.is(after(line, "bdb"), "echo one |three");
  assert.is(after(line, "0dtt"), "|two three");
  assert.is(after(line, "0wcwONE" + ESC), "echo ON|E two three");
  assert.is(after(line, "0wc2wX" + ESC), "echo |X three");
  assert.is(after(line, "0wCend" + ESC), "echo en|d");
  assert.is(after(line, "0wc$end" + ESC), "echo en|d");
  assert.is(after(line, "ccnew" + ESC), "ne|w");
  assert.is(after(line, "Snew" + ESC), "ne|w");
  assert.is(after(line, "bcbX" + ESC), "echo one |Xthree");
  // a motion that cannot go: nothing is deleted
  const e = vi();
  feed(e, "abc" + ESC);
  assert.equal(feed(e, "dl").pop(), { kind: "changed" });
  assert.is(at(e), "a|b");
  assert.equal(feed(e, "d0dz").pop(), { kind: "bell" });
});

test("i I a A s insert where they should; y yy Y p P put", () => {
  const line = "ls /mnt";
  assert.is(after(line, "0wiX" + ESC), "ls |X/mnt");
  assert.is(after(line, "0waX" + ESC), "ls /|Xmnt");
  assert.is(after(line, "IX" + ESC), "|Xls /mnt");
  assert.is(after(line, "0AX" + ESC), "ls /mnt|X");
  assert.is(after(line, "02sZ" + ESC), "|Z /mnt");
  assert.is(after(line, "0ywwP"), "ls ls| /mnt");
  assert.is(after(line, "0yw$p"), "ls /mntls| ");
  assert.is(after(line, "0ye$p"), "ls /mntl|s");
  assert.is(after(line, "0ye$2p"), "ls /mntlsl|s");
  assert.is(after(line, "yy0P"), "ls /mn|tls /mnt");
  assert.is(after(line, "0wY0P"), "/mn|tls /mnt");
  assert.is(after(line, "0xp"), "s|l /mnt");
  // p with nothing yanked: the bell
  const e = vi();
  feed(e, "ab" + ESC);
  assert.equal(feed(e, "p"), [{ kind: "bell" }]);
});

test("R replaces, and runs on past the end", () => {
  assert.is(after("abcdef", "0RXY" + ESC), "X|Ycdef");
  assert.is(after("abc", "0lRWXYZ" + ESC), "aWXY|Z");
});

test("u undoes the last change (u again undoes the undo); U the whole line", () => {
  const e = vi();
  feed(e, "echo one two" + ESC + "0wdw");
  assert.is(at(e), "echo |two");
  feed(e, "u");
  assert.is(at(e), "echo |one two");
  feed(e, "u");
  assert.is(at(e), "echo |two");
  feed(e, "xx");
  assert.is(at(e), "echo |o");
  feed(e, "U");
  assert.is(at(e), "|echo one two");
  feed(e, "u");
  assert.is(at(e), "echo |o");
  // nothing to undo on a fresh line
  const f = vi();
  feed(f, "a" + ESC);
  assert.equal(feed(f, "u"), [{ kind: "bell" }]);
});

test(". repeats the last change, with its count or a new one", () => {
  assert.is(after("abcdefgh", "0x.."), "|defgh");
  assert.is(after("abcdefgh", "02x."), "|efgh");
  assert.is(after("abcdefgh", "02x3."), "|fgh");
  assert.is(after("one two three four", "0dw."), "|three four");
  assert.is(after("a b c", "0iX" + ESC + "w."), "Xa |Xb c");
  assert.is(after("a b c", "0aY" + ESC + "w."), "aY b|Y c");
  assert.is(after("one two three", "0cwX" + ESC + "w."), "X |X three");
  assert.is(after("abcabc", "0rz3l."), "zbc|zbc");
  assert.is(after("a-b-c", "0dt-f-."), "-b|-c");
});

test("k j - + G walk the history; j past the newest brings back the line being typed", () => {
  const hist = ["first", "second", "third"];
  const e = vi(hist);
  feed(e, "typed" + ESC);
  feed(e, "k");
  assert.is(at(e), "|third");
  feed(e, "k");
  assert.is(at(e), "|second");
  feed(e, "-");
  assert.is(at(e), "|first");
  assert.equal(feed(e, "k"), [{ kind: "bell" }]);
  assert.is(at(e), "|first");
  feed(e, "2j");
  assert.is(at(e), "|third");
  feed(e, "+");
  assert.is(at(e), "type|d");
  assert.equal(feed(e, "j"), [{ kind: "bell" }]);
  feed(e, "G");
  assert.is(at(e), "|first");
  feed(e, "2G");
  assert.is(at(e), "|second");
  assert.equal(feed(e, "9G"), [{ kind: "none" }, { kind: "bell" }]);
  // a history line is edited and run like any other
  feed(e, "A!" + ESC);
  assert.equal(feed(e, "\r"), [{ kind: "submit", line: "second!" }]);
});

test("/string and ?string search the history (Enter ends the string); n N go on; ^ anchors", () => {
  const hist = ["lsdev -C", "mount /mnt", "lsattr -El loop0", "umount /mnt", "df"];
  const e = vi(hist);
  feed(e, ESC + "/mnt");
  assert.is(at(e), "/mnt|");
  assert.match(e.modeHint(), /search/);
  feed(e, "\r");
  assert.is(at(e), "|umount /mnt");
  feed(e, "n");
  assert.is(at(e), "|mount /mnt");
  assert.equal(feed(e, "n"), [{ kind: "bell" }]);
  assert.is(at(e), "|mount /mnt");
  feed(e, "N");
  assert.is(at(e), "|umount /mnt");
  feed(e, "/^ls\r");
  assert.is(at(e), "|lsattr -El loop0");
  feed(e, "/\r");
  assert.is(at(e), "|lsdev -C");
  feed(e, "?mnt\r");
  assert.is(at(e), "|mount /mnt");
  // nothing found: the bell, the line as it was
  const f = vi(hist);
  feed(f, "typed" + ESC);
  assert.equal(feed(f, "/nosuch\r").pop(), { kind: "bell" });
  assert.is(at(f), "type|d");
  // Backspace over the / gives the search up
  feed(f, "/ab\x7f\x7f\x7f");
  assert.is(at(f), "type|d");
});

test("input mode: Backspace and Ctrl-W stop where the input began, Ctrl-U kills it, Ctrl-V quotes", () => {
  const e = vi();
  feed(e, "echo one two\x17");
  assert.is(at(e), "echo one |");
  feed(e, "\x17");
  assert.is(at(e), "echo |");
  feed(e, "\x15");
  assert.is(at(e), "|");
  feed(e, "abc" + ESC + "0aXY");
  assert.is(at(e), "aXY|bc");
  feed(e, "\x7f\x7f");
  assert.is(at(e), "a|bc");
  assert.equal(feed(e, "\x7f"), [{ kind: "bell" }]);
  feed(e, "Z\x15");
  assert.is(at(e), "a|bc");
  feed(e, "\x16\x01");
  assert.is(e.buf, "a\x01bc");
});

test("Ctrl-D: end of file on an empty line only; Ctrl-C cancels in either mode", () => {
  const e = vi();
  assert.equal(feed(e, "\x04"), [{ kind: "eof" }]);
  assert.equal(feed(e, "ab\x04"), [{ kind: "changed" }, { kind: "changed" }, { kind: "none" }]);
  assert.equal(feed(e, ESC + "\x03").pop(), { kind: "cancel", line: "ab" });
  assert.is(at(e), "|");
  feed(e, "q");
  assert.is(at(e), "q|");
});

test("# comments the line out and runs it; on a commented line it takes the # away", () => {
  const e = vi();
  assert.equal(feed(e, "rm -r /tmp/x" + ESC + "#").pop(), { kind: "submit", line: "#rm -r /tmp/x" });
  feed(e, "#ls" + ESC);
  feed(e, "#");
  assert.is(at(e), "|ls");
});

test("_ appends the last word of the last command (a count: that word) and goes to input mode", () => {
  const hist = ["loopmount -i /backup/cd_image -m /mnt"];
  assert.is(after("cd", "_", hist), "cd /mnt|");
  assert.is(after("ls", "3_", hist), "ls /backup/cd_image|");
});

test("\\ completes the word under the cursor (then input mode); * puts every match; = lists them", () => {
  const files = ["/etc/filesystems", "/etc/filesys.old", "/etc/hosts"];
  const e = vi();
  // a stand-in for the lab's completion: file names under /etc
  e.completer = (line, cursor): Completion | null => {
    const start = line.lastIndexOf(" ", cursor - 1) + 1;
    const word = line.slice(start, cursor);
    const m = files.filter((f) => f.startsWith(word));
    if (m.length === 0) return null;
    let p = m[0]!;
    for (const f of m) while (!f.startsWith(p)) p = p.slice(0, -1);
    return { start, replacement: m.length === 1 ? p + " " : p, candidates: m.map((f) => f.slice(5)), unique: m.length === 1 };
  };
  feed(e, "cat /etc/h" + ESC);
  feed(e, "\\");
  assert.is(at(e), "cat /etc/hosts |");
  assert.match(e.modeHint(), /input/);
  feed(e, ESC + "Scat /etc/f" + ESC + "0w");
  assert.is(at(e), "cat |/etc/f");
  feed(e, "\\");
  assert.is(at(e), "cat /etc/filesys|");
  feed(e, ESC);
  assert.equal(feed(e, "="), [{ kind: "list", items: ["filesystems", "filesys.old"] }]);
  assert.is(at(e), "cat /etc/filesy|s");
  feed(e, "*");
  assert.is(at(e), "cat /etc/filesystems /etc/filesys.old|");
  feed(e, ESC + "Scat /nothing" + ESC);
  assert.equal(feed(e, "\\"), [{ kind: "bell" }]);
  // Tab: in input mode the lab's completion at the cursor; in control mode as \
  const f = vi();
  f.completer = e.completer;
  assert.equal(feed(f, "ls\t"), [{ kind: "changed" }, { kind: "changed" }, { kind: "complete" }]);
  feed(f, ESC + "Scat /etc/ho" + ESC + "\t");
  assert.is(at(f), "cat /etc/hosts |");
});

test("Ctrl-V shows ksh's version until a key; Ctrl-L shows the line again", () => {
  const e = vi();
  feed(e, "ab" + ESC + "\x16");
  assert.is(e.buf, KSH_VERSION);
  feed(e, "x");
  assert.is(at(e), "a|b");
  assert.equal(feed(e, "\x0c"), [{ kind: "redraw" }]);
});

test("the arrow keys (the lab's, not ksh88's): history and moves in both modes", () => {
  const e = vi(["older"]);
  feed(e, "abc\x1b[D\x1b[DX");
  assert.is(at(e), "aX|bc");
  feed(e, "\x1b[A");
  assert.is(at(e), "older|");
  feed(e, ESC + "\x1b[H");
  assert.is(at(e), "|older");
  feed(e, "\x1b[3~");
  assert.is(at(e), "|lder");
});

test("set +o vi (the lab's own keys) and back: the mode keeps its last search", () => {
  const e = vi(["one", "two"]);
  feed(e, ESC + "/one\r");
  e.reset();
  e.setMode("lab");
  feed(e, "?");
  assert.is(at(e), "?|");
  e.reset();
  e.setMode("vi");
  feed(e, ESC + "n");
  assert.is(at(e), "|one");
});
test.run();

test("a huge count ends at once: p stops at the line buffer with the bell, r and . at the end of the line", () => {
  const t0 = performance.now();
  const e = vi();
  const acts = feed(e, "echo ab" + ESC + "x10000000000p");
  assert.ok(acts.some((a) => a.kind === "bell"));
  assert.ok(e.buf.length <= MAXLINE && e.buf.length > 1000, String(e.buf.length));
  assert.is(after("echo abc", "0rz100000000000."), "zzzzzzz|z");
  const emacs = new LineEditor([]);
  emacs.setMode("emacs");
  feed(emacs, "abc" + ESC + "99999999999999" + "\x02");
  assert.is(emacs.cur, 0);
  assert.ok(performance.now() - t0 < 5000);
});
