// The cast a command writes: record and replay --cast never replace an existing file without
// --force (one line, status 1, the file untouched); --format v2|v3 and --force belong to the
// commands that write a cast, and a replay takes them only with --cast.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HELP, parseArgs } from "../../shell/args.js";
import { checkCast } from "../../shell/castcheck.js";
import { refuseCastFile, writeCastFile } from "../../shell/castwriter.js";

const BIN = "dist/looplab.mjs";
const S01 = "scenarios/aix/01-mount-cd-image.md";
const lab = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};
const dir = mkdtempSync(join(tmpdir(), "looplab-castfile-"));
const OLD = "an older cast\n";

test("the options: --format v2|v3 (v2 by default), --force; refused where no cast is written", () => {
  assert.equal([parseArgs(["record", "a.cast"]).format, parseArgs(["record", "a.cast"]).force], ["v2", false]);
  const a = parseArgs(["record", "--format", "v3", "--force", "a.cast"]);
  assert.equal([a.format, a.force, a.error], ["v3", true, undefined]);
  assert.is(parseArgs(["replay", S01, "--cast", "o.cast", "--format=v3"]).format, "v3");
  const err = (...argv: string[]) => parseArgs(argv).error;
  assert.is(err("record", "--format", "v4", "a.cast"), "--format takes v2 or v3, not v4");
  assert.is(err("record", "--format", "3", "a.cast"), "--format takes v2 or v3, not 3");
  assert.is(err("replay", S01, "--format", "v3"), "replay takes --format only with --cast OUT.cast");
  assert.is(err("replay", S01, "--force"), "replay takes --force only with --cast OUT.cast");
  assert.is(err("replay", S01, "--size", "100x40"), "replay takes --size only with --cast OUT.cast");
  assert.is(err("check", "--force", "scenarios"), "check takes no --force option");
  assert.is(err("--format", "v3"), "the lab takes no --format option");
  assert.match(HELP, /looplab record OUT\.cast \[--inline\] \[--trace\] \[--format v2\|v3\] \[--force\]/);
  assert.match(HELP, /--force {21}a cast may replace an existing file/);
});

test("replay --cast: an existing file is refused, untouched; --force replaces it", () => {
  const f = join(dir, "replay.cast");
  writeFileSync(f, OLD);
  assert.equal(lab(["replay", S01, "--cast", f, "--speed", "50"]), { out: "", err: `looplab replay: ${f} exists (--force overwrites it)\n`, status: 1 });
  assert.is(readFileSync(f, "utf8"), OLD);
  assert.equal(lab(["replay", S01, "--cast", f, "--speed", "50", "--force", "--format", "v3"]), { out: "", err: "", status: 0 });
  const r = checkCast(readFileSync(f));
  assert.equal([r.problems, r.version], [[], 3]);
});

test("record: an existing file is refused before anything starts, terminal or not", () => {
  const f = join(dir, "session.cast");
  writeFileSync(f, OLD);
  assert.equal(lab(["record", f]), { out: "", err: `looplab record: ${f} exists (--force overwrites it)\n`, status: 1 });
  assert.is(readFileSync(f, "utf8"), OLD);
  // with --force it gets as far as the terminal it needs (the file is not touched without one)
  assert.equal(lab(["record", "--force", f]), { out: "", err: "looplab record: recording needs a terminal\n", status: 2 });
  assert.is(readFileSync(f, "utf8"), OLD);
  const g = join(dir, "new.cast");
  assert.equal(lab(["record", g]).err, "looplab record: recording needs a terminal\n");
  assert.not.ok(existsSync(g));
});

test("a directory is no cast file, even with --force", () => {
  const d = join(dir, "adir");
  mkdirSync(d);
  assert.is(refuseCastFile(d, true), `cannot write ${d}: it is a directory`);
  assert.equal(lab(["record", "--force", d]), { out: "", err: `looplab record: cannot write ${d}: it is a directory\n`, status: 1 });
  assert.equal(lab(["replay", S01, "--cast", d]), { out: "", err: `looplab replay: cannot write ${d}: it is a directory\n`, status: 1 });
});

test("writeCastFile: a file that appeared after the check is still not replaced", () => {
  const f = join(dir, "race.cast");
  assert.is(refuseCastFile(f, false), null);
  writeFileSync(f, OLD);
  assert.is(writeCastFile(f, "new", false), `${f} exists (--force overwrites it)`);
  assert.is(readFileSync(f, "utf8"), OLD);
  assert.is(writeCastFile(f, "new", true), null);
  assert.is(readFileSync(f, "utf8"), "new");
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
