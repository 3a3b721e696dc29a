// Solaris mount, umount, df, mountall, lofiadm and newfs on the lofi face of the loop driver, with
// the exact lines and statuses the sources give (docs/fidelity/solaris.md, "Mounts, lofi and hsfs").
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDate } from "../../../engine/userland/common/strftime.js";
import { solarisSession } from "./helpers.js";

const t = suite("solaris mounts");
const ISO = "/export/iso/sol-11_1-repo.iso";

/** the sample ISO mapped to /dev/lofi/1 and mounted on /mnt */
function isoMounted() {
  const lab = solarisSession();
  assert.equal(lab.run(`lofiadm -a ${ISO}`), { output: "/dev/lofi/1\n", status: 0 });
  assert.equal(lab.run("mount -F hsfs -o ro /dev/lofi/1 /mnt"), { output: "", status: 0 });
  return lab;
}

/** the time a mount shows in mount's listing */
const when = (lab: ReturnType<typeof solarisSession>, path: string) =>
  formatDate("%a %b %e %H:%M:%S %Y", lab.machine.mounts.all().find((m) => m.path === path)!.time, "UTC");

t("lofiadm -a prints the device it chose; the listing has a TAB before Options", () => {
  const { run, sys } = solarisSession();
  assert.equal(run(`lofiadm -a ${ISO}`), { output: "/dev/lofi/1\n", status: 0 });
  assert.equal(run("lofiadm"), {
    output: "Block Device             File                          \tOptions\n/dev/lofi/1              /export/iso/sol-11_1-repo.iso \t-\n",
    status: 0,
  });
  const blk = sys.stat("/dev/lofi/1");
  const raw = sys.stat("/dev/rlofi/1");
  assert.equal([blk.type, raw.type, blk.mode & 0o777, blk.uid, blk.gid, blk.rdev?.minor], ["VBLK", "VCHR", 0o600, 0, 3, 1]);
  assert.equal(run(`lofiadm /dev/lofi/1; lofiadm ${ISO}`), { output: `${ISO}\n/dev/lofi/1\n`, status: 0 });
});

t("lofiadm refuses the same file twice, also through a relative name", () => {
  const { run } = solarisSession();
  run(`lofiadm -a ${ISO}`);
  assert.equal(run(`lofiadm -a ${ISO}`), { output: `lofiadm: could not map file ${ISO}: Device busy\n`, status: 1 });
  assert.equal(run("cd /export/iso; lofiadm -a sol-11_1-repo.iso /dev/lofi/2"), { output: `lofiadm: could not map file ${ISO} to /dev/lofi/2: Device busy\n`, status: 1 });
  assert.equal(run("cp /etc/vfstab /tmp/x; dd if=/dev/zero of=/tmp/y bs=512 count=4 2>/dev/null; lofiadm -a /tmp/y /dev/lofi/1"), {
    output: "lofiadm: could not map file /tmp/y to /dev/lofi/1: File exists\n",
    status: 1,
  });
  assert.equal(run("lofiadm -a /tmp/y /dev/lofi/3; lofiadm"), {
    output: "Block Device             File                          \tOptions\n/dev/lofi/1              /export/iso/sol-11_1-repo.iso \t-\n/dev/lofi/3              /tmp/y                        \t-\n",
    status: 0,
  });
});

t("lofiadm's own errors and statuses", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["lofiadm -a /nofile.iso", "lofiadm: /nofile.iso: No such file or directory\n", 1],
    ["lofiadm -a /etc", "lofiadm: /etc is not a regular file, block, or character device\n", 1],
    ["lofiadm -a /etc/vfstab", "lofiadm: size of /etc/vfstab is not a multiple of 512\n", 1],
    [`lofiadm -a ${ISO} /dev/foo`, "lofiadm: malformed device name /dev/foo\n", 1],
    ["lofiadm -d /dev/lofi/9", "lofiadm: could not unmap device /dev/lofi/9: No such device or address\n", 1],
    [`lofiadm -d ${ISO}`, `lofiadm: could not unmap file ${ISO}: No such file or directory\n`, 1],
    ["lofiadm /dev/lofi/9", "lofiadm: could not find filename for /dev/lofi/9: No such device or address\n", 1],
    [`lofiadm ${ISO}`, `lofiadm: could not find device for ${ISO}: No such file or directory\n`, 1],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
  assert.equal(run("lofiadm -x").status, 2);
  assert.ok(run("lofiadm -x").output.startsWith("lofiadm: illegal option -- x\nUsage: lofiadm -a | -r file [ device ]  [-c "));
});

