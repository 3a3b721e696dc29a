// One C-printf-compatible %.Nf for every command: the double's exact value, a tie to the even digit.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { cFixed } from "../../../engine/userland/common/cformat.js";
import { lab } from "./helpers.js";

const t = suite("C printf %f");

t("a tie rounds to the even digit; anything else to the nearest", () => {
  assert.is(cFixed(0.125, 2), "0.12", "JavaScript's toFixed says 0.13");
  assert.is(cFixed(0.375, 2), "0.38");
  assert.is(cFixed(2.5, 0), "2");
  assert.is(cFixed(3.5, 0), "4");
  assert.is(cFixed(0.25, 1), "0.2");
  // 0.15 is 0.1499999999999999944… as a double: no tie, it rounds down (a decimal tie test would say 0.2)
  assert.is(cFixed(0.15, 1), "0.1");
  assert.is(cFixed(1.005, 2), "1.00");
  assert.is(cFixed(123.456, 2), "123.46");
});

t("large, tiny, negative and long", () => {
  assert.is(cFixed(1e21, 2), "1000000000000000000000.00", "no exponent form");
  assert.is(cFixed(2 ** 70, 0), "1180591620717411303424");
  assert.is(cFixed(5e-324, 3), "0.000");
  assert.is(cFixed(-0.001, 2), "-0.00");
  assert.is(cFixed(-0, 1), "-0.0");
  assert.is(cFixed(0.1, 20), "0.10000000000000000555");
  assert.is(cFixed(1 / 3, 120).length, 122);
});

t("printf's %f goes through it", () => {
  const l = lab();
  assert.is(l.run(["printf", "%.2f %.1f %.0f %5.1f|\n", "0.125", "0.25", "2.5", "0.35"]).out, "0.12 0.2 2   0.3|\n");
});

t.run();
