// awk as on AIX 7.2: the language (patterns, fields, variables, operators, statements, built-ins,
// printf, conversions) on a bare machine, each output compared exactly.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("awk");

function awk(args: string[], stdin = "", files: Record<string, string> = {}) {
  const L = lab({ env: { LOGNAME: "root" } });
  L.sys.mkdirp("/d");
  for (const [p, text] of Object.entries(files)) L.write(p, text);
  return L.run(["awk", ...args], { stdin, budget: 1_000_000 });
}
const out = (args: string[], stdin = "", files: Record<string, string> = {}) => {
  const r = awk(args, stdin, files);
  assert.is(r.err, "", `stderr of awk ${args.join(" ")}`);
  assert.is(r.status, 0);
  return r.out;
};

// what df -g, mount and ps -ef print on AIX, as input for the admins' one-liners
const DF = `Filesystem    GB blocks      Free %Used    Iused %Iused Mounted on
/dev/hd4           0.25      0.05   81%    10301    44% /
/dev/hd2           2.50      0.20   92%    41940    45% /usr
/dev/hd9var        0.50      0.34   32%     6617     8% /var
/proc                 -         -    -        -      - /proc
`;
const MOUNT = `  node       mounted        mounted over    vfs       date        options
-------- ---------------  ---------------  ------ ------------ ---------------
         /dev/hd4         /                jfs2   Nov 27 06:43 rw,log=/dev/hd8
         /dev/loop0       /cdmount         cdrfs  Nov 27 06:44 ro
`;
const PS = `     UID     PID    PPID   C    STIME    TTY  TIME CMD
    root 1049252 4128974   0 06:43:02  pts/0  0:00 sleep 1000
    root 1114610 4128974   0 06:43:07  pts/0  0:00 ps -ef
    root 1114612 4128974   0 06:43:07  pts/0  0:00 awk /sleep/ && !/awk/ {print $2}
`;

t("the admins' one-liners: fields, comparisons, regular expressions, -F", () => {
  assert.is(out(["{print $1}"], "loop0 Available Loopback Device\nloop1 Defined Loopback Device\n"), "loop0\nloop1\n");
  assert.is(out(["NR>1 && $4+0 > 80 {print $7}"], DF), "/\n/usr\n");
  assert.is(out(['$3=="cdrfs"{print $2}'], MOUNT), "/cdmount\n");
  assert.is(out(["/sleep/ && !/awk/ {print $2}"], PS), "1049252\n");
  assert.is(out(["-F:", "{print $1}", "/d/passwd"], "", { "/d/passwd": "root:!:0:0::/:/usr/bin/ksh\ndaemon:!:1:1::/etc:\n" }), "root\ndaemon\n");
});

t("counting in an associative array, printed in END in one-true-awk's hash order", () => {
  const input = "jfs2\ncdrfs\njfs2\nprocfs\njfs2\ncdrfs\n";
  assert.is(out(["{n[$1]++} END {for (k in n) print k, n[k]}"], input), "cdrfs 2\nprocfs 1\njfs2 3\n");
  // split's keys 1..n: "2" is in bucket 0, "1" in bucket 49
  assert.is(out(['BEGIN{n = split("a b c", x); for (k in x) print k, x[k]; print n}']), "2 b\n3 c\n1 a\n3\n");
  // past 100 keys the table grows and the order changes with it
  const keys = out(["BEGIN{for (i = 0; i < 120; i++) a[i]; for (k in a) printf \"%s \", k; print \"\"}"]).trim().split(" ");
  assert.is(keys.length, 120);
  assert.is(keys.slice(0, 26).join(" "), "22 23 24 25 26 27 28 29 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 30 105 31");
});

t("patterns: BEGIN and END, expressions, regular expressions, ranges", () => {
  const lines = "a\nstart\nb\nend\nc\nstart\nd\n";
  assert.is(out(["/start/,/end/"], lines), "start\nb\nend\nstart\nd\n");
  assert.is(out(["NR==2,NR==2 {print NR\": \"$0}"], lines), "2: start\n");
  assert.is(out(["BEGIN {print \"first\"} END {print NR, $0} NR % 3 == 0"], lines), "first\nb\nstart\n7 d\n");
  assert.is(out(["$0 ~ \"^s\" {print} $0 !~ /^[a-d]$/ {print \"-\" $0}"], lines), "start\n-start\n-end\nstart\n-start\n");
  assert.is(out(["END{print NR}"], ""), "0\n");
});

