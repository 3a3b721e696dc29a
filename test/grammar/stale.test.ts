// The committed grammar/*.grammar.ts must be exactly what nearleyc makes from grammar/*.ne:
// regenerate into a temp dir and compare byte for byte. Fix a failure with `npm run grammar`.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const grammarDir = join(root, "grammar");

test("generated parsers are up to date with their .ne sources", () => {
  const sources = readdirSync(grammarDir).filter((f) => f.endsWith(".ne"));
  assert.ok(sources.includes("shell.ne") && sources.includes("odm.ne"), `sources: ${sources.join(", ")}`);
  const out = mkdtempSync(join(tmpdir(), "looplab-grammar-"));
  try {
    execFileSync(process.execPath, [join(root, "scripts", "grammar.mjs"), "--out", out], { stdio: "pipe" });
    for (const ne of sources) {
      const name = ne.replace(/\.ne$/, ".grammar.ts");
      const fresh = readFileSync(join(out, name));
      let committed: Buffer;
      try {
        committed = readFileSync(join(grammarDir, name));
      } catch {
        assert.unreachable(`grammar/${name} is missing: run npm run grammar`);
        return;
      }
      assert.ok(fresh.equals(committed), `grammar/${name} is stale: run npm run grammar`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test.run();
