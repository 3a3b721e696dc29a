// ksh arithmetic: $(( … )), (( … )), let, typeset -i, the numeric operators of test. Integers
// only (ksh88 has no floating point), C precedence, variables by name (an unset or empty variable
// is 0, a variable holding an expression is evaluated in turn, at most 9 deep), assignment
// operators.
//
// Values are C longs of a 64-bit ksh (AIX 7's /usr/bin/ksh): +, -, * and the constants wrap at
// 2^64 as two's complement, / truncates toward zero, % takes the sign of the dividend, and a shift
// counts by the low 7 bits of its right side, as the POWER instructions sld / srad do (64 to 127
// shifts everything out: 0, or the sign for >>). A value is kept as a JavaScript number while it
// is a safe integer (the common case, and the fast one) and as a bigint beyond that; each value has
// one form only, so === and < compare them.
//
// Numbers: decimal, octal with a leading 0 and hexadecimal with 0x (AIX 5 made ksh88's
// arithmetic follow POSIX here: 08 is an error), and ksh's base#digits (2#101, 16#ff).
//
// The evaluator is an operator-precedence parser with explicit stacks, not a recursive one:
// parentheses nested thousands deep cost memory, not the host's call stack.

/** an arithmetic error: `id` is a catalog id (engine/os/aix/catalog-common.ts), `text` the operand */
export class ArithError extends Error {
  constructor(readonly id: string, readonly text: string) {
    super(`${id}: ${text}`);
  }
}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** a C long: a number while it is a safe integer, a bigint (never a safe one) beyond */
export type Int = number | bigint;

/** the one form of a 64-bit value */
function norm(x: bigint): Int {
  const w = BigInt.asIntN(64, x);
  const n = Number(w);
  return Number.isSafeInteger(n) ? n : w;
}

const big = (a: Int): bigint => (typeof a === "bigint" ? a : BigInt(a));
/** below this, a quotient of two numbers is exact in floating point */
const EXACT_DIV = 2 ** 52;

type Tok = { t: "num"; v: Int } | { t: "name"; v: string } | { t: "op"; v: string } | { t: "end" };

const OPS = [
  "<<=", ">>=", "&&", "||", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=",
  "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~", "(", ")", "=",
];

/** binary operators → precedence (assignment, the loosest, is handled apart) */
const PREC: Record<string, number> = {
  "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6, "<": 7, "<=": 7, ">": 7, ">=": 7,
  "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
};
const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="]);
const UNARY = new Set(["-", "+", "!", "~"]);

/** the value of a digit in ksh's base#digits */
function digit(c: string, base: number): number {
  if (c >= "0" && c <= "9") return c.charCodeAt(0) - 48;
  if (c >= "a" && c <= "z") return c.charCodeAt(0) - 87;
  if (c >= "A" && c <= "Z") return base <= 36 ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 29;
  return c === "@" ? 62 : 63;
}

function parseNumber(s: string): Int {
  let m = /^([0-9]+)#([0-9A-Za-z_@]+)$/.exec(s);
  if (m) {
    const base = Number(m[1]);
    if (base < 2 || base > 64) throw new ArithError("sh.arith.badnum", s);
    // as ksh88 does it: r = base*r + digit, in a C long (mod 2^64 at the end is the same)
    let v = 0n;
    const b = BigInt(base);
    for (const c of m[2]!) {
      const d = digit(c, base);
      if (d >= base) throw new ArithError("sh.arith.badnum", s);
      v = v * b + BigInt(d);
    }
    return norm(v);
  }
  if ((m = /^0[xX]([0-9A-Fa-f]+)$/.exec(s))) return norm(BigInt("0x" + m[1]!));
  if (/^0[0-7]+$/.test(s)) return norm(BigInt("0o" + s.slice(1)));
  if (/^[0-9]+$/.test(s)) {
    if (s.length > 1 && s.startsWith("0")) throw new ArithError("sh.arith.badnum", s);
    return s.length <= 15 ? Number(s) : norm(BigInt(s));
  }
  throw new ArithError("sh.arith.badnum", s);
}

const NUM = /[0-9]+#[0-9A-Za-z_@]+|0[xX][0-9A-Fa-f]+|[0-9A-Za-z_]+/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      NUM.lastIndex = i;
      const m = NUM.exec(src)![0];
      out.push({ t: "num", v: parseNumber(m) });
      i += m.length;
      continue;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      IDENT.lastIndex = i;
      const m = IDENT.exec(src)![0];
      out.push({ t: "name", v: m });
      i += m.length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op === undefined) throw new ArithError("sh.arith.syntax", src);
    out.push({ t: "op", v: op });
    i += op.length;
  }
  out.push({ t: "end" });
  return out;
}

