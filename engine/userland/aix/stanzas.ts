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
