// looplab's command line: one dispatch table (shell/args.ts COMMANDS). An unknown word, an option
// the command does not take, a bad value: one line on standard error and exit status 2.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { COMMANDS, parseArgs } from "../../shell/args.js";

const BIN = "dist/looplab.mjs";
const lab = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

test("the command words and what they take", () => {
  assert.equal(Object.keys(COMMANDS).sort(), ["check", "explain", "help", "practice", "record", "replay", "shell", "version"]);
  assert.equal(parseArgs(["check", "--update", "--allow-import", "scenarios", "scenarios/aix"]), { ...parseArgs([]), command: "check", update: true, allowImport: ["scenarios"], rest: ["scenarios/aix"] });
  assert.is(parseArgs(["--os=bsd", "-c", "uname"]).os, "bsd");
  assert.is(parseArgs(["replay", "x.md", "--speed=4"]).speed, 4);
  assert.equal(parseArgs(["explain", "--", "-x"]).rest, ["-x"]);
  assert.is(parseArgs(["help"]).command, "help");
  assert.is(parseArgs(["-h", "bogus"]).error, undefined);
});

test("looplab FILE and looplab practice FILE|DIR are practice", () => {
  assert.equal([parseArgs(["scenarios/aix/01-mount-cd-image.md"]).command, parseArgs(["scenarios/aix/01-mount-cd-image.md"]).error], ["practice", undefined]);
  assert.equal(parseArgs(["new.md"]).command, "practice");
  assert.equal(parseArgs(["scenarios/aix"]).command, "practice");
  assert.equal(parseArgs(["practice"]), { ...parseArgs([]), command: "practice" });
  assert.equal(parseArgs(["practice", "--inline", "scenarios/aix"]).rest, ["scenarios/aix"]);
});

test("unknown words, options a command does not take, bad values: one line each", () => {
  const err = (...argv: string[]) => parseArgs(argv).error;
  assert.is(err("foo"), "unknown command foo (commands: check, explain, practice, record, replay; or a scenario FILE)");
  assert.is(err("-c", "true", "extra"), "unknown command extra (commands: check, explain, practice, record, replay; or a scenario FILE)");
  assert.is(err("--bogus"), "unknown option --bogus (looplab --help lists them)");
  assert.is(err("--echo=yes"), "unknown option --echo=yes (looplab --help lists them)");
  assert.is(err("--update"), "the lab takes no --update option");
  assert.is(err("check", "--speed", "2", "scenarios"), "check takes no --speed option");
  assert.is(err("practice", "--echo", "x.md"), "practice takes no --echo option");
  assert.is(err("scenarios/aix", "-c", "true"), "practice takes no -c option");
  assert.is(err("practice", "a.md", "b.md"), "practice takes a scenario FILE or DIR, not 2 words");
  assert.is(err("replay"), "replay takes one scenario FILE");
  assert.is(err("replay", "a.md", "b.md"), "replay takes one scenario FILE, not 2 words");
  assert.is(err("record"), "record takes the .cast file to write");
  assert.is(err("explain"), "explain takes TEXT");
  assert.is(err("--speed"), "--speed needs a value");
  assert.is(err("check", "--allow-import", "/nonexistent/dir", "x"), "--allow-import takes a directory, not /nonexistent/dir");
  assert.is(err("--setting", "bogus=1"), "no setting named bogus (settings: loopmount_creates_named, wpar, ulimit_fsize, seconds_per_command, step_budget, interrupt_after, scrollback, tty_buffer, quantum, pipe_capacity, string_max, practice_file_limit, uname.*)");
});

test("the bin: one line on standard error, status 2, nothing run", () => {
  assert.equal(lab(["foo"]), { out: "", err: "looplab: unknown command foo (commands: check, explain, practice, record, replay; or a scenario FILE)\n", status: 2 });
  assert.equal(lab(["--bogus", "-c", "echo ran"]), { out: "", err: "looplab: unknown option --bogus (looplab --help lists them)\n", status: 2 });
  assert.equal(lab(["check", "--speed", "2", "scenarios/bsd"]), { out: "", err: "looplab: check takes no --speed option\n", status: 2 });
  assert.equal(lab(["--setting", "bogus=1", "-c", "echo ran"]).status, 2);
  assert.equal(lab(["replay"]), { out: "", err: "looplab: replay takes one scenario FILE\n", status: 2 });
});

test("practice records only with --cast: --format and --force without it are refused", () => {
  assert.is(parseArgs(["practice", "x.md", "--format", "v3"]).error, "practice takes --format only with --cast OUT.cast");
  assert.is(parseArgs(["x.md", "--force"]).error, "practice takes --force only with --cast OUT.cast");
  assert.equal(parseArgs(["practice", "x.md", "--cast", "o.cast", "--format", "v3", "--force"]).error, undefined);
  assert.equal(lab(["practice", "x.md", "--format", "v3"]), { out: "", err: "looplab: practice takes --format only with --cast OUT.cast\n", status: 2 });
});

test.run();
