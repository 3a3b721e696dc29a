// sed's compiled commands and the lines of its script (see script.ts for how they are read).
import type { Regex } from "../re.js";

export type Addr = { kind: "line"; n: number } | { kind: "last" } | { kind: "re"; re: Regex };

export interface Cmd {
  /** the function letter; "{" branches past its block when the address does not select */
  op: string;
  a1: Addr | null;
  a2: Addr | null;
  neg: boolean;
  /** inside addr1,addr2 (run-time state) */
  inRange: boolean;
  /** a, i, c: the text; r, w: the file name */
  text: string;
  /** b, t, {: the command to go on with (-1: the end of the script) */
  jump: number;
  /** s: the expression (an Addr when the empty RE named a line address) */
  re: Addr | null;
  rhs: string;
  /** s: which match to replace (0: all) */
  nth: number;
  /** s: p (1) or P (2) flag */
  print: number;
  /** s w file, w: where the lines go */
  wfile: WFile | null;
  /** y: character map */
  ymap: Map<string, string> | null;
}

/** a w file, opened (truncated) when the script is compiled */
export interface WFile {
  write(text: string): void;
}

/** a compile error: the catalog id and its argument (the script line, a file, a label) */
export class ScriptError extends Error {
  constructor(
    readonly id: string,
    readonly arg: string | null = null,
  ) {
    super(id);
  }
}

/**
 * the lines of a script: an -e string or the script operand (`file` false: its last line counts
 * without a newline) or an -f file (only lines that end with a newline count). A backslash keeps
 * the character after it on the line; a trailing backslash drops its line.
 */
function scriptLines(text: string, file: boolean): string[] {
  const lines: string[] = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\") {
      if (i + 1 >= text.length) return lines;
      cur += c + text[++i]!;
    } else if (c === "\n") {
      lines.push(cur);
      cur = "";
    } else cur += c;
  }
  if (!file) lines.push(cur);
  return lines;
}

export const stringLines = (text: string): string[] => scriptLines(text, false);
export const fileLines = (text: string): string[] => scriptLines(text, true);

export interface ScriptHost {
  /** open a w file for writing (truncating it); null when it cannot be created */
  openW(path: string): WFile | null;
  /** the g option: substitute every match by default */
  global: boolean;
  /** the u option: the output is written at the end of each cycle, not gathered */
  unbuffered: boolean;
}
