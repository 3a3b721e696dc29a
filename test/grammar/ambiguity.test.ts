// Random lines from a token alphabet: every line that parses has exactly one parse, parse()
// never throws, and parse()/parseAll() agree. An ambiguous grammar would also be slow (Earley
// keeps every derivation), so this guards speed as well as meaning.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { parse, parseAll, parseComplete } from "../../grammar/index.js";

const ALPHABET = [
  "a", "b", "ls", "-l", "x=1", "A=", "=", "1", "2", "*", "?", "[a]", "#", "# c", "!", "a!",
  " ", " ", " ", "  ", "\t",
  "'q w'", "''", "'", '"', '"d $x"', '""', '"\\""', '"\\$"', '"\\a"', "\\", "\\ ", "\\\\", "\\\n", "\\#",
  "$", "$HOME", "${X}", "${", "$?", "$$", "$#", "$0", "$9x",
  "|", "||", "&&", "&", ";", ";;", "\n",
  "<", ">", ">>", "2>", "2>>", "2>&1", ">&2", ">&", "0<",
];

const line = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((xs) => xs.join(""));

test("random lines: at most one parse, parse() and parseAll() agree", () => {
  let parsed = 0;
  fc.assert(
    fc.property(line, (src) => {
      const all = parseAll(src);
      if (all.length > 1) throw new Error(`ambiguous (${all.length} parses): ${JSON.stringify(src)}`);
      const r = parse(src);
      if (r.ok) {
        parsed++;
        assert.is(all.length, 1, JSON.stringify(src));
        assert.equal(r.list, all[0], JSON.stringify(src));
      } else if (!r.incomplete) {
        assert.is(all.length, 0, JSON.stringify(src));
      }
      const c = parseComplete(src);
      if (r.ok || !r.incomplete) assert.equal(c, r, JSON.stringify(src));
      else assert.ok(c.ok || !c.incomplete, `parseComplete is never incomplete: ${JSON.stringify(src)}`);
      return true;
    }),
    { numRuns: 5000, seed: 20240611 },
  );
  // the alphabet must produce a fair share of valid lines, or the test proves little
  assert.ok(parsed > 1000, `only ${parsed} of 5000 lines parsed`);
});

test("random lines of valid-ish commands (no error tokens): all parse exactly once", () => {
  const word = fc.constantFrom("a", "ls", "x=1", "'q w'", '"d $x"', "\\ ", "$HOME", "${X}", "a#b", "!", "2", "*.c");
  const redir = fc.tuple(fc.constantFrom("<", ">", ">>", "2>", "2>>", ">&", "2>&"), fc.constantFrom("", " "), word).map((t) => t.join(""));
  const cmd = fc
    .tuple(word, fc.array(fc.oneof(word.map((w) => " " + w), redir.map((r) => " " + r)), { maxLength: 5 }))
    .map(([w, rest]) => (w === "!" ? "a" : w) + rest.join(""));
  const sep = fc.constantFrom(" | ", "|", " && ", "||", "; ", ";", " & ", "\n", " |\n", " && # c\n");
  const src = fc
    .tuple(cmd, fc.array(fc.tuple(sep, cmd), { maxLength: 6 }), fc.constantFrom("", ";", " &", "\n", " # end"))
    .map(([c, rest, end]) => c + rest.map(([s, x]) => s + x).join("") + end);
  fc.assert(
    fc.property(src, (s) => {
      const all = parseAll(s);
      if (all.length !== 1) throw new Error(`${all.length} parses: ${JSON.stringify(s)} → ${JSON.stringify(parse(s))}`);
      return true;
    }),
    { numRuns: 3000, seed: 7 },
  );
});

test.run();
