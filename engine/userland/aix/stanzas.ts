// AIX stanza files (/etc/filesystems): "name:" lines followed by "attr = value" lines.
import type { Sys } from "../../kernel/sys.js";

export interface Stanza {
  name: string;
  attrs: Record<string, string>;
}

export function parseStanzas(text: string): Stanza[] {
  const out: Stanza[] = [];
  let cur: Stanza | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (line === "" || line.startsWith("*")) continue;
    const head = /^(\S+):$/.exec(line);
    if (head) {
      cur = { name: head[1]!, attrs: {} };
      out.push(cur);
      continue;
    }
    const kv = /^\s+(\S+)\s*=\s*(.*)$/.exec(line);
    // a quoted value ("/proc") is the text between the quotes, as the attribute-file library reads it
    if (kv && cur) cur.attrs[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, "$1");
  }
  return out;
}

export function readStanzas(sys: Sys, path: string): Stanza[] {
  try {
    return parseStanzas(new TextDecoder().decode(sys.readFile(path)));
  } catch {
    return [];
  }
}

/** the attributes crfs and chfs write first, in this order; the others follow as they were */
const ORDER = ["dev", "vfs", "nodename", "log", "mount", "check", "type", "options", "size"];

/** a stanza as lsfs.c writes one: "\tname\t= value", a second tab for names under 8 characters */
export function formatStanza(name: string, attrs: Record<string, string>): string {
  const keys = [...ORDER.filter((k) => k in attrs), ...Object.keys(attrs).filter((k) => !ORDER.includes(k))];
  let out = `${name}:\n`;
  for (const k of keys) if (attrs[k]) out += `\t${k}${k.length < 8 ? "\t" : ""}\t= ${attrs[k]}\n`;
  return out;
}

/** crfs: a blank line and the new stanza at the end of the file */
export function appendStanza(sys: Sys, path: string, name: string, attrs: Record<string, string>): void {
  sys.writeFile(path, "\n" + formatStanza(name, attrs), true);
}

/**
 * chfs: the stanza rewritten in place (under a new name for -m); the lines up to the next blank
 * line or stanza name go, the rest of the file stays as it was.
 */
export function replaceStanza(sys: Sys, path: string, name: string, newName: string, attrs: Record<string, string>): void {
  const lines = new TextDecoder().decode(sys.readFile(path)).split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== `${name}:`) {
      out.push(lines[i]!);
      continue;
    }
    out.push(...formatStanza(newName, attrs).slice(0, -1).split("\n"));
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== "" && !/^\S.*:$/.test(lines[i + 1]!)) i++;
  }
  sys.writeFile(path, out.join("\n"));
}
