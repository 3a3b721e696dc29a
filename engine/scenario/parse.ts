// The scenario format: YAML front matter, prose (captions in a replay) and ```console blocks
// whose "# " lines are commands followed by their expected output and an optional [N] / [*].
// A command the shell would ask more lines for (an open quote, a here-document, a for … done)
// goes on in the lines after it that start with "> ", as a terminal shows them (PS2).
import { parse as parseShell } from "../../grammar/parse.js";
import type { SessionSetup } from "../session.js";
import { readFrontMatter, ScenarioError } from "./front.js";
import { capturedNames, usedNames } from "./match.js";

export { ScenarioError };

/**
 * The keys a scenario's front matter may have; any other fails the file. The practice keys
 * (goals … questions) are accepted here and their content is checked by the practice code.
 */
export const FRONT_MATTER_KEYS = ["title", "os", "clock", "hostname", "settings", "setup", "trace", "goals", "hints", "near-miss", "also", "questions", "hide-panes"] as const;

export interface ScenarioMeta {
  title: string;
  os: "aix" | "solaris" | "bsd";
  /** ISO date-time or whole seconds since 1970 */
  clock?: string | number;
  hostname?: string;
  settings?: Record<string, unknown>;
  setup?: SessionSetup;
  /** the layers' vnode operations are shown among the output, as `--trace` prints them
   *  (Session.showTrace): each command's expected lines hold its trace lines */
  trace?: boolean;
  goals?: unknown[];
  hints?: unknown[];
  "near-miss"?: unknown;
  also?: unknown;
  questions?: unknown;
}

export type Step =
  | { kind: "prose"; text: string }
  | {
      kind: "command";
      /** the command; its continuation lines joined with "\n" */
      command: string;
      expected: string[];
      /** 0, a number, or "*" for any non-zero status */
      status: number | "*";
      /** 0-based line of the command in the file (its last line, when "> " lines continue it),
       *  and the range of its expected lines (line + 1 … end) */
      line: number;
      end: number;
      /** 0-based line where the command starts ("# ") */
      start: number;
    };

export interface Scenario {
  meta: ScenarioMeta;
  steps: Step[];
  lines: string[];
}

export const PROMPT = "# ";
/** the continuation prompt (PS2) */
export const PROMPT2 = "> ";

/** does the shell need more lines for this command? */
function needsMore(cmd: string): boolean {
  const r = parseShell(cmd);
  return !r.ok && r.incomplete;
}

export function parseScenario(text: string): Scenario {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[0] !== "---") throw new ScenarioError("not a scenario: it does not start with YAML front matter (---)", 1);
  const close = lines.indexOf("---", 1);
  if (close < 0) throw new ScenarioError("the front matter is not closed (---)", 1);
  const meta = readFrontMatter(lines.slice(1, close).join("\n"), 2, FRONT_MATTER_KEYS) as unknown as ScenarioMeta;
  if (meta.title === undefined) throw new ScenarioError("the front matter needs a title (title: …)", 1);
  if (meta.os === undefined) throw new ScenarioError("the front matter needs os: aix, solaris or bsd", 1);
  const steps: Step[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    const t = prose.join("\n").trim();
    if (t) steps.push({ kind: "prose", text: t });
    prose = [];
  };
  for (let i = close + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/^```console\s*$/.test(line)) {
      prose.push(line);
      continue;
    }
    flushProse();
    let j = i + 1;
    let cur: Extract<Step, { kind: "command" }> | null = null;
    for (; j < lines.length && !/^```\s*$/.test(lines[j]!); j++) {
      const l = lines[j]!;
      if (l.startsWith(PROMPT) || l === "#") {
        if (cur) steps.push(finish(cur, j));
        cur = { kind: "command", command: l.slice(PROMPT.length), expected: [], status: 0, line: j, end: j + 1, start: j };
        while (j + 1 < lines.length && (lines[j + 1]!.startsWith(PROMPT2) || lines[j + 1] === ">") && needsMore(cur.command)) {
          j++;
          cur.command += "\n" + lines[j]!.slice(PROMPT2.length);
          cur.line = j;
        }
      } else if (cur) cur.expected.push(l);
      // output no command printed would never be compared
      else throw new ScenarioError(`a line before the block's first command (a command starts with "${PROMPT}")`, j + 1);
    }
    if (j >= lines.length) throw new ScenarioError(`the console block is not closed (\`\`\`)`, i + 1);
    if (cur) steps.push(finish(cur, j));
    i = j;
  }
  flushProse();
  checkCaptures(steps);
  return { meta, steps, lines };
}

/** the command steps of a scenario */
export function commandSteps(sc: Scenario): Extract<Step, { kind: "command" }>[] {
  return sc.steps.filter((s): s is Extract<Step, { kind: "command" }> => s.kind === "command");
}

/** a scenario that runs nothing proves nothing: refused by check */
export function requireCommands(sc: Scenario): void {
  if (commandSteps(sc).length === 0) throw new ScenarioError(`no commands: a scenario needs a \`\`\`console block with a command (a line starting with "${PROMPT}")`, 1);
}

/**
 * Every [=name] names a capture made by an earlier command's output, and every " [re]" line is a
 * good regular expression: found when the file is read, not when a run reaches the line.
 */
function checkCaptures(steps: Step[]): void {
  const known = new Set<string>();
  for (const st of steps) {
    if (st.kind !== "command") continue;
    const unknown = (text: string, line: number) => {
      for (const n of usedNames(text)) if (!known.has(n)) throw new ScenarioError(`[=${n}]: no earlier command's output captures ${n} ([N:${n}] or [..:${n}])`, line);
    };
    unknown(st.command, st.start + 1);
    const made: string[] = [];
    st.expected.forEach((l, k) => {
      const line = st.line + 2 + k;
      unknown(l, line);
      let names: string[];
      try {
        names = capturedNames(l);
      } catch (e) {
        throw new ScenarioError(`bad regular expression: ${(e as Error).message}`, line);
      }
      for (const n of names) {
        if (made.includes(n)) throw new ScenarioError(`${n} is captured twice in one command's output`, line);
        made.push(n);
      }
    });
    for (const n of made) known.add(n);
  }
}

function finish(c: Extract<Step, { kind: "command" }>, end: number): Extract<Step, { kind: "command" }> {
  const last = c.expected[c.expected.length - 1];
  const m = last !== undefined ? /^\[(\d+|\*)\]$/.exec(last) : null;
  if (m) {
    c.status = m[1] === "*" ? "*" : Number(m[1]);
    c.expected.pop();
  }
  c.end = end;
  return c;
}
