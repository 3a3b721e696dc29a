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

t("the boot mounts sharefs on /etc/dfs/sharetab and the hwcap libc on /lib/libc.so.1 (a lofs of a file on a file)", () => {
  const { run } = solarisSession();
  assert.equal(run("grep -n sharefs /etc/mnttab | cut -f1-4; grep -n libc /etc/mnttab | cut -f1-4"), {
    output: "9:sharefs\t/etc/dfs/sharetab\tsharefs\tdev=8c00001\n10:/usr/lib/libc/libc_hwcap1.so.1\t/lib/libc.so.1\tlofs\tdev=4010002\n",
    status: 0,
  });
  assert.match(run("mount | sed -n 9,10p").output, /^\/etc\/dfs\/sharetab on sharefs read\/write\/setuid\/devices\/rstchown\/dev=8c00001 on .*\n\/lib\/libc.so.1 on \/usr\/lib\/libc\/libc_hwcap1.so.1 read\/write\/setuid\/devices\/rstchown\/dev=4010002 on .*\n$/);
  assert.equal(run("cat /etc/dfs/sharetab; ls -l /etc/dfs/sharetab"), { output: "-r--r--r--   1 root     root           0 Feb 11 07:13 /etc/dfs/sharetab\n", status: 0 });
  // the file on the file: the hwcap libc's attributes through /lib/libc.so.1, the root's dev
  assert.equal(run("ls -l /lib/libc.so.1"), { output: "-rwxr-xr-x   1 root     bin      1680820 Feb 14 09:30 /lib/libc.so.1\n", status: 0 });
  assert.equal(run("df -k /lib/libc.so.1 | sed 1d | cut -c1-30"), { output: "/usr/lib/libc/libc_hwcap1.so.1\n", status: 0 });
  assert.equal(run("umount /lib/libc.so.1; echo $?"), { output: "umount: /lib/libc.so.1 busy\n1\n", status: 0 });
  assert.equal(run("umount -a 2>&1 | grep libc"), { output: "umount: /lib/libc.so.1 busy\n", status: 0 });
});

t("the front end: DECISIONS Solaris 1's order (realpath first), then Solaris 11's doexec messages with the special", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["mount -F lofs /export/home /nonexist", "mount: /nonexist: No such file or directory\n", 1],
    ["mount -F lofs /export/home relative", "mount: relative: No such file or directory\n", 1],
    ["mount -F lofs /export/home", "mount: Invalid argument\n", 1],
    ['mount -F lofs "" ""', "mount: : No such file or directory\n", 1],
    ["mount -F foo /export /a", "mount: /export: FSType foo is not installed on this system.\n", 1],
    ["mount -F nfs srv:/x /a", "mount: srv:/x: Operation not applicable to FSType nfs\n", 1],
    ["mount -F foo /export /nodir", "mount: /nodir: No such file or directory\n", 1],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
  // a relative mount point that exists is made absolute and mounted
  assert.equal(run("cd /; mount -F lofs /export/home a; mount -p | tail -1"), { output: "/export/home - /a lofs - no \n", status: 0 });
});

t("zfs: a directory's size is its number of entries, . and .. included", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -ld /export/home | cut -c1-50"), { output: "drwxr-xr-x   2 root     root           2 Feb 14 09\n", status: 0 });
  assert.equal(run("mkdir /export/home/a; touch /export/home/b; ls -ld /export/home /export/home/a | cut -c1-47"), {
    output: "drwxr-xr-x   3 root     root           4 Feb 14\ndrwxr-xr-x   2 root     root           2 Feb 14\n",
    status: 0,
  });
  assert.equal(run("rm /export/home/b; ls -ld /export/home | cut -c1-47"), { output: "drwxr-xr-x   3 root     root           3 Feb 14\n", status: 0 });
});

t("lofi: /dev/lofi/N and /dev/rlofi/N are devfsadm's links into /devices; ls -lL shows the nodes; gone with the unit", () => {
  const { run } = solarisSession();
  assert.equal(run("lofiadm -a /export/iso/sol-11_1-repo.iso; ls -l /dev/lofi /dev/rlofi | grep lofi@"), {
    output: "/dev/lofi/1\nlrwxrwxrwx   1 root     root          29 Feb 14 09:30 1 -> ../../devices/pseudo/lofi@0:1\nlrwxrwxrwx   1 root     root          33 Feb 14 09:30 1 -> ../../devices/pseudo/lofi@0:1,raw\n",
    status: 0,
  });
  assert.equal(run("ls -lL /dev/lofi/1 /dev/rlofi/1"), {
    output: "brw-------   1 root     sys      147,  1 Feb 14 09:30 /dev/lofi/1\ncrw-------   1 root     sys      147,  1 Feb 14 09:30 /dev/rlofi/1\n",
    status: 0,
  });
  assert.equal(run("ls -l /dev/lofictl | cut -c1-11,55-"), { output: "lrwxrwxrwx /dev/lofictl -> ../devices/pseudo/lofi@0:ctl\n", status: 0 });
  // the device keeps its /dev name everywhere the user meets it
  assert.equal(run("mount -F hsfs /dev/lofi/1 /mnt; mount -p | tail -1; lofiadm /dev/lofi/1"), { output: "/dev/lofi/1 - /mnt hsfs - no ro,noglobal,maplcase,rr,traildot\n/export/iso/sol-11_1-repo.iso\n", status: 0 });
  assert.equal(run("umount /mnt; lofiadm -d /dev/lofi/1; ls /dev/lofi; ls /devices/pseudo | grep lofi"), { output: "lofi@0:ctl\n", status: 0 });
});

t.run();
