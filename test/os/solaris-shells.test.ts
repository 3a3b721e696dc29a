// The Solaris machine's shells: root's bash 4.1 and ksh93 as sh and ksh. Exact output for bash's
// job lines, its names and line numbers when not interactive, its texts for the shell ids, its own
// built-ins (type, declare, local, shopt; no print or whence), and ksh93's messages for sh -c, a
// #!/bin/sh script and an interactive ksh started from bash (docs/fidelity/solaris.md, "The shells").
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";

const sol = () => createSession({ os: "solaris", clock: Date.UTC(2013, 10, 27, 6, 43) / 1000 });
const run = (s: Session, line: string) => runLine(s, line);
const out = (s: Session, line: string) => runLine(s, line).output;

/** type a line, let it run, then press a key that sends a signal; what the terminal showed */
function typeThen(s: Session, line: string, key: "interrupt" | "suspend"): string {
  let text = "";
  s.sink = { write: (d) => void (text += typeof d === "string" ? d : new TextDecoder().decode(d)) };
  s.tty.typeLine(line);
  s.drive(1000, { clock: false });
  s[key]();
  s.finish(1_000_000, line);
  s.sink = null;
  return text;
}

test("bash's jobs: [1] pid on &, the 24-column status, + and -, jobs -l, a pipeline, notices in number order", () => {
  const s = sol();
  const m = /^\[1\] (\d+)\n$/.exec(out(s, "sleep 100 &"));
  assert.ok(m);
  assert.is(out(s, "echo $!"), `${m![1]}\n`);
  assert.match(out(s, "sleep 5 | cat &"), /^\[2\] \d+\n$/);
  assert.is(out(s, "jobs"), "[1]-  Running                 sleep 100 &\n[2]+  Running                 sleep 5 | cat &\n");
  const pid = Number(m![1]);
  assert.is(out(s, "jobs -l"), `[1]-  ${pid} Running                 sleep 100 &\n[2]+  ${pid + 1} Running                 sleep 5\n      ${pid + 2}                       | cat &\n`);
  assert.is(out(s, "jobs -p"), `${pid}\n${pid + 1}\n`);
  assert.match(out(s, "sleep 1 &"), /^\[3\] \d+\n$/);
  // the ended jobs are said before the next prompt, in number order, and leave the table
  assert.is(out(s, "sleep 10"), "[2]-  Done                    sleep 5 | cat\n[3]+  Done                    sleep 1\n");
  assert.is(out(s, "jobs"), "[1]+  Running                 sleep 100 &\n");
});

test("bash's jobs: the directory it started in, Terminated, Exit N, no such job", () => {
  const s = sol();
  run(s, "sleep 100 &");
  run(s, "cd /tmp");
  assert.is(out(s, "jobs"), "[1]+  Running                 sleep 100 &  (wd: ~)\n");
  assert.is(out(s, "kill %1"), "[1]+  Terminated              sleep 100  (wd: ~)\n(wd now: /tmp)\n");
  // a job that ends at once is said before the next prompt
  assert.match(out(s, "sh -c 'exit 3' &"), /^\[1\] \d+\n\[1\]\+  Exit 3                  sh -c 'exit 3'\n$/);
  assert.equal(run(s, "jobs %9"), { output: "-bash: jobs: %9: no such job\n", status: 1 });
  assert.equal(run(s, "fg"), { output: "-bash: fg: current: no such job\n", status: 1 });
  assert.equal(run(s, "jobs -z"), { output: "-bash: jobs: -z: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n", status: 2 });
});