t("fields: $0 and NF reassigned, fields past NF, $(expr)", () => {
  assert.is(out(['{$3 = "X"; print; print NF}'], "a b c d\n"), "a b X d\n4\n");
  assert.is(out(['{$6 = "f"; print; print NF}'], "a b\n"), "a b    f\n6\n");
  assert.is(out(["{NF = 2; print; NF = 4; print $0 \"|\"}"], "a b c d e\n"), "a b\na b  |\n");
  assert.is(out(['{$0 = "x y z"; print NF, $2; $1 = $1; print}'], "  lead   and   trail  \n"), "3 y\nx y z\n");
  assert.is(out(['BEGIN{OFS="-"} {$1 = $1; print; print $NF, $(NF-1)}'], "a b c\n"), "a-b-c\nc-b\n");
  assert.is(out(['{print $5 "|" NF}'], "a b\n"), "|2\n");
});

t("-F: one character, a regular expression, a tab (\\t and t), a blank", () => {
  assert.is(out(["-F", ",", "{print $2}"], "a,b,c\n"), "b\n");
  assert.is(out(["-F", "[0-9]+", "{print $1 $2 $3, NF}"], "a12b345c\n"), "abc 3\n");
  assert.is(out(["-F", "\\t", "{print $2}"], "a b\tc d\n"), "c d\n");
  assert.is(out(["-Ft", "{print $2}"], "a b\tc d\n"), "c d\n");
  assert.is(out(["-F", " ", "{print $2}"], "  a   b  \n"), "b\n");
  assert.is(out(["-F", "|", "{print $3}"], "x|y|z\n"), "z\n");
  assert.is(out(['BEGIN{FS=":"} {print $2} NR==1 {FS=","}'], "a:b,c\nd:e,f\n"), "b,c\nf\n");
});

t("-v, -f, assignments between files, ARGV and ARGC, FILENAME FNR NR", () => {
  const files = { "/d/f1": "one 1\ntwo 2\n", "/d/f2": "three 3\n", "/d/p.awk": "# total\n{ t += $2 }\nEND { print \"total\", t, x }\n" };
  assert.is(out(["{print FILENAME, FNR, NR, x}", "x=1", "/d/f1", "x=2", "/d/f2"], "", files), "/d/f1 1 1 1\n/d/f1 2 2 1\n/d/f2 1 3 2\n");
  assert.is(out(["-f", "/d/p.awk", "/d/f1", "x=end"], "", files), "total 3 end\n");
  assert.is(out(["-v", "x=a\\tb", "-v", "n=3", "BEGIN{print x; print n + 1, (n == 3.0)}"]), "a\tb\n4 1\n");
  assert.is(out(['BEGIN{print ARGC; for (i = 0; i < ARGC; i++) print i, ARGV[i]}', "a", "b=c"]), "3\n0 awk\n1 a\n2 b=c\n");
  assert.is(out(['BEGIN{ARGV[1] = "/d/f2"} {print}', "/nonexistent"], "", files), "three 3\n");
  assert.is(out(['BEGIN{ARGV[1] = ""} {print "stdin:", $0}', "/nonexistent"], "in\n", files), "stdin: in\n");
  assert.is(out(["NR==FNR {a[$1]; next} $1 in a {print FILENAME\": \"$0}", "/d/f1", "-"], "two 9\nsix 6\n", files), "-: two 9\n");
});

t("RS: one character, and paragraphs (RS=\"\") where a newline also separates fields", () => {
  assert.is(out(['BEGIN{RS=";"} {print NR": "$0}'], "a;b;c"), "1: a\n2: b\n3: c\n");
  const para = "\n\nname loop0\nstate Available\n\n\n\nname loop1\nstate Defined\n";
  assert.is(out(['BEGIN{RS=""} {print NR, NF, $2, $4}'], para), "1 4 loop0 Available\n2 4 loop1 Defined\n");
  assert.is(out(['BEGIN{RS=""; FS=":"} {print $2 "|" $3}'], "a:b\nc:d\n\ne:f\n"), "b|c\nf|\n");
});

