// The pipeline tools in a full session: cksum and sum (also of the multi-GB-sized CD image,
// streamed), /dev/urandom, xargs running real child processes, which, more and pg at the
// terminal.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";
import { BsdSum, Cksum, SysvSum } from "../../engine/userland/common/checksum.js";

const fresh = () => createSession({ samples: true, setup: { dirs: ["/w"] } });
const out = (s: Session, line: string) => runLine(s, line).output;

test("cksum and sum: POSIX CRC, BSD and System V sums, their line layouts and messages", () => {
  const s = fresh();
  runLine(s, "echo hello > /w/h");
  assert.is(out(s, "cksum /w/h"), "3015617425 6 /w/h\n");
  assert.is(out(s, "echo hello | cksum"), "3015617425 6\n");
  assert.is(out(s, "cksum /dev/null"), "4294967295 0 /dev/null\n");
  assert.is(out(s, "sum /w/h"), "36979     1 /w/h\n");
  // standard input: the name is empty and the line ends in its blank (sum.c's "%05u %5ld %s")
  assert.is(out(s, "sum < /w/h"), "36979     1 \n");
  assert.is(out(s, "sum -o /w/h"), "542 1 /w/h\n");
  assert.is(out(s, "sum -o < /w/h"), "542 1\n");
  assert.equal(runLine(s, "cksum /w/h /nope"), { output: "3015617425 6 /w/h\ncksum: /nope: A file or directory in the path name does not exist.\n", status: 1 });
  assert.equal(runLine(s, "sum /nope"), { output: "sum: 0653-690 Cannot open /nope.\n", status: 10 });
  assert.equal(runLine(s, "sum -r -o"), { output: "Usage: sum [-i][-o|r] [FileName...]\n", status: 1 });
  assert.equal(runLine(s, "cksum -?"), { output: "Usage: cksum [File ...]\n", status: 1 });
});

test("the sums of a run of zeros taken in one step equal the sums byte by byte", () => {
  const data = new Uint8Array(300000);
  data[5] = 7;
  data[200000] = 9;
  const sums = [new Cksum(), new BsdSum(), new SysvSum()];
  const pieces = [new Cksum(), new BsdSum(), new SysvSum()];
  for (const x of sums) for (let i = 0; i < data.length; i += 7) x.add(data.subarray(i, i + 7));
  for (const x of pieces) for (let i = 0; i < data.length; i += 65536) x.add(data.subarray(i, i + 65536));
  assert.equal(pieces.map((x) => x.value()), sums.map((x) => x.value()));
  assert.is(sums[0]!.value(), 3047322587);
});

test("cksum of the CD image streams 859 MB without holding it (GNU cksum and sum agree)", () => {
  const s = fresh();
  assert.equal(runLine(s, "cksum /backup/cd_image"), { output: "2928269243 859291648 /backup/cd_image\n", status: 0 });
  assert.is(out(s, "sum /backup/cd_image"), "07057 839152 /backup/cd_image\n");
});

test("/dev/urandom and /dev/random: character devices of the random driver, endless, the same bytes for the same machine", () => {
  const a = fresh();
  const b = fresh();
  assert.is(out(a, "ls -l /dev/random /dev/urandom"), "crw-r--r--    1 root     system        9,  0 Nov 27 06:43 /dev/random\ncrw-r--r--    1 root     system        9,  1 Nov 27 06:43 /dev/urandom\n");
  const first = out(a, "head -c 16 /dev/urandom | od -x");
  assert.match(first, /^0000000 ( [0-9a-f]{4}){8}\n0000020\n$/);
  assert.is(out(b, "head -c 16 /dev/urandom | od -x"), first);
  // the stream goes on: the next bytes differ; both devices draw from it
  assert.is.not(out(a, "head -c 16 /dev/random | od -x"), first);
  assert.is(out(a, "dd if=/dev/urandom bs=1024 count=64 2>/dev/null | wc -c"), "   65536\n");
  const other = createSession({ samples: true, hostname: "other" });
  assert.is.not(out(other, "head -c 16 /dev/urandom | od -x"), first);
});

