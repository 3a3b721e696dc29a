// The Solaris texts of the common commands' messages: the same ids as engine/os/aix/catalog-common.ts.
// Where the Solaris 11.1 wording is known (libc getopt, the file and stream commands from their
// illumos sources, bash's own lines:
// catalog-bashcommon.ts) it is here; every other id keeps the AIX text for now, with
// the shell's name made bash's (ksh: → bash:). Each row, with its source and status (the kept AIX
// texts are "assumed"), is in docs/fidelity/solaris.md ("The machine"). An empty text prints
// nothing: where AIX says in two messages what Solaris says in one, the second is empty here, and
// a line AIX prints that Solaris does not is empty too. `<program>.errno.<ERRNO>` ids are a
// program's own words for an errno (rmdir's "Directory does not exist"; msg.ts reasonFor). What
// differs in more than words (statuses, option letters, standard output) is in formats.ts.
// The text tools' (grep sed awk find sort xargs file more pg uniq cut tr printf man) are in
// catalog-texttools.ts, their rules beyond the texts in tools.ts.
import { aixCommonCatalog } from "../aix/catalog-common.js";
import { solarisTextToolTexts } from "./catalog-texttools.js";
import { bashTexts } from "./catalog-bashcommon.js";

/** the texts known for Solaris 11.1 (illumos sources, bash 4.1) */
export const solarisOwnCommonTexts: Readonly<Record<string, string>> = {
  // the text tools: grep sed awk find sort xargs file more pg uniq cut tr printf print man
  // (catalog-texttools.ts)
  ...solarisTextToolTexts,
  // libc getopt (illumos lib/libc/port/gen/getopt.c): argv[0] as typed
  "getopt.badflag": "%s: illegal option -- %s",
  "getopt.needarg": "%s: option requires an argument -- %s",
  // ls (illumos usr/src/cmd/ls/ls.c: perror(file) for an operand it cannot stat or open)
  "ls.usage": "usage: ls -aAbBcCdeEfFghHiklLmnopqrRsStuUwxvV1@/[c | v]%%[atime | crtime | ctime | mtime | all] [files]",
  "ls.nofile": "%s: %s",
  "ls.noperm": "%s: %s",
  "ls.cantread": "ls: error reading directory %s: %s",
  // cat (illumos usr/src/cmd/cat/cat.c)
  "cat.cantopen": "cat: cannot open %s: %s",
  // mkdir (illumos usr/src/cmd/mkdir/mkdir.c): one line with the reason
  "mkdir.cantcreate": 'mkdir: Failed to make directory "%s"; %s',
  "mkdir.reason": "",
  // bash 4.1's lines for the shell and its built-ins (catalog-bashcommon.ts); the file and stream
  // commands' texts below win where both have one (kill: /usr/bin/kill is ksh93's; pwd.error)
  ...bashTexts,

  // ---- the file and stream commands (helper soltextf); rows in docs/fidelity/solaris.md ----
  // ls (illumos usr/src/cmd/ls/ls.c: "total %llu")
  "ls.total": "total %d",
  // rm (illumos usr/src/cmd/rm/rm.c, the 2009 openat rewrite that Solaris 11 has); its questions
  // end with the C locale's yes/no strings (getresponse.c: YESSTR "yes", NOSTR "no")
  "rm.usage": "usage: rm [-fiRr] file ...",
  "rm.dot": "rm of %2$s is not allowed",
  "rm.askdir": "rm: examine files in directory %2$s (yes/no)? ",
  "rm.cantread": "rm: cannot read directory %2$s: %3$s",
  "rm.isdir": "rm: %2$s is a directory",
  "rm.cantremove": "%s: %s not removed: %s",
  "rm.cantremovedir": "%s: Unable to remove directory %s: %s",
  "rm.reason": "",
  "rm.cwd": "%s: Cannot remove any directory in the path of the current working directory\n%s",
  "rm.notempty": "%s: Unable to remove directory %s: %s",
  "rm.errno.EEXIST": "Directory not empty",
  "rm.removeddir": "",
  "rm.removed": "",
  "rm.ask": "rm: remove %2$s (yes/no)? ",
  "rm.override": "rm: %4$s: override protection %5$s (yes/no)? ",
  "rm.perror": "rm: %s: %s",
  // rmdir (illumos usr/src/cmd/rmdir/rmdir.c: its own words for the errnos; -p through rmdirp)
  "rmdir.usage": "Usage: %s [-ps] dirname ...",
  "rmdir.notempty": '%s: directory "%s": %s',
  "rmdir.cwd": '%s: directory "%s": %4$s',
  "rmdir.cantremove": '%s: directory "%s": %s',
  "rmdir.reason": "",
  "rmdir.pleft": '%s: directory "%s": %s not removed; %s',
  "rmdir.errno.EEXIST": "Directory not empty",
  "rmdir.errno.ENOTEMPTY": "Directory not empty",
  "rmdir.errno.ENOTDIR": "Path component not a directory",
  "rmdir.errno.ENOENT": "Directory does not exist",
  "rmdir.errno.EACCES": "Search or write permission needed",
  "rmdir.errno.EBUSY": "Directory is a mount point or in use",
  "rmdir.errno.EROFS": "Read-only file system",
  "rmdir.errno.EIO": "I/O error accessing file system",
  "rmdir.errno.EINVAL": "Can't remove current directory or ..",
  // mkdir (illumos usr/src/cmd/mkdir/mkdir.c: errmsg() puts "mkdir: " first; MSGUSAGE, MSGFAILED,
  // MSGEXISTS, MSGFMT1; a bad -m mode is chmod's common.c newmode: "invalid mode", exit 5)
  "mkdir.usage": "mkdir: usage: mkdir [-m mode] [-p] dirname ...",
  "mkdir.multiple": "",
  "mkdir.noaccess": 'mkdir: Failed to make directory "%2$s"; %3$s',
  "mkdir.notdir": 'mkdir: "%s": Exists but is not a directory',
  "mkdir.pcantcreate": 'mkdir: "%3$s": %2$s',
  "mkdir.badmode": "mkdir: invalid mode",
  // chmod (illumos usr/src/cmd/chmod/chmod.c: errmsg() "chmod: WARNING: " / "chmod: ERROR: ";
  // usage() with the 11.1 attribute lists of libc's xattr table)
  "chmod.usage": "usage:\tchmod [-fR] <absolute-mode> file ...\n\tchmod [-fR] [-@ attribute] ... S<attribute-operation> file ...\n\tchmod [-fR] <ACL-operation> file ...\n\tchmod [-fR] <symbolic-mode-list> file ...\n\nwhere \t<symbolic-mode-list> is a comma-separated list of\n\t[ugoa]{+|-|=}[rwxXlstugo]\n\nwhere \t<attribute-operation> is a comma-separated list of\n\tone or more of the following\n\t[+|-|=]c[<compact-attribute-list>|{<compact-attribute-list>}]\n\t[+|-|=]v[<verbose-attribute-setting>|'{'<verbose-attribute-setting-list>'}']\n\t[+|-|=]a\nwhere \t<compact-attribute-list> is a list of zero or more of\n\t[A|H|R|S|a|d|i|m|q|u]\nwhere \t<verbose-attribute-setting> is one of\n\t[archive|hidden|readonly|system|appendonly|nodump|immutable|av_modified|av_quarantined|nounlink]\n\tand can be, optionally, immediately preceded by \"no\"\n\nwhere \t<ACL-operation> is one of the following\n\tA-<acl_specification>\n\tA[number]-\n\tA[number]{+|=}<acl_specification>\nwhere \t<acl-specification> is a comma-separated list of ACEs",
  "chmod.cannot": "chmod: WARNING: can't access %s",
  "chmod.cantchange": "chmod: WARNING: can't change %s",
  "chmod.badmode": "chmod: ERROR: invalid mode",
  // chown, chgrp (illumos usr/src/cmd/chown/chown.c, chgrp/chgrp.c with -s for SIDs; Perror:
  // "chown: " then perror(file))
  "chown.usage": "usage:\n\tchown [-fhR] owner[:group] file...\n\tchown -R [-f] [-H|-L|-P] owner[:group] file...\n\tchown -s [-fhR] ownersid[:groupsid] file...\n\tchown -s -R [-f] [-H|-L|-P] ownersid[:groupsid] file...",
  "chown.baduser": "chown: unknown user id %s",
  "chown.badgroup": "chown: unknown group id %s",
  "chown.error": "chown: %s: %s",
  "chgrp.usage": "usage:\n\tchgrp [-fhR] group file ...\n\tchgrp -R [-f] [-H|-L|-P] group file ...\n\tchgrp -s [-fhR] groupsid file ...\n\tchgrp -s -R [-f] [-H|-L|-P] groupsid file ...",
  "chgrp.badgroup": "chgrp: unknown group: %2$s",
  "chgrp.error": "chgrp: %s: %s",
  // ln, cp, mv: one program (illumos usr/src/cmd/mv/mv.c as of 2010-2012, before cp -a)
  "ln.usage": "Usage: ln [-f] [-n] [-s] f1 [f2]\n       ln [-f] [-n] [-s] f1 ... fn d1\n       ln [-f] [-n] -s d1 d2",
  "ln.insufficient": "%s: Insufficient arguments (%d)",
  "ln.notfound": "%s: %s not found",
  "ln.targetnotdir": "%s: Target %s must be a directory",
  "ln.isdir": "ln: %s: File exists",
  "ln.identical": "ln: %s and %s are identical",
  "ln.cantunlink": "ln: cannot unlink %s: %s",
  "ln.exists": "ln: %s: File exists",
  "ln.difffs": "ln: %2$s is on a different file system",
  "ln.srcisdir": "ln: %s is a directory",
  "ln.noperm": "ln: cannot create link %s: %s",
  "ln.perror": "ln: cannot access %s",
  "ln.failed": "ln: cannot create link %2$s: %1$s",
  "cp.usage": "Usage: cp [-f] [-i] [-p] [-@] [-/] f1 f2\n       cp [-f] [-i] [-p] [-@] [-/] f1 ... fn d1\n       cp [-r|-R [-H|-L|-P]] [-f] [-i] [-p] [-@] [-/] d1 ... dn-1 dn",
  "cp.insufficient": "%s: Insufficient arguments (%d)",
  "cp.notfound": "%s: %s not found",
  "cp.targetnotdir": "%s: Target %s must be a directory",
  "cp.randr": "",
  "cp.same": "%1$s: %3$s and %2$s are identical",
  "cp.isdir": "%s: %s: is a directory",
  "cp.notdir": "%s: %s: not a directory.",
  "cp.overwrite": "%2$s: overwrite %1$s (yes/no)? ",
  "cp.cantread": "%s: %s: %s",
  "cp.perror": "%s: %s: %s",
  "cp.cantaccess": "%s: cannot access %s",
  "cp.cantopen": "%s: cannot open %s: %s",
  "cp.cantcreate": "%s: cannot create %s: %s",
  "mv.usage": "Usage: mv [-f] [-i] f1 f2\n       mv [-f] [-i] f1 ... fn d1\n       mv [-f] [-i] d1 d2",
  "mv.insufficient": "%s: Insufficient arguments (%d)",
  "mv.notfound": "%s: %s not found",
  "mv.targetnotdir": "%s: Target %s must be a directory",
  "mv.cantaccess": "%s: cannot access %s",
  "mv.rename": "%s: cannot rename %s to %s: %s",
  "mv.identical": "%s: %s and %s are identical",
  "mv.cantdup": "",
  "mv.cantrmsrc": "mv: cannot unlink %s: %s",
  "mv.overwrite": "%2$s: overwrite %1$s (yes/no)? ",
  "mv.perror": "%s: %s: %s",
  // touch (illumos usr/src/cmd/touch/touch.c, 2009, with -d; myname is argv[0]'s last component)
  "touch.usage": "usage: %1$s [-acm] [-r ref_file] file...\n       %1$s [-acm] [-t [[CC]YY]MMDDhhmm[.SS]] file...\n       %1$s [-acm] [-d YYYY-MM-DDThh:mm:SS[.frac][Z]] file...\n       %1$s [-acm] [-d YYYY-MM-DDThh:mm:SS[,frac][Z]] file...\n       %1$s [-acm] [MMDDhhmm[yy]] file...",
  "touch.badconv": "touch: bad time specification",
  "touch.badtime": "touch: bad time specification",
  "touch.cantcreate": "touch: cannot create %s: %s",
  "touch.cantchange": "touch: cannot change times on %s: %s",
  "touch.staterr": "touch: cannot stat %s: %s",
  "touch.refstat": "touch: %s: %s",
  // cat (illumos usr/src/cmd/cat/cat.c)
  "cat.usage": "usage: cat [ -usvtebn ] [-|file] ...",
  "cat.readerr": "cat: input error on %s: %s",
  // head (the Sun head.c of 2004: -n and -# only; the usage on standard output, exit 1)
  "head.usage": "usage: head [-n #] [-#] [filename...]",
  "head.badnum": "%s: Badly formed number",
  "head.badcount": '%s: Invalid "-%s %s" option',
  "head.badflag": "%s: illegal option -- %s",
  "head.perror": "%s: %s",
  // tail (the Sun tail.c, /usr/bin/tail not XPG4: one file, options in one word)
  "tail.usage": "usage: tail [+/-[n][lbc][f]] [file]\n       tail [+/-[n][l][r|f]] [file]",
  "tail.onefile": "",
  "tail.exclusive": "",
  "tail.cantopen": "tail: cannot open input",
  "tail.perror": "tail: %s: %s",
  "tail.nomem": "Insufficient memory, output may be shortened",
  // wc (illumos usr/src/cmd/wc/wc.c)
  "wc.usage": "usage: wc [-c | -m | -C] [-lw] [file ...]",
  "wc.cantopen": "wc: cannot open %s",
  "wc.cantread": "wc: cannot read %s: %s",
  "wc.total": "total",
  // du (illumos usr/src/cmd/du/du.c, /usr/bin/du: errors only with -r)
  "du.usage": "usage: du [-dorx] [-a|-s] [-h|-k|-m] [-H|-L] [file...]",
  "du.error": "du: %s: %s",
  // tee (illumos usr/src/cmd/tee/tee.c)
  "tee.usage": "usage: tee [-ai] [file...]",
  "tee.cantopen": "tee: %s: %s",
  // pwd: bash 4.1's built-in (builtins/pwd.def; sh_invalidopt and builtin_usage)
  "pwd.badopt": "bash: pwd: %s: invalid option\npwd: usage: pwd [-LP]",
  "pwd.error": "bash: pwd: getcwd: cannot access parent directories: %s",
  // which (illumos usr/src/cmd/which/which.csh: echo on standard output, no usage)
  "which.usage": "",
  "which.notfound": "%s not found",
  "which.nopath": "no %s in %s",
  // date (illumos usr/src/cmd/date/date.c; the arguments in engine/os/solaris/dateformat.ts)
  "date.usage": "usage:\tdate [-u] mmddHHMM[[cc]yy][.SS]\n\tdate [-u] [+format]\n\tdate -a [-]sss[.fff]",
  "date.baddate": "date: bad conversion",
  "date.badadjust": "date: invalid argument -- %s",
  "date.cantset": "date: %s\nusage:\tdate [-u] mmddHHMM[[cc]yy][.SS]\n\tdate [-u] [+format]\n\tdate -a [-]sss[.fff]",
  // hostname (illumos usr/src/cmd/hostname/hostname.c: opterr = 0, basename(argv[0]))
  "hostname.usage": "usage: %2$s [system_name]",
  "hostname.badflag": "",
  "hostname.setfail": "%s: error in setting name: %s",
  // uname: the machine's own uname (engine/userland/solaris/uname.ts) replaces the common one; its
  // ids keep the Solaris program's words
  "uname.usage": "usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]",
  "uname.setonly": "usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]",
  "uname.notroot": "uname: error in setting name: Not owner",
  // sleep: Solaris 11's /usr/bin/sleep is ksh93's (sleep(1) of 2011: interval[d|h|m|s]...)
  "sleep.usage": "sleep: one operand expected",
  "sleep.badtime": "sleep: %s: bad number",
  // nohup (illumos usr/src/cmd/nohup/nohup.c, /usr/bin/nohup with -p and -g; NOHUP_ERROR 127)
  "nohup.usage": "usage:\n\tnohup command [argument ...]\n\tnohup -p [-Fa] pid [pid ...]\n\tnohup -g [-Fa] pgid [pgid ...]",
  "nohup.nocreate": "nohup: cannot open/create nohup.out: %s",
  "nohup.sending": "Sending output to %s",
  "nohup.cannotrun": "nohup: %s: %s",
  // env (illumos usr/src/cmd/env/env.c: perror(argv[0]) when the utility cannot be run)
  "env.usage": "Usage: env [-i] [name=value ...] [utility [argument ...]]\n       env [-] [name=value ...] [utility [argument ...]]",
  "env.notfound": "env: %2$s",
  // kill: /usr/bin/kill runs ksh93's kill built-in on Solaris 11
  "kill.usage": "kill: usage: kill [-s signame | -n signum | -signame] pid ...\n       kill -l [signal ...]",
  "kill.badsig": "kill: %s: bad signal",
  "kill.badstatus": "kill: %s: bad signal",
  "kill.noproc": "kill: %s: no such process",
  "kill.perm": "kill: %s: permission denied",
  "kill.nogroup": "kill: %s: no such process",
  // test and [: bash 4.1's built-in, in catalog-bashcommon.ts (the name, test or [, comes last)
  // sum, cksum (illumos usr/src/cmd/sum/sum.c, cksum/cksum.c)
  "sum.usage": "usage: sum [-r] [file...]",
  "sum.cantopen": "sum: %s %s",
  "sum.readerr": "sum: read error on %s",
  "cksum.usage": "Usage: cksum [file ...]",
  "cksum.perror": 'cksum: input file "%s": %s',
  "cksum.line": "%s\t%s\t%s",
  "cksum.stdin": "%s\t%s",
  // dd (illumos usr/src/cmd/dd/dd.c: no usage after a bad operand; perror("read"), "write")
  "dd.usage": "",
  "dd.badarg": 'dd: bad argument: "%s"',
  "dd.perror": "dd: %s: open: %s",
  "dd.readfail": "read: %s",
  "dd.writefail": "write: %s",
  "dd.reason": "",
  "dd.recsin": "%d+%d records in",
  "dd.recsout": "%d+%d records out",
  "dd.zeroblock": "dd: buffer sizes cannot be zero",
  "dd.nomem": "dd: not enough memory",
  // od: Solaris 11.1's od is closed source; these are the illumos od's (usr/src/cmd/od/od.c, 2010)
  "od.usage": "usage: od [-bcCdDfFoOsSvxX] [-t types ]... [-A base] [-j skip] [-N count] [file]...",
  "od.aopt": "od: invalid address base, must be o, d, x, or n",
  "od.invnum": "od: invalid byte count '%s' specified",
  "od.invoff": "od: invalid offset string specified",
  "od.dopt": "od: unrecognized type string character: %s",
  "od.fopt": "od: unrecognized type string character: %s",
  "od.oopt": "od: unrecognized type string character: %s",
  "od.uopt": "od: unrecognized type string character: %s",
  "od.xopt": "od: unrecognized type string character: %s",
  "od.perror": "od: %s: %s",
};

/** an AIX text as the Solaris machine keeps it until its own wording is researched: the shell's
 *  name is bash's */
export const keptAixText = (text: string): string => text.replace(/^ksh: /, "bash: ");

export const solarisCommonCatalog: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(aixCommonCatalog).map(([id, text]) => [id, keptAixText(text)])),
  ...solarisOwnCommonTexts,
};
