// The volume-group and file-system commands around loopback work: lsvg, lspv, lsfs, crfs, chfs
// and istat, checked byte for byte against AIX 7.2's layouts; the LVM model stays consistent.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const t = suite("volume groups and file systems");

const session = (): Session => createSession({ samples: false });
const out = (s: Session, line: string): string => runLine(s, line).output;

const LV_HEADER = "LV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT POINT\n";

t("lsvg lists rootvg, and -o the varied-on groups", () => {
  const s = session();
  assert.is(out(s, "lsvg"), "rootvg\n");
  assert.is(out(s, "lsvg -o"), "rootvg\n");
  const r = runLine(s, "lsvg datavg");
  assert.is(r.output, "0516-306 getlvodm: Unable to find volume group datavg in the Device\n\tConfiguration Database.\n");
  assert.is(r.status, 1);
  assert.is(runLine(s, "lsvg -l").status, 1, "-l needs a group");
  assert.is(out(s, "lsvg -q"), "lsvg: Not a recognized flag: q\nUsage: lsvg [-L] [-o] [-n PVname]\n       lsvg [-L] [-i] [-M | -l | -p] VGname...\nLists the characteristics of a volume group.\n");
});

t("lsvg rootvg: the two-column report, trailing blanks included", () => {
  assert.is(
    out(session(), "lsvg rootvg"),
    "VOLUME GROUP:       rootvg                   VG IDENTIFIER:  00c2a1b400004c00000001429e3f7d9a\n" +
      "VG STATE:           active                   PP SIZE:        32 megabyte(s)\n" +
      "VG PERMISSION:      read/write               TOTAL PPs:      639 (20448 megabytes)\n" +
      "MAX LVs:            256                      FREE PPs:       464 (14848 megabytes)\n" +
      "LVs:                11                       USED PPs:       175 (5600 megabytes)\n" +
      "OPEN LVs:           10                       QUORUM:         2 (Enabled)\n" +
      "TOTAL PVs:          1                        VG DESCRIPTORS: 2\n" +
      "STALE PVs:          0                        STALE PPs:      0\n" +
      "ACTIVE PVs:         1                        AUTO ON:        yes\n" +
      "MAX PPs per VG:     32512                                     \n" +
      "MAX PPs per PV:     1016                     MAX PVs:        32\n" +
      "LTG size (Dynamic): 256 kilobyte(s)          AUTO SYNC:      no\n" +
      "HOT SPARE:          no                       BB POLICY:      relocatable \n" +
      "PV RESTRICTION:     none                     INFINITE RETRY: no\n" +
      "DISK BLOCK SIZE:    512                      CRITICAL VG:    no\n" +
      "FS SYNC OPTION:     no                       CRITICAL PVs:   no\n" +
      "ENCRYPTION:         no\n",
  );
});

t("lsvg -l: each volume, its state and mount point; an unmounted one is closed", () => {
  const s = session();
  const rows =
    "hd5                 boot       1       1       1    closed/syncd  N/A\n" +
    "hd6                 paging     16      16      1    open/syncd    N/A\n" +
    "hd8                 jfs2log    1       1       1    open/syncd    N/A\n" +
    "hd4                 jfs2       16      16      1    open/syncd    /\n" +
    "hd2                 jfs2       96      96      1    open/syncd    /usr\n" +
    "hd9var              jfs2       16      16      1    open/syncd    /var\n" +
    "hd3                 jfs2       4       4       1    open/syncd    /tmp\n" +
    "hd1                 jfs2       1       1       1    open/syncd    /home\n" +
    "hd10opt             jfs2       12      12      1    open/syncd    /opt\n" +
    "hd11admin           jfs2       4       4       1    open/syncd    /admin\n" +
    "livedump            jfs2       8       8       1    open/syncd    /var/adm/ras/livedump\n";
  assert.is(out(s, "lsvg -l rootvg"), "rootvg:\n" + LV_HEADER + rows);
  runLine(s, "umount /home");
  assert.match(out(s, "lsvg -l rootvg"), /\nhd1                 jfs2       1       1       1    closed\/syncd  \/home\n/);
  assert.match(out(s, "lsvg rootvg"), /\nOPEN LVs:           9  /);
});

