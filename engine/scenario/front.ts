// A scenario's front matter, read and checked: every problem is one ScenarioError that names the
// line of the file it is on (a misspelt key, a clock that is no date, a setting the lab does not
// have, a YAML syntax error), so a typo fails the file instead of being ignored.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from "yaml";
import { parseSetting } from "../settings.js";

/** a file that is not a good scenario; `line` is the 1-based line of the file the problem is on */
export class ScenarioError extends Error {
  override name = "ScenarioError";
  constructor(message: string, readonly line = 1) {
    super(message);
  }
  /** the one line a person reads: FILE:LINE: message */
  where(file: string): string {
    return `${file}:${this.line}: ${this.message}`;
  }
}

const OSES = ["aix", "solaris", "bsd"];
const SETUP_KEYS = ["dirs", "files", "images", "commands"];
const ISO_KEYS = ["volume", "blocks", "files", "dirs"];

/** where a node is: 1-based line of the file (the front matter starts on line `first`) */
type At = (node: Node | null | undefined) => number;

/**
 * The front matter's values, checked. `src` is the text between the `---` lines; its first line
 * is line `first` of the file; `keys` are the keys a scenario may have.
 */
export function readFrontMatter(src: string, first: number, keys: readonly string[]): Record<string, unknown> {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false });
  const at: At = (n) => (n?.range ? lc.linePos(n.range[0]).line + first - 1 : first - 1);
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lc.linePos(yamlError.pos[0]).line + first - 1;
    throw new ScenarioError(`YAML: ${yamlError.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`, line);
  }
  const root = doc.contents;
  if (root === null) return {};
  if (!isMap(root)) throw new ScenarioError("the front matter is not a mapping of keys to values (key: value)", at(root));
  const meta: Record<string, unknown> = {};
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = keyName(pair, at);
    if (!keys.includes(key)) throw new ScenarioError(`unknown key "${key}" (keys: ${keys.join(", ")})`, at(pair.key));
    meta[key] = checkValue(key, pair, at);
  }
  return meta;
}

function keyName(pair: Pair<Node, Node | null>, at: At): string {
  if (!isScalar(pair.key) || typeof pair.key.value !== "string") throw new ScenarioError(`a key is a name, not ${String(pair.key)}`, at(pair.key));
  return pair.key.value;
}

function shown(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

function checkValue(key: string, pair: Pair<Node, Node | null>, at: At): unknown {
  const node = pair.value;
  const line = at(node ?? pair.key);
  const v: unknown = node === null ? null : node.toJSON();
  const fail = (msg: string, l = line): never => {
    throw new ScenarioError(msg, l);
  };
  switch (key) {
    case "title":
      if (typeof v !== "string" || v.trim() === "") fail(`title takes text, not ${shown(v)}`);
      return v;
    case "os":
      if (typeof v !== "string" || !OSES.includes(v)) fail(`os takes ${OSES.join(", ")}, not ${shown(v)}`);
      return v;
    case "clock":
      if (!clockOk(v)) fail(`clock takes a date and time (2013-11-27T06:43:00Z) or seconds since 1970, not ${shown(v)}`);
      return typeof v === "number" ? v : String(v);
    case "hostname":
      if (typeof v !== "string" || !/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$/.test(v)) fail(`hostname takes a host name (letters, digits, - and .), not ${shown(v)}`);
      return v;
    case "trace":
      if (typeof v !== "boolean") fail(`trace takes true or false, not ${shown(v)}`);
      return v;
    case "settings":
      return checkSettingsNode(node, at, line);
    case "setup":
      checkSetup(node, at, line);
      return v;
    default:
      // goals, hints and the other practice keys: their content is checked by the practice code
      return v;
  }
}

/** an ISO date (and time) with every field in range, or whole seconds since 1970 */
export function clockOk(v: unknown): boolean {
  if (typeof v === "number") return Number.isSafeInteger(v) && v >= 0;
  if (typeof v !== "string") return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/.exec(v.trim());
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return y >= 1970 && mo >= 1 && mo <= 12 && d >= 1 && d <= days && h <= 23 && mi <= 59 && s <= 59;
}

function checkSettingsNode(node: Node | null, at: At, line: number): Record<string, unknown> {
  if (!isMap(node)) throw new ScenarioError("settings takes a mapping of NAME: VALUE", line);
  const out: Record<string, unknown> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const name = keyName(pair, at);
    const raw = pair.value === null ? null : pair.value.toJSON();
    const r = parseSetting(name, typeof raw === "object" && raw !== null ? JSON.stringify(raw) : String(raw));
    if ("error" in r) throw new ScenarioError(`settings: ${r.error}`, at(pair.key));
    out[name] = r.value;
  }
  return out;
}

