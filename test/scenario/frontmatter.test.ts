// A scenario's front matter is checked: every problem is one ScenarioError naming the line of the
// file it is on, and a file that is not a scenario, or runs no command, is refused.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FRONT_MATTER_KEYS, parseScenario, requireCommands, ScenarioError } from "../../engine/scenario/parse.js";
import { clockOk } from "../../engine/scenario/front.js";

const BLOCK = "```console\n# echo hi\nhi\n```\n";
const file = (front: string, body = BLOCK) => `---\n${front}---\n${body}`;

/** the problem with a scenario text, as check prints it: x.md:LINE: message */
function problem(text: string): string {
  try {
    requireCommands(parseScenario(text));
  } catch (e) {
    if (e instanceof ScenarioError) return e.where("x.md");
    throw e;
  }
  return "ok";
}

const KEYS = FRONT_MATTER_KEYS.join(", ");

test("the known keys are one list, with the practice keys in it", () => {
  assert.equal([...FRONT_MATTER_KEYS], ["title", "os", "clock", "hostname", "settings", "setup", "trace", "goals", "hints", "near-miss", "also", "questions", "hide-panes"]);
  const practice = "title: t\nos: aix\ngoals: [a]\nhints: [b]\nnear-miss: [{ c: d }]\nalso: [e]\nquestions: [f]\n";
  assert.is(problem(file(practice)), "ok");
  assert.equal(parseScenario(file(practice)).meta.goals, ["a"]);
});

test("an unknown key: one line naming the file, the line and the keys", () => {
  assert.is(problem(file("title: t\nos: aix\ntittle: x\n")), `x.md:4: unknown key "tittle" (keys: ${KEYS})`);
  assert.is(problem(file("tittle: x\nos: aix\n")), `x.md:2: unknown key "tittle" (keys: ${KEYS})`);
});

test("a bad clock: a date that does not exist, a wrong format, a negative or fractional epoch", () => {
  const msg = (v: string) => `clock takes a date and time (2013-11-27T06:43:00Z) or seconds since 1970, not ${v}`;
  for (const v of ["2013-13-01T00:00:00Z", "2013-02-29", "2013-11-27T24:00:00Z", "2013-11-27T06:60", "yesterday", "1969-12-31"]) assert.is(problem(file(`title: t\nos: aix\nclock: ${v}\n`)), `x.md:4: ${msg(v)}`, v);
  assert.is(problem(file("title: t\nos: aix\nclock: -5\n")), `x.md:4: ${msg("-5")}`);
  assert.is(problem(file("title: t\nos: aix\nclock: 1.5\n")), `x.md:4: ${msg("1.5")}`);
  for (const v of ["2013-11-27T06:43:00Z", "2012-02-29", "2013-11-27 06:43", 0, 1385534580]) assert.ok(clockOk(v), String(v));
  assert.is(parseScenario(file("title: t\nos: aix\nclock: 1385534580\n")).meta.clock, 1385534580);
});

test("a bad setting: the line of its name, the message --setting gives; good values are parsed", () => {
  assert.is(problem(file("title: t\nos: aix\nsettings:\n  wpar: true\n  step_budgt: 10\n")), "x.md:6: settings: no setting named step_budgt (settings: loopmount_creates_named, wpar, ulimit_fsize, seconds_per_command, step_budget, interrupt_after, scrollback, tty_buffer, quantum, pipe_capacity, string_max, practice_file_limit, uname.*)");
  assert.is(problem(file("title: t\nos: aix\nsettings: { wpar: yes }\n")), "x.md:4: settings: setting wpar takes true or false, not yes");
  assert.is(problem(file("title: t\nos: aix\nsettings: [wpar]\n")), "x.md:4: settings takes a mapping of NAME: VALUE");
  assert.equal(parseScenario(file("title: t\nos: aix\nsettings: { ulimit_fsize: unlimited, wpar: true }\n")).meta.settings, { ulimit_fsize: -1, wpar: true });
});