t("lsvg -p and lspv: the disk, its PVID, its free and used partitions by region", () => {
  const s = session();
  assert.is(
    out(s, "lsvg -p rootvg"),
    "rootvg:\nPV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION\n" +
      "hdisk0            active            639         464         127..81..00..128..128\n",
  );
  assert.is(out(s, "lspv"), "hdisk0          00c2a1b4e3f7d9a1                    rootvg          active      \n");
  assert.is(
    out(s, "lspv hdisk0"),
    "PHYSICAL VOLUME:    hdisk0                   VOLUME GROUP:     rootvg\n" +
      "PV IDENTIFIER:      00c2a1b4e3f7d9a1 VG IDENTIFIER     00c2a1b400004c00000001429e3f7d9a\n" +
      "PV STATE:           active                                     \n" +
      "STALE PARTITIONS:   0                        ALLOCATABLE:      yes\n" +
      "PP SIZE:            32 megabyte(s)           LOGICAL VOLUMES:  11\n" +
      "TOTAL PPs:          639 (20448 megabytes)    VG DESCRIPTORS:   2\n" +
      "FREE PPs:           464 (14848 megabytes)    HOT SPARE:        no\n" +
      "USED PPs:           175 (5600 megabytes)     MAX REQUEST:      256 kilobytes\n" +
      "FREE DISTRIBUTION:  127..81..00..128..128                      \n" +
      "USED DISTRIBUTION:  01..47..127..00..00                        \n" +
      "MIRROR POOL:        None\n",
  );
  const l = out(s, "lspv -l hdisk0");
  assert.ok(l.startsWith("hdisk0:\nLV NAME               LPs     PPs     DISTRIBUTION          MOUNT POINT\nhd5                   1       1       01..00..00..00..00    N/A\n"), l);
  assert.match(l, /\nhd2                   96      96      00..00..96..00..00    \/usr\n/);
  const r = runLine(s, "lspv hdisk9");
  assert.is(r.output, "0516-1396 : The physical volume hdisk9, was not found in the\nsystem database.\n");
  assert.is(r.status, 1);
});

t("lsfs: lsfs.c's columns, the colon form, -q, -v, a name or a device", () => {
  const s = session();
  assert.is(
    out(s, "lsfs"),
    "Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting\n" +
      "/dev/hd4        --         /                      jfs2  1048576 --         yes  no \n" +
      "/dev/hd1        --         /home                  jfs2  65536   --         yes  no \n" +
      "/dev/hd2        --         /usr                   jfs2  6291456 --         yes  no \n" +
      "/dev/hd9var     --         /var                   jfs2  1048576 --         yes  no \n" +
      "/dev/hd3        --         /tmp                   jfs2  262144  --         yes  no \n" +
      "/dev/hd11admin  --         /admin                 jfs2  262144  --         yes  no \n" +
      "/proc           --         /proc                  procfs --      --         yes  no \n" +
      "/dev/hd10opt    --         /opt                   jfs2  786432  --         yes  no \n" +
      "/dev/livedump   --         /var/adm/ras/livedump  jfs2  524288  --         yes  no \n",
  );
  assert.is(out(s, "lsfs -c /"), "#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n/:/dev/hd4:jfs2::bootfs:1048576:rw:yes:no\n");
  assert.is(out(s, "lsfs -c /proc"), "#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n/proc:/proc:procfs:::0:rw:yes:no\n");
  assert.is(
    out(s, "lsfs -q /dev/hd1"),
    "Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting\n" +
      "/dev/hd1        --         /home                  jfs2  65536   --         yes  no \n" +
      "  (lv size: 65536, fs size: 65536, block size: 4096, sparse files: yes, inline log: no, inline log size: 0, EAformat: v1, Quota: no, DMAPI: no, VIX: no, EFS: no, ISNAPSHOT: no, MAXEXT: 0, MountGuard: no)\n",
  );
  assert.is(out(s, "lsfs -cq /home").split("\n")[2], "(lv size 65536:fs size 65536:block size 4096:sparse files yes:inline log no:inline log size 0:EAformat v1:Quota no:DMAPI no:VIX no:EFS no:ISNAPSHOT no:MAXEXT 0:MountGuard no)");
  assert.is(out(s, "lsfs -v procfs").split("\n").length, 3);
  assert.is(out(s, "lsfs -v nfs"), "", "a known type with no file system: nothing, status 0");
  assert.is(out(s, "lsfs -u bootfs").split("\n").length, 5, "the header and /, /usr, /var");
  let r = runLine(s, "lsfs -v zfs");
  assert.is(r.output, 'lsfs: "zfs" is an unknown vfs type\n');
  assert.is(r.status, 1);
  r = runLine(s, "cd /var; lsfs adm");
  assert.is(r.output, "lsfs: 0506-915 No record matching '/var/adm' was found in /etc/filesystems.\n");
  assert.is(r.status, 1);
});

