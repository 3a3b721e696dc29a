// The layout Solaris 11's mkfs gives a UFS on a lofi device (usr/src/cmd/fs.d/ufs/mkfs/mkfs.c with
// newfs's defaults): the cylinders of lofi's fake geometry (lofi.c fake_disk_geometry: one head,
// size / 300K cylinders — size / 100K under 2 MB, at least one — of size / (512 · ncyl) sectors:
// 10 MB gives 34 of 602, 35 MB lofiadm(1M)'s 119 of 602, 64 MB 218 of 601), 16 cylinders a group, 8 KB blocks of 1 KB fragments, an inode for every nbpi bytes. From it come
// what mkfs prints (sectors, cylinders, groups, inodes a group, the super-block backups) and what
// statvfs answers for the new file system: f_blocks is fs_dsize (the data fragments: the super
// blocks, cylinder-group blocks and inode tables are not counted), the free count falls by what
// mkfs itself allocates (the root directory's fragment and lost+found's block), and f_bavail
// keeps back fs_minfree percent of fs_dsize for root.

export const SECTOR = 512;
const NTRACK = 1;
/** DESCPG: cylinders a group */
export const CPG = 16;
const BSIZE = 8192;
export const FSIZE = 1024;
const FRAG = BSIZE / FSIZE;
/** sectors a fragment (NSPF) */
const NSPF = FSIZE / SECTOR;
/** sizeof (struct dinode) */
const DINODE = 128;
const INOPB = BSIZE / DINODE;
const INOPF = FSIZE / DINODE;
/** fs_sblkno, fs_iblkno in fragments: boot block and super block, then one block of cg summary */
const SBLKNO = 16;
const IBLKNO = 32;
/** sizeof (struct csum) */
const CSUM = 16;
const MB = 1024 * 1024;
const GB = 1024 * MB;
const MAXIPG = Math.ceil((BSIZE * 8) / 3 / INOPB) * INOPB;

const roundup = (n: number, to: number): number => Math.ceil(n / to) * to;

/** lofi's fake geometry for a device of `bytes`: its cylinders and sectors a track (one head) */
export function lofiGeometry(bytes: number): { ncyl: number; nsect: number } {
  const ncyl = Math.max(1, Math.floor(bytes / (bytes < 2 * MB ? 100 * 1024 : 300 * 1024)));
  return { ncyl, nsect: Math.floor(bytes / (SECTOR * ncyl)) };
}

export interface UfsGeometry {
  /** sectors the file system has (whole cylinders), its cylinders and fragments */
  sectors: number;
  ncyl: number;
  /** sectors a track (one track a cylinder) */
  nsect: number;
  size: number;
  ncg: number;
  /** inodes a group, fragments a group */
  ipg: number;
  fpg: number;
  /** fs_minfree, percent */
  minfree: number;
  /** fs_dsize: the data fragments */
  dsize: number;
  /** the backups' sector numbers */
  backups: number[];
  /** the last group was too small for its inodes and was dropped: [inode blocks, data blocks, sectors lost] */
  droppedLast: [number, number, number] | null;
}

/** newfs's -i default: bytes per inode by the file system's size */
function nbpi(bytes: number): number {
  if (bytes < GB) return 2048;
  if (bytes < 2 * GB) return 4096;
  if (bytes < 3 * GB) return 6144;
  if (bytes < 1024 * GB) return 8192;
  return MB;
}

/** newfs's -m default: (64 MB / size) · 100, from 1 to 10 percent */
const minfreeFor = (bytes: number): number => Math.min(10, Math.max(1, Math.floor((64 * MB * 100) / bytes)));

/** inodes a group: what the cylinders of a group hold past their metadata, one per nbpi bytes */
function inodesPerGroup(bytes: number, spc: number): number {
  const bpcg = spc * SECTOR;
  const first = Math.min(roundup(bpcg / DINODE, INOPB), MAXIPG);
  const used = (IBLKNO + first / INOPF) * NSPF * SECTOR;
  return roundup(Math.floor((CPG * bpcg - used) / nbpi(bytes)), INOPB);
}

