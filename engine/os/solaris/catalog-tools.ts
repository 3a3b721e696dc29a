// Messages of chroot (illumos usr/src/cmd/chroot/chroot.c), /usr/bin/pwd, tty, fstyp, pgrep and pkill: id → printf-style template.
export const solarisToolCatalog: Readonly<Record<string, string>> = {
  "chroot.usage": "usage: chroot rootdir command [arg ...]",
  "chroot.perror": "chroot(\"%s\"): %s",
  "chroot.nochdir": "Can't chdir to new root",
  "chroot.execfailed": "chroot: exec failed: %s",
  // Solaris 11 usr/src/cmd/pwd/pwd.c: getcwd() failed (exit 2)
  "pwd.sol.getcwd": "pwd: cannot determine current directory!",
  // illumos usr/src/cmd/tty/tty.c (all on standard output)
  "tty.usage": "Usage: tty [-l] [-s]",
  "tty.notatty": "not a tty",
  "tty.nosync": "not on an active synchronous line",
  // illumos usr/src/cmd/fstyp/fstyp.c usage() (status 1) and `unknown_fstyp (%s)` with
  // lib/libfstyp fstyp_strerror(): the status is libfstyp's error number
  "fstyp.usage": "Usage: fstyp [-av] <device>",
  "fstyp.unknown": "unknown_fstyp (%s)",
  "fstyp.nomatch": "no matches",
  "fstyp.devopen": "cannot open device",
  // illumos usr/src/cmd/pgrep/pgrep.c: uu_warn() puts the program's name first; the usages
  "pgrep.warn": "%s: %s",
  "pgrep.usage": "Usage: %s [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]\n\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]",
  "pkill.usage": "Usage: %s [-signal] [-fnovx] [-P ppidlist] [-g pgrplist] [-s sidlist]\n\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]",
  "pgrep.badopt": "illegal option -- %s",
  "pgrep.badoperand": "illegal argument -- %s",
  "pgrep.newestoldest": "-n and -o are mutually exclusive",
  "pgrep.nocriteria": "No matching criteria specified",
  "pgrep.badarg": "invalid argument for option '%s' -- %s",
  "pgrep.baduser": "invalid user name -- %s",
  "pgrep.badgroup": "invalid group name -- %s",
  "pgrep.badterm": "unknown terminal name -- %s",
  "pgrep.badzone": "invalid zone name -- %s",
  "pkill.failed": "Failed to signal pid %d: %s",
  // psexp.c: regcomp(REG_EXTENDED) failed: regerror()'s text (libc regerror, REG_E*)
  "pgrep.re.badpat": "invalid regular expression",
  "pgrep.re.ectype": "invalid character class",
  "pgrep.re.eescape": "trailing backslash (\\)",
  "pgrep.re.esubreg": "invalid backreference number",
  "pgrep.re.ebrack": "brackets ([ ]) not balanced",
  "pgrep.re.eparen": "parentheses not balanced",
  "pgrep.re.ebrace": "braces not balanced",
  "pgrep.re.badbr": "invalid repetition count(s)",
  "pgrep.re.espace": "out of memory",
  "pgrep.re.badrpt": "repetition-operator operand invalid",
};
