// AIX catalog entries for the common commands (engine/userland/common). Each entry is listed
// with its source and confidence in docs/fidelity/common.md. Templates take %s and %d in order.
// Most texts are the en_US message catalogs of AIX (the .msg files of AIX 4.1.3, whose texts
// real AIX 6/7 output still shows where it could be compared), a few are recalled or assumed.
export const aixCommonCatalog: Record<string, string> = {
  // libc getopt (argv[0] as typed, then the flag letter)
  "getopt.badflag": "%s: Not a recognized flag: %s",
  "getopt.needarg": "%s: A flag requires a parameter: %s",

  // ls
  "ls.usage": "Usage: ls [-1ACEFHLNRSUXabcdefgiklmnopqrstux] [File...]",
  "ls.nofile": "ls: 0653-341 The file %s does not exist.",
  "ls.noperm": "ls: 0653-345 %s: Permission denied.",
  "ls.cantread": "ls: %s: %s",
  "ls.total": "total %d",

  // cd, pwd, exit, export (ksh built-ins)
  "cd.badsubst": "ksh: cd: 0403-011 The specified substitution is not valid for this command.",
  "cd.toomany": "ksh: cd: bad argument count",
  "cd.nohome": "ksh: cd: bad directory",
  "pwd.badopt": "ksh: pwd: 0403-010 A specified flag is not valid for this command.",
  "pwd.error": "ksh: pwd: %s",
  "exit.badnum": "ksh: %s: 0403-009 The specified number is not valid for this command.",
  "export.badid": "ksh: %s: is not an identifier",

  // cat
  "cat.usage": "Usage: cat [-qrSsu] [-n[b]] [-v[et]] [-|File ...]",
  "cat.cantopen": "cat: 0652-050 Cannot open %s.",
  "cat.readerr": "cat: %s: %s",

  // grep (%s is the name it was called by)
  "grep.usage":
    "Usage: %s [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] -e pattern_list...\n\t[-f pattern_file...] [file...]\nUsage: %s [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] [-e pattern_list...]\n\t-f pattern_file... [file...]\nUsage: %s [-E|-F] [-c|-l|-q] [-insvxbhwy] [-p[parasep]] pattern_list [file...]",
  "grep.cantopen": "%s: 0652-033 Cannot open %s.",
  "grep.badpattern": "%s: 0652-035 The specified pattern is not valid.",
  "grep.stdin": "(standard input)",

  // touch
  "touch.usage": "Usage: touch [-amcf] [mmddhhmm[yy]] [-t [[CC]YY]MMDDhhmm[.SS]] \n\t\t[-r ref_file] File ...",
  "touch.badconv": "touch: 0652-045 The access or modification time format is: [mmddhhmm[yy]].",
  "touch.badtime": "touch: 0652-141 The specified time format is: [[[CC]YY]MMDDhhmm[.SS]].",
  "touch.cantcreate": "touch: 0652-046 Cannot create %s.",
  "touch.cantchange": "touch: 0652-048 Cannot change the modification time on %s.",
  "touch.staterr": "touch %s:%s",
  "touch.refstat": "%s:stat: %s",

  // rm and rmdir (the first %s is the command name)
  "rm.usage": "Usage: %s [-firRe] [--] File...",
  "rmdir.usage": "Usage: rmdir [-p] DirectoryName...",
  "rm.dot": "%s: 0653-600 Cannot remove '.' or '..'.",
  "rm.askdir": "%s: Select files in directory %s? Enter y for yes. ",
  "rm.cantread": "%s: 0653-602 Cannot read %s.",
  "rm.isdir": "%s: 0653-603 Cannot remove directory %s.",
  "rm.cantremove": "%s: 0653-609 Cannot remove %s.",
  "rm.reason": "%s",
  "rm.cwd": "%s: 0653-610 Cannot remove current directory %s.",
  "rm.notempty": "%s: 0653-611 Directory %s is not empty.",
  "rm.removeddir": "%s: Removing directory %s",
  "rm.removed": "%s: Removing %s",
  "rm.ask": "%s: Remove %s? ",
  "rm.perror": "rm: %s: %s",

  // mkdir
  "chmod.usage": "Usage: chmod [-R] [-f] [-h] {u|g|o|a ...} {+|-|=} {r|w|x|X|s|t ...} File ...\n       chmod [-R] [-f] [-h] OctalNumber File ...",
  "chmod.cannot": "chmod: %s: %s",
  "mkdir.usage": "Usage: mkdir [-p] [-m mode] Directory ...",
  "mkdir.multiple": "mkdir: 0653-355 Cannot have multiple -%s options.",
  "mkdir.noaccess": "mkdir: 0653-357 Cannot access directory %s.",
  "mkdir.cantcreate": "mkdir: 0653-358 Cannot create %s.",
  "mkdir.reason": "%s: %s",
  "mkdir.badmode":
    "0481-013 chmod: A flag or octal number is not correct.\n\tUsage: chmod [-R] [-f] [-h] {u|g|o|a ...} {+|-|=} {r|w|x|s|t ...} File ...\n\tchmod [-R] [-f] [-h] OctalNumber File ...",

  // ln
  "ln.usage": "Usage: ln [-fs] src [target]\n   or: ln [-fs] src1 ... srcN directory",
  "ln.isdir": "ln: 0653-417 %s is a directory. (cannot unlink)",
  "ln.identical": "ln: 0653-419 %s and %s are identical.",
  "ln.cantunlink": "ln: 0653-420 Cannot unlink %s.",
  "ln.exists": "ln: 0653-421 %s exists.\n    Specify -f to remove %s before linking.",
  "ln.difffs": "ln: 0653-422 %s and %s are located on different file systems.",
  "ln.srcisdir": "ln: 0653-423 %s is a directory.  Cannot hard link.",
  "ln.noperm": "ln: 0653-424 Insufficient permission for %s.",
  "ln.perror": "ln: %s: %s",
  "ln.failed": "ln: %s",

  // cp (the first %s is the command name: cp, or mv when it copies)
  "cp.usage": "Usage: %s [-fhip] [-r|-R] [--] src target\n   or: %s [-fhip] [-r|-R] [--] src1 ... srcN directory",
  "cp.randr": "%s: 0653-433 the -R and -r options are mutually exclusive.",
  "cp.same": "%s: 0653-435  %s and %s are identical (not copied).",
  "cp.isdir": "%s: 0653-436  %s is a directory.\n\tSpecify -r or -R to copy.",
  "cp.notdir": "%s: 0653-437  %s is not a directory.",
  "cp.overwrite": "overwrite %s? ",
  "cp.cantread": "%s: 0653-438 cannot read directory %s.",
  "cp.perror": "%s: %s: %s",

  // mv
  "mv.usage": "Usage: %s [-i | -f]  [--] src target\n   or: %s [-i | -f]  [--] src1 ... srcN directory",
  "mv.rename": "%s: 0653-401 Cannot rename %s to %s:\n\t     %s",
  "mv.identical": "%s: 0653-405 %s and %s are identical.",
  "mv.cantdup": "%s: 0653-404 %s: Unable to duplicate owner and mode after move.",
  "mv.cantrmsrc": "mv: 0653-406 Cannot remove source file %s",
  "mv.overwrite": "overwrite %s? ",
  "mv.perror": "%s: %s: %s",

  // head, tail, wc
  "head.usage": "Usage: head [-Count | -n Number | -c Number] [File...]",
  "head.badnum": "head: 0652-036 Specify a positive decimal number.",
  "head.perror": "%s: %s",
  "tail.usage":
    "Usage: tail [-f] [-c Number|-n Number|-m Number|-b Number|-k Number] [File]\nUsage: tail [-r] [-n Number] [File]\nUsage: tail [+|-[Number]][l|b|c|k|m][f] [File]",
  "tail.onefile": "tail: 0652-044 Can only process one file at a time.",
  "tail.exclusive": "tail: 0652-045 Options are mutually exclusive.",
  "tail.perror": "%s: %s",
  "tail.nomem": "tail: Unable to malloc memory.",

  // sleep, tee, printf, kill (/usr/bin/kill)
  "sleep.usage": "Usage: sleep Seconds",
  "sleep.badtime": "sleep: 0509-020 Specify time as a positive integer.",
  "tee.usage": "Usage: tee [-ai] [file ...]",
  "tee.cantopen": "tee: 0652-044 Cannot open %s.",
  "printf.notnum": "printf: 3016-001 Specify a number instead of %s.",
  "printf.partial": "printf: 3016-002 %s is not completely converted.",
  "printf.toolong": "printf: 3016-005 A line cannot be longer than 2048 bytes.",
  "ksh.badopt": "%s: %s: bad option(s)",
  "ksh.argexp": "%s: -c: argument expected",
  "nohup.usage": "Usage: nohup Command [ Argument... ]",
  "nohup.nocreate": "nohup: 0509-019 Cannot open or create the nohup.out file.",
  "nohup.sending": "Sending nohup output to %s.",
  "nohup.cannotrun": "nohup: %s: %s",
  "kill.usage": "Usage: kill [ -SignalNumber|-SignalName|-s [SignalName|SignalNumber]] {ProcessID}...\nUsage: kill -l [exit_status]",
  "kill.badsig": "0509-050 The specified signal number or name is not valid.",
  "kill.badstatus": "0509-051 invalid exit status value",
  "kill.noproc": "kill: %s: 0509-015 The specified process does not exist.",
  "kill.perm": "kill: %s: 0509-013 Permission denied.",
  "kill.nogroup": "kill: %s: 0509-012 Cannot kill the specified process group.",
  "wc.usage": "Usage: wc [-c | -m][-lw] [File ...]\n       wc -k [-c [-lw]] [File ...]",
  "wc.cantopen": "wc: 0653-755 Cannot open %s.",
  "wc.total": "total",

  // dd
  "dd.usage":
    "Usage: dd [if=InputFile] [of=OutputFile] [cbs=Number] [fskip=Number]\n          [skip=Number] [seek=Number] [count=Number] [bs=Number]\n          [ibs=Number] [obs=Number] [files=Number] [conv=Parameter[, ...]]",
  "dd.badarg": "dd: 0511-056 The command parameter %s is not correct.",
  "dd.perror": "dd: %s: %s",
  "dd.readfail": "dd: 0511-051 The read failed.",
  "dd.writefail": "dd: 0511-053 The write failed.",
  "dd.reason": ": %s",
  "dd.recsin": "%d+%d records in.",
  "dd.recsout": "%d+%d records out.",
  "dd.same": "dd: 0511-502 The if= and of= options cannot specify the same file.",
  "dd.zeroblock": "dd: 0511-058 Block sizes cannot be zero.",
  "dd.nomem": "dd: 0511-047 There is not enough memory available now.",

  // od
  "od.usage":
    "usage: od [-abBcCdDefFhHiIlLoOpPsvxX] [-S [n]] [-w [n]] [file] [[+]offset[.|b|B]] [[+]label[.|b|B]]\n       od [-v] [-A address_base] [-N count] [-j skip] [-t type_string] [file...]",
  "od.aopt": "-A option only accepts the following:  d, o, n, and x",
  "od.invnum": "Invalid number of bytes to interpret",
  "od.invoff": "Invalid offset",
  "od.dopt": "d may only be followed with C, S, I, L, 1, 2, or 4",
  "od.fopt": "f may only be followed with F, D, L, 4, or 8",
  "od.oopt": "o may only be followed with C, S, I, L, 1, 2, or 4",
  "od.uopt": "u may only be followed with C, S, I, L, 1, 2, or 4",
  "od.xopt": "x may only be followed with C, S, I, L, 1, 2, or 4",
  "od.perror": "%s: %s",
  "od.eof": "EOF",

  // env, hostname, uname, man, help
  "env.usage": "Usage: env [-i | -] [Name=Value]... [Command [Argument...]]\n       env [Name]",
  "env.notfound": "env: %s: %s",
  "hostname.usage": "Usage: %s [-s] [Host].",
  "hostname.setfail": "hostname: 0821-267 The sethostname system call failed.",
  "uname.usage": "Usage: uname [-snlrvmapxMLuS:T:]",
  "uname.setonly": "uname: 0551-036 The -S or -T flags cannot be used with any other flags.",
  "uname.notroot": "uname: 0551-034 Must be root to use -S or -T flag.",
  "man.usage": "Usage: man [-c|-t] [-M Path] [Section] Title ...",
  "man.noentry": "Manual entry for %s not found or not installed.",
  "help.unknown": "help: %s is not a command of this system.",

  // test and [ (ksh built-in)
  "test.argexp": "ksh: test: 0403-004 Specify a parameter with this command.",
  "test.badop": "ksh: %s: 0403-012 A test command parameter is not valid.",
  "test.bracket": "ksh: test: 0403-021 A ] character is missing.",
  "test.paren": "ksh: test: ) expected",

  // print, read, set (ksh built-ins)
  "print.badopt": "ksh: print: 0403-010 A specified flag is not valid for this command.",
  "print.nocoproc": "ksh: print: no query process",
  "print.badunit": "ksh: print: %s: bad file unit number",
  "read.badopt": "ksh: read: 0403-010 A specified flag is not valid for this command.",
  "read.nocoproc": "ksh: read: no query process",
  "read.badunit": "ksh: read: %s: bad file unit number",
  "read.badid": "ksh: %s: is not an identifier",
  "set.badopt": "ksh: %s: 0403-010 A specified flag is not valid for this command.",
  "set.noarrays": "looplab: set -A (arrays) is not in the lab's ksh",
  "set.current": "Current option settings",

  // the shell itself: arithmetic $(( )), for, break/continue/shift, let
  "sh.arith.badnum": "ksh: %s: 0403-009 The specified number is not valid for this command.",
  "sh.arith.syntax": "ksh: %s: 0403-057 Syntax error",
  "sh.arith.more": "ksh: %s: 0403-053 Expression is not complete; more tokens expected.",
  "sh.arith.divzero": "ksh: %s: divide by zero",
  "sh.arith.paren": "ksh: %s: unbalanced parenthesis",
  "sh.arith.lvalue": "ksh: %s: assignment requires lvalue",
  "sh.arith.recursion": "ksh: %s: recursion too deep",
  "sh.badid": "ksh: %s: is not an identifier",
  "sh.badnum": "ksh: %s: 0403-009 The specified number is not valid for this command.",
  "sh.let.noargs": "ksh: let: 0403-004 Specify a parameter with this command.",

  // ${…} operators, set -u, read-only variables, noclobber, the built-ins' common errors
  "sh.nullset": "ksh: %s: 0403-040 Parameter null or not set.",
  "sh.notset": "ksh: %s: 0403-041 Parameter not set.",
  "sh.paramword": "ksh: %s: %s",
  "sh.badsubst": "ksh: %s: 0403-011 The specified substitution is not valid for this command.",
  "sh.readonly": "ksh: %s: is read only",
  "sh.noclobber": "ksh: %s: file already exists",
  "sh.badopt": "ksh: %s: 0403-010 A specified flag is not valid for this command.",
  "sh.argexp": "ksh: %s: 0403-004 Specify a parameter with this command.",
  "sh.badunit": "ksh: %s: bad file unit number",
  "typeset.badid": "ksh: %s: is not an identifier",
  "trap.bad": "ksh: %s: bad trap",
  "whence.notfound": "%s not found",
  "alias.notfound": "%s alias not found",
  "unalias.notfound": "ksh: %s: alias not found",
  "ulimit.range": "ksh: ulimit: 0403-045 The specified value is outside the user's allowable range.",

  // what the lab's ksh does not simulate (status 2), and its limits
  "sh.nocoproc": "looplab: co-processes (|&) are not simulated",
  "sh.noarrays": "looplab: arrays (name[subscript]) are not in the lab's ksh",
  // jobs (ksh88 jobs.c / msg.c; see docs/fidelity/common.md)
  "sh.job.done": " Done",
  "sh.job.running": " Running",
  "sh.job.coredump": "(coredump)",
  "sh.job.stopped": "You have stopped jobs",
  "sh.job.runningjobs": "You have running jobs",
  "sh.job.nosuch": "ksh: %s: no such job",
  "sh.job.ambiguous": "ksh: %s: Ambiguous",
  "sh.job.nocontrol": "ksh: %s: No job control",
  "sh.kill.nargs": "ksh: kill: bad argument count",
  "sh.kill.badopt": "ksh: kill: bad option(s)",
  "sh.kill.noproc": "kill: %s: no such process",
  "sh.kill.nojob": "kill: %s: no such job",
  "sh.kill.usage": "ksh: %s: Arguments must be %%job or process ids",
  "sh.kill.badtrap": "bad trap",
  "sh.nonewgrp": "looplab: newgrp is not simulated",
  "sh.nofcedit": "looplab: fc: editing commands is not simulated (fc -l, history and r are)",
  "sh.fndepth": "looplab: functions nested more than %d deep (a limit of the lab)",

  // the pipeline tools: cksum, sum (AIX 4.1.3 cksum.msg, sum.msg)
  "cksum.usage": "Usage: cksum [File ...]",
  "cksum.perror": "cksum: %s: %s",
  "sum.usage": "Usage: sum [-i][-o|r] [FileName...]",
  "sum.cantopen": "sum: 0653-690 Cannot open %s.",
  "sum.readerr": "sum: 0653-691 Cannot read from %s.",
  // uniq (AIX 4.1.3 uniq.msg)
  "uniq.usage": "Usage: uniq [-c | -d | -u] [-f Fields] [-s Chars] [-Fields] [+Chars] [InFile [OutFile]]",
  "uniq.badnum": "uniq: 0653-720 Specify a numeric value for option %s.",
  "uniq.cantopen": "uniq: 0653-721 Cannot open file %s.",
  "uniq.cantcreate": "uniq: 0653-722 Cannot create file %s.",
  "uniq.toomany": "uniq: 0653-723 Too many File operands.",
  "uniq.nontext": "uniq: 0653-724 %s is not a text file.",
  "uniq.same": "uniq: 0653-725 Input and output files can not be the same.",
  "uniq.range": "uniq: 0653-726 Number is out of range for option %s.  The range of the number parameter is from 0 to 2048.",
  // cut (AIX 4.1.3 cut.msg)
  "cut.usage": "Usage: cut -b List [-n] [File...]\n   or: cut -c List [File...]\n   or: cut -f List [-d Character] [-s] [File...]",
  "cut.cantopen": "cut: 0653-132 Cannot open %s.",
  "cut.badlist": "cut: 0653-135 The list arguments following the %s option are not correct.",
  "cut.maxargs": "cut: 0653-136 Too many list arguments for the %s option.",
  // sort (AIX 4.1.3 sort.msg; sort.c prefixes "sort: " except to 0653-652, and diag() adds a
  // blank line after the texts that end in their own new line)
  "sort.usage": "Usage:   sort\t[-Abcdfimnru] [-T Directory] [-t Character] [-o File]\n\t\t[-y[Kilobytes]] [-z Recordsize] [-k Keydefinition]...\n\t\t[[+Position1][-Position2]]... [File]...",
  "sort.path": "sort: 0653-646 The path name is too long: %s",
  "sort.keys": "sort: 0653-647 Cannot use more than 10 sort keys.\n",
  "sort.checkone": "sort: 0653-648 Specify only one input file when using the -c flag.\n",
  "sort.nomem": "sort: 0653-649 There is not enough memory available to perform the sort.\n",
  "sort.nomerge": "sort: 0653-651 There is not enough memory available to perform the merge.\n",
  "sort.toolong": "0653-652 A line of the input file contains more than %d characters.",
  "sort.cantcreate": "sort: 0653-654 Cannot create %s",
  "sort.cantopen": "sort: 0653-655 Cannot open %s",
  "sort.readerr": "sort: 0653-656 The read system call failed. Cannot read from %s",
  "sort.stdin": "standard input",
  "sort.disorder": "sort: This line is out of order: %s",
  "sort.notunique": "sort: Duplicate line: %s",
  "sort.newline": "sort: Warning: A newline character was added to the end of the input.",
  "sort.newlinefile": "sort: Warning: A newline character was added to the end of file %s.",
  // tr (AIX 4.1.3 tr.msg)
  "tr.usage": "Usage: tr [ -c | -cds | -cs | -ds | -s ] [-A] String1 String2\n       tr { -cd | -cs | -d | -s } [-A] String1",
  "tr.badstr": "tr: 0653-710 The string within the [ and ] characters is not correct.",
  "tr.combination": "tr: 0653-712 The combination of options and String parameters is not legal.",
  "tr.eqv2": "tr: 0653-713 String2 contains an equivalence class.",
  "tr.rep1": "tr: 0653-714 String1 contains a character repetition.",
  "tr.class2": "tr: 0653-715 String2 contains an invalid character class.",
  "tr.order": "tr: 0653-716 Character range endpoints out of order.",
  "tr.nospace": "tr: 0653-717 There is not enough storage available.",
  // xargs (AIX 4.1.3 xargs.msg; ermsg() puts "xargs: " before each)
  "xargs.count": "xargs: 0402-051 Specify a positive integer after the -%s option.",
  "xargs.size": "xargs: 0402-052 -s value not within system limits; %s is not valid.",
  "xargs.notty": "xargs: 0402-054 Cannot find or open /dev/tty for prompting.",
  "xargs.badflag": "xargs: The -%s flag is not valid.\nUsage: xargs [-p][-t] [-e[EndOfFileString]] [-E EndOfFileString]\n       [-I ReplacementString] [-i[ReplacementString]] [-L Number]\n       [-l[Number]] [-n Number [-x]] [-s Size] [Command [Argument ...]]",
  "xargs.inserts": "xargs: 0402-056 Cannot replace more than 5 instances of %s.",
  "xargs.noexec": "xargs: 0402-057 The %s command was not found or could not be run.",
  "xargs.toolong": "xargs: 0402-058 A command line size exceeds the specified system limit.",
  "xargs.single": "xargs: 0402-059 The size of a single parameter exceeded the command line limit.",
  "xargs.quote": "xargs: 0402-060 An end quote is missing from the string: %s.",
  "xargs.insertsize": "xargs: 0402-061 A parameter constructed by replacing %s exceeded 255 bytes.",
  "xargs.question": "?...",
  "xargs.missarg": "xargs: 0402-083 The option -%s requires an argument.\nUsage: xargs [-p][-t] [-e[EndOfFileString]] [-E EndOfFileString]\n       [-I ReplacementString] [-i[ReplacementString]] [-L Number]\n       [-l[Number]] [-n Number [-x]] [-s Size] [Command [Argument ...]]",
  "xargs.exec": "xargs: %s: %s",
  // which (AIX 4.1.3 which.csh and which.msg; printed by dspmsg on standard output)
  "which.usage": "Usage: which CommandName...",
  "which.notfound": "which: 0652-140 Cannot find %s.",
  "which.nopath": "which: 0652-141 There is no %s in %s.",
};
