// Review 9 (#7): newfs/mkfs -F ufs on lofi as Solaris 11's mkfs lays it out: lost+found in every
// new UFS, 512-byte directories, the backups of a one-track geometry, and df's figures: fs_dsize
// as the size, mkfs's own blocks and the log as used, the minfree reserve kept from Available.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 9: ufs");

function newUfs(mb: number) {
  const lab = solarisSession();
  assert.equal(lab.run(`mkfile ${mb}m /export/u.img; lofiadm -a /export/u.img`), { output: "/dev/lofi/1\n", status: 0 });
  return lab;
}

t("the reviewer's steps: newfs's report on standard error, lost+found, 512-byte root, df with overhead and reserve", () => {
  const { run } = newUfs(20);
  assert.equal(run("echo y | newfs /dev/rlofi/1 2>&1 >/dev/null"), {
    output:
      "newfs: construct a new file system /dev/rlofi/1: (y/n)? /dev/rlofi/1:\t40936 sectors in 68 cylinders of 1 tracks, 602 sectors\n\t20.0MB in 5 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)\nsuper-block backups (for fsck -F ufs -o b=#) at:\n 32, 9664, 19296, 28928, 38560,\n\n",
    status: 0,
  });
  assert.equal(run("mkdir /u; mount -F ufs /dev/lofi/1 /u; ls -la /u | sed 1d | grep -v ' \\.\\.$'"), {
    output: "drwxr-xr-x   3 root     root         512 Feb 14 09:30 .\ndrwx------   2 root     root        8192 Feb 14 09:30 lost+found\n",
    status: 0,
  });
  assert.equal(run("df -k /u"), { output: "Filesystem           1024-blocks        Used   Available Capacity  Mounted on\n/dev/lofi/1                18971        1041       16033     7%    /u\n", status: 0 });
  assert.equal(run("df /u"), { output: "/u                 (/dev/lofi/1       ):   35860 blocks    11196 files\n", status: 0 });
  // a file and a directory: their fragments; the root grows a 512-byte block when its first fills
  assert.equal(run("mkfile 100k /u/f; mkdir /u/d; df -k /u | sed 1d"), { output: "/dev/lofi/1                18971        1142       15932     7%    /u\n", status: 0 });
  run("cd /u; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31; do touch a_long_file_name_$i; done; cd /");
  assert.equal(run("ls -ld /u | awk '{print $5}'"), { output: "1024\n", status: 0 });
  assert.equal(run("rm /u/a_long*; ls -ld /u | awk '{print $5}'"), { output: "1024\n", status: 0 });
});

t("without logging no log is kept; read-only leaves it as it was", () => {
  const { run } = newUfs(20);
  run("echo y | newfs /dev/rlofi/1 2>/dev/null");
  assert.equal(run("mount -F ufs -o nologging /dev/lofi/1 /a; df -k /a | sed 1d; umount /a"), { output: "/dev/lofi/1                18971           9       17065     1%    /a\n", status: 0 });
  assert.equal(run("mount -F ufs /dev/lofi/1 /a; umount /a; mount -F ufs -r /dev/lofi/1 /a; df -k /a | sed 1d"), {
    output: "/dev/lofi/1                18971        1041       16033     7%    /a\n",
    status: 0,
  });
});

t("a last group too small for its inodes is dropped with mkfs's warning; one group too small fails (32)", () => {
  const { run } = newUfs(5);
  assert.equal(run("echo y | newfs /dev/rlofi/1 2>&1"), {
    output:
      "newfs: construct a new file system /dev/rlofi/1: (y/n)? Warning: inode blocks/cyl group (39) >= data blocks (37) in last\n    cylinder group. This implies 602 sector(s) cannot be allocated.\n/dev/rlofi/1:\t9632 sectors in 16 cylinders of 1 tracks, 602 sectors\n\t4.7MB in 1 cyl groups (16 c/g, 4.70MB/g, 2240 i/g)\nsuper-block backups (for fsck -F ufs -o b=#) at:\n 32,\n\n",
    status: 0,
  });
  // 100 KB: lofi makes it one cylinder of 200 sectors, fewer fragments than one group's inode table
  run("mkfile 100k /export/t.img; lofiadm -a /export/t.img");
  assert.equal(run("echo y | newfs /dev/rlofi/2 2>&1; echo y | newfs /dev/rlofi/2 >/dev/null 2>&1; echo $?"), {
    output: "newfs: construct a new file system /dev/rlofi/2: (y/n)? File system creation failed. There is only one cylinder group and\nthat is not even big enough to hold the inodes.\n32\n",
    status: 0,
  });
});

t.run();
