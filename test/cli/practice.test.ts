// looplab practice from the bin, without a terminal: the list of exercises and their progress, a
// bad exercise said in one line, an attempt on standard input played headless, and a keyboard
// without a screen refused (the terminal runs: test/shell/practice*.test.ts*, test/e2e/tmux.sh;
// headless practice's module: test/shell/practiceheadless.test.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../../shell/args.js";
import { checkCast } from "../../shell/castcheck.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { practiceRoot } from "../../shell/exercises.js";
import { plainBanner } from "../../shell/practicemain.js";
import { EXERCISE, MOUNT, tempDir, UNMOUNT } from "../shell/practicekit.js";

const BIN = "dist/looplab.mjs";
const home = tempDir();
const lab = (args: string[], input = "", env: NodeJS.ProcessEnv = { LOOPLAB_HOME: home }) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};
/** the bin with standard output and error on one file, as `2>&1` puts them */
const together = (args: string[], input: string, env: NodeJS.ProcessEnv) => {
  const file = join(tempDir(), "log");
  const fd = openSync(file, "w");
  const r = spawnSync(process.execPath, [BIN, ...args], { input, stdio: ["pipe", fd, fd], env: { ...process.env, NO_COLOR: "1", ...env } });
  closeSync(fd);
  return { log: readFileSync(file, "utf8"), status: r.status };
};
const lines = (...l: string[]) => l.map((x) => x + "\n").join("");

test("looplab practice DIR: the list, with the progress kept in the data directory", () => {
  const dir = tempDir();
  mkdirSync(join(dir, "aix"));
  writeFileSync(join(dir, "aix", "01-mount.md"), EXERCISE);
  writeFileSync(join(home, "progress.json"), JSON.stringify({ version: 1, exercises: { [join(dir, "aix", "01-mount.md")]: { solved: false, attempts: 2 } } }));
  assert.equal(lab(["practice", dir]), {
    out: [
      `Exercises in ${dir}:`,
      "",
      "AIX 7.2",
      "· aix/01-mount.md",
      "    mount the CD, then put it away",
      "    3 goals, 1 question · not solved yet · 2 attempts",
      "",
      "looplab practice FILE opens one (in a terminal, looplab practice lets you pick).",
      "",
    ].join("\n"),
    err: "",
    status: 0,
  });
  // a folder named alone is practice too
  assert.is(lab([dir]).out, lab(["practice", dir]).out);
  // a progress file that is no progress document: kept aside, and the user is told, once
  writeFileSync(join(home, "progress.json"), "{ not json");
  const r = lab(["practice", dir]);
  assert.is(r.err, `looplab practice: ${join(home, "progress.json")} is not a progress file: kept as ${join(home, "progress.json")}.broken; the progress starts afresh\n`);
  assert.match(r.out, /3 goals, 1 question · new\n/);
  assert.is(readFileSync(join(home, "progress.json.broken"), "utf8"), "{ not json");
  assert.is(lab(["practice", dir]).err, "");
});

test("looplab practice alone: the package's own exercises", () => {
  const r = lab(["practice"]);
  assert.is(r.status, 0);
  assert.ok(r.out.startsWith(`Exercises in ${practiceRoot()}:\n\nAIX 7.2\n`), r.out);
  assert.match(r.out, /^ {2}aix\/\d\d-[a-z0-9-]+\.md$/m);
});

test("an attempt on standard input, played headless: the session on stdout, practice's lines on stderr; solved is status 0", () => {
  const dir = tempDir({ "ex.md": EXERCISE });
  const file = join(dir, "ex.md");
  const data = tempDir();
  const attempt = lines(MOUNT, ":answer loop0", UNMOUNT);
  const r = lab(["practice", file], attempt, { LOOPLAB_HOME: data });
  assert.is(r.out, lines(`# ${MOUNT}`, "# :answer loop0", `# ${UNMOUNT}`));
  assert.is(
    r.err,
    lines(
      "practice: mount the CD, then put it away",
      "practice: 3 goals and 1 question, checked after every command line; :hint shows a hint, :answer TEXT answers a question",
      "practice: ✓ the CD image is mounted read-only at /cdmount",
      "practice: answer: ✓ loop0: right. Every question is answered; goals remain.",
      "practice: ✓ /cdmount is unmounted again",
      "practice: ✓ it was unmounted with loopumount",
      "practice: Solved: all 3 goals hold and the question is answered, after 2 commands and 2 s on the machine's clock.",
      "practice: end of the session:",
      "practice: ✓ the CD image is mounted read-only at /cdmount",
      "practice: ✓ /cdmount is unmounted again",
      "practice: ✓ it was unmounted with loopumount",
      "practice: answered: Which loopback device holds /backup/cd_image?",
      "practice: mount the CD, then put it away: solved in 2 commands, 2 s. Progress: solved · best 2 s, 2 commands · 1 attempt.",
    ),
  );
  assert.is(r.status, 0);
  // the progress is kept as the lab keeps it
  const kept = JSON.parse(readFileSync(join(data, "progress.json"), "utf8")).exercises[file];
  assert.equal([kept.solved, kept.attempts, kept.bestSeconds, kept.bestCommands], [true, 1, 2, 2]);
  // 2>&1: one story, each practice line under the command line that made it
  const t = together([file], attempt, { LOOPLAB_HOME: data });
  assert.is(t.status, 0);
  assert.ok(t.log.includes(`# ${MOUNT}\npractice: ✓ the CD image is mounted read-only at /cdmount\n# :answer loop0\npractice: answer: ✓ loop0: right.`), t.log);
  assert.ok(t.log.endsWith("Progress: solved · best 2 s, 2 commands · 2 attempts.\n"), t.log);
});

