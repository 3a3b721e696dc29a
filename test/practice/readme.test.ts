// The goals README shows under "Practice goals" are an exercise that passes its self-proof.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { checkText } from "../../engine/scenario/check.js";

test("README's example exercise passes looplab check", () => {
  const readme = readFileSync("README.md", "utf8");
  const at = readme.indexOf("## Practice goals");
  assert.ok(at >= 0, "README has a Practice goals section");
  const open = readme.indexOf("```yaml\n", at);
  const yaml = readme.slice(open + 8, readme.indexOf("```", open + 8));
  const solution = '# loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount\n# loopumount -l loop0 -m /cdmount\n';
  const r = checkText(`---\ntitle: t\nos: aix\nsetup: { dirs: [/cdmount] }\n${yaml}---\nThe task.\n\n\`\`\`console\n${solution}\`\`\`\n`);
  assert.ok(r.ok, r.report);
  assert.equal(r.proof, { ok: true, failures: [] });
});

test.run();
