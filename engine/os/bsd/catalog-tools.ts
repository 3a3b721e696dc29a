// Messages of the BSD-only file tools (engine/userland/bsd/tools.ts): NetBSD 1.6's stat(1)
// (BSD/OS 4 had none), BSD/OS's fstat(1), the program /bin/pwd. id → printf-style template; each
// row is in docs/fidelity/bsd.md ("Files and formats").
export const bsdToolCatalog: Readonly<Record<string, string>> = {
  // stat (NetBSD usr.bin/stat/stat.c: usage(), errx, warn("%s: %s", file, "stat"|"lstat"))
  "stat.usage": "usage: stat [-FlLnqrsx] [-f format] [-t timefmt] [file ...]",
  "stat.twoformats": "stat: can't use format '%s' with '%s'",
  "stat.withF": "stat: can't use format '%s' with -F",
  "stat.cannot": "stat: %s: %s: %s",
  "stat.badformat": "stat: %s: bad format",
  // fstat (BSD/OS usr.bin/fstat/fstat.c)
  "fstat.usage": "usage: fstat [-fnv] [-p pid] [-u user] [-N system] [-M core] [file ...]",
  "fstat.needpid": "fstat: -p requires a process id",
  "fstat.nouser": "fstat: unknown uid: %s",
  "fstat.cannot": "fstat: %s: %s",
  "fstat.noproc": "fstat: %s",
  // /bin/pwd (4.4BSD bin/pwd/pwd.c)
  "pwd.binusage": "usage: pwd",
  "pwd.getcwd": "pwd: getting current directory: %s",
};