t("variables: SUBSEP, ENVIRON, RSTART and RLENGTH, CONVFMT and OFMT", () => {
  assert.is(out(['BEGIN{a[1,"x"] = 5; for (k in a) {split(k, p, SUBSEP); print p[1], p[2]}; if ((1,"x") in a) print "in"}']), "1 x\nin\n");
  assert.is(out(['BEGIN{print ENVIRON["LOGNAME"], ENVIRON["HOME"]}']), "root /\n");
  assert.is(out(['BEGIN{print match("foobar", /o+/), RSTART, RLENGTH; print match("x", /z/), RSTART, RLENGTH}']), "2 2 2\n0 0 -1\n");
  assert.is(out(['BEGIN{x = 3.14159265; print x; CONVFMT = "%.2g"; y = x ""; print y; OFMT = "%.3f"; print x, 17, 2^53, x ""}']), "3.14159\n3.1\n3.142 17 9007199254740992 3.1\n");
  assert.is(out(['BEGIN{a[0.1 + 0.2] = 1; for (k in a) print k}']), "0.3\n");
  assert.is(out(['BEGIN{OFS = "-"; ORS = "|"} {print $1, $2} END {printf "\\n"}'], "a b\nc d\n"), "a-b|c-d|\n");
});

t("numbers as strings: integral values print whole, others %.6g", () => {
  assert.is(out(["BEGIN{print 1/3, 100000000, 1e6, 0.1 + 0.2, 2^31, 1e308*10, -1e308*10, -0, 123456789012}"]), "0.333333 100000000 1000000 0.3 2147483648 INF -INF -0 123456789012\n");
  assert.is(out(['{s += $1} END {print s, s / 3}'], "1500000000\n1500000000\n1500000001\n"), "4500000001 1.5e+09\n");
  assert.is(out(["BEGIN{print 1e30; print 3.0 \"\", \"3.0\" + 0, \"1e3x\" + 1, \".5\" + 0, \"+2\" * 2, \" 12 \" + 0}"]), "1.00000000000000001988462483866e+30\n3 3 1001 0.5 4 12\n");
});

t("comparisons: numbers, strings, and strnums from input", () => {
  assert.is(out(['BEGIN{print (1 == 1.0), ("1" == 1), ("a" < "b"), (2 < 10), ("2" < "10"), (x == 0), (x == "")}']), "1 1 1 1 0 1 1\n");
  assert.is(out(['{print ($1 < $2), ($1 "" < $2 ""), ($1 == 10), ($3 == "abc"), ($4 == 0)}'], "2 10 abc 0.0\n"), "1 0 0 1 1\n");
  assert.is(out(['{x = $1; if (x == 1) print "numeric"; else print "string"}'], "1.0\n"), "numeric\n");
});

t("operators: arithmetic, ^, ++ and --, assignment forms, ?:, in, ~, concatenation", () => {
  assert.is(out(["BEGIN{print 7 % 3, -7 % 3, 2^3^2, -2^2, 2^-1, 2**3, 10 / 4}"]), "1 -1 512 -4 0.5 8 2.5\n");
  assert.is(out(["BEGIN{i = 5; print i++, i, ++i, i--, --i; x += 2; x *= 5; x -= 1; x /= 3; x %= 2; x ^= 3; print x}"]), "5 6 7 7 5\n1\n");
  assert.is(out(['BEGIN{a = b = 4; print a, b; print (a > 3 ? "big" : "small"), (0 ? 1 : 0 ? 2 : 3)}']), "4 4\nbig 3\n");
  assert.is(out(['BEGIN{print 1 " " -1; print -12 " " -24; print 1 2, 3 4 + 1; print "a" > "/dev/stdout"}']), "1-1\n-12-24\n12 35\na\n");
  assert.is(out(['BEGIN{x["k"]; print ("k" in x), ("j" in x), !("j" in x); print !0, !1, !"", !"a", - "3x"}']), "1 0 1\n1 0 1 0 -3\n");
  assert.is(out(['$1 ~ $2 {print "yes"} $1 !~ "^a" {print "no"}'], "abc b.\nxyz x\n"), "yes\nyes\nno\n");
});

t("statements: if/else, while, do, for, for-in, break, continue, next, nextfile, exit", () => {
  assert.is(out(["BEGIN{for (i = 0; i < 10; i++) {if (i == 2) continue; if (i == 5) break; printf \"%d \", i}; print \"\"}"]), "0 1 3 4 \n");
  assert.is(out(["BEGIN{i = 3; while (i--) print i; do print \"once\"; while (0); while (1) {if (++j > 2) break}; print j}"]), "2\n1\n0\nonce\n3\n");
  assert.is(out(["BEGIN{if (1) if (0) print \"a\"; else print \"b\"}"]), "b\n");
  assert.is(out(["BEGIN{if (0) {\n print \"a\"\n}\nelse\n print \"c\"\n}"]), "c\n");
  assert.is(out(["NR == 2 {next} {print} NR == 3 {print \"three\"}"], "1\n2\n3\n"), "1\n3\nthree\n");
  assert.is(out(["FNR == 2 {nextfile} {print FILENAME, $0}", "/d/a", "/d/b"], "", { "/d/a": "a1\na2\na3\n", "/d/b": "b1\nb2\n" }), "/d/a a1\n/d/b b1\n");
  assert.is(out(["BEGIN{a[1]; a[2]; a[3]; for (k in a) delete a[k]; print length(a); a[4]; delete a; print length(a)}"]), "0\n0\n");
  const e = awk(["{print; if (NR == 2) exit 3} END {print \"end\", NR}"], "1\n2\n3\n");
  assert.is(e.out, "1\n2\nend 2\n");
  assert.is(e.status, 3);
  const b = awk(["BEGIN {exit 1} END {print \"end runs\"; exit}"]);
  assert.equal([b.out, b.status], ["end runs\n", 1]);
});

