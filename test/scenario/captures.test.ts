// Matching beyond [..]: captures ([N:name], [..:name]) reused later as [=name] in commands and
// expected lines, and lines ending in " [re]" that are a regular expression for the whole line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkText, runScenario } from "../../engine/scenario/check.js";
import { answerFor } from "../../engine/scenario/drive.js";
import { compileLine, lineMatches, matchBlock, outputMatches } from "../../engine/scenario/match.js";
import { parseScenario, ScenarioError } from "../../engine/scenario/parse.js";
import { readFileSync } from "node:fs";
import { sessionFor } from "../../shell/cast.js";
import { Lab } from "../../shell/lab.js";
import { Player } from "../../shell/replay.js";

const vars = (o: Record<string, string>) => new Map(Object.entries(o));
const scenario = (os: string, block: string) => `---\ntitle: t\nos: ${os}\n---\n\`\`\`console\n${block}\`\`\`\n`;

test("[N:name] takes digits, [..:name] the shortest text; [=name] is the captured text", () => {
  assert.equal(compileLine("/dev/lofi/[N:dev]")("/dev/lofi/12"), { dev: "12" });
  assert.is(compileLine("/dev/lofi/[N:dev]")("/dev/lofi/x"), null);
  assert.is(compileLine("/dev/lofi/[N:dev]")("/dev/lofi/"), null);
  assert.equal(compileLine("[..:dev] Available [..]")("loop0      Available       Loopback Device"), { dev: "loop0     " });
  assert.equal(compileLine("[..:a] [..:b]")("x y z"), { a: "x", b: "y z" });
  assert.ok(lineMatches("mounted on /dev/lofi/[=dev]", "mounted on /dev/lofi/3", vars({ dev: "3" })));
  assert.not.ok(lineMatches("mounted on /dev/lofi/[=dev]", "mounted on /dev/lofi/4", vars({ dev: "3" })));
  // a captured value is text, never a pattern, and never wider than itself
  assert.not.ok(lineMatches("x [=v] y", "x abc y", vars({ v: "[..]" })));
  assert.ok(lineMatches("x [=v] y", "x [..] y", vars({ v: "[..]" })));
  assert.ok(lineMatches("[=v] [N:n]", "a.b 5", vars({ v: "a.b" })));
  assert.not.ok(lineMatches("[=v] [N:n]", "axb 5", vars({ v: "a.b" })));
  // without a value, a line matches nothing
  assert.not.ok(lineMatches("[=nope]", "anything"));
});

test("a line ending in [re] is a regular expression for the whole line; its named groups capture", () => {
  assert.ok(lineMatches("total [0-9]+ [re]", "total 42"));
  assert.not.ok(lineMatches("total [0-9]+ [re]", "total 42 blocks"));
  assert.not.ok(lineMatches("total [0-9]+ [re]", "subtotal 42"));
  assert.equal(compileLine("loop(?P<n>[0-9]+) +Available.* [re]")("loop7      Available       Loopback Device"), { n: "7" });
  assert.ok(lineMatches("(a|b)+ [=v] [re]", "abba x.y", vars({ v: "x.y" })));
  assert.not.ok(lineMatches("(a|b)+ [=v] [re]", "abba xzy", vars({ v: "x.y" })));
  // RE2: linear time, so a pattern that backtracks badly elsewhere cannot hang the check
  assert.not.ok(lineMatches("(a+)+b [re]", "a".repeat(5000)));
  // a line that merely contains brackets stays literal
  assert.ok(lineMatches("[1] + Done                 sleep 5 &", "[1] + Done                 sleep 5 &"));
  assert.ok(lineMatches("[N] a", "[N] a"));
});

test("captures come back from the lines that matched, with ... taking the fewest lines", () => {
  assert.equal(matchBlock(["a", "...", "dev [N:d]", "..."], ["a", "x", "dev 1", "dev 2"]), vars({ d: "1" }));
  assert.is(matchBlock(["dev [N:d]"], ["dev x"]), null);
  assert.ok(outputMatches(["[..]", "..."], ["x", "y"]));
});

