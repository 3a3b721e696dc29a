// Messages of /usr/bin/stat on Solaris 11.1: GNU coreutils 8.5's stat (src/stat.c) with gnulib's
// getopt_long and quote() of 2010 (the `x' quoting of the C locale, before coreutils 8.16's 'x').
export const solarisStatCatalog: Readonly<Record<string, string>> = {
  "stat.cannot": "stat: cannot stat %s: %s",
  "stat.cannotfs": "stat: cannot read file system information for %s: %s",
  "stat.cannotlink": "stat: cannot read symbolic link %s: %s",
  "stat.missing": "stat: missing operand",
  "stat.try": "Try `stat --help' for more information.",
  "stat.badopt": "stat: invalid option -- '%s'",
  "stat.needarg": "stat: option requires an argument -- '%s'",
  "stat.unrecognized": "stat: unrecognized option '%s'",
  "stat.ambiguous": "stat: option '%s' is ambiguous",
  "stat.longneedarg": "stat: option '%s' requires an argument",
  "stat.longnoarg": "stat: option '--%s' doesn't allow an argument",
  "stat.badfmt": "stat: %s: invalid directive",
  "stat.backslash": "stat: warning: backslash at end of format",
  "stat.help":
    "Usage: stat [OPTION]... FILE...\nDisplay file or file system status.\n\n  -L, --dereference     follow links\n  -f, --file-system     display file system status instead of file status\n  -c  --format=FORMAT   use the specified FORMAT instead of the default;\n                          output a newline after each use of FORMAT\n      --printf=FORMAT   like --format, but interpret backslash escapes,\n                          and do not output a mandatory trailing newline.\n                          If you want a newline, include \\n in FORMAT\n  -t, --terse           print the information in terse form\n      --help     display this help and exit\n      --version  output version information and exit\n\nThe valid format sequences for files (without --file-system):\n\n  %a   Access rights in octal\n  %A   Access rights in human readable form\n  %b   Number of blocks allocated (see %B)\n  %B   The size in bytes of each block reported by %b\n  %C   SELinux security context string\n  %d   Device number in decimal\n  %D   Device number in hex\n  %f   Raw mode in hex\n  %F   File type\n  %g   Group ID of owner\n  %G   Group name of owner\n  %h   Number of hard links\n  %i   Inode number\n  %n   File name\n  %N   Quoted file name with dereference if symbolic link\n  %o   I/O block size\n  %s   Total size, in bytes\n  %t   Major device type in hex\n  %T   Minor device type in hex\n  %u   User ID of owner\n  %U   User name of owner\n  %x   Time of last access\n  %X   Time of last access as seconds since Epoch\n  %y   Time of last modification\n  %Y   Time of last modification as seconds since Epoch\n  %z   Time of last change\n  %Z   Time of last change as seconds since Epoch\n\nValid format sequences for file systems:\n\n  %a   Free blocks available to non-superuser\n  %b   Total data blocks in file system\n  %c   Total file nodes in file system\n  %d   Free file nodes in file system\n  %f   Free blocks in file system\n  %C   SELinux security context string\n  %i   File System ID in hex\n  %l   Maximum length of filenames\n  %n   File name\n  %s   Block size (for faster transfers)\n  %S   Fundamental block size (for block counts)\n  %t   Type in hex\n  %T   Type in human readable form\n\nNOTE: your shell may have its own version of stat, which usually supersedes\nthe version described here.  Please refer to your shell's documentation\nfor details about the options it supports.\n\nReport stat bugs to bug-coreutils@gnu.org\nGNU coreutils home page: <http://www.gnu.org/software/coreutils/>\nGeneral help using GNU software: <http://www.gnu.org/gethelp/>\nFor complete documentation, run: info coreutils 'stat invocation'",
  "stat.version":
    "stat (GNU coreutils) 8.5\nCopyright (C) 2010 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Michael Meskes.",
};
