// The linear-time engine agrees with the JavaScript translation the lab used before it
// (posix-js.ts) on random simple patterns without back-references: whether a subject matches,
// where the leftmost match starts, and — POSIX's rule, which JavaScript does not follow by
// itself — that the match is the longest one starting there.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { compileRegex } from "../../../engine/userland/common/re.js";
import { posixToJs } from "./posix-js.js";

/** random patterns in ERE (ere) or BRE syntax */
function patterns(ere: boolean): fc.Arbitrary<string> {
  const open = ere ? "(" : "\\(";
  const close = ere ? ")" : "\\)";
  const quants = ere ? ["", "", "*", "+", "?", "{1,2}", "{2}", "{0,1}"] : ["", "", "*", "\\{1,2\\}", "\\{2\\}", "\\{0,\\}"];
  const { alt } = fc.letrec<{ alt: string; seq: string; piece: string; atom: string }>((tie) => ({
    atom: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom("a", "b", ".", "[ab]", "[^a]", "[[:alpha:]]", "c"),
      tie("alt").map((x) => open + x + close),
    ),
    piece: fc.tuple(tie("atom"), fc.constantFrom(...quants)).map(([a, q]) => a + q),
    seq: fc
      .tuple(fc.boolean(), fc.array(tie("piece"), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([bol, ps, eol]) => (bol ? "^" : "") + ps.join("") + (eol ? "$" : "")),
    alt: ere ? fc.array(tie("seq"), { minLength: 1, maxLength: 2 }).map((xs) => xs.join("|")) : tie("seq"),
  }));
  return alt;
}

const subject = fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 8 }).map((xs) => xs.join(""));

function agree(ere: boolean, runs: number): void {
  fc.assert(
    fc.property(patterns(ere), subject, fc.boolean(), (p, s, icase) => {
      const src = posixToJs(p, ere);
      const js = new RegExp(src, icase ? "i" : "");
      const re = compileRegex(p, { ere, icase });
      const m = re.exec(s);
      const j = js.exec(s);
      assert.is(m !== null, j !== null, `${p} on ${s}`);
      assert.is(re.test(s), j !== null, `${p} test ${s}`);
      if (m === null || j === null) return;
      assert.is(m.start, j.index, `${p} on ${s}: start`);
      // the longest end at that start: the last e for which a match from start ends at e
      let longest = -1;
      for (let e = s.length; e >= m.start && longest < 0; e--) {
        const at = new RegExp(`(?:${src})(?<=^[\\s\\S]{${e}})`, icase ? "iy" : "y");
        at.lastIndex = m.start;
        if (at.test(s)) longest = e;
      }
      assert.is(m.end, longest, `${p} on ${s}: end`);
    }),
    { numRuns: runs, seed: 42 },
  );
}

test("ERE: the engine agrees with the JavaScript translation, and its matches are the longest", () => {
  agree(true, 1500);
});

test("BRE: the engine agrees with the JavaScript translation, and its matches are the longest", () => {
  agree(false, 1000);
});

test.run();
