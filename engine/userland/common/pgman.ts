// The pg man page and its help screen (pg.msg H01-H24).
export const pgHelp = `-------------------------------------------------------
   h               help
   q or Q          quit
   <blank> or \\n   next page
   l               next line
   d or ^D         display half a page more
   . or ^L         redisplay current page
   f               skip the next page forward
   n               next file
   p               previous file
   $               last page
   w or z          set window size and display next page
   s savefile      save current file in savefile
   /pattern/       search forward for pattern
   ?pattern? or
   ^pattern^       search backward for pattern
   !command        run command

Most commands can be preceded by a number, as in:
+1\\n (next page); -1\\n (previous page); 1\\n (page 1).

See InfoExplorer for more details.
-------------------------------------------------------
`;

export const pgMan = `pg Command

Purpose
       Formats files to the display.

Syntax
       pg [ -Number ] [ -c ] [ -e ] [ -f ] [ -n ] [ -p String ] [ -s ]
          [ +LineNumber | +/Pattern/ ] [ File ... ]

Description
       The pg command reads a file name from the File parameter and writes the
       file to standard output one screen at a time. If you specify a - (dash)
       as the File parameter, or run the pg command without options, the pg
       command reads standard input. Each screen is followed by a prompt. If
       you press the Enter key, another page is displayed. If standard output
       is not a terminal, pg copies its input, with a header before each of
       several files.

       The pg command reads its subcommands from the terminal key by key and
       echoes them itself. A key that cannot come next rings the bell; the
       erase key (Backspace) takes a key back and Ctrl-U starts the subcommand
       again. A subcommand ends with Enter, or with the -n flag as soon as its
       command letter is typed. Ctrl-C at the prompt ends pg.

Subcommands
       Enter      Displays the next page.
       l          Displays the next line.
       d          Displays half a page more.
       .          Displays the current page again.
       f          Skips the next page.
       $          Displays the last page.
       n          Goes to the next file.
       p          Goes to the previous file.
       h          Displays a help screen.
       q, Q       Quits the pg command.

Flags
       -Number   Specifies the number of lines in the window (the default is
                 the terminal's height, LINES, less one).
       -c        Moves the cursor to the home position and clears the screen
                 before each page.
       -e        Does not pause at the end of each file.
       -f        Does not split lines longer than the screen width.
       -n        Stops processing when a pg command letter is entered.
                 Normally, commands must end with a new-line character.
       -p String Uses String as the prompt (%d is the page number); the
                 default prompt is a : (colon).
       -s        Highlights all messages and prompts.

Exit Status
       0    Successful completion.
       >0   An error occurred.

Messages
       pg: 0652-118 File is a directory.
       (EOF):
       (Next file: File)
       Usage: pg [-Number] [-p String] [-cefns] [+LineNumber] [+/Pattern/] [File...]
`;