test("bash's jobs: Ctrl-Z says Stopped on a line of its own, jobs -l the signal, bg and fg say the command, exit warns once", () => {
  const s = sol();
  assert.is(typeThen(s, "sleep 100", "suspend"), "^Z\n[1]+  Stopped                 sleep 100\n");
  assert.is(out(s, "jobs"), "[1]+  Stopped                 sleep 100\n");
  assert.match(out(s, "jobs -l"), /^\[1\]\+  \d+ Stopped \(user\)          sleep 100\n$/);
  assert.match(out(s, "sleep 200 &"), /^\[2\] \d+\n$/);
  // the stopped job stays the current one
  assert.is(out(s, "jobs"), "[1]+  Stopped                 sleep 100\n[2]-  Running                 sleep 200 &\n");
  assert.is(out(s, "bg %1"), "[1]+ sleep 100 &\n");
  assert.is(typeThen(s, "fg %1", "interrupt"), "sleep 100\n^C\n");
  assert.is(typeThen(s, "sleep 300", "suspend"), "^Z\n[1]+  Stopped                 sleep 300\n");
  assert.is(out(s, "exit"), "There are stopped jobs.\n");
});

test("bash names itself by argv[0] when interactive, by $0 and the line otherwise (error.c)", () => {
  const s = sol();
  assert.equal(run(s, "nosuch"), { output: "-bash: nosuch: command not found\n", status: 127 });
  // bash -c: its lines count from 0; a built-in's line is always named, the shell's only past 0
  assert.equal(run(s, "bash -c 'nosuch; cd /x'"), { output: "bash: nosuch: command not found\nbash: line 0: cd: /x: No such file or directory\n", status: 1 });
  assert.equal(run(s, "bash -c 'echo a\nnosuch'"), { output: "a\nbash: line 1: nosuch: command not found\n", status: 127 });
  assert.is(out(s, "/usr/bin/bash -c 'cd /x'"), "/usr/bin/bash: line 0: cd: /x: No such file or directory\n");
  assert.is(out(s, "bash -c 'nosuch' myname"), "myname: nosuch: command not found\n");
  // a script names its path and the line of the command
  run(s, "printf 'echo a\\nnosuch\\nif true; then\\n  cd /y\\nfi\\n' > /tmp/s.sh; chmod +x /tmp/s.sh");
  const script = "a\n/tmp/s.sh: line 2: nosuch: command not found\n/tmp/s.sh: line 4: cd: /y: No such file or directory\n";
  assert.is(out(s, "bash /tmp/s.sh"), script);
  assert.is(out(s, "/tmp/s.sh"), script);
  // standard input is read line by line
  assert.is(out(s, "printf 'echo a\\nnosuch\\ncd /z\\n' | bash"), "a\nbash: line 2: nosuch: command not found\nbash: line 3: cd: /z: No such file or directory\n");
  // a `.` file is named while it runs (BASH_SOURCE); interactive, the login's name
  run(s, "printf 'nosuch2\\n' > /tmp/lib.sh");
  assert.is(out(s, ". /tmp/lib.sh"), "-bash: nosuch2: command not found\n");
  assert.is(out(s, "bash -c '. /tmp/lib.sh'"), "/tmp/lib.sh: line 1: nosuch2: command not found\n");
  assert.equal(run(s, "bash /nofile"), { output: "bash: /nofile: No such file or directory\n", status: 127 });
  // a pipeline stage's failed redirection is the shell's line, not the command's (was "cat: …")
  assert.is(out(s, "cat < /nonexistent | wc -l"), "-bash: /nonexistent: No such file or directory\n       0\n");
  // a foreground command a signal killed: a script says where, and the job in the long form
  assert.match(out(s, `bash -c 'sh -c "kill -9 \\$\\$"; echo after'`), /^bash: line 0:  \d+ Killed                  sh -c 'kill -9 \$\$'\nafter\n$/);
  assert.is(out(s, "sh -c 'kill -TERM $$'"), "Terminated\n");
});

test("bash's syntax errors: -c: line 0 and the line itself, end of file on the next line, a script's line", () => {
  const s = sol();
  assert.equal(run(s, "bash -c 'echo )'"), { output: "bash: -c: line 0: syntax error near unexpected token `)'\nbash: -c: line 0: `echo )'\n", status: 2 });
  assert.is(out(s, "bash -c 'if true'"), "bash: -c: line 1: syntax error: unexpected end of file\n");
  assert.is(out(s, `bash -c "echo 'a"`), "bash: -c: line 0: unexpected EOF while looking for matching `''\nbash: -c: line 1: syntax error: unexpected end of file\n");
  run(s, "printf 'echo a\\necho b )\\n' > /tmp/e.sh");
  assert.is(out(s, "bash /tmp/e.sh"), "a\n/tmp/e.sh: line 2: syntax error near unexpected token `)'\n/tmp/e.sh: line 2: `echo b )'\n");
  assert.is(out(s, "echo )"), "-bash: syntax error near unexpected token `)'\n");
});

