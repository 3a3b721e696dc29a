// The text tools on the Solaris machine print and fail as Solaris 11.1's own programs in root's
// PATH do (/usr/bin/grep the regexpr grep, /usr/bin/awk the old awk, System V sed and tr, find.c,
// the Sun sort, xargs, file, more, pg, uniq, cut, man; bash's printf): their main error paths —
// a missing file, a bad flag, a bad expression or program, the usage — with exact text and status.
// The machine's texts are catalog-texttools.ts, the rules beyond them tools.ts.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const t = suite("Solaris text tools");

/** a Solaris session with a small file to work on; `run` gives the terminal's text and status */
function sol() {
  const s = createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
  s.sys.writeFile("/tmp/f", "one two\nthree four\n");
  const run = (line: string) => {
    const r = runLine(s, line);
    return [r.output, r.status] as const;
  };
  return { s, run };
}

const GREP_USAGE = "Usage: grep [-c|-l|-q] -bhinsvw pattern file . . .\n";

t("grep: -E is not /usr/bin/grep's, a bad expression is regexp(5)'s RE error, a missing file is can't open", () => {
  const { run } = sol();
  assert.equal(run("grep -E one /tmp/f"), ["grep: illegal option -- E\n" + GREP_USAGE, 2]);
  assert.equal(run("grep"), [GREP_USAGE, 2]);
  assert.equal(run("grep '[' /tmp/f"), ["grep: RE error 49: [ ] imbalance.\n", 2]);
  assert.equal(run("grep 'a\\(' /tmp/f"), ["grep: RE error 42: \\( \\) imbalance.\n", 2]);
  assert.equal(run("grep 'o\\{2,1\\}' /tmp/f"), ["grep: RE error 46: First number exceeds second in \\{ \\}.\n", 2]);
  assert.equal(run("grep one /nosuch /tmp/f"), ["grep: can't open /nosuch\n/tmp/f:one two\n", 2]);
  assert.equal(run("grep -s one /nosuch"), ["", 2]);
  assert.equal(run("grep -l one < /tmp/f"), ["<stdin>\n", 0]);
});

const SED_USAGE = "Usage:\tsed [-n] script [file...]\n\tsed [-n] [-e script]...[-f script_file]...[file...]\n";

t("sed: the System V sed's usage (exit 2), command garbled, Unrecognized command, Can't open", () => {
  const { run } = sol();
  assert.equal(run("sed"), [SED_USAGE, 2]);
  assert.equal(run("sed -u p /tmp/f"), ["sed: illegal option -- u\n" + SED_USAGE, 2]);
  assert.equal(run("sed 's/a/b' /tmp/f"), ["sed: command garbled: s/a/b\n", 2]);
  assert.equal(run("sed 's/[/x/' /tmp/f"), ["sed: command garbled: s/[/x/\n", 2]);
  assert.equal(run("sed k /tmp/f"), ["sed: Unrecognized command: k\n", 2]);
  assert.equal(run("sed -n p /nosuch /tmp/f"), ["sed: Can't open /nosuch\none two\nthree four\n", 2]);
  assert.equal(run("sed -f /nosuch /tmp/f"), ["sed: Cannot open pattern-file: /nosuch\n", 2]);
});

t("awk is the old awk: its usage, syntax errors near a line, can't open, division by zero with the record", () => {
  const { run } = sol();
  assert.equal(run("awk"), ["awk: Usage: awk [-Fc] [-f source | 'cmds'] [files]\n", 2]);
  assert.equal(run("awk '{print $1'"), ["awk: syntax error near line 1\nawk: illegal statement near line 1\n", 2]);
  assert.equal(run("awk '{print}' /nosuch"), ["awk: can't open /nosuch\n", 2]);
  assert.equal(run("awk -f /nosuch"), ["awk: can't open /nosuch\n", 2]);
  assert.equal(run("awk 'BEGIN { x = 1 / 0 }'"), ["awk: division by zero\n", 2]);
  assert.equal(run("awk '{ x = 1 / 0 }' /tmp/f"), ["awk: division by zero\n record number 1\n", 2]);
});

const FIND_USAGE = "find: [-H | -L] path-list predicate-list\n";

