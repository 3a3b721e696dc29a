// looplab practice from the bin, without a terminal: the list of exercises and their progress, a
// bad exercise said in one line, and a good one refused without a terminal (the terminal runs:
// test/shell/practice*.test.ts*, test/e2e/tmux.sh).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../../shell/args.js";
import { checkCast } from "../../shell/castcheck.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { practiceRoot } from "../../shell/exercises.js";
import { plainBanner } from "../../shell/practicemain.js";
import { EXERCISE, tempDir } from "../shell/practicekit.js";

const BIN = "dist/looplab.mjs";
const home = tempDir();
const lab = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1", LOOPLAB_HOME: home } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

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
  assert.is(r.err, `looplab practice: ${join(home, "progress.json")} was no progress document: kept as ${join(home, "progress.json")}.broken; the progress starts afresh\n`);
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

test("an exercise without a terminal: refused in one line (status 2), after the file was read", () => {
  const dir = tempDir({ "ex.md": EXERCISE });
  const file = join(dir, "ex.md");
  const line = `looplab practice: practice needs a terminal (looplab check ${file} proves the exercise; looplab replay ${file} --cast OUT.cast renders its solution)\n`;
  assert.equal(lab(["practice", file]), { out: "", err: line, status: 2 });
  assert.equal(lab([file]), { out: "", err: line, status: 2 });
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
  // with --force it goes on, to the terminal it needs
  assert.is(lab(["practice", join(dir, "ex.md"), "--cast", cast, "--force"]).status, 2);
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
    const argv = line.replace(/^npx looplab /, "").split(/\s+/);
    const a = parseArgs(argv);
    assert.is(a.error, undefined, line);
    assert.is(a.command, "practice", line);
    for (const p of a.rest) assert.ok(existsSync(p), `${line}: ${p}`);
  }
});

test.run();
