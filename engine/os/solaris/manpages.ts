// The Solaris machine's pages that are not commands': lofs(7FS), lofi(7D), vfstab(4) and
// mnttab(4), in the lab's own words (after Oracle Solaris 11.1's pages; the seed
// /work/shared/reference/seeds/002_*.txt is lofs(7FS)), saying what the lab does. Bodies are
// unindented; a line that is indented or has two spaces inside it is set as written, the others
// are filled (engine/userland/common/manlayout.ts).
import type { ManEntry } from "../../userland/formats.js";

const lofs: ManEntry = {
  name: "lofs",
  section: "7FS",
  purpose: "loopback virtual file system",
  sections: [
    // at the body's indent, the call broken as the page breaks it (.nf lines, none wider than 65)
    { heading: "SYNOPSIS", lines: ["#include <sys/param.h>", "#include <sys/mount.h>", "", "int mount(const char *dir, const char *virtual, int mflag,", "     lofs, NULL, 0);"] },
    {
      heading: "DESCRIPTION",
      lines: [
        "The loopback file system makes a new, virtual file system out of a part of the name space that already exists: the files are reached by a second path name. Other file systems can then be mounted inside the virtual one without changing the original. A file system mounted later on the original is seen through the virtual one too, until something is mounted on the same place in the virtual file system.",
        "",
        "virtual is where the virtual file system is mounted and dir the directory it shows. The MS_DATA bit must be set in mflag. With MS_RDONLY the virtual file system is read-only; without it, access is as the file system below allows. Every other mount option is the one of the file system below.",
        "",
        "Mounting / on /tmp/newroot shows the whole hierarchy again under /tmp/newroot, each file under both names, until something is mounted in /tmp/newroot. Such a mount can serve chroot(2) to give processes a complete file system of their own.",
        "",
        "A loopback mount is not followed into itself: after / is mounted on /tmp/newroot, /tmp/newroot/tmp/newroot is the directory /tmp/newroot was before the mount (an empty directory, say), not another copy of the hierarchy.",
        "",
        "The file system below keeps its device number: stat(2) of a file through lofs gives the st_dev of the file itself.",
      ],
    },
    { heading: "EXAMPLES", lines: ["A loopback mount of /tmp on /mnt:", "", "  example# mount -F lofs /tmp /mnt"] },
    { heading: "SEE ALSO", lines: ["lofiadm(1M), mount(1M), chroot(2), mount(2), sysfs(2), vfstab(4), lofi(7D)"] },
    {
      heading: "NOTES",
      lines: [
        "Every access through lofs goes to the file system below. A mount point that is reachable at several places through lofs is busy if it is busy at any of them, and mounting on it then fails (mount: /x: Device busy) unless the overlay option -O is given; see mount(1M). A mount point is busy when a file system is mounted on it or it is a process's current directory.",
        "",
        "Loopback mounts can confuse users and programs; use them with care. In /etc/vfstab a loopback entry must come after the entries of both directories it depends on; putting it last is the easy way.",
      ],
    },
  ],
};

const lofi: ManEntry = {
  name: "lofi",
  section: "7D",
  purpose: "loopback file driver",
  sections: [
    {
      heading: "DESCRIPTION",
      lines: [
        "The lofi driver makes a file into a block device, so that the usual tools (fstyp(1M), fsck(1M), mount(1M), newfs(1M)) work on the file system image the file holds, a CD-ROM image for instance. Reads and writes of the device are reads and writes of the file. lofiadm(1M) sets the devices up.",
        "",
        "The block devices are /dev/lofi/N and the character (raw) ones /dev/rlofi/N, N a decimal number lofiadm(1M) gives. A file is mapped to one device at a time.",
      ],
    },
    {
      heading: "FILES",
      lines: ["/dev/lofictl    the control device", "/dev/lofi/N     block device for file N", "/dev/rlofi/N    character device for file N"],
    },
    { heading: "SEE ALSO", lines: ["fstyp(1M), lofiadm(1M), mount(1M), newfs(1M), lofs(7FS)"] },
  ],
};

const vfstab: ManEntry = {
  name: "vfstab",
  section: "4",
  purpose: "table of file system defaults",
  sections: [
    {
      heading: "DESCRIPTION",
      lines: [
        "The file /etc/vfstab describes the file systems mounted by default. Each line has seven fields separated by white space; a - says the field is empty. Lines that start with # are comments.",
        "",
        "  device to mount     the block special device or resource",
        "  device to fsck      the raw device fsck(1M) checks",
        "  mount point         where the file system is mounted",
        "  FS type             the type of the file system",
        "  fsck pass           the pass in which fsck(1M) checks it",
        "  mount at boot       yes: mountall(1M) and mount -a mount it",
        "  mount options       comma separated, as mount -o takes them",
        "",
        "mount(1M) given only a mount point or only a special reads the other fields from the entry. A loopback (lofs) entry must come after the entries of the file systems it depends on; see lofs(7FS).",
      ],
    },
    {
      heading: "EXAMPLES",
      lines: ["A lofs mount of /export/test on /opt/test at boot:", "", "  /export/test  -  /opt/test  lofs  -  yes  -"],
    },
    { heading: "SEE ALSO", lines: ["fsck(1M), mount(1M), mountall(1M), mnttab(4), lofs(7FS)"] },
  ],
};

const mnttab: ManEntry = {
  name: "mnttab",
  section: "4",
  purpose: "mounted file system table",
  sections: [
    {
      heading: "DESCRIPTION",
      lines: [
        "The file /etc/mnttab is a file system of its own (mntfs) whose contents are the table of the mounted file systems, one line per mount in the order of mounting, the fields separated by tabs:",
        "",
        "  special  mount_point  fstype  options  time",
        "",
        "special is what was mounted (a device, a directory for lofs), options the mount options, dev= with the file system's device number among them, and time the time of the mount in seconds since the Epoch. mount(1M) lists the table in its own layout.",
      ],
    },
    { heading: "FILES", lines: ["/etc/mnttab    the table of mounted file systems"] },
    { heading: "SEE ALSO", lines: ["mount(1M), mountall(1M), vfstab(4)"] },
  ],
};

export const solarisManPages: readonly ManEntry[] = [lofs, lofi, vfstab, mnttab];