t("find: find.c's messages with argv[0], the usage after a bad option (exit 1), incomplete at once, status 1", () => {
  const { run } = sol();
  assert.equal(run("find"), ["find: insufficient number of arguments\n" + FIND_USAGE, 1]);
  assert.equal(run("find -name x"), [FIND_USAGE, 1]);
  assert.equal(run("find /tmp -foo"), ["find: bad option -foo\n" + FIND_USAGE, 1]);
  assert.equal(run("find /tmp -name f -print extra"), ["find: bad option extra\n" + FIND_USAGE, 1]);
  assert.equal(run("find /tmp -name"), ["find: incomplete statement\n", 1]);
  assert.equal(run("find /tmp -exec ls"), ["find: incomplete statement\n", 1]);
  assert.equal(run("find /nosuch /tmp/f"), ["find: cannot open /nosuch: No such file or directory\n/tmp/f\n", 1]);
  assert.equal(run("find /tmp -user nosuch"), ["find: cannot find nosuch name\n", 1]);
  assert.equal(run("find /tmp -newer /nosuch"), ["find: cannot access /nosuch\n", 1]);
  assert.equal(run("find /tmp -perm zz"), ["find: -perm: Bad permission string\n" + FIND_USAGE, 1]);
  assert.equal(run("/usr/bin/find"), ["/usr/bin/find: insufficient number of arguments\n/usr/bin/find: [-H | -L] path-list predicate-list\n", 1]);
  // the child of -exec exits 1 without a word; find's status is not changed
  assert.equal(run("find /tmp/f -exec nosuchcmd {} \\;"), ["", 0]);
  assert.equal(run("find /tmp/f -ok echo {} \\; < /dev/null"), ["< echo ... /tmp/f >?   ", 2]);
});

t("find: a directory it cannot read is FTW_DNR's line with the path as walked; status 1 however many", () => {
  const { s, run } = sol();
  s.sys.mkdirp("/tmp/x/y");
  s.sys.mkdirp("/tmp/x/z");
  s.sys.chmod("/tmp/x/y", 0);
  s.sys.chmod("/tmp/x/z", 0);
  const user = { uid: 100, gid: 100, groups: [100] };
  // (each stream alone here; their order, the report before the name, is in behaviour.test.ts)
  assert.equal(s.machine.asCred(user, () => run("find /tmp/x 2>/dev/null")), ["/tmp/x\n/tmp/x/y\n/tmp/x/z\n", 1]);
  assert.equal(
    s.machine.asCred(user, () => run("find /tmp/x >/dev/null")),
    ["find: cannot read dir /tmp/x/y: Permission denied\nfind: cannot read dir /tmp/x/z: Permission denied\n", 1],
  );
});

t("sort: the Sun sort's usage, can't stat a missing file, disorder: for -c", () => {
  const { s, run } = sol();
  assert.equal(run("sort /nosuch"), ["sort: can't stat /nosuch: No such file or directory\n", 2]);
  assert.equal(run("sort -A /tmp/f"), [
    "sort: illegal option -- A\nusage: sort [-cmu] [-o output] [-T directory] [-S mem] [-z recsz]\n\t[-dfiMnr] [-b] [-t char] [-k keydef] [+pos1 [-pos2]] files...\n",
    2,
  ]);
  s.sys.writeFile("/tmp/u", "b\na\n");
  assert.equal(run("sort -c /tmp/u"), ["sort: disorder: a\n", 1]);
  s.sys.writeFile("/tmp/n", "b\na");
  assert.equal(run("sort /tmp/n"), ["sort: missing NEWLINE added at end of input file /tmp/n\na\nb\n", 0]);
});

const XARGS_USAGE =
  "xargs: Usage: xargs: [-t] [-p] [-e[eofstr]] [-E eofstr] [-I replstr] [-i[replstr]] [-L #] [-l[#]] [-n # [-x]] [-s size] [cmd [args ...]]\n";

t("xargs: getopt's line or ermsg() and the usage, exit 2; a command it cannot run is Could not exec, 127", () => {
  const { run } = sol();
  assert.equal(run("xargs -z"), ["xargs: illegal option -- z\n" + XARGS_USAGE, 2]);
  assert.equal(run("xargs -n"), ["xargs: option requires an argument -- n\n" + XARGS_USAGE, 2]);
  assert.equal(run("echo a | xargs -n 0 echo"), ["xargs: #args must be positive int: 0\n" + XARGS_USAGE, 2]);
  assert.equal(run("echo a | xargs nosuchcmd"), ["xargs: Could not exec command: No such file or directory\n", 127]);
});

const FILE_USAGE =
  "usage: file [-dh] [-M mfile] [-m mfile] [-f ffile] file ...\n       file [-dh] [-M mfile] [-m mfile] -f ffile\n       file -i [-h] [-f ffile] file ...\n       file -i [-h] -f ffile\n       file -c [-d] [-M mfile] [-m mfile]\n";

t("file: the types of file.c, cannot open on standard output for a missing file (status 0), the usage", () => {
  const { s, run } = sol();
  s.sys.writeFile("/tmp/empty", "");
  assert.equal(run("file /tmp/f /nosuch /tmp /tmp/empty 2>/dev/null"), [
    "/tmp/f:\t\tascii text\n/nosuch:\tcannot open: No such file or directory\n/tmp:\t\tdirectory\n/tmp/empty:\tempty file\n",
    0,
  ]);
  assert.equal(run("file"), [FILE_USAGE, 2]);
  assert.equal(run("file -z /tmp/f"), ["file: illegal option -- z\n" + FILE_USAGE, 2]);
  assert.equal(run("file -f /nosuch"), ["cannot open /nosuch\n" + FILE_USAGE, 2]);
});

