// The lab's own limits on what the machine builds in memory. A real ksh grows a string until its
// data segment is full (ksh88: `no space`); the lab stops one string at a size it can hold, so a
// loop that doubles a variable or a read of a line from /dev/zero ends with a line that names the
// setting instead of taking the host's memory.
import type { Machine } from "../kernel/machine.js";

/** the longest string (characters) one word, value, line or command substitution may be: setting
 *  string_max */
export const DEFAULT_STRING_MAX = 16 * 1024 * 1024;

export function stringMax(m: Machine): number {
  return Number(m.setting("string_max", DEFAULT_STRING_MAX));
}

/** the most words one command may have: each costs the host far more than its characters */
export function wordsMax(m: Machine): number {
  return Math.max(1024, Math.floor(stringMax(m) / 16));
}

/** a string would be longer than the lab's limit (the shell prints lab.stringmax), or a command
 *  would have more words than it (lab.wordsmax) */
export class StringLimit extends Error {
  constructor(
    readonly max: number,
    readonly words = false,
  ) {
    super(words ? `more than ${max} words (setting string_max)` : `a string longer than ${max} characters (setting string_max)`);
  }
}

/** `length` characters are too many for this machine: a StringLimit */
export function checkLength(m: Machine, length: number): void {
  const max = stringMax(m);
  if (length > max) throw new StringLimit(max);
}
