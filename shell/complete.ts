// Tab completion: command names (the machine's command table, also after man), paths in the
// lab's file system, device names (loopN in the ODM), flags (CommandDef.flags), a device's
// attribute names after -a (the ODM's PdAt for its type) and ODM class names (odmget …). Reads
// the lab only through the shell's system calls, its command table and the ODM, read-only.
import type { Session as Shell } from "../engine/session.js";

export interface Completion {
  /** the word being completed starts here in the line */
  start: number;
  /** the text that replaces line[start, cursor) */
  replacement: string;
  /** every candidate (shown when there is more than one) */
  candidates: string[];
  /** true when one candidate matched and was completed fully */
  unique: boolean;
}

const BREAK = /[\s;|&<>()]/;
const SPECIAL = /([\s\\'"$`;|&<>()*?[\]#~])/g;

const quote = (s: string) => s.replace(SPECIAL, "\\$1");

/** the word under the cursor: start index and its text with backslashes and quotes removed */
export function wordAt(line: string, cursor: number): { start: number; text: string } {
  let start = cursor;
  let inQuote: string | null = null;
  // scan from the start so quotes are known
  let wordStart = 0;
  for (let i = 0; i < cursor; i++) {
    const c = line[i]!;
    if (inQuote) {
      if (c === inQuote) inQuote = null;
      continue;
    }
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      inQuote = c;
      continue;
    }
    if (BREAK.test(c)) wordStart = i + 1;
  }
  start = wordStart;
  const raw = line.slice(start, cursor);
  const text = raw.replace(/\\(.)/g, "$1").replace(/['"]/g, "");
  return { start, text };
}

/** the words before the cursor in the current simple command */
function commandWords(line: string, start: number): string[] {
  const before = line.slice(0, start);
  const seg = before.split(/;|&&|\|\||\||&|\(|\)/).pop() ?? "";
  return seg.trim() === "" ? [] : seg.trim().split(/\s+/);
}

function commonPrefix(xs: string[]): string {
  if (xs.length === 0) return "";
  let p = xs[0]!;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function loopDeviceNames(shell: Shell): string[] {
  const odm = shell.machine.odm;
  if (odm && odm.has("CuDv"))
    return odm
      .get("CuDv")
      .map((o) => String(o.name))
      .filter((n) => /^loop\d+$/.test(n))
      .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  return shell.machine.loop.all().map((u) => u.name);
}

const ATTR_COMMANDS = new Set(["chdev", "lsattr", "mkdev"]);
const ODM_COMMANDS = new Set(["odmget", "odmdelete", "odmadd", "odmchange", "odmshow"]);
const COMMAND_ARGS = new Set(["man", "help", "whence", "type", "which"]);

/** the value after a flag in the words of a command (-l loop0 → loop0; -El loop0 too) */
function flagValue(words: string[], flag: string): string | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w === "-" + flag || new RegExp(`^-[A-Za-z]*${flag}$`).test(w)) return words[i + 1];
  }
  return undefined;
}

/** the PdAt attributes of the device the command names (-l NAME), or of the type it names (-c -s -t) */
function attributes(shell: Shell, words: string[]): { attribute: string; values: string }[] {
  const odm = shell.machine.odm;
  if (!odm || !odm.has("PdAt")) return [];
  let type: string | undefined;
  const name = flagValue(words, "l");
  if (name && odm.has("CuDv")) type = odm.find("CuDv", { name }).map((o) => String(o.PdDvLn))[0];
  if (!type) {
    const c = flagValue(words, "c");
    const sub = flagValue(words, "s");
    const t = flagValue(words, "t");
    if (c && sub && t) type = `${c}/${sub}/${t}`;
  }
  if (!type) return [];
  return odm.find("PdAt", { uniquetype: type }).map((o) => ({ attribute: String(o.attribute), values: String(o.values ?? "") }));
}

interface Candidate {
  /** the completed word (unquoted) */
  word: string;
  /** what follows when it is the only match: " " or "/" (directories) */
  suffix: string;
  /** shown in the list */
  label: string;
}

function pathCandidates(shell: Shell, text: string, dirsOnly = false): Candidate[] {
  const slash = text.lastIndexOf("/");
  const dirPart = slash >= 0 ? text.slice(0, slash + 1) : "";
  const base = slash >= 0 ? text.slice(slash + 1) : text;
  const dir = dirPart === "" ? "." : dirPart;
  let entries;
  try {
    entries = shell.sys.readdir(dir);
  } catch {
    return [];
  }
  const out: Candidate[] = [];
  for (const e of entries) {
    if (e.name === "." || e.name === "..") continue;
    if (!e.name.startsWith(base)) continue;
    if (e.name.startsWith(".") && !base.startsWith(".")) continue;
    let isDir = e.type === "VDIR";
    if (!isDir && e.type === "VLNK") {
      try {
        isDir = shell.sys.stat(dirPart + e.name).type === "VDIR";
      } catch {
        isDir = false;
      }
    }
    if (dirsOnly && !isDir) continue;
    out.push({ word: dirPart + e.name, suffix: isDir ? "/" : " ", label: e.name + (isDir ? "/" : "") });
  }
  return out.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** complete the word before the cursor; null when nothing matches */
export function complete(shell: Shell, line: string, cursor: number): Completion | null {
  const { start, text } = wordAt(line, cursor);
  const words = commandWords(line, start);
  let cands: Candidate[] = [];
  if (words.length === 0) {
    // first word: a command name, or a path when it has a slash
    if (text.includes("/")) cands = pathCandidates(shell, text);
    else
      cands = [...shell.os.commands.keys()]
        .filter((n) => n.startsWith(text))
        .sort()
        .map((n) => ({ word: n, suffix: " ", label: n }));
  } else {
    const cmd = words[0]!.replace(/^.*\//, "");
    const prev = words[words.length - 1]!;
    const def = shell.os.commands.get(cmd) ?? shell.os.shell.commands?.get(cmd);
    if (ATTR_COMMANDS.has(cmd) && prev === "-a") {
      // -a ATTRIBUTE (lsattr), -a ATTRIBUTE=VALUE (chdev, mkdev): the names, then a listed value or a path
      const attrs = attributes(shell, words);
      const eq = text.indexOf("=");
      if (eq < 0)
        cands = attrs
          .filter((a) => a.attribute.startsWith(text))
          .map((a) => ({ word: a.attribute, suffix: cmd === "lsattr" ? " " : "=", label: a.attribute }));
      else {
        const name = text.slice(0, eq);
        const value = text.slice(eq + 1);
        const listed = attrs.find((a) => a.attribute === name)?.values ?? "";
        const choices = /^[^-]+(,[^-]+)+$/.test(listed) ? listed.split(",") : null;
        const vals = choices
          ? choices.filter((v) => v.startsWith(value)).map((v) => ({ word: v, suffix: " ", label: v }))
          : pathCandidates(shell, value);
        cands = vals.map((v) => ({ ...v, word: `${name}=${v.word}` }));
      }
    } else if (ODM_COMMANDS.has(cmd) && prev !== "-q" && !text.startsWith("-") && !text.includes("/")) {
      const odm = shell.machine.odm;
      cands = (odm ? odm.classNames() : [])
        .filter((n) => n.startsWith(text))
        .sort()
        .map((n) => ({ word: n, suffix: " ", label: n }));
    } else if (COMMAND_ARGS.has(cmd) && !text.startsWith("-") && !text.includes("/")) {
      cands = [...shell.os.commands.keys()]
        .filter((n) => n.startsWith(text))
        .sort()
        .map((n) => ({ word: n, suffix: " ", label: n }));
    } else if (text.startsWith("-") && def?.flags) {
      cands = def.flags.filter((f) => f.startsWith(text)).map((f) => ({ word: f, suffix: " ", label: f }));
    } else if (/^-[A-Za-z]*l$/.test(prev) && (def?.flags?.includes("-l") ?? false) && !text.includes("/")) {
      // -l NAME, or a flag cluster ending in l (lsattr -El NAME)
      cands = loopDeviceNames(shell)
        .filter((n) => n.startsWith(text))
        .map((n) => ({ word: n, suffix: " ", label: n }));
    } else if (cmd === "cd") {
      cands = pathCandidates(shell, text, true);
    } else {
      cands = pathCandidates(shell, text);
      // a bare device name (loop0) anywhere an argument may name a device
      if (!text.includes("/") && text !== "" && "loop".startsWith(text.slice(0, 4)) && cands.length === 0)
        cands = loopDeviceNames(shell)
          .filter((n) => n.startsWith(text))
          .map((n) => ({ word: n, suffix: " ", label: n }));
    }
  }
  if (cands.length === 0) return null;
  if (cands.length === 1) {
    const c = cands[0]!;
    return { start, replacement: quote(c.word) + c.suffix, candidates: [c.label], unique: true };
  }
  const prefix = commonPrefix(cands.map((c) => c.word));
  return { start, replacement: quote(prefix.length >= text.length ? prefix : text), candidates: cands.map((c) => c.label), unique: false };
}

/** candidates laid out in columns for a w-column terminal, as ksh/bash list them */
export function columns(items: string[], w: number): string[] {
  if (items.length === 0) return [];
  const colw = Math.max(...items.map((s) => s.length)) + 2;
  const ncol = Math.max(1, Math.floor(w / colw));
  const nrow = Math.ceil(items.length / ncol);
  const rows: string[] = [];
  for (let r = 0; r < nrow; r++) {
    let line = "";
    for (let c = 0; c < ncol; c++) {
      const i = c * nrow + r;
      if (i >= items.length) break;
      line += c === ncol - 1 || (c + 1) * nrow + r >= items.length ? items[i]! : items[i]!.padEnd(colw);
    }
    rows.push(line.trimEnd());
  }
  return rows;
}
