// A strict asciicast checker, v2 and v3. Players are lax (asciinema 2.2 accepts a missing height,
// timestamps going backwards and unknown event codes, and plays no v3 at all; Debian has no
// asciinema 3), so looplab checks its casts itself against the specs (docs.asciinema.org
// manual/asciicast/v2 and v3): valid UTF-8, one JSON document a line, the header schema, events
// of [time, code, data] — v2 times since the start that never go back, v3 intervals since the
// previous event that are never negative, and v3's comment lines — well-formed data for each
// code, complete escape sequences in output, and no lone surrogates. v3 tells tools to ignore
// header keys and event codes they do not know: those are listed in `ignored`, not problems.

/** an event as read, with its time since the start (seconds) whatever the format */
export interface CastEvent {
  time: number;
  code: string;
  data: string;
}

export interface CastCheck {
  ok: boolean;
  problems: string[];
  /** v3: header keys and event codes the spec says to ignore (never written by looplab) */
  ignored: string[];
  version: 2 | 3 | null;
  width: number;
  height: number;
  events: number;
  markers: string[];
  /** seconds, the last event's time */
  duration: number;
  /** all output concatenated */
  output: string;
  /** the keys typed ("i" events), in order */
  inputs: string[];
  /** v3: the exit status ("x"), or null */
  exit: number | null;
  list: CastEvent[];
}

const HEADER_KEYS = new Set(["version", "width", "height", "timestamp", "duration", "idle_time_limit", "command", "title", "env", "theme"]);
const HEADER_KEYS_V3 = new Set(["version", "term", "timestamp", "idle_time_limit", "command", "title", "env", "tags"]);
const TERM_KEYS_V3 = new Set(["cols", "rows", "type", "version", "theme"]);
const CODES = new Set(["o", "i", "m", "r"]);
const CODES_V3 = new Set(["o", "i", "m", "r", "x"]);
const COLOR = /^#[0-9a-fA-F]{6}$/;

const isInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function loneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** the first incomplete or malformed escape sequence in output data, or null */
export function badEscape(s: string): string | null {
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\x1b") continue;
    const n = s[i + 1];
    if (n === undefined) return "output ends with a lone ESC";
    if (n === "[") {
      let j = i + 2;
      while (j < s.length && /[\x30-\x3f]/.test(s[j]!)) j++;
      while (j < s.length && /[\x20-\x2f]/.test(s[j]!)) j++;
      if (j >= s.length) return `unfinished CSI sequence ${JSON.stringify(s.slice(i))}`;
      if (!/[\x40-\x7e]/.test(s[j]!)) return `bad CSI final byte in ${JSON.stringify(s.slice(i, j + 1))}`;
      i = j;
    } else if (n === "]") {
      const bel = s.indexOf("\x07", i);
      const st = s.indexOf("\x1b\\", i);
      if (bel < 0 && st < 0) return "unfinished OSC sequence";
      i = Math.min(...[bel, st].filter((x) => x >= 0));
    } else if (/[\x20-\x2f]/.test(n)) {
      if (i + 2 >= s.length) return "unfinished escape sequence";
      i += 2;
    } else if (/[\x30-\x7e]/.test(n)) i += 1;
    else return `bad escape sequence ${JSON.stringify(s.slice(i, i + 2))}`;
  }
  return null;
}

/** the file as text, or the problem that stops the check */
function decode(data: Uint8Array | string, problems: string[]): string | null {
  if (typeof data === "string") return data;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    problems.push("the file is not valid UTF-8");
    return null;
  }
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) problems.push("the file starts with a byte order mark");
  return text;
}

function checkTheme(th: unknown, where: string, problems: string[]): void {
  if (!isObj(th)) {
    problems.push(`line 1: ${where} must be an object`);
    return;
  }
  if (typeof th.fg !== "string" || !COLOR.test(th.fg)) problems.push(`line 1: ${where}.fg must be #rrggbb`);
  if (typeof th.bg !== "string" || !COLOR.test(th.bg)) problems.push(`line 1: ${where}.bg must be #rrggbb`);
  const pal = typeof th.palette === "string" ? th.palette.split(":") : null;
  if (!pal || (pal.length !== 8 && pal.length !== 16) || !pal.every((c) => COLOR.test(c)))
    problems.push(`line 1: ${where}.palette must be 8 or 16 #rrggbb colours separated by colons`);
}