/** a mapping whose keys are among `keys`; its pairs */
function mapping(node: Node | null, what: string, keys: readonly string[] | null, at: At, line: number): Pair<Node, Node | null>[] {
  if (!isMap(node)) throw new ScenarioError(`${what} takes a mapping`, line);
  const pairs = node.items as Pair<Node, Node | null>[];
  for (const p of pairs) {
    const k = keyName(p, at);
    if (keys && !keys.includes(k)) throw new ScenarioError(`${what}: unknown key "${k}" (keys: ${keys.join(", ")})`, at(p.key));
  }
  return pairs;
}

function paths(node: Node | null, what: string, at: At, line: number): void {
  if (!isSeq(node)) throw new ScenarioError(`${what} takes a list of absolute paths`, line);
  for (const item of node.items as Node[]) {
    const v = isScalar(item) ? item.value : null;
    if (typeof v !== "string" || !v.startsWith("/")) throw new ScenarioError(`${what} takes absolute paths, not ${shown(item?.toJSON?.() ?? item)}`, at(item));
  }
}

/** setup: commands: command lines, each run by the scenario's shell before its first command */
function commandLines(node: Node | null, at: At, line: number): void {
  if (!isSeq(node)) throw new ScenarioError("setup: commands takes a list of command lines", line);
  for (const item of node.items as Node[]) {
    const v = isScalar(item) ? item.value : null;
    if (typeof v !== "string" || v.trim() === "") throw new ScenarioError(`setup: commands takes command lines, not ${shown(item?.toJSON?.() ?? item)}`, at(item));
  }
}

function pathKeys(pairs: Pair<Node, Node | null>[], what: string, at: At): void {
  for (const p of pairs) {
    const k = String((p.key as { value?: unknown }).value);
    if (!k.startsWith("/")) throw new ScenarioError(`${what}: ${k} is not an absolute path`, at(p.key));
  }
}

function checkSetup(node: Node | null, at: At, line: number): void {
  for (const p of mapping(node, "setup", SETUP_KEYS, at, line)) {
    const k = String((p.key as { value?: unknown }).value);
    const l = at(p.value ?? p.key);
    if (k === "dirs") paths(p.value, "setup: dirs", at, l);
    else if (k === "commands") commandLines(p.value, at, l);
    else if (k === "files") {
      const files = mapping(p.value, "setup: files", null, at, l);
      pathKeys(files, "setup: files", at);
      for (const f of files) if (!isScalar(f.value) || typeof f.value.value !== "string") throw new ScenarioError(`setup: files: ${String((f.key as { value?: unknown }).value)} takes the file's text (a string)`, at(f.value ?? f.key));
    } else {
      const images = mapping(p.value, "setup: images", null, at, l);
      pathKeys(images, "setup: images", at);
      for (const img of images) checkImage(img, at);
    }
  }
}

function checkImage(img: Pair<Node, Node | null>, at: At): void {
  const name = String((img.key as { value?: unknown }).value);
  const what = `setup: images: ${name}`;
  const kinds = mapping(img.value, what, ["iso9660", "import"], at, at(img.value ?? img.key));
  if (kinds.length !== 1) throw new ScenarioError(`${what} takes one of iso9660 or import`, at(img.value ?? img.key));
  const [kind] = kinds;
  const k = String((kind!.key as { value?: unknown }).value);
  const l = at(kind!.value ?? kind!.key);
  if (k === "import") {
    if (!isScalar(kind!.value) || typeof kind!.value.value !== "string" || kind!.value.value === "") throw new ScenarioError(`${what}: import takes a host file's path`, l);
    return;
  }
  const iso = mapping(kind!.value, `${what}: iso9660`, ISO_KEYS, at, l);
  const get = (key: string) => iso.find((p) => (p.key as { value?: unknown }).value === key)?.value ?? null;
  const volume = get("volume");
  if (!isScalar(volume) || typeof volume.value !== "string") throw new ScenarioError(`${what}: iso9660 needs a volume name (volume: NAME)`, l);
  const blocks = get("blocks");
  if (blocks !== null && (!isScalar(blocks) || !Number.isSafeInteger(blocks.value) || (blocks.value as number) < 1)) throw new ScenarioError(`${what}: blocks takes a whole number of 2048-byte blocks`, at(blocks));
  const files = get("files");
  if (files !== null) for (const f of mapping(files, `${what}: files`, null, at, at(files))) if (!isScalar(f.value) || typeof f.value.value !== "string") throw new ScenarioError(`${what}: files: ${String((f.key as { value?: unknown }).value)} takes the file's text (a string)`, at(f.value ?? f.key));
  const dirs = get("dirs");
  if (dirs !== null && !(isSeq(dirs) && dirs.items.every((d) => isScalar(d) && typeof d.value === "string"))) throw new ScenarioError(`${what}: dirs takes a list of directory names`, at(dirs));
}
