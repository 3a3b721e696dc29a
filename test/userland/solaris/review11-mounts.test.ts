// Review 11 (mounts): hsfs and ufs are known by their device, mount -a and mountall mount again,
// a single mount stops reading vfstab at its entry, shutdown, pkill, fstyp, tty, /etc owners.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 11: mounts");

t("hsfs and ufs on /dev/lofi/1 take the device's own number as their id (cmpldev(147,1))", () => {
  const { run } = solarisSession();
  run("lofiadm -a /export/iso/sol-11_1-repo.iso");
  assert.equal(run("mount -F hsfs /dev/lofi/1 /mnt"), { output: "", status: 0 });
  assert.equal(run("grep hsfs /etc/mnttab | cut -f1-4"), { output: "/dev/lofi/1\t/mnt\thsfs\tro,noglobal,maplcase,rr,traildot,dev=24c0001\n", status: 0 });
  assert.equal(run("ls -lL /dev/lofi/1 | awk '{print $5 $6}'"), { output: "147,1\n", status: 0 });
  assert.is(run("stat /mnt/README | grep Device | cut -c1-17").output, "Device: 24c0001h/\n");
  run("umount /mnt; lofiadm -d /dev/lofi/1");
  run("mkfile 64m /export/u.img; lofiadm -a /export/u.img");
  run("echo y | newfs /dev/rlofi/1 >/dev/null 2>&1");
  assert.equal(run("mount -F ufs /dev/lofi/1 /a; grep ufs /etc/mnttab | cut -f1-3; grep -c dev=24c0001 /etc/mnttab"), { output: "/dev/lofi/1\t/a\tufs\n1\n", status: 0 });
  assert.equal(run("stat /a | grep Device | cut -c1-17"), { output: "Device: 24c0001h/\n", status: 0 });
});

t("mount -a and a plain mountall mount every yes entry again: the back ends fail (111 when all are lofs); mountall -l skips what mnttab lists", () => {
  const { run, sys } = solarisSession();
  sys.mkdirp("/export/test");
  sys.mkdirp("/opt/test");
  sys.writeFile("/etc/vfstab", "swap - /tmp tmpfs - yes -\n/export/test - /opt/test lofs - yes -\n");
  assert.equal(run("mount -a; echo $?"), { output: "mount: /tmp is already mounted or swap is busy\n1\n", status: 0 });
  assert.equal(run("mount -a; echo $?"), { output: "mount: /tmp is already mounted or swap is busy\nmount: /export/test: Device busy\n1\n", status: 0 });
  assert.equal(run("mountall; echo $?"), { output: "mount: /tmp is already mounted or swap is busy\nmount: /export/test: Device busy\n1\n", status: 0 });
  assert.equal(run("mount -a -F lofs; echo $?"), { output: "mount: /export/test: Device busy\n111\n", status: 0 });
  assert.equal(run("mountall -F lofs; echo $?"), { output: "mount: /export/test: Device busy\n111\n", status: 0 });
  assert.equal(run("mountall -l; echo $?"), { output: "0\n", status: 0 });
  assert.equal(run("umount /opt/test; mountall -l; echo $?; grep -c /opt/test /etc/mnttab"), { output: "0\n1\n", status: 0 });
  // an entry with no type: the script says so and goes on
  sys.writeFile("/etc/vfstab", "/export/test - /opt/test - - yes -\n");
  assert.equal(run("mountall -l; echo $?"), { output: "mountall: FSType of /export/test cannot be identified\n0\n", status: 0 });
});

t("the restart's mountall -l leaves the boot's own mounts alone and mounts the yes entries", () => {
  const { run, sys } = solarisSession();
  sys.mkdirp("/opt/test");
  sys.writeFile("/etc/vfstab", new TextDecoder().decode(sys.readFile("/etc/vfstab")) + "/export/home - /opt/test lofs - yes -\n");
  assert.equal(run("reboot; echo $?"), { output: "0\n", status: 0 });
  assert.equal(run("mount -p | grep -c ' /opt/test lofs '; mount -p | grep -c ' /tmp tmpfs '"), { output: "1\n1\n", status: 0 });
});

t("mount MOUNTPOINT reads vfstab only up to its entry: a bad line after it is never said", () => {
  const { run, sys } = solarisSession();
  sys.writeFile("/etc/vfstab", "/bad1 - /bad1\n/export/home - /mnt lofs - no ro\n/bad - /bad\n");
  assert.equal(run("mount /mnt; echo $?"), { output: 'mount: Warning: Line for "/bad1" in vfstab has too few entries\n0\n', status: 0 });
  assert.equal(run("mount -p | tail -1"), { output: "/export/home - /mnt lofs - no ro\n", status: 0 });
  // not found as a mount point: read again as a special, the bad lines said once
  run("umount /mnt");
  assert.equal(run("mount /export/home; echo $?"), { output: 'mount: Warning: Line for "/bad1" in vfstab has too few entries\nmount: Warning: Line for "/bad" in vfstab has too few entries\n0\n', status: 0 });
});

t("shutdown -y -g0 -i6 restarts at once, printing the script's lines; its checks and question", () => {
  const { run } = solarisSession();
  run("mount -F lofs /etc /a");
  assert.equal(run("shutdown -y -g0 -i6; echo $?"), { output: "\nShutdown started.    Thu Feb 14 09:30:02 UTC 2013\n\nChanging to init state 6 - please wait\n0\n", status: 0 });
  assert.equal(run("pwd; mount -p | grep -c ' /a lofs '"), { output: "/root\n0\n", status: 1 });
  assert.equal(run("shutdown -i3"), { output: "/usr/sbin/shutdown: Initstate 3 is not for system shutdown\n", status: 1 });
  const usage = "Usage: /usr/sbin/shutdown [ -y ] [ -g<grace> ] [ -r | -i<initstate> ] [ message ]\n";
  assert.equal(run("shutdown -gx"), { output: "/usr/sbin/shutdown: -g requires a numeric option\n" + usage, status: 1 });
  assert.equal(run("shutdown -ix"), { output: "/usr/sbin/shutdown: x is not a valid initstate\n" + usage, status: 1 });
  assert.equal(run("shutdown -r -i6"), { output: usage, status: 1 });
  assert.equal(run("echo n | shutdown -g0 -i6"), { output: "\nShutdown started.    Thu Feb 14 09:31:28 UTC 2013\n\nDo you want to continue? (y or n):   Shutdown aborted.\n", status: 1 });
});

t.run();
