// The practice vocabulary as a scenario's front matter writes it, and its loading: `goals:`,
// `hints:`, `questions:`, `near-miss:` and `also:` become an Exercise, or a PracticeError that
// names the entry and says what is wrong with it. Nothing here looks at a machine.
//
// A goal is a mapping with an `id`, a short `text`, exactly one kind key (below), and optionally
// `after: <id>` (or a list of ids), `once: true` and its own `hints:`. A kind key is a predicate
// on the machine's state (or, for `ran`, on the programs the machine executed); `not:` holds a
// single kind and negates it.
import { createRequire } from "node:module";
import type { RE2JS } from "re2js";
import type { Scenario } from "../scenario/parse.js";

export interface MountSpec {
  kind: "mount";
  on: string;
  /** what mount(2) was given: a device path, a source directory */
  from?: string;
  /** the mount's device is a loop unit bound to this file */
  image?: string;
  fstype?: string;
  ro?: boolean;
  /** each of these is among the mount's options */
  options?: string[];
}

export interface DeviceSpec {
  kind: "device";
  /** loop0, /dev/loop0, vnd1, /dev/vnd1c, /dev/lofi/1 */
  name: string;
  exists: boolean;
  /** AIX: the CuDv status */
  state?: "Available" | "Defined" | "Stopped";
  /** the file bound to it; null: none */
  image?: string | null;
  /** AIX: the temporary attribute (loopmount made it) */
  temporary?: boolean;
}

export interface OdmSpec {
  kind: "odm";
  class: string;
  where: Record<string, string>;
  values?: Record<string, string>;
}

export interface BindingSpec {
  kind: "binding";
  image?: string;
  device?: string;
  ro?: boolean;
}

export interface LayerSpec {
  kind: "layer";
  on: string;
  /** null, umap, lofs (the layer; BSD/OS names its null mount "loopback") */
  type?: string;
  lower?: string;
  ro?: boolean;
}

export interface FileSpec {
  kind: "file";
  path: string;
  exists: boolean;
  content?: string;
  contains?: string;
  /** an RE2 pattern the whole content must match somewhere */
  matches?: string;
  type?: "file" | "dir" | "link";
}

export interface CwdSpec {
  kind: "cwd";
  /** shell: the shell at the terminal's prompt; any: some process; a number: that pid; a name:
   *  some process running that command */
  process: string;
  is?: string;
  within?: string;
}

export interface TempLoopsSpec {
  kind: "no-temporary-loops";
}

export interface RanSpec {
  kind: "ran";
  /** a name (the program file's last component) or an absolute path */
  command: string;
  /** its arguments, exactly */
  args?: string[];
  /** each of these is among its arguments */
  with?: string[];
  /** it ended with this status */
  status?: number;
}

export type Predicate = MountSpec | DeviceSpec | OdmSpec | BindingSpec | LayerSpec | FileSpec | CwdSpec | TempLoopsSpec | RanSpec;

export interface Test {
  negated: boolean;
  pred: Predicate;
}

export interface Goal {
  id: string;
  text: string;
  test: Test;
  after: string[];
  /** the goal stays met once it has been met (a step on the way, later undone) */
  once: boolean;
  hints: string[];
}

export type AnswerFrom =
  | { kind: "holder-of"; image: string }
  | { kind: "image-of"; device: string }
  | { kind: "mounted-on"; on: string }
  | { kind: "fstype-of"; on: string }
  | { kind: "state-of"; device: string }
  | { kind: "attribute"; device: string; attribute: string };

export interface Question {
  id: string;
  prompt: string;
  /** an RE2 pattern the whole (trimmed) answer must match */
  pattern?: string;
  /** the answer comes from the machine's state when it is given */
  from?: AnswerFrom;
}

export interface Attempt {
  /** what the entry stands for, in the proof's messages */
  text: string;
  commands: string[];
}

export interface Exercise {
  title: string;
  os: string;
  /** the prose before the first console block */
  task: string;
  goals: Goal[];
  hints: string[];
  questions: Question[];
  nearMisses: Attempt[];
  also: Attempt[];
  /** the console blocks' commands: the solution, shown only when asked */
  solution: string[];
}

export class PracticeError extends Error {
  override name = "PracticeError";
}

const KINDS = ["mount", "device", "odm", "binding", "layer", "file", "cwd", "no-temporary-loops", "ran"] as const;
const GOAL_KEYS = new Set(["id", "text", "after", "once", "hints", "not", ...KINDS]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** a reader of one mapping that names where it is in its errors */
class Fields {
  constructor(
    private o: Obj,
    private where: string,
    allowed: readonly string[],
  ) {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(`unknown key ${k} (known: ${allowed.join(", ")})`);
  }
  fail(what: string): never {
    throw new PracticeError(`${this.where}: ${what}`);
  }
  str(k: string): string | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    if (typeof v === "number") return String(v);
    if (typeof v !== "string" || v === "") this.fail(`${k} takes a text`);
    return v;
  }
  need(k: string): string {
    return this.str(k) ?? this.fail(`${k} is missing`);
  }
  path(k: string): string | undefined {
    const v = this.str(k);
    if (v !== undefined && !v.startsWith("/")) this.fail(`${k} takes an absolute path, not ${v}`);
    return v === undefined ? undefined : normalPath(v);
  }
  bool(k: string): boolean | undefined {
    const v = this.o[k];
    if (v !== undefined && typeof v !== "boolean") this.fail(`${k} takes true or false`);
    return v as boolean | undefined;
  }
  list(k: string): string[] | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    const l = Array.isArray(v) ? v : [v];
    if (!l.every((x) => typeof x === "string" || typeof x === "number")) this.fail(`${k} takes a list of texts`);
    return l.map(String);
  }
  map(k: string): Record<string, string> | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    if (!isObj(v) || Object.keys(v).length === 0) this.fail(`${k} takes a mapping of descriptors to values`);
    return Object.fromEntries(Object.entries(v).map(([a, b]) => [a, String(b)]));
  }
}

