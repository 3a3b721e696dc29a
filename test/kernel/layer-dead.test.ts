// A layer node that a forced unmount left behind answers as 4.4BSD's deadfs: lookup ENOTDIR,
// open ENXIO, read and write EIO, close succeeds (the holder can close it and exit), the rest
// EBADF. Found by scenario bsd/10: `kill` of a tail -f holding such a file said "Bad file
// descriptor" because its close on exit failed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isKernelError } from "../../engine/kernel/errno.js";
import { createSession, runLine } from "../../engine/session.js";

const errno = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (isKernelError(e)) return e.errno;
    throw e;
  }
  return null;
};

test("dead node: each operation's deadfs answer", () => {
  const s = createSession({ os: "bsd" });
  assert.is(runLine(s, "mount_loopback /usr/include /mnt").status, 0);
  const f = s.sys.open("/mnt/sys/types.h", { read: true });
  const dir = s.sys.resolve("/mnt/sys");
  assert.equal(runLine(s, "umount -f /mnt"), { output: "", status: 0 });
  const v = f.vnode as unknown as Record<string, (...a: unknown[]) => unknown>;
  assert.is(errno(() => f.read(10)), "EIO");
  assert.is(errno(() => v.write!(0, new Uint8Array(1))), "EIO");
  assert.is(errno(() => v.open!({ read: true })), "ENXIO");
  assert.is(errno(() => v.close!({ read: true })), null);
  assert.is(errno(() => dir.lookup("types.h")), "ENOTDIR");
  assert.is(errno(() => dir.getattr()), "EBADF");
});

test("the process that holds a dead node ends when killed; kill says nothing", () => {
  const s = createSession({ os: "bsd" });
  for (const c of ["mount_loopback /usr/include /mnt", "tail -f /mnt/sys/types.h >/dev/null &", "umount -f /mnt"]) assert.is(runLine(s, c).status, 0, c);
  const r = runLine(s, "kill $!");
  assert.is(r.status, 0);
  assert.match(r.output, /^\[1\] \d+ Terminated +tail -f \/mnt\/sys\/types\.h >\/dev\/null\n$/);
  assert.is(runLine(s, "cat < /dev/null; exec 3</usr/include/sys/types.h; echo ok").output, "ok\n");
});

test.run();
