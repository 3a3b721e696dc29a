// The machine settings a session (`--setting NAME=VALUE`) or a scenario (`settings:`) may give,
// with the values each takes. The code that uses a setting reads it with Machine.setting(name,
// default); this table is what a user may write, so a misspelt name or a bad value is refused
// before the machine boots instead of being ignored. A new setting gets a row here.

export type SettingValue = boolean | number | string;

interface Spec {
  kind: "boolean" | "integer" | "string";
  /** integers: the smallest and largest value */
  min?: number;
  max?: number;
  /** integers: `unlimited` is accepted, as -1 */
  unlimited?: boolean;
}

const int = (min: number, max = Number.MAX_SAFE_INTEGER, unlimited = false): Spec => ({ kind: "integer", min, max, unlimited });

export const SETTINGS: Readonly<Record<string, Spec>> = {
  // AIX: loopmount -l creates a missing named device (DECISIONS.md AIX 1); the machine is a WPAR
  loopmount_creates_named: { kind: "boolean" },
  wpar: { kind: "boolean" },
  // root's file size limit in 512-byte blocks (ulimit -f); unlimited: none
  ulimit_fsize: int(0, Number.MAX_SAFE_INTEGER / 512, true),
  // how far the clock moves for each command line
  seconds_per_command: int(0, 86_400),
  // the steps one headless command line may run; after how many a scenario's ^C is pressed
  step_budget: int(1),
  interrupt_after: int(1),
  // the terminal's scrollback (lines), its output buffer (bytes)
  scrollback: int(1, 10_000_000),
  tty_buffer: int(4096, 1 << 28),
  // the scheduler's time slice (steps) and a pipe's capacity (bytes)
  quantum: int(1, 1_000_000),
  pipe_capacity: int(1, 1 << 24),
  // the longest string the shell builds (engine/userland/limits.ts)
  string_max: int(1, 1 << 28),
  // the largest file a practice goal reads to compare its text (engine/practice/goals.ts): goals
  // are checked after every command line; unlimited: any size
  practice_file_limit: int(0, Number.MAX_SAFE_INTEGER, true),
};

/** uname.sysname, uname.release …: what uname prints (engine/userland/common/uname.ts) */
const UNAME = /^uname\.[A-Za-z]+$/;

/** the value `raw` (as typed) for setting `name`, or why not */
export function parseSetting(name: string, raw: string): { value: SettingValue } | { error: string } {
  if (UNAME.test(name)) return { value: raw };
  // own names only: constructor, __proto__, toString … are not settings
  const spec = Object.hasOwn(SETTINGS, name) ? SETTINGS[name] : undefined;
  if (spec === undefined) return { error: `no setting named ${name} (settings: ${[...Object.keys(SETTINGS), "uname.*"].join(", ")})` };
  if (spec.kind === "string") return { value: raw };
  if (spec.kind === "boolean") {
    if (raw === "true" || raw === "false") return { value: raw === "true" };
    return { error: `setting ${name} takes true or false, not ${raw}` };
  }
  if (spec.unlimited && raw === "unlimited") return { value: -1 };
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (Number.isSafeInteger(n) && n >= spec.min! && n <= spec.max!) return { value: n };
  const range = spec.max! >= Number.MAX_SAFE_INTEGER / 512 ? `a whole number of at least ${spec.min}` : `a whole number from ${spec.min} to ${spec.max}`;
  return { error: `setting ${name} takes ${range}${spec.unlimited ? " or unlimited" : ""}, not ${raw}` };
}

/** the settings of a scenario or a command line, checked: the first problem, or null */
export function checkSettings(settings: Record<string, unknown>): string | null {
  for (const [name, v] of Object.entries(settings)) {
    const r = parseSetting(name, String(v));
    if ("error" in r) return r.error;
  }
  return null;
}