t("hsfs on a lofi device: read-only, listed, busy for lofiadm -d until unmounted", () => {
  const lab = isoMounted();
  const { run, sys } = lab;
  assert.equal(run("cat /mnt/README"), { output: "Sample ISO image for the looplab exercises.\nMap it with lofiadm -a, mount it with mount -F hsfs, unmount it, lofiadm -d.\n", status: 0 });
  const dev = (sys.statfs("/mnt") && lab.machine.mounts.all().at(-1)!.vfs.fsid).toString(16);
  assert.equal(run("mount | grep '^/mnt '"), { output: `/mnt on /dev/lofi/1 read only/setuid/devices/rstchown/noglobal/maplcase/rr/traildot/dev=${dev} on ${when(lab, "/mnt")}\n`, status: 0 });
  assert.equal(run("mount -p | grep ' /mnt '"), { output: "/dev/lofi/1 - /mnt hsfs - no ro,noglobal,maplcase,rr,traildot\n", status: 0 });
  assert.equal(run("df -n /mnt"), { output: "/mnt               : hsfs    \n", status: 0 });
  assert.equal(run("df -k /mnt"), {
    output: "Filesystem           1024-blocks        Used   Available Capacity  Mounted on\n/dev/lofi/1               131072      131072           0   100%    /mnt\n",
    status: 0,
  });
  assert.equal(run("df -h /mnt"), { output: "Filesystem             Size   Used  Available Capacity  Mounted on\n/dev/lofi/1            128M   128M         0K   100%    /mnt\n", status: 0 });
  assert.equal(run("df -P /mnt"), {
    output: "Filesystem            512-blocks        Used   Available Capacity  Mounted on\n/dev/lofi/1               262144      262144           0   100%    /mnt\n",
    status: 0,
  });
  assert.equal(run("df -F lofs -k /mnt /nodir"), {
    output: "df: Warning: /mnt mounted as a hsfs file system\ndf: (/nodir    ) not a block device, directory or mounted resource\n",
    status: 2,
  });
  assert.equal(run("df -x"), {
    output: "df: unknown option: x\nUsage: df [-F FSType] [-abeghklntPVvZ] [-o FSType-specific_options] [directory | block_device | resource]\n",
    status: 1,
  });
  assert.equal(run("df /mnt"), { output: "/mnt               (/dev/lofi/1       ):       0 blocks        0 files\n", status: 0 });
  assert.equal(run("touch /mnt/x").status !== 0, true);
  assert.equal(run("lofiadm -d /dev/lofi/1"), { output: "lofiadm: could not unmap device /dev/lofi/1: Device busy\n", status: 1 });
  assert.equal(run("mount -F hsfs /dev/lofi/1 /a"), { output: "mount: /dev/lofi/1 is already mounted or /a is busy\n", status: 33 });
  assert.equal(run("cd /mnt; umount /mnt"), { output: "umount: /mnt busy\n", status: 1 });
  assert.equal(run("cd /; umount /mnt; lofiadm -d /dev/lofi/1; lofiadm"), { output: "Block Device             File                          \tOptions\n", status: 0 });
  assert.equal(sys.exists("/dev/lofi/1"), false);
});

t("hsfs and ufs back ends: rpterr's messages and statuses", () => {
  const { run } = solarisSession();
  run("dd if=/dev/zero of=/export/blank.img bs=1024 count=2048 2>/dev/null; lofiadm -a /export/blank.img");
  assert.equal(run("mount -F hsfs /dev/lofi/1 /mnt"), { output: "hsfs mount: /dev/lofi/1 is not an hsfs file system.\n", status: 33 });
  assert.equal(run("mount -F ufs /dev/lofi/1 /mnt"), { output: "mount: /dev/lofi/1 is not this fstype\n", status: 32 });
  assert.equal(run("mount -F hsfs /dev/lofi/5 /mnt"), { output: "mount: /dev/lofi/5 or /mnt, no such file or directory\n", status: 33 });
  assert.equal(run("mount -F tmpfs swap /mnt; mount -F tmpfs swap /mnt"), { output: "mount: /mnt is already mounted or swap is busy\n", status: 32 });
  assert.equal(run("mount -F hsfs /dev/null /a"), { output: "mount: /dev/null not a block device\n", status: 33 });
});

