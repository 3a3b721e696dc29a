// A strict asciicast v2 checker. Players are lax (asciinema 2.2 accepts a missing height,
// timestamps going backwards and unknown event codes), so looplab checks its casts itself:
// valid UTF-8, one JSON document a line, the header schema, events of [time, code, data] with
// times that never go back, known codes, well-formed data for each code, complete escape
// sequences in output, and no lone surrogates.

export interface CastCheck {
  ok: boolean;
  problems: string[];
  width: number;
  height: number;
  events: number;
  markers: string[];
  /** seconds, the last event's time */
  duration: number;
  /** all output concatenated */
  output: string;
}

const HEADER_KEYS = new Set(["version", "width", "height", "timestamp", "duration", "idle_time_limit", "command", "title", "env", "theme"]);
const CODES = new Set(["o", "i", "m", "r"]);
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

export function checkCast(data: Uint8Array | string): CastCheck {
  const problems: string[] = [];
  const res: CastCheck = { ok: false, problems, width: 0, height: 0, events: 0, markers: [], duration: 0, output: "" };
  let text: string;
  if (typeof data === "string") text = data;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
    } catch {
      problems.push("the file is not valid UTF-8");
      return res;
    }
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) problems.push("the file starts with a byte order mark");
  }
  if (text === "") {
    problems.push("the file is empty");
    return res;
  }
  if (!text.endsWith("\n")) problems.push("the file does not end with a newline");
  if (text.includes("\r")) problems.push("the file has a carriage return outside JSON strings");
  const lines = text.replace(/\n$/, "").split("\n");
  // header
  let header: unknown;
  try {
    header = JSON.parse(lines[0]!);
  } catch (e) {
    problems.push(`line 1: the header is not JSON (${(e as Error).message})`);
    return res;
  }
  if (!isObj(header)) {
    problems.push("line 1: the header is not a JSON object");
    return res;
  }
  for (const k of Object.keys(header)) if (!HEADER_KEYS.has(k)) problems.push(`line 1: unknown header key ${JSON.stringify(k)}`);
  if (header.version !== 2) problems.push(`line 1: version must be 2, not ${JSON.stringify(header.version)}`);
  if (!isInt(header.width) || header.width <= 0) problems.push("line 1: width must be a positive integer");
  else res.width = header.width;
  if (!isInt(header.height) || header.height <= 0) problems.push("line 1: height must be a positive integer");
  else res.height = header.height;
  if ("timestamp" in header && (!isInt(header.timestamp) || header.timestamp < 0)) problems.push("line 1: timestamp must be a non-negative integer");
  if ("duration" in header && (typeof header.duration !== "number" || !(header.duration >= 0))) problems.push("line 1: duration must be a non-negative number");
  if ("idle_time_limit" in header && (typeof header.idle_time_limit !== "number" || !(header.idle_time_limit > 0)))
    problems.push("line 1: idle_time_limit must be a positive number");
  for (const k of ["command", "title"] as const) if (k in header && typeof header[k] !== "string") problems.push(`line 1: ${k} must be a string`);
  if ("env" in header) {
    if (!isObj(header.env)) problems.push("line 1: env must be an object");
    else for (const [k, v] of Object.entries(header.env)) if (typeof v !== "string") problems.push(`line 1: env.${k} must be a string`);
  }
  if ("theme" in header) {
    const th = header.theme;
    if (!isObj(th)) problems.push("line 1: theme must be an object");
    else {
      if (typeof th.fg !== "string" || !COLOR.test(th.fg)) problems.push("line 1: theme.fg must be #rrggbb");
      if (typeof th.bg !== "string" || !COLOR.test(th.bg)) problems.push("line 1: theme.bg must be #rrggbb");
      const pal = typeof th.palette === "string" ? th.palette.split(":") : null;
      if (!pal || (pal.length !== 8 && pal.length !== 16) || !pal.every((c) => COLOR.test(c)))
        problems.push("line 1: theme.palette must be 8 or 16 #rrggbb colours separated by colons");
    }
  }
  for (const [k, v] of Object.entries(header)) if (typeof v === "string" && loneSurrogate(v)) problems.push(`line 1: ${k} has a lone surrogate`);
  // events
  let last = 0;
  const out: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const l = lines[i]!;
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
      problems.push(`line ${n}: an event is [time, code, data]`);
      continue;
    }
    const [t, code, d] = ev as [unknown, unknown, unknown];
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) problems.push(`line ${n}: time must be a non-negative number`);
    else {
      if (t < last) problems.push(`line ${n}: time ${t} goes back (previous ${last})`);
      last = Math.max(last, t);
    }
    if (typeof code !== "string" || !CODES.has(code)) problems.push(`line ${n}: unknown event code ${JSON.stringify(code)}`);
    if (typeof d !== "string") {
      problems.push(`line ${n}: data must be a string`);
      continue;
    }
    if (loneSurrogate(d)) problems.push(`line ${n}: data has a lone surrogate (not valid UTF-8)`);
    res.events++;
    if (code === "o") {
      if (d === "") problems.push(`line ${n}: empty output`);
      const bad = badEscape(d);
      if (bad) problems.push(`line ${n}: ${bad}`);
      out.push(d);
    } else if (code === "r") {
      const m = /^(\d+)x(\d+)$/.exec(d);
      if (!m || Number(m[1]) <= 0 || Number(m[2]) <= 0) problems.push(`line ${n}: resize data must be COLSxROWS`);
    } else if (code === "m") res.markers.push(d);
  }
  if (isObj(header) && typeof header.duration === "number" && header.duration + 1e-6 < last)
    problems.push(`line 1: duration ${header.duration} is shorter than the last event (${last})`);
  res.duration = last;
  res.output = out.join("");
  res.ok = problems.length === 0;
  return res;
}
