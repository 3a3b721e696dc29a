// follow(): the run checks by itself at the end of each command line a shell takes from the
// terminal — also lines typed ahead, each on its own.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { exercise } from "./helpers.js";

const MOUNT = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';
const GOALS = `  - { id: mounted, text: t, once: true, mount: { on: /cdmount, fstype: cdrfs } }
  - { id: unmounted, text: t, after: mounted, not: { mount: /cdmount } }`;

function typedAhead(lines: string[]) {
  const b = exercise("aix", GOALS, "setup: { dirs: [/cdmount] }");
  b.run.follow();
  for (const l of lines) b.session.tty.typeLine(l);
  // the shell takes each line as it is ready for it: none waits for the one before to be seen
  while (b.session.waiting()?.kind !== "prompt" || b.session.tty.pendingInput > 0) b.session.drive();
  return b;
}

test("lines typed ahead are checked one by one: the mount of the first is seen before the second undoes it", () => {
  const b = typedAhead([MOUNT, "", "loopumount -l loop0 -m /cdmount"]);
  const checks = b.run.takeChecks();
  assert.equal(checks.map((c) => c.newlyDone), [["mounted"], ["unmounted"]], "an empty line is no command line");
  // (the empty line moved the machine's clock too)
  assert.equal(b.run.solved, { commands: 2, seconds: 3 });
  assert.equal(b.run.takeChecks(), [], "taken once");
});

test("without follow the run checks only when asked", () => {
  const b = exercise("aix", GOALS, "setup: { dirs: [/cdmount] }");
  b.session.tty.typeLine(MOUNT);
  while (b.session.waiting()?.kind !== "prompt" || b.session.tty.pendingInput > 0) b.session.drive();
  assert.equal(b.run.takeChecks(), []);
  assert.is(b.run.commands, 0);
});

test.run();