/** /cdmount/ and /cdmount// are /cdmount */
export function normalPath(p: string): string {
  const parts = p.split("/").filter((c) => c !== "" && c !== ".");
  return "/" + parts.join("/");
}

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
      const f = new Fields(o, w, ["on", "type", "lower", "ro"]);
      // YAML reads a bare `type: null` as its null value: here it can only mean the null layer
      const type = o.type === null ? "null" : f.str("type");
      return defined({ kind, on: f.path("on") ?? f.fail("on is missing"), type, lower: f.path("lower"), ro: f.bool("ro") });
    }
    case "file": {
      const f = new Fields(o, w, ["path", "exists", "content", "contains", "matches", "type"]);
      const type = f.str("type");
      if (type !== undefined && !["file", "dir", "link"].includes(type)) f.fail(`type is file, dir or link, not ${type}`);
      const matches = f.str("matches");
      if (matches !== undefined) checkPattern(matches, w);
      const content = typeof o.content === "string" ? o.content : f.str("content");
      return defined({ kind, path: f.path("path") ?? f.fail("path is missing"), exists: f.bool("exists") ?? true, content, contains: f.str("contains"), matches, type: type as FileSpec["type"] });
    }
    case "cwd": {
      const f = new Fields(o, w, ["process", "is", "within"]);
      const spec = defined({ kind, process: f.str("process") ?? "shell", is: f.path("is"), within: f.path("within") });
      if (spec.is === undefined && spec.within === undefined) f.fail("is or within is missing");
      return spec;
    }
    case "ran": {
      const f = new Fields(o, w, ["command", "args", "with", "status"]);
      const status = o.status;
      if (status !== undefined && (typeof status !== "number" || !Number.isInteger(status))) f.fail("status takes a number");
      return defined({ kind, command: f.need("command"), args: f.list("args"), with: f.list("with"), status: status as number | undefined });
    }
  }
}

/** T with its fields that may be undefined made optional instead */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** the object without its undefined fields (exactOptionalPropertyTypes) */
function defined<T extends object>(o: T): Defined<T> {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o as Defined<T>;
}

/** a pattern re2js compiles, or a PracticeError that says why not */
export function checkPattern(p: string, where: string): void {
  try {
    re2().compile(p);
  } catch (e) {
    throw new PracticeError(`${where}: the pattern ${p} does not compile: ${(e as Error).message}`);
  }
}

let re2js: typeof RE2JS | null = null;
/** re2js, loaded when a pattern is first needed (it costs ~10 ms to load) */
export function re2(): typeof RE2JS {
  return (re2js ??= (createRequire(import.meta.url)("re2js") as typeof import("re2js")).RE2JS);
}

function goal(v: unknown, i: number, os: string): Goal {
  const at = `goals[${i + 1}]`;
  if (!isObj(v)) throw new PracticeError(`${at}: a goal is a mapping with id, text and one kind (${KINDS.join(", ")}, or not:)`);
  const f = new Fields(v, at, [...GOAL_KEYS]);
  const id = f.need("id");
  const where = `goal ${id}`;
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
  return { id, text, test, after: f.list("after") ?? [], once: f.bool("once") ?? false, hints: f.list("hints") ?? [] };
}

function question(v: unknown, i: number): Question {
  const at = `questions[${i + 1}]`;
  if (!isObj(v)) throw new PracticeError(`${at}: a question is a mapping with id, prompt and answer or answer-from`);
  const f = new Fields(v, at, ["id", "prompt", "answer", "answer-from"]);
  const id = f.need("id");
  const q: Question = { id, prompt: f.need("prompt") };
  const pattern = f.str("answer");
  const from = v["answer-from"];
  if ((pattern === undefined) === (from === undefined)) f.fail("one of answer (a pattern) or answer-from (the machine's state)");
  if (pattern !== undefined) {
    checkPattern(pattern, `question ${id}`);
    q.pattern = pattern;
  } else q.from = answerFrom(from, `question ${id}: answer-from`);
  return q;
}

function answerFrom(v: unknown, where: string): AnswerFrom {
  if (!isObj(v)) throw new PracticeError(`${where}: takes a mapping (holder-of, image-of, mounted-on, fstype-of, state-of, attribute)`);
  const f = new Fields(v, where, ["holder-of", "image-of", "mounted-on", "fstype-of", "state-of", "attribute"]);
  const keys = Object.keys(v);
  if (keys.length !== 1) f.fail("one source only");
  const k = keys[0]!;
  if (k === "holder-of") return { kind: k, image: f.path(k)! };
  if (k === "mounted-on" || k === "fstype-of") return { kind: k, on: f.path(k)! };
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
    also: attempts(m.also, "also"),
    solution: sc.steps.flatMap((s) => (s.kind === "command" ? [s.command] : [])),
  };
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

/** goals in an order where every goal comes after those it names in after: */
export function ordered(goals: readonly Goal[]): Goal[] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const out: Goal[] = [];
  const seen = new Set<string>();
  const visit = (g: Goal) => {
    if (seen.has(g.id)) return;
    seen.add(g.id);
    for (const a of g.after) visit(byId.get(a)!);
    out.push(g);
  };
  for (const g of goals) visit(g);
  return out;
}
