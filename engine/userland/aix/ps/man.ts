// The page `man ps` prints.
export const man = `ps Command

Purpose
       Shows current status of processes.

Syntax
       X/Open Standards
       ps [ -A ] [ -a ] [ -d ] [ -e ] [ -f ] [ -k ] [ -l ] [ -F Format ]
          [ -o Format ] [ -G Glist ] [ -g Glist ] [ -n NameList ]
          [ -p Plist ] [ -t Tlist ] [ -U Ulist ] [ -u Ulist ]

       Berkeley Standards
       ps [ a ] [ c ] [ e ] [ ew ] [ eww ] [ g ] [ n ] [ U ] [ w ] [ x ]
          [ l | s | u | v ] [ t Tty ] [ ProcessNumber ]

Description
       The ps command writes the current status of active processes to
       standard output. Without flags it lists the processes of your
       terminal. The -f, -o, -l, l, s, u and v flags only determine how much
       information is shown about a process; they do not determine which
       processes are listed. The l, s, u and v flags are mutually exclusive.

       The columns: F (flags, hexadecimal), S or STAT (A active, T stopped,
       Z canceled), UID or USER, PID, PPID, C (processor use), PRI, NI,
       ADDR, SZ (size in 1 KB units), RSS, WCHAN (what a sleeping process
       waits for), STIME (the time of day for a process started in the last
       24 hours, otherwise the date), TTY (- when the process has no
       terminal), TIME (processor time used), CMD or COMMAND.

Flags
       -A   Writes information about all processes to standard output.
       -a   Writes information about all processes except the session
            leaders and processes not associated with a terminal.
       -d   Writes information to standard output about all processes,
            except the session leaders.
       -e   Writes information to standard output about all processes,
            except kernel processes.
       -F Format
            Same as -o Format.
       -f   Generates a full listing: UID, PID, PPID, C, STIME, TTY, TIME
            and the whole command line (CMD).
       -G Glist
            Writes information only about processes in the listed real
            groups (numbers).
       -g Glist
            Writes information only about processes whose session leaders
            are in the list.
       -k   Lists kernel processes.
       -l   Generates a long listing: F S UID PID PPID C PRI NI ADDR SZ
            WCHAN TTY TIME CMD.
       -n NameList
            Accepted and ignored.
       -o Format
            Displays the columns named in Format, a comma- or blank-separated
            list of specifiers, each one optionally followed by =Header:
            args, comm, etime, group, nice, pcpu, pgid, pid, ppid, rgroup,
            ruser, time, tty, user, vsz, and also cp, flag, gid, logname,
            pagein, pmem, pri, rgid, rssize, ruid, sched, scount, st,
            start, status, thcount, tid, uid, wchan, nwchan. The flag may
            be repeated. When every Header is empty no header line is
            written. Format may instead use the descriptors %a %c %C %g %G
            %n %p %P %r %t %u %U %x %y %z, with text between them.
       -p Plist
            Writes information only about the processes in the list.
       -t Tlist
            Writes information only about the processes of the terminals in
            the list (pts/0).
       -U Ulist, -u Ulist
            Writes information only about the processes of the users in the
            list, with a UID column.

       Berkeley letters (no dash):
       a    All processes with a terminal.
       c    The command name instead of its arguments.
       e    The environment after the command (the lab keeps none).
       g    All processes.
       l    Long listing: F S UID PID PPID C PRI NI ADDR SZ RSS WCHAN TTY
            TIME CMD.
       n    Numbers instead of names (UID, WCHAN).
       s    The size of the kernel stack (SSIZ).
       u    User-oriented: USER PID %CPU %MEM SZ RSS TTY STAT STIME TIME
            COMMAND, sorted by %CPU.
       v    Virtual memory: PID TTY STAT TIME PGIN SIZE RSS LIM TSIZ TRS
            %CPU %MEM COMMAND.
       w    132 columns instead of 80; ww: no limit.
       x    Also processes without a terminal.
       t Tty
            The processes of one terminal.

Exit Status
       0    At least one process was listed.
       1    No process matched, or an error.

Examples
       ps -ef                      every process, full listing
       ps -el                      every process, long listing
       ps -fp 4128974              one process
       ps -eo pid,ppid,etime,args  chosen columns
       ps -o pid=,comm=            no header line
       ps aux                      every process, by processor use
       ps -ef | grep sleep         find a command
`;
