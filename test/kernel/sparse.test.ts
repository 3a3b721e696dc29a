// Sparse file contents against a plain byte array: short chunks grow as they are written, holes
// read as zeros, truncation zeroes what it cuts, and the chunk list is whole chunks.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { CHUNK, SparseData } from "../../engine/kernel/fs/memfs/sparse.js";

type Op = { kind: "write"; offset: number; data: number[] } | { kind: "truncate"; size: number };

const op = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), offset: fc.nat(3 * CHUNK), data: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 2 * CHUNK }) }),
  fc.record({ kind: fc.constant("truncate" as const), size: fc.nat(4 * CHUNK) }),
);

test("reads give what a plain array would hold, whatever the writes and truncations", () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
      const s = new SparseData();
      let ref = new Uint8Array(0);
      for (const o of ops) {
        if (o.kind === "write") {
          s.write(o.offset, Uint8Array.from(o.data));
          const end = Math.max(ref.length, o.offset + o.data.length);
          const next = new Uint8Array(end);
          next.set(ref);
          next.set(o.data, o.offset);
          ref = next;
        } else {
          s.truncate(o.size);
          const next = new Uint8Array(o.size);
          next.set(ref.subarray(0, o.size));
          ref = next;
        }
      }
      assert.is(s.size, ref.length);
      assert.equal([...s.read(0, ref.length + 10)], [...ref]);
      for (const [, c] of s.chunkList()) assert.is(c.length, CHUNK);
    }),
    { numRuns: 300 },
  );
});

test("a small file's chunk is as short as its bytes, and still counts a whole chunk of space", () => {
  let taken = 0;
  const s = new SparseData({ take: (n) => void (taken += n), give: (n) => void (taken -= n) });
  s.write(0, new TextEncoder().encode("hello\n"));
  assert.is(taken, CHUNK);
  assert.is(s.allocatedBytes, CHUNK);
  assert.is(new TextDecoder().decode(s.read(0, 100)), "hello\n");
});

test.run();
