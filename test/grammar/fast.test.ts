// The fast path for plain lines must give exactly the AST the grammar gives.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { fastParse } from "../../grammar/fast.js";
import { parseAll } from "../../grammar/parse.js";

const token = fc.constantFrom(
  "ls", "-l", "a", "x=1", "=", "f.txt", "/dev/loop*", "[ab]", "2", "|", ">", ">>", "<", "!", "||", "&&", ";", "#", "'q'", "$X", "a\\ b",
  // the syntax of compound commands and expansions: the fast path must leave it to the grammar
  "for", "in", "do", "done", "while", "until", "if", "then", "elif", "else", "fi", "case", "esac", "{", "}", "(", ")", "~", "`a`", "$(a)", "$((1))", "[", "]",
  // ksh88 syntax: ${…}, here-documents, [[ ]], (( )), functions, select, time, |& and the other redirections
  "${x:-a}", "${#x}", "<<", "<<EOF", "[[", "]]", "==", "((", "))", "function", "f()", "select", "time", "|&", ">|", "<&", "<>",
);
const blank = fc.constantFrom(" ", "  ", "\t", "");

test("fast path agrees with the grammar on random lines", () => {
  let fastHits = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(token, blank), { maxLength: 10 }), blank, (parts, lead) => {
      const line = lead + parts.map(([t, b]) => t + b).join("");
      const fast = fastParse(line);
      if (fast === null) return;
      fastHits++;
      const all = parseAll(line);
      assert.is(all.length, 1, `grammar has one parse of ${JSON.stringify(line)}`);
      assert.equal(fast, all[0], JSON.stringify(line));
    }),
    { numRuns: 30000, seed: 7 },
  );
  assert.ok(fastHits > 1000, `fast path taken ${fastHits} times`);
});

test("fast path declines what it does not handle", () => {
  for (const l of [
    "a=b cmd", "! x", "a|b", "echo 'q'", "echo $X", "a; b", "a && b", "x # c", "cat >", "| a", "a | | b", "a 2>f",
    "for i in a b", "do", "done", "if x", "then y", "fi", "while true", "until x", "case x in", "esac", "ls | while read d",
    "{ a", "}", "(a)", "echo ~", "echo `a`", "echo $(a)", "echo $((1))", "elif x", "else y",
    "echo ${x:-a}", "cat <<EOF", "cat << EOF", "[[ -f x ]]", "((x))", "function f", "f() x", "select x in a", "time ls",
    "ls |& x", "ls >| f", "cat <& 0", "cat <> f",
  ]) {
    assert.is(fastParse(l), null, l);
  }
  assert.ok(fastParse("lsdev -C | grep loop"));
  // reserved words are only reserved where a command starts
  assert.ok(fastParse("echo for do done if fi"));
  assert.ok(fastParse("[ -d /cdmount ]"));
});

test.run();
