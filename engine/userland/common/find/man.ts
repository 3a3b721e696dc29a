// The find manual page (layout of engine/userland/common/wc.ts; text after the AIX 7.2 find page).
export const findMan = `find Command

Purpose
       Finds files with a matching expression.

Syntax
       find [ -H | -L ] Path ... [ Expression ]

Description
       The find command recursively searches the directory tree for each
       specified Path parameter, seeking files that match a Boolean
       expression written using the terms given below. It does not descend
       into directories that are symbolically linked into the hierarchy
       (unless -L is given). Without an -exec, -ok, -ls or -print term the
       expression is followed by -print.

       In the terms below, the Number variable is a decimal integer that can
       be expressed as +Number (more than Number), -Number (less than Number)
       or Number (exactly Number; for times, Number-1 to Number days).

Flags
       -H   Follows symbolic links named as Path parameters.
       -L   Follows all symbolic links.

Expression Terms
       \\( Expression \\)   True if the expression in parentheses is true.
       ! Expression       Negation.
       Expression -a Expression, Expression Expression
                          Both (the default between two terms).
       Expression -o Expression
                          Either.
       -depth             Always true. Directories are evaluated after
                          their contents.
       -exec Command ;    True if Command runs and exits 0. {} is replaced
                          by the current path name. Quote or escape the ;.
       -fstype Type       True if the file system of the file is of Type
                          (jfs2, cdrfs, procfs ...).
       -group Group       True if the file belongs to Group (name or ID).
       -inum Number       True if the i-node number is Number.
       -links Number      True if the file has Number links.
       -ls                Always true. Writes inode, size in kilobytes,
                          mode, links, owner, group, size, date and name.
       -mtime Number      True if the file was modified Number days ago;
                          -atime (accessed) and -ctime (changed) likewise.
       -name Pattern      True if the file name matches Pattern (* ? [ ];
                          a leading dot must be matched explicitly).
       -newer File        True if the file was modified more recently than
                          File.
       -nogroup, -nouser  True if the group or owner is not in /etc/group or
                          /etc/passwd.
       -ok Command ;      Like -exec, but asks first on standard error.
       -perm OctalNumber  True if the permission bits are exactly
                          OctalNumber; with a leading - (-perm -0600) if at
                          least those bits are set. Symbolic modes (u+x) are
                          allowed.
       -print             Always true. Writes the path name.
       -prune             Always true. Does not descend into the directory.
       -size Number       True if the file is Number 512-byte blocks long
                          (rounded up); Numberc counts bytes, Numberk
                          kilobytes.
       -type Type         True if the file is of Type: b (block special),
                          c (character special), d (directory), f (file),
                          l (symbolic link), p (FIFO), s (socket).
       -user User         True if the file belongs to User (name or ID).
       -xdev              Always true. Does not descend into other file
                          systems.

Exit Status
       0    All files were processed successfully.
       >0   An error occurred (the count of files that could not be
            examined and commands that could not be run).

Messages
       Usage: find Path-list [Expression-list]
       find: 0652-009 There is a missing conjunction
       find: 0652-010 The starting directory is not valid.
       find: 0652-012 The user name does not exist.
       find: 0652-013 The group name does not exist.
       find: 0652-015 Cannot access file %s.
       find: 0652-016 %s is not a valid node id.
       find: 0652-017 %s is not a valid option.
       find: 0652-018 An expression term lacks a required parameter.
       find: 0652-019 The status on %s is not valid.
       find: 0652-027 Cannot get status on %s.
       find: 0652-081 cannot change directory to <%s/%s>:
       find: 0652-082 Too many options
       find: 0652-083 Cannot execute %s
       find: 0652-085 Specify a valid -perm argument.
       find: 0652-086 Specify a decimal integer for %s

Examples
       find /cdmount -name '*.sh' -print
       find / -xdev -size +2000 -ls
       find /home -user guest -exec ls -l {} \\;
       find /tmp -type f -mtime +7 -exec rm {} \\;
`;
