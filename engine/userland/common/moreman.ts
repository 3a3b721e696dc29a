// more's manual page and the help its h command shows (AIX 4.1.3 more.msg HELP_01 … HELP_42; the
// catalog has no HELP_38).

export const moreHelp = `  Commands flagged with an asterisk (\`\`*'') may be preceeded by a number.
  Commands of the form \`\`^X'' are control characters, i.e. control-X.

  h              Display this help.

  f, ^F, SPACE * Forward  N lines, default one screen.
  b, ^B        * Backward N lines, default one screen.
  j, CR, ^E    * Forward  N lines, default 1 line.
  k, ^Y        * Backward N lines, default 1 line.
  d, ^D        * Forward  N lines, default half screen or last N to d/u.
  u, ^U        * Backward N lines, default half screen or last N to d/u.
  g            * Go to line N, default 1.
  G            * Go to line N, default the end of the file.
  p, %         * Position to N percent into the file.

  r, ^L          Repaint screen.
  R              Repaint screen, discarding buffered input.

  m[a-z]         Mark the current position with the supplied letter.
  '[a-z]         Return to the position previously marked by this letter.
  ''             Return to previous position.

  /pattern     * Search forward  for N-th line containing the pattern.
  /!pattern    * Search forward  for N-th line NOT containing the pattern.
  ?pattern     * Search backward for N-th line containing the pattern.
  ?!pattern    * Search backward for N-th line NOT containing the pattern.
  n            * Repeat previous search (for N-th occurence).

  :a              Display the list of files.
  :e, E [file]    Examine a new file.
  :n, N        *  Examine the next file.
  :p, P        *  Examine the previous file.
  :t [tag]        Examine the tag.
  v               Run an editor on the current file.

  =, ^G, :f       Print current file name and stats.

  q, :q, or ZZ    Exit.
  !command        Invoke a shell with command. 
  :!command       Invoke a shell with command. 
    z          *  Scroll N lines, default one screen.
`;

export const moreMan = `more Command

Purpose
       Displays file contents one screen at a time.

Syntax
       more [ -c ] [ -d ] [ -e ] [ -H ] [ -i ] [ -l ] [ -N ] [ -s ] [ -u ]
            [ -v ] [ -z ] [ -n Number ] [ -p Subcommand ] [ -t Tagstring ]
            [ -W Option ] [ -x Tabs ] [ File ... ]

Description
       The more command reads files and displays the text one screen at a
       time. The command pauses after each screen and prints the word More at
       the bottom of the screen. If you then press a carriage return, the more
       command displays an additional line. If you press the space bar, the
       more command displays another full screen of text.

       Instead of naming files to read, you can either redirect or pipe
       standard output, such as a long directory listing, to the more command.
       The command adds a % (percent sign) to its prompt when reading from a
       file rather than a pipe. This provides the percentage of the file (in
       characters, not lines) that the more command has read.

       The more command sets the terminal to NOECHO mode so the output can be
       continuous. Commands that you type do not normally show up on your
       terminal, except for the / and ! subcommands. Each subcommand takes
       effect as soon as its key is pressed; Enter is needed only after a
       search pattern.

       If the standard output is not a terminal, the more command acts just
       like the cat command, except that a header is printed before each file
       in a series.

Subcommands
       Many subcommands can be preceded by a Number.

       Space, f, Ctrl-F
                  Displays the next screen (Number more lines).
       z          Displays the next screen; Number sets the screen size.
       Enter, j, Ctrl-E
                  Displays the next line (Number more lines).
       d, Ctrl-D  Displays half a screen more (Number sets how much).
       b, Ctrl-B  Goes back one screen (Number lines).
       k, Ctrl-Y  Goes back one line (Number lines).
       u, Ctrl-U  Goes back half a screen (Number sets how much).
       g          Goes to the beginning of the file (line Number).
       G          Goes to the end of the file (line Number).
       p, %       Goes Number percent into the file.
       /Pattern   Searches forward for the Number-th line that contains
                  the pattern (an extended regular expression); /!Pattern
                  for one that does not contain it. Press Enter after the
                  pattern.
       ?Pattern   Searches backward in the same way.
       n          Repeats the last search; N repeats it in the other
                  direction.
       =, Ctrl-G, :f
                  Displays the file name, its place in the list of files,
                  the line number and the byte number.
       r, R, Ctrl-L
                  Displays the screen again.
       h          Displays a help screen.
       :n         Goes to the next file.
       :p, P      Goes to the previous file.
       q, Q, :q, ZZ
                  Exits the more command.
       Ctrl-C     Exits the more command. Ctrl-Z stops it.

Flags
       -d   Prompts with a message about the keys to press, and displays a
            message instead of ringing the bell for a key that is not a
            subcommand.
       -i   Searches for patterns without regard to case.
       -n Number
            Configures the more command to display the specified number of
            lines in the window. Without the -n flag, the window is two lines
            less than the terminal's height (the LINES variable, 24 by default).
       -s   Squeezes multiple blank lines from the output to produce only one
            blank line.
       The other flags are accepted.

Exit Status
       0    Successful completion.
       >0   An error occurred.

Messages
       --More--(Number%)   The prompt: the part of the file shown so far.
       --More--(Next file: File)
                           The prompt at the end of a file when others follow.
       Pattern not found  (press RETURN)
       No previous regular expression  (press RETURN)
       File has only Number lines  (press RETURN)
       No (N-th) previous file  (press RETURN)
       End of help  (press RETURN)
       ...skipping...      Before a screen that does not follow the last one.
`;
