import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("dd and od");

const enc = new TextEncoder();

t("dd copies a sparse file block by block and reports N+M records", () => {
  const l = lab();
  const f = l.sys.open("/sparse", { write: true, create: true });
  f.pos = 4096 * 3;
  f.write(enc.encode("tail"));
  const r = l.run(["dd", "if=/sparse", "of=/copy", "bs=4k"]);
  assert.is(r.status, 0);
  assert.is(r.out, "");
  assert.is(r.err, "3+1 records in.\n3+1 records out.\n");
  const c = l.sys.stat("/copy");
  assert.is(c.size, 4096 * 3 + 4);
  assert.is(c.blocks, 32, "dd writes every block it reads, zeros included: the copy is not sparse");
  assert.equal([...l.sys.readFile("/copy").subarray(4096 * 3)], [...enc.encode("tail")]);
});

t("dd numbers: k, w, b multiply, x and * make a product, any other letter is passed over (AIX number())", async () => {
  const { ddNumber } = await import("../../../engine/userland/common/dd.js");
  assert.equal([ddNumber("4k"), ddNumber("3w"), ddNumber("2b"), ddNumber("2x3k"), ddNumber("2*512"), ddNumber("1m"), ddNumber("1mk")], [4096, 6, 1024, 6144, 1024, 1, 1024]);
  const l = lab();
  l.write("/in", "A".repeat(3000));
  const r = l.run(["dd", "if=/in", "of=/out", "bs=1m", "count=2"]);
  assert.is(r.err, "2+0 records in.\n2+0 records out.\n");
  assert.is(l.sys.stat("/out").size, 2);
});

t("dd: default 512-byte blocks, count, skip, seek, conv=notrunc, stdout", () => {
  const l = lab();
  l.write("/in", "A".repeat(1000));
  let r = l.run(["dd", "if=/in", "of=/out"]);
  assert.is(r.err, "1+1 records in.\n1+1 records out.\n");
  r = l.run(["dd", "if=/in", "bs=100", "count=2", "skip=1"]);
  assert.is(r.out, "A".repeat(200));
  assert.is(r.err, "2+0 records in.\n2+0 records out.\n");
  l.write("/img", "0123456789");
  r = l.run(["dd", "of=/img", "bs=1", "seek=2", "conv=notrunc"], { stdin: "xy" });
  assert.is(l.read("/img"), "01xy456789");
  assert.is(r.err, "2+0 records in.\n2+0 records out.\n");
  r = l.run(["dd", "of=/img", "bs=1", "seek=2"], { stdin: "z" });
  assert.is(l.read("/img"), "01z", "without notrunc the output is cut after the copy");
});

t("dd makes a sparse image with seek and count=0", () => {
  const l = lab();
  const r = l.run(["dd", "if=/in-missing", "of=/x"]);
  assert.is(r.status, 2);
  assert.is(r.err, "dd: /in-missing: A file or directory in the path name does not exist.\n");
  const r2 = l.run(["dd", "of=/img", "bs=1k", "seek=1024", "count=0"], { stdin: "" });
  assert.is(r2.err, "0+0 records in.\n0+0 records out.\n");
  assert.is(l.sys.stat("/img").size, 1024 * 1024);
  assert.is(l.sys.stat("/img").blocks, 0);
});

t("dd: ibs/obs reblocking, numbers with k and x, bad operands", () => {
  const l = lab();
  l.write("/in", "B".repeat(1024));
  let r = l.run(["dd", "if=/in", "of=/o", "ibs=256", "obs=1k"]);
  assert.is(r.err, "4+0 records in.\n1+0 records out.\n");
  r = l.run(["dd", "if=/in", "of=/o", "bs=2x256"]);
  assert.is(r.err, "2+0 records in.\n2+0 records out.\n");
  r = l.run(["dd", "foo=1"]);
  assert.is(r.status, 2);
  assert.ok(r.err.startsWith("dd: 0511-056 The command parameter foo=1 is not correct.\nUsage: dd [if=InputFile]"));
  r = l.run(["dd", "if=/in", "ibs=0"]);
  assert.is(r.err, "dd: 0511-058 Block sizes cannot be zero.\n");
  // bs=0 is ignored (dd.c: if (bs) ibs = obs = bs)
  assert.is(l.run(["dd", "if=/in", "of=/o", "bs=0"]).err, "2+0 records in.\n2+0 records out.\n");
  r = l.run(["dd", "if=/in", "of=/in"]);
  assert.is(r.err, "dd: 0511-502 The if= and of= options cannot specify the same file.\n");
  r = l.run(["dd", "conv=ucase"], { stdin: "abc" });
  assert.is(r.out, "ABC");
});

t("od -c: the AIX layout, escapes and octal for the rest", () => {
  const l = lab();
  l.write("/f", "hello\n\x01\t\0");
  const r = l.run(["od", "-c", "/f"]);
  assert.is(r.status, 0);
  assert.is(r.out, "0000000    h   e   l   l   o  \\n 001  \\t  \\0\n0000011\n");
});

t("od: default octal words (big-endian), repeated lines as *, odd length", () => {
  const l = lab();
  assert.is(l.run(["od"], { stdin: "abc\n" }).out, "0000000  060542 061412\n0000004\n");
  assert.is(l.run(["od"], { stdin: "a" }).out, "0000000  060400\n0000001\n");
  const zeros = new Uint8Array(64);
  zeros.set(enc.encode("X"), 63);
  assert.is(
    l.run(["od", "-c"], { stdin: zeros }).out,
    "0000000   \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n" +
      "*\n" +
      "0000060   \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0   X\n" +
      "0000100\n",
  );
  assert.is(l.run(["od"], { stdin: "" }).out, "0000000\n");
});

t("od -x, -b, -d, -t x1, -A d, two formats aligned", () => {
  const l = lab();
  assert.is(l.run(["od", "-x"], { stdin: "abcd" }).out, "0000000  6162 6364\n0000004\n");
  assert.is(l.run(["od", "-b"], { stdin: "ab" }).out, "0000000  141 142\n0000002\n");
  assert.is(l.run(["od", "-d"], { stdin: "ab" }).out, "0000000  24930\n0000002\n");
  // od.c pads unsigned byte values with zeros to the 3-character field
  assert.is(l.run(["od", "-t", "x1"], { stdin: "ab" }).out, "0000000  061 062\n0000002\n");
  assert.is(l.run(["od", "-A", "d", "-c"], { stdin: "ab" }).out, "0000000    a   b\n0000002\n");
  assert.is(l.run(["od", "-co"], { stdin: "ab" }).out, "0000000    a   b\n\t  060542\n0000002\n");
  const r = l.run(["od", "-Q"], { stdin: "" });
  assert.is(r.status, 1);
  assert.ok(r.err.startsWith("usage: od [-abBcCdDefFhHiIlLoOpPsvxX]"));
  assert.is(l.run(["od", "/nope"]).err, "/nope: A file or directory in the path name does not exist.\n");
});

t.run();
