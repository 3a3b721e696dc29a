// The matcher for what RE2 cannot express: back-references (\1 … \9 in a BRE), and the few
// patterns RE2 refuses to compile that POSIX allows (nested intervals past RE2's 1000 copies).
//
// Design. Matching with back-references is NP-hard, so no engine answers every such pattern in
// linear time; this one makes the cost visible and stoppable instead:
// - The pattern is compiled to a small program (char, any, set, anchors, save, split, jump,
//   back-reference, and a mark/check pair that stops a loop whose body matched nothing). A
//   `Search` runs it with an explicit backtracking stack (no recursion: a long subject cannot
//   exhaust the host's stack) and counts every instruction it executes as a step.
// - A search is resumable: `run(limit)` executes at most `limit` steps and says whether it has
//   finished. Regex.execCo (re.ts) runs it in slices and charges the steps to the process
//   (sys.charge); when the process has used its quantum it gives the processor back, so the
//   scheduler runs the others, Ctrl-C (SIGINT) ends it like any command that runs, and the
//   session's step budget stops it. A caught signal (an interactive shell's) ends it with EINTR.
//   The plain synchronous Regex.exec cannot give the processor back; it stops after SYNC_STEPS
//   and fails with ENOMEM, as regexec fails with REG_ESPACE when its backtracking has no room.
// - Semantics are POSIX leftmost-longest: at the leftmost start that matches, every way is tried
//   and the longest kept (stopping early when a match reaches the end of the subject). A superset
//   of the pattern, with each back-reference replaced by a copy of its group, runs first in RE2:
//   a subject it does not match is refused in linear time, and the search starts at the first
//   position where the superset matches.
import type { CharSet } from "./bracket.js";
import { setHas } from "./bracket.js";
import { nullable, RegexError, type Re } from "./regex.js";

const CHAR = 0, ANY = 1, SET = 2, BOL = 3, EOL = 4, SAVE = 5, SPLIT = 6, JMP = 7, BACKREF = 8, MARK = 9, CHECK = 10, MATCH = 11;

/** programs larger than this are refused (regcomp's REG_ESPACE) */
const MAX_PROGRAM = 1 << 20;

export interface Program {
  op: number[];
  a: number[];
  b: number[];
  sets: CharSet[];
  /** capture slots: 2 per group, the whole match being group 0 */
  slots: number;
  /** registers of the mark/check pairs */
  regs: number;
  icase: boolean;
  multiline: boolean;
}

const fold = (cp: number): number => (cp < 128 ? (cp >= 65 && cp <= 90 ? cp + 32 : cp) : String.fromCodePoint(cp).toLowerCase().codePointAt(0)!);

class Compiler {
  p: Program;
  constructor(groups: number, icase: boolean, multiline: boolean) {
    this.p = { op: [], a: [], b: [], sets: [], slots: 2 * (groups + 1), regs: 0, icase, multiline };
  }
  emit(op: number, a = 0, b = 0): number {
    if (this.p.op.length >= MAX_PROGRAM) throw new RegexError("pattern too large", "overflow");
    this.p.op.push(op);
    this.p.a.push(a);
    this.p.b.push(b);
    return this.p.op.length - 1;
  }
  gen(re: Re): void {
    const p = this.p;
    switch (re.t) {
      case "char":
        this.emit(CHAR, p.icase ? fold(re.c) : re.c);
        return;
      case "any":
        this.emit(ANY);
        return;
      case "set":
        p.sets.push(re.set);
        this.emit(SET, p.sets.length - 1);
        return;
      case "bol":
        this.emit(BOL);
        return;
      case "eol":
        this.emit(EOL);
        return;
      case "group":
        this.emit(SAVE, 2 * re.n);
        this.gen(re.body);
        this.emit(SAVE, 2 * re.n + 1);
        return;
      case "cat":
        for (const x of re.items) this.gen(x);
        return;
      case "alt": {
        const jumps: number[] = [];
        re.alts.forEach((x, k) => {
          if (k === re.alts.length - 1) return this.gen(x);
          const split = this.emit(SPLIT, 0, 0);
          p.a[split] = split + 1;
          this.gen(x);
          jumps.push(this.emit(JMP));
          p.b[split] = p.op.length;
        });
        for (const j of jumps) p.a[j] = p.op.length;
        return;
      }
      case "rep":
        return this.rep(re.body, re.min, re.max);
      case "backref":
        this.emit(BACKREF, re.n);
        return;
    }
  }
  private rep(body: Re, min: number, max: number): void {
    const p = this.p;
    for (let k = 0; k < min; k++) this.gen(body);
    if (max === -1) {
      // loop: split(body, out); [mark] body [check] jmp loop — a body that matched nothing ends it
      const empty = nullable(body);
      const reg = empty ? p.regs++ : 0;
      const loop = this.emit(SPLIT);
      p.a[loop] = loop + 1;
      if (empty) this.emit(MARK, reg);
      this.gen(body);
      if (empty) this.emit(CHECK, reg);
      this.emit(JMP, loop);
      p.b[loop] = p.op.length;
      return;
    }
    const outs: number[] = [];
    for (let k = min; k < max; k++) {
      const s = this.emit(SPLIT);
      p.a[s] = s + 1;
      outs.push(s);
      this.gen(body);
    }
    for (const s of outs) p.b[s] = p.op.length;
  }
}

export function compileProgram(re: Re, groups: number, icase: boolean, multiline: boolean): Program {
  const c = new Compiler(groups, icase, multiline);
  c.emit(SAVE, 0);
  c.gen(re);
  c.emit(SAVE, 1);
  c.emit(MATCH);
  return c.p;
}

