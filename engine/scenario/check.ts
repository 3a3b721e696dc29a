// looplab check: run a scenario's commands on a fresh machine and compare what the terminal shows
// with what the file expects. --update writes the actual output back into the failing blocks.
import { createTwoFilesPatch } from "diff";
import { createSession, type Session } from "../session.js";
import { proofFailure, proofFor, type ProofResult } from "../practice/proof.js";
import { runTyped } from "./drive.js";
import { confineImports } from "./images.js";
import { fillCaptures, matchBlock, outputLines, Unbound, type Captures } from "./match.js";
import { commandSteps, parseScenario, PROMPT, ScenarioError, type Scenario } from "./parse.js";
import { mergeBlock } from "./update.js";

export interface CommandResult {
  command: string;
  line: number;
  output: string;
  status: number;
  ok: boolean;
  /** the captured values the command and its expected lines were read with */
  vars: Captures;
  /** not run: it names a capture that has no value */
  skipped?: boolean;
}

/** the first thing that went wrong: a line of the file (1-based), one line of text, and more */
export interface Failure {
  line: number;
  message: string;
  detail: string;
}

export interface ScenarioResult {
  ok: boolean;
  results: CommandResult[];
  /** the first difference, as a report a person can read */
  report: string;
  failure: Failure | null;
  invariantErrors: string[];
  /** a scenario with goals: its practice self-proof (engine/practice/proof.ts) */
  proof?: ProofResult;
}

export interface RunOptions {
  /** the scenario file's folder: relative imports are read from it, and no import leaves it */
  baseDir?: string;
  /** host folders outside baseDir that imports may read (--allow-import) */
  allowImport?: readonly string[];
}

export function statusOk(expected: number | "*", actual: number): boolean {
  return expected === "*" ? actual !== 0 : expected === actual;
}

/** a fresh machine as the scenario's front matter describes it, at 80 columns (with the layers'
 *  trace on its terminal when it says `trace: true`) */
export function sessionFor(sc: Scenario, baseDir?: string, allowImport: readonly string[] = []): Session {
  const m = sc.meta;
  const setup = m.setup ? confineImports(m.setup, baseDir, allowImport) : undefined;
  const session = createSession({
    os: m.os,
    ...(m.clock !== undefined ? { clock: m.clock } : {}),
    ...(m.hostname ? { hostname: m.hostname } : {}),
    ...(m.settings ? { settings: m.settings } : {}),
    ...(setup ? { setup } : {}),
    ...(baseDir ? { baseDir } : {}),
    columns: 80,
  });
  for (const command of setup?.commands ?? []) runSetupCommand(session, command);
  if (m.trace) session.showTrace();
  return session;
}

/** a set-up command, typed as a person would and not shown: the machine is left as it leaves it
 *  (a process's cwd, a mount, a device) and the shell is the one the scenario goes on in. One that
 *  fails is the scenario's error: a set-up that did not happen would let goals pass or fail for
 *  the wrong reason. */
function runSetupCommand(session: Session, command: string): void {
  const r = runTyped(session, command, []);
  if (r.status !== 0) {
    const said = r.output.split("\n").find((l) => l.trim() !== "" && !l.includes(command)) ?? "";
    throw new SetupCommandError(command, `setup: commands: ${command}: exit status ${r.status}${said ? `: ${said.trim()}` : ""}`);
  }
}

/** a set-up command that failed (check reports it at its line of the front matter) */
export class SetupCommandError extends ScenarioError {
  constructor(readonly command: string, message: string) {
    super(message);
  }
}

function withStatus(lines: string[], status: number | "*"): string {
  return [...lines, ...(status === 0 ? [] : [`[${status}]`])].join("\n") + "\n";
}

export function runScenario(sc: Scenario, opts: RunOptions | string = {}): ScenarioResult {
  const o: RunOptions = typeof opts === "string" ? { baseDir: opts } : opts;
  const shell = sessionFor(sc, o.baseDir, o.allowImport);
  const proof = proofFor(sc, shell, () => sessionFor(sc, o.baseDir, o.allowImport));
  const results: CommandResult[] = [];
  let failure: Failure | null = null;
  const vars = new Map<string, string>();
  for (const step of commandSteps(sc)) {
    const known = new Map(vars);
    const base = { command: step.command, line: step.line, vars: known };
    let command: string;
    try {
      command = fillCaptures(step.command, known);
    } catch (e) {
      if (!(e instanceof Unbound)) throw e;
      results.push({ ...base, output: "", status: 0, ok: false, skipped: true });
      failure ??= { line: step.start + 1, message: `${PROMPT}${step.command.split("\n")[0]}`, detail: `not run: ${e.message}\n` };
      continue;
    }
    const { output, status } = runTyped(shell, command, step.expected, known);
    proof?.afterCommand();
    const actual = outputLines(output);
    const got = matchBlock(step.expected, actual, known);
    const ok = got !== null && statusOk(step.status, status);
    for (const [k, v] of got ?? []) vars.set(k, v);
    results.push({ ...base, command, output, status, ok });
    if (!ok && !failure) {
      const diff = createTwoFilesPatch("expected", "actual", withStatus(step.expected, step.status), withStatus(actual, status), "", "", { context: 3 });
      failure = { line: step.line + 1, message: `${PROMPT}${command}`, detail: diff.split("\n").slice(1).join("\n") };
    }
    if (shell.exitStatus !== null) break;
  }
  const invariantErrors = shell.machine.checkInvariants();
  if (invariantErrors.length && !failure) failure = { line: 1, message: "machine invariants broken", detail: `${invariantErrors.join("\n")}\n` };
  // the self-proof's failure comes after any other (and is reported with it)
  const proved = proof?.finish();
  const unproved = proved && !proved.ok ? proofFailure(sc, proved) : null;
  const first = failure ?? unproved;
  const report = [first, unproved !== first ? unproved : null].map((f) => (f ? `line ${f.line}: ${f.message}\n${f.detail}` : "")).join("");
  return { ok: first === null && results.every((r) => r.ok), results, report, failure: first, invariantErrors, ...(proved ? { proof: proved } : {}) };
}

/**
 * The scenario text with each failing command's expected output brought up to date with what the
 * machine printed (update.ts: lines that still match stay as written); blocks that pass, and
 * commands that did not run, are left as they are.
 */
export function updatedText(sc: Scenario, res: ScenarioResult): string {
  const lines = [...sc.lines];
  const cmds = commandSteps(sc);
  // replace from the bottom so earlier line numbers stay valid
  for (let k = Math.min(cmds.length, res.results.length) - 1; k >= 0; k--) {
    const step = cmds[k]!;
    const r = res.results[k]!;
    if (r.ok || r.skipped) continue;
    const body = mergeBlock(step.expected, outputLines(r.output), r.vars);
    if (r.status !== 0) body.push(step.status === "*" ? "[*]" : `[${r.status}]`);
    lines.splice(step.line + 1, step.end - step.line - 1, ...body);
  }
  return lines.join("\n");
}

export function checkText(text: string, opts: RunOptions | string = {}): ScenarioResult {
  return runScenario(parseScenario(text), opts);
}