/** the keys both versions share */
function checkCommonHeader(header: Record<string, unknown>, problems: string[]): void {
  if ("timestamp" in header && (!isInt(header.timestamp) || header.timestamp < 0)) problems.push("line 1: timestamp must be a non-negative integer");
  if ("idle_time_limit" in header && (typeof header.idle_time_limit !== "number" || !(header.idle_time_limit > 0)))
    problems.push("line 1: idle_time_limit must be a positive number");
  for (const k of ["command", "title"] as const) if (k in header && typeof header[k] !== "string") problems.push(`line 1: ${k} must be a string`);
  if ("env" in header) {
    if (!isObj(header.env)) problems.push("line 1: env must be an object");
    else for (const [k, v] of Object.entries(header.env)) if (typeof v !== "string") problems.push(`line 1: env.${k} must be a string`);
  }
  for (const [k, v] of Object.entries(header)) if (typeof v === "string" && loneSurrogate(v)) problems.push(`line 1: ${k} has a lone surrogate`);
}

function checkHeaderV2(header: Record<string, unknown>, res: CastCheck): void {
  const problems = res.problems;
  for (const k of Object.keys(header)) if (!HEADER_KEYS.has(k)) problems.push(`line 1: unknown header key ${JSON.stringify(k)}`);
  if (!isInt(header.width) || header.width <= 0) problems.push("line 1: width must be a positive integer");
  else res.width = header.width;
  if (!isInt(header.height) || header.height <= 0) problems.push("line 1: height must be a positive integer");
  else res.height = header.height;
  if ("duration" in header && (typeof header.duration !== "number" || !(header.duration >= 0))) problems.push("line 1: duration must be a non-negative number");
  if ("theme" in header) checkTheme(header.theme, "theme", problems);
  checkCommonHeader(header, problems);
}

function checkHeaderV3(header: Record<string, unknown>, res: CastCheck): void {
  const problems = res.problems;
  for (const k of Object.keys(header)) if (!HEADER_KEYS_V3.has(k)) res.ignored.push(`header key ${JSON.stringify(k)}`);
  const term = header.term;
  if (!isObj(term)) problems.push("line 1: term must be an object with cols and rows");
  else {
    for (const k of Object.keys(term)) if (!TERM_KEYS_V3.has(k)) res.ignored.push(`header key ${JSON.stringify(`term.${k}`)}`);
    if (!isInt(term.cols) || term.cols <= 0) problems.push("line 1: term.cols must be a positive integer");
    else res.width = term.cols;
    if (!isInt(term.rows) || term.rows <= 0) problems.push("line 1: term.rows must be a positive integer");
    else res.height = term.rows;
    for (const k of ["type", "version"] as const) if (k in term && typeof term[k] !== "string") problems.push(`line 1: term.${k} must be a string`);
    if ("theme" in term) checkTheme(term.theme, "term.theme", problems);
  }
  if ("tags" in header && !(Array.isArray(header.tags) && header.tags.every((t) => typeof t === "string"))) problems.push("line 1: tags must be an array of strings");
  checkCommonHeader(header, problems);
}

/** the header line: its version and v2's declared duration, or null when the check cannot go on */
function checkHeader(line: string, res: CastCheck): { v: 2 | 3; duration: number | null } | null {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch (e) {
    res.problems.push(`line 1: the header is not JSON (${(e as Error).message})`);
    return null;
  }
  if (!isObj(header)) {
    res.problems.push("line 1: the header is not a JSON object");
    return null;
  }
  if (header.version === 3) {
    checkHeaderV3(header, res);
    return { v: 3, duration: null };
  }
  if (header.version !== 2) res.problems.push(`line 1: version must be 2 or 3, not ${JSON.stringify(header.version)}`);
  checkHeaderV2(header, res);
  return { v: 2, duration: typeof header.duration === "number" ? header.duration : null };
}

