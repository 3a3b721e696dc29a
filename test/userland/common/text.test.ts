import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("text commands");

t("cat: files, stdin, -, and a missing file (0652-050, status 2)", () => {
  const l = lab();
  l.write("/a", "one\n");
  l.write("/b", "two\n");
  assert.equal(l.run(["cat", "/a", "/b"]), { status: 0, out: "one\ntwo\n", err: "", bytes: new TextEncoder().encode("one\ntwo\n") });
  assert.is(l.run(["cat"], { stdin: "in\n" }).out, "in\n");
  assert.is(l.run(["cat", "/a", "-", "/b"], { stdin: "mid\n" }).out, "one\nmid\ntwo\n");
  const r = l.run(["cat", "/a", "/nope", "/b"]);
  assert.is(r.status, 2);
  assert.is(r.out, "one\ntwo\n");
  assert.is(r.err, "cat: 0652-050 Cannot open /nope.\n");
  assert.is(l.run(["cat", "-q", "/nope"]).err, "");
});

t("cat -n, -v -e -t, -S", () => {
  const l = lab();
  l.write("/a", "x\ty\n\n\n\x01z\n");
  assert.is(l.run(["cat", "-n", "/a"]).out, "     1\tx\ty\n     2\t\n     3\t\n     4\t\x01z\n");
  assert.is(l.run(["cat", "-vet", "/a"]).out, "x^Iy$\n$\n$\n^Az$\n");
  assert.is(l.run(["cat", "-S", "/a"]).out, "x\ty\n\n\x01z\n");
  const r = l.run(["cat", "-z", "/a"]);
  assert.is(r.status, 2);
  assert.is(r.err, "cat: Not a recognized flag: z\nUsage: cat [-qrSsu] [-n[b]] [-v[et]] [-|File ...]\n");
});

t("echo: escapes as ksh's echo on AIX, -n is a word, \\c ends the output", () => {
  const l = lab();
  assert.is(l.run(["echo", "a\\tb", "c\\nd"]).out, "a\tb c\nd\n");
  assert.is(l.run(["echo", "-n", "x"]).out, "-n x\n");
  assert.is(l.run(["echo", "no", "newline\\c", "ignored"]).out, "no newline");
  assert.is(l.run(["echo"]).out, "\n");
  assert.equal([...l.run(["echo", "\\0101\\0377"]).bytes], [0x41, 0xff, 0x0a]);
  assert.is(l.run(["echo", "back\\\\slash", "\\q"]).out, "back\\slash \\q\n");
});

t("grep: match, no match, error exit codes", () => {
  const l = lab();
  l.write("/f", "alpha\nbeta\ngamma\nAlphabet\n");
  let r = l.run(["grep", "alpha", "/f"]);
  assert.is(r.status, 0);
  assert.is(r.out, "alpha\n");
  r = l.run(["grep", "zeta", "/f"]);
  assert.is(r.status, 1);
  assert.is(r.out, "");
  r = l.run(["grep", "alpha", "/nope"]);
  assert.is(r.status, 2);
  assert.is(r.err, "grep: 0652-033 Cannot open /nope.\n");
  r = l.run(["grep", "alpha", "/f", "/nope"]);
  assert.is(r.status, 2);
  assert.is(r.out, "/f:alpha\n");
  r = l.run(["grep", "-s", "alpha", "/nope"]);
  assert.is(r.err, "");
  assert.is(r.status, 2);
});

t("grep -v -i -c -n -l -q -w -x", () => {
  const l = lab();
  l.write("/f", "alpha\nbeta\ngamma\nAlphabet\n");
  l.write("/g", "beta\n");
  assert.is(l.run(["grep", "-i", "alpha", "/f"]).out, "alpha\nAlphabet\n");
  assert.is(l.run(["grep", "-v", "a$", "/f"]).out, "Alphabet\n");
  assert.is(l.run(["grep", "-c", "a", "/f", "/g"]).out, "/f:4\n/g:1\n");
  assert.is(l.run(["grep", "-n", "m", "/f"]).out, "3:gamma\n");
  assert.is(l.run(["grep", "-l", "beta", "/f", "/g"]).out, "/f\n/g\n");
  const q = l.run(["grep", "-q", "beta", "/f"]);
  assert.is(q.status, 0);
  assert.is(q.out, "");
  assert.is(l.run(["grep", "-w", "alpha", "/f"]).out, "alpha\n");
  assert.is(l.run(["grep", "-ix", "alphabet", "/f"]).out, "Alphabet\n");
  assert.is(l.run(["grep", "-h", "beta", "/f", "/g"]).out, "beta\nbeta\n");
  assert.is(l.run(["grep", "a"], { stdin: "xa\nyb\n" }).out, "xa\n");
  assert.is(l.run(["grep", "-c", "a"], { stdin: "xa\nyb\n" }).out, "1\n");
  assert.is(l.run(["grep", "-l", "a"], { stdin: "xa\n" }).out, "(standard input)\n");
});

