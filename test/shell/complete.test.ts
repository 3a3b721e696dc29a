import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { columns, complete, wordAt } from "../../shell/complete.js";

const apply = (line: string, cursor = line.length) => {
  const sh = createSession();
  const c = complete(sh, line, cursor);
  return c ? line.slice(0, c.start) + c.replacement : null;
};

test("command names from the machine's command table", () => {
  assert.is(apply("loopm"), "loopmount ");
  assert.is(apply("lsat"), "lsattr ");
  const sh = createSession();
  const c = complete(sh, "loop", 4)!;
  assert.not.ok(c.unique);
  assert.ok(c.candidates.includes("loopmount") && c.candidates.includes("loopumount"));
  assert.is(c.replacement, "loop");
});

test("paths in the lab's file system", () => {
  assert.is(apply("loopmount -i /back"), "loopmount -i /backup/");
  assert.is(apply("loopmount -i /backup/cd"), "loopmount -i /backup/cd_image ");
  assert.is(apply("ls /images/d"), "ls /images/disk.img ");
  assert.is(apply("cd /bac"), "cd /backup/");
  assert.is(apply("ls /nonexistent/x"), null);
});

test("device names after -l, from the ODM", () => {
  const sh = createSession();
  runLine(sh, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt');
  const c = complete(sh, "lsattr -El lo", 13)!;
  assert.is(c.replacement, "loop0 ");
  const d = complete(sh, "loopumount -l ", 14)!;
  assert.is(d.replacement, "loop0 ");
});

test("flags of the command", () => {
  const sh = createSession();
  const c = complete(sh, "loopmount -", 11)!;
  assert.equal(c.candidates, ["-i", "-l", "-o", "-m"]);
  assert.is(complete(sh, "lsdev -C", 8)!.replacement, "-C ");
});

test("the word under the cursor, with quotes and escapes", () => {
  assert.equal(wordAt('loopmount -o "-V cd', 19), { start: 13, text: "-V cd" });
  assert.equal(wordAt("ls a\\ b", 7), { start: 3, text: "a b" });
  assert.equal(wordAt("lsdev | gr", 10), { start: 8, text: "gr" });
  assert.is(apply("lsdev -C | gre"), "lsdev -C | grep ");
});

test("chdev/lsattr -a: the device's attribute names (PdAt), then a listed value or a path", () => {
  const sh = createSession();
  runLine(sh, 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt');
  const at = (line: string) => complete(sh, line, line.length);
  assert.equal(at("chdev -l loop0 -a ")!.candidates, ["filename", "temporary"]);
  assert.is(at("chdev -l loop0 -a f")!.replacement, "filename=");
  assert.is(at("lsattr -El loop0 -a t")!.replacement, "temporary ");
  assert.equal(at("chdev -l loop0 -a temporary=")!.candidates, ["yes", "no"]);
  assert.is(at("chdev -l loop0 -a filename=/backup/cd")!.replacement, "filename=/backup/cd_image ");
  assert.equal(at("mkdev -c loopback -s node -t loopback -a ")!.candidates, ["filename", "temporary"]);
  assert.is(at("chdev -l hdisk9 -a "), null);
});

test("odmget CLASS: the ODM's object classes; man NAME: the commands", () => {
  const sh = createSession();
  assert.equal(complete(sh, "odmget -q name=loop0 Cu", 23)!.candidates, ["CuAt", "CuDv", "CuDvDr", "CuVPD"]);
  assert.is(apply("odmget PdD"), "odmget PdDv ");
  assert.is(apply("man loopm"), "man loopmount ");
  assert.is(apply("man lsatt"), "man lsattr ");
});

test("candidates in columns", () => {
  assert.equal(columns(["a", "bb", "ccc", "d"], 12), ["a    ccc", "bb   d"]);
});

test.run();
