// Messages of the Solaris process and boot tools: fuser (illumos usr/src/cmd/fuser/fuser.c),
// pfiles (usr/src/cmd/ptools/pfiles/pfiles.c of Solaris 11, libproc's Pgrab_error), reboot
// (usr/src/cmd/halt/halt.c) and init (usr/src/cmd/init/init.c): id → printf-style template.
// Each row, with its source and status, is in docs/fidelity/solaris.md ("Processes and boot").
export const solarisProcCatalog: Readonly<Record<string, string>> = {
  "fuser.sol.usage": "Usage:  fuser [-[k|s sig]un[c|f|d]] files [-[[k|s sig]un[c|f|d]] files]..",
  "fuser.sol.illegal": "Illegal option %s.",
  "fuser.sol.badsig": "Invalid signal %s",
  "fuser.sol.exclusive": "Use only one of the following options : -c, -f, -d",
  "fuser.sol.nofile": "fuser: missing file name",
  "fuser.sol.dash": "fuser: incorrect use of -",
  "fuser.sol.perror": "fuser: %s",
  "pfiles.usage": "usage:\t%s [-F] pid ...\n  (report open files of each process)\n  -F: force grabbing of the target process",
  "pfiles.cannot": "%s: cannot examine %s: %s",
  "pfiles.grab": "%s: %s: %d",
  "pfiles.rlimit": "  Current rlimit: %d file descriptors",
  "pfiles.system": "  [system process]",
  "pgrab.noproc": "no such process",
  "pgrab.zomb": "zombie process",
  "pgrab.perm": "permission denied",
  "reboot.sol.usage": "usage: %s [ -dlnq(p|fe:) ] [ boot args ]",
  "reboot.sol.perm": "%s: permission denied",
  "reboot.sol.pf": "%s: -p and -f are mutually exclusive",
  "reboot.sol.eonlyf": "%s: -e only valid with -f",
  "init.sol.usage": "Usage: init [0123456SsQqabc]",
  "init.sol.notroot": "Must be super-user",
};
