// Device attributes: lsattr shows PdAt defaults or CuAt values; chdev changes only user-settable
// attributes, within their PdAt values.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

test("lsattr -HEl sys0 -a maxuproc has the real layout; chdev changes it", () => {
  const s = createSession({ samples: false });
  assert.is(
    runLine(s, "lsattr -HEl sys0 -a maxuproc").output,
    "attribute value description                                  user_settable\n\nmaxuproc  128   Maximum number of PROCESSES allowed per user True\n",
  );
  assert.is(runLine(s, "chdev -l sys0 -a maxuproc=200").output, "sys0 changed\n");
  assert.match(runLine(s, "lsattr -El sys0 -a maxuproc").output, /^maxuproc 200 /);
  assert.equal(runLine(s, "odmget -q 'name=sys0 and attribute=maxuproc' CuAt | grep value").output, '\tvalue = "200"\n');
});

test("out-of-range and read-only attributes are refused with 0514-018", () => {
  const s = createSession({ samples: false });
  const r = runLine(s, "chdev -l sys0 -a maxuproc=5");
  assert.is(r.status, 1);
  assert.match(r.output, /^Method error \(\/usr\/lib\/methods\/chgsys\):\n\t0514-018 /);
  assert.is(runLine(s, "chdev -l sys0 -a realmem=1").status, 1);
  assert.is(runLine(s, "mkdev -c loopback -s node -t loopback; chdev -l loop0 -a temporary=yes").status, 1);
});

test.run();
