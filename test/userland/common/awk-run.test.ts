// awk's failures and limits (syntax errors as AIX's awk reports them, fatal errors, programs that
// would hold or break the host) and the processes it runs (system, pipes both ways) in a session.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../../engine/session.js";
import { lab } from "./helpers.js";

const t = suite("awk errors, limits and processes");

function awk(args: string[], stdin = "", files: Record<string, string> = {}) {
  const L = lab();
  L.sys.mkdirp("/d");
  for (const [p, text] of Object.entries(files)) L.write(p, text);
  return L.run(["awk", ...args], { stdin, budget: 1_000_000 });
}
const fails = (args: string[], err: string, stdin = "", files: Record<string, string> = {}) => {
  const r = awk(args, stdin, files);
  assert.is(r.err, err, args.join(" "));
  assert.is(r.status, 2);
  return r.out;
};

t("a syntax error in an action: the context, the statement dropped, what is missing", () => {
  fails(["{print $1"], "syntax error The source line is 1.\nThe error context is\n\t\t{print >>>  $1 <<< \nawk: 0602-502 The statement cannot be correctly parsed. The source line is 1.\n\tmissing }\n");
  fails(["BEGIN { x = }"], "syntax error The source line is 1.\nThe error context is\n\t\tBEGIN { x = >>>  } <<< \nawk: 0602-502 The statement cannot be correctly parsed. The source line is 1.\n");
  fails(["BEGIN { while (1) {"], "syntax error The source line is 1.\nThe error context is\n\t\tBEGIN { while (1) >>>  { <<< \nawk: 0602-502 The statement cannot be correctly parsed. The source line is 1.\n\t2 missing }'s\n");
  // reading goes on after the next newline: a second error has no context of its own
  fails(["BEGIN {\n x = = 1\n print 2 +\n}"], "syntax error The source line is 2.\nThe error context is\n\t\t x = >>>  = <<< \nawk: 0602-502 The statement cannot be correctly parsed. The source line is 2.\nsyntax error The source line is 4.\nawk: 0602-502 The statement cannot be correctly parsed. The source line is 4.\n");
});

t("a syntax error outside the actions: Quitting", () => {
  fails(["$1 == {print}"], "syntax error The source line is 1.\nThe error context is\n\t\t$1 == >>>  { <<< \nawk: 0602-500 Quitting The source line is 1.\n");
  fails(["BEGIN"], "syntax error The source line is 1.\nThe error context is\n\t\t >>> BEGIN <<< \nawk: 0602-500 Quitting The source line is 1.\n");
  fails(["{print $1}}"], "syntax error The source line is 1.\nThe error context is\n\t\t{print >>>  $1}} <<< \n\textra }\nawk: 0602-500 Quitting The source line is 1.\n");
  fails(["BEGIN {print 1}\nEND {print 2}\n/x/ ("], "syntax error The source line is 3.\nThe error context is\n\t\t/x/ >>>  ( <<< \n\tmissing )\nawk: 0602-500 Quitting The source line is 3.\n");
});

t("strings and regular expressions left open; return outside a function; a function defined twice", () => {
  fails(['BEGIN { print "abc }'], "awk: 0602-512 There is a newline character in the string abc }... The source line is 1.\nThe error context is\n\t\tBEGIN { print \"abc >>>  } <<< \n\tmissing }\n");
  fails(["/ab\nc/"], "awk: 0602-511 There is a newline character in the regular expression ab... The source line is 2.\nThe error context is\n\t\t/ab >>> \n <<< \n");
  fails(["BEGIN { x = 1; return }"], "awk: 0602-510 The return statement is not in a function. The source line is 1.\nThe error context is\n\t\tBEGIN { x = 1; >>>  return <<< \n");
  fails(["function f() {} function f() {}"], "awk: 0602-506 Function f cannot be defined more than once. The source line is 1.\nThe error context is\n\t\tfunction f() {} function >>>  f <<< \n");
});

