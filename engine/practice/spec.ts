// The practice vocabulary: what `goals:`, `hints:`, `questions:`, `near-miss:` and `also:` in a
// scenario's front matter become (load.ts reads them).
//
// A goal is a mapping with an `id`, a short `text`, exactly one kind key (below), and optionally
// `after: <id>` (or a list of ids), `once: true` and its own `hints:`. A kind key is a predicate
// on the machine's state (or, for `ran`, on the programs the machine executed); `not:` holds a
// single kind and negates it.
import { createRequire } from "node:module";
import type { RE2JS } from "re2js";

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
  /** lofs: mounted with nosub (file systems mounted below the source do not show through) */
  nosub?: boolean;
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
  /** its owner and group, as stat(2) gives them through this path (a umap layer maps them) */
  uid?: number;
  gid?: number;
  /** its size in bytes, exactly */
  size?: number;
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

/** the machine restarted (reboot, init 6, shutdown -r: whatever restarted it) */
export interface RestartedSpec {
  kind: "restarted";
}

export interface RanSpec {
  kind: "ran";
  /** a name (the program file's last component) or an absolute path */
  command: string;
  /** its arguments, exactly */
  args?: string[];
  /** each of these is among its arguments */
  with?: string[];
  /** one of its arguments is this absolute path or a path below it (`fuser -c /cdmount/docs`
   *  asks of the file system of /cdmount as well as `fuser -c /cdmount` does) */
  within?: string;
  /** it ended with this status */
  status?: number;
}

export type Predicate = MountSpec | DeviceSpec | OdmSpec | BindingSpec | LayerSpec | FileSpec | CwdSpec | TempLoopsSpec | RanSpec | RestartedSpec;

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
  /** a UI may say why it is not met (false: the reason is what the exercise asks to find out) */
  explain: boolean;
  /** a state goal with after: must come about after the goals it comes after were done: a state
   *  that already held before them (the culprit killed before fuser was asked) does not count */
  broughtAbout: boolean;
  hints: string[];
}

export type AnswerFrom =
  | { kind: "holder-of"; image: string }
  | { kind: "image-of"; device: string }
  | { kind: "mounted-on"; on: string }
  | { kind: "fstype-of"; on: string }
  | { kind: "state-of"; device: string }
  | { kind: "attribute"; device: string; attribute: string }
  /** the pids of the processes that use the file system holding `on` (fuser -c's report) */
  | { kind: "users-of"; on: string }
  /** st_dev of the file at the path, as stat(2) gives it through that path (a layer has its own) */
  | { kind: "device-number-of"; path: string };

export interface Question {
  id: string;
  prompt: string;
  /** an RE2 pattern the whole (trimmed) answer must match */
  pattern?: string;
  /** with a pattern: a right answer (the proof checks the pattern takes it) */
  example?: string;
  /** the answer comes from the machine's state when it is given */
  from?: AnswerFrom;
}

export interface Attempt {
  /** what the entry stands for, in the proof's messages */
  text: string;
  commands: string[];
}

/** the panes beside the session a practice exercise may hide */
export const PANE_NAMES = ["devices", "mounts", "odm", "layers"] as const;
export type PaneName = (typeof PANE_NAMES)[number];

/** the machine panes that show each kind of state answer (the lab's Devices pane lists a unit's
 *  file, state, `temporary` and, on BSD/OS, where it is mounted; Mounts lists what is mounted
 *  where and its type; ODM, AIX's, the objects a command changed): a question about the machine
 *  as found is answered at a glance by these, so an exercise asking one hides them (proof (h)) */
export const PANES_SHOWING: Readonly<Record<AnswerFrom["kind"], readonly PaneName[]>> = {
  "holder-of": ["devices"],
  "image-of": ["devices"],
  "state-of": ["devices", "odm"],
  attribute: ["devices", "odm"],
  "mounted-on": ["mounts", "devices"],
  "fstype-of": ["mounts"],
  "users-of": [],
  "device-number-of": [],
};

export interface Exercise {
  title: string;
  os: string;
  /** the prose before the first console block */
  task: string;
  goals: Goal[];
  hints: string[];
  questions: Question[];
  nearMisses: Attempt[];
  /** the machine's panes a UI keeps hidden until the exercise is solved: they would show what a
   *  question asks (a practice UI's business; the engine only carries it) */
  hidePanes: PaneName[];
  also: Attempt[];
  /** the console blocks' commands: the solution, shown only when asked */
  solution: string[];
}

export class PracticeError extends Error {
  override name = "PracticeError";
}

/** /cdmount/ and /cdmount// are /cdmount */
export function normalPath(p: string): string {
  const parts = p.split("/").filter((c) => c !== "" && c !== ".");
  return "/" + parts.join("/");
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

const compiled = new Map<string, RE2JS>();
/** a pattern compiled once (goals are checked after every command: compiling costs ~0.1 ms);
 *  `multiline`: ^ and $ match at each line */
export function pattern(p: string, multiline = false): RE2JS {
  const key = `${multiline ? "m" : "-"}${p}`;
  let r = compiled.get(key);
  if (r === undefined) {
    r = re2().compile(p, multiline ? re2().MULTILINE : 0);
    compiled.set(key, r);
  }
  return r;
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