t("newfs asks (y/n)? and makes a ufs that mount -F ufs mounts and keeps", () => {
  const lab = solarisSession();
  const { run } = lab;
  run("dd if=/dev/zero of=/export/ufs.img bs=1024 count=35840 2>/dev/null; lofiadm -a /export/ufs.img");
  assert.equal(run("echo n | newfs /dev/rlofi/1"), { output: "newfs: construct a new file system /dev/rlofi/1: (y/n)? ", status: 0 });
  assert.equal(run("echo y | newfs /dev/rlofi/1"), {
    output:
      "newfs: construct a new file system /dev/rlofi/1: (y/n)? /dev/rlofi/1:\t71638 sectors in 119 cylinders of 1 tracks, 602 sectors\n\t35.0MB in 8 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)\nsuper-block backups (for fsck -F ufs -o b=#) at:\n 32, 9664, 19296, 28928, 38560, 48192, 57824, 67456,\n\n",
    status: 0,
  });
  // the capture of a 10 MB file (see the ledger), through the block device's name
  assert.equal(run("dd if=/dev/zero of=/export/small.img bs=1024 count=10240 2>/dev/null; lofiadm -a /export/small.img; echo y | newfs /dev/lofi/2 2>&1 | head -3"), {
    output: "/dev/lofi/2\nnewfs: construct a new file system /dev/rlofi/2: (y/n)? /dev/rlofi/2:\t20468 sectors in 34 cylinders of 1 tracks, 602 sectors\n\t10.0MB in 3 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)\nsuper-block backups (for fsck -F ufs -o b=#) at:\n",
    status: 0,
  });
  // lofi's fake geometry for 64 MB: 218 cylinders of 601 sectors (lofi.c fake_disk_geometry);
  // 14 groups: the first ten copies, then those after the tenth on a line, the last without a comma
  assert.equal(run("mkfile 64m /export/big.img; lofiadm -a /export/big.img; echo y | newfs /dev/rlofi/3 2>&1 | tail -4"), {
    output:
      "/dev/lofi/3\n\t64.0MB in 14 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)\nsuper-block backups (for fsck -F ufs -o b=#) at:\n 32, 9648, 19264, 28880, 38496, 48112, 57728, 67344, 76960, 86576,\n 96192, 105808, 115424, 125040\n",
    status: 0,
  });
  assert.match(run("echo y | newfs /dev/rlofi/3").output, "/dev/rlofi/3:\t131018 sectors in 218 cylinders of 1 tracks, 601 sectors\n");
  // 300 MB: 64 groups, the first ten and the last ten
  assert.equal(run("mkfile 300m /export/huge.img; lofiadm -a /export/huge.img; echo y | newfs /dev/rlofi/4 2>&1 | tail -2"), {
    output: "/dev/lofi/4\n 32, 9632, 19232, 28832, 38432, 48032, 57632, 67232, 76832, 86432,\n 518432, 528032, 537632, 547232, 556832, 566432, 576032, 585632, 595232, 604832\n",
    status: 0,
  });
  assert.equal(run("mount -F ufs /dev/lofi/1 /mnt; echo kept > /mnt/f; umount /mnt; mount -F ufs /dev/lofi/1 /a; cat /a/f"), { output: "kept\n", status: 0 });
  assert.equal(run("mount -p | grep /a"), { output: "/dev/lofi/1 - /a ufs - no rw,intr,largefiles,logging,xattr,onerror=panic\n", status: 0 });
  assert.equal(run("echo y | newfs /dev/rlofi/1"), { output: "newfs: /dev/rlofi/1 is mounted, can't mkfs\n", status: 1 });
  assert.equal(run("newfs /dev/rlofi/8"), { output: "newfs: /dev/rlofi/8: No such file or directory\n", status: 1 });
  assert.equal(run("mkfs -F hsfs /dev/rlofi/1"), { output: "mkfs: Operation not applicable for FSType hsfs\n", status: 1 });
});

