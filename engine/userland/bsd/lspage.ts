// ls on BSD/OS is the common ls with 4.4BSD's options (engine/os/bsd/lsformat.ts): its page and
// the flags Tab completion offers are BSD's, not AIX's. The words are the lab's own; the options
// are B4 bin/ls/ls.c's (getopt "1ACFLRTWacdfikloqrstu").
import type { CommandDef } from "../types.js";

const man = `ls Command

Purpose
       List directory contents.

Syntax
       ls [ -1ACFLRTWacdfikloqrstu ] [ file ... ]

Description
       For each operand that names a file other than a directory, ls displays
       its name and any other information asked for; for each operand that
       names a directory, it displays the files it holds. With no operand the
       current directory is listed. Directories are listed after the other
       files, each sorted by name.

       On a terminal the output is in columns; otherwise one entry a line.
       The long format gives the mode, the number of links, the owner, the
       group, the size in bytes (or a device's major and minor numbers), the
       month, day and time of the last change (or the year, for a file older
       than six months) and the name; a symbolic link is followed by -> and
       what it points to.

Flags
       -1   One entry a line.
       -A   Every entry but . and .., also those whose names begin with a dot
            (always for the super-user).
       -a   Every entry, . and .. too.
       -C   Multi-column output (the default on a terminal).
       -c   The time of the last change of the file's status.
       -d   A directory as a plain file, not its contents.
       -F   A / after a directory, * after an executable, @ after a
            symbolic link, = after a socket, % after a whiteout.
       -f   No sorting.
       -i   Each file's inode number first.
       -k   Sizes (-s) in kilobytes.
       -L   Follows symbolic links.
       -l   The long format.
       -o   The file flags in the long format.
       -q   Non-printing characters in names as ?.
       -R   Subdirectories, recursively.
       -r   The order of the sort reversed.
       -s   Each file's size in blocks.
       -T   The complete time in the long format, seconds and year.
       -t   Sorted by time, newest first.
       -u   The time of the last access.
       -W   Whiteouts shown.

Exit Status
       0    Success.
       >0   An error occurred.

Related Information
       chmod(1), symlink(7), sticky(8)
`;

/** ls's page and flags on BSD/OS */
export const BSD_LS: Pick<CommandDef, "man" | "flags" | "summary"> = {
  man,
  summary: "List directory contents.",
  flags: ["-1", "-A", "-C", "-F", "-L", "-R", "-T", "-W", "-a", "-c", "-d", "-f", "-i", "-k", "-l", "-o", "-q", "-r", "-s", "-t", "-u"],
};