/** branch, restore a capture slot, restore a register: the kinds of the backtracking stack */
const BRANCH = 0, UNSAVE = 1, UNREG = 2;

/** one search for the leftmost-longest match of a program in a subject, resumable */
export class Search {
  private caps: Int32Array;
  private regs: Int32Array;
  private stack: number[] = [];
  private pc = 0;
  private sp = 0;
  private start: number;
  private started = false;
  /** the longest match found at `start` so far */
  private best: Int32Array | null = null;
  result: Int32Array | null = null;
  done = false;

  /**
   * `bol0`: position 0 of the subject is the start of a line. `next(from)`: the next start
   * position worth trying at or after `from` (the superset prefilter), or -1 for none.
   */
  constructor(
    private prog: Program,
    private s: string,
    from: number,
    private bol0: boolean,
    private next: (from: number) => number,
  ) {
    this.caps = new Int32Array(prog.slots);
    this.regs = new Int32Array(prog.regs);
    this.start = from;
  }

  /** run at most `limit` steps; true when the search has finished (see `result`) */
  run(limit: number): boolean {
    const { op, a, b } = this.prog;
    const s = this.s;
    const n = s.length;
    const stack = this.stack;
    if (this.done) return true;
    if (!this.started && !this.begin()) return true;
    let pc = this.pc;
    let sp = this.sp;
    let steps = 0;
    for (;;) {
      if (++steps > limit) {
        this.pc = pc;
        this.sp = sp;
        return false;
      }
      let ok = true;
      switch (op[pc]) {
        case CHAR: {
          const cp = sp < n ? s.codePointAt(sp)! : -1;
          if (cp >= 0 && (this.prog.icase ? fold(cp) : cp) === a[pc]) {
            sp += cp > 0xffff ? 2 : 1;
            pc++;
          } else ok = false;
          break;
        }
        case ANY: {
          const cp = sp < n ? s.codePointAt(sp)! : -1;
          if (cp >= 0 && !(cp === 10 && this.prog.multiline)) {
            sp += cp > 0xffff ? 2 : 1;
            pc++;
          } else ok = false;
          break;
        }
        case SET: {
          const cp = sp < n ? s.codePointAt(sp)! : -1;
          if (cp >= 0 && setHas(this.prog.sets[a[pc]!]!, cp, this.prog.icase) && !(cp === 10 && this.prog.multiline && this.prog.sets[a[pc]!]!.neg)) {
            sp += cp > 0xffff ? 2 : 1;
            pc++;
          } else ok = false;
          break;
        }
        case BOL:
          if ((sp === 0 && this.bol0) || (this.prog.multiline && sp > 0 && s.charCodeAt(sp - 1) === 10)) pc++;
          else ok = false;
          break;
        case EOL:
          if (sp === n || (this.prog.multiline && s.charCodeAt(sp) === 10)) pc++;
          else ok = false;
          break;
        case SAVE:
          stack.push(UNSAVE, a[pc]!, this.caps[a[pc]!]!);
          this.caps[a[pc]!] = sp;
          pc++;
          break;
        case SPLIT:
          stack.push(BRANCH, b[pc]!, sp);
          pc = a[pc]!;
          break;
        case JMP:
          pc = a[pc]!;
          break;
        case MARK:
          stack.push(UNREG, a[pc]!, this.regs[a[pc]!]!);
          this.regs[a[pc]!] = sp;
          pc++;
          break;
        case CHECK:
          if (this.regs[a[pc]!] === sp) ok = false;
          else pc++;
          break;
        case BACKREF: {
          const len = this.backref(a[pc]!, sp);
          if (len < 0) ok = false;
          else {
            sp += len;
            pc++;
          }
          break;
        }
        case MATCH:
          if (this.best === null || sp > this.best[1]!) this.best = this.caps.slice();
          // nothing can be longer than a match to the end
          if (sp === n) stack.length = 0;
          ok = false;
          break;
      }
      if (ok) continue;
      // backtrack: undo to the last branch; none left: this start is done
      let resumed = false;
      while (stack.length) {
        const v = stack.pop()!;
        const x = stack.pop()!;
        const kind = stack.pop()!;
        if (kind === BRANCH) {
          pc = x;
          sp = v;
          resumed = true;
          break;
        }
        if (kind === UNSAVE) this.caps[x] = v;
        else this.regs[x] = v;
      }
      if (resumed) continue;
      if (this.best !== null) {
        this.result = this.best;
        this.done = true;
        return true;
      }
      this.start++;
      if (!this.begin()) return true;
      pc = 0;
      sp = this.start;
    }
  }

  /** set up the next start position; false (and done, no match) when there is none */
  private begin(): boolean {
    this.started = true;
    const at = this.start <= this.s.length ? this.next(this.start) : -1;
    if (at < 0) {
      this.done = true;
      return false;
    }
    this.start = at;
    this.caps.fill(-1);
    this.regs.fill(-1);
    this.pc = 0;
    this.sp = at;
    return true;
  }

  /** the length the back-reference to group g matches at sp, or -1 */
  private backref(g: number, sp: number): number {
    const st = this.caps[2 * g]!;
    const en = this.caps[2 * g + 1]!;
    if (st < 0 || en < 0) return -1;
    const len = en - st;
    const s = this.s;
    if (sp + len > s.length) return -1;
    if (!this.prog.icase) return s.startsWith(s.slice(st, en), sp) ? len : -1;
    return s.slice(st, en).toLowerCase() === s.slice(sp, sp + len).toLowerCase() ? len : -1;
  }
}