t("lofs: errors name the special and exit 111; -O overlays; -o warns of unknown options", () => {
  const lab = solarisSession();
  const { run } = lab;
  assert.equal(run("mount -F lofs /export/home /a"), { output: "", status: 0 });
  assert.equal(run("mount -F lofs /export /a"), { output: "mount: /export: Device busy\n", status: 111 });
  assert.equal(run("mount -O -F lofs /export /a; echo $?"), { output: "0\n", status: 0 });
  assert.equal(run("mount -F lofs /export /nodir"), { output: "mount: /nodir: No such file or directory\n", status: 1 });
  assert.equal(run("mount -F lofs -o ro,nosub,bogus /export /mnt"), { output: 'mount: /export on /mnt - WARNING ignoring option "bogus"\n', status: 0 });
  assert.equal(run("mount -v | grep ' /mnt '").output, `/export on /mnt type lofs read-only/setuid/devices/rstchown/nosub/dev=${lab.machine.mounts.all().at(-1)!.vfs.fsid.toString(16)} on ${when(lab, "/mnt")}\n`);
  assert.equal(run("mount -p | grep ' /mnt '"), { output: "/export - /mnt lofs - no ro,nosub\n", status: 0 });
  assert.equal(run("umount -f /mnt"), { output: "umount: Operation not supported\numount: cannot unmount /mnt\n", status: 1 });
});

t("not root: lofs says Not owner (111), hsfs insufficient privileges (33), lofiadm and umount refuse", () => {
  const lab = solarisSession();
  const { run } = lab;
  run(`lofiadm -a ${ISO}; mount -F lofs /export /a`);
  lab.s.sys.proc.uid = 100;
  assert.equal(run("mount -F lofs /export /mnt"), { output: "mount: /export: Not owner\n", status: 111 });
  assert.equal(run("mount -F hsfs /dev/lofi/1 /mnt"), { output: "mount: insufficient privileges\n", status: 33 });
  assert.equal(run("lofiadm -d /dev/lofi/1"), { output: "lofiadm: you do not have permission to perform that operation.\n", status: 1 });
  assert.equal(run("umount /a"), { output: "umount: permission denied\n", status: 1 });
  assert.equal(run("lofiadm /dev/lofi/1"), { output: `${ISO}\n`, status: 0 });
});

const MOUNT_USAGE =
  "Usage:\nmount [-v | -p]\nmount [-F FSType] [-V] [current_options] [-o specific_options]\n\t{special | mount_point}\nmount [-F FSType] [-V] [current_options] [-o specific_options]\n\tspecial mount_point\nmount -a [-F FSType ] [-V] [current_options] [-o specific_options]\n\t[mount_point ...]\n";

t("mount's own checks: each message is followed by the usage", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["mount -a -v", "mount: -a, -p, and -v are mutually exclusive\n" + MOUNT_USAGE, 1],
    ["mount -a -O", "mount: -a and -O are mutually exclusive\n" + MOUNT_USAGE, 1],
    ["mount -F lofs -F hsfs x y", "mount: More than one FSType specified\n" + MOUNT_USAGE, 1],
    ["mount -p /mnt", "mount: Cannot use -p and -v with arguments\n" + MOUNT_USAGE, 1],
    ["mount -r", MOUNT_USAGE, 1],
    ["mount a b c", MOUNT_USAGE, 1],
    ["mount -x", "mount: illegal option -- x\n" + MOUNT_USAGE, 1],
    ["mount -F abcdefghij x /mnt", "mount: FSType abcdefghij exceeds 8 characters\n", 1],
    ["mount -F abcdefghij x /nodir", "mount: /nodir: No such file or directory\n", 1],
    ["mount -F nfs server:/x /mnt", "mount: server:/x: Operation not applicable to FSType nfs\n", 1],
    ["mount server:/x /mnt", "mount: server:/x: Operation not applicable to FSType nfs\n", 1],
    // one operand vfstab does not name: taken for a special, no mount point: realpath(NULL)
    ["mount /nothing", "mount: Invalid argument\n", 1],
    ["mount -V -F lofs -o ro /export/home /mnt", "mount -F lofs -o ro /export/home /mnt\n", 0],
    ["mount -V -O -r -F lofs /export/home /mnt", "mount -F lofs -O -r /export/home /mnt\n", 0],
    ["mount -V -v", "mount -v\n", 0],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
  // two operands without -F: the vfstab entry naming both gives type and options, else ufs
  assert.equal(run("mount -V /export/home /a"), { output: "mount -F ufs /export/home /a\n", status: 0 });
  lab_vfstab(run);
  assert.equal(run("mount -V /export/home /a"), { output: "mount -F lofs -o ro /export/home /a\n", status: 0 });
  assert.equal(run("mount -V -o rw /export/home /a"), { output: "mount -F lofs -o rw /export/home /a\n", status: 0 });
  assert.equal(run("mount -V /export/home"), { output: "mount -F lofs -o ro /export/home /a\n", status: 0 });
  assert.equal(run("mount -V -F hsfs /a"), { output: "mount: Invalid argument\n", status: 1 });
});

