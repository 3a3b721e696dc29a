// ps(1)'s page in the lab's layout, after BSD/OS's bin/ps/ps.1.
export const bsdPsMan = `ps Command

Purpose
       Process status.

Syntax
       ps [ -aChjlmrSTuvwx ] [ -E User ] [ -O Format ] [ -o Format ]
          [ -p PID ] [ -t Terminal ] [ -U User ]
       ps -L

Description
       The ps command shows a line for each of your processes that has a
       controlling terminal: its PID, terminal (TT), state (STAT), processor
       time (TIME) and command. The flags may be given without a dash (ps
       aux). STAT is a letter (R runnable, S sleeping, I idle: asleep for
       more than 20 seconds, T stopped, Z dead, D in a wait of the kernel)
       and flags: s a session leader, + in the foreground process group of
       its terminal, L a kernel process. A command whose name differs from
       its first argument is followed by the name in parentheses: -sh (sh).

       The columns are keywords. -o names them, separated by commas or
       blanks; Keyword=Header gives a column another header (for every
       use of that keyword). ps -L lists the keywords: among them pid,
       ppid, pgid, sess, jobc, uid, ruid, user, ruser, tt, tty, tdev, state
       (stat), time (cputime), start, lstart, command, ucomm, wchan, nice,
       pri, vsz, rss, %cpu and %mem. A keyword the lab keeps no value for
       (signal masks, resource usage counts, kernel addresses) shows 0.

Flags
       -a   Also the processes of other users.
       -C   Raw CPU percentage (the lab shows 0.0 either way).
       -E User
            Only the processes whose effective user is User (a name or
            number), with or without a terminal.
       -e   The environment before the command (the lab keeps none: a
            blank).
       -h   Repeats the header after every 18 lines.
       -j   Adds user, pid, ppid, pgid, sess, jobc, state, tt, time and
            command.
       -L   Lists the keywords.
       -l   Adds uid, pid, ppid, cpu, pri, nice, vsz, rss, wchan, state, tt,
            time and command.
       -m   Sorts by memory size.
       -O Format
            The keywords of Format after the PID, then tt, state, time and
            command.
       -o Format
            The keywords of Format.
       -p PID
            Shows the process with this PID (the flag may be repeated).
       -r   Sorts by CPU use.
       -S   Adds the time of ended children (the lab keeps none).
       -T   The processes of this terminal.
       -t Terminal
            Shows the processes of this terminal only (p0 or ttyp0).
       -U User
            Only the processes whose real user is User.
       -u   Adds user, pid, %cpu, %mem, vsz, rss, tt, state, start, time
            and command; sorts by CPU use.
       -v   Adds pid, state, time, sl, re, pagein, vsz, rss, lim, tsiz,
            %cpu, %mem and command; sorts by memory size.
       -w   Does not cut the command at the width of the window below 131
            columns; -ww not at all.
       -x   Also the processes with no controlling terminal.

Messages
       ps: Keyword: keyword not found
       ps: Keyword: illegal keyword specification
       ps: no valid keywords
       ps: User: not a valid userid
       ps: -E may not be used with -U

Exit Status
       0    The status was written.
       1    A keyword was not found (the others are shown), or an error
            occurred.
`;