/** tokens of the expressions seen lately (a loop evaluates the same text again and again) */
const tokenMemo = new Map<string, Tok[] | ArithError>();
function tokensOf(src: string): Tok[] {
  let t = tokenMemo.get(src);
  if (t === undefined) {
    try {
      t = tokenize(src);
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      t = e;
    }
    if (tokenMemo.size >= 500) tokenMemo.clear();
    tokenMemo.set(src, t);
  }
  if (t instanceof ArithError) throw new ArithError(t.id, t.text);
  return t;
}

/** a C long operation on two values */
export function binop(op: string, a: Int, b: Int, src: string): Int {
  if (typeof a === "number" && typeof b === "number") {
    let r: number;
    switch (op) {
      case "+":
        r = a + b;
        break;
      case "-":
        r = a - b;
        break;
      case "*":
        r = a * b;
        break;
      case "/":
        if (b === 0) throw new ArithError("sh.arith.divzero", src);
        if (Math.abs(a) >= EXACT_DIV || Math.abs(b) >= EXACT_DIV) return bigop(op, a, b);
        return Math.trunc(a / b);
      case "%":
        if (b === 0) throw new ArithError("sh.arith.divzero", src);
        return a % b;
      case "&":
      case "|":
      case "^":
        if ((a | 0) !== a || (b | 0) !== b) return bigop(op, a, b);
        return op === "&" ? a & b : op === "|" ? a | b : a ^ b;
      default:
        return bigop(op, a, b);
    }
    // a true result past 2^53 rounds to a float that is no safe integer: done again in 64 bits
    return Number.isSafeInteger(r) ? r : bigop(op, a, b);
  }
  if ((op === "/" || op === "%") && b === 0) throw new ArithError("sh.arith.divzero", src);
  return bigop(op, a, b);
}

function bigop(op: string, a: Int, b: Int): Int {
  const x = big(a);
  const y = big(b);
  switch (op) {
    case "+":
      return norm(x + y);
    case "-":
      return norm(x - y);
    case "*":
      return norm(x * y);
    case "/":
      return norm(x / y);
    case "%":
      return norm(x % y);
    case "&":
      return norm(x & y);
    case "|":
      return norm(x | y);
    case "^":
      return norm(x ^ y);
    case "<<":
    case ">>": {
      // sld / srad: the count is the low 7 bits of the right side
      const n = BigInt.asUintN(7, y);
      if (n >= 64n) return op === "<<" ? 0 : x < 0n ? -1 : 0;
      return norm(op === "<<" ? x << n : x >> n);
    }
    default:
      throw new Error(`arith: no operator ${op}`);
  }
}

function compare(op: string, a: Int, b: Int): Int {
  switch (op) {
    case "==":
      return a === b ? 1 : 0;
    case "!=":
      return a !== b ? 1 : 0;
    case "<":
      return a < b ? 1 : 0;
    case "<=":
      return a <= b ? 1 : 0;
    case ">":
      return a > b ? 1 : 0;
    default:
      return a >= b ? 1 : 0;
  }
}

function unop(op: string, a: Int): Int {
  switch (op) {
    case "-":
      return typeof a === "number" ? -a : norm(-a);
    case "!":
      return a === 0 ? 1 : 0;
    case "~":
      return typeof a === "number" ? -a - 1 : norm(~a);
    default:
      return a;
  }
}

/** an operator waiting for its right side, or an open parenthesis */
type Frame =
  | { k: "un"; op: string }
  | { k: "bin"; op: string; prec: number; live: boolean }
  | { k: "assign"; op: string; name: string; old: Int; live: boolean }
  | { k: "paren" };

class Evaluator {
  private pos = 0;
  private toks: Tok[];
  private vals: Int[] = [];
  private frames: Frame[] = [];
  /** assignments take effect (not on the side of && and || that the left side decides) */
  private live = true;
  constructor(
    private src: string,
    private vars: ArithVars,
    private depth: number,
  ) {
    this.toks = tokensOf(src);
  }

