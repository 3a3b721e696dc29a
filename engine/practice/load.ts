// Loading an exercise from a scenario's front matter: `goals:`, `hints:`, `questions:`,
// `near-miss:` and `also:` become an Exercise (spec.ts), or a PracticeError that names the entry
// and says what is wrong with it. Nothing here looks at a machine.
import type { Scenario } from "../scenario/parse.js";
import { defined, Fields, isObj, type Obj } from "./fields.js";
import { checkPattern, PANE_NAMES, PracticeError, type PaneName, type AnswerFrom, type Attempt, type DeviceSpec, type Exercise, type FileSpec, type Goal, type Predicate, type Question, type Test } from "./spec.js";

const KINDS = ["mount", "device", "odm", "binding", "layer", "file", "cwd", "no-temporary-loops", "ran", "restarted"] as const;
const GOAL_KEYS = new Set(["id", "text", "after", "once", "explain", "brought-about", "hints", "not", ...KINDS]);

/** the one kind in a mapping (a goal, or a not:) */
function kindOf(o: Obj, where: string): (typeof KINDS)[number] {
  const ks = KINDS.filter((k) => k in o);
  if (ks.length !== 1) throw new PracticeError(`${where}: ${ks.length ? `one kind only, not ${ks.join(" and ")}` : `no kind (one of ${KINDS.join(", ")}, or not:)`}`);
  return ks[0]!;
}

function predicate(kind: (typeof KINDS)[number], v: unknown, where: string, os: string): Predicate {
  const w = `${where}: ${kind}`;
  if (kind === "no-temporary-loops") {
    if (v !== true) throw new PracticeError(`${w} takes true`);
    if (os !== "aix") throw new PracticeError(`${w}: temporary loop devices are AIX's (loopmount); on ${os} use not: { binding: {} }`);
    return { kind };
  }
  if (kind === "restarted") {
    if (v !== true) throw new PracticeError(`${w} takes true`);
    return { kind };
  }
  // a bare value is the kind's main field: mount: /cdmount, ran: loopumount, file: /tmp/x
  const main: Record<string, string> = { mount: "on", device: "name", layer: "on", file: "path", ran: "command", binding: "image" };
  const o: Obj = isObj(v) ? v : main[kind] !== undefined && (typeof v === "string" || typeof v === "number") ? { [main[kind]!]: v } : {};
  if (!isObj(v) && Object.keys(o).length === 0) throw new PracticeError(`${w} takes a mapping`);
  switch (kind) {
    case "mount": {
      const f = new Fields(o, w, ["on", "from", "image", "fstype", "ro", "options"]);
      return defined({ kind, on: f.path("on") ?? f.fail("on is missing"), from: f.str("from"), image: f.path("image"), fstype: f.str("fstype"), ro: f.bool("ro"), options: f.list("options") });
    }
    case "device": {
      const f = new Fields(o, w, ["name", "exists", "state", "image", "temporary"]);
      const state = f.str("state");
      if (state !== undefined && !["Available", "Defined", "Stopped"].includes(state)) f.fail(`state is Available, Defined or Stopped, not ${state}`);
      if ((state !== undefined || o.temporary !== undefined) && os !== "aix") f.fail(`state and temporary are AIX's (the ODM); not on ${os}`);
      const image = o.image === null ? null : f.path("image");
      return defined({ kind, name: f.need("name"), exists: f.bool("exists") ?? true, state: state as DeviceSpec["state"], image, temporary: f.bool("temporary") });
    }
    case "odm": {
      if (os !== "aix") throw new PracticeError(`${w}: the ODM is AIX's; not on ${os}`);
      const f = new Fields(o, w, ["class", "where", "values"]);
      return defined({ kind, class: f.need("class"), where: f.map("where") ?? f.fail("where is missing"), values: f.map("values") });
    }
    case "binding": {
      const f = new Fields(o, w, ["image", "device", "ro"]);
      return defined({ kind, image: f.path("image"), device: f.str("device"), ro: f.bool("ro") });
    }
    case "layer": {
      const f = new Fields(o, w, ["on", "type", "lower", "ro", "nosub"]);
      // YAML reads a bare `type: null` as its null value: here it can only mean the null layer
      const type = o.type === null ? "null" : f.str("type");
      const nosub = f.bool("nosub");
      if (nosub !== undefined && os !== "solaris") f.fail(`nosub is lofs's (Solaris); not on ${os}`);
      return defined({ kind, on: f.path("on") ?? f.fail("on is missing"), type, lower: f.path("lower"), ro: f.bool("ro"), nosub });
    }
    case "file": {
      const f = new Fields(o, w, ["path", "exists", "content", "contains", "matches", "type", "uid", "gid", "size"]);
      const type = f.str("type");
      if (type !== undefined && !["file", "dir", "link"].includes(type)) f.fail(`type is file, dir or link, not ${type}`);
      const matches = f.str("matches");
      if (matches !== undefined) checkPattern(matches, w);
      const content = typeof o.content === "string" ? o.content : f.str("content");
      return defined({ kind, path: f.path("path") ?? f.fail("path is missing"), exists: f.bool("exists") ?? true, content, contains: f.str("contains"), matches, type: type as FileSpec["type"], uid: f.count("uid"), gid: f.count("gid"), size: f.count("size") });
    }
    case "cwd": {
      const f = new Fields(o, w, ["process", "is", "within"]);
      const spec = defined({ kind, process: f.str("process") ?? "shell", is: f.path("is"), within: f.path("within") });
      if (spec.is === undefined && spec.within === undefined) f.fail("is or within is missing");
      return spec;
    }
    case "ran": {
      const f = new Fields(o, w, ["command", "args", "with", "within", "status"]);
      const status = o.status;
      if (status !== undefined && (typeof status !== "number" || !Number.isInteger(status))) f.fail("status takes a number");
      return defined({ kind, command: f.need("command"), args: f.list("args"), with: f.list("with"), within: f.path("within"), status: status as number | undefined });
    }
  }
}

