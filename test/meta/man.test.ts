// Every command's man page shares one format (AIX's Commands Reference: "NAME Command", then
// Purpose, Syntax, Description and the other sections with their bodies indented seven columns),
// and help's one-line summary is the page's Purpose.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const s = createSession({ terminal: false });
// every machine's commands, each once (a common command is the same definition on both)
const commands = [...new Set([...s.os.commands.values(), ...createSession({ os: "bsd" }).os.commands.values()])];

/** the body of a section: the lines after its heading up to the next heading */
function section(page: string, heading: string): string | undefined {
  const lines = page.split("\n");
  const at = lines.indexOf(heading);
  if (at < 0) return undefined;
  const body: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (/^\S/.test(l)) break;
    body.push(l);
  }
  return body.join("\n");
}

test("every man page has the Commands Reference layout", () => {
  const bad: string[] = [];
  for (const c of commands) {
    const page = c.man ?? "";
    const problems: string[] = [];
    const title = page.split("\n", 1)[0]!;
    if (!/^[\w-]+( or [\w-]+)* Command( \([^)]*\))?$/.test(title) || !title.split(" ").includes(c.name) || !page.startsWith(title + "\n\nPurpose\n"))
      problems.push("title");
    for (const h of ["Purpose", "Syntax", "Description"]) if (section(page, h) === undefined) problems.push(h);
    for (const l of page.split("\n")) if (l && /^\s/.test(l) && !/^ {7}/.test(l)) problems.push(`indent: ${l}`);
    if (problems.length) bad.push(`${c.name}: ${problems.slice(0, 3).join("; ")}`);
  }
  assert.equal(bad, []);
});

test("help's summary is the man page's Purpose", () => {
  const bad = commands
    .filter((c) => (section(c.man ?? "", "Purpose") ?? "").trim().replace(/\s+/g, " ") !== c.summary)
    .map((c) => `${c.name}: ${c.summary}`);
  assert.equal(bad, []);
});

test("help wraps at word boundaries within 80 columns", () => {
  const out = runLine(s, "help").output;
  const lines = out.split("\n").filter(Boolean);
  for (const l of lines) assert.ok(l.length <= 80 && !l.endsWith(" "), l);
  // a long summary goes on under its first line
  const env = lines.findIndex((l) => l.startsWith("env "));
  assert.match(lines[env + 1]!, /^ {12}\S/);
});

test("man loopmount lists every message loopmount prints", () => {
  const page = runLine(s, "man loopmount").output;
  for (const id of ["1320-002", "1320-003", "1320-004", "1320-005", "1320-006", "1320-007", "1320-010", "0506-324", "0514-040"])
    assert.ok(page.includes(id), id);
});

test.run();
