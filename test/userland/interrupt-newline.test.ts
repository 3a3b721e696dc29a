// After the keyboard's interrupt ended a foreground command, ash (BSD) and bash (Solaris) end the
// line the terminal's ^C was echoed on; ksh88 (AIX) leaves its prompt right after the ^C.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";

test("^C of sleep: a newline from ash and bash, none from ksh", () => {
  for (const [os, out] of [["bsd", "^C\n"], ["solaris", "^C\n"], ["aix", "^C"]] as const) {
    const r = runTyped(createSession({ os }), "sleep 100", ["^C"]);
    assert.is(r.output, out, os);
    assert.is(r.status, 130, os);
  }
});

test.run();
