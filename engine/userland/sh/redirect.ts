// Redirections act on the process's own descriptors, as ksh does it: for a command the shell runs
// itself (a built-in, a compound command, a function) the descriptors it replaces are kept and
// put back afterwards; a child process simply has them. `exec` with only redirections keeps
// them for good.
import type { Redirect } from "../../../grammar/ast.js";
import { isKernelError, type Errno } from "../../kernel/errno.js";
import { closeFile, MemFile, type File } from "../../kernel/proc/file.js";
import type { Co } from "../../kernel/proc/wait.js";
import { optionIsOn } from "../common/set.js";
import { expandOne, hereDocText } from "./expand.js";
import { ExpansionError, type Shell } from "./interp.js";

const enc = new TextEncoder();

/** a redirection that could not be opened: the shell reports it, the command does not run */
export class RedirectFailure extends Error {
  constructor(
    readonly path: string,
    readonly errno: Errno,
    readonly input: boolean,
    /** the shell's own message (noclobber, a bad descriptor), else the system's for the errno */
    readonly text?: string,
  ) {
    super(path);
  }
}

/** what a redirection replaced: put back by restoreRedirects */
export type Saved = { fd: number; file: File | undefined }[];

/**
 * Apply the redirections to this process's descriptors, in order. Returns what they replaced
 * (when `save`), to be put back with restoreRedirects. A failure undoes what was done and throws
 * RedirectFailure.
 */
export function* applyRedirects(sh: Shell, redirects: readonly Redirect[], save: boolean): Co<Saved> {
  const saved: Saved = [];
  const fds = sh.sys.proc.fds;
  const put = (fd: number, f: File | undefined) => {
    if (save && !saved.some((s) => s.fd === fd)) saved.push({ fd, file: fds.get(fd) });
    else {
      const old = fds.get(fd);
      if (old) closeFile(old);
    }
    if (f) fds.set(fd, f);
    else fds.delete(fd);
  };
  try {
    for (const r of redirects) {
      if (r.heredoc !== undefined) {
        const body = r.heredoc.expand ? yield* hereDocText(sh, r.heredoc.body) : r.heredoc.body;
        put(r.fd, new MemFile(enc.encode(body)));
        continue;
      }
      const target = yield* expandOne(sh, r.target);
      if (r.op === ">&" || r.op === "<&") {
        if (target === "-") put(r.fd, undefined);
        else if (target === "p") throw new ExpansionError(sh.msg("sh.nocoproc"), 2);
        else {
          const m = /^[0-9]$/.test(target) ? Number(target) : -1;
          const f = fds.get(m);
          if (f === undefined) throw new RedirectFailure(target, "EBADF", false, sh.msg("sh.badunit", target));
          if (m !== r.fd) {
            f.refs++;
            put(r.fd, f);
          }
        }
        continue;
      }
      const input = r.op === "<" || r.op === "<>";
      let f: File;
      try {
        if (r.op === "<") f = sh.sys.open(target, { read: true });
        else if (r.op === "<>") f = sh.sys.open(target, { read: true, write: true, create: true });
        else {
          if (r.op === ">" && optionIsOn(sh.state.options, "noclobber") && isRegularFile(sh, target)) {
            throw new RedirectFailure(target, "EEXIST", false, sh.msg("sh.noclobber", target));
          }
          f = sh.sys.open(target, { write: true, create: true, trunc: r.op !== ">>", append: r.op === ">>" });
        }
      } catch (e) {
        if (isKernelError(e)) throw new RedirectFailure(target, e.errno, input);
        throw e;
      }
      put(r.fd, f);
    }
  } catch (e) {
    restoreRedirects(sh, saved);
    throw e;
  }
  return saved;
}

/** put back what applyRedirects replaced, closing what it opened */
export function restoreRedirects(sh: Shell, saved: Saved): void {
  const fds = sh.sys.proc.fds;
  for (let i = saved.length - 1; i >= 0; i--) {
    const { fd, file } = saved[i]!;
    const cur = fds.get(fd);
    if (cur) closeFile(cur);
    if (file) fds.set(fd, file);
    else fds.delete(fd);
  }
}

/** the message for a redirection that failed */
export function redirectMessage(sh: Shell, e: RedirectFailure): string {
  return e.text ?? sh.os.redirectError(e.path, e.errno, e.input);
}

function isRegularFile(sh: Shell, path: string): boolean {
  try {
    return sh.sys.stat(path).type === "VREG";
  } catch {
    return false;
  }
}
