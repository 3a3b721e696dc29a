// The Solaris 11.1 texts of the text tools in root's PATH (/usr/bin, /usr/sbin): Solaris's own
// programs, not /usr/gnu/bin's, from the Oracle 2010 code illumos started from (usr/src/cmd/<cmd>)
// and the SVR4 sources Solaris kept. Spread into solarisOwnCommonTexts (catalog-common.ts); each
// row, with its source and status, is in docs/fidelity/solaris.md ("The text tools' texts on
// Solaris"). What these programs do beyond their words (statuses, option letters, a usage after a
// message) is in tools.ts. An empty text prints nothing: a message AIX has and Solaris does not.

/** xargs.c USAGEMSG, printed through ermsg() ("xargs: " first) */
const XARGS_USAGE =
  "xargs: Usage: xargs: [-t] [-p] [-e[eofstr]] [-E eofstr] [-I replstr] [-i[replstr]] [-L #] [-l[#]] [-n # [-x]] [-s size] [cmd [args ...]]";

export const solarisTextToolTexts: Readonly<Record<string, string>> = {
  // grep (/usr/bin/grep: usr/src/cmd/grep/grep.c, the regexpr grep): errmsg() texts; the RE error
  // number and words come from tools.ts (regerr's table)
  "grep.usage": "Usage: grep [-c|-l|-q] -bhinsvw pattern file . . .",
  "grep.cantopen": "grep: can't open %2$s",
  "grep.badpattern": "grep: RE error %2$s: %3$s",
  "grep.stdin": "<stdin>",

  // sed (/usr/bin/sed: the System V sed0.c/sed1.c; comperr() puts "sed: " before the message and
  // the script line after it)
  "sed.usage": "Usage:\tsed [-n] script [file...]\n\tsed [-n] [-e script]...[-f script_file]...[file...]",
  "sed.noaddr": "sed: No addresses allowed: %s",
  "sed.oneaddr": "sed: Only one address allowed: %s",
  "sed.append": "sed: Too many appends after line %d",
  "sed.notfunc": "sed: Unrecognized command: %s",
  "sed.cantparse": "sed: command garbled: %s",
  "sed.create": "sed: Cannot create %s",
  "sed.duplabel": "sed: Duplicate labels: %s",
  "sed.wfiles": "sed: Too many files in w commands",
  "sed.wopen": "sed: cannot open %s",
  "sed.firstre": "sed: First RE may not be null",
  "sed.leftbrace": "sed: Too many {'s",
  "sed.longlabel": "sed: Label too long: %s\n",
  "sed.nomem": "sed: out of memory",
  "sed.cantopen": "sed: Can't open %s",
  "sed.patfile": "sed: Cannot open pattern-file: %s",
  "sed.reads": "sed: Too many reads after line %d",
  "sed.rightbrace": "sed: Too many }'s",
  "sed.undeflabel": "sed: Undefined label: %s",
  "sed.noscript": "",

  // awk: /usr/bin/awk is oawk (usr/src/cmd/oawk: yyerror "awk: %s near line %lld", error()
  // "awk: " and, once a record is read, " record number %g"); oawk has no functions, no context
  // lines and no source line numbers
  "awk.usage": "awk: Usage: awk [-Fc] [-f source | 'cmds'] [files]",
  "awk.syntax": "awk: syntax error near line %d",
  "awk.overflow": "awk: yacc stack overflow near line %d",
  "awk.context": "",
  "awk.bail": "awk: bailing out near line %d",
  "awk.illstmt": "awk: illegal statement near line %d",
  "awk.funcredef": "awk: syntax error near line %2$d",
  "awk.retnotfn": "awk: syntax error near line %d",
  "awk.renl": "awk: newline in regular expression near line %2$d",
  "awk.strnl": "awk: newline in string near line %2$d",
  "awk.missing": "",
  "awk.missingn": "",
  "awk.extra": "",
  "awk.extran": "",
  "awk.open": "awk: can't open %s",
  "awk.edom": "",
  "awk.erange": "",
  "awk.illjump": "awk: unexpected break, continue or next",
  "awk.undeffn": "awk: calling undefined function %s",
  "awk.fndeep": "awk: function %s nested too deeply",
  "awk.fnargs": "awk: function %s called with %d args, uses only %d",
  "awk.nomem": "awk: out of space",
  "awk.badfield": "awk: trying to access field %s",
  "awk.fewargs": "awk: not enough arguments in printf(%1$s) or sprintf(%1$s)",
  "awk.divzero": "awk: division by zero",
  "awk.modzero": "awk: division by zero",
  "awk.divzeroeq": "awk: division by zero",
  "awk.modzeroeq": "awk: division by zero",
  "awk.outopen": "awk: can't open file %s",
  "awk.nullname": "awk: can't open file ",
  "awk.badre": "awk: syntax error in regular expression %s",
  "awk.arrassign": "awk: can't assign to %s; it's an array name.",
  "awk.arrscalar": "awk: can't use array %s in scalar context",
  "awk.syserr": "awk: %s",
  "awk.recno": " record number %2$d",
  "awk.recfile": "",
  "awk.srcline": "",

  // find (usr/src/cmd/find/find.c, Oracle 2010): cmdname is argv[0]; a bad option, a trailing
  // word and -perm are followed by usage() (exit 1); -exec's child exits 1 without a word
  "find.usage": "%s: [-H | -L] path-list predicate-list",
  "find.noargs": "%s: insufficient number of arguments",
  "find.conj": "%2$s: bad option %1$s",
  "find.badstart": "find: cannot open %s: %s",
  "find.cantopen": "find: cannot open %s: %s",
  "find.nouser": "%2$s: cannot find %1$s name",
  "find.nogroup": "%2$s: cannot find %1$s name",
  "find.noaccess": "%2$s: cannot access %1$s",
  "find.badnode": "",
  "find.badoption": "%2$s: bad option %1$s",
  "find.incomplete": "%2$s: incomplete statement",
  "find.badstat": "find: stat() error %s: %s",
  "find.nostat": "find: stat() error %s: %s",
  "find.okprompt": "< %s ... %s >?   ",
  "find.nocd": "find: cannot read dir %4$s: %3$s",
  "find.nocdroot": "find: cannot read dir %4$s: %3$s",
  "find.cantexec": "",
  "find.badperm": "find: -perm: Bad permission string",
  "find.badnum": "",

  // sort (usr/src/cmd/sort/common: utility.h EMSG_*, die()/warn() with "sort: " and the errno
  // text unless the format ends in a newline; check.c; initialize.c names standard input STDIN)
  "sort.usage": "usage: sort [-cmu] [-o output] [-T directory] [-S mem] [-z recsz]\n\t[-dfiMnr] [-b] [-t char] [-k keydef] [+pos1 [-pos2]] files...",
  "sort.path": "sort: can't open %s: File name too long",
  "sort.checkone": "sort: check option (-c) only for use with a single file",
  "sort.nomem": "sort: insufficient memory; use -S option to increase allocation",
  "sort.nomerge": "sort: insufficient memory; use -S option to increase allocation",
  "sort.cantcreate": "sort: can't open %s: %s",
  "sort.cantopen": "sort: can't stat %s: %s",
  "sort.readerr": "sort: can't read %s",
  "sort.stdin": "STDIN",
  "sort.writeerr": "sort: can't write STDOUT",
  "sort.writemerge": "sort: can't write STDOUT",
  "sort.disorder": "sort: disorder: %s",
  "sort.notunique": "sort: non-unique: %s",
  "sort.newline": "sort: missing NEWLINE added at end of input file %s",
  "sort.newlinefile": "sort: missing NEWLINE added at end of input file %s",

  // xargs (usr/src/cmd/xargs/xargs.c, Sun 2008): ermsg() ("xargs: "), then the usage and exit 2
  // after an option it refuses; PERR() for a command it cannot run
  "xargs.count": "xargs: #args must be positive int: %2$s\n" + XARGS_USAGE,
  "xargs.size": "xargs: 0 < max-cmd-line-size <= 2048: %s\n" + XARGS_USAGE,
  "xargs.notty": "xargs: can't read from tty for -p",
  "xargs.badflag": "xargs: illegal option -- %s\n" + XARGS_USAGE,
  "xargs.inserts": "xargs: too many args with %s",
  "xargs.noexec": "xargs: Command could not continue processing data",
  "xargs.toolong": "xargs: Argument list too long",
  "xargs.single": "xargs: A single argument was greater than 2048 bytes",
  "xargs.quote": "xargs: Missing quote",
  "xargs.insertsize": "xargs: Maximum argument size with insertion via %s's exceeded",
  "xargs.question": "?...",
  "xargs.missarg": "xargs: option requires an argument -- %s\n" + XARGS_USAGE,
  "xargs.exec": "xargs: Could not exec command: %2$s",

  // file (usr/src/cmd/file/file.c, Sun 2006): the type after "name:\t"; what cannot be
  // examined is said on standard output with the errno text
  "file.usage":
    "usage: file [-dh] [-M mfile] [-m mfile] [-f ffile] file ...\n       file [-dh] [-M mfile] [-m mfile] -f ffile\n       file -i [-h] [-f ffile] file ...\n       file -i [-h] -f ffile\n       file -c [-d] [-M mfile] [-m mfile]",
  "file.cantopen": "cannot open %s",
  "file.nostat": "cannot open: %s",
  "file.link": "readlink error: %s",
  "file.linkto": "symbolic link to %s",
  "file.char": "character special (%d/%d)",
  "file.dir": "directory",
  "file.fifo": "fifo",
  "file.block": "block special (%d/%d)",
  "file.noread": "cannot open: %s",
  "file.empty": "empty file",
  "file.sccs": "sccs ",
  "file.data": "data",
  "file.cprog": "c program text",
  "file.fortran": "fortran program text",
  "file.asm": "assembler program text",
  "file.troffin": "[nt]roff, tbl, or eqn input text",
  "file.troffout": "troff output",
  "file.intl": "data",
  "file.commands": "commands text",
  "file.english": "English text",
  "file.ascii": "ascii text",
  "file.garbage": " with garbage",
  "file.nomagic": "file: cannot open magic file <%s>.",
  "file.regular": "regular file",
  "file.xcoff": "ELF 32-bit LSB executable 80386 Version 1 [FPU], dynamically linked, stripped",

  // more (usr/src/cmd/more/more.c, the Berkeley more, Oracle 2010): perror(file) for a file it
  // cannot stat, a directory on standard output, the prompt's additions under -d
  "more.usage": "Usage: %s [-cdflrsuw] [-lines] [+linenumber] [+/pattern] [filename ...].",
  "more.noterm": "",
  "more.isdir": "\n*** %s: directory ***\n",
  "more.cantopen": "%s: %s",
  "more.nextfile": "--More--(Next file: %s)",
  "more.help": "[Hit space to continue, Del to abort]",
  "more.presshelp": "[Press 'h' for instructions.]",
  "more.skip": "...skipping",
  "more.notfound": "Pattern not found",
  "more.noprevre": "No previous regular expression",
  "more.badpattern": "Regular expression botch",

  // pg (usr/src/cmd/pg/pg.c, Oracle 2010)
  "pg.usage": "Usage: pg [-number] [-p string] [-cefnrs] [+line] [+/pattern/] files",
  "pg.isdir": "pg: %s is a directory",
  "pg.perror": "%s: %s",
  "pg.eof": "(EOF)",
  "pg.nextfile": "(Next file: %s)",
  "pg.skipfw": "...skipping forward",
  "pg.noprev": "No previous file",
  "pg.nonext": "No next file",

  // uniq (usr/src/cmd/uniq/uniq.c, Sun 2004): printe() has no "uniq: "; usage() is two lines
  "uniq.usage": "Usage:\tuniq [-c|-d|-u][-f fields][-s char] [input_file [output_file]]\nOr:\tuniq [-c|-d|-u][-n][+m] [input_file [output_file]]",
  "uniq.badnum": "uniq %s: bad fields value: %s",
  "uniq.cantopen": "cannot open %s",
  "uniq.cantcreate": "cannot create %s",
  "uniq.toomany": "",
  "uniq.nontext": "",
  "uniq.same": "",
  "uniq.range": "uniq -%s: bad fields value: %s",
  "uniq.exclusive": "Mutually exclusive options were given!",

  // cut (usr/src/cmd/cut/cut.c, Sun 2006): diag() "cut: " and exit 2; usage() exit 2
  "cut.usage": "usage: cut -b list [-n] [filename ...]\n       cut -c list [filename ...]\n       cut -f list [-d delim] [-s] [filename]",
  "cut.cantopen": "cut: cannot open %s",
  "cut.badlist": "cut: invalid character in range",
  "cut.badorder": "cut: ranges must be increasing",
  "cut.maxargs": "cut: too many ranges specified",

  // tr (/usr/bin/tr: usr/src/cmd/tr/tr.c, Oracle 2010, built without XPG4): myName is argv[0]
  "tr.usage": "Usage: tr [ -cds ] [ String1 [ String2 ] ]",
  "tr.badstr": "%s: Bad string between [ and ].",
  "tr.combination": "",
  "tr.eqv2": "%s: Equivalence class in String2",
  "tr.rep1": "%s: Character repetition in String1",
  "tr.class2": "%s: String2 contains invalid character class '%s'.",
  "tr.order": "tr: Range endpoints out of order.",
  "tr.nospace": "tr: Memory reallocation failure: Not enough space",

  // printf: root's bash runs its built-in (builtins/printf.def, common.c sh_invalidnum and
  // builtin_usage)
  "printf.usage": "printf: usage: printf [-v var] format [arguments]",
  "printf.notnum": "bash: printf: %s: invalid number",
  "printf.partial": "bash: printf: %s: invalid number",
  "printf.toolong": "",

  // print: neither bash nor Solaris 11's /usr/bin has it (paths.ts SOLARIS_ABSENT): never said
  "print.badopt": "",
  "print.nocoproc": "",
  "print.badunit": "",

  // man (usr/src/cmd/man/src/man.c): MAN_USAGE, exit 2; a page it cannot find is said on
  // standard output and man still exits 0
  "man.usage": "usage:\tman [-] [-adFlrt] [-M path] [-T macro-package ] [ -s section ] name ...\n\tman [-M path] -k keyword ...\n\tman [-M path] -f file ...",
  "man.noentry": "No manual entry for %s.",
  "man.nosection": "No entry for %s in section(s) %s of the manual.",
  "man.nowhatis": "looplab: man -k and -f (the windex) are not simulated",
  // BSD/OS's man -s with a section man.conf does not name; SunOS man says man.nosection
  "man.badsection": "",
  // man.c format(): fprintf(stderr) before nroff runs and " done\n" after (11.1 ships no cat
  // pages, so every page is formatted); -l: printf("%s (%s)\t-M %s\n") instead of the page
  "man.reformat": "Reformatting page.  Please Wait...",
  "man.reformatted": " done",
  "man.list": "%s (%s)\t-M %s",
  "man.notroff": "looplab: man -t (troff output sent to lp -c -T troff) is not simulated",
  "man.nodebug": "looplab: man -d (man.c's debug lines and the commands it would run) is not simulated",
};