test("bash's texts for the shell ids (catalog-bashcommon.ts), with the name and the line in front", () => {
  const s = sol();
  const cases: [string, string][] = [
    ["shift x", "-bash: shift: x: numeric argument required\n"],
    ["export 2b", "-bash: export: `2b': not a valid identifier\n"],
    ["typeset 1a=2", "-bash: typeset: `1a': not a valid identifier\n"],
    ["kill -FOO 1", "-bash: kill: FOO: invalid signal specification\n"],
    ["kill %4", "-bash: kill: %4: no such job\n"],
    ["[ a = b", "-bash: [: missing `]'\n"],
    ["test a =", "-bash: test: argument expected\n"],
    ["read -z x", "-bash: read: -z: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n"],
    ["unalias zz", "-bash: unalias: zz: not found\n"],
    ["trap x FOO", "-bash: trap: FOO: invalid signal specification\n"],
    ["echo $((1/0))", "-bash: 1/0: division by 0 (error token is \"1/0\")\n"],
    ["readonly R=1; R=2", "-bash: R: readonly variable\n"],
    ["echo ${nope?}", "-bash: nope: parameter null or not set\n"],
    ["pwd -z", "-bash: pwd: -z: invalid option\npwd: usage: pwd [-LP]\n"],
    ["set -o nosuch", "-bash: set: nosuch: invalid option name\n"],
    ["cd -", "-bash: cd: OLDPWD not set\n"],
    ["help nosuch", "-bash: help: no help topics match `nosuch'.  Try `help help' or `man -k nosuch' or `info nosuch'.\n"],
    ["bash -c", "bash: -c: option requires an argument\n"],
  ];
  for (const [line, want] of cases) assert.is(out(s, line), want, line);
  assert.is(out(s, "bash -z").split("\n").slice(0, 2).join("\n"), "bash: -z: invalid option\nUsage:\tbash [GNU long option] [option] ...");
  assert.is(out(s, "bash -c 'shift x'"), "bash: line 0: shift: x: numeric argument required\n");
  // bash 4.1's cd takes its first operand only
  assert.is(out(s, "cd /tmp /usr; pwd"), "/tmp\n");
  assert.is(out(s, "kill -l").split("\n")[0], " 1) SIGHUP\t 2) SIGINT\t 3) SIGQUIT\t 4) SIGILL");
});

test("bash's own built-ins: type, declare -p, local, shopt; ksh93's print and whence are not bash's", () => {
  const s = sol();
  assert.is(out(s, "type cd ls if"), "cd is a shell builtin\nls is /usr/bin/ls\nif is a shell keyword\n");
  run(s, "ls / > /dev/null");
  assert.is(out(s, "type ls"), "ls is hashed (/usr/bin/ls)\n");
  assert.is(out(s, "alias ll='ls -l'; type ll"), "ll is aliased to `ls -l'\n");
  assert.equal(run(s, "type -t cd ll if nosuch"), { output: "builtin\nalias\nkeyword\n", status: 1 });
  assert.equal(run(s, "type nosuch"), { output: "-bash: type: nosuch: not found\n", status: 1 });
  assert.is(out(s, "f() { local x=1; declare -p x; }; f"), 'declare -- x="1"\n');
  assert.equal(run(s, "local y"), { output: "-bash: local: can only be used in a function\n", status: 1 });
  assert.is(out(s, "declare -x FOO='a \"b\"'; declare -ir N=5; declare -p FOO N"), 'declare -x FOO="a \\"b\\""\ndeclare -ir N="5"\n');
  assert.equal(run(s, "declare -p NOPE"), { output: "-bash: declare: NOPE: not found\n", status: 1 });
  assert.is(out(s, "shopt | head -3"), "autocd         \toff\ncdable_vars    \toff\ncdspell        \toff\n");
  assert.equal(run(s, "shopt -s extglob; shopt extglob dotglob"), { output: "extglob        \ton\ndotglob        \toff\n", status: 1 });
  assert.is(out(s, "shopt -p login_shell"), "shopt -s login_shell\n");
  assert.equal(run(s, "shopt nosuch"), { output: "-bash: shopt: nosuch: invalid shell option name\n", status: 1 });
  assert.equal(run(s, "print hi"), { output: "-bash: print: command not found\n", status: 127 });
  assert.equal(run(s, "whence ls"), { output: "-bash: whence: command not found\n", status: 127 });
  assert.is(out(s, "type print"), "-bash: type: print: not found\n");
});