t("grep: basic regular expressions translated with care", () => {
  const l = lab();
  l.write("/r", "a+b\naab\nab\n(x)\n{2}\na.c\nabc\nx*y\nabab\n$HOME\n[q]\n");
  const g = (...a: string[]) => l.run(["grep", ...a, "/r"]).out;
  assert.is(g("a+b"), "a+b\n"); // + is literal in a BRE
  assert.is(g("-E", "a+b"), "aab\nab\nabc\nabab\n");
  assert.is(g("(x)"), "(x)\n");
  assert.is(g("{2}"), "{2}\n");
  assert.is(g("a\\{2\\}b"), "aab\n");
  assert.is(g("a\\.c"), "a.c\n");
  assert.is(g("^a.c$"), "a.c\nabc\n");
  assert.is(g("*y"), "x*y\n"); // leading * is literal
  assert.is(g("\\(ab\\)\\1"), "abab\n");
  assert.is(g("$HOME"), "$HOME\n");
  assert.is(g("[[]q]"), "[q]\n");
  assert.is(g("^[[:upper:][:punct:]]"), "(x)\n{2}\n$HOME\n[q]\n");
  assert.is(g("-F", "a.c"), "a.c\n");
  assert.is(g("-e", "aab", "-e", "abc"), "aab\nabc\n");
  const bad = l.run(["grep", "a\\(b", "/r"]);
  assert.is(bad.status, 2);
  assert.is(bad.err, "grep: 0652-035 The specified pattern is not valid.\n");
});

t("grep usage", () => {
  const l = lab();
  const r = l.run(["grep"]);
  assert.is(r.status, 2);
  assert.ok(r.err.startsWith("Usage: grep [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]\n"));
  const z = l.run(["grep", "-Z", "x"]);
  assert.ok(z.err.startsWith("grep: Not a recognized flag: Z\nUsage: grep"));
});

t("head: -n, -N, -c, several files with headers; missing file", () => {
  const l = lab();
  const text = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join("\n") + "\n";
  l.write("/f", text);
  l.write("/g", "g1\ng2\n");
  assert.is(l.run(["head", "/f"]).out, text.split("\n").slice(0, 10).join("\n") + "\n");
  assert.is(l.run(["head", "-3", "/f"]).out, "l1\nl2\nl3\n");
  assert.is(l.run(["head", "-n", "2", "/f"]).out, "l1\nl2\n");
  assert.is(l.run(["head", "-n2", "/f"]).out, "l1\nl2\n");
  assert.is(l.run(["head", "-c", "4", "/f"]).out, "l1\nl");
  assert.is(l.run(["head", "-1", "/f", "/g"]).out, "==> /f <==\nl1\n\n==> /g <==\ng1\n");
  const r = l.run(["head", "/nope", "/g"]);
  assert.is(r.status, 1);
  assert.is(r.err, "/nope: A file or directory in the path name does not exist.\n");
  const b = l.run(["head", "-n", "x", "/f"]);
  assert.is(b.status, 1);
  assert.is(b.err, "head: 0652-036 Specify a positive decimal number.\nUsage: head [-Count | -n Number | -c Number] [File...]\n");
});

t("tail: -n, -N, +N, -c, one file only", () => {
  const l = lab();
  const text = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join("\n") + "\n";
  l.write("/f", text);
  assert.is(l.run(["tail", "/f"]).out, text.split("\n").slice(2).join("\n"));
  assert.is(l.run(["tail", "-2", "/f"]).out, "l11\nl12\n");
  assert.is(l.run(["tail", "-n", "3", "/f"]).out, "l10\nl11\nl12\n");
  assert.is(l.run(["tail", "+11", "/f"]).out, "l11\nl12\n");
  assert.is(l.run(["tail", "-n", "+12", "/f"]).out, "l12\n");
  assert.is(l.run(["tail", "-c", "4", "/f"]).out, "l12\n");
  assert.is(l.run(["tail", "-r", "-n", "2", "/f"]).out, "l12\nl11\n");
  assert.is(l.run(["tail", "-1"], { stdin: "a\nb\n" }).out, "b\n");
  assert.is(l.run(["tail", "-1"], { stdin: "a\nb\nc" }).out, "b\nc");
  const r = l.run(["tail", "/f", "/f"]);
  assert.is(r.status, 2);
  assert.ok(r.err.startsWith("tail: 0652-044 Can only process one file at a time.\nUsage: tail [-f]"));
  const m = l.run(["tail", "/nope"]);
  assert.is(m.status, 1);
  assert.is(m.err, "/nope: A file or directory in the path name does not exist.\n");
});

t("wc: the AIX columns, totals, -l -w -c, missing file", () => {
  const l = lab();
  l.write("/a", "one two\nthree\n");
  l.write("/b", "x\n");
  assert.is(l.run(["wc", "/a"]).out, "       2       3      14 /a\n");
  assert.is(l.run(["wc", "-l", "/a"]).out, "       2 /a\n");
  assert.is(l.run(["wc", "-wc", "/a"]).out, "       3      14 /a\n");
  assert.is(l.run(["wc", "/a", "/b"]).out, "       2       3      14 /a\n       1       1       2 /b\n       3       4      16 total\n");
  assert.is(l.run(["wc", "-l"], { stdin: "a\nb\n" }).out, "       2\n");
  const r = l.run(["wc", "/nope", "/a"]);
  assert.is(r.status, 2);
  assert.is(r.err, "wc: 0653-755 Cannot open /nope.\n");
  assert.is(r.out, "       2       3      14 /a\n");
});

t.run();
