// ls: lists files and directories. One command for every system: the options, the layout of a
// listing (the -l line, columns, the total line, dates) and the headings are the system's
// (ctx.os.formats.ls: engine/os/aix/lsformat.ts, engine/os/bsd/lsformat.ts); the walk, the sort
// and the messages for what cannot be listed are engine/userland/common/lslist.ts. On AIX: files
// before directories, "name:" headers when more than one operand is given, "total N" for -l, columns
// down then across on a terminal, one name per line elsewhere; root gets -A by default.
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, isTTY, reportOpt, usage } from "./lib.js";
import { Lister } from "./lslist.js";

function run(ctx: CommandContext): number {
  const style = ctx.os.formats.ls;
  const r = getopt(ctx.argv.slice(1), style.optstring);
  const o = style.defaults(isTTY(ctx), ctx.sys.proc.uid === 0);
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      if (!bad || !style.firstBadOptionOnly) reportOpt(ctx, it);
      bad = true;
      continue;
    }
    // an option whose argument the system refuses (Solaris `-/ x`) is an error with no message
    if (style.option(o, it.flag, it.value) === false) bad = true;
  }
  if (bad) {
    usage(ctx, "ls.usage");
    return style.usageStatus;
  }
  style.finish(o);
  return new Lister(ctx, o, style).run(r.operands);
}

export const ls: CommandDef = {
  name: "ls",
  path: "/usr/bin/ls",
  summary: "Displays the contents of a directory.",
  flags: ["-1", "-A", "-C", "-F", "-L", "-N", "-R", "-a", "-c", "-d", "-e", "-f", "-g", "-i", "-l", "-m", "-n", "-o", "-p", "-r", "-s", "-t", "-u", "-x"],
  run,
  man: `ls Command

Purpose
       Displays the contents of a directory.

Syntax
       ls [ -1 ] [ -A ] [ -C ] [ -F ] [ -H | -L ] [ -N ] [ -R ] [ -S ] [ -a ] [ -c ]
          [ -d ] [ -e ] [ -f ] [ -g ] [ -i ] [ -l ] [ -m ] [ -n ] [ -o ] [ -p ]
          [ -r ] [ -s ] [ -t ] [ -u ] [ -x ] [ File ... ]

Description
       The ls command writes to standard output the contents of each specified
       Directory parameter or the name of each specified File parameter, along
       with any other information you ask for with the flags. If you do not
       specify a File or Directory parameter, the ls command displays the
       contents of the current directory.

       By default, the ls command displays all information in alphabetic order
       by file name. When the ls command displays the contents of a directory,
       it does not show entries for files whose names begin with a . (dot)
       unless you use the -a or -A flag. If the command is executed by root, it
       uses the -A flag by default.

       When output is to a terminal, entries are listed in multiple columns,
       sorted down the columns; otherwise one entry is listed per line.

Flags
       -1   Forces output into one-entry-per-line format.
       -A   Lists all entries except . (dot) and .. (dot-dot).
       -a   Lists all entries in the directory, including the entries that
            begin with a . (dot).
       -C   Sorts output vertically in a multicolumn format.
       -c   Uses the time of last inode modification for sorting (with -t)
            or displaying (with -l).
       -d   Displays only the information for the directory named.
       -e   Displays the mode (including security information), number of
            links, owner, group, size, time of last modification and name.
       -F   Puts a / after each directory, a * after each executable file, a
            = after each socket, a | after each FIFO and an @ after each
            symbolic link.
       -f   Lists the name in each slot for each directory specified.
       -g   Displays the same information as -l, except the owner.
       -i   Displays the i-node number in the first column of the report.
       -L   Lists the file or directory contents that a symbolic link
            references.
       -l   (Lowercase L) Displays the mode, number of links, owner, group,
            size (in bytes), and time of last modification for each file. If
            the file is a special file, the size field contains the major and
            minor device numbers. If the file is a symbolic link, the path
            name of the linked-to file is printed preceded by a ->.
       -m   Uses stream output format (a comma-separated series).
       -N   Does not follow symbolic links when determining the status of a
            file.
       -n   Displays the same information as -l, except that the user and the
            group IDs are displayed instead of names.
       -o   Displays the same information as -l, except the group.
       -p   Puts a slash after each file name if that file is a directory.
       -R   Lists all subdirectories recursively.
       -r   Reverses the order of the sort.
       -S   Sorts by file size, largest first.
       -s   Gives size in kilobytes (including indirect blocks) for each
            entry.
       -t   Sorts by time of last modification (latest first) instead of by
            name.
       -u   Uses the time of the last access, instead of the time of the last
            modification, for sorting (with -t) or displaying (with -l).
       -x   Sorts output horizontally in a multicolumn format.

Exit Status
       0    All files were written successfully.
       >0   An error occurred.
`,
};