t("fatal errors while running: the message, the input line and file, the program line", () => {
  fails(["BEGIN{print 1/0}"], "awk: 0602-573 Division by zero.\n The source line number is 1.\n");
  const out = fails(["{print $1 / $2}", "/d/f"], "awk: 0602-573 Division by zero.\n The input line number is 2. The file is /d/f.\n The source line number is 1.\n", "", { "/d/f": "4 2\n1 0\n" });
  assert.is(out, "2\n");
  fails(["{x %= $1}"], "awk: 0602-578 Division by zero in %=.\n The input line number is 1.\n The source line number is 1.\n", "0\n");
  fails(["{print}", "/d/none"], "awk: 0602-533 Cannot find or open file /d/none.\n The source line number is 1.\n");
  fails(["-f", "/d/none.awk"], "awk: 0602-533 Cannot find or open file /d/none.awk.\n The source line number is 1.\n");
  fails(["BEGIN {\n  x = -1\n  print $x\n}"], "awk: 0602-569 Field $(-1) is not correct.\n The source line number is 3.\n");
  fails(['BEGIN{printf "%s %s\\n", "one"}'], "awk: 0602-572 There are not enough parameters in printf(%s %s\n).\n The source line number is 1.\n");
  fails(["BEGIN{next}"], "awk: 0602-558 A break, continue, next or nextfile statement is not valid in BEGIN or END.\n The source line number is 1.\n");
  fails(["END{break}"], "awk: 0602-558 A break, continue, next or nextfile statement is not valid in BEGIN or END.\n The source line number is 1.\n");
  fails(["BEGIN{f(1)}"], "awk: 0602-560 Function f is not defined.\n The source line number is 1.\n");
  fails(["BEGIN{a[1]; print a}"], "awk: 0602-599 The array a cannot be used as a scalar.\n The source line number is 1.\n");
  fails(["BEGIN{a[1]; a = 2}"], "awk: 0602-595 Cannot assign to a; it is an array name.\n The source line number is 1.\n");
  fails(['BEGIN{print "x" > ""}'], "awk: 0602-584 A null file name is not valid in print or getline.\n The source line number is 1.\n");
  fails(['BEGIN{print "x" > "/d/no/such"}'], "awk: 0602-583 Cannot redirect output to /d/no/such.\n The source line number is 1.\n");
  fails(['{if ($0 ~ "a(") print}'], "awk: 0602-528 The regular expression a( is not valid.\n The input line number is 1.\n The source line number is 1.\n", "x\n");
});

t("usage: no program, a flag awk does not know, a -v that is not an assignment", () => {
  const usage = "Usage: awk [-u] [-F Character][-v Variable=Value][-f File|Commands][Variable=Value|File ...]\n";
  fails([], usage);
  fails(["-z", "{print}"], "awk: Not a recognized flag: z\n" + usage);
  fails(["-v", "novalue", "BEGIN{}"], usage);
  fails(["-f"], "awk: A flag requires a parameter: f\n" + usage);
});

t("what would hold the host: endless loops give the processor back, deep recursion and nesting are awk errors", () => {
  // the lab ends a coroutine that is still running after its budget (130, as Ctrl-C would)
  const L = lab();
  assert.is(L.run(["awk", "BEGIN{while (1);}"], { budget: 2000 }).status, 130);
  assert.is(L.run(["awk", "BEGIN{for (;;) x++}"], { budget: 2000 }).status, 130);
  assert.is(L.run(["awk", "function f() {while (1) g()} function g() {} BEGIN{f()}"], { budget: 2000 }).status, 130);
  fails(["function f(n) {return f(n + 1)} BEGIN{f(1)}"], "awk: 0602-562 Function f is nested too deeply.\n The source line number is 1.\n");
  // statements nested in the recursive function use up the host's stack first: the same error
  const nested = "function g(n) {" + "if (n) {".repeat(12) + "return 1 + g(n - 1)" + "}".repeat(12) + "} BEGIN{print g(190)}";
  fails([nested], "awk: 0602-562 Function g is nested too deeply.\n The source line number is 1.\n");
  const parens = "BEGIN{print " + "(".repeat(5000) + "1" + ")".repeat(5000) + "}";
  const r = awk([parens]);
  assert.is(r.status, 2);
  assert.ok(r.err.startsWith("yacc stack overflow The source line is 1.\nThe error context is\n"), r.err.slice(0, 200));
  const sum = "BEGIN{print " + Array(3000).fill("1").join("+") + "}";
  assert.ok(awk([sum]).err.startsWith("yacc stack overflow The source line is 1.\n"));
  // a string doubled until it passes the process's data limit
  const M = lab();
  M.sys.proc.dataLimit = 1 << 20;
  const big = M.run(["awk", 'BEGIN{s = "x"; while (1) s = s s}'], { budget: 100000 });
  assert.equal([big.err, big.status], ["awk: 0602-568 There is not enough memory available now.\n The source line number is 1.\n", 2]);
  // a record that never ends, an array that grows without end, a field far past the end
  const nomem = "awk: 0602-568 There is not enough memory available now.\n The source line number is 1.\n";
  assert.equal(pick(M.run(["awk", "BEGIN{for (i = 0; ; i++) a[i] = i}"], { budget: 100000 })), [nomem, 2]);
  assert.equal(pick(M.run(["awk", "BEGIN{$(2^40) = 1}"])), [nomem, 2]);
  assert.equal(pick(M.run(["awk", 'BEGIN{x = sprintf("%.5000f", 1/3); print length(x), substr(x, 1100, 8)}'])), ["", 0]);
});