t("more and pg: perror's line for a missing file; more names a directory on standard output", () => {
  const { s, run } = sol();
  s.sys.mkdirp("/tmp/d");
  assert.equal(run("more /nosuch"), ["/nosuch: No such file or directory\n", 1]);
  assert.equal(run("more /tmp/d 2>/dev/null"), ["\n*** /tmp/d: directory ***\n\n", 1]);
  assert.equal(run("pg /nosuch"), ["/nosuch: No such file or directory\n", 1]);
  assert.equal(run("pg /tmp/d"), ["pg: /tmp/d is a directory\n", 1]);
  assert.equal(run("pg -z /tmp/f"), ["pg: illegal option -- z\nUsage: pg [-number] [-p string] [-cefnrs] [+line] [+/pattern/] files\n", 1]);
});

const UNIQ_USAGE = "Usage:\tuniq [-c|-d|-u][-f fields][-s char] [input_file [output_file]]\nOr:\tuniq [-c|-d|-u][-n][+m] [input_file [output_file]]\n";

t("uniq: cannot open without uniq:, exit 2 after a bad flag, 1 after a bad count, 3 after exclusive options", () => {
  const { run } = sol();
  assert.equal(run("uniq /nosuch"), ["cannot open /nosuch\n", 1]);
  assert.equal(run("uniq -z /tmp/f"), ["uniq: illegal option -- z\n" + UNIQ_USAGE, 2]);
  assert.equal(run("uniq -f x /tmp/f"), ["uniq -f: bad fields value: x\n" + UNIQ_USAGE, 1]);
  assert.equal(run("uniq -c -d /tmp/f"), ["Mutually exclusive options were given!\n" + UNIQ_USAGE, 3]);
});

const CUT_USAGE = "usage: cut -b list [-n] [filename ...]\n       cut -c list [filename ...]\n       cut -f list [-d delim] [-s] [filename]\n";

t("cut: the usage exits 2, diag()'s list errors exit 2, cannot open goes on with status 1", () => {
  const { run } = sol();
  assert.equal(run("cut /tmp/f"), [CUT_USAGE, 2]);
  assert.equal(run("cut -z /tmp/f"), ["cut: illegal option -- z\n" + CUT_USAGE, 2]);
  assert.equal(run("cut -f a /tmp/f"), ["cut: invalid character in range\n", 2]);
  assert.equal(run("cut -f 3-1 /tmp/f"), ["cut: ranges must be increasing\n", 2]);
  assert.equal(run("cut -c1 /nosuch /tmp/f"), ["cut: cannot open /nosuch\no\nt\n", 1]);
});

t("tr: /usr/bin/tr takes none to two strings and -cds only; its string errors name argv[0]", () => {
  const { run } = sol();
  assert.equal(run("echo abc | tr"), ["abc\n", 0]);
  assert.equal(run("echo abc | tr abc"), ["abc\n", 0]);
  assert.equal(run("echo aabbcc | tr -s abc"), ["abc\n", 0]);
  assert.equal(run("tr -A a b"), ["tr: illegal option -- A\nUsage: tr [ -cds ] [ String1 [ String2 ] ]\n", 1]);
  assert.equal(run("tr a b c"), ["Usage: tr [ -cds ] [ String1 [ String2 ] ]\n", 1]);
  assert.equal(run("echo abc | tr '[:foo:]' x"), ["tr: Bad string between [ and ].\n", 1]);
  assert.equal(run("echo abc | tr c-a x"), ["tr: Range endpoints out of order.\n", 1]);
});

t("printf is bash's built-in: its usage (exit 2) and invalid number; print is no command", () => {
  const { run } = sol();
  assert.equal(run("printf"), ["printf: usage: printf [-v var] format [arguments]\n", 2]);
  assert.equal(run("printf '%d\\n' abc"), ["-bash: printf: abc: invalid number\n0\n", 1]);
  assert.equal(run("print hi"), ["-bash: print: command not found\n", 127]);
});

t("man: the usage exits 2; a page it cannot find is said on standard output and man exits 0", () => {
  const { run } = sol();
  assert.equal(run("man nosuch 2>/dev/null"), ["No manual entry for nosuch.\n", 0]);
  assert.equal(run("man"), ["usage:\tman [-] [-adFlrt] [-M path] [-T macro-package ] [ -s section ] name ...\n\tman [-M path] -k keyword ...\n\tman [-M path] -f file ...\n", 2]);
});

t.run();
