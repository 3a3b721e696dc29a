// BSD/OS mount, mount_cd9660, umount, df and vndconfig on the vnd face of the loop driver, with the
// exact lines and statuses the sources give (docs/fidelity/bsd.md, "Mounts and vnode disks").
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bsdMountCommands } from "../../../engine/userland/bsd/mounts.js";
import { bsdSession } from "./helpers.js";

const t = suite("bsd mounts");

/** the sample CD attached to vnd0 and mounted on /mnt */
function mounted() {
  const lab = bsdSession();
  assert.equal(lab.run("vndconfig /images/cd.iso 2>/dev/null; mount -t cd9660 /dev/vnd0c /mnt"), { output: "", status: 0 });
  return lab;
}

t("vndconfig attaches a file to unit 0 and warns that others may read it", () => {
  const { run, machine } = bsdSession();
  assert.equal(run("vndconfig /images/cd.iso"), { output: 'vndconfig: warning "/images/cd.iso" readable by group and/or other\n', status: 0 });
  const u = machine.loop.all()[0]!;
  assert.equal([u.name, u.imagePath], ["vnd0", "/images/cd.iso"]);
  assert.equal(run("chmod 600 /images/cd.iso; cd /images; vndconfig -u 1 cd.iso"), {
    output: "vndconfig: kernel rejected vnd unit 1: Device busy\n",
    status: 1,
  });
});

t("vndconfig twice: the unit is busy, and so is the file on any other unit", () => {
  const { run } = bsdSession();
  run("chmod 600 /images/cd.iso; vndconfig /images/cd.iso");
  assert.equal(run("vndconfig /images/cd.iso"), { output: "vndconfig: kernel rejected vnd unit 0: Device busy\n", status: 1 });
  assert.equal(run("vndconfig -u 1 /images/cd.iso"), { output: "vndconfig: kernel rejected vnd unit 1: Device busy\n", status: 1 });
  assert.equal(run("ln -s /images/cd.iso /tmp/link.iso; vndconfig -u 2 /tmp/link.iso"), { output: "vndconfig: kernel rejected vnd unit 2: Device busy\n", status: 1 });
  assert.equal(run("vndconfig -u 7 /tmp/link.iso"), { output: "vndconfig: kernel rejected vnd unit 7: Device not configured\n", status: 1 });
});

t("vndconfig's own checks: usage, the unit number, the path, the file", () => {
  const { run } = bsdSession();
  const usage = "usage: vndconfig: [-u unit] filename\n       vndconfig: -c [-u unit] \n";
  assert.equal(run("vndconfig"), { output: usage, status: 1 });
  assert.equal(run("vndconfig -c /images/cd.iso"), { output: usage, status: 1 });
  assert.equal(run("vndconfig -x"), { output: "vndconfig: illegal option -- x\n" + usage, status: 1 });
  assert.equal(run("vndconfig -u x /images/cd.iso"), { output: "vndconfig: x: Invalid numeric argument\n", status: 1 });
  assert.equal(run("vndconfig -u -1 /images/cd.iso"), { output: "vndconfig: -1: Invalid unit number\n", status: 1 });
  assert.equal(run("vndconfig -u 99999999999 /images/cd.iso"), { output: "vndconfig: 99999999999: Result too large\n", status: 1 });
  assert.equal(run("vndconfig /nodir/x.iso"), { output: 'vndconfig: error in pathname "/nodir"\n', status: 1 });
  assert.equal(run("vndconfig /tmp/none.iso"), { output: "vndconfig: /tmp/none.iso: No such file or directory\n", status: 1 });
  assert.equal(run("vndconfig /tmp"), { output: "vndconfig: /tmp: is not a regular file\n", status: 1 });
  assert.equal(run("rm /dev/vnd; vndconfig /images/cd.iso"), { output: "vndconfig: /dev/vnd: No such file or directory\n", status: 1 });
});

