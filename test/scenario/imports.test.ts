// A scenario's `import:` reads host files from the scenario's own folder tree only (after
// symbolic links are resolved); another folder needs --allow-import DIR. Refused: one line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScenario } from "../../engine/scenario/check.js";
import { confineImports, ImportError } from "../../engine/scenario/images.js";
import { parseScenario } from "../../engine/scenario/parse.js";

const root = mkdtempSync(join(tmpdir(), "looplab-imports-"));
const dir = join(root, "scenarios");
const other = join(root, "other");
mkdirSync(join(dir, "images"), { recursive: true });
mkdirSync(other);
writeFileSync(join(dir, "images", "note.txt"), "inside\n");
writeFileSync(join(root, "secret"), "top secret\n");
writeFileSync(join(other, "o.txt"), "other\n");
symlinkSync(join(root, "secret"), join(dir, "images", "link"));
symlinkSync(join(dir, "images", "note.txt"), join(dir, "inlink"));

const setup = (imp: string) => ({ images: { "/backup/x": { import: imp } } });
function refused(imp: string, allow: string[] = []): string {
  try {
    confineImports(setup(imp), dir, allow);
    return "allowed";
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
}

test("inside the scenario's folder: relative, absolute, through a link that stays inside", () => {
  assert.equal(confineImports(setup("images/note.txt"), dir, []).images["/backup/x"]!.import, join(dir, "images", "note.txt"));
  assert.is(refused(join(dir, "images", "note.txt")), "allowed");
  assert.equal(confineImports(setup("inlink"), dir, []).images["/backup/x"]!.import, join(dir, "images", "note.txt"));
  // missing but inside: importHostFile says "no such file" later
  assert.is(refused("images/none.txt"), "allowed");
});

test("outside: ../, an absolute host path, a link that leads out — refused unless allowed", () => {
  const msg = (imp: string) => `cannot import ${imp}: outside the scenario's folder ${dir} (--allow-import DIR allows a folder)`;
  assert.is(refused("../secret"), msg("../secret"));
  assert.is(refused("/etc/hostname"), msg("/etc/hostname"));
  assert.is(refused("images/link"), msg("images/link"));
  assert.is(refused("images/../../other/o.txt"), msg("images/../../other/o.txt"));
  assert.is(refused("../other/o.txt", [other]), "allowed");
  assert.is(refused("images/link", [root]), "allowed");
  assert.is(refused("../secret", [other]), msg("../secret"));
  // a scenario read without its folder imports only from allowed folders
  assert.throws(() => confineImports(setup("images/note.txt"), undefined, []), /a scenario read without its folder imports only from --allow-import folders/);
});

test("running a scenario: an import inside is read; one outside never reaches the lab", () => {
  const sc = (imp: string) => parseScenario(`---\ntitle: t\nos: aix\nsetup:\n  images:\n    /backup/x: { import: ${imp} }\n---\n\`\`\`console\n# cat /backup/x\nx\n\`\`\`\n`);
  assert.is(runScenario(sc("images/note.txt"), { baseDir: dir }).results[0]!.output, "inside\n");
  assert.throws(() => runScenario(sc("../secret"), { baseDir: dir }), (e: unknown) => e instanceof ImportError && e.path === "../secret");
  assert.is(runScenario(sc("../secret"), { baseDir: dir, allowImport: [root] }).results[0]!.output, "top secret\n");
});

test.run();
