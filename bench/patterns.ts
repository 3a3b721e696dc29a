// Patterns headless (numbers, no assertions): the pathological patterns of issue 7 — each must
// finish in milliseconds — back-references, grep's throughput on a long input, and case, [[ ]],
// ${x##pat} and globs in loops (hot paths of scripts).
import { createSession, Transcript } from "../engine/session.js";

function time(label: string, f: () => string): number {
  const t0 = process.hrtime.bigint();
  const out = f();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`   ${label.padEnd(60)} ${ms.toFixed(1).padStart(8)} ms   ${out.length > 40 ? out.slice(0, 37) + "..." : out}`);
  return ms;
}

const s = createSession({ samples: false, setup: { dirs: ["/w"] } });
const run = (line: string, budget = 1e12) => {
  const t = new Transcript();
  s.run(line, t, budget);
  return t.text().trim().replace(/\n/g, " | ");
};
const a = (n: number) => "a".repeat(n);

console.log("looplab patterns (headless, in process)");
run("true");
console.log(" pathological (each must finish in milliseconds)");
time("echo a{29}c | grep -E '(a+)+b'", () => run(`echo ${a(29)}c | grep -E '(a+)+b'; echo $?`));
time("case a{40}c in *(*(a))b)", () => run(`x=${a(40)}c; case $x in *(*(a))b) echo yes;; *) echo no;; esac`));
time("${x##*(a|aa)b} on a{40}c", () => run(`x=${a(40)}c; echo \${#x} \${x##*(a|aa)b}`));
time("echo *a*a*a*a*a*a*a*b (files a{40}c, a{40}b)", () => run(`cd /w; touch ${a(40)}c ${a(40)}b; echo *a*a*a*a*a*a*a*b | wc -c`));
time("[[ a{40}c == *a*a*a*a*a*a*a*b ]]", () => run(`[[ ${a(40)}c == *a*a*a*a*a*a*a*b ]]; echo $?`));
time("${y%%!(*b)} and ${y#*(a)b} on a{10000}", () => run(`y=${a(10000)}; echo \${#y} .\${y%%!(*b)}. \${#y} \${y#*(a)b} | wc -c`));
console.log(" back-references");
time("grep '\\([a-z]*\\) \\1' (a line with a repeated word)", () => run(`echo 'this is is it' | grep '\\([a-z][a-z]*\\) \\1'`));
time("grep '\\(a*\\)*\\1b' on a{29}c (refused by the RE2 superset)", () => run(`echo ${a(29)}c | grep '\\(a*\\)*\\1b'; echo $?`));
time("grep '^\\(a*\\)*b\\1\\1$' on a{30}ba: ended by a 200,000-step budget", () => run(`echo ${a(30)}ba | grep '^\\(a*\\)*b\\1\\1$'`, 200_000));

console.log(" throughput");
run("i=0; : > /w/big; while [ $i -lt 500 ]; do echo \"line $i of the log: loop$((i % 7)) attached to /images/disk$i.img ok\" >> /w/big; i=$((i+1)); done");
run("cat /w/big /w/big /w/big /w/big /w/big /w/big /w/big /w/big /w/big /w/big > /w/b2; cat /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 /w/b2 > /w/big");
const lines = Number(run("wc -l < /w/big"));
const bytes = Number(run("wc -c < /w/big"));
for (const [label, cmd] of [
  ["grep -c loop3 (a plain string: indexOf)", "grep -c loop3 /w/big"],
  ["grep -c 'loop[35] attached' (V8 shortcut)", "grep -c 'loop[35] attached' /w/big"],
  ["grep -c -i 'DISK1[0-9]*\\.img' (V8 shortcut, -i)", "grep -c -i 'DISK1[0-9]*\\.img' /w/big"],
  ["grep -c -E '(a+)+b' (RE2)", "grep -c -E '(a+)+b' /w/big"],
  ["grep -c -E '(loop|disk)+[0-9] ' (RE2)", "grep -c -E '(loop|disk)+[0-9] ' /w/big"],
  ["grep -c '\\(o\\)\\1' (back-reference)", "grep -c '\\(o\\)\\1' /w/big"],
] as const) {
  const ms = time(`${label}, ${lines} lines`, () => run(cmd));
  console.log(`   ${"".padEnd(60)} ${Math.round((lines / ms) * 1000)} lines/s, ${((bytes / ms) * 1000 / 1e6).toFixed(1)} MB/s`);
}

console.log(" patterns in loops (20,000 iterations)");
const loop = (body: string) => `i=0; f=/usr/lib/libc.a.old; n=0; while [ $i -lt 20000 ]; do ${body}; i=$((i+1)); done; echo $n`;
run(loop(":"));
const base = time("an empty loop (the baseline)", () => run(loop(":")));
for (const [label, body] of [
  ["case $f in *.txt) ;; *.old) n=$((n+1));; esac", "case $f in *.txt) ;; *.old) n=$((n+1));; esac"],
  ["[[ $f == */lib/* ]] && n=$((n+1))", "[[ $f == */lib/* ]] && n=$((n+1))"],
  ["x=${f##*/}; x=${f%.*}", "x=${f##*/}; x=${f%.*}"],
  ["case $i in +([0-9])5) n=$((n+1));; esac", "case $i in +([0-9])5) n=$((n+1));; esac"],
] as const) {
  const ms = time(label, () => run(loop(body)));
  console.log(`   ${"".padEnd(60)} ${(ms - base).toFixed(0)} ms over the empty loop`);
}
run("cd /w; rm -f aaa*; i=0; while [ $i -lt 200 ]; do touch f$i.txt f$i.log; i=$((i+1)); done");
time("echo /w/*.txt | wc -w, 100 times (400 files)", () => run("cd /w; rm -f aaa*; i=0; while [ $i -lt 100 ]; do echo *.txt > /dev/null; i=$((i+1)); done; echo *.txt | wc -w"));
time("echo /w/!(*.log) | wc -w, 100 times", () => run("cd /w; rm -f aaa*; i=0; while [ $i -lt 100 ]; do echo !(*.log) > /dev/null; i=$((i+1)); done; echo !(*.log) | wc -w"));