test("xargs runs each command as a child process: -n1 rmdev over lsdev's names", () => {
  const s = fresh();
  runLine(s, "mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback");
  assert.equal(runLine(s, "lsdev -Cc loopback -F name | xargs -n1 rmdev -dl"), { output: "loop0 deleted\nloop1 deleted\n", status: 0 });
  assert.is(out(s, "lsdev -Cc loopback"), "");
  // the command is a process of its own: its parent is xargs
  const ps = out(s, "echo -f | xargs ps").split("\n");
  const xpid = /^\s*root\s+(\d+).* xargs ps $/.exec(ps.find((l) => l.endsWith(" xargs ps "))!)![1];
  assert.match(ps.find((l) => l.endsWith(" ps -f "))!, new RegExp(`^\\s*root\\s+\\d+ ${xpid} `));
});

test("xargs: batching (-n, -L, -I), quotes, the end-of-file string, -t, and the default /usr/bin/echo", () => {
  const s = fresh();
  assert.is(out(s, "echo a b c | xargs"), "a b c\n");
  assert.is(out(s, "echo a b c | xargs -n2 echo x"), "x a b\nx c\n");
  assert.is(out(s, "printf 'a b\\nc\\nd e f\\n' | xargs -L2 echo"), "a b c\nd e f\n");
  assert.is(out(s, "printf 'x y\\nz\\n' | xargs -I {} echo '<{}>'"), "<x y>\n<z>\n");
  assert.is(out(s, "echo \"'a b'\" c | xargs -n1 echo"), "a b\nc\n");
  assert.is(out(s, "echo a _ b | xargs echo"), "a\n");
  assert.is(out(s, "echo a _ b | xargs -E b echo"), "a _\n");
  assert.is(out(s, "echo a b | xargs -t 2>&1"), "/usr/bin/echo a b \na b\n");
  assert.is(out(s, "printf '' | xargs echo never"), "");
});

test("xargs: exit statuses (a failed command, 127, 126, 255) and messages", () => {
  const s = fresh();
  assert.equal(runLine(s, "printf 'a\\nb\\n' | xargs -n1 false"), { output: "", status: 1 });
  assert.equal(runLine(s, "echo a | xargs nosuch"), { output: "xargs: nosuch: A file or directory in the path name does not exist.\n", status: 127 });
  runLine(s, "echo 'echo hi' > /w/s; chmod 644 /w/s");
  assert.equal(runLine(s, "echo a | xargs /w/s"), { output: "xargs: /w/s: The file access permissions do not allow the specified action.\n", status: 126 });
  runLine(s, "chmod 755 /w/s");
  assert.equal(runLine(s, "echo a | xargs /w/s"), { output: "hi\n", status: 0 });
  assert.equal(runLine(s, "echo a | xargs ksh -c 'exit 255'"), { output: "xargs: 0402-057 The ksh command was not found or could not be run.\n", status: 1 });
  assert.equal(runLine(s, "echo \"it's\" | xargs echo"), { output: "xargs: 0402-060 An end quote is missing from the string: its.\n", status: 1 });
  assert.equal(runLine(s, "xargs -n 0 </dev/null"), { output: "xargs: 0402-051 Specify a positive integer after the -n option.\n", status: 1 });
  const usage = "Usage: xargs [-p][-t] [-e[EndOfFileString]] [-E EndOfFileString]\n       [-I ReplacementString] [-i[ReplacementString]] [-L Number]\n       [-l[Number]] [-n Number [-x]] [-s Size] [Command [Argument ...]]\n";
  assert.equal(runLine(s, "xargs -z </dev/null"), { output: "xargs: The -z flag is not valid.\n" + usage, status: 1 });
  assert.is(out(s, "echo aaaaaaaaaa | xargs -s 12 echo"), "xargs: 0402-059 The size of a single parameter exceeded the command line limit.\n");
});

