// Files the shell runs: a command's own file (whose execute bits matter), or a script, which runs
// in a child of this shell, or in the shell its #! line names when that is the system's other
// shell (Solaris: bash meeting #!/bin/sh execs ksh93, as the kernel would).
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandDef } from "../types.js";
import { execList } from "./exec.js";
import { runSource } from "./source.js";
import type { Shell } from "./interp.js";
import { Job } from "./jobs.js";
import { foreground, startChild } from "./spawn.js";

/** a script whose #! line names a shell of the system that speaks another dialect than this one
 *  (bash running #!/bin/sh on Solaris, where sh is ksh93): the kernel execs that shell with the
 *  script's path. null: this shell runs the script itself */
export function interpreterOf(sh: Shell, text: string): { path: string; def: CommandDef } | null {
  const m = /^#![ \t]*(\S+)/.exec(text);
  if (m === null || sh.os.shellFor === undefined) return null;
  const path = m[1]!;
  const name = path.slice(path.lastIndexOf("/") + 1);
  const def = sh.os.commands.get(name);
  if (def === undefined || sh.os.shellFor(name).shell === sh.os.shell) return null;
  return { path, def };
}

/** the command's file may be run: it is missing (the lab runs its commands without them) or a
 *  regular file with an execute bit */
export function executable(sh: Shell, path: string): boolean {
  let a;
  try {
    a = sh.sys.stat(path);
  } catch {
    return true;
  }
  return a.type === "VREG" && (a.mode & 0o111) !== 0;
}

/** what running the file at `path` means */
export function fileToRun(sh: Shell, path: string, commandPath: string | undefined): { kind: "command" } | { kind: "script"; text: string } | { kind: "missing" | "denied" } {
  let a;
  try {
    a = sh.sys.stat(path);
  } catch {
    return { kind: "missing" };
  }
  // execve(2): a file with no execute bit runs for no one, root included (EACCES)
  if (a.type !== "VREG" || (a.mode & 0o111) === 0) return { kind: "denied" };
  if (commandPath) {
    try {
      const c = sh.sys.stat(commandPath);
      if (c.fsid === a.fsid && c.fileid === a.fileid) return { kind: "command" };
    } catch {
      // the command's file was removed: the path is just a file
    }
  }
  try {
    return { kind: "script", text: new TextDecoder().decode(sh.sys.readFile(path)) };
  } catch {
    return { kind: "denied" };
  }
}

export function cannotRun(sh: Shell, path: string, why: "missing" | "denied"): number {
  sh.err(why === "missing" ? sh.os.notFound(path) : sh.os.cannotExecute(path));
  return why === "missing" ? sh.os.shell.notFoundStatus ?? 127 : 126;
}

/** a shell script: its lines run in a child shell with the arguments as $1 …, its path as $0 */
export function* runScript(sh: Shell, path: string, text: string, args: string[]): Co<number> {
  const src = text.replace(/^#!.*\n/, "\n");
  const job = sh.currentJob ?? sh.jobs.add(new Job(sh.sys.proc.pgid, sh.lineText, false));
  const own = sh.currentJob === null && sh.monitor;
  startChild(sh, job, { input: null, output: null, close: [] }, { ownGroup: own, execLast: false, argv: [sh.os.shellName, path, ...args], node: sh.cmdNode }, (c) => {
    c.state.positional = [...args];
    c.zero = c.errName = path;
    c.input = "file";
    c.script = true;
    c.line = 1;
    c.fnDepth = 0;
    c.dotDepth = 0;
    c.loopDepth = 0;
    return readScript(c, path, src);
  });
  return yield* foreground(sh, job, true);
}


/** the script's text, read and run a command at a time by the child shell `c`; a syntax error
 *  ends it with status 2 (ksh88 and ash name the script in place of the shell) */
function* readScript(c: Shell, path: string, src: string): Co<number> {
  const r = yield* runSource(c, src, 1, (list) => execList(c, list), (p, text, at) => {
    if (c.os.shell.messageForm === undefined) c.err(c.os.syntaxError(p, 1).replace(/^ksh: /, `${path}: `));
    else c.syntaxError(p, text, at);
  });
  return r === "syntax" ? 2 : r;
}