t("a loop mount is not in /etc/filesystems, so lsfs does not list it", () => {
  const s = createSession({ setup: { dirs: ["/cdmount"] } });
  runLine(s, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount');
  assert.match(out(s, "mount"), /\/dev\/loop0       \/cdmount         cdrfs/);
  assert.not.match(out(s, "lsfs"), /cdmount|loop0/);
  assert.is(out(s, "lsfs /cdmount"), "lsfs: 0506-915 No record matching '/cdmount' was found in /etc/filesystems.\n");
});

t("crfs: a new volume from rootvg, mkfs's report, the stanza, the mount point; mount and df see it", () => {
  const s = session();
  const r = runLine(s, "crfs -v jfs2 -g rootvg -m /data -a size=1G -A yes");
  assert.is(r.output, "File system created successfully.\n1048340 kilobytes total disk space.\nNew File System size is 2097152\n");
  assert.is(r.status, 0);
  assert.ok(s.sys.readFile("/etc/filesystems").length > 0);
  assert.is(
    new TextDecoder().decode(s.sys.readFile("/etc/filesystems")).split("\n").slice(-8).join("\n"),
    "\n/data:\n\tdev\t\t= /dev/fslv00\n\tvfs\t\t= jfs2\n\tlog\t\t= /dev/hd8\n\tmount\t\t= true\n\taccount\t\t= false\n",
  );
  assert.is(out(s, "ls -ld /data").slice(0, 10), "drwxr-xr-x");
  assert.is(out(s, "ls -l /dev/fslv00"), "brw-rw----    1 root     system       10, 12 Nov 27 06:43 /dev/fslv00\n");
  assert.match(out(s, "lsvg -l rootvg"), /\nfslv00              jfs2       32      32      1    closed\/syncd  \/data\n$/);
  assert.match(out(s, "lsvg rootvg"), /FREE PPs:       432 \(13824 megabytes\)\n/);
  assert.is(out(s, "mount /data"), "");
  assert.is(out(s, "df -g /data"), "Filesystem    GB blocks      Free %Used    Iused %Iused Mounted on\n/dev/fslv00        1.00      1.00    1%        4     1% /data\n");
  assert.match(out(s, "lsvg -l rootvg"), /fslv00              jfs2       32      32      1    open\/syncd    \/data\n$/);
  assert.is(out(s, "lsfs -c /data").split("\n")[1], "/data:/dev/fslv00:jfs2:::2097152:rw:yes:no");
  assert.equal(s.machine.checkInvariants(), []);
});

t("crfs refuses what AIX refuses", () => {
  const s = session();
  const usage =
    "Usage: crfs -v vfs -m mtpt {-g vgrp| -d dev} [-u mtgrp] [-A {yes|no}] [-t {yes|no}] [-p {ro|rw}] [-l log_partitions] [-n nodename] [-a attr1=val1]\n";
  assert.is(out(s, "crfs -g rootvg -m /x -a size=1G"), "crfs: vfstype must be specified.\n" + usage);
  assert.is(out(s, "crfs -v zfs -g rootvg -m /x"), 'crfs: "zfs" is an unknown vfs type\n' + usage);
  assert.is(out(s, "crfs -v jfs2 -g rootvg -a size=1G"), "crfs: mount point must be specified\n" + usage);
  assert.is(out(s, "crfs -v jfs2 -m /x -a size=1G"), "crfs: specify one of volume group or device\n" + usage);
  assert.is(out(s, "crfs -v jfs2 -g rootvg -m /home -a size=1G"), "crfs: 0506-909 /home file system already exists\n");
  assert.is(out(s, "crfs -v jfs2 -g datavg -m /x -a size=1G"), "0516-306 getlvodm: Unable to find volume group datavg in the Device\n\tConfiguration Database.\n");
  assert.is(out(s, "crfs -v jfs2 -d hd6 -m /x"), "crfs: logical volume must be type jfs\n" + usage);
  const r = runLine(s, "crfs -v jfs2 -g rootvg -m /big -a size=15G");
  assert.is(
    r.output,
    "0516-404 allocp: This system cannot fulfill the allocation request.\n\tThere are not enough free partitions or not enough physical volumes \n" +
      "\tto keep strictness and satisfy allocation requests.  The command\n\tshould be retried with different allocation characteristics.\n" +
      "0516-822 mklv: Unable to create logical volume.\ncrfs: Cannot create logical volume.\n",
  );
  assert.is(r.status, 1);
  assert.not.ok(s.sys.exists("/big"));
  assert.is(out(s, "lsvg"), "rootvg\n");
  assert.match(out(s, "lsvg rootvg"), /LVs:                11 /, "nothing was made");
  assert.equal(s.machine.checkInvariants(), []);
});

t("chfs -a size= grows and shrinks by whole partitions; the volume group follows", () => {
  const s = session();
  runLine(s, "crfs -v jfs2 -g rootvg -m /data -a size=1G; mount /data");
  assert.is(out(s, "chfs -a size=+1G /data"), "Filesystem size changed to 4194304\n");
  assert.match(out(s, "lsvg -l rootvg"), /fslv00              jfs2       64      64 /);
  assert.is(out(s, "df -m /data").split("\n")[1], "/dev/fslv00     2048.00   2047.64    1%        4     1% /data");
  assert.is(out(s, "chfs -a size=-1G /dev/fslv00"), "Filesystem size changed to 2097152\n");
  assert.is(out(s, "chfs -a size=1000 /data"), "Filesystem size changed to 65536\n", "rounded up to a 32 MB partition");
  assert.is(out(s, "chfs -a size=65536 /data"), "File System size already 65536\n");
  assert.is(out(s, "chfs -a size=20G /data"), "0516-787 extendlv: Maximum allocation for logical volume fslv00\n\tis 512.\n");
  assert.match(out(s, "chfs -a size=+15G /home"), /^0516-404 allocp: This system cannot fulfill the allocation request.\n/);
  assert.is(out(s, "chfs -a size=-16M /data"), "File System size already 65536\n", "32 MB less 16 MB is one partition still");
  assert.is(out(s, "chfs -a size=+32M /data; dd if=/dev/zero of=/data/fill bs=1024k count=40 2>&1"), "Filesystem size changed to 131072\n40+0 records in.\n40+0 records out.\n");
  const r = runLine(s, "chfs -a size=-32M /data");
  assert.is(r.output, "chfs: There is not enough free space in the file system to shrink it.\n");
  assert.is(r.status, 1);
  assert.is(out(s, "lsfs -c /data").split("\n")[1], "/data:/dev/fslv00:jfs2:::131072:rw:no:no");
  assert.equal(s.machine.checkInvariants(), []);
});

t("chfs changes the stanza: -A, -p, -m, -a, -d; an unknown file system", () => {
  const s = session();
  runLine(s, "crfs -v jfs2 -g rootvg -m /data -a size=64M");
  assert.is(out(s, "chfs -A yes -p ro -a agblksize=4096 /data"), "");
  const tail = () => new TextDecoder().decode(s.sys.readFile("/etc/filesystems")).split("\n\n").pop();
  assert.is(tail(), "/data:\n\tdev\t\t= /dev/fslv00\n\tvfs\t\t= jfs2\n\tlog\t\t= /dev/hd8\n\tmount\t\t= true\n\toptions\t\t= ro\n\taccount\t\t= false\n\tagblksize\t= 4096\n");
  assert.is(out(s, "chfs -d agblksize -m /srv /data"), "");
  assert.is(tail(), "/srv:\n\tdev\t\t= /dev/fslv00\n\tvfs\t\t= jfs2\n\tlog\t\t= /dev/hd8\n\tmount\t\t= true\n\toptions\t\t= ro\n\taccount\t\t= false\n");
  assert.ok(s.sys.exists("/srv"));
  assert.is(out(s, "chfs -m /home /srv"), "chfs: 0506-909 /home file system already exists\n");
  assert.is(out(s, "chfs -A yes /data"), "chfs: 0506-915 No record matching '/data' was found in /etc/filesystems.\n");
  assert.is(out(s, "mount /srv; touch /srv/x"), "touch: 0652-046 Cannot create /srv/x.\n", "mounted read-only as the stanza says");
});

t("reboot mounts a file system crfs made with -A yes", () => {
  const s = session();
  runLine(s, "crfs -v jfs2 -g rootvg -m /data -a size=64M -A yes; mount /data; echo kept > /data/f");
  runLine(s, "shutdown -Fr");
  assert.is(out(s, "cat /data/f"), "kept\n");
  assert.match(out(s, "lsvg -l rootvg"), /fslv00              jfs2       2       2       1    open\/syncd    \/data\n/);
});

t("istat: istat.c's layout for a file, a device and an i-node of a file system; stat does not exist", () => {
  const s = session();
  s.sys.writeFile("/tmp/f", "12345\n");
  const ino = s.sys.stat("/tmp/f").fileid;
  assert.is(
    out(s, "istat /tmp/f"),
    `Inode ${ino} on device 10/7\tFile\n` +
      "Protection: rw-r--r--\t\n" +
      "Owner: 0(root)\t\tGroup: 0(system)\n" +
      "Link count:   1\t\tLength 6 bytes\n" +
      "\n" +
      "Last updated:\tWed Nov 27 06:43:00 2013\n" +
      "Last modified:\tWed Nov 27 06:43:00 2013\n" +
      "Last accessed:\tWed Nov 27 06:43:00 2013\n" +
      "\n",
  );
  assert.ok(out(s, "istat /dev/hd1").includes("\tBlock Device\nProtection: rw-rw----\t\n"));
  assert.ok(out(s, "istat /dev/hd1").includes("Major Device 10\t\tMinor Device 8\n"));
  assert.is(out(s, `istat ${ino} /tmp`), out(s, "istat /tmp/f"), "by i-node number on the mounted file system");
  assert.is(out(s, `istat ${ino} /dev/hd3`), out(s, "istat /tmp/f"), "or on its device");
  let r = runLine(s, "istat /nope");
  assert.is(r.output, "istat:  0506-161 Cannot find information about /nope: A file or directory in the path name does not exist.\n");
  assert.is(r.status, 2);
  r = runLine(s, "istat 99999 /tmp");
  assert.is(r.output, "istat:  0506-162 Cannot get block for inode 99999.\n");
  assert.is(r.status, 3);
  assert.is(out(s, "istat 2 /dev/hdisk0"), "istat:  0506-164 /dev/hdisk0 is not recognized as a JFS file system.\n");
  r = runLine(s, "istat");
  assert.is(r.output, "Usage: istat {File | Inode Device}\n");
  assert.is(r.status, 1);
  r = runLine(s, "stat /tmp/f");
  assert.is(r.output, "ksh: stat:  not found.\n");
  assert.is(r.status, 127);
});

t("df: -g as printf's %.2f rounds (0.125 GB is 0.12); /proc between /admin and /opt", () => {
  const s = session();
  assert.is(out(s, "df -g /tmp").split("\n")[1], "/dev/hd3           0.12      0.12    4%      126     1% /tmp");
  const order = (text: string) => text.split("\n").map((l) => l.trim().split(/\s+/).pop()).filter((x) => x && x.startsWith("/"));
  const expected = ["/", "/usr", "/var", "/tmp", "/home", "/admin", "/proc", "/opt", "/var/adm/ras/livedump"];
  assert.equal(order(out(s, "df")), expected);
  assert.equal(
    out(s, "mount").split("\n").slice(2, -1).map((l) => l.trim().split(/\s+/)[1]),
    expected,
  );
  assert.equal(
    new TextDecoder().decode(s.sys.readFile("/etc/filesystems")).split("\n").filter((l) => /^\S+:$/.test(l)).map((l) => l.slice(0, -1)),
    ["/", "/home", "/usr", "/var", "/tmp", "/admin", "/proc", "/opt", "/var/adm/ras/livedump"],
  );
});

t("df: /proc's dashes sit under the digits with -P, -v and -I", () => {
  const s = session();
  assert.is(out(s, "df /proc").split("\n")[1], "/proc                  -         -    -        -      - /proc");
  assert.is(out(s, "df -P /proc").split("\n")[1], "/proc                  -         -         -       -  /proc");
  assert.is(out(s, "df -kP /proc").split("\n")[1], "/proc                   -         -         -       -  /proc");
  assert.is(out(s, "df -mP /proc").split("\n")[1], "/proc                 -         -         -       -  /proc");
  assert.is(out(s, "df -kv /proc").split("\n")[1], "/proc                   -         -         -    -         -        -     -  /proc");
  assert.is(out(s, "df -I /proc").split("\n")[1], "/proc                  -         -         -    -  /proc");
  assert.is(out(s, "df -P /home").split("\n")[1], "/dev/hd1           65536       784     64752       2% /home");
});

t("df: jfs2 Iused keeps counting as files are made, the i-node total with it", () => {
  const s = session();
  const iv = () => out(s, "df -v /home").split("\n")[1]!.trim().split(/\s+/);
  const before = iv();
  assert.equal(before.slice(5, 8), ["9", "7249", "1%"]);
  runLine(s, "i=0; while [ $i -lt 60 ]; do touch /home/f$i; i=$((i+1)); done");
  const after = iv();
  // 69 i-nodes in use needs a third extent of 32 (16 KB, 32 blocks) besides the two allocated;
  // Ifree is 96 slots + ⌊8090 free blocks × 8/9⌋ − 69
  assert.equal(after.slice(2, 8), ["816", "64720", "2%", "69", "7218", "1%"]);
  runLine(s, "rm /home/f*");
  assert.equal(iv().slice(5, 7), ["9", "7278"], "the extent stays allocated, its slots free");
});

t("/proc is a procfs: a directory per process, nothing can be made in it", () => {
  const s = session();
  const pid = out(s, "echo $$").trim();
  assert.ok(out(s, "ls /proc").split(/\s+/).includes(pid));
  assert.is(out(s, `ls /proc/${pid}`), "as       ctl      lpsinfo  lwp      object   sigact   sysent\ncred     fd       lstatus  map      psinfo   status\n");
  assert.is(out(s, "touch /proc/x"), "touch: 0652-046 Cannot create /proc/x.\n");
  assert.is(out(s, "umount /proc; mount /proc; df -P /proc").split("\n")[1], "/proc                  -         -         -       -  /proc");
});

t("/proc/N/ctl opens for writing (root may write control messages); a message the lab cannot read is EINVAL at write", () => {
  const s = session();
  // the redirection's open (O_CREAT|O_TRUNC) succeeds on ctl, as root's open does on AIX
  assert.equal(runLine(s, ": > /proc/1/ctl"), { output: "", status: 0 });
  assert.equal(runLine(s, "echo hi > /proc/1/status"), { output: "ksh: /proc/1/status: 0403-005 Cannot create the specified file.\n", status: 1 });
  const f = s.sys.open("/proc/1/ctl", { write: true, create: true, trunc: true });
  assert.throws(() => f.write(new TextEncoder().encode("hi\n")), (e: { errno?: string }) => e.errno === "EINVAL");
  assert.throws(() => s.sys.open("/proc/1/psinfo", { write: true }), (e: { errno?: string }) => e.errno === "EACCES");
  assert.is(runLine(s, "echo hi > /proc/1/ctl").status, 1);
  assert.not.match(runLine(s, "echo hi > /proc/1/ctl").output, /0403-005/);
});

t.run();