function lab_vfstab(run: (l: string) => { output: string; status: number }) {
  run("echo '/export/home - /a lofs - no ro' >> /etc/vfstab");
}

t("vfstab: mountall in file order; a lofs placed before the file system it needs fails", () => {
  const lab = solarisSession();
  const { run, sys } = lab;
  sys.mkdirp("/scratch");
  sys.writeFile("/etc/vfstab", "#device to mount\n/scratch/data - /a lofs - yes -\nswap - /scratch tmpfs - yes -\n/scratch - /mnt lofs - no ro\n");
  assert.equal(run("mountall; echo $?"), { output: "mount: /scratch/data: No such file or directory\n111\n", status: 0 });
  assert.equal(run("mount -p | tail -1"), { output: "swap - /scratch tmpfs - no xattr\n", status: 0 });
  // in the right order (the tmpfs mounted, the directory made) the entry mounts
  // mount -a mounts the tmpfs again, and its back end fails (no mnttab check in mount.c)
  assert.equal(run("mkdir /scratch/data; mount -a; echo $?"), { output: "mount: /scratch is already mounted or swap is busy\n1\n", status: 0 });
  assert.equal(run("mount -p | tail -1"), { output: "/scratch/data - /a lofs - no \n", status: 0 });
  // by mount point: vfstab gives special, type and options
  assert.equal(run("mount /mnt; mount -p | tail -1"), { output: "/scratch - /mnt lofs - no ro\n", status: 0 });
  assert.equal(run("mount -a; echo $?"), { output: "mount: /scratch/data: Device busy\nmount: /scratch is already mounted or swap is busy\n1\n", status: 0 });
  sys.writeFile("/etc/vfstab", "/x - /y\n");
  assert.equal(run("mountall"), { output: 'mount: Warning: Line for "/x" in vfstab has too few entries\n', status: 0 });
  assert.equal(run("mount -a /y /z"), { output: 'mount: Warning: Line for "/x" in vfstab has too few entries\nmount: Warning: /y not found in /etc/vfstab\nmount: Warning: /z not found in /etc/vfstab\nmount: No valid entries found in /etc/vfstab\n', status: 1 });
});

t("umount: by mount point or special, warnings, -a keeps the system's", () => {
  const { run } = solarisSession();
  run("mount -F lofs /opt /a");
  assert.equal(run("umount /opt; mount | grep -c '^/a '"), { output: "0\n", status: 1 });
  assert.equal(run("umount /a"), { output: "umount: warning: /a not in mnttab\numount: /a not mounted\n", status: 1 });
  assert.equal(run("umount /nodir"), { output: "umount: warning: /nodir not in mnttab\numount: /nodir no such file or directory\n", status: 1 });
  assert.equal(run("umount"), { output: "Usage:\numount [-f] [-V] [-o specific_options] {special | mount-point}\numount -a [-f] [-V] [-o specific_options] [mount_point ...]\n", status: 1 });
  // a special whose mount point has another mount stacked on it is busy, named as typed
  run("mount -F lofs /opt /a; mount -O -F lofs /etc /a");
  assert.equal(run("umount /opt"), { output: "umount: /opt busy\n", status: 1 });
  assert.equal(run("umount -V /a"), { output: "umount /a\n", status: 0 });
  assert.equal(run("umount /a; umount /a; mount -p | grep -c ' /a lofs'"), { output: "0\n", status: 1 });
  assert.equal(run("cd /usr; umount -a share /nodir"), {
    output: "umount: warning: /usr/share not found in /etc/mnttab\numount: warning: can't resolve /nodir\numount: warning: /nodir not found in /etc/mnttab\numount: warning: /usr/share not in mnttab\numount: /usr/share not mounted\numount: warning: /nodir not in mnttab\numount: /nodir no such file or directory\n",
    status: 1,
  });
  run("mount -F lofs /export/home /a; mount -F tmpfs swap /mnt");
  // Solaris 11's keep list stays (/, /devices, /dev, ctfs, proc, mnttab, /system/volatile, objfs,
  // sharetab, /dev/fd, /var, /tmp); the libc lofs is busy (every process maps libc); the rest
  // goes, the datasets too
  const zfs = "rw,devices,setuid,nonbmand,exec,rstchown,xattr,atime";
  assert.equal(run("umount -a; echo $?; mount -p"), {
    output: `umount: /lib/libc.so.1 busy\n1\nrpool/ROOT/solaris - / zfs - no \n/devices - /devices devfs - no \n/dev - /dev dev - no \nctfs - /system/contract ctfs - no \nproc - /proc proc - no \nmnttab - /etc/mnttab mntfs - no \nswap - /system/volatile tmpfs - no xattr\nobjfs - /system/object objfs - no \nsharefs - /etc/dfs/sharetab sharefs - no \n/usr/lib/libc/libc_hwcap1.so.1 - /lib/libc.so.1 lofs - no \nfd - /dev/fd fd - no rw\nrpool/ROOT/solaris/var - /var zfs - no ${zfs}\nswap - /tmp tmpfs - no xattr\n`,
    status: 0,
  });
});

