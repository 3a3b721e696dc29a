// A scenario's `trace: true`: the layers' vnode operations appear among each command's output,
// the same lines `--trace` prints (engine/tracefmt.ts), where they happened.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runScenario, sessionFor } from "../../engine/scenario/check.js";
import { parseScenario, ScenarioError } from "../../engine/scenario/parse.js";
import { formatTrace } from "../../engine/tracefmt.js";
import { replayToCast } from "../../shell/cast.js";
import { Lab } from "../../shell/lab.js";

const MOUNT = "mount_loopback /usr/include /mnt";
const STAT = "stat -f '%d %i' /mnt/sys/types.h";

function scenario(trace: string | null, commands: string[]): string {
  const head = ["---", "title: trace", "os: bsd", ...(trace === null ? [] : [`trace: ${trace}`]), "---", "", "```console"];
  return [...head, ...commands.map((c) => `# ${c}`), "```", ""].join("\n");
}

const outputs = (text: string) => runScenario(parseScenario(text)).results.map((r) => r.output);

test("trace takes true or false", () => {
  assert.throws(() => parseScenario(scenario("1", [])), (e: unknown) => e instanceof ScenarioError && e.message === "trace takes true or false, not 1");
  assert.throws(() => parseScenario(scenario("yes", [])), /^trace takes true or false, not yes$/);
  assert.is(parseScenario(scenario("true", [])).meta.trace, true);
  assert.is(parseScenario(scenario(null, [])).meta.trace, undefined);
});

test("without trace: no trace lines, and the layers do not trace", () => {
  const sc = parseScenario(scenario(null, [MOUNT, STAT]));
  const session = sessionFor(sc);
  assert.is(session.machine.trace, false);
  assert.is(session.traceShown, false);
  const [mount, stat] = outputs(scenario(null, [MOUNT, STAT]));
  assert.is(mount, "");
  assert.match(stat!, /^\d+ \d+\n$/);
});

test("with trace: each operation's line comes before the output it led to, as formatTrace writes it", () => {
  const plain = outputs(scenario(null, [MOUNT, STAT]))[1]!;
  // what the layers did, collected beside the terminal on a machine set up the same way
  const sc = parseScenario(scenario("true", [MOUNT, STAT]));
  const res = runScenario(sc);
  const [mount, stat] = res.results.map((r) => r.output);
  assert.is(mount, "", "mounting makes no vnode operation on the layer");
  const lines = stat!.split("\n");
  assert.is(lines.pop(), "");
  // the output of stat last, unchanged
  assert.is(lines.pop() + "\n", plain);
  // stat's lookups built the stacks on demand: sys and types.h are new nodes, then getattr
  // gave the copy its own device number
  assert.is(lines.length, 3, stat);
  assert.match(lines[0]!, /^lookup  null \/mnt  null#1 → ufs#\d+:\d+  \(new\)$/);
  assert.match(lines[1]!, /^lookup  null \/mnt  null#2 → ufs#\d+:\d+  \(new\)$/);
  const [dev, ino] = plain.trim().split(" ");
  assert.match(lines[2]!, new RegExp(`^getattr null /mnt  null#3 → ufs#\\d+:${ino}  fsid \\d+→${dev}$`));
});

test("with trace: the lines are formatTrace's, in order with what the command printed", () => {
  const sc = parseScenario(scenario("true", [MOUNT, `echo before; ${STAT}; echo after`]));
  const session = sessionFor(sc);
  assert.ok(session.traceShown);
  assert.ok(session.machine.trace);
  const seen: string[] = [];
  session.machine.events.on((e) => void (e.kind === "vnodeop" && seen.push(formatTrace(e))));
  const res = runScenario(sc);
  const out = res.results[1]!.output.split("\n");
  assert.is(out[0], "before");
  assert.is(out[out.length - 2], "after");
  // a second machine from the same file traces the same operations
  const again = runScenario(sc).results[1]!.output;
  assert.is(again, res.results[1]!.output);
  // this session's own lines: the same text the listener formatted
  for (const c of [MOUNT, `echo before; ${STAT}; echo after`]) {
    session.tty.typeLine(c);
    while (session.drive(1_000_000).kind !== "prompt");
  }
  assert.equal(out.slice(1, out.length - 3), seen);
});

test("with trace: a replay shows the lines on its screen, and hiding the Layers pane does not stop them", () => {
  const sc = parseScenario(scenario("true", [MOUNT, STAT]));
  const cast = replayToCast(sc, { columns: 120, rows: 36, color: false, speed: 50 });
  assert.match(cast, /getattr null \/mnt  null#3 → ufs#/);
  const lab = new Lab({ shell: sessionFor(sc), columns: 120, rows: 36, now: () => 0, color: false });
  lab.panes = "hidden";
  lab.syncTrace();
  assert.ok(lab.shell.machine.trace);
  lab.dispose();
});

test.run();
