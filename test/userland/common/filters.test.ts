// uniq, cut, tr and tee as AIX's (the 4.1.3 sources and catalogs), and head -c / tail -c bytes.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("filters");
const UNIQ_USAGE = "Usage: uniq [-c | -d | -u] [-f Fields] [-s Chars] [-Fields] [+Chars] [InFile [OutFile]]\n";
const CUT_USAGE = "Usage: cut -b List [-n] [File...]\n   or: cut -c List [File...]\n   or: cut -f List [-d Character] [-s] [File...]\n";
const TR_USAGE = "Usage: tr [ -c | -cds | -cs | -ds | -s ] [-A] String1 String2\n       tr { -cd | -cs | -d | -s } [-A] String1\n";

t("uniq: adjacent repeats, -c as %4d and a blank, -d, -u, -f, -s, -N, +N", () => {
  const l = lab();
  const input = "a\na\nb\nc\nc\nc\n";
  assert.is(l.run(["uniq"], { stdin: input }).out, "a\nb\nc\n");
  assert.is(l.run(["uniq", "-c"], { stdin: input }).out, "   2 a\n   1 b\n   3 c\n");
  assert.is(l.run(["uniq", "-c"], { stdin: "x\n".repeat(12345) }).out, "12345 x\n");
  assert.is(l.run(["uniq", "-d"], { stdin: input }).out, "a\nc\n");
  assert.is(l.run(["uniq", "-u"], { stdin: input }).out, "b\n");
  const fields = "x a\ny a\nz b\n";
  assert.is(l.run(["uniq", "-c", "-f", "1"], { stdin: fields }).out, "   2 x a\n   1 z b\n");
  assert.is(l.run(["uniq", "-1"], { stdin: fields }).out, "x a\nz b\n");
  assert.is(l.run(["uniq", "-s", "1"], { stdin: "ab\nxb\nyc\n" }).out, "ab\nyc\n");
  assert.is(l.run(["uniq", "+1"], { stdin: "ab\nxb\nyc\n" }).out, "ab\nyc\n");
});

t("uniq: files, and its messages", () => {
  const l = lab();
  l.write("/in", "k\nk\n");
  assert.is(l.run(["uniq", "/in", "/out"]).out, "");
  assert.is(l.read("/out"), "k\n");
  assert.equal(l.run(["uniq", "/in", "/in"]), { status: 1, out: "", err: "uniq: 0653-725 Input and output files can not be the same.\n", bytes: new Uint8Array(0) });
  assert.is(l.run(["uniq", "/nope"]).err, "uniq: 0653-721 Cannot open file /nope.\n");
  l.sys.mkdir("/dir");
  assert.is(l.run(["uniq", "/dir"]).err, "uniq: 0653-724 /dir is not a text file.\n");
  assert.equal(l.run(["cut", "-c1", "/dir"]), { status: 0, out: "", err: "", bytes: new Uint8Array(0) });
  assert.is(l.run(["uniq", "/in", "/nodir/x"]).err, "uniq: 0653-722 Cannot create file /nodir/x.\n");
  assert.is(l.run(["uniq", "a", "b", "c"]).err, "uniq: 0653-723 Too many File operands.\n" + UNIQ_USAGE);
  assert.is(l.run(["uniq", "-f", "x"]).err, "uniq: 0653-720 Specify a numeric value for option -f.\n" + UNIQ_USAGE);
  assert.is(l.run(["uniq", "-c", "-u"]).err, UNIQ_USAGE);
  assert.is(l.run(["uniq", "-f", "-1"]).err, "uniq: 0653-726 Number is out of range for option f.  The range of the number parameter is from 0 to 2048.\n");
});

