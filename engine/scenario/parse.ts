// The scenario format: YAML front matter, prose (captions in a replay) and ```console blocks
// whose "# " lines are commands followed by their expected output and an optional [N] / [*].
// A command the shell would ask more lines for (an open quote, a here-document, a for … done)
// goes on in the lines after it that start with "> ", as a terminal shows them (PS2).
import { parse as parseYaml } from "yaml";
import { parse as parseShell } from "../../grammar/parse.js";
import type { SessionSetup } from "../session.js";
import { checkSettings } from "../settings.js";

export interface ScenarioMeta {
  title: string;
  os: "aix" | "solaris" | "bsd";
  clock?: string;
  hostname?: string;
  settings?: Record<string, unknown>;
  setup?: SessionSetup;
  /** the layers' vnode operations are shown among the output, as `--trace` prints them
   *  (Session.showTrace): each command's expected lines hold its trace lines */
  trace?: boolean;
  goals?: unknown[];
  hints?: unknown[];
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

export class ScenarioError extends Error {}

export function parseScenario(text: string): Scenario {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[0] !== "---") throw new ScenarioError("a scenario starts with YAML front matter (---)");
  const close = lines.indexOf("---", 1);
  if (close < 0) throw new ScenarioError("front matter is not closed (---)");
  const meta = (parseYaml(lines.slice(1, close).join("\n")) ?? {}) as ScenarioMeta;
  if (!meta.title) throw new ScenarioError("front matter needs a title");
  if (!["aix", "solaris", "bsd"].includes(meta.os)) throw new ScenarioError("front matter needs os: aix|solaris|bsd");
  if (meta.trace !== undefined && typeof meta.trace !== "boolean") throw new ScenarioError(`trace takes true or false, not ${String(meta.trace)}`);
  const bad = meta.settings ? checkSettings(meta.settings) : null;
  if (bad !== null) throw new ScenarioError(`settings: ${bad}`);
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
    }
    if (j >= lines.length) throw new ScenarioError(`console block at line ${i + 1} is not closed`);
    if (cur) steps.push(finish(cur, j));
    i = j;
  }
  flushProse();
  return { meta, steps, lines };
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
