// sort as AIX's sort.c: keys, numbers, the last-resort comparison, -u, -c, -m, -o and messages.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("sort");
const USAGE =
  "Usage:   sort\t[-Abcdfimnru] [-T Directory] [-t Character] [-o File]\n\t\t[-y[Kilobytes]] [-z Recordsize] [-k Keydefinition]...\n\t\t[[+Position1][-Position2]]... [File]...\n";

t("whole lines in byte order (en_US collates as bytes), -r, -f, -d", () => {
  const l = lab();
  const input = "b\nB\na\nA\n10\n9\n_x\n";
  assert.is(l.run(["sort"], { stdin: input }).out, "10\n9\nA\nB\n_x\na\nb\n");
  assert.is(l.run(["sort", "-r"], { stdin: input }).out, "b\na\n_x\nB\nA\n9\n10\n");
  // -f folds; equal keys are then ordered by their bytes
  assert.is(l.run(["sort", "-f"], { stdin: "b\nA\na\nB\n" }).out, "A\na\nB\nb\n");
  // -d: only letters, digits and blanks count
  assert.is(l.run(["sort", "-d"], { stdin: "c\n-b\n_a\n" }).out, "_a\n-b\nc\n");
});

t("-n: blanks, signs, thousands separators, fractions; -0 equals 0; what follows the number does not count", () => {
  const l = lab();
  assert.is(l.run(["sort", "-n"], { stdin: "10\n9\n-1\n1,000\n 5\n2.5\n2.25\n" }).out, "-1\n2.25\n2.5\n 5\n9\n10\n1,000\n");
  assert.is(l.run(["sort", "-rn"], { stdin: "1\n-3\n2\n" }).out, "2\n1\n-3\n");
  assert.is(l.run(["sort", "-n"], { stdin: "0\n-0\nx\n" }).out, "-0\n0\nx\n");
  assert.is(l.run(["sort", "-n"], { stdin: "72%\n4%\n-\n" }).out, "-\n4%\n72%\n");
});

t("-k with POSIX positions, -t, modifiers, and the old +pos -pos", () => {
  const l = lab();
  const input = "x 3 b\ny 1 c\nz 2 a\n";
  assert.is(l.run(["sort", "-k2,2n"], { stdin: input }).out, "y 1 c\nz 2 a\nx 3 b\n");
  assert.is(l.run(["sort", "-k3"], { stdin: input }).out, "z 2 a\nx 3 b\ny 1 c\n");
  assert.is(l.run(["sort", "+2"], { stdin: input }).out, "z 2 a\nx 3 b\ny 1 c\n");
  assert.is(l.run(["sort", "+1", "-2"], { stdin: input }).out, "y 1 c\nz 2 a\nx 3 b\n");
  assert.is(l.run(["sort", "-t:", "-k3,3n"], { stdin: "root:x:0\nbin:x:2\nadm:x:10\n" }).out, "root:x:0\nbin:x:2\nadm:x:10\n");
  assert.is(l.run(["sort", "-t:", "-k3,3nr", "-k1,1"], { stdin: "b:x:1\na:x:1\nc:x:2\n" }).out, "c:x:2\na:x:1\nb:x:1\n");
  // leading blanks belong to a field unless -b (or b)
  assert.is(l.run(["sort", "-k2"], { stdin: "a  b\nc z\n" }).out, "a  b\nc z\n");
  assert.is(l.run(["sort", "-k2b"], { stdin: "a  z\nc b\n" }).out, "c b\na  z\n");
  assert.is(l.run(["sort", "-k1.2,1.2"], { stdin: "ab\nba\n" }).out, "ba\nab\n");
});

t("-u keeps the first of equal keys; -c reports the first line out of order", () => {
  const l = lab();
  assert.is(l.run(["sort", "-u"], { stdin: "b\na\nb\na\n" }).out, "a\nb\n");
  assert.is(l.run(["sort", "-fu"], { stdin: "a\nA\nb\n" }).out, "A\nb\n");
  assert.is(l.run(["sort", "-u", "-k1,1"], { stdin: "x 2\nx 1\ny 3\n" }).out, "x 1\ny 3\n");
  assert.equal(l.run(["sort", "-c"], { stdin: "a\nb\n" }), { status: 0, out: "", err: "", bytes: new Uint8Array(0) });
  const d = l.run(["sort", "-c"], { stdin: "a\nc\nb\nd\n" });
  assert.is(d.status, 1);
  assert.is(d.err, "sort: This line is out of order: b\n");
  const u = l.run(["sort", "-cu"], { stdin: "a\na\n" });
  assert.is(u.status, 1);
  assert.is(u.err, "sort: Duplicate line: a\n");
});

