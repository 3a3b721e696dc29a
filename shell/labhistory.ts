// The command line being typed at the shell's prompt, kept whole for the history: its first line
// and its continuation lines make one entry, which goes into the line editor's history and the
// history file when the shell takes the whole command (ksh: before it runs), when the session
// ends, or when the shell is back at its prompt. Apart from the Lab because its keys (Enter,
// Ctrl-C, Ctrl-D) and its runs (shell/labrun.ts) both keep this one record.
import type { LineEditor } from "./editor.js";
import type { HistoryFile } from "./history.js";

export class CommandEntry {
  /** the command line being typed at the shell's prompt, with its continuation lines (history) */
  private src: string | null = null;

  constructor(
    private readonly editor: LineEditor,
    private readonly file: HistoryFile | null,
  ) {}

  /** the command so far, or null (none is being typed) */
  get text(): string | null {
    return this.src;
  }

  /** a command line typed at the prompt */
  begin(line: string): void {
    this.src = line;
  }

  /** a continuation line: one history entry for the whole command */
  extend(line: string): void {
    if (this.src !== null) this.src += "\n" + line;
  }

  /** the command line will not be finished (Ctrl-C, Ctrl-Z, end of file, a fresh session) */
  drop(): void {
    this.src = null;
  }

  /** a finished command line goes into the history file */
  flush(): void {
    if (this.src === null) return;
    this.editor.remember(this.src);
    this.file?.append(this.src);
    this.src = null;
  }
}
