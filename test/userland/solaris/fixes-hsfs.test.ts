// hsfs's options in /etc/mnttab and mount -v: the kernel's merged option table in its order, the
// MO_DEFAULT ones on unless -o cancels them (hsfs_vfsops.c hsfs_options, vfs.c vfs_mergeopttbl).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

test("hsfs defaults: ro,noglobal,maplcase,rr,traildot; -o choices take their places; a file adds nosuid", () => {
  const { run, machine } = solarisSession();
  const dev = () => machine.mounts.all().at(-1)!.vfs.fsid.toString(16);
  run("lofiadm -a /export/iso/sol-11_1-repo.iso; mount -F hsfs /dev/lofi/1 /a");
  assert.equal(run("grep hsfs /etc/mnttab | cut -f1-4"), { output: `/dev/lofi/1\t/a\thsfs\tro,noglobal,maplcase,rr,traildot,dev=${dev()}\n`, status: 0 });
  assert.equal(run("mount -v | grep hsfs | cut -d' ' -f1-6"), { output: `/dev/lofi/1 on /a type hsfs read-only/setuid/devices/rstchown/noglobal/maplcase/rr/traildot/dev=${dev()}\n`, status: 0 });
  run("umount /a");
  assert.equal(run("mount -F hsfs -o nrr,notraildot,global,nomaplcase /dev/lofi/1 /a; mount -p | grep hsfs"), { output: "/dev/lofi/1 - /a hsfs - no ro,global,nomaplcase,nrr,notraildot\n", status: 0 });
  run("umount /a; lofiadm -d /dev/lofi/1");
  assert.equal(run("mount -F hsfs /export/iso/sol-11_1-repo.iso /a; mount -p | grep hsfs"), { output: "/export/iso/sol-11_1-repo.iso - /a hsfs - no ro,nosuid,noglobal,maplcase,rr,traildot\n", status: 0 });
});

test.run();
