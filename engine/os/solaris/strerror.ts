// Solaris's errno numbers and strerror(3C) texts (sys/errno.h and libc's errlst.c, as the illumos
// sources and Oracle's Solaris Common Messages guide give them): what perror and bash print.
// EFORMAT, the lab's errno for "not a file system of that kind", is what the Solaris mount(2)
// returns then: EINVAL. The lab's EOPNOTSUPP is the kernel's ENOTSUP (48), which lofs returns for
// a forced unmount. Sources and confidence: docs/fidelity/solaris.md ("The machine").
import type { Errno } from "../../kernel/errno.js";

export const solarisErrno: Record<Errno, number> = {
  EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, EBADF: 9, ECHILD: 10, EAGAIN: 11, ENOMEM: 12,
  EACCES: 13, ENOTBLK: 15, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32,
  ERANGE: 34, EDEADLK: 45, EOPNOTSUPP: 48, ENAMETOOLONG: 78, ENOSYS: 89, ELOOP: 90, ENOTEMPTY: 93, EFORMAT: 22,
};

export const solarisStrerror: Record<Errno, string> = {
  EPERM: "Not owner",
  ENOENT: "No such file or directory",
  ESRCH: "No such process",
  EINTR: "Interrupted system call",
  EIO: "I/O error",
  ENXIO: "No such device or address",
  EBADF: "Bad file number",
  ECHILD: "No child processes",
  EAGAIN: "Resource temporarily unavailable",
  ENOMEM: "Not enough space",
  EACCES: "Permission denied",
  ENOTBLK: "Block device required",
  EBUSY: "Device busy",
  EEXIST: "File exists",
  EXDEV: "Cross-device link",
  ENODEV: "No such device",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  ENFILE: "File table overflow",
  EMFILE: "Too many open files",
  ENOTTY: "Inappropriate ioctl for device",
  EFBIG: "File too large",
  ENOSPC: "No space left on device",
  ESPIPE: "Illegal seek",
  EROFS: "Read-only file system",
  EMLINK: "Too many links",
  EPIPE: "Broken pipe",
  ERANGE: "Result too large",
  EDEADLK: "Deadlock situation detected/avoided",
  EOPNOTSUPP: "Operation not supported",
  ENAMETOOLONG: "File name too long",
  ENOSYS: "Operation not applicable",
  ELOOP: "Number of symbolic links encountered during path name traversal exceeds MAXSYMLINKS",
  ENOTEMPTY: "Directory not empty",
  EFORMAT: "Invalid argument",
};
