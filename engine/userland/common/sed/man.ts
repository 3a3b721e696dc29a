// The sed manual page (layout of engine/userland/common/wc.ts; text after the AIX 7.2 sed page).
export const sedMan = `sed Command

Purpose
       A stream editor.

Syntax
       sed [ -n ] [ -u ] Script [ File ... ]
       sed [ -n ] [ -u ] [ -e Script ] ... [ -f ScriptFile ] ... [ File ... ]

Description
       The sed command modifies lines from the specified File parameter
       according to an edit script and writes them to standard output. If no
       File is given, standard input is read. The script is compiled before
       any input is read; the input is then read one line at a time into the
       pattern space, every subcommand whose address selects the line is run,
       and the pattern space is written out unless -n was given.

       Addresses: a line number, $ (the last line), /Pattern/ or \\cPatternc
       (any delimiter c). Two addresses separated by a comma select a range;
       ! after the address selects the lines that do not match. Patterns are
       basic regular expressions; \\n matches a new-line character; an empty
       pattern means the last one used.

       Subcommands end at a ; or at the end of the line. a\\, i\\ and c\\ take
       text on the following lines (end each line but the last with \\); r
       and w take a file name after exactly one blank; b, t and : take a
       label of at most eight characters, which ends the line. A line starting
       with # is a comment; #n on the first line acts as -n.

Flags
       -e Script      Uses Script as the editing script (may be repeated).
       -f ScriptFile  Uses the editing script in ScriptFile.
       -n             Suppresses all information normally written to
                      standard output.
       -u             Displays the output in an unbuffered mode: each
                      line's output is written when its cycle ends.

Subcommands
       { }            Groups subcommands.
       a\\ Text        Writes Text after the pattern space.
       b [Label]      Branches to :Label, or to the end of the script.
       c\\ Text        Deletes the pattern space (at the end of a range) and
                      writes Text.
       d              Deletes the pattern space; starts the next cycle.
       D              Deletes the pattern space up to the first new-line
                      character; starts the next cycle without reading.
       g   G          Replaces (g) or appends to (G) the pattern space with
                      the hold space.
       h   H          Replaces (h) or appends to (H) the hold space with the
                      pattern space.
       i\\ Text        Writes Text before the pattern space.
       l              Writes the pattern space with unprintable characters
                      shown as \\ooo or \\t, folded at 72 columns, ending in $.
       n   N          Writes the pattern space and replaces it with the next
                      line (n), or appends the next line to it (N).
       p   P          Writes the pattern space (p), or its first line (P).
       q              Writes the pattern space and ends sed.
       r RFile        Writes the contents of RFile after the pattern space.
       s/Pattern/Replacement/Flags
                      Substitutes Replacement for the first match. & is the
                      matched string, \\1 to \\9 the parenthesized groups
                      (an expression may hold up to 23 groups).
                      Flags: g (every match), n (the n-th match), p (write the
                      pattern space), w WFile (append it to WFile).
       t [Label]      Branches if a substitution was made since the last
                      input line was read or t was run.
       w WFile        Appends the pattern space to WFile.
       x              Exchanges the pattern space and the hold space.
       y/String1/String2/
                      Replaces each character of String1 with the one in the
                      same position of String2.
       = (equal sign) Writes the current line number.
       :Label         Marks a branch point.

Exit Status
       0    Successful completion.
       >0   An error occurred.

Messages
       sed: 0602-400 Cannot specify an address with the %s function.
       sed: 0602-401 Function %s allows only one address.
       sed: 0602-402 The file was not appended after line %d.
       sed: 0602-403 %s is not a recognized function.
       sed: 0602-404 Function %s cannot be parsed.
       sed: 0602-406 Cannot create file %s.
       sed: 0602-407 There are more than one %s labels.
       sed: 0602-408 The w function allows a maximum of ten files.
       sed: 0602-409 Cannot open file %s.
       sed: 0602-410 The first regular expression cannot be null.
       sed: 0602-413 There are too many '{'.
       sed: 0602-417 The label %s is greater than eight characters.
       sed: 0602-418 Memory allocation failed.
       sed: 0602-419 Cannot find or open file %s.
       sed: 0602-420 Cannot open pattern file %s.
       sed: 0602-422 There are too many reads after line %d.
       sed: 0602-423 There are too many '}'.
       sed: 0602-427 %s is not a defined label.
       sed: 0602-429 No editing script was provided.

Examples
       sed 's/hd4/HD4/g' /etc/filesystems
       sed -n '/^\\/cdmount:/,/^$/p' /etc/filesystems
       lsdev -Cc loopback | sed -n 's/ .*//p'
`;
