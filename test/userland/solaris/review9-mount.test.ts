// Review 9 (mount listing and the mount front end): Solaris 11 mount.c's flags() with /rstchown
// always after /devices, the root's mnttab line, and doexec's "not installed" message.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mountFlags } from "../../../engine/userland/solaris/mnttab.js";
import { solarisSession } from "./helpers.js";

const t = suite("review 9: mount");

t("flags(): rstchown out of the list, always after devices; read only and read-only", () => {
  assert.is(mountFlags("", false), "read/write/setuid/devices/rstchown");
  assert.is(mountFlags("rw,devices,setuid,nonbmand,exec,rstchown,xattr,atime,dev=4010003", false), "read/write/setuid/devices/rstchown/nonbmand/exec/xattr/atime/dev=4010003");
  assert.is(mountFlags("ro,nosub,dev=4010005", false), "read only/setuid/devices/rstchown/nosub/dev=4010005");
  assert.is(mountFlags("ro,nosub,dev=4010005", true), "read-only/setuid/devices/rstchown/nosub/dev=4010005");
  assert.is(mountFlags("norstchown,nosuid,dev=1", false), "read/write/nosetuid/nodevices/norstchown/dev=1");
  assert.is(mountFlags("nosetuid,nodevices,ignore,dev=1", false), "read/write/nosetuid/nodevices/rstchown/ignore/dev=1");
});

t("mount lists /devices and the root as Solaris 11 does; the root's mnttab line has no options and time 0", () => {
  const { run } = solarisSession();
  const out = run("mount").output.split("\n");
  assert.is(out[0], "/ on rpool/ROOT/solaris read/write/setuid/devices/rstchown/dev=4010002 on Thu Jan  1 00:00:00 1970");
  assert.ok(out[1]!.startsWith("/devices on /devices read/write/setuid/devices/rstchown/dev="), out[1]);
  assert.ok(out.some((l) => /^\/var on rpool\/ROOT\/solaris\/var read\/write\/setuid\/devices\/rstchown\/nonbmand\/exec\/xattr\/atime\/dev=/.test(l)));
  assert.equal(run("head -1 /etc/mnttab"), { output: "rpool/ROOT/solaris\t/\tzfs\tdev=4010002\t0\n", status: 0 });
  assert.is(run("mount -v | head -1").output, "rpool/ROOT/solaris on / type zfs read/write/setuid/devices/rstchown/dev=4010002 on Thu Jan  1 00:00:00 1970\n");
});

t("a lofs mount lists with /rstchown after /devices, -r as read only and read-only", () => {
  const { run } = solarisSession();
  assert.equal(run("mount -F lofs -r /export/home /a"), { output: "", status: 0 });
  assert.match(run("mount | grep '^/a '").output, /^\/a on \/export\/home read only\/setuid\/devices\/rstchown\/dev=[0-9a-f]+ on /);
  assert.match(run("mount -v | grep ' /a '").output, /^\/export\/home on \/a type lofs read-only\/setuid\/devices\/rstchown\/dev=[0-9a-f]+ on /);
});

t.run();
