// looplab check FILE|DIR…: each file passes, or fails with one line FILE:LINE: what, and under it
// (indented) the diff of the command that differed. A file that cannot be read as a scenario fails
// and the next file is checked; the last line counts them: "N passed, N failed".
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runScenario, SetupCommandError, updatedText, type ScenarioResult } from "../engine/scenario/check.js";
import { ImportError, SetupError } from "../engine/scenario/images.js";
import { parseScenario, requireCommands, ScenarioError, type Scenario } from "../engine/scenario/parse.js";

/** the files to check: every file named, and the *.md files under each directory named */
export function scenarioFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, named: boolean) => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n), false);
    else if (named || p.endsWith(".md")) out.push(p);
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** why a host file could not be read, in words (Node's message names the call as well) */
export function hostReason(err: NodeJS.ErrnoException): string {
  return err.code === "ENOENT" ? "no such file or directory" : err.message;
}

export interface CheckOptions {
  update?: boolean;
  /** host folders a scenario's import: may read besides its own (--allow-import) */
  allowImport?: string[];
}

/** at most this many rounds of --update on one file */
const UPDATE_PASSES = 10;

type Outcome = { ok: true } | { ok: false; line: number; message: string; detail?: string };

/** the first line of the front matter that holds all of `needles` (for the one-line report), else 1 */
function frontLine(sc: Scenario, ...needles: string[]): number {
  const close = sc.lines.indexOf("---", 1);
  const k = sc.lines.findIndex((l, i) => i < close && needles.every((n) => l.includes(n)));
  return k >= 0 ? k + 1 : 1;
}

function run(sc: Scenario, file: string, o: CheckOptions): ScenarioResult | Outcome {
  try {
    return runScenario(sc, { baseDir: dirname(file), allowImport: o.allowImport ?? [] });
  } catch (e) {
    // a scenario whose set-up cannot be made (an import refused or missing, a file where a
    // directory is) fails; the others still run
    if (e instanceof ImportError) return { ok: false, line: frontLine(sc, "import", e.path ?? ""), message: e.message };
    if (e instanceof SetupError) return { ok: false, line: frontLine(sc, e.path), message: e.message };
    if (e instanceof SetupCommandError) return { ok: false, line: frontLine(sc, e.command), message: e.message };
    if ((e as Error)?.name === "UnsupportedOs") return { ok: false, line: 1, message: (e as Error).message };
    // anything else is the lab's own fault: still one line, and the next file is checked
    return { ok: false, line: 1, message: `the lab failed on this file: ${String((e as Error)?.message ?? e).split("\n")[0]}` };
  }
}

function outcome(res: ScenarioResult | Outcome): Outcome {
  if (!("results" in res)) return res;
  if (res.ok || !res.failure) return { ok: true };
  return { ok: false, line: res.failure.line, message: res.failure.message, detail: res.failure.detail };
}

/** the scenario in `text`, or the problem that keeps it from being one */
function read(text: string): Scenario | ScenarioError {
  try {
    const sc = parseScenario(text);
    requireCommands(sc);
    return sc;
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
}

/** parse, check and (with --update) rewrite one file */
function checkFile(file: string, o: CheckOptions): { out: Outcome; updated: boolean } {
  let sc: Scenario | ScenarioError;
  try {
    sc = read(readFileSync(file, "utf8"));
  } catch (e) {
    return { out: { ok: false, line: 1, message: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }, updated: false };
  }
  if (sc instanceof ScenarioError) return { out: { ok: false, line: sc.line, message: sc.message }, updated: false };
  let res = run(sc, file, o);
  const first = outcome(res);
  if (first.ok || !o.update || !("results" in res)) return { out: first, updated: false };
  // a block that passes once an earlier one is updated (its capture now has a value) is updated
  // in the next pass; the passes end when the file passes or stops changing
  let updated = false;
  for (let pass = 0; pass < UPDATE_PASSES; pass++) {
    const text = updatedText(sc, res);
    const next = read(text);
    // an update that would leave a file that cannot be read (a capture it replaced is used
    // later) is not written; the failure is reported as it was, with the reason
    if (next instanceof ScenarioError) {
      const now = outcome(res) as Extract<Outcome, { ok: false }>;
      return { out: { ...now, detail: (now.detail ?? "") + `not updated: the file would then fail at line ${next.line}: ${next.message}\n` }, updated };
    }
    if (text === sc.lines.join("\n")) break;
    writeFileSync(file, text);
    updated = true;
    sc = next;
    const again = run(sc, file, o);
    if (!("results" in again)) return { out: again, updated };
    res = again;
    if (res.ok) break;
  }
  // what was written was checked again: an update that does not pass is not called a pass
  const last = outcome(res);
  if (!last.ok && updated) last.message += " (still failing after --update)";
  return { out: last, updated };
}

export function runCheck(paths: string[], o: CheckOptions | boolean = {}): number {
  const opts: CheckOptions = typeof o === "boolean" ? { update: o } : o;
  let files: string[];
  const roots = paths.length ? paths : ["scenarios"];
  try {
    files = scenarioFiles(roots);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`looplab check: ${err.path ?? ""}${err.path ? ": " : ""}${hostReason(err)}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`looplab check: no scenario files (*.md) in ${roots.join(" ")}\n`);
    return 1;
  }
  let passed = 0;
  let failed = 0;
  for (const f of files) {
    const { out, updated } = checkFile(f, opts);
    if (out.ok) {
      passed++;
      process.stdout.write(`${updated ? "UPDATED" : "pass"} ${f}\n`);
    } else {
      failed++;
      const detail = out.detail ? out.detail.replace(/\n$/, "").replace(/^/gm, "  ") + "\n" : "";
      process.stdout.write(`FAIL ${f}:${out.line}: ${out.message}\n${detail}`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
