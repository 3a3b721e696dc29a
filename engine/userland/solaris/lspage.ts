// ls as Solaris 11.1 has it is the common ls with Solaris's options (engine/os/solaris/lsformat.ts):
// its page and the flags Tab completion offers are Solaris's, not AIX's (no -N; -e -E -v -V -@ -/
// -% -h …). The words are the lab's own; the options are ls.c's (usr/src/cmd/ls/ls.c).
import type { CommandDef } from "../types.js";

const man = `ls Command

Purpose
       Lists the contents of a directory.

Syntax
       ls [ -aAbBcCdeEfFghHiklLmnopqrRsStuUwxvV1@ ] [ -/ c | v ]
          [ -% atime | crtime | ctime | mtime | all ] [ File ... ]

Description
       For each File that is a directory, ls lists its contents; for each
       File that is not, it repeats its name and gives what was asked about
       it. Without File it lists the current directory. The entries are
       sorted by name. Names that begin with a dot are left out unless -a or
       -A is given.

       On a terminal the listing is in columns sorted down, elsewhere one
       name a line. The long listing gives the mode, the number of links,
       the owner and group, the size in bytes (or a device's major and minor
       numbers), the time of the last change of the contents and the name.

Flags
       -a   Lists every entry, those whose names begin with a dot too.
       -A   As -a, but not . and .. .
       -c   Uses the time of the last change of the file's status.
       -C   Lists in columns sorted down (the default on a terminal).
       -d   Lists a directory itself, not its contents.
       -e   Long listing with the full date and time, Feb 14 09:30:00 2013.
       -E   Long listing with the time to the nanosecond and the zone.
       -F   Marks a directory with /, an executable with *, a symbolic link
            with @, a FIFO with |, a socket with =.
       -g   As -l, without the owner.
       -h   With -l, sizes scaled: 1.1K, 64M.
       -i   Gives each file's inode number first.
       -l   The long listing.
       -L   Follows symbolic links.
       -n   As -l, with the numeric user and group IDs.
       -o   As -l, without the group.
       -p   Marks a directory with /.
       -r   Reverses the order of the sort.
       -R   Lists the directories met, recursively.
       -s   Gives each file's size in 512-byte blocks.
       -t   Sorts by time, newest first.
       -u   Uses the time of last access.
       -v   Long listing with each file's ACL in its verbose form.
       -V   Long listing with each file's ACL in its compact form.
       -x   Lists in columns sorted across.
       -1   One entry a line.
       -@   Long listing with an @ after the mode of a file that has
            extended attributes.
       -/ c | v
            Long listing with the extended system attributes (none on the
            lab's file systems: {}).
       -% atime | crtime | ctime | mtime | all
            Which time -l shows and -t sorts by; all lists each of them.

Exit Status
       0    Every file was listed.
       >0   A file could not be listed, or an option was wrong.

Related Information
       chmod(1), find(1), stat(1)
`;

/** ls's page and flags on Solaris */
export const SOLARIS_LS: Pick<CommandDef, "man" | "flags" | "summary"> = {
  man,
  summary: "Lists the contents of a directory.",
  flags: ["-1", "-@", "-A", "-C", "-E", "-F", "-L", "-R", "-V", "-a", "-c", "-d", "-e", "-g", "-h", "-i", "-l", "-n", "-o", "-p", "-r", "-s", "-t", "-u", "-v", "-x"],
};
