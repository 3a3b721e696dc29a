import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseCriteria, type OdmTerm } from "../../grammar/index.js";

const T = (field: string, op: OdmTerm["op"], value: string): OdmTerm => ({ field, op, value });

const GOOD: [string, OdmTerm[]][] = [
  ["name=loop0", [T("name", "=", "loop0")]],
  ["name = 'loop0' and status=1", [T("name", "=", "loop0"), T("status", "=", "1")]],
  ["resource='devno' and value3='hdisk0'", [T("resource", "=", "devno"), T("value3", "=", "hdisk0")]],
  ["name like 'loop*'", [T("name", "like", "loop*")]],
  ["name LIKE loop?", [T("name", "like", "loop?")]],
  ["name Like 'loop[0-9]'", [T("name", "like", "loop[0-9]")]],
  ["name like loop[!0]*", [T("name", "like", "loop[!0]*")]],
  ['name="loop 0"', [T("name", "=", "loop 0")]],
  ["name=''", [T("name", "=", "")]],
  ['name=""', [T("name", "=", "")]],
  ["name='it\"s'", [T("name", "=", 'it"s')]],
  ["status!=1", [T("status", "!=", "1")]],
  ["status != 1", [T("status", "!=", "1")]],
  ["x<1 and x>2 and x<=3 and x>=4", [T("x", "<", "1"), T("x", ">", "2"), T("x", "<=", "3"), T("x", ">=", "4")]],
  ["a=1 AND b=2", [T("a", "=", "1"), T("b", "=", "2")]],
  ["  a=1   and   b = 2  ", [T("a", "=", "1"), T("b", "=", "2")]],
  ["a='x'and b=2", [T("a", "=", "x"), T("b", "=", "2")]],
  ["path=/dev/loop0", [T("path", "=", "/dev/loop0")]],
  ["value=-1", [T("value", "=", "-1")]],
  ["value=1.5", [T("value", "=", "1.5")]],
  ["parent=and", [T("parent", "=", "and")]],
  ["android=1", [T("android", "=", "1")]],
  ["likes like x", [T("likes", "like", "x")]],
  ["_f9=a_b.c", [T("_f9", "=", "a_b.c")]],
  ["uniquetype='adapter/pseudo/loop'", [T("uniquetype", "=", "adapter/pseudo/loop")]],
];

test("valid criteria", () => {
  for (const [src, terms] of GOOD) assert.equal(parseCriteria(src), { ok: true, terms }, JSON.stringify(src));
});

const BAD: [string, number][] = [
  ["", 1],
  ["   ", 4],
  ["name", 5],
  ["name=", 6],
  ["name = ", 8],
  ["=loop0", 1],
  ["name loop0", 6],
  ["name=loop0 and", 15],
  ["name=loop0 and ", 16],
  ["name=loop0 or status=1", 12],
  ["name=loop0 status=1", 12],
  ["name='loop0", 6],
  ['name="loop0', 6],
  ["name==loop0", 6],
  ["name=loop 0", 11],
  ["name=a,b", 7],
  ["name=a and and b=1", 12],
  ["1name=a", 1],
  ["name like", 10],
  ["name=a;b=c", 7],
];

test("malformed criteria report a column", () => {
  for (const [src, col] of BAD) assert.equal(parseCriteria(src), { ok: false, col }, JSON.stringify(src));
});

test("the lexer recovers after an error", () => {
  parseCriteria("name='x");
  parseCriteria("name=");
  assert.equal(parseCriteria("a=b"), { ok: true, terms: [T("a", "=", "b")] });
});

test.run();
