// Command history kept across sessions, in the user's data directory:
//   $LOOPLAB_HOME/history  (tests point this at a temporary directory)
//   $XDG_DATA_HOME/looplab/history
//   ~/.local/share/looplab/history
// One command a line; a command of several lines is stored with its newlines escaped.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export const HISTORY_MAX = 1000;

/** the lab's data directory: $LOOPLAB_HOME, else $XDG_DATA_HOME/looplab, else
 *  ~/.local/share/looplab (the history and the practice progress live there) */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LOOPLAB_HOME) return env.LOOPLAB_HOME;
  const data = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith("/") ? env.XDG_DATA_HOME : join(homedir(), ".local", "share");
  return join(data, "looplab");
}

export function historyPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), "history");
}

const escape = (line: string) => line.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
const unescape = (line: string) => line.replace(/\\(\\|n)/g, (_, c: string) => (c === "n" ? "\n" : "\\"));

export function loadHistory(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  const lines = text.split("\n").filter((l) => l !== "").map(unescape);
  return lines.slice(-HISTORY_MAX);
}

/** a history file that failed once is not tried again (a read-only home must not spoil the lab) */
export class HistoryFile {
  private broken = false;
  private appended = 0;
  constructor(readonly path: string | null) {}

  load(): string[] {
    return this.path ? loadHistory(this.path) : [];
  }

  append(line: string): void {
    if (!this.path || this.broken || line.trim() === "") return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, escape(line) + "\n");
      if (++this.appended % 200 === 0) this.trim();
    } catch {
      this.broken = true;
    }
  }

  /** keep the file at HISTORY_MAX lines */
  trim(): void {
    if (!this.path || this.broken) return;
    try {
      const lines = readFileSync(this.path, "utf8").split("\n").filter((l) => l !== "");
      if (lines.length > HISTORY_MAX) writeFileSync(this.path, lines.slice(-HISTORY_MAX).join("\n") + "\n");
    } catch {
      this.broken = true;
    }
  }
}
