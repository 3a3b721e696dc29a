// set -o vi / emacs / gmacs and ksh88's VISUAL and EDITOR: the editing mode is the shell's state
// (its options); the terminal's line editor only reads it (test/shell/lab-editmode.test.ts).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { editingMode } from "../../engine/userland/common/set.js";
import { kshState } from "../../engine/userland/sh/context.js";
import { Shell } from "../../engine/userland/sh/interp.js";

const mode = (s: ReturnType<typeof createSession>) => editingMode(kshState(s.state)!.options);
const out = (s: ReturnType<typeof createSession>, line: string) => runLine(s, line).output;

test("set -o vi, emacs, gmacs: one at a time; +o turns it off; set -o lists them", () => {
  const s = createSession();
  assert.is(mode(s), null);
  assert.is(out(s, "set -o | grep -E '^(vi|emacs|gmacs) '"), "emacs           off\ngmacs           off\nvi              off\n");
  runLine(s, "set -o vi");
  assert.is(mode(s), "vi");
  runLine(s, "set -o emacs");
  assert.is(mode(s), "emacs");
  assert.is(out(s, "set -o | grep -E '^(vi|emacs|gmacs) '"), "emacs           on\ngmacs           off\nvi              off\n");
  runLine(s, "set -o gmacs");
  assert.is(mode(s), "gmacs");
  runLine(s, "set +o gmacs");
  assert.is(mode(s), null);
  runLine(s, "set -o vi; set +o emacs");
  assert.is(mode(s), "vi");
  runLine(s, "set +o vi");
  assert.is(mode(s), null);
  // viraw alone is no editing mode
  runLine(s, "set -o viraw");
  assert.is(mode(s), null);
});

test("VISUAL, or EDITOR while VISUAL is unset, ending in vi, emacs or gmacs turns that mode on", () => {
  const s = createSession();
  runLine(s, "EDITOR=/usr/bin/vi");
  assert.is(mode(s), "vi");
  runLine(s, "export EDITOR=emacs");
  assert.is(mode(s), "emacs");
  runLine(s, "typeset EDITOR=/usr/local/bin/gmacs");
  assert.is(mode(s), "gmacs");
  // a value that ends in none of them changes nothing
  runLine(s, "EDITOR=vim; EDITOR=nano");
  assert.is(mode(s), "gmacs");
  runLine(s, "VISUAL=vi");
  assert.is(mode(s), "vi");
  // with VISUAL set, EDITOR does nothing
  runLine(s, "EDITOR=emacs");
  assert.is(mode(s), "vi");
  runLine(s, "set +o vi");
  assert.is(mode(s), null);
  runLine(s, "read VISUAL <<'EOF'\nxemacs\nEOF");
  assert.is(mode(s), "emacs");
});

test("a subshell's options are its own; start-up takes EDITOR from the environment", () => {
  const s = createSession();
  runLine(s, "(set -o vi); (EDITOR=vi)");
  assert.is(mode(s), null);
  assert.is(out(s, "(EDITOR=vi; set -o | grep '^vi ')"), "vi              on\n");
  assert.is(out(s, "EDITOR=vi; set +o vi; (set -o | grep '^vi ')"), "vi              off\n");
  const started = (env: Record<string, string>) => editingMode(new Shell(s.machine, s.shell.sys, s.shell.os, env).state.options);
  assert.is(started({ EDITOR: "/usr/bin/vi" }), "vi");
  assert.is(started({ EDITOR: "/usr/bin/vi", VISUAL: "emacs" }), "emacs");
  assert.is(started({ EDITOR: "ed" }), null);
});

test("man set tells of the editing modes", () => {
  const s = createSession();
  const page = out(s, "man set | cat");
  assert.match(page, /-o vi, -o emacs and -o gmacs choose the line editor's editing mode/);
  assert.match(page, /k j \/ n walk and search the history, \\ completes a file name\)/);
});

test.run();
