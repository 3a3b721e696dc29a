// The text tools read a system's rules beyond their texts (OsFormats.tools): on AIX and BSD,
// which have none, every path those rules touch prints and exits as before — find's "cannot
// change directory" lines (their errno text is now the template's third argument), an empty
// find primary argument, printf without a format, uniq's exclusive options, tr's POSIX operands,
// man's missing page and grep's -p.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { bsdLab } from "../bsd/files-helpers.js";
import { lab } from "./helpers.js";

const t = suite("tool rules: AIX and BSD unchanged");

const USER = { uid: 100, gid: 100, groups: [100] };

/** find over a directory the user may not read, as AIX and BSD said it before */
t("find: a directory that cannot be read, on AIX and on BSD", () => {
  const cases: [typeof lab | typeof bsdLab, string][] = [
    [lab, "find: 0652-081 cannot change directory to </tmp/x/y>:\n  : The file access permissions do not allow the specified action.\n"],
    [bsdLab, "find: /tmp/x/y:  : Permission denied\n"],
  ];
  for (const [mk, err] of cases) {
    const l = mk();
    l.sys.mkdirp("/tmp/x/y");
    l.sys.chmod("/tmp/x/y", 0);
    const r = l.machine.asCred(USER, () => l.run(["find", "/tmp/x"]));
    assert.equal([r.out, r.err, r.status], ["/tmp/x\n/tmp/x/y\n", err, 1]);
  }
});

t("the paths a rule changes elsewhere: AIX", () => {
  const s = createSession({ os: "aix" });
  const run = (line: string) => {
    const r = runLine(s, line);
    return [r.output, r.status] as const;
  };
  assert.equal(run("find /tmp -name"), ["", 0]);
  assert.equal(run("printf"), ["", 0]);
  assert.equal(run("uniq -c -d /etc/passwd"), ["Usage: uniq [-c | -d | -u] [-f Fields] [-s Chars] [-Fields] [+Chars] [InFile [OutFile]]\n", 1]);
  const trUsage = "Usage: tr [ -c | -cds | -cs | -ds | -s ] [-A] String1 String2\n       tr { -cd | -cs | -d | -s } [-A] String1\n";
  assert.equal(run("tr"), [trUsage, 1]);
  assert.equal(run("echo abc | tr abc"), ["tr: 0653-712 The combination of options and String parameters is not legal.\n" + trUsage, 1]);
  assert.equal(run("man nosuch 2>/dev/null"), ["", 1]);
  assert.equal(run("grep '[' /etc/passwd"), ["grep: 0652-035 The specified pattern is not valid.\n", 2]);
  assert.equal(run("find /nosuch"), ["find: 0652-019 The status on /nosuch is not valid.\n", 1]);
});

t("the paths a rule changes elsewhere: BSD", () => {
  const s = createSession({ os: "bsd" });
  const run = (line: string) => {
    const r = runLine(s, line);
    return [r.output, r.status] as const;
  };
  assert.equal(run("find /tmp -name"), ["", 0]);
  assert.equal(run("printf"), ["", 0]);
  assert.equal(run("uniq -c -d /etc/passwd"), ["usage: uniq [-c | -du] [-f fields] [-s chars] [input [output]]\n", 1]);
  assert.equal(run("man nosuch"), ["man: no entry for nosuch in the manual.\n", 1]);
  assert.equal(run("find /nosuch"), ["find: /nosuch: No such file or directory\n", 1]);
});

t.run();
