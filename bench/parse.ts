// Parse-time benchmark for grammar/: time against line length for a few line shapes, and
// throughput on typical lines. Prints numbers; asserts nothing.
//   node --import tsx bench/parse.ts
import { parse, parseCriteria } from "../grammar/index.js";

const LOOPMOUNT = 'loopmount -i /backup/cd_image -l loop0 -o "-V cdrfs -o ro" -m /cdmount';

/** Repeat `unit` joined by `sep` until the line is at least `n` characters. */
function build(unit: string, sep: string, n: number): string {
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    parts.push(unit);
    len += unit.length + (parts.length > 1 ? sep.length : 0);
  }
  return parts.join(sep);
}

const SHAPES: [string, (n: number) => string][] = [
  ["a a a …", (n) => build("a", " ", n)],
  ["a|a|…", (n) => build("a", "|", n)],
  ["a && a …", (n) => build("a", " && ", n)],
  ["one bare word", (n) => "a".repeat(n)],
  ['one word a"b"a"b"…', (n) => build('a"b"', "", n)],
  ["'quoted' $VAR words", (n) => build("'q w' $HOME", " ", n)],
  ["loopmount …; loopmount …", (n) => build(LOOPMOUNT, "; ", n)],
  ["for …; do …; done; for …", (n) => build("for d in a b; do rmdev -dl $d; done", "; ", n)],
  ["if …; then …; else …; fi; …", (n) => build("if a | b; then c; elif d; then e; else f; fi", "; ", n)],
  ["x | while read …; …", (n) => build("lsdev -F name | while read d; do lsattr -El $d; done", "; ", n)],
  ["echo $(a) `b` $((1+2)) …", (n) => build("echo $(a $(b)) `c` $((1+x)) ~/d", "; ", n)],
  ["{ ( { ( … ); } ); }, 20 deep", (n) => build("{ (".repeat(20) + "a" + "); }".repeat(20), "; ", n)],
];
const LENGTHS = [100, 1_000, 4_000, 10_000];

/** Median milliseconds per call, over at least `minMs` of calls (and at least 3 calls). */
function time(fn: () => void, minMs: number): { median: number; runs: number } {
  fn(); // warm up
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 3 || performance.now() - start < minMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1]!, runs: samples.length };
}

function mustParse(src: string): void {
  const r = parse(src);
  if (!r.ok) throw new Error(`bench input did not parse: ${JSON.stringify(src.slice(0, 60))}… ${JSON.stringify(r)}`);
}

const pad = (s: string, n: number) => s.padEnd(n);
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);

// warm the JIT on a mix first
for (let i = 0; i < 300; i++) parse(`${LOOPMOUNT} | grep x && echo "$HOME" > /tmp/f 2>&1`);

console.log(`parse time by line length (median; Node ${process.version})\n`);
console.log(pad("shape", 30) + LENGTHS.map((n) => pad(`${n} ch`, 12)).join(""));
for (const [name, make] of SHAPES) {
  const cells: string[] = [];
  for (const n of LENGTHS) {
    const src = make(n);
    mustParse(src);
    const { median } = time(() => parse(src), n >= 4_000 ? 600 : 200);
    cells.push(pad(fmt(median), 12));
  }
  console.log(pad(name, 30) + cells.join(""));
}

const TYPICAL = [
  LOOPMOUNT,
  "lsdev -C | grep loop",
  "mount -v cdrfs -o ro /dev/loop0 /cdmount && ls -l /cdmount",
  'odmget -q "name=loop0" CuDv',
  "for d in loop0 loop1; do rmdev -dl $d; done",
  "lsdev -Cc loopback -F name | while read d; do lsattr -El $d; done",
  'odmget -q "name=$(lsdev -Cc loopback -F name | head -1)" CuDv',
  "A=1 B=\"$HOME/x\" cmd 2>/dev/null >> log; echo $?",
  "",
];
console.log("\ntypical lines\n");
for (const src of TYPICAL) {
  mustParse(src);
  const { median } = time(() => parse(src), 300);
  console.log(pad(JSON.stringify(src).slice(0, 62), 64) + pad(fmt(median), 10) + `${Math.round(1000 / median).toLocaleString("en-US")} lines/s`);
}

const crit = "resource='devno' and value3='hdisk0'";
const { median: odm } = time(() => parseCriteria(crit), 300);
console.log(`\nodm criteria ${JSON.stringify(crit)}: ${fmt(odm)} (${Math.round(1000 / odm).toLocaleString("en-US")}/s)`);