/** one event line: its data checked for its code */
function checkEvent(n: number, code: string, d: string, v: 2 | 3, res: CastCheck): void {
  const problems = res.problems;
  if (loneSurrogate(d)) problems.push(`line ${n}: data has a lone surrogate (not valid UTF-8)`);
  if (code === "o") {
    if (d === "") problems.push(`line ${n}: empty output`);
    const bad = badEscape(d);
    if (bad) problems.push(`line ${n}: ${bad}`);
  } else if (code === "i") {
    if (d === "") problems.push(`line ${n}: empty input`);
    res.inputs.push(d);
  } else if (code === "r") {
    const m = /^(\d+)x(\d+)$/.exec(d);
    if (!m || Number(m[1]) <= 0 || Number(m[2]) <= 0) problems.push(`line ${n}: resize data must be COLSxROWS`);
  } else if (code === "m") res.markers.push(d);
  else if (code === "x") {
    if (!/^-?\d+$/.test(d)) problems.push(`line ${n}: exit data must be a number, not ${JSON.stringify(d)}`);
    else if (res.exit !== null) problems.push(`line ${n}: a second exit event`);
    else res.exit = Number(d);
  } else if (v === 3) res.ignored.push(`event code ${JSON.stringify(code)} (line ${n})`);
}

export function checkCast(data: Uint8Array | string): CastCheck {
  const problems: string[] = [];
  const res: CastCheck = { ok: false, problems, ignored: [], version: null, width: 0, height: 0, events: 0, markers: [], duration: 0, output: "", inputs: [], exit: null, list: [] };
  const text = decode(data, problems);
  if (text === null) return res;
  if (text === "") {
    problems.push("the file is empty");
    return res;
  }
  if (!text.endsWith("\n")) problems.push("the file does not end with a newline");
  if (text.includes("\r")) problems.push("the file has a carriage return outside JSON strings");
  const lines = text.replace(/\n$/, "").split("\n");
  const h = checkHeader(lines[0]!, res);
  if (h === null) return res;
  const v = h.v;
  res.version = v;
  const declared = h.duration;
  let last = 0;
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const l = lines[i]!;
    if (v === 3 && l.startsWith("#")) continue;
    if (l.trim() === "") {
      problems.push(`line ${n}: empty line`);
      continue;
    }
    let ev: unknown;
    try {
      ev = JSON.parse(l);
    } catch (e) {
      problems.push(`line ${n}: not JSON (${(e as Error).message})`);
      continue;
    }
    if (!Array.isArray(ev) || ev.length !== 3) {
      problems.push(`line ${n}: an event is [${v === 3 ? "interval" : "time"}, code, data]`);
      continue;
    }
    const [t, code, d] = ev as [unknown, unknown, unknown];
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) problems.push(`line ${n}: ${v === 3 ? "interval" : "time"} must be a non-negative number`);
    else if (v === 3) last += t;
    else {
      if (t < last) problems.push(`line ${n}: time ${t} goes back (previous ${last})`);
      last = Math.max(last, t);
    }
    const known = v === 3 ? typeof code === "string" && code !== "" : typeof code === "string" && CODES.has(code);
    if (!known) problems.push(`line ${n}: unknown event code ${JSON.stringify(code)}`);
    if (typeof d !== "string") {
      problems.push(`line ${n}: data must be a string`);
      continue;
    }
    if (typeof code !== "string") continue;
    res.events++;
    res.list.push({ time: last, code, data: d });
    if (code === "x" && v === 2) continue;
    checkEvent(n, code, d, v, res);
    if (code === "o") out.push(d);
  }
  if (declared !== null && declared + 1e-6 < last) problems.push(`line 1: duration ${declared} is shorter than the last event (${last})`);
  res.duration = last;
  res.output = out.join("");
  res.ok = problems.length === 0;
  return res;
}