t("vndconfig -c: refused while mounted, then clears; a clear unit is not configured", () => {
  const { run, machine } = mounted();
  assert.equal(run("vndconfig -c"), { output: "vndconfig: 0: kernel rejected clearing vnd unit: Device busy\n", status: 1 });
  assert.equal(run("umount /mnt; vndconfig -c"), { output: "", status: 0 });
  assert.is(machine.loop.all()[0]!.image, null);
  assert.equal(run("vndconfig -c -u 1"), { output: "vndconfig: 1: kernel rejected clearing vnd unit: Device not configured\n", status: 1 });
  assert.equal(run("vndconfig /images/cd.iso 2>/dev/null; rm /images/cd.iso; vndconfig -c"), {
    output: 'vndconfig: warning immutable bit not cleared ""s: No such file or directory\n',
    status: 1,
  });
  assert.is(machine.loop.all()[0]!.image, null);
});

t("mount lists what was mounted, where and its flags, with no type", () => {
  const { run } = mounted();
  assert.equal(run("mount"), { output: "/dev/wd0a on / (local)\n/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("mount -t cd9660"), { output: "/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("mount -t iso9660"), { output: "/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("mount -t nocd9660"), { output: "/dev/wd0a on / (local)\n", status: 0 });
  assert.equal(run("umount /mnt; mount -t cd9660 -o nosuid,nodev,noexec /dev/vnd0c /mnt; mount -t cd9660"), {
    output: "/dev/vnd0c on /mnt (local, nodev, noexec, nosuid, read-only)\n",
    status: 0,
  });
  assert.equal(run("mount -r").status, 1);
});

t("mount -t runs mount_TYPE with the type as argv[0]; -d shows it, -v lists the result", () => {
  const { run } = bsdSession();
  assert.equal(run("mount -d -t cd9660 /dev/vnd0c /mnt"), { output: "exec: mount_cd9660 -o rw /dev/vnd0c /mnt\n", status: 0 });
  assert.equal(run("cd /; mount -d -r -t iso9660 -o nodev /dev/vnd0c mnt"), { output: "exec: mount_cd9660 -o nodev -o ro /dev/vnd0c /mnt\n", status: 0 });
  assert.equal(run("mount -d -t null /usr /mnt"), { output: "exec: mount_loopback -o rw /usr /mnt\n", status: 0 });
  assert.equal(run("mount -t cd9660 /dev/vnd0c /mnt"), { output: "cd9660: /dev/vnd0c on /mnt: Device not configured\n", status: 1 });
  assert.equal(run("vndconfig /images/cd.iso 2>/dev/null; mount -v -t cd9660 /dev/vnd0c /mnt"), { output: "/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("mount -t cd9660 /dev/vnd0c /mnt"), { output: "cd9660: /dev/vnd0c on /mnt: Device busy\n", status: 1 });
  assert.equal(run("mount -t cd9660 -o foo /dev/vnd0c /mnt"), { output: "cd9660: -o foo: option not supported\n", status: 1 });
  assert.equal(run("mount -t ffs /dev/vnd0c /mnt"), { output: "mount: no mount program for type ``ffs''\n", status: 1 });
  assert.equal(run("mount -t cd9660 -t cd9660 /dev/vnd0c /mnt"), { output: "mount: only one -t option may be specified.\n", status: 1 });
});

t("mount's mount point: realpath, then the kernel's answer", () => {
  const { run } = mounted();
  assert.equal(run("mount -t cd9660 /dev/vnd0c /nodir/x"), { output: "mount: realpath /nodir: No such file or directory\n", status: 1 });
  assert.equal(run("mount -t cd9660 /dev/vnd0c /x"), { output: "cd9660: /dev/vnd0c on /x: No such file or directory\n", status: 1 });
  assert.equal(run("mount -t cd9660 /dev/vnd0c /etc/motd2"), { output: "cd9660: /dev/vnd0c on /etc/motd2: No such file or directory\n", status: 1 });
});

t("mount_cd9660 typed: its own name; a device is checked as cd9660_mount checks it", () => {
  const { run } = mounted();
  assert.equal(run("mount_cd9660 /dev/vnd0c /tmp"), { output: "mount_cd9660: /dev/vnd0c on /tmp: Device busy\n", status: 1 });
  assert.equal(run("mount_cd9660 /dev/vnd0a /tmp"), { output: "mount_cd9660: /dev/vnd0a on /tmp: Device not configured\n", status: 1 });
  assert.equal(run("mount_cd9660 /images/cd.iso /tmp"), { output: "mount_cd9660: /images/cd.iso on /tmp: Block device required\n", status: 1 });
  assert.equal(run("mount_cd9660 /dev/nope /tmp"), { output: "mount_cd9660: /dev/nope on /tmp: No such file or directory\n", status: 1 });
  assert.equal(run("dd if=/dev/zero of=/tmp/zero.img bs=1k count=64 2>/dev/null; vndconfig -u 1 /tmp/zero.img 2>/dev/null; mount_cd9660 /dev/vnd1c /tmp"), {
    output: "mount_cd9660: /dev/vnd1c on /tmp: Invalid argument\n",
    status: 1,
  });
  const usage = "usage: mount_cd9660 [-egrt] [-o options] special node\n";
  assert.equal(run("mount_cd9660 /dev/vnd0c"), { output: usage, status: 1 });
  assert.equal(run("mount_cd9660 -t /dev/vnd0c /tmp"), { output: "mount_cd9660: illegal option -- t\n" + usage, status: 1 });
});

t("ufs is mount's own: no program name in its failures", () => {
  const { run } = bsdSession();
  assert.equal(run("mount /dev/vnd0c /mnt"), { output: "/dev/vnd0c on /mnt: Device not configured\n", status: 1 });
  assert.equal(run("vndconfig /images/cd.iso 2>/dev/null; mount /dev/vnd0c /mnt"), { output: "/dev/vnd0c on /mnt: Incorrect super block.\n", status: 1 });
  assert.equal(run("mount -o bogus /dev/vnd0c /mnt"), { output: "mount: -o bogus: option not supported\n", status: 1 });
});

t("the files of a mounted CD read through the vnd disk; the raw disk reads the image", () => {
  const { run } = mounted();
  assert.equal(run("ls /mnt; cat /mnt/etc/motd"), { output: "README\tdoc\tetc\nWelcome to the CD.\n", status: 0 });
  assert.equal(run("dd if=/dev/rvnd0c bs=2048 skip=16 count=1 2>/dev/null | cut -c2-6"), { output: "CD001\n", status: 0 });
});

t("umount: busy while a process's directory is in it; -f unmounts it anyway", () => {
  const { run, machine } = mounted();
  assert.equal(run("cd /mnt/doc; umount /mnt"), { output: "umount: /mnt: Device busy\n", status: 1 });
  assert.equal(run("umount /dev/vnd0c"), { output: "umount: /mnt: Device busy\n", status: 1 });
  assert.equal(run("umount -f /mnt"), { output: "", status: 0 });
  assert.equal(run("cd /; mount"), { output: "/dev/wd0a on / (local)\n", status: 0 });
  assert.equal(machine.loop.all()[0]!.opens, 0);
  assert.equal(machine.checkInvariants(), []);
});

t("umount: names as typed; what is not mounted", () => {
  const { run } = mounted();
  assert.equal(run("umount /mnt/"), { output: "umount: /mnt/: not currently mounted\n", status: 1 });
  assert.equal(run("umount /x"), { output: "umount: /x: not currently mounted\n", status: 1 });
  assert.equal(run("umount /etc"), { output: "umount: /etc: not currently mounted\n", status: 1 });
  assert.equal(run("umount /dev/null"), { output: "umount: /dev/null: not a directory or special device\n", status: 1 });
  assert.equal(run("umount -f /"), { output: "umount: /: Invalid argument\n", status: 1 });
  assert.equal(run("umount /dev/vnd1c"), { output: "umount: /dev/vnd1c: not currently mounted\n", status: 1 });
  assert.equal(run("umount -t ufs /mnt"), { output: "", status: 1 });
  assert.equal(run("umount -v /dev/vnd0c"), { output: "/dev/vnd0c: unmount from /mnt\n", status: 0 });
  const usage = "usage: umount [-fv] [-t fstypelist] special | node\n       umount -a[fv] [-h host] [-t fstypelist]\n";
  assert.equal(run("umount"), { output: usage, status: 1 });
  assert.equal(run("umount -a /mnt"), { output: usage, status: 1 });
});

t("umount -A: everything but the root, the last mounted first", () => {
  const { run } = mounted();
  run("mkdir /cd2; vndconfig -u 1 /images/cd.iso 2>/dev/null; cp /images/cd.iso /tmp/cd2.iso; vndconfig -u 1 /tmp/cd2.iso 2>/dev/null");
  run("mount -t cd9660 /dev/vnd1c /cd2");
  assert.equal(run("umount -A -v"), { output: "/dev/vnd1c: unmount from /cd2\n/dev/vnd0c: unmount from /mnt\n", status: 0 });
  assert.equal(run("mount"), { output: "/dev/wd0a on / (local)\n", status: 0 });
});

/** the root's df line in 512-byte blocks, from its statfs (4 KB blocks; capacity rounds to 0%) */
function rootLine(sys: ReturnType<typeof bsdSession>["sys"]): string {
  const s = sys.statfs("/");
  const n = (x: number) => String(x * 8);
  return `/dev/wd0a   ${n(s.blocks).padStart(10)} ${n(s.blocks - s.bfree).padStart(8)} ${n(s.bavail).padStart(8)}     0%    /\n`;
}

t("df: the header follows BLOCKSIZE; a CD is full; -i adds the inodes", () => {
  const { run, sys } = mounted();
  const cd = "/dev/vnd0c     1310720  1310720        0   100%    /mnt\n";
  assert.equal(run("df"), { output: "Filesystem  512-blocks     Used    Avail Capacity  Mounted on\n" + rootLine(sys) + cd, status: 0 });
  assert.equal(run("df -k /mnt"), { output: "Filesystem  1024-blocks     Used    Avail Capacity  Mounted on\n/dev/vnd0c       655360   655360        0   100%    /mnt\n", status: 0 });
  assert.equal(run("BLOCKSIZE=1K df /mnt/doc"), { output: "Filesystem  1K-blocks     Used    Avail Capacity  Mounted on\n/dev/vnd0c     655360   655360        0   100%    /mnt\n", status: 0 });
  assert.equal(run("df -i -t cd9660"), {
    output: "Filesystem  512-blocks     Used    Avail Capacity iused   ifree  %iused  Mounted on\n/dev/vnd0c     1310720  1310720        0   100%       0       0   100%   /mnt\n",
    status: 0,
  });
  assert.equal(run("BLOCKSIZE=100 df -t ufs"), {
    output: "df: minimum blocksize is 512\nFilesystem  512-blocks     Used    Avail Capacity  Mounted on\n" + rootLine(sys),
    status: 0,
  });
  assert.equal(run("BLOCKSIZE=3G df -t ufs").output.split("\n").slice(0, 2), ["df: maximum blocksize is 1G", "Filesystem  1G-blocks     Used    Avail Capacity  Mounted on"]);
  assert.equal(run("BLOCKSIZE=3x df -t ufs").output.split("\n")[0], "df: 3x: unknown blocksize");
});

t("df: what it cannot show it says, and exits 0", () => {
  const { run } = mounted();
  assert.equal(run("df /x"), { output: "df: /x: No such file or directory\n", status: 0 });
  assert.equal(run("df /dev/vnd1c"), { output: "df: /dev/vnd1c: Device not configured\n", status: 0 });
  assert.equal(run("df /dev/rvnd1c"), { output: "df: /dev/rvnd1c: Device not configured\n", status: 0 });
  assert.equal(run("umount /mnt; df /dev/vnd0c"), { output: "df: /dev/vnd0c: unknown filesystem type\n", status: 0 });
  assert.equal(run("df -x"), { output: "df: illegal option -- x\nusage: df [-aikn] [-t type] [file | file_system ...]\n", status: 1 });
  assert.equal(run("df -t ufs -t cd9660"), { output: "df: only one -t option may be specified.\n", status: 1 });
});

t("fstab: mount NODE and mount -a take it from there; umount -a undoes it in reverse", () => {
  const { run } = mounted();
  run("umount /mnt; mkdir /cdrom");
  run("echo '/dev/wd0a / ufs rw 1 1' > /etc/fstab; echo '# the CD' >> /etc/fstab; echo '/dev/vnd0c /cdrom cd9660 ro,noauto 0 0' >> /etc/fstab");
  assert.equal(run("mount /cdrom; mount"), { output: "/dev/wd0a on / (local)\n/dev/vnd0c on /cdrom (local, read-only)\n", status: 0 });
  assert.equal(run("mount /dev/vnd0c"), { output: "mount: /dev/vnd0c: already mounted.\n", status: 1 });
  assert.equal(run("mount /nowhere"), { output: "mount: /nowhere: unknown special file or file system.\n", status: 1 });
  assert.equal(run("umount -a -v"), { output: "/dev/vnd0c: unmount from /cdrom\n", status: 0 });
  assert.equal(run("mount -a; mount"), { output: "/dev/wd0a on / (local)\n", status: 0 });
  run("echo '/dev/vnd0c /mnt cd9660 ro 0 0' >> /etc/fstab; echo 'junk' >> /etc/fstab; echo 'x /y nfs rw 0 0' >> /etc/fstab");
  assert.equal(run("mount -a"), { output: "fstab: /etc/fstab: Inappropriate file type or format\nmount: no mount program for type ``nfs''\n", status: 1 });
  assert.equal(run("mount"), { output: "/dev/wd0a on / (local)\n/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("umount -a"), {
    output: "fstab: /etc/fstab: Inappropriate file type or format\numount: nfs: unknown mount type\numount: /cdrom: not currently mounted\n",
    status: 1,
  });
  assert.equal(run("rm /etc/fstab; mount /mnt"), {
    output: "fstab: /etc/fstab: No such file or directory\nfstab: /etc/fstab: No such file or directory\nmount: /mnt: unknown special file or file system.\n",
    status: 1,
  });
});

t("mount -u: what is mounted stays; an unknown name is refused", () => {
  const { run } = mounted();
  assert.equal(run("mount -u /mnt; mount"), { output: "/dev/wd0a on / (local)\n/dev/vnd0c on /mnt (local, read-only)\n", status: 0 });
  assert.equal(run("mount -u /nowhere"), { output: "mount: unknown special file or file system /nowhere.\n", status: 1 });
});

t("a loopback mount: mount -t null runs mount_loopback as `loopback`; listed by its target; df shows the numbers below", () => {
  const { run, sys } = bsdSession();
  run("mkdir -p /usr/include/sys; echo x > /usr/include/stdio.h");
  assert.equal(run("mount -t null /usr/include /usr/include/sys"), {
    output: "loopback: /usr/include (/usr/include) and /usr/include/sys are not distinct paths\n",
    status: 1,
  });
  assert.equal(run("mount -v -t null /usr/include /mnt"), { output: "/usr/include on /mnt (local)\n", status: 0 });
  assert.equal(run("mount -t loopback"), { output: "/usr/include on /mnt (local)\n", status: 0 });
  const root = rootLine(sys).slice("/dev/wd0a  ".length);
  assert.equal(run("df /mnt"), { output: "Filesystem    512-blocks     Used    Avail Capacity  Mounted on\n/usr/include " + root.replace(/\/\n$/, "/mnt\n"), status: 0 });
  assert.equal(run("umount /usr/include"), { output: "umount: /usr/include: not currently mounted\n", status: 1 });
  assert.equal(run("umount -v /mnt"), { output: "/usr/include: unmount from /mnt\n", status: 0 });
});

t("a file reached through a loopback copy is the same image; the copy is busy while a unit holds it", () => {
  const { run, machine } = bsdSession();
  run("chmod 600 /images/cd.iso; mkdir /copy; mount -t null /images /copy");
  assert.equal(run("vndconfig /copy/cd.iso"), { output: "", status: 0 });
  assert.equal(run("vndconfig -u 1 /images/cd.iso"), { output: "vndconfig: kernel rejected vnd unit 1: Device busy\n", status: 1 });
  assert.equal(run("umount /copy"), { output: "umount: /copy: Device busy\n", status: 1 });
  assert.equal(run("vndconfig -c; umount /copy; mount"), { output: "/dev/wd0a on / (local)\n", status: 0 });
  assert.equal(machine.checkInvariants(), []);
});

t("the man pages have the lab's layout: title, Purpose (the summary), Syntax, Description", () => {
  for (const c of bsdMountCommands()) {
    const lines = c.man.split("\n");
    assert.is(lines[0], `${c.name} Command`);
    assert.equal(lines.slice(1, 4), ["", "Purpose", `       ${c.summary}`]);
    for (const h of ["Syntax", "Description", "Exit Status"]) assert.ok(lines.includes(h), `${c.name}: ${h}`);
    for (const l of lines) if (l && /^\s/.test(l)) assert.match(l, /^ {7}/, `${c.name}: ${l}`);
  }
});

t.run();
