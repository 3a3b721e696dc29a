// Which processes ps lists: AIX ps.c's main loop and the start of prcom(), for the System V flags
// (-e -a -d -p -t -u -g -G) and the Berkeley letters (a x g t, a process number) alike.
import type { Proc } from "../../../kernel/proc/proc.js";
import type { Field } from "./columns.js";

/** the Berkeley letters (ps.c berk_flags) */
export const B = {
  A: 1 << 0,
  C: 1 << 1,
  E: 1 << 2,
  G: 1 << 3,
  L: 1 << 4,
  N: 1 << 5,
  S: 1 << 6,
  T: 1 << 7,
  U: 1 << 8,
  V: 1 << 9,
  W: 1 << 10,
  X: 1 << 11,
  ONEPROC: 1 << 12,
} as const;

export interface Opts {
  /** the arguments did not start with -: Berkeley style */
  berk: boolean;
  /** Berkeley letters given */
  bf: number;
  l: boolean;
  f: boolean;
  e: boolean;
  k: boolean;
  a: boolean;
  d: boolean;
  u: boolean;
  p: boolean;
  g: boolean;
  G: boolean;
  t: boolean;
  o: boolean;
  /** no selection flag: the caller's terminal and user */
  dflt: boolean;
  ttys: string[];
  pids: number[];
  /** -g: session leaders */
  sessions: number[];
  gids: number[];
  /** -u / -U as given */
  users: string[];
  /** the users to list (names resolved; the caller's real uid for the Berkeley letters) */
  uids: number[];
  euid: number;
  /** a process number (Berkeley) */
  number: number;
  /** t tty (Berkeley) */
  terminal: string;
  /** w: 132 columns, ww: no limit */
  wide: number;
  /** -o / -F */
  fmt: Field[];
  desflg: boolean;
  emptyHeader: boolean;
}

export function newOpts(): Opts {
  return {
    berk: false, bf: 0, l: false, f: false, e: false, k: false, a: false, d: false, u: false, p: false, g: false, G: false,
    t: false, o: false, dflt: false, ttys: [], pids: [], sessions: [], gids: [], users: [], uids: [], euid: 0, number: -1,
    terminal: "", wide: 0, fmt: [], desflg: false, emptyHeader: true,
  };
}

/** is `p` listed? (the lab has no kernel processes: -k and -A add nothing) */
export function selected(p: Proc, o: Opts): boolean {
  const bf = o.bf;
  let found = false;
  if (bf & B.ONEPROC) {
    if (p.pid !== o.number) return false;
    found = true;
  }
  // session leaders are left out by -a and -d (not by the Berkeley a)
  if (p.pid === p.sid && (o.d || o.a) && !(bf & B.X) && !(bf & B.A)) return false;
  if (o.e || o.d) found = true;
  else if (o.p && o.pids.includes(p.pid)) found = true;
  else if ((o.u || bf) && o.uids.includes(p.uid)) found = true;
  else if (o.g && o.sessions.includes(p.sid)) found = true;
  else if (o.G && o.gids.includes(p.gid)) found = true;
  if (!found && !o.t && !o.a && !(bf & B.X)) return false;

  // prcom(): a zombie has no terminal to match
  if (p.state === "zombie") return !(o.t && !found);
  const tp = p.tty?.name ?? "-";
  const none = tp === "-";
  if (found) {
    if (bf & B.T) return tp === o.terminal;
    // the Berkeley letters list a process without a terminal only with x
    return !(bf && !(bf & B.ONEPROC) && !(bf & B.X) && !o.d && none);
  }
  if (bf & B.T) return tp === o.terminal;
  if (o.a && !none) return true;
  if (bf & B.X && none) return (bf & B.A) !== 0;
  if (o.t) return o.ttys.includes(tp) && !(o.dflt && o.euid !== p.uid);
  return false;
}
