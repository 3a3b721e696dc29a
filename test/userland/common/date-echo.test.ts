// date and echo are one command file for every system; on AIX they print as before issue 8 (the
// AIX formats in engine/os/aix/formats.ts): date's standard form, its mmddHHMM[[cc]yy] setting and
// messages; ksh's System V echo.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("date and echo on AIX");

t("date: the standard form, +format, -u taken", () => {
  const l = lab();
  assert.is(l.run(["date"]).out, "Wed Nov 27 06:43:00 UTC 2013\n");
  assert.is(l.run(["date", "-u", "+%Y %j %D"]).out, "2013 331 11/27/13\n");
});

t("date mmddHHMM[[cc]yy] sets the clock; a bad one gets 0551-402 and the usage", () => {
  const l = lab();
  assert.is(l.run(["date", "0101120014"]).out, "Wed Jan  1 12:00:00 UTC 2014\n");
  const usage = 'Usage: date [-u] [+"Field Descriptors"]\n       date [-n] [-u] [mmddHHMM[[cc]yy]]\n';
  assert.equal(l.run(["date", "13011200"]), { status: 1, out: "", err: "date: 0551-402 Invalid date/time format.\n" + usage, bytes: new Uint8Array(0) });
  assert.is(l.run(["date", "a", "b"]).err, usage);
  assert.is(l.run(["date", "-z"]).err, usage);
});

t("echo: escapes always, -n is a word, \\c ends the output (the shell's echo and the file alike)", () => {
  const l = lab();
  assert.is(l.run(["echo", "-n", "a\\tb"]).out, "-n a\tb\n");
  assert.is(l.run(["echo", "x\\cy", "z"]).out, "x");
  assert.is(l.run(["/usr/bin/echo", "\\0101"]).out, "A\n");
});

t.run();
