// help, man and F1 name BSD's shell for what it is (review 8 finding 11): sh is 4.4BSD's ash, and
// its editing modes are sh's; the AIX machine keeps ksh's texts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { keyHelp } from "../../../shell/lab.js";

test("help and man sh on BSD: the command interpreter, not the Korn shell; AIX's sh is ksh", () => {
  const bsd = createSession({ os: "bsd" });
  assert.is(runLine(bsd, "help sh").output, "sh - Command interpreter (shell): 4.4BSD's sh (ash), not the Korn shell.\n");
  assert.is(
    runLine(bsd, "man sh").output.split("\n").slice(0, 5).join("\n"),
    "\nSH(1)                        BSD Reference Manual                        SH(1)\n\nNAME\n     sh - command interpreter (shell)",
  );
  assert.is(runLine(bsd, "man cd").output.split("\n")[1], "CD(1)                        BSD Reference Manual                        CD(1)");
  assert.not.match(runLine(bsd, "man cd; man jobs; man fg; man bg; man wait").output, /ksh|cd Old New|%\?String/);
  const aix = createSession();
  assert.is(runLine(aix, "help sh").output, "sh - Invokes the Korn shell.\n");
  assert.is(runLine(aix, "man cd").output.split("\n")[0], "cd Command (ksh built-in)");
});

test("F1: the editing modes are the system's shell's", () => {
  const line = (shell?: string) => keyHelp("full", true, shell).find((l) => l.includes("set -o vi"));
  assert.is(line(), "      set -o vi, set -o emacs: ksh's own editing modes (set +o vi: these keys)");
  assert.is(line("sh"), "      set -o vi, set -o emacs: sh's own editing modes (set +o vi: these keys)");
});

test.run();
