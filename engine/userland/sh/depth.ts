// How deep the interpreter goes on the host's call stack, and what its work costs in steps.
// The interpreter's coroutines resume through every level of commands running inside each other,
// so the depth is counted (Shell.depth, checked in exec.ts runCommand) and recursion stops well
// before the host's stack would. A child process's first turn runs inside its parent's turn
// (Scheduler.startInline), on top of the parent's chain: its shell counts that as its base.

/**
 * How deep the interpreter may go on the host's call stack, in its own units: a command running
 * inside another (functions calling functions, `.` scripts, eval, the commands of compound
 * commands) is one, an eval or `.` one more. The interpreter's coroutines resume through every
 * level, so recursion must stop well before the host's stack does (about 660 units): ksh88 has no
 * such limit (its C stack or memory runs out), the lab says `recursion too deep`, as ksh does for
 * an arithmetic variable that refers to itself.
 */
export const MAX_DEPTH = 400;

/** A child process's first turn runs inside its parent's, on the parent's chain of coroutines,
 *  only while that chain is shorter than this; a deeper shell's child starts from the queue. */
export const INLINE_DEPTH = 100;

/** While a shell runs a child's first turn inside its own (spawn.ts launch): how deep that shell
 *  is. A shell the child starts then (`ksh`, `sh`) starts there; 0 from the queue. */
let inlineBaseNow = 0;

/** the base depth of a shell that starts now (see withInlineBase) */
export function inlineBase(): number {
  return inlineBaseNow;
}

/** run `f` (a child's first turn) with the launching shell's depth as the base of shells started */
export function withInlineBase<T>(depth: number, f: () => T): T {
  const saved = inlineBaseNow;
  inlineBaseNow = depth;
  try {
    return f();
  } finally {
    inlineBaseNow = saved;
  }
}

/** the steps parsing this text costs (a parse is some tens of simple commands' work) */
export function parseCost(src: string): number {
  return 32 + (src.length >> 3);
}