function goal(v: unknown, i: number, os: string): Goal {
  const at = `goals[${i + 1}]`;
  if (!isObj(v)) throw new PracticeError(`${at}: a goal is a mapping with id, text and one kind (${KINDS.join(", ")}, or not:)`);
  const id = new Fields(v, at, [...GOAL_KEYS]).need("id");
  const where = `goal ${id}`;
  const f = new Fields(v, where, [...GOAL_KEYS]);
  const text = f.need("text");
  let test: Test;
  if ("not" in v) {
    if (KINDS.some((k) => k in v)) throw new PracticeError(`${where}: not: holds the kind, not beside it`);
    const inner = v.not;
    if (!isObj(inner)) throw new PracticeError(`${where}: not: takes a mapping with one kind`);
    new Fields(inner, `${where}: not`, KINDS);
    const k = kindOf(inner, `${where}: not`);
    test = { negated: true, pred: predicate(k, inner[k], `${where}: not`, os) };
  } else {
    const k = kindOf(v, where);
    test = { negated: false, pred: predicate(k, v[k], where, os) };
  }
  const after = f.list("after") ?? [];
  const broughtAbout = f.bool("brought-about") ?? false;
  if (broughtAbout && after.length === 0) throw new PracticeError(`${where}: brought-about: needs after: (what the state must come about after)`);
  if (broughtAbout && (test.pred.kind === "ran" || test.pred.kind === "restarted")) throw new PracticeError(`${where}: brought-about: is for a state goal (an action's after: already counts only what ran since)`);
  return { id, text, test, after, once: f.bool("once") ?? false, explain: f.bool("explain") ?? true, broughtAbout, hints: f.list("hints") ?? [] };
}

function question(v: unknown, i: number): Question {
  const at = `questions[${i + 1}]`;
  if (!isObj(v)) throw new PracticeError(`${at}: a question is a mapping with id, prompt and answer or answer-from`);
  const f = new Fields(v, at, ["id", "prompt", "answer", "example", "answer-from"]);
  const id = f.need("id");
  const q: Question = { id, prompt: f.need("prompt") };
  const pattern = f.str("answer");
  const from = v["answer-from"];
  if ((pattern === undefined) === (from === undefined)) f.fail("one of answer (a pattern) or answer-from (the machine's state)");
  // a pattern's example is a right answer, for the proof (the pattern must take it) and for the
  // tests that play the exercise through; a state's answers come from the state
  const example = typeof v.example === "number" ? String(v.example) : f.str("example");
  if (pattern !== undefined) {
    checkPattern(pattern, `question ${id}`);
    q.pattern = pattern;
    q.example = example ?? f.fail("example is missing (a right answer the pattern takes)");
  } else {
    if (example !== undefined) f.fail("example goes with answer (a pattern); answer-from takes its answers from the machine's state");
    q.from = answerFrom(from, `question ${id}: answer-from`);
  }
  return q;
}

const ANSWER_SOURCES = ["holder-of", "image-of", "mounted-on", "fstype-of", "state-of", "attribute", "users-of", "device-number-of"];

