// Review 11: root's bash on Solaris 11.1 — ulimit and umask as bash 4.1's built-ins, the limits
// the process has (pfiles agrees), hash and source, bash --version (docs/fidelity/solaris.md,
// "Review 11: bash").
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });

test("ulimit -a: bash's rows for Solaris's resources, Solaris's default limits", () => {
  assert.equal(runLine(sol(), "ulimit -a"), {
    output:
      "core file size          (blocks, -c) unlimited\n" +
      "data seg size           (kbytes, -d) unlimited\n" +
      "file size               (blocks, -f) unlimited\n" +
      "open files                      (-n) 256\n" +
      "pipe size            (512 bytes, -p) 10\n" +
      "stack size              (kbytes, -s) 8192\n" +
      "cpu time               (seconds, -t) unlimited\n" +
      "max user processes              (-u) 29995\n" +
      "virtual memory          (kbytes, -v) unlimited\n",
    status: 0,
  });
});

test("ulimit single values, hard limits, two options with their rows", () => {
  const s = sol();
  assert.equal(runLine(s, "ulimit -n; ulimit -c; ulimit -Hn; ulimit -Hs; ulimit"), { output: "256\nunlimited\n65536\nunlimited\nunlimited\n", status: 0 });
  assert.equal(runLine(s, "ulimit -n -s"), { output: "open files                      (-n) 256\nstack size              (kbytes, -s) 8192\n", status: 0 });
});

test("ulimit -x: invalid option and bash 4.1's usage, status 2", () => {
  assert.equal(runLine(sol(), "ulimit -x"), { output: "-bash: ulimit: -x: invalid option\nulimit: usage: ulimit [-SHacdefilmnpqrstuvx] [limit]\n", status: 2 });
});

test("the descriptor limit is the process's: pfiles $$ shows what ulimit -n says and sets", () => {
  const s = sol();
  assert.match(runLine(s, "pfiles $$").output, /\n {2}Current rlimit: 256 file descriptors\n/);
  assert.equal(runLine(s, "ulimit -n 100; ulimit -n; ulimit -Hn").output, "100\n100\n");
  assert.match(runLine(s, "pfiles $$").output, /\n {2}Current rlimit: 100 file descriptors\n/);
  // a child shell inherits it
  assert.equal(runLine(s, "bash -c 'ulimit -n'").output, "100\n");
});

test("ulimit's failures: not a limit, above the hard limit, not a number", () => {
  const s = sol();
  assert.equal(runLine(s, "ulimit -p 3"), { output: "-bash: ulimit: pipe size: cannot modify limit: Invalid argument\n", status: 1 });
  assert.equal(runLine(s, "ulimit -Sn 70000"), { output: "-bash: ulimit: open files: cannot modify limit: Invalid argument\n", status: 1 });
  assert.equal(runLine(s, "ulimit -n abc"), { output: "-bash: ulimit: abc: invalid number\n", status: 1 });
});

test("ulimit -f sets the file size writes obey, in 1024-byte blocks", () => {
  const s = sol();
  assert.equal(runLine(s, "ulimit -f 1; ulimit -f; ulimit -Hf").output, "1\n1\n");
  assert.equal(s.proc.fsizeLimit, 1024);
});

test("umask: four octal digits, -S, -p; symbolic and octal modes; bad ones", () => {
  const s = sol();
  assert.equal(runLine(s, "umask; umask -S; umask -p; umask -pS"), { output: "0022\nu=rwx,g=rx,o=rx\numask 0022\numask -S u=rwx,g=rx,o=rx\n", status: 0 });
  assert.equal(runLine(s, "umask 077; umask; umask -S g+rx; umask"), { output: "0077\nu=rwx,g=rx,o=\n0027\n", status: 0 });
  assert.equal(runLine(s, "umask 999; umask"), { output: "-bash: umask: 999: octal number out of range\n0027\n", status: 0 });
  assert.equal(runLine(s, "umask u+z"), { output: "-bash: umask: `z': invalid symbolic mode character\n", status: 1 });
  assert.equal(runLine(s, "umask -x"), { output: "-bash: umask: -x: invalid option\numask: usage: umask [-p] [-S] [mode]\n", status: 2 });
});

test("hash: empty, then what bash ran by name with its hits; -t, -l, -r, not found", () => {
  const s = sol();
  assert.equal(runLine(s, "hash"), { output: "hash: hash table empty\n", status: 0 });
  runLine(s, "ls >/dev/null; cat /dev/null; ls >/dev/null");
  assert.equal(runLine(s, "hash"), { output: "hits\tcommand\n   2\t/usr/bin/ls\n   1\t/usr/bin/cat\n", status: 0 });
  assert.equal(runLine(s, "hash -t ls; hash -l"), { output: "/usr/bin/ls\nbuiltin hash -p /usr/bin/ls ls\nbuiltin hash -p /usr/bin/cat cat\n", status: 0 });
  assert.equal(runLine(s, "hash -r; hash"), { output: "hash: hash table empty\n", status: 0 });
  assert.equal(runLine(s, "hash nosuch"), { output: "-bash: hash: nosuch: not found\n", status: 1 });
  assert.equal(runLine(s, "hash grep; hash"), { output: "hits\tcommand\n   0\t/usr/bin/grep\n", status: 0 });
});

test("source is .: runs the file with its arguments; without one, source.def's usage", () => {
  const s = sol();
  runLine(s, "echo 'echo sourced $1' > /tmp/s.sh");
  assert.equal(runLine(s, "source /tmp/s.sh a; . /tmp/s.sh b"), { output: "sourced a\nsourced b\n", status: 0 });
  assert.equal(runLine(s, "source"), { output: "-bash: source: filename argument required\nsource: usage: source filename [arguments]\n", status: 2 });
  assert.equal(runLine(s, "type source"), { output: "source is a shell builtin\n", status: 0 });
});

test("bash --version: show_shell_version's lines, status 0", () => {
  assert.equal(runLine(sol(), "bash --version"), {
    output:
      "GNU bash, version 4.1.9(2)-release (i386-pc-solaris2.11)\nCopyright (C) 2009 Free Software Foundation, Inc.\n" +
      "License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\n" +
      "This is free software; you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n",
    status: 0,
  });
});

test("AIX's ksh ulimit and umask are unchanged", () => {
  const s = createSession({ os: "aix", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
  assert.equal(runLine(s, "umask; ulimit -n").output, "022\n2000\n");
  assert.match(runLine(s, "ulimit -a").output, /^time\(seconds\) {8}unlimited\n/);
  assert.equal(runLine(s, "hash; source /x").status, 127);
});

test("source and . of a file that is not there: the open's error, status 1 (review 11c #1)", () => {
  const s = sol();
  assert.equal(runLine(s, "source /nonexist; echo $?").output, "-bash: /nonexist: No such file or directory\n1\n");
  assert.equal(runLine(s, ". nofile; echo $?").output, "-bash: nofile: No such file or directory\n1\n");
});

test.run();