t("lofs through the commands: a file on a file, busy with a process inside, lofi sees the same image through a lofs path", () => {
  const { run } = solarisSession();
  assert.equal(run("echo x > /tmp/f; mount -F lofs /etc/vfstab /tmp/f; head -1 /tmp/f; mount -p | tail -1; umount /tmp/f; cat /tmp/f"), {
    output: "#device\t\tdevice\t\tmount\t\tFS\tfsck\tmount\tmount\n/etc/vfstab - /tmp/f lofs - no \nx\n",
    status: 0,
  });
  assert.equal(run("mount -F lofs /export/home /mnt; cd /mnt; umount /mnt"), { output: "umount: /mnt busy\n", status: 1 });
  assert.equal(run("cd /; umount /mnt; mount -p | grep -c ' /mnt lofs'"), { output: "0\n", status: 1 });
  assert.equal(run("mount -F lofs / /a; df -n /a; umount /a"), { output: "/a                 : lofs    \n", status: 0 });
  run(`lofiadm -a ${ISO}; mount -F lofs /export /a`);
  assert.equal(run("lofiadm -a /a/iso/sol-11_1-repo.iso"), { output: "lofiadm: could not map file /a/iso/sol-11_1-repo.iso: Device busy\n", status: 1 });
  assert.equal(run("lofiadm /a/iso/sol-11_1-repo.iso; lofiadm -d /a/iso/sol-11_1-repo.iso; lofiadm | wc -l"), { output: "/dev/lofi/1\n       1\n", status: 0 });
});

t("a file mounted directly: lofi maps it for the mount's life, nosuid, the file is the special", () => {
  const lab = solarisSession();
  const { run } = lab;
  assert.equal(run(`mount -F hsfs ${ISO} /mnt; lofiadm`), {
    output: "Block Device             File                          \tOptions\n/dev/lofi/1              /export/iso/sol-11_1-repo.iso \t-\n",
    status: 0,
  });
  assert.equal(run("mount | tail -1").output, `/mnt on ${ISO} read only/nosetuid/nodevices/rstchown/noglobal/maplcase/rr/traildot/dev=${lab.machine.mounts.all().at(-1)!.vfs.fsid.toString(16)} on ${when(lab, "/mnt")}\n`);
  // the terminal gets the long special on a line of its own
  assert.equal(run("df -k /mnt"), {
    output: `Filesystem           1024-blocks        Used   Available Capacity  Mounted on\n${ISO}\n                          131072      131072           0   100%    /mnt\n`,
    status: 0,
  });
  assert.equal(run("umount /mnt; lofiadm"), { output: "Block Device             File                          \tOptions\n", status: 0 });
  assert.equal(run(`mount -F hsfs -o suid ${ISO} /mnt; lofiadm | wc -l`), { output: `hsfs mount: ${ISO} is not an hsfs file system.\n       1\n`, status: 0 });
});

t.run();