t("uniq: only text lines (AIX gline): no last line without a newline, no NUL; empty input is empty", () => {
  const l = lab();
  const notText = { status: 1, out: "", err: "uniq: 0653-724  is not a text file.\n", bytes: new Uint8Array(0) };
  assert.equal(l.run(["uniq", "-c"], { stdin: "" }), { status: 0, out: "", err: "", bytes: new Uint8Array(0) });
  assert.equal(l.run(["uniq"], { stdin: "a\na" }), notText);
  // the line held when the bad one comes is not written either
  assert.is(l.run(["uniq"], { stdin: "a\nb\nc" }).out, "a\n");
  l.write("/bin.dat", "a\0b\n");
  assert.is(l.run(["uniq", "/bin.dat"]).err, "uniq: 0653-724 /bin.dat is not a text file.\n");
  assert.is(l.run(["uniq"], { stdin: "x".repeat(2048) + "\n" }).status, 1);
  assert.is(l.run(["uniq"], { stdin: "x".repeat(2047) + "\n" }).status, 0);
});

t("cut: -c and -b lists (1,3-5,7-, -3), -f with -d and -s, the delimiter rules", () => {
  const l = lab();
  assert.is(l.run(["cut", "-c1,3-5,7-"], { stdin: "abcdefgh\n" }).out, "acdegh\n");
  assert.is(l.run(["cut", "-c-3"], { stdin: "abcdefgh\n" }).out, "abc\n");
  assert.is(l.run(["cut", "-b", "2"], { stdin: "abc\nxy\n\n" }).out, "b\ny\n\n");
  assert.is(l.run(["cut", "-d:", "-f1,3"], { stdin: "a:b:c\n" }).out, "a:c\n");
  assert.is(l.run(["cut", "-d:", "-f2-"], { stdin: "a:b:c\n" }).out, "b:c\n");
  assert.is(l.run(["cut", "-f2"], { stdin: "a\tb\tc\nnodelim\n" }).out, "b\nnodelim\n");
  assert.is(l.run(["cut", "-s", "-f2"], { stdin: "a\tb\nnodelim\n" }).out, "b\n");
  assert.is(l.run(["cut", "-d", " ", "-f1,3"], { stdin: "a b  c\n" }).out, "a \n");
  // AIX drops the delimiter before an empty last field kept, and a last line without newline
  assert.is(l.run(["cut", "-d:", "-f1,3"], { stdin: "a:b:\n" }).out, "a\n");
  assert.is(l.run(["cut", "-c1"], { stdin: "ab\ncd" }).out, "a\n");
});

t("cut: messages and usage", () => {
  const l = lab();
  assert.equal(l.run(["cut"]), { status: 1, out: "", err: CUT_USAGE, bytes: new Uint8Array(0) });
  assert.is(l.run(["cut", "-c1", "-f1"]).err, CUT_USAGE);
  assert.is(l.run(["cut", "-c1", "-s"]).err, CUT_USAGE);
  assert.equal(l.run(["cut", "-c", "3-1"]), { status: 2, out: "", err: "cut: 0653-135 The list arguments following the c option are not correct.\n", bytes: new Uint8Array(0) });
  assert.is(l.run(["cut", "-f", "x"]).err, "cut: 0653-135 The list arguments following the f option are not correct.\n");
  assert.is(l.run(["cut", "-c", Array.from({ length: 513 }, (_, i) => i + 1).join(",")]).err, "cut: 0653-136 Too many list arguments for the c option.\n");
  const r = l.run(["cut", "-c1", "/nope", "-"], { stdin: "zz\n" });
  assert.is(r.out, "z\n");
  assert.is(r.err, "cut: 0653-132 Cannot open /nope.\n");
  assert.is(r.status, 1);
});

