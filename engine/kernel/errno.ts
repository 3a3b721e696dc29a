// Kernel errors are errno names only. The kernel never carries message text: each command turns
// an errno into the words its own system prints (see engine/os/<os>/strerror.ts).
export type Errno =
  | "EPERM" | "ENOENT" | "EIO" | "ENXIO" | "EBADF" | "EACCES" | "ENOTBLK" | "EBUSY" | "EEXIST"
  | "EXDEV" | "ENODEV" | "ENOTDIR" | "EISDIR" | "EINVAL" | "ENFILE" | "EMFILE" | "EFBIG"
  | "ENOSPC" | "ESPIPE" | "EROFS" | "EMLINK" | "ENAMETOOLONG" | "ENOTEMPTY" | "ELOOP"
  | "EDEADLK" | "EFORMAT" | "ENOSYS" | "EOPNOTSUPP" | "ESRCH" | "EINTR" | "ECHILD" | "EAGAIN" | "ENOTTY"
  | "EPIPE" | "ENOMEM" | "ERANGE";

export class KernelError extends Error {
  constructor(readonly errno: Errno, readonly detail?: string) {
    // An errno is an answer, not a bug: skip the stack capture, which costs more than the
    // lookup that failed (namei probes for missing names all the time).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail ? `${errno}: ${detail}` : errno);
    Error.stackTraceLimit = limit;
    this.name = "KernelError";
  }
}

export const kerr = (errno: Errno, detail?: string): KernelError => new KernelError(errno, detail);

export function isKernelError(e: unknown, errno?: Errno): e is KernelError {
  return e instanceof KernelError && (errno === undefined || e.errno === errno);
}