/**
 * The layout for a device of `devSectors` sectors (null: too small for one group's inodes). No
 * rotation between groups (fs_cgmask is all ones with one track), so group g starts at g · fpg.
 */
export function ufsGeometry(devSectors: number): UfsGeometry | null {
  const { ncyl: labelled, nsect } = lofiGeometry(devSectors * SECTOR);
  const SPC = NTRACK * nsect;
  let ncyl = Math.min(labelled, Math.floor(devSectors / SPC));
  const bytes = ncyl * SPC * SECTOR;
  const ipg = inodesPerGroup(bytes, SPC);
  const fpg = (CPG * SPC) / NSPF;
  const dblkno = IBLKNO + ipg / INOPF;
  let size = (ncyl * SPC) / NSPF;
  let ncg = Math.ceil(ncyl / CPG);
  let droppedLast: [number, number, number] | null = null;
  const last = size - (ncg - 1) * fpg;
  if (ncyl < 1) return null;
  if (last < fpg && dblkno > last) {
    if (ncg === 1) return null;
    droppedLast = [dblkno / FRAG, Math.floor(last / FRAG), last * NSPF];
    ncg--;
    ncyl = ncg * CPG;
    size = (ncyl * SPC) / NSPF;
  }
  const csfrags = Math.ceil((ncg * CSUM) / FSIZE);
  let dsize = 0;
  for (let g = 0; g < ncg; g++) {
    const ndblk = Math.min(fpg, size - g * fpg);
    dsize += g === 0 ? ndblk - (dblkno + csfrags) : SBLKNO + ndblk - dblkno;
  }
  const backups = Array.from({ length: ncg }, (_, g) => (g * fpg + SBLKNO) * NSPF);
  return { sectors: size * NSPF, ncyl, nsect, size, ncg, ipg, fpg, minfree: minfreeFor(bytes), dsize, backups, droppedLast };
}

/** mkfs's own allocations: lost+found's block and the root directory's fragment */
export const MKFS_FRAGS = FRAG + 1;

/**
 * The log a read-write mount with logging allocates (lufs_enable, lufs_alloc): 1 MB of log per
 * GB of file system, at least 1 MB (ldl_minlogsize), in whole blocks, plus one block of extents.
 */
export function logFrags(g: UfsGeometry): number {
  const bytes = Math.min(Math.max((g.size / 1024) * FSIZE, MB), 256 * MB);
  return roundup(bytes, BSIZE) / FSIZE + FRAG;
}

/** the fragments a file of `bytes` takes: fragments for a short file's last block, whole blocks
 *  past the direct ones (12 blocks) with an indirect block for each 2048 blocks */
export function fileFrags(bytes: number): number {
  if (bytes <= 12 * BSIZE) return Math.ceil(bytes / FSIZE);
  const blocks = Math.ceil(bytes / BSIZE);
  return (blocks + Math.ceil((blocks - 12) / (BSIZE / 4))) * FRAG;
}

/** mkfs's backup list as it prints it: the first ten groups each with a comma, then the last ten
 *  (the last without), wrapped before column 80; each part ends its line */
export function backupLines(g: UfsGeometry): string {
  const first = g.backups.slice(0, 10);
  const rest = g.backups.slice(Math.max(10, g.ncg - 10));
  const wrap = (nums: number[], lastComma: boolean): string => {
    let out = "";
    let width = 0;
    nums.forEach((n, i) => {
      const word = ` ${n}${lastComma || i < nums.length - 1 ? "," : ""}`;
      if (width + word.length > 79) {
        out += "\n";
        width = word.length;
      } else width += word.length;
      out += word;
    });
    return out + "\n";
  };
  return wrap(first, true) + wrap(rest, false);
}