t("getline: plain, into a variable, from a file, and its values", () => {
  const files = { "/d/f": "l1\nl2 x\n" };
  assert.is(out(["BEGIN{getline; print \"first:\", $0, NR} {print \"main:\", $0, NR}"], "in1\nin2\n"), "first: in1 1\nmain: in2 2\n");
  assert.is(out(["NR == 1 {getline line; print \"now\", $0, \"line\", line, NR, FNR}"], "a\nb\nc\n"), "now a line b 2 2\n");
  assert.is(
    out(['BEGIN{while ((getline line < "/d/f") > 0) n++; print n, NR; close("/d/f"); getline < "/d/f"; print $0, NF, NR; print (getline x < "/nope"), (getline < "/d/f"), (getline < "/d/f")}'], "", files),
    "2 0\nl1 1 0\n-1 1 0\n",
  );
});

t("print and printf to files: > once truncates, >> appends, close() lets it start again", () => {
  const L = lab();
  L.write("/out", "old\n");
  L.write("/app", "kept\n");
  const r = L.run(["awk", 'BEGIN{print "a" > "/out"; print "b" > "/out"; printf "%s-%d\\n", "c", 3 >> "/app"; close("/out"); print "c" > "/out"; print close("/out"), close("/none")}']);
  assert.equal([r.out, r.err, r.status], ["0 -1\n", "", 0]);
  assert.is(L.read("/out"), "c\n");
  assert.is(L.read("/app"), "kept\nc-3\n");
});

t("user functions: recursion, arrays by reference, scalars by value, locals", () => {
  assert.is(out(["function fact(n) {return n <= 1 ? 1 : n * fact(n - 1)} BEGIN{print fact(10)}"]), "3628800\n");
  assert.is(out(["function fill(a, n,  i) {for (i = 1; i <= n; i++) a[i] = i * i; n = 0} BEGIN{m = 3; fill(sq, m); print sq[1], sq[2], sq[3], m, i \"<\"}"]), "1 4 9 3 <\n");
  assert.is(out(["function f(x) {x[\"k\"] = 1} BEGIN{f(arr); print length(arr), arr[\"k\"]}"]), "1 1\n");
  assert.is(out(["function noret() {} BEGIN{x = noret(); print \"[\" x \"]\", length(x)}"]), "[] 0\n");
  const r = awk(["function f(a) {return a} BEGIN{print f(1, 2)}"]);
  assert.equal([r.out, r.err, r.status], ["1\n", "awk: 0602-563 Function f is called with 2 arguments, but uses only 1.\n The source line number is 1.\n", 0]);
});

t("string built-ins: length substr index split sub gsub match sprintf tolower toupper", () => {
  assert.is(out(['BEGIN{print length("hello"), length(12345), length(), substr("hello", 2, 3), substr("hello", 0, 2), substr("hello", -1), substr("hello", 4, 100), substr("hello", 1.9, 2.9)}']), "5 5 0 ell he hello lo he\n");
  assert.is(out(["{print length, length($2)}"], "ab cde\n"), "6 3\n");
  assert.is(out(['BEGIN{print index("hello", "ll"), index("hello", "z"), index("", ""), toupper("ab1c"), tolower("AbC")}']), "3 0 0 AB1C abc\n");
  assert.is(out(['BEGIN{n = split("a:b::c", p, ":"); print n, p[3] "|" p[4]; n = split("  x  y ", q); print n, q[1] q[2]; n = split("a1b22c", r, /[0-9]+/); print n, r[3]; print split("", s), split("abc", c, ""), c[2]}']), "4 |c\n2 xy\n3 c\n0 3 b\n");
  assert.is(out(['BEGIN{s = "hello world"; n = gsub(/o/, "0", s); print n, s; sub(/l+/, "[&]", s); print s; t = "aaa"; gsub(/x*/, "-", t); print t; u = "a.b.c"; gsub(".", "X", u); print u; v = "a&b"; gsub(/&/, "\\\\&\\\\&", v); print v}']), "2 hell0 w0rld\nhe[ll]0 w0rld\n-a-a-a-\nXXXXX\na&&b\n");
  assert.is(out(['{gsub(/[0-9]/, "#"); print; print NF}'], "a1 b22 c\n"), "a# b## c\n3\n");
  assert.is(out(['{sub(/b/, "B", $2); print; x = "xx"; print sub(/z/, "y", x), x}'], "a b c\n"), "a B c\n0 xx\n");
  assert.is(out(['BEGIN{s = sprintf("%s=%d", "n", 42); print s, length(s)}']), "n=42 4\n");
});

