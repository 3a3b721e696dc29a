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

// The same with the syntax of compound commands and expansions mixed in: reserved words, braces,
// parentheses, $( ), backquotes, $(( )), ~, case patterns.
const COMPOUND_ALPHABET = [
  ...ALPHABET,
  "for", "for i", "in", "do", "done", "while", "until", "if", "then", "elif", "else", "fi", "case", "esac",
  "{", "}", "(", ")", "$(", "$((", "))", "`", "`ls`", "~", "~/x", "a)", "(a)", "*)", "true", "x",
  // ksh88: ${…} operators, here-documents, functions, [[ ]], (( )), select, time, |&, <& <> >|
  "${x:-", "${x#", "${#x}", "${x%%*}", "${x/a}", "${", "<<", "<<-", "<<E", "<<'E'", "\nE\n", "E",
  "<&", "<>", ">|", "|&", "[[", "]]", "==", "!=", "=~", "-f", "-n", "-eq", "&&", "((", "function", "f()", "f ()",
  "select", "time", "in", "@(a|b)", "!(x)", "*(", "+(y)",
];
const cline = fc.array(fc.constantFrom(...COMPOUND_ALPHABET), { maxLength: 24 }).map((xs) => xs.join(""));

test("random lines with compound syntax: at most one parse, parse() and parseAll() agree", () => {
  let parsed = 0;
  fc.assert(
    fc.property(cline, (src) => {
      const all = parseAll(src);
      if (all.length > 1) throw new Error(`ambiguous (${all.length} parses): ${JSON.stringify(src)}`);
      const r = parse(src);
      if (r.ok) {
        parsed++;
        assert.equal(r.list, all[0], JSON.stringify(src));
      } else if (!r.incomplete) {
        assert.is(all.length, 0, JSON.stringify(src));
      }
      const c = parseComplete(src);
      if (r.ok || !r.incomplete) assert.equal(c, r, JSON.stringify(src));
      else assert.ok(c.ok || !c.incomplete, `parseComplete is never incomplete: ${JSON.stringify(src)}`);
      return true;
    }),
    { numRuns: 5000, seed: 20240612 },
  );
  assert.ok(parsed > 500, `only ${parsed} of 5000 lines parsed`);
});

/** random well-formed command lists with nested compound commands */
const listOf = (depth: number): fc.Arbitrary<string> => {
  const simple = fc.constantFrom(
    "a", "ls -l", "x=1", "echo $x", "echo \"$(b)\"", "echo `c`", "echo $((1+2))", "cd ~/d", "! a", "a >f", "a | b", "a && b", "a || b",
    "echo ${x:-a b} \"${y#*/}\" ${#z}", "a <&0 >| f", "a |& b", "(( x++ ))", "[[ a < b ]]",
  );
  const cmd: fc.Arbitrary<string> =
    depth <= 0
      ? simple
      : fc.oneof(
          simple,
          listOf(depth - 1).map((l) => `for i in a b; do ${l}; done`),
          listOf(depth - 1).map((l) => `for i\ndo ${l}\ndone`),
          fc.tuple(listOf(depth - 1), listOf(depth - 1)).map(([c, l]) => `while ${c}; do ${l}; done`),
          fc.tuple(listOf(depth - 1), listOf(depth - 1)).map(([c, l]) => `until ${c}\ndo\n${l}\ndone >out`),
          fc.tuple(listOf(depth - 1), listOf(depth - 1), listOf(depth - 1)).map(([c, t, e]) => `if ${c}; then ${t}; elif ${c}; then ${e}; else ${t}; fi`),
          listOf(depth - 1).map((l) => `{ ${l}; } 2>&1`),
          listOf(depth - 1).map((l) => `lsdev | while read d; do ${l}; done | wc -l`),
          listOf(depth - 1).map((l) => `(${l})`),
          listOf(depth - 1).map((l) => `echo $( ${l})`), // the blank: `$((` starts arithmetic
          fc.tuple(listOf(depth - 1), listOf(depth - 1)).map(([a, b]) => `case $x in a|b) ${a};; (c) ;; *) ${b}\nesac`),
          listOf(depth - 1).map((l) => `f() { ${l}; }`),
          listOf(depth - 1).map((l) => `function g {\n${l}\n} >log`),
          listOf(depth - 1).map((l) => `select s in a b; do ${l}; done`),
          listOf(depth - 1).map((l) => `if [[ -f $x && ( $y == a* || ! -n "$z" ) ]]; then ${l}; fi`),
          listOf(depth - 1).map((l) => `while (( i < 3 )); do ${l}; done`),
          listOf(depth - 1).map((l) => `{ cat <<EOF && a\nbody $x\nEOF\n${l}\n}`),
          listOf(depth - 1).map((l) => `time ${l}`),
        );
  return fc.tuple(cmd, fc.array(fc.tuple(fc.constantFrom("; ", "\n", " && ", " || ", " & "), cmd), { maxLength: 2 })).map(([c, rest]) => c + rest.map(([s, x]) => s + x).join(""));
};

test("random nested compound commands: each parses exactly once", () => {
  fc.assert(
    fc.property(listOf(3), (s) => {
      const all = parseAll(s);
      if (all.length !== 1) throw new Error(`${all.length} parses: ${JSON.stringify(s)} → ${JSON.stringify(parse(s))}`);
      return true;
    }),
    { numRuns: 600, seed: 11 },
  );
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