  run(): Int {
    if (this.toks[0]!.t === "end") return 0;
    // an assignment may start here: at the start, after `(` and after an assignment operator
    let assignable = true;
    for (;;) {
      // an operand (after any unary operators and open parentheses)
      const t = this.toks[this.pos++]!;
      if (t.t === "end") throw new ArithError("sh.arith.more", this.src);
      if (t.t === "num") this.vals.push(t.v);
      else if (t.t === "name") {
        const n = this.toks[this.pos]!;
        if (assignable && n.t === "op" && ASSIGN.has(n.v)) {
          this.pos++;
          this.frames.push({ k: "assign", op: n.v, name: t.v, old: n.v === "=" ? 0 : this.variable(t.v), live: this.live });
          continue;
        }
        this.vals.push(this.variable(t.v));
      } else if (t.v === "(") {
        this.frames.push({ k: "paren" });
        assignable = true;
        continue;
      } else if (UNARY.has(t.v)) {
        this.frames.push({ k: "un", op: t.v });
        assignable = false;
        continue;
      } else throw new ArithError("sh.arith.syntax", this.src);
      // then operators: `)` closes, a binary operator wants another operand
      assignable = false;
      const end = this.operators();
      if (end) return this.vals[0]!;
    }
  }

  /** after an operand: close parentheses, then a binary operator (false) or the end (true) */
  private operators(): boolean {
    for (;;) {
      const t = this.toks[this.pos++]!;
      if (t.t === "end") {
        this.reduceTo(null);
        return true;
      }
      if (t.t !== "op") throw new ArithError("sh.arith.syntax", this.src);
      if (t.v === ")") {
        this.reduceTo("paren");
        continue;
      }
      if (ASSIGN.has(t.v)) throw new ArithError("sh.arith.lvalue", this.src);
      const prec = PREC[t.v];
      if (prec === undefined) throw new ArithError("sh.arith.syntax", this.src);
      this.reduceAbove(prec);
      const left = this.vals[this.vals.length - 1]!;
      this.frames.push({ k: "bin", op: t.v, prec, live: this.live });
      // && and || do not assign on their right side when the left decides
      if (t.v === "&&" && left === 0) this.live = false;
      else if (t.v === "||" && left !== 0) this.live = false;
      return false;
    }
  }

  /** apply the operators that bind at least as tightly as one of precedence `prec` */
  private reduceAbove(prec: number): void {
    for (;;) {
      const f = this.frames[this.frames.length - 1];
      if (f === undefined || f.k === "paren" || f.k === "assign" || (f.k === "bin" && f.prec < prec)) return;
      this.frames.pop();
      this.apply(f);
    }
  }

  /** apply everything down to the innermost `(` (and drop it), or to the bottom (null) */
  private reduceTo(stop: "paren" | null): void {
    for (;;) {
      const f = this.frames.pop();
      if (f === undefined) {
        if (stop === "paren") throw new ArithError("sh.arith.paren", this.src);
        return;
      }
      if (f.k === "paren") {
        if (stop === null) throw new ArithError("sh.arith.paren", this.src);
        return;
      }
      this.apply(f);
    }
  }

  private apply(f: Exclude<Frame, { k: "paren" }>): void {
    const b = this.vals.pop()!;
    if (f.k === "un") {
      this.vals.push(unop(f.op, b));
      return;
    }
    if (f.k === "assign") {
      const v = f.op === "=" ? b : binop(f.op.slice(0, -1), f.old, b, this.src);
      if (f.live) this.vars.set(f.name, String(v));
      this.vals.push(v);
      return;
    }
    const a = this.vals.pop()!;
    this.live = f.live;
    let v: Int;
    if (f.op === "&&") v = a !== 0 && b !== 0 ? 1 : 0;
    else if (f.op === "||") v = a !== 0 || b !== 0 ? 1 : 0;
    else if (f.prec === 6 || f.prec === 7) v = compare(f.op, a, b);
    else v = binop(f.op, a, b, this.src);
    this.vals.push(v);
  }

  private variable(name: string): Int {
    const raw = this.vars.get(name);
    if (raw === undefined || raw === "") return 0;
    // the common case: a plain decimal value
    if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(raw)) return Number(raw);
    if (raw.trim() === "") return 0;
    if (this.depth > 9) throw new ArithError("sh.arith.recursion", name);
    return new Evaluator(raw, this.vars, this.depth + 1).run();
  }
}

/** evaluate an arithmetic expression (already parameter-expanded) */
export function evalArith(src: string, vars: ArithVars): Int {
  return new Evaluator(src, vars, 0).run();
}