t("arithmetic built-ins, and rand() the same every run unless srand()", () => {
  assert.is(out(['BEGIN{print int(-3.7), int("4.9x"), sqrt(16), exp(0), log(1), sin(0), cos(0), atan2(0, -1), exp(1)}']), "-3 4 4 1 0 0 1 3.14159 2.71828\n");
  const r1 = out(["BEGIN{print rand(), rand(), rand()}"]);
  assert.is(r1, "0.513855 0.17572 0.308624\n");
  assert.is(out(["BEGIN{print rand(), rand(), rand()}"]), r1);
  assert.is(out(["BEGIN{srand(7); a = rand(); srand(7); print (a == rand()), srand(3), srand()}"]), "1 7 3\n");
  // srand() takes the machine's clock (2013-11-27T06:43:00Z)
  assert.is(out(["BEGIN{srand(); print srand()}"]), "1385534580\n");
  const w = awk(["BEGIN{print log(-1), sqrt(-4); print \"after\"}"]);
  assert.is(w.out, "1 1\nafter\n");
  assert.is(w.err, "awk: 0602-550 The log argument is out of domain.\n The source line number is 1.\nawk: 0602-550 The sqrt argument is out of domain.\n The source line number is 1.\n");
});

t("printf: conversions, flags, width and precision, * and C's rounding", () => {
  assert.is(
    out(['BEGIN{printf "%s|%5s|%-5s|%.2s|%c|%c|%c|%d|%05d|%+d|% d|%o|%X|%#x|%#o|%e|%E|%g|%G|%%\\n", "x", "ab", "ab", "abcdef", "hello", 256 + 66, "", 3.99, 42, 5, 5, 8, 255, 255, 8, 12345.678, 0.000123, 0.0001, 1e10}']),
    "x|   ab|ab   |ab|h|B||3|00042|+5| 5|10|FF|0xff|010|1.234568e+04|1.230000E-04|0.0001|1E+10|%\n",
  );
  assert.is(out(['BEGIN{printf "%d %d %i %u %x\\n", 2147483648, -2147483649, "12abc", -1, -1}']), "2147483647 -2147483648 12 4294967295 ffffffff\n");
  assert.is(out(['BEGIN{printf "%.0f %.0f %.2f %.1f %5.1f%%\\n", 2.5, 3.5, 0.125, 0.05, 99.95}']), "2 4 0.12 0.1 100.0%\n");
  assert.is(out(['BEGIN{printf "%*d|%-*d|%.*f\\n", 4, 7, 3, 1, 2, 3.14159; printf("%s %s\\n", "paren", "form")}']), "   7|1  |3.14\nparen form\n");
  assert.is(out(['BEGIN{printf "%z %d\\n", "q", 1; printf "no newline"}']), "%zq 1\nno newline");
  assert.is(out(['$1 ~ /^[0-9]+$/ {printf "%c", $1} END {print ""}'], "72\n105\n"), "Hi\n");
});

t("strings in the program: escapes, and regular expressions written with awk's escapes", () => {
  assert.is(out(['BEGIN{print "a\\tb\\\\c\\"d\\101\\/e"}']), 'a\tb\\c"dA/e\n');
  assert.is(out(["/a\\/b/ {print \"slash\"} /\\$$/ {print \"dollar\"} /\\./ {print \"dot\"}"], "a/b\nx$\nno\n1.2\n"), "slash\ndollar\ndot\n");
  assert.is(out(['$0 ~ "\\\\." {print "dot:" $0}'], "a.b\nab\n"), "dot:a.b\n");
  assert.is(out(["/{/ {print \"brace\"} /x{2}/ {print \"two x\"}"], "a{b\nxx\n"), "brace\ntwo x\n");
});

t.run();
