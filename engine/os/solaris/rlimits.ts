// Solaris 11.1's resource limits: what every process starts with (the kernel's defaults, which
// /etc/system does not change on a fresh install) and the two sysconf values bash's ulimit shows
// beside them. The boot gives them to the scheduler (boot.ts), so init, the daemons and root's
// login shell have them, and a fork passes them on; bash's ulimit and pfiles read them from the
// process (docs/fidelity/solaris.md, "Review 11: bash").
import type { Rlimit } from "../../kernel/proc/proc.js";

const INF = Infinity;

/** rlim_fd_cur and rlim_fd_max: 256 descriptors, raisable by root up to 65536 */
export const RLIM_FD_CUR = 256;
export const RLIM_FD_MAX = 65536;

/**
 * getrlimit's defaults (uts/common/os/resource.c rctl defaults, uts/common/conf/param.c): no
 * limit on core files, data, file size, cpu time or virtual memory; an 8 MB stack (the soft
 * limit; the hard one unlimited); 256 descriptors.
 */
export const SOLARIS_RLIMITS: ReadonlyMap<string, Rlimit> = new Map([
  ["core", { cur: INF, max: INF }],
  ["data", { cur: INF, max: INF }],
  ["fsize", { cur: INF, max: INF }],
  ["nofile", { cur: RLIM_FD_CUR, max: RLIM_FD_MAX }],
  ["stack", { cur: 8192 * 1024, max: INF }],
  ["cpu", { cur: INF, max: INF }],
  ["vmem", { cur: INF, max: INF }],
]);

/** <limits.h> PIPE_BUF: 5120 bytes (bash's ulimit -p shows it in 512-byte units: 10) */
export const PIPE_BUF = 5120;

/** sysconf(_SC_CHILD_MAX): maxuprc, max_nprocs (30000 on a machine of a few GB) less
 *  reserved_procs (5) — bash's ulimit -u, as Solaris has no RLIMIT_NPROC */
export const CHILD_MAX = 29995;
