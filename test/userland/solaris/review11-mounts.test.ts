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

t.run();