test("a wrong attempt: the commands' output, the unmet goals and why not; status 1", () => {
  const file = join(tempDir({ "ex.md": EXERCISE }), "ex.md");
  const r = lab([file], lines(MOUNT, "lsdev -Cc loopback", ":answer loop1", "umount /cdmount"), { LOOPLAB_HOME: tempDir() });
  assert.is(r.out, lines(`# ${MOUNT}`, "# lsdev -Cc loopback", "loop0 Available  Loopback Device", "# :answer loop1", "# umount /cdmount"));
  assert.ok(
    r.err.endsWith(
      lines(
        "practice: answer: ✗ loop1: loop1 does not hold /backup/cd_image now",
        "practice: ✓ /cdmount is unmounted again",
        "practice: end of the session:",
        "practice: ✓ the CD image is mounted read-only at /cdmount",
        "practice: ✓ /cdmount is unmounted again",
        "practice: ○ it was unmounted with loopumount",
        "practice:   ↳ loopumount was not run",
        "practice: not answered: Which loopback device holds /backup/cd_image?",
        "practice: mount the CD, then put it away: not solved in this session. Progress: not solved yet · 1 attempt.",
      ),
    ),
    r.err,
  );
  assert.is(r.status, 1);
});

test("headless: a scenario without goals runs the input on its set-up; --cast is refused; a keyboard without a screen is refused", () => {
  const dir = tempDir({ "demo.md": "---\ntitle: a demo\nos: aix\nsetup:\n  dirs: [/cdmount]\n---\nProse.\n\n```console\n# true\n```\n", "ex.md": EXERCISE });
  const plain = lab([join(dir, "demo.md")], lines("ls -d /cdmount", "false"));
  assert.equal(plain, { out: lines("# ls -d /cdmount", "/cdmount", "# false"), err: `looplab practice: ${join(dir, "demo.md")} has no goals: standard input runs on its set-up, unchecked\n`, status: 1 });
  const file = join(dir, "ex.md");
  assert.equal(lab(["practice", file, "--cast", join(dir, "x.cast")]), { out: "", err: `looplab practice: --cast records a session in the terminal; without one, the output is the record (looplab practice ${file} < attempt.txt > log 2>&1)\n`, status: 2 });
  // standard input a terminal, standard output a file: nothing to play, no lab to draw (script(1)
  // gives the bin a terminal; where it is missing, playMode's test covers the rule)
  if (existsSync("/usr/bin/script")) {
    const out = join(dir, "out");
    const r = spawnSync("/usr/bin/script", ["-qec", `${process.execPath} ${BIN} practice ${file} > ${out}`, "/dev/null"], { encoding: "utf8", env: { ...process.env, LOOPLAB_HOME: home, TERM: "xterm" } });
    assert.is(r.status, 2);
    assert.is(readFileSync(out, "utf8"), "");
    assert.is(r.stdout.replace(/\r\n/g, "\n"), `looplab practice: practice needs a terminal, or an attempt on standard input (looplab practice ${file} < attempt.txt plays one; looplab check ${file} proves the exercise; looplab replay ${file} --cast OUT.cast renders its solution)\n`);
  }
});

test("a scenario without goals opens as a plain lab on its set-up, and its first lines say so", () => {
  const sc = parseScenario(`---\ntitle: "a demo"\nos: bsd\nhostname: bsdlab\n---\nProse.\n\n\`\`\`console\n# true\n\`\`\`\n`);
  assert.is(
    plainBanner(sc, "bsdlab", "demo.md"),
    "looplab · bsdlab · BSD/OS 4.3 (simulated) · a demo\nThis scenario has no goals: a plain lab on its set-up (looplab replay demo.md plays it).\nHelp: type help, or press F1. Quit: exit or Ctrl-D.\n\n",
  );
});

