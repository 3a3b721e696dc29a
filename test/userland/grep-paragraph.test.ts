// grep -p, the AIX idiom for ODM stanzas: whole paragraphs, blank-line separated.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("odmget CuAt | grep -p loop0 prints the loop device's stanzas", () => {
  const s = createSession({});
  runLine(s, "loopmount -i /backup/cd_image");
  const r = runLine(s, "odmget CuAt | grep -p loop0");
  assert.is(r.status, 0);
  const stanzas = r.output.split("\n\n").filter(Boolean);
  assert.is(stanzas.length, 2);
  for (const st of stanzas) assert.match(st, /^CuAt:\n\tname = "loop0"\n/);
  assert.ok(r.output.endsWith("\n\n"));
});

test("-p takes its separator only when attached; -c counts paragraphs", () => {
  const s = createSession({ samples: false, setup: { files: { "/f": "a\nb\n--\nc\nd\n--\ne\n" } } });
  // "-p --": the value is not attached, so -p keeps the blank-line separator and -- ends the flags
  assert.is(runLine(s, "grep -p -- d /f").output, "a\nb\n--\nc\nd\n--\ne\n\n");
  assert.is(runLine(s, "grep -p-- d /f").output, "c\nd\n\n");
  assert.is(runLine(s, "grep -p-- -c . /f").output, "3\n");
  assert.is(runLine(s, "grep -p-- -v d /f").output, "a\nb\n\ne\n\n");
  assert.is(runLine(s, "grep -p nothing /f").status, 1);
});

test.run();