const pick = (r: { err: string; status: number }) => [r.err, r.status];

const fresh = () => createSession({ samples: true, setup: { dirs: ["/w"] } });
const run = (s: Session, line: string) => runLine(s, line);

t("system(): sh -c runs the command, awk's output first, its exit status the value", () => {
  const s = fresh();
  assert.equal(run(s, `awk 'BEGIN{printf "before "; r = system("echo in; exit 3"); print "after", r}'`), { output: "before in\nafter 3\n", status: 0 });
  assert.equal(run(s, `awk 'BEGIN{print system("true"), system("false")}'`), { output: "0 1\n", status: 0 });
});

t("cmd | getline and print | cmd: one process per command until close()", () => {
  const s = fresh();
  run(s, "print 'b 2\\na 1' > /w/f");
  assert.is(run(s, `awk 'BEGIN{while (("cat /w/f" | getline line) > 0) n++; print n, line, NR; print close("cat /w/f")}'`).output, "2 a 1 2\n0\n");
  assert.is(run(s, `awk 'BEGIN{"echo x y" | getline; print $2, NF, NR}'`).output, "y 2 1\n");
  assert.is(run(s, `awk '{print $2 | "cat -n"} END{close("cat -n"); print "done"}' /w/f`).output, "     1\t2\n     2\t1\ndone\n");
  assert.is(run(s, `awk 'BEGIN{print "x" | "cat >/w/g; exit 4"; print close("cat >/w/g; exit 4")}'; cat /w/g`).output, "4\nx\n");
  // the command's output follows awk's own when it is closed at the end
  assert.is(run(s, `awk 'BEGIN{print "to cat" | "cat"; print "direct"}'`).output, "direct\nto cat\n");
});

t("the one-liners on the machine's own commands", () => {
  const s = fresh();
  const lines = (text: string) => text.split("\n").filter((l) => l !== "");
  const mount = lines(run(s, "mount").output);
  const jfs2 = mount.map((l) => l.trim().split(/\s+/)).filter((f) => f[2] === "jfs2").map((f) => f[1] + "\n");
  assert.is(run(s, `mount | awk '$3=="jfs2"{print $2}'`).output, jfs2.join(""));
  const df = lines(run(s, "df -g").output).slice(1).map((l) => l.trim().split(/\s+/));
  const full = df.filter((f) => Number(f[3]!.replace("%", "")) > 30).map((f) => f[6] + "\n");
  assert.is(run(s, `df -g | awk 'NR>1 && $4+0 > 30 {print $7}'`).output, full.join(""));
  const pid = /\t(\d+)/.exec(run(s, "sleep 600 &").output)![1];
  assert.is(run(s, `ps -ef | awk '/sleep/ && !/awk/ {print $2}'`).output, `${pid}\n`);
  run(s, "kill %1");
});

t("a record that never ends is an awk error at the data limit", () => {
  const s = fresh();
  s.proc.dataLimit = 1 << 20;
  const nomem = "awk: 0602-568 There is not enough memory available now.\n The source line number is 1.\n";
  assert.equal(run(s, "awk '{print}' /dev/zero"), { output: nomem, status: 2 });
  assert.equal(run(s, `awk 'BEGIN{while ((getline l < "/dev/zero") > 0) n++}'`), { output: nomem, status: 2 });
});

t("Ctrl-C ends awk in a loop; at the prompt again, $? is 130", () => {
  const s = fresh();
  s.tty.typeLine("awk 'BEGIN{while (1) n++}'");
  s.drive(200_000, { clock: false });
  s.interrupt();
  s.drive(200_000, { clock: false });
  assert.is(run(s, "echo $?").output, "130\n");
});

t.run();
