// looplab check FILE|DIR…: pass, or the command that differed and a diff.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runScenario, updatedText } from "../engine/scenario/check.js";
import { parseScenario, ScenarioError } from "../engine/scenario/parse.js";

export function scenarioFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n));
    else if (p.endsWith(".md")) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

export function runCheck(paths: string[], update: boolean): number {
  let files: string[];
  try {
    files = scenarioFiles(paths.length ? paths : ["scenarios"]);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`looplab check: ${err.path ?? ""}${err.path ? ": " : ""}${err.code === "ENOENT" ? "no such file or directory" : err.message}\n`);
    return 2;
  }
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    let sc;
    try {
      sc = parseScenario(readFileSync(f, "utf8"));
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      process.stdout.write(`FAIL ${f}\n  ${e.message}\n`);
      failed++;
      continue;
    }
    let res;
    try {
      res = runScenario(sc, dirname(f));
    } catch (e) {
      // a scenario whose set-up cannot be made (a missing import) fails; the others still run
      if ((e as Error)?.name !== "ImportError" && (e as Error)?.name !== "UnsupportedOs") throw e;
      process.stdout.write(`FAIL ${f}\n  ${(e as Error).message}\n`);
      failed++;
      continue;
    }
    if (update && !res.ok) {
      writeFileSync(f, updatedText(sc, res));
      process.stdout.write(`UPDATED ${f}\n`);
      passed++;
      continue;
    }
    if (res.ok) {
      passed++;
      process.stdout.write(`pass ${f}\n`);
    } else {
      failed++;
      process.stdout.write(`FAIL ${f}\n${res.report.replace(/^/gm, "  ")}\n`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
