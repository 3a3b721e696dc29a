// Every example in README.md works as written: each ```console block runs on a fresh default
// machine; a command shown with output must print exactly that (and its [N] status), one shown
// without output must succeed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createSession } from "../../engine/session.js";
import { runTyped } from "../../engine/scenario/drive.js";
import { outputLines, outputMatches } from "../../engine/scenario/match.js";

// the examples of the scenario format (inside a ````markdown fence) are illustrations, not runs
const readme = readFileSync("README.md", "utf8").replace(/^````markdown\n[\s\S]*?^````$/gm, "");
// a block preceded by `<!-- os: bsd -->` runs on that machine
const blocks = [...readme.matchAll(/^(?:<!-- os: (\w+) -->\n)?```console\n([\s\S]*?)^```$/gm)].map((m) => ({ os: (m[1] ?? "aix") as "aix" | "bsd", text: m[2]! }));

test("the README has console examples", () => {
  assert.ok(blocks.length >= 3, String(blocks.length));
});

test("every shell line of the README calls the lab as npx looplab or through npm", () => {
  const sh = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split("\n").filter((l) => l.trim()));
  assert.ok(sh.length > 0);
  for (const line of sh) assert.ok(/^(npx looplab |npm |node |bash |tmux )/.test(line), line);
});

blocks.forEach(({ os, text: block }, i) => {
  test(`README example ${i + 1} works as written`, () => {
    const s = createSession({ os });
    const lines = block.split("\n").filter((l, k, a) => k < a.length - 1 || l !== "");
    for (let k = 0; k < lines.length; k++) {
      const cmd = lines[k]!;
      if (!cmd.startsWith("# ")) continue;
      const shown: string[] = [];
      while (k + 1 < lines.length && !lines[k + 1]!.startsWith("# ")) shown.push(lines[++k]!);
      const st = /^\[(\d+)\]$/.exec(shown[shown.length - 1] ?? "");
      const status = st ? Number(st[1]) : 0;
      if (st) shown.pop();
      const r = runTyped(s, cmd.slice(2), shown);
      if (shown.length > 0 || st) {
        assert.ok(outputMatches(shown, outputLines(r.output)), `${cmd}\n--- shown\n${shown.join("\n")}\n--- printed\n${r.output}`);
        assert.is(r.status, status, cmd);
      } else assert.is(r.status, 0, `${cmd}\n${r.output}`);
    }
  });
});

test.run();
