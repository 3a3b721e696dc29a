// The sort man page (long enough for a file of its own).
export const sortMan = `sort Command

Purpose
       Sorts files, merges files that are already sorted, and checks files to
       determine if they have been sorted.

Syntax
       sort [ -A ] [ -b ] [ -c ] [ -d ] [ -f ] [ -i ] [ -m ] [ -n ] [ -r ]
            [ -u ] [ -o OutFile ] [ -t Character ] [ -T Directory ]
            [ -y [ Kilobytes ] ] [ -z RecordSize ]
            [ [ + [ FSkip ] [ .CSkip ] [ b ] [ d ] [ f ] [ i ] [ n ] [ r ] ]
            [ - [ FSkip ] [ .CSkip ] [ b ] [ d ] [ f ] [ i ] [ n ] [ r ] ] ] ...
            [ -k KeyDefinition ] ... [ File ... ]

Description
       The sort command sorts lines in the files specified by the File
       parameter and writes the result to standard output. If the File
       parameter specifies more than one file, the sort command concatenates
       the files and sorts them as one file. A - (minus sign) in place of a
       file name specifies standard input. If you do not specify any file
       names, the command sorts standard input. An output file can be
       specified with the -o flag; it may be one of the input files.

       If no flags are specified, the sort command sorts entire lines of the
       input file based upon the collation order of the current locale.

       Sort Keys
       A sort key is a portion of an input line that is specified by a field
       number and a column number. Fields are parts of input lines that are
       separated by field separators. The default field separator is a
       sequence of one or more consecutive blank characters. However, these
       blank characters are considered to be a part of the following field
       for sorting purposes. You can specify the -b option to ignore these
       leading blank characters. A different field separator can be specified
       using the -t flag.

       When using sort keys, the sort command first sorts all lines on the
       contents of the first sort key. Next, all the lines whose first sort
       keys are equal are sorted upon the contents of the second sort key, and
       so on. If two lines sort equally on all sort keys, the entire lines are
       then compared based upon the collation order in the current locale.

       The -k KeyDefinition flag uses the following form:
            -k [ FStart [ .CStart ] ] [ Modifier ] [ , [ FEnd [ .CEnd ] ]
               [ Modifier ] ]
       The sort key includes all characters beginning with the field FStart
       and the column CStart and ending with the field FEnd and the column
       CEnd. If FEnd is not specified, the last character of the line is
       assumed; if CEnd is not specified, the last character of the FEnd
       field. The Modifier can be one or more of the letters b, d, f, i, n,
       or r, with the same effect as the flag of the same letter, for that key
       only. For example, -k 2,2n sorts numerically on the second field.

       The older form +FSkip1.CSkip1 -FSkip2.CSkip2 counts the fields and
       columns to skip from the beginning of the line.

Flags
       -A   Sorts on a byte-by-byte basis using ASCII collation order.
       -b   Ignores leading spaces and tabs to find the first or last column of
            a field.
       -c   Checks that input is sorted according to the ordering rules
            specified in the flags. Displays nothing unless the file is not
            sorted.
       -d   Sorts using dictionary order. Only letters, digits, and spaces are
            considered in comparisons.
       -f   Changes all lowercase letters to uppercase before comparison.
       -i   Ignores all nonprinting characters during comparisons.
       -k KeyDefinition
            Specifies a sort key. The flags -b, -d, -f, -i, -n and -r must
            come before the first -k flag.
       -m   Merges multiple input files only; the input is assumed to be
            already sorted.
       -n   Sorts numeric fields by arithmetic value. A numeric field may
            contain leading blanks, an optional minus sign, decimal digits,
            thousands-separator characters, and an optional radix character.
       -o OutFile
            Directs output to the file specified by the OutFile parameter
            instead of standard output.
       -r   Reverses the order of the specified sort.
       -t Character
            Specifies Character as the single field separator character.
       -u   Suppresses all but one line in each set of lines that sort equally
            according to the sort keys and options.
       -T Directory
            Places all temporary files that are created into the directory
            specified by the Directory parameter.
       -y [ Kilobytes ]
            Starts the sort command with the specified number of kilobytes of
            main storage and adds storage as needed.
       -z RecordSize
            Prevents abnormal termination if any of the lines being sorted are
            longer than the default buffer size.

Exit Status
       0    All input files were output successfully, or -c was specified and
            the input file was correctly sorted.
       1    Under the -c option, the file was not ordered as specified, or if
            the -c and -u options were both specified, two input lines were
            found with equal keys.
       >1   An error occurred.

Messages
       sort: 0653-646 The path name is too long: Directory
       sort: 0653-647 Cannot use more than 10 sort keys.
       sort: 0653-648 Specify only one input file when using the -c flag.
       sort: 0653-649 There is not enough memory available to perform the sort.
       0653-652 A line of the input file contains more than 20480 characters.
       sort: 0653-654 Cannot create File
       sort: 0653-655 Cannot open File
       sort: 0653-656 The read system call failed. Cannot read from File
       sort: This line is out of order: Line
       sort: Duplicate line: Line
       sort: Warning: A newline character was added to the end of the input.

Examples
       To sort the file systems by their use, largest first:
            df -k | tail +2 | sort -k 4,4nr
       To list the loopback devices by name:
            lsdev -Cc loopback | sort
       To sort /etc/passwd by user ID:
            sort -t: -k3,3n /etc/passwd
`;
