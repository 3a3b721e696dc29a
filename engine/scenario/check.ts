// looplab check: run a scenario's commands on a fresh machine and compare what the terminal shows
// with what the file expects. --update writes the actual output back into the file.
import { createTwoFilesPatch } from "diff";
import { createSession, type Session } from "../session.js";
import { runTyped } from "./drive.js";
import { outputLines, outputMatches } from "./match.js";
import { parseScenario, PROMPT, type Scenario } from "./parse.js";

export interface CommandResult {
  command: string;
  line: number;
  output: string;
  status: number;
  ok: boolean;
}

export interface ScenarioResult {
  ok: boolean;
  results: CommandResult[];
  /** the first difference, as a report a person can read */
  report: string;
  invariantErrors: string[];
}

export function statusOk(expected: number | "*", actual: number): boolean {
  return expected === "*" ? actual !== 0 : expected === actual;
}

/** a fresh machine as the scenario's front matter describes it, at 80 columns (with the layers'
 *  trace on its terminal when it says `trace: true`) */
export function sessionFor(sc: Scenario, baseDir?: string): Session {
  const m = sc.meta;
  const session = createSession({
    os: m.os,
    ...(m.clock ? { clock: m.clock } : {}),
    ...(m.hostname ? { hostname: m.hostname } : {}),
    ...(m.settings ? { settings: m.settings } : {}),
    ...(m.setup ? { setup: m.setup } : {}),
    ...(baseDir ? { baseDir } : {}),
    columns: 80,
  });
  if (m.trace) session.showTrace();
  return session;
}

export function runScenario(sc: Scenario, baseDir?: string): ScenarioResult {
  const shell = sessionFor(sc, baseDir);
  const results: CommandResult[] = [];
  let report = "";
  for (const step of sc.steps) {
    if (step.kind !== "command") continue;
    const { output, status } = runTyped(shell, step.command, step.expected);
    const actual = outputLines(output);
    const ok = outputMatches(step.expected, actual) && statusOk(step.status, status);
    results.push({ command: step.command, line: step.line, output, status, ok });
    if (!ok && !report) {
      const exp = [...step.expected, ...(step.status === 0 ? [] : [`[${step.status}]`])].join("\n") + "\n";
      const act = [...actual, ...(status === 0 ? [] : [`[${status}]`])].join("\n") + "\n";
      report =
        `line ${step.line + 1}: ${PROMPT}${step.command}\n` +
        createTwoFilesPatch("expected", "actual", exp, act, "", "", { context: 3 }).split("\n").slice(2).join("\n");
    }
    if (shell.exitStatus !== null) break;
  }
  const invariantErrors = shell.machine.checkInvariants();
  if (invariantErrors.length && !report) report = `machine invariants broken:\n  ${invariantErrors.join("\n  ")}\n`;
  return { ok: results.every((r) => r.ok) && invariantErrors.length === 0, results, report, invariantErrors };
}

/** the scenario text with every command's expected output replaced by what the machine printed */
export function updatedText(sc: Scenario, res: ScenarioResult): string {
  const lines = [...sc.lines];
  const cmds = sc.steps.filter((s): s is Extract<typeof s, { kind: "command" }> => s.kind === "command");
  // replace from the bottom so earlier line numbers stay valid
  for (let k = Math.min(cmds.length, res.results.length) - 1; k >= 0; k--) {
    const step = cmds[k]!;
    const r = res.results[k]!;
    const body = outputLines(r.output);
    if (r.status !== 0) body.push(step.status === "*" ? "[*]" : `[${r.status}]`);
    lines.splice(step.line + 1, step.end - step.line - 1, ...body);
  }
  return lines.join("\n");
}

export function checkText(text: string, baseDir?: string): ScenarioResult {
  return runScenario(parseScenario(text), baseDir);
}