function answerFrom(v: unknown, where: string): AnswerFrom {
  if (!isObj(v)) throw new PracticeError(`${where}: takes a mapping (${ANSWER_SOURCES.join(", ")})`);
  const f = new Fields(v, where, ANSWER_SOURCES);
  const keys = Object.keys(v);
  if (keys.length !== 1) f.fail("one source only");
  const k = keys[0]!;
  if (k === "holder-of") return { kind: k, image: f.path(k)! };
  if (k === "mounted-on" || k === "fstype-of" || k === "users-of") return { kind: k, on: f.path(k)! };
  if (k === "device-number-of") return { kind: k, path: f.path(k)! };
  if (k === "image-of" || k === "state-of") return { kind: k, device: f.need(k) };
  const a = v.attribute;
  if (!isObj(a)) throw new PracticeError(`${where}: attribute takes { device, name }`);
  const g = new Fields(a, `${where}: attribute`, ["device", "name"]);
  return { kind: "attribute", device: g.need("device"), attribute: g.need("name") };
}

function attempts(v: unknown, key: string): Attempt[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new PracticeError(`${key}: a list of command sequences`);
  return v.map((e, i) => {
    const at = `${key}[${i + 1}]`;
    let text: string | undefined;
    let cmds: unknown = e;
    if (isObj(e)) {
      const f = new Fields(e, at, ["text", "run"]);
      text = f.str("text");
      cmds = e.run;
    }
    const list = typeof cmds === "string" ? [cmds] : cmds;
    if (!Array.isArray(list) || list.length === 0 || !list.every((c) => typeof c === "string" && c.trim() !== "")) {
      throw new PracticeError(`${at}: a command line, or a list of them (or { text, run })`);
    }
    return { text: text ?? (list as string[]).join("; "), commands: list as string[] };
  });
}

/** the exercise a scenario's front matter describes (throws PracticeError) */
export function loadExercise(sc: Scenario): Exercise {
  const m = sc.meta as unknown as Obj;
  const os = String(m.os);
  const rawGoals = m.goals;
  if (!Array.isArray(rawGoals) || rawGoals.length === 0) throw new PracticeError("goals: a list of goals (at least one)");
  const goals = rawGoals.map((g, i) => goal(g, i, os));
  checkIds(goals);
  const hints = m.hints === undefined ? [] : m.hints;
  if (!Array.isArray(hints) || !hints.every((h) => typeof h === "string")) throw new PracticeError("hints: a list of texts");
  const qs = m.questions === undefined ? [] : m.questions;
  if (!Array.isArray(qs)) throw new PracticeError("questions: a list of questions");
  const questions = qs.map((q, i) => question(q, i));
  unique(questions.map((q) => q.id), "question");
  return {
    title: String(m.title),
    os,
    task: taskOf(sc),
    goals,
    hints: hints as string[],
    questions,
    nearMisses: attempts(m["near-miss"], "near-miss"),
    hidePanes: hidePanes(m["hide-panes"]),
    also: attempts(m.also, "also"),
    solution: sc.steps.flatMap((s) => (s.kind === "command" ? [s.command] : [])),
  };
}

function hidePanes(v: unknown): PaneName[] {
  if (v === undefined) return [];
  const names: readonly string[] = PANE_NAMES;
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string" && names.includes(x))) throw new PracticeError(`hide-panes: a list of panes (${PANE_NAMES.join(", ")})`);
  return v as PaneName[];
}

function unique(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new PracticeError(`two ${what}s have the id ${id}`);
    seen.add(id);
  }
}

/** ids unique, after: names a goal, and no goal waits for itself through others */
function checkIds(goals: Goal[]): void {
  unique(goals.map((g) => g.id), "goal");
  const byId = new Map(goals.map((g) => [g.id, g]));
  for (const g of goals) for (const a of g.after) if (!byId.has(a)) throw new PracticeError(`goal ${g.id}: after: no goal has the id ${a}`);
  const state = new Map<string, "open" | "done">();
  const visit = (g: Goal, path: string[]): void => {
    if (state.get(g.id) === "done") return;
    if (state.get(g.id) === "open") throw new PracticeError(`goal ${g.id}: after: the goals wait for each other (${[...path, g.id].join(" → ")})`);
    state.set(g.id, "open");
    for (const a of g.after) visit(byId.get(a)!, [...path, g.id]);
    state.set(g.id, "done");
  };
  for (const g of goals) visit(g, []);
}

/** the task: the prose before the first console block */
function taskOf(sc: Scenario): string {
  const out: string[] = [];
  for (const s of sc.steps) {
    if (s.kind === "command") break;
    out.push(s.text);
  }
  return out.join("\n\n");
}