t("tr: ranges, classes, case conversion, -d -s -c, repetitions, escapes", () => {
  const l = lab();
  const tr = (args: string[], stdin: string) => l.run(["tr", ...args], { stdin }).out;
  assert.is(tr(["a-z", "A-Z"], "Hello\n"), "HELLO\n");
  assert.is(tr(["[:lower:]", "[:upper:]"], "loop0 Available\n"), "LOOP0 AVAILABLE\n");
  assert.is(tr(["[:upper:]", "[:lower:]"], "AIX\n"), "aix\n");
  assert.is(tr(["-s", " "], "a   b  c\n"), "a b c\n");
  assert.is(tr(["-d", "[:digit:]"], "loop12x\n"), "loopx\n");
  assert.is(tr(["-cd", "a-z\\n"], "a1b2 c\n"), "abc\n");
  assert.is(tr(["-cs", "a-z", "[\\n*]"], "one two  three\n"), "one\ntwo\nthree\n");
  // without the repetition only the first of the complement (NUL) maps to the newline
  assert.is(tr(["-cs", "a-z", "\\n"], "one two  three\n"), "one two  three\n");
  assert.is(tr([":", "\\n"], "a:b\n"), "a\nb\n");
  assert.is(tr(["\\072", "="], "a:b\n"), "a=b\n");
  // a String2 shorter than String1 leaves the rest alone (AIX)
  assert.is(tr(["abc", "x"], "abcd\n"), "xbcd\n");
  assert.is(tr(["abc", "[x*]"], "abcd\n"), "xxxd\n");
  assert.is(tr(["abc", "[x*2]y"], "abcd\n"), "xxyd\n");
  assert.is(tr(["-ds", "a", "b"], "abbbab\n"), "b\n");
  assert.equal([...l.run(["tr", "\\0", "x"], { stdin: "a\0b" }).bytes], [97, 120, 98]);
});

t("tr: messages", () => {
  const l = lab();
  assert.equal(l.run(["tr", "a"], { stdin: "" }), { status: 1, out: "", err: "tr: 0653-712 The combination of options and String parameters is not legal.\n" + TR_USAGE, bytes: new Uint8Array(0) });
  assert.is(l.run(["tr"]).err, TR_USAGE);
  assert.is(l.run(["tr", "-d", "a", "b"]).err, "tr: 0653-712 The combination of options and String parameters is not legal.\n" + TR_USAGE);
  assert.is(l.run(["tr", "z-a", "x"]).err, "tr: 0653-716 Character range endpoints out of order.\n");
  assert.is(l.run(["tr", "[:nope:]", "x"]).err, "tr: 0653-710 The string within the [ and ] characters is not correct.\n");
  assert.is(l.run(["tr", "[a*3]", "x"]).err, "tr: 0653-714 String1 contains a character repetition.\n" + TR_USAGE);
  assert.is(l.run(["tr", "a", "[=a=]"]).err, "tr: 0653-713 String2 contains an equivalence class.\n" + TR_USAGE);
  assert.is(l.run(["tr", "a-z", "[:digit:]"]).err, "tr: 0653-715 String2 contains an invalid character class.\n");
  assert.is(l.run(["tr", "a".repeat(257), "x"]).err, "tr: 0653-717 There is not enough storage available.\n");
  assert.is(l.run(["tr", "-x", "a", "b"]).err, "tr: Not a recognized flag: x\n" + TR_USAGE);
});

t("tee: -a appends; a file that cannot be opened counts; a failed write says nothing", () => {
  const l = lab();
  const r = l.run(["tee", "/t1", "/nodir/x"], { stdin: "hi\n" });
  assert.equal([r.out, r.err, r.status], ["hi\n", "tee: 0652-044 Cannot open /nodir/x.\n", 1]);
  l.run(["tee", "-a", "/t1"], { stdin: "more\n" });
  assert.is(l.read("/t1"), "hi\nmore\n");
  assert.is(l.run(["tee", "-z"]).err, "tee: Not a recognized flag: z\nUsage: tee [-ai] [file ...]\n");
});

t("head -c and tail -c write the bytes only, no newline added", () => {
  const l = lab();
  assert.equal([...l.run(["head", "-c", "2"], { stdin: "abc\n" }).bytes], [97, 98]);
  assert.equal([...l.run(["tail", "-c", "2"], { stdin: "abc" }).bytes], [98, 99]);
  l.write("/f", "abc");
  assert.equal([...l.run(["tail", "-c", "2", "/f"]).bytes], [98, 99]);
});

t.run();
