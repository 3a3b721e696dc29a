// The page `man awk` prints (after IBM's AIX 7.2 awk Command page, shortened).
export const awkMan = `awk Command

Purpose
       Finds lines in files that match a pattern and performs specified
       actions on those lines.

Syntax
       awk [ -u ] [ -F Ere ] [ -v Assignment ] ... { -f ProgramFile |
           'Program' } [ [ File ... | Assignment ... ] ] ...

Description
       The awk command uses a set of user-supplied instructions to compare a
       set of files, one line at a time, to extended regular expressions
       supplied by the user. Then actions are performed upon any line that
       matches the extended regular expressions.

       A program is a sequence of pattern { action } statements and function
       definitions. A missing pattern matches every record; a missing action
       prints the record. The patterns are:
         BEGIN, END         actions before the first and after the last record
         /Ere/              the record matches the regular expression
         Expression         the expression is true (nonzero or not empty)
         Pattern1, Pattern2 a range: from a record matching the first to the
                            next record matching the second

       Records are read from the File parameters in order, or from standard
       input; an operand of the form Variable=Value is an assignment made when
       awk reaches it. Records are separated by RS (a newline; "" separates
       paragraphs by blank lines) and split into fields $1 ... $NF by FS (blanks
       by default, one character, or an extended regular expression). $0 is
       the whole record.

       Statements: if ( ) else, while ( ), do while ( ), for (;;), for (Var in
       Array), break, continue, next, exit [Expression], return [Expression],
       delete Array[Subscript], delete Array, print [List] [> >> | File],
       printf Format, List [> >> | File], getline [Var] [< File],
       Command | getline [Var], and expressions.

       Operators, lowest precedence first: = += -= *= /= %= ^=, ?:, ||, &&,
       in, ~ !~, < <= != == > >=, concatenation, + -, * / %, unary + - !, ^,
       ++ --, $, ( ).

       Variables: ARGC ARGV CONVFMT ENVIRON FILENAME FNR FS NF NR OFMT OFS ORS
       RLENGTH RS RSTART SUBSEP. Numbers are converted to strings by CONVFMT
       (OFMT when printed), both "%.6g"; integer values print as integers.

       String functions: gsub(Ere, Repl[, In]), index(String1, String2),
       length[(String)], match(String, Ere), split(String, A[, Ere]),
       sprintf(Format, Expr, ...), sub(Ere, Repl[, In]), substr(String, M[, N]),
       tolower(String), toupper(String). In Repl, & is the matched text.
       Arithmetic functions: atan2(y, x), cos(x), exp(x), int(x), log(x),
       rand(), sin(x), sqrt(x), srand([Expr]). Others: close(Expression),
       system(Command). User functions: function Name(Parameters) { ... };
       scalars are passed by value, arrays by reference, extra parameters are
       local variables.

Flags
       -f ProgramFile  Obtains instructions from the file specified by the
                       ProgramFile variable. If the -f flag is specified
                       multiple times, the files are concatenated.
       -F Ere          Uses the Ere parameter as the value of the FS variable
                       (-Ft is a tab).
       -u              Displays the output without buffering.
       -v Assignment   Assigns a value to a variable before the program runs,
                       before the BEGIN actions.

Exit Status
       0    Successful completion.
       >0   An error occurred. A syntax error or a fatal error while running
            gives 2; the exit statement sets the status.

       Messages include:
         syntax error The source line is N.
         The error context is
         awk: 0602-500 Quitting The source line is N.
         awk: 0602-502 The statement cannot be correctly parsed. The source
              line is N.
         awk: 0602-533 Cannot find or open file File.
         awk: 0602-573 Division by zero.
          The input line number is N. The file is File.
          The source line number is N.

Examples
       lsdev -Cc loopback | awk '{print $1}'
       df -g | awk 'NR>1 && $4+0 > 80 {print $7}'
       mount | awk '$3=="cdrfs"{print $2}'
       ps -ef | awk '/sleep/ && !/awk/ {print $2}'
       awk -F: '{print $1}' /etc/passwd
       awk '{n[$1]++} END {for (k in n) print k, n[k]}' File
`;
