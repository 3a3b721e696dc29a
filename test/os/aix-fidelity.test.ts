// Fidelity defects the issue-7 audit found in the loopback commands and shutdown, each held to
// the exact text.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const fresh = (settings?: Record<string, unknown>) =>
  createSession({ samples: true, setup: { dirs: ["/cdmount"] }, ...(settings ? { settings } : {}) });
const run = (s: Session, line: string) => runLine(s, line).output;
const MOUNT_CD = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';

test("1320-003 is two lines, the second indented as the technote prints it", () => {
  const s = fresh({ loopmount_creates_named: false });
  assert.is(
    run(s, 'loopmount -i /backup/cd_image -l loop0 -o "-V cdrfs -o ro" -m /cdmount; echo $?'),
    "1320-003 loopmount: Specified loopback device is not found in ODM\n" +
      "                        Customized Database\n1\n",
  );
});

test("-l with a device bound to another image: the device is busy, not the image", () => {
  const s = fresh();
  run(s, MOUNT_CD);
  const busy =
    "1320-010 loopmount: The loopback device loop0 is busy: it is associated with the image file /backup/cd_image.\n1\n";
  assert.is(run(s, "loopmount -i /images/disk.img -l loop0; echo $?"), busy);
  // also once its file system is unmounted: the binding holds until loopumount
  run(s, "umount /cdmount");
  assert.is(run(s, "loopmount -i /images/disk.img -l loop0; echo $?"), busy);
  // the same image again is no change
  assert.is(run(s, "loopmount -i /backup/cd_image -l loop0; echo $?"), "0\n");
});

test("the technote's clean-up after a plain umount removes the temporary device", () => {
  const s = fresh();
  run(s, MOUNT_CD);
  assert.is(run(s, "umount /cdmount; echo $?"), "0\n");
  assert.is(run(s, "lsdev -Cc loopback"), "loop0 Available  Loopback Device\n");
  assert.is(run(s, "loopumount -l loop0 -m /cdmount; echo $?"), "0\n");
  assert.is(run(s, "lsdev -Cc loopback"), "");
});

test("a kept device that is not mounted: 1320-009 when a mount point is named", () => {
  const s = fresh();
  run(s, "mkdev -c loopback -s node -t loopback");
  assert.is(run(s, "loopmount -l loop0 -i /backup/cd_image; echo $?"), "0\n");
  assert.is(run(s, "loopumount -l loop0 -m /cdmount; echo $?"), "1320-009 loopumount: The loopback device loop0 is not mounted.\n1\n");
  assert.is(run(s, "lsdev -Cc loopback"), "loop0 Available  Loopback Device\n");
});

test("shutdown -F announces a halt and ends with the halt's line; -Fr announces a reboot", () => {
  const halt = run(fresh(), "shutdown -F");
  assert.match(halt, /^\nSHUTDOWN PROGRAM\n.*\n\nWait for '\.\.\.\.Halt completed\.\.\.\.' before stopping\.\n\.\.\.\.Halt completed\.\.\.\.\n$/);
  assert.not.match(halt, /Rebooting/);
  const again = run(fresh(), "shutdown -Fr");
  assert.match(again, /^\nSHUTDOWN PROGRAM\n.*\n\nWait for 'Rebooting\.\.\.' before stopping\.\nRebooting \. \. \.\n$/);
});

test("lslpp -L has its own layout and the legend after the list", () => {
  const s = fresh();
  const out = run(s, "lslpp -L devices.loopback.rte");
  assert.is(
    out.split("\n").slice(0, 6).join("\n"),
    "  Fileset                      Level  State  Type  Description (Uninstaller)\n" +
      "  ----------------------------------------------------------------------------\n" +
      "  devices.loopback.rte       7.2.4.0    C     F    Loopback Device Driver\n\n\nState codes:",
  );
  assert.ok(out.endsWith("\n R -- RPM Package\n E -- Interim Fix\n"));
  // the header before 0504-132, no legend for an empty list, status 1
  assert.is(
    run(s, "lslpp -L foo 2>&1; echo $?"),
    "  Fileset                      Level  State  Type  Description (Uninstaller)\n" +
      "  ----------------------------------------------------------------------------\n" +
      "lslpp: 0504-132  Fileset foo not installed.\n1\n",
  );
  assert.is(run(s, "lslpp -Lc devices.loopback.rte | tail -1"), "devices.loopback:devices.loopback.rte:7.2.4.0: : :C: :Loopback Device Driver : : : : : : :1:0:/:1937\n");
  assert.is(run(s, "lslpp -lq 'bos.rte.*'"), "Path: /usr/lib/objrepos\n  bos.rte.filesystem         7.2.5.2  COMMITTED  Filesystem Administration\n  bos.rte.lvm                7.2.5.2  COMMITTED  Logical Volume Manager\n");
});

test("cfgmgr defines again the hardware whose CuDv objects were deleted (defsys, then each bus's children)", () => {
  const s = fresh();
  const before = run(s, "lsdev -C -F name | sort");
  assert.is(run(s, "odmdelete -o CuDv"), "0518-307 odmdelete: 34 objects deleted.\n");
  assert.is(run(s, "cfgmgr; echo $?"), "0\n");
  const after = run(s, "lsdev -C -F name | sort").split("\n").filter(Boolean);
  // the hardware comes back Available; logical volumes and the network are not found on a bus
  assert.equal(after, ["L2cache0", "ent0", "hdisk0", "mem0", "proc0", "proc4", "pty0", "sys0", "sysplanar0", "vio0", "vsa0", "vscsi0", "vty0"]);
  assert.ok(after.every((n) => before.includes(n)));
  assert.is(run(s, "lsdev -Cl hdisk0"), "hdisk0 Available  Virtual SCSI Disk Drive\n");
});

test.run();