test("a command and its output use what an earlier command captured (Solaris lofiadm)", () => {
  const text = scenario(
    "solaris",
    [
      "# lofiadm -a /export/iso/sol-11_1-repo.iso",
      "/dev/lofi/[N:n]",
      "# lofiadm /dev/lofi/[=n]",
      "/export/iso/sol-11_1-repo.iso",
      "# lofiadm /export/iso/sol-11_1-repo.iso; echo [=n]",
      "/dev/lofi/(?P<again>[0-9]+) [re]",
      "[=n]",
      "# lofiadm -d /dev/lofi/[=again]; echo $?",
      "0",
      "",
    ].join("\n"),
  );
  const res = checkText(text);
  assert.is(res.report, "");
  assert.ok(res.ok);
  assert.is(res.results[1]!.command, "lofiadm /dev/lofi/1");
  assert.equal([...res.results[3]!.vars], [["n", "1"], ["again", "1"]]);
});

test("[=name] before any capture of it, a name captured twice, a bad regex: refused when the file is read", () => {
  const where = (block: string) => {
    try {
      parseScenario(scenario("aix", block));
      return "ok";
    } catch (e) {
      return e instanceof ScenarioError ? `${e.line}: ${e.message}` : String(e);
    }
  };
  assert.is(where("# echo [=dev]\nx\n"), "6: [=dev]: no earlier command's output captures dev ([N:dev] or [..:dev])");
  assert.is(where("# echo 1\n[=dev] [N:dev]\n"), "7: [=dev]: no earlier command's output captures dev ([N:dev] or [..:dev])");
  assert.is(where("# echo 1 2\n[N:a] [N:a]\n"), "7: a is captured twice in one command's output");
  assert.is(where("# echo 1\n(a [re]\n"), "7: bad regular expression: error parsing regexp: missing closing ): `(a`");
  assert.is(where("# echo 1\n[N:a]\n# echo [=a]\n[=a]\n"), "ok");
});

test("a capture whose line did not match: the command that uses it is not run, and the report says why", () => {
  const res = runScenario(parseScenario(scenario("aix", "# echo x\nloop[N:n]\n# echo [=n]\n[=n]\n")));
  assert.not.ok(res.ok);
  assert.is(res.results[1]!.skipped, true);
  assert.is(res.failure!.line, 6);
  assert.match(res.failure!.detail, /^--- expected\n\+\+\+ actual\n/);
  const only = runScenario(parseScenario(scenario("aix", "# echo loopx; echo y\nloop[..:n]\nz\n# echo [=n]\n[=n]\n")));
  assert.equal(only.failure && only.failure.line, 6);
  assert.equal(only.results[1]!.skipped, true);
});

test("typed answers may be a captured value", () => {
  assert.is(answerFor("Device? ", ["Device? [=d]"], vars({ d: "loop3" })), "loop3");
  assert.is(answerFor("Device? ", ["Device? [=d]"]), null);
});

test("the README's example of captures and [re] passes on the Solaris machine", () => {
  const readme = readFileSync("README.md", "utf8");
  const m = /^````markdown\n(```console\n# lofiadm -a [\s\S]*?```)\n````$/m.exec(readme);
  assert.ok(m, "the example is in the README");
  const res = checkText(`---\ntitle: t\nos: solaris\n---\n${m![1]}\n`);
  assert.is(res.report, "");
  assert.ok(res.results.length >= 3);
});

test("a replay types the captured value where the command says [=name]", () => {
  const sc = parseScenario(scenario("solaris", "# lofiadm -a /export/iso/sol-11_1-repo.iso\n/dev/lofi/[N:n]\n# lofiadm /dev/lofi/[=n]\n/export/iso/sol-11_1-repo.iso\n"));
  const lab = new Lab({ shell: sessionFor(sc), columns: 120, rows: 36, now: () => 0 });
  const p = new Player(lab, sc);
  while (p.step() !== null);
  assert.is(p.ran, 2);
  assert.match(lab.term.transcript(), /# lofiadm \/dev\/lofi\/1\n\/export\/iso\/sol-11_1-repo\.iso\n/);
});

test.run();