test("ksh93 is sh and ksh: sh -c, a #!/bin/sh script run from bash, its messages and built-ins", () => {
  const s = sol();
  assert.equal(run(s, "sh -c 'nosuch'"), { output: "sh: nosuch: not found [No such file or directory]\n", status: 127 });
  assert.is(
    out(s, "ksh -c 'print hi; whence print; cd /x; echo x > /nonexist/y; cat < /nope'"),
    "hi\nprint\nksh: cd: /x: [No such file or directory]\nksh: /nonexist/y: cannot create [No such file or directory]\nksh: /nope: cannot open [No such file or directory]\n",
  );
  assert.equal(run(s, "sh -c 'echo )'"), { output: "sh: syntax error at line 1: `)' unexpected\n", status: 2 });
  assert.is(out(s, "sh /nofile"), "sh: /nofile: cannot open [No such file or directory]\n");
  // the kernel runs the #! line's shell: ksh93, whose lines are named file[N]
  run(s, "printf '#!/bin/sh\\necho in sh\\nnosuch\\nprint ok\\n' > /tmp/k.sh; chmod +x /tmp/k.sh");
  assert.is(out(s, "/tmp/k.sh"), "in sh\n/tmp/k.sh[3]: nosuch: not found [No such file or directory]\nok\n");
  // without a #! line bash runs it itself
  run(s, "printf 'nosuch\\n' > /tmp/b.sh; chmod +x /tmp/b.sh");
  assert.is(out(s, "/tmp/b.sh"), "/tmp/b.sh: line 1: nosuch: command not found\n");
});

test("an interactive ksh started from bash speaks ksh93 until exit, then bash again", () => {
  const s = sol();
  run(s, "ksh");
  assert.is(out(s, "nosuch"), "ksh: nosuch: not found [No such file or directory]\n");
  assert.is(out(s, "cd /x"), "ksh: cd: /x: [No such file or directory]\n");
  assert.is(out(s, "echo )"), "ksh: syntax error: `)' unexpected\n");
  assert.is(out(s, "print -n a; print b"), "ab\n");
  assert.match(out(s, "sleep 10 &"), /^\[1\]\t\d+\n$/);
  assert.is(out(s, "jobs"), "[1] +  Running                 sleep 10 &\n");
  // ksh93's own signal texts (data/signals.c): Ctrl-Z is "Stopped", not strsignal's "Stopped (user)";
  // " Running" keeps its leading blank (msg.c e_running), as in ksh88
  assert.is(typeThen(s, "sleep 40", "suspend"), "^Z[2] + Stopped                  sleep 40\n");
  assert.match(out(s, "jobs -l"), /^\[2\] \+ \d+\tStopped                  sleep 40\n\[1\] - \d+\t Running                 sleep 10 &\n$/);
  assert.is(s.os.shellFor!("ksh").prompt(s.state), "# ");
  run(s, "kill %1");
  run(s, "kill -9 %2");
  run(s, "exit");
  assert.equal(run(s, "nosuch"), { output: "-bash: nosuch: command not found\n", status: 127 });
});

test.run();
