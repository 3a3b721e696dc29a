// man's pages go to the pager when standard output is a terminal, as every man.c does it:
// SunOS man.c more(): system("$PAGER file") with PAGER defaulting to "more -s" (nomore when
// !isatty(1)); 4.4BSD man.c: cat when -c or stdout is not a tty, else the pager ("more -s");
// AIX man.c: `... | $PAGER` with "/usr/bin/more -s" unless -c or stdout is not a tty. The lab
// starts the pager as system() would (`sh -c "$PAGER"`, a child of man's) and writes the pages
// into a pipe to its standard input: the pager is the system's own more (or whatever $PAGER
// names), reading single keys from the terminal, so --More--, Space, q and Ctrl-C are more's.
import { isKernelError } from "../../kernel/errno.js";
import type { Signal } from "../../kernel/proc/signal.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { reap, spawnShell } from "./awk/io.js";

/** the pager man runs: $PAGER when it is set and not empty, else the system's default */
export function pagerCommand(ctx: CommandContext, fallback: string): string {
  const env = ctx.shell.env.get("PAGER");
  return env !== undefined && env !== "" ? env : fallback;
}

/**
 * Show `text`: straight to standard output when `plain` or when standard output is not a
 * terminal; otherwise through `pager` (a shell command line). Like system(), man ignores SIGINT
 * and SIGQUIT while the pager runs (Ctrl-C is the pager's), and a pager that quits before the
 * end (q) ends the writing quietly (SIGPIPE ignored, EPIPE taken as the end): man's status is
 * not the pager's.
 */
export function* showPage(ctx: CommandContext, text: string, pager: string, plain: boolean): Co<void> {
  if (plain || !ctx.sys.isatty(1)) {
    yield* ctx.stdout.put(text);
    return;
  }
  const handlers = ctx.sys.proc.handlers;
  const saved = new Map<Signal, "ignore" | "catch" | undefined>();
  for (const s of ["SIGINT", "SIGQUIT", "SIGPIPE"] as Signal[]) {
    saved.set(s, handlers.get(s));
    handlers.set(s, "ignore");
  }
  const [r, w] = ctx.sys.pipe();
  try {
    const child = spawnShell(ctx, pager, r, null, [w]);
    ctx.sys.close(r);
    try {
      yield* ctx.sys.write(w, text);
    } catch (e) {
      if (!isKernelError(e, "EPIPE")) throw e;
    }
    ctx.sys.close(w);
    yield* reap(ctx, child);
  } finally {
    for (const [s, h] of saved) {
      if (h === undefined) handlers.delete(s);
      else handlers.set(s, h);
    }
  }
}