test("a file that is no exercise: one line, status 1", () => {
  const dir = tempDir({
    "bad.md": EXERCISE.replace("    text: /cdmount is unmounted again\n", ""),
    "yaml.md": "---\ntitle: [\n---\n",
  });
  assert.equal(lab(["practice", join(dir, "bad.md")]), { out: "", err: `looplab practice: ${join(dir, "bad.md")}: goal unmounted: text is missing\n`, status: 1 });
  const y = lab(["practice", join(dir, "yaml.md")]);
  assert.match(y.err, new RegExp(`^looplab practice: ${join(dir, "yaml.md")}:\\d+: `));
  assert.is(y.status, 1);
  assert.equal(lab(["practice", join(dir, "nope.md")]), { out: "", err: `looplab practice: ${join(dir, "nope.md")}: no such file or directory\n`, status: 1 });
});

test("--cast: an existing file is refused before anything starts (--force replaces it)", () => {
  const dir = tempDir({ "ex.md": EXERCISE, "old.cast": "keep" });
  const cast = join(dir, "old.cast");
  assert.equal(lab(["practice", join(dir, "ex.md"), "--cast", cast]), { out: "", err: `looplab practice: ${cast} exists (--force overwrites it)\n`, status: 1 });
  // with --force it goes on, to the terminal it needs (headless, --cast is refused)
  assert.match(lab(["practice", join(dir, "ex.md"), "--cast", cast, "--force"]).err, /^looplab practice: --cast records a session in the terminal;/);
});

test("an exercise still replays as a demo (looplab replay FILE --cast), its solution typed and run", () => {
  const dir = tempDir({ "ex.md": EXERCISE });
  const cast = join(dir, "ex.cast");
  const r = lab(["replay", join(dir, "ex.md"), "--cast", cast]);
  assert.is(r.status, 0, r.err);
  const c = checkCast(readFileSync(cast));
  assert.equal(c.problems, []);
  assert.equal(c.markers, ['loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount', "loopumount -l loop0 -m /cdmount"]);
});

test("the README's practice examples work as written: each command line parses, each path is there", () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("\n## Practice\n"), readme.indexOf("\n## Practice goals\n"));
  const lines = [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split("\n").filter((l) => l.trim()));
  assert.ok(lines.length >= 4, String(lines.length));
  for (const line of lines) {
    // the shell's redirections are no arguments (the headless example's attempt.txt is shown above it)
    const argv = line
      .replace(/^npx looplab /, "")
      .replace(/\s*(?:2>&1|[<>]\s*\S+)/g, "")
      .split(/\s+/);
    const a = parseArgs(argv);
    assert.is(a.error, undefined, line);
    assert.is(a.command, "practice", line);
    for (const p of a.rest) assert.ok(existsSync(p), `${line}: ${p}`);
  }
});

test("the README's headless example prints what it shows, status 1; with loopumount added it is solved, status 0", () => {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("\n## Practice\n"), readme.indexOf("\n## Practice goals\n"));
  const m = /```text\n([\s\S]*?)```\n\n```sh\nnpx looplab (practice \S+) < attempt\.txt 2>&1\n```\n\n[^\n]*\n\n```text\n([\s\S]*?)```\n\nWith `([^`]+)` added/.exec(section);
  assert.ok(m, "the example: attempt.txt, the command, its output");
  const [, attempt, command, shown, more] = m!;
  const r = together(command!.split(" "), attempt!, { LOOPLAB_HOME: tempDir() });
  assert.is(r.log, shown);
  assert.is(r.status, 1);
  const solved = together(command!.split(" "), attempt! + more! + "\n", { LOOPLAB_HOME: tempDir() });
  assert.match(solved.log, /^practice: Solved: all 6 goals hold and the question is answered, after 4 commands and 4 s on the machine's clock\.$/m);
  assert.is(solved.status, 0);
});

test("headless practice: the session's output starts with the prompt of the shell the set-up left waiting", () => {
  const r = spawnSync(process.execPath, [BIN, "practice", "scenarios/practice/solaris/11-docs-look-empty.md"], { input: "echo hi\n", encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LOOPLAB_HOME: tempDir() } });
  assert.is(r.stdout, "root@solaris:/docs/current# echo hi\nhi\n");
  const plain = spawnSync(process.execPath, [BIN, "practice", "scenarios/aix/17-busy-mount.md"], { input: "echo hi\n", encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LOOPLAB_HOME: tempDir() } });
  assert.is(plain.stdout, "# echo hi\nhi\n", "once");
});

test.run();