t("files, -m, -o (the output may be an input; the old place after the files too)", () => {
  const l = lab();
  l.write("/f1", "b\nd\n");
  l.write("/f2", "a\nc\n");
  assert.is(l.run(["sort", "/f1", "/f2"]).out, "a\nb\nc\nd\n");
  assert.is(l.run(["sort", "-m", "/f1", "/f2"]).out, "a\nb\nc\nd\n");
  assert.is(l.run(["sort", "-o", "/f1", "/f1", "/f2"]).out, "");
  assert.is(l.read("/f1"), "a\nb\nc\nd\n");
  l.write("/f3", "z\ny\n");
  l.run(["sort", "/f3", "-o", "/f3"]);
  assert.is(l.read("/f3"), "y\nz\n");
  assert.is(l.run(["sort", "-", "/f2"], { stdin: "b\n" }).out, "a\nb\nc\n");
});

t("a last line without its newline gets one, with the warning", () => {
  const l = lab();
  const r = l.run(["sort"], { stdin: "b\na" });
  assert.is(r.out, "a\nb\n");
  assert.is(r.err, "sort: Warning: A newline character was added to the end of the input.\n");
  l.write("/f", "y\nx");
  assert.is(l.run(["sort", "/f"]).err, "sort: Warning: A newline character was added to the end of file /f.\n");
});

t("an ordering flag after -k is global, as POSIX has it: sort -t: -k3 -n sorts the third field by number", () => {
  const l = lab();
  const input = "a:x:10\nb:x:9\nc:x:100\n";
  assert.equal(l.run(["sort", "-t:", "-k3", "-n"], { stdin: input }).out, "b:x:9\na:x:10\nc:x:100\n");
  assert.equal(l.run(["sort", "-k3", "-t:", "-n", "-r"], { stdin: input }).out, "c:x:100\na:x:10\nb:x:9\n");
  // -r alone reverses the key compared as bytes
  assert.equal(l.run(["sort", "-t:", "-k3", "-r"], { stdin: input }).out, "b:x:9\nc:x:100\na:x:10\n");
});

t("messages: usage (exit 2), too many keys, -c with two files, a file that cannot be opened", () => {
  const l = lab();
  assert.equal(l.run(["sort", "-x"]), { status: 2, out: "", err: "sort: Not a recognized flag: x\n" + USAGE, bytes: new Uint8Array(0) });
  assert.is(l.run(["sort", "-t", "ab"]).err, USAGE);
  assert.is(l.run(["sort", "-k0"]).err, USAGE);
  assert.is(l.run(["sort", "-k"]).err, "sort: A flag requires a parameter: k\n" + USAGE);
  const keys = ["-k1", "-k2", "-k3", "-k4", "-k5", "-k6", "-k7", "-k8", "-k9", "-k10"];
  assert.equal(l.run(["sort", ...keys]), { status: 2, out: "", err: "sort: 0653-647 Cannot use more than 10 sort keys.\n\n", bytes: new Uint8Array(0) });
  assert.is(l.run(["sort", "-c", "/a", "/b"]).err, "sort: 0653-648 Specify only one input file when using the -c flag.\n\n");
  l.write("/ok", "b\na\n");
  const r = l.run(["sort", "/nope", "/ok"]);
  assert.is(r.status, 2);
  assert.is(r.out, "a\nb\n");
  assert.is(r.err, "sort: 0653-655 Cannot open /nope\n");
  assert.is(l.run(["sort", "-T", "x".repeat(90)]).err, `sort: 0653-646 The path name is too long: ${"x".repeat(90)}\n`);
});

t("a write that fails: 0653-657, exit 2", () => {
  const l = lab();
  l.run(["ulimit", "-f", "0"]);
  assert.equal(l.run(["sort", "-o", "/out"], { stdin: "b\na\n" }), { status: 2, out: "", err: "sort: 0653-657 A write error occurred while sorting.\n", bytes: new Uint8Array(0) });
});

t("a keyed line longer than 20478 bytes is refused (0653-652, no sort: prefix)", () => {
  const l = lab();
  const r = l.run(["sort", "-k1"], { stdin: "x".repeat(20479) + "\n" });
  assert.is(r.status, 2);
  assert.is(r.err, "0653-652 A line of the input file contains more than 20480 characters.\n");
  assert.is(l.run(["sort"], { stdin: "x".repeat(30000) + "\na\n" }).out, "a\n" + "x".repeat(30000) + "\n");
});

t.run();
