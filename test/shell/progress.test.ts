// The practice progress store: one JSON document in the lab's data directory, written whole
// (temporary file + rename), read again before each change, never fatal to the lab.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { duration, progressPath, progressSummary, ProgressStore } from "../../shell/progress.js";
import { tempDir } from "./practicekit.js";

const at = (iso: string) => () => new Date(iso);

test("where it lives: $LOOPLAB_HOME, $XDG_DATA_HOME/looplab, ~/.local/share/looplab (as the history)", () => {
  assert.is(progressPath({ XDG_DATA_HOME: "/x/data" }), "/x/data/looplab/progress.json");
  assert.is(progressPath({ LOOPLAB_HOME: "/x/home", XDG_DATA_HOME: "/x/data" }), "/x/home/progress.json");
  assert.match(progressPath({}), /\/\.local\/share\/looplab\/progress\.json$/);
  // a relative XDG_DATA_HOME is ignored, as the XDG spec says
  assert.match(progressPath({ XDG_DATA_HOME: "rel" }), /\/\.local\/share\/looplab\/progress\.json$/);
});

test("attempts, solved, best time and commands, last played: written whole, read back", () => {
  const dir = tempDir();
  const path = progressPath({ XDG_DATA_HOME: dir });
  const store = new ProgressStore(path, at("2025-03-04T05:06:07Z"));
  assert.equal(store.get("aix/01.md"), { solved: false, attempts: 0, bestSeconds: null, bestCommands: null, lastPlayed: null });
  store.attempt("aix/01.md");
  store.solved("aix/01.md", { seconds: 40, commands: 6 }, false);
  store.attempt("aix/01.md");
  store.solved("aix/01.md", { seconds: 55, commands: 4 }, false);
  // a solve with the solution shown counts as solved, not as a best
  store.solved("aix/01.md", { seconds: 2, commands: 2 }, true);
  store.attempt("bsd/01.md");
  const again = new ProgressStore(path);
  assert.equal(again.get("aix/01.md"), { solved: true, attempts: 2, bestSeconds: 40, bestCommands: 4, lastPlayed: "2025-03-04T05:06:07.000Z" });
  assert.equal(Object.keys(again.all()).sort(), ["aix/01.md", "bsd/01.md"]);
  assert.equal(JSON.parse(readFileSync(path, "utf8")).version, 1);
  assert.equal(readdirSync(join(dir, "looplab")), ["progress.json"], "no temporary file is left");
});

test("two labs at once: each change reads the file again, neither loses the other's", () => {
  const path = join(tempDir(), "progress.json");
  const a = new ProgressStore(path);
  const b = new ProgressStore(path);
  a.attempt("one.md");
  b.attempt("two.md");
  a.attempt("one.md");
  assert.equal([a.get("one.md").attempts, a.get("two.md").attempts], [2, 1]);
});

test("a file that is not a progress document is kept aside, and progress starts again", () => {
  const dir = tempDir();
  const path = join(dir, "progress.json");
  writeFileSync(path, "{ not json");
  const store = new ProgressStore(path);
  assert.equal(store.all(), {});
  assert.is(readFileSync(path + ".broken", "utf8"), "{ not json");
  store.attempt("x.md");
  assert.is(store.get("x.md").attempts, 1);
});

test("a progress file with a field of the wrong type is kept aside and said, as garbage is", () => {
  const path = join(tempDir(), "progress.json");
  const wrong = [
    { solved: "yes" },
    { attempts: -3 },
    { attempts: 2.5 },
    { lastPlayed: 5 },
    { bestSeconds: 12 }, // a best time without its command count
    [1, 2],
  ];
  for (const bad of wrong) {
    const text = JSON.stringify({ version: 1, exercises: { "ok.md": { solved: true, attempts: 1, bestSeconds: 3, bestCommands: 2 }, "y.md": bad } });
    writeFileSync(path, text);
    const store = new ProgressStore(path);
    assert.equal(store.all(), {}, JSON.stringify(bad));
    assert.is(readFileSync(path + ".broken", "utf8"), text);
    assert.is(store.movedAside, `${path} is not a progress file: kept as ${path}.broken; the progress starts afresh`);
  }
  // fields left out are unset (a file of an older lab), not wrong
  writeFileSync(path, JSON.stringify({ version: 1, exercises: { "z.md": { attempts: 4 } } }));
  assert.equal(new ProgressStore(path).get("z.md"), { solved: false, attempts: 4, bestSeconds: null, bestCommands: null, lastPlayed: null });
});

test("a data directory that cannot be written: the lab goes on, and says why once asked", () => {
  // a file where the directory would be: even root cannot make it
  const dir = tempDir({ blocker: "" });
  const store = new ProgressStore(join(dir, "blocker", "looplab", "progress.json"));
  const p = store.attempt("x.md");
  assert.is(p.attempts, 1);
  assert.match(store.failed ?? "", /^cannot save the progress in .*\/blocker\/looplab\/progress\.json: ENOTDIR$/);
});

test("no path: progress for this run only", () => {
  const store = new ProgressStore(null);
  store.attempt("x.md");
  assert.is(store.get("x.md").attempts, 1);
});

test("how progress is said", () => {
  assert.equal([duration(0), duration(42), duration(185), duration(3725)], ["0 s", "42 s", "3 min 05 s", "1 h 02 min"]);
  const p = { solved: false, attempts: 0, bestSeconds: null, bestCommands: null, lastPlayed: null };
  assert.is(progressSummary(p), "new");
  assert.is(progressSummary({ ...p, attempts: 1 }), "not solved yet · 1 attempt");
  assert.is(progressSummary({ ...p, solved: true, attempts: 3, bestSeconds: 65, bestCommands: 1 }), "solved · best 1 min 05 s, 1 command · 3 attempts");
  assert.is(progressSummary({ ...p, solved: true, attempts: 1 }), "solved (with the solution shown) · 1 attempt");
});

test.run();
