// check --update rewrites only the blocks that fail, and keeps [..], captures, regex lines and
// `...` wherever the new output still matches them; a printed line the format would misread is
// written as a regex that matches only it. The updated file passes.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkText, runScenario, updatedText } from "../../engine/scenario/check.js";
import { lineMatches } from "../../engine/scenario/match.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { literal, mergeBlock } from "../../engine/scenario/update.js";

const none = new Map<string, string>();

test("lines that still match stay as written; the others are replaced where they stood", () => {
  assert.equal(mergeBlock(["a [..]", "b", "c"], ["a 1", "B", "c"], none), ["a [..]", "B", "c"]);
  assert.equal(mergeBlock(["x [N:n]", "old"], ["x 5", "new", "more"], none), ["x [N:n]", "new", "more"]);
  assert.equal(mergeBlock(["gone", "keep"], ["keep"], none), ["keep"]);
  assert.equal(mergeBlock(["n=[0-9]+ [re]", "z"], ["n=42", "y"], none), ["n=[0-9]+ [re]", "y"]);
  assert.equal(mergeBlock([], ["new"], none), ["new"]);
  assert.equal(mergeBlock(["old"], [], none), []);
});

test("`...` stays and takes what it can; the lines around it are updated", () => {
  assert.equal(mergeBlock(["head", "..."], ["head2", "l1", "l2"], none), ["head2", "..."]);
  assert.equal(mergeBlock(["a", "...", "c"], ["a", "x", "y", "d"], none), ["a", "...", "d"]);
  assert.equal(mergeBlock(["...", "a", "b"], ["w", "x", "y", "z"], none), ["...", "y", "z"]);
  assert.equal(mergeBlock(["a", "...", "z"], ["a", "z"], none), ["a", "...", "z"]);
});

test("a printed line the format would read otherwise is written as a regex matching only it", () => {
  for (const line of ["...", "[1]", "[*]", "# not a command", "#", "```", "a [..] b", "x [N:y]", "v [=w]", "ends [re]", "> more"]) {
    const w = literal(line);
    assert.ok(w.endsWith(" [re]") && w !== line, line);
    assert.ok(lineMatches(w, line), line);
    assert.not.ok(lineMatches(w, line + "x"), line);
  }
  for (const line of ["[1] + Done  sleep 5 &", "plain", "", "a.b*c"]) assert.is(literal(line), line);
});

const file = (blocks: string) => `---\ntitle: t\nos: aix\n---\nProse.\n\n\`\`\`console\n${blocks}\`\`\`\n`;

test("updatedText touches only the failing blocks; the result passes", () => {
  const text = file("# echo one two\none [..]\n# echo changed; echo more\nold\n# uname\nAIX\n# echo hi; false\nhi\n");
  const sc = parseScenario(text);
  const res = runScenario(sc);
  assert.not.ok(res.ok);
  const out = updatedText(sc, res);
  assert.is(out, file("# echo one two\none [..]\n# echo changed; echo more\nchanged\nmore\n# uname\nAIX\n# echo hi; false\nhi\n[1]\n"));
  assert.ok(checkText(out).ok);
});

test("output that looks like the format survives an update and the next check", () => {
  const text = file("# printf '%s\\n' ... '[1]' '# x' 'a [..] b' '```'\nwrong\n");
  const sc = parseScenario(text);
  const out = updatedText(sc, runScenario(sc));
  assert.is(out, file("# printf '%s\\n' ... '[1]' '# x' 'a [..] b' '```'\n\\.\\.\\. [re]\n\\[1\\] [re]\n\\# x [re]\na \\[\\.\\.\\] b [re]\n\\`\\`\\` [re]\n"));
  assert.ok(checkText(out).ok, checkText(out).report);
});

test("captures made in a block that passes are used to keep lines in a later failing one", () => {
  const text = file("# echo loop3\nloop[N:n]\n# echo dev loop3; echo extra\ndev loop[=n]\n");
  const sc = parseScenario(text);
  const out = updatedText(sc, runScenario(sc));
  assert.is(out, file("# echo loop3\nloop[N:n]\n# echo dev loop3; echo extra\ndev loop[=n]\nextra\n"));
  assert.ok(checkText(out).ok);
});

test.run();
