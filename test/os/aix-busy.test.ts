// Why AIX's file systems are busy, found from real references (kernel/vfs/refs.ts): the system
// file systems by what the daemons hold (their programs' text, errdemon's log), a file system by
// a loop image in it, a mount point by its mount (rmdir and mv refuse it with AIX's messages).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";
import { busyOnUnmount } from "../../engine/kernel/vfs/refs.js";

const fresh = () => createSession({ samples: true, setup: { dirs: ["/cdmount"] } });
const out = (s: Session, line: string) => runLine(s, line).output;
const busy = (dev: string) => `umount: 0506-349 Cannot unmount ${dev}: The requested resource is busy.\n`;

/** what keeps the mount at `path` busy: kind and argv[0] of the holder, sorted and counted */
function holders(s: Session, path: string): string[] {
  const m = s.machine.mounts.all().find((x) => x.path === path)!;
  const counts = new Map<string, number>();
  for (const r of busyOnUnmount(s.machine, m)) {
    const who = r.proc ? r.proc.argv[0] : r.mount ? r.mount.path : r.unit!.name;
    const key = `${r.kind} ${who}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).sort();
}

test("the system file systems are busy by what the daemons hold", () => {
  const s = fresh();
  assert.equal(holders(s, "/opt"), ["text /usr/sbin/rsct/bin/IBM.DRMd", "text /usr/sbin/rsct/bin/IBM.ServiceRMd", "text /usr/sbin/rsct/bin/rmcd"]);
  assert.equal(holders(s, "/var"), ["covered /var/adm/ras/livedump", "open /usr/lib/errdemon"]);
  assert.ok(holders(s, "/usr").includes("text /usr/sbin/syncd"));
  assert.ok(holders(s, "/usr").includes("text sendmail:"));
  assert.is(out(s, "umount /usr"), busy("/dev/hd2"));
  assert.is(out(s, "umount /opt"), busy("/dev/hd10opt"));
  // without livedump mounted in it, errdemon's log still holds /var
  assert.is(out(s, "umount /var/adm/ras/livedump; echo $?"), "0\n");
  assert.is(out(s, "umount /var"), busy("/dev/hd9var"));
  assert.equal(s.machine.checkInvariants(), []);
});

test("fuser reports processes' directories and open files, not their programs' text", () => {
  const s = fresh();
  assert.is(out(s, "fuser -c /usr"), "/usr: \n");
  assert.is(out(s, "fuser -c /opt"), "/opt: \n");
  assert.is(out(s, "fuser -c /var"), "/var:  1835600\n");
});

test("nothing the daemons hold shows in a listing or in df", () => {
  const s = fresh();
  assert.is(out(s, "ls /opt; ls /var/adm/ras"), "freeware\nlivedump\n");
  assert.match(out(s, "df /usr /opt /var"), /\/dev\/hd2\s+6291456\s+1404168\s+78%\s+47462\s+24% \/usr\n\/dev\/hd10opt\s+786432\s+447704\s+44%\s+6926\s+13% \/opt\n\/dev\/hd9var\s+1048576\s+600704\s+43%\s+8236\s+11% \/var\n/);
});

test("a mount point cannot be removed or renamed: rmdir and mv say so as AIX does", () => {
  const s = fresh();
  out(s, "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount");
  assert.equal(runLine(s, "rmdir /cdmount"), { output: "rmdir: 0653-611 Directory /cdmount is not empty.\n", status: 2 });
  assert.equal(runLine(s, "mv /cdmount /cd2"), { output: "mv: 0653-401 Cannot rename /cdmount to /cd2:\n\t     The requested resource is busy.\n", status: 1 });
  assert.equal(runLine(s, "mkdir /d; mv /d /cdmount"), { output: "mv: /cdmount/d: The file system has read permission only.\n", status: 1 });
  assert.equal(runLine(s, "mv /tmp /tmp2"), { output: "mv: 0653-401 Cannot rename /tmp to /tmp2:\n\t     The requested resource is busy.\n", status: 1 });
  assert.equal(s.machine.checkInvariants(), []);
});

test("a loop image keeps its file system busy; a reboot still takes both down", () => {
  const s = fresh();
  out(s, "crfs -v jfs2 -g rootvg -m /data -a size=64M; mount /data; dd if=/dev/zero of=/data/img bs=1024 count=64 2>/dev/null");
  assert.is(out(s, "mkdev -c loopback -s node -t loopback -a filename=/data/img"), "loop0 Available\n");
  assert.equal(runLine(s, "umount /data"), { output: busy("/dev/fslv00"), status: 1 });
  out(s, "reboot");
  assert.equal(runLine(s, "mount | grep /data"), { output: "", status: 1 });
  assert.is(out(s, "lsdev -Cc loopback"), "loop0 Defined  Loopback Device\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test.run();
