// 4.4BSD du counts in getbsize()'s unit: root's BLOCKSIZE=1k gives 1K blocks, rounded up
// (du.c howmany(blocks, blocksize / 512)); unset or 512, 512-byte blocks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

test("du in root's BLOCKSIZE (1k), in 512 with BLOCKSIZE=512, 4k rounded up", () => {
  const s = createSession({ os: "bsd" });
  runLine(s, "mkdir /tmp/d; echo x > /tmp/d/f");
  assert.equal(runLine(s, "echo $BLOCKSIZE; du -a /tmp/d"), { output: "1k\n4\t/tmp/d/f\n8\t/tmp/d\n", status: 0 });
  assert.equal(runLine(s, "BLOCKSIZE=512 du /tmp/d; BLOCKSIZE=4k du /tmp/d; unset BLOCKSIZE; du -s /tmp/d"), { output: "16\t/tmp/d\n2\t/tmp/d\n16\t/tmp/d\n", status: 0 });
});

test.run();
