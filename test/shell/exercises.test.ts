// The exercises `looplab practice` lists: scenarios with goals under a folder, with their progress;
// a file that cannot be opened is listed with why. And every exercise of the package's own pack
// is listed, opens and boots its set-up (whatever the pack holds when this runs).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { exerciseKey, listExercises, listingText, practiceRoot } from "../../shell/exercises.js";
import { Practice } from "../../shell/practice.js";
import { ProgressStore } from "../../shell/progress.js";
import { EXERCISE, tempDir } from "./practicekit.js";

const PLAIN = `---\ntitle: "no goals"\nos: aix\n---\nProse.\n\n\`\`\`console\n# true\n\`\`\`\n`;
const BAD = EXERCISE.replace("answer-from: { holder-of: /backup/cd_image }", "answer-from: { holder: /backup/cd_image }");

function tree(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "aix"));
  mkdirSync(join(dir, "bsd"));
  writeFileSync(join(dir, "aix", "01-mount.md"), EXERCISE);
  writeFileSync(join(dir, "aix", "02-plain.md"), PLAIN);
  writeFileSync(join(dir, "aix", "notes.txt"), "not a scenario");
  writeFileSync(join(dir, "bsd", "01-bad.md"), BAD);
  writeFileSync(join(dir, "bsd", "02-yaml.md"), "---\ntitle: [\n---\n");
  return dir;
}

test("a folder's exercises, by path, with progress; no goals: not listed; a bad file: listed with why", () => {
  const dir = tree();
  const store = new ProgressStore(join(dir, "progress.json"), () => new Date("2025-01-02T00:00:00Z"));
  store.solved("aix/01-mount.md", { seconds: 9, commands: 2 }, false);
  store.attempt("aix/01-mount.md");
  const list = listExercises(dir, store, dir);
  assert.equal(
    list.map((e) => [e.rel, e.key, e.os, e.goals, e.questions, e.problem ?? null]),
    [
      ["aix/01-mount.md", "aix/01-mount.md", "aix", 3, 1, null],
      ["bsd/01-bad.md", "bsd/01-bad.md", "aix", 0, 0, list[1]!.problem!],
      ["bsd/02-yaml.md", "bsd/02-yaml.md", "", 0, 0, list[2]!.problem!],
    ],
  );
  assert.match(list[1]!.problem!, /^question device: answer-from: unknown key holder \(known: holder-of, /);
  assert.match(list[2]!.problem!, /^line \d+: /);
  assert.is(
    listingText(list, dir),
    [
      `Exercises in ${dir}:`,
      "",
      "AIX 7.2",
      "✓ aix/01-mount.md",
      "    mount the CD, then put it away",
      "    3 goals, 1 question · solved · best 9 s, 2 commands · 1 attempt",
      "! bsd/01-bad.md",
      "    mount the CD, then put it away",
      `    ${list[1]!.problem}`,
      "",
      "Files and folders that cannot be read as exercises",
      "! bsd/02-yaml.md",
      "    bsd/02-yaml.md",
      `    ${list[2]!.problem}`,
      "",
      "looplab practice FILE opens one (in a terminal, looplab practice lets you pick).",
      "",
    ].join("\n"),
  );
});

test("an ordinary folder: files with no front matter passed over and counted; node_modules, dot-folders and linked folders not entered; a folder it cannot read named", () => {
  const dir = tree();
  writeFileSync(join(dir, "README.md"), "# A project\n");
  writeFileSync(join(dir, "aix", "NOTES.md"), "notes\n");
  for (const d of ["node_modules/pkg", ".git/x"]) {
    mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, d, "ex.md"), EXERCISE);
  }
  mkdirSync(join(dir, "elsewhere"));
  writeFileSync(join(dir, "elsewhere", "ex.md"), EXERCISE);
  symlinkSync(join(dir, "elsewhere"), join(dir, "linked"));
  symlinkSync(join(dir, "aix", "01-mount.md"), join(dir, "aix", "03-linked-file.md"));
  mkdirSync(join(dir, "shut"));
  chmodSync(join(dir, "shut"), 0);
  const seen = { skipped: 0 };
  const list = listExercises(dir, new ProgressStore(null), dir, seen);
  chmodSync(join(dir, "shut"), 0o755);
  const root = process.getuid?.() === 0;
  assert.equal(
    list.map((e) => e.rel),
    [...(root ? [] : ["shut/"]), "aix/01-mount.md", "aix/03-linked-file.md", "bsd/01-bad.md", "bsd/02-yaml.md", "elsewhere/ex.md"],
  );
  assert.is(seen.skipped, 2);
  const text = listingText(list, dir, seen.skipped);
  assert.match(text, /\n\n2 \.md files with no front matter passed over \(not scenarios\)\.\n\nlooplab practice FILE opens one/);
  if (!root) assert.match(text, /^Files and folders that cannot be read as exercises\n! shut\/\n    shut\/\n    cannot read this folder \(EACCES\)$/m);
});

test("an empty folder says what an exercise is", () => {
  const dir = tempDir();
  assert.is(listingText(listExercises(dir, new ProgressStore(null), dir), dir), `no exercises in ${dir} (an exercise is a scenario with goals: in its front matter)\n`);
});

test("the progress key: the path below the package's practice tree, else the absolute path", () => {
  const root = practiceRoot();
  assert.ok(existsSync(root), root);
  assert.match(root, /\/scenarios\/practice$/);
  assert.is(exerciseKey(join(root, "aix", "x.md"), root), "aix/x.md");
  assert.is(exerciseKey("/tmp/elsewhere/x.md", root), "/tmp/elsewhere/x.md");
});

test("every exercise of the package's pack is listed, can be opened, and is not solved at set-up", () => {
  const root = practiceRoot();
  const list = listExercises(root, new ProgressStore(null), root);
  assert.ok(list.length >= 2, String(list.length));
  for (const e of list) {
    assert.is(e.problem, undefined, `${e.rel}: ${e.problem}`);
    const sc = parseScenario(readFileSync(e.file, "utf8"));
    const p = Practice.open({ file: e.file, sc, baseDir: join(e.file, ".."), allowImport: [], key: e.key }, new ProgressStore(null));
    assert.is(p.run.solved, null, e.rel);
    p.dispose();
  }
});

test.run();