test("a YAML error: one line, the line it is on, no code excerpt", () => {
  assert.is(problem(file("title: [t\nos: aix\n")), "x.md:3: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]");
  assert.is(problem(file("title: t\ntitle: u\nos: aix\n")), "x.md:3: YAML: Map keys must be unique");
  assert.is(problem(file("title: t\nos: aix\n\tclock: 1\n")), "x.md:4: YAML: Tabs are not allowed as indentation");
  assert.is(problem(file("- title\n- os\n")), "x.md:2: the front matter is not a mapping of keys to values (key: value)");
});

test("title, os, hostname and trace take what they say", () => {
  assert.is(problem(file("os: aix\n")), "x.md:1: the front matter needs a title (title: …)");
  assert.is(problem(file("title: t\n")), "x.md:1: the front matter needs os: aix, solaris or bsd");
  assert.is(problem(file("title: t\nos: hpux\n")), "x.md:3: os takes aix, solaris, bsd, not hpux");
  assert.is(problem(file("title: ''\nos: aix\n")), "x.md:2: title takes text, not ");
  assert.is(problem(file("title: t\nos: aix\nhostname: 'a b'\n")), "x.md:4: hostname takes a host name (letters, digits, - and .), not a b");
  assert.is(problem(file("title: t\nos: aix\ntrace: 1\n")), "x.md:4: trace takes true or false, not 1");
});

test("setup: unknown keys, relative paths and wrong types, at their lines", () => {
  const setup = (s: string) => problem(file(`title: t\nos: aix\nsetup:\n${s}`));
  assert.is(setup("  dir: [/a]\n"), `x.md:5: setup: unknown key "dir" (keys: dirs, files, images, commands)`);
  assert.is(setup("  dirs: [/a, b]\n"), "x.md:5: setup: dirs takes absolute paths, not b");
  assert.is(setup("  files:\n    /etc/motd: hi\n    etc/x: y\n"), "x.md:7: setup: files: etc/x is not an absolute path");
  assert.is(setup("  files: { /etc/motd: 5 }\n"), "x.md:5: setup: files: /etc/motd takes the file's text (a string)");
  assert.is(setup("  images:\n    /b/x: { iso: {} }\n"), `x.md:6: setup: images: /b/x: unknown key "iso" (keys: iso9660, import)`);
  assert.is(setup("  images:\n    /b/x: { iso9660: { blocks: 10 } }\n"), "x.md:6: setup: images: /b/x: iso9660 needs a volume name (volume: NAME)");
  assert.is(setup("  images:\n    /b/x:\n      iso9660:\n        volume: V\n        blocks: -3\n"), "x.md:9: setup: images: /b/x: blocks takes a whole number of 2048-byte blocks");
  assert.is(setup("  images:\n    /b/x: { import: '' }\n"), "x.md:6: setup: images: /b/x: import takes a host file's path");
  assert.is(setup("  dirs: [/a]\n  files: { /etc/motd: \"hi\\n\" }\n  images:\n    /b/x: { iso9660: { volume: V, files: { a.txt: x } } }\n"), "ok");
});

test("a file that is not a scenario, a scenario without commands, output before any command", () => {
  assert.is(problem("# A README\n\nsome text\n"), "x.md:1: not a scenario: it does not start with YAML front matter (---)");
  assert.is(problem("---\ntitle: t\nos: aix\n"), "x.md:1: the front matter is not closed (---)");
  assert.is(problem(file("title: t\nos: aix\n", "Only prose.\n")), 'x.md:1: no commands: a scenario needs a ```console block with a command (a line starting with "# ")');
  assert.is(problem(file("title: t\nos: aix\n", "```console\n```\n")), 'x.md:1: no commands: a scenario needs a ```console block with a command (a line starting with "# ")');
  assert.is(problem(file("title: t\nos: aix\n", "text\n```console\nhi\n# echo hi\nhi\n```\n")), 'x.md:7: a line before the block\'s first command (a command starts with "# ")');
  assert.is(problem(file("title: t\nos: aix\n", "```console\n# echo hi\nhi\n")), "x.md:5: the console block is not closed (```)");
});

test.run();