test("xargs -p asks at the terminal: y runs the command, anything else skips it", () => {
  const s = fresh();
  const r = runTyped(s, "echo a b | xargs -p -n1 echo", ["echo a ?...y", "a", "echo b ?...n"]);
  assert.equal(r, { output: "echo a ?...y\na\necho b ?...n\n", status: 0 });
});

test("which: the first executable file on PATH; AIX's messages on standard output", () => {
  const s = fresh();
  assert.equal(runLine(s, "which ls loopmount"), { output: "/usr/bin/ls\n/usr/sbin/loopmount\n", status: 0 });
  assert.equal(runLine(s, "which nosuch 2>/dev/null"), { output: "which: 0652-141 There is no nosuch in /usr/bin /etc /usr/sbin /usr/ucb /usr/bin/X11 /sbin.\n", status: 1 });
  assert.equal(runLine(s, "PATH=/w:/usr/bin which -x"), { output: "which: 0652-141 There is no -x in /w /usr/bin.\n", status: 1 });
  assert.equal(runLine(s, "which /nope"), { output: "which: 0652-140 Cannot find /nope.\n", status: 1 });
  assert.equal(runLine(s, "which"), { output: "Usage: which CommandName...\n", status: 1 });
});

const thirty = "i=1; while [ $i -le 30 ]; do echo line$i; i=$((i+1)); done > /w/f30";
const lines = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `line${a + i}`);

test("more at the terminal: a screen, --More--(NN%), Enter one line, space a screen, q quits", () => {
  const s = fresh();
  runLine(s, thirty);
  const r = runTyped(s, "more /w/f30", [...lines(1, 22), "--More--(72%)", "line23", "--More--(75%) ", ...lines(24, 30)]);
  assert.is(r.output, [...lines(1, 22), "--More--(72%)", "line23", "--More--(75%) ", ...lines(24, 30)].join("\n") + "\n");
  const q = runTyped(s, "cat /w/f30 | more -n 3", ["line1", "line2", "line3", "--More--q"]);
  assert.is(q.output, "line1\nline2\nline3\n--More--q\n");
  // not a terminal: it copies, with headers for several files
  assert.is(out(s, "more /w/f30 | wc -l"), "      30\n");
  assert.is(out(s, "more /etc/hosts /w/f30 | head -3"), "::::::::::::::\n/etc/hosts\n::::::::::::::\n");
});

test("pg at the terminal: : prompts, l, q, $, (EOF):, (Next file: …)", () => {
  const s = fresh();
  runLine(s, thirty);
  const r = runTyped(s, "pg -5 /w/f30", [...lines(1, 5), ":", ...lines(6, 9), ":l", "line10", ":q"]);
  assert.is(r.output, [...lines(1, 5), ":", ...lines(6, 9), ":l", "line10", ":q"].join("\n") + "\n");
  const e = runTyped(s, "pg -10 /w/f30 /etc/hosts", [...lines(1, 10), ":$", "...skipping forward", ...lines(21, 30), "(EOF):", "(Next file: /etc/hosts)q"]);
  assert.is(e.output, [...lines(1, 10), ":$", "...skipping forward", ...lines(21, 30), "(EOF):", "(Next file: /etc/hosts)q"].join("\n") + "\n");
  assert.is(out(s, "pg /w/f30 | tail -1"), "line30\n");
  assert.equal(runLine(s, "pg -x"), { output: "Usage: pg [-Number] [-p String] [-cefns] [+LineNumber] [+/Pattern/] [File...]\n", status: 1 });
});

test("head -c in a pipe writes the bytes only: od shows a b", () => {
  const s = fresh();
  assert.is(out(s, "echo abc | head -c 2 | od -c"), "0000000    a   b\n0000002\n");
});

test.run();
