// ksh arithmetic: $(( … )), the numeric operators of test, let-style expressions. Integers only
// (ksh88 has no floating point), C precedence, variables by name (an unset or empty variable is 0,
// a variable holding an expression is evaluated in turn), assignment operators.
//
// Numbers: decimal, octal with a leading 0 and hexadecimal with 0x (AIX 5 made ksh88's
// arithmetic follow POSIX here: 08 is an error), and ksh's base#digits (2#101, 16#ff).

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

type Tok =
  | { t: "num"; v: number }
  | { t: "name"; v: string }
  | { t: "op"; v: string }
  | { t: "end" };

const OPS = [
  "<<=", ">>=", "&&", "||", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=",
  "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~", "(", ")", "=",
];

/** signed 64-bit wrap (assumed: a 64-bit long; a 32-bit ksh would wrap at 2^31) */
const wrap = (n: number): number => {
  if (!Number.isFinite(n)) return 0;
  return Number(BigInt.asIntN(64, BigInt(Math.trunc(n))));
};

function parseNumber(s: string): number {
  let m = /^([0-9]+)#([0-9A-Za-z_@]+)$/.exec(s);
  if (m) {
    const base = Number(m[1]);
    if (base < 2 || base > 64) throw new ArithError("sh.arith.badnum", s);
    let v = 0;
    for (const c of m[2]!) {
      const d = /[0-9]/.test(c) ? Number(c) : /[a-z]/.test(c) ? c.charCodeAt(0) - 87 : /[A-Z]/.test(c) ? (base <= 36 ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 29) : c === "@" ? 62 : 63;
      if (d >= base) throw new ArithError("sh.arith.badnum", s);
      v = v * base + d;
    }
    return v;
  }
  if ((m = /^0[xX]([0-9A-Fa-f]+)$/.exec(s))) return parseInt(m[1]!, 16);
  if (/^0[0-7]+$/.test(s)) return parseInt(s, 8);
  if (/^[0-9]+$/.test(s)) {
    if (s.length > 1 && s.startsWith("0")) throw new ArithError("sh.arith.badnum", s);
    return Number(s);
  }
  throw new ArithError("sh.arith.badnum", s);
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === " " || c === "\t" || c === "\n") {
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+#[0-9A-Za-z_@]+|^0[xX][0-9A-Fa-f]+|^[0-9A-Za-z_]+/.exec(src.slice(i))!;
      out.push({ t: "num", v: parseNumber(m[0]) });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      out.push({ t: "name", v: m[0] });
      i += m[0].length;
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

/** binary operators by precedence level, loosest first (assignment is handled apart) */
const LEVELS: string[][] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];
const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="]);

function apply(op: string, a: number, b: number, src: string): number {
  switch (op) {
    case "||":
      return a !== 0 || b !== 0 ? 1 : 0;
    case "&&":
      return a !== 0 && b !== 0 ? 1 : 0;
    case "|":
      return Number(BigInt(a) | BigInt(b));
    case "^":
      return Number(BigInt(a) ^ BigInt(b));
    case "&":
      return Number(BigInt(a) & BigInt(b));
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
    case ">=":
      return a >= b ? 1 : 0;
    case "<<":
      return wrap(Number(BigInt.asIntN(64, BigInt(a) << BigInt(b & 63))));
    case ">>":
      return Number(BigInt(a) >> BigInt(b & 63));
    case "+":
      return wrap(a + b);
    case "-":
      return wrap(a - b);
    case "*":
      return Number(BigInt.asIntN(64, BigInt(a) * BigInt(b)));
    case "/":
      if (b === 0) throw new ArithError("sh.arith.divzero", src);
      return wrap(a / b);
    case "%":
      if (b === 0) throw new ArithError("sh.arith.divzero", src);
      return wrap(a % b);
    default:
      throw new ArithError("sh.arith.syntax", src);
  }
}

class Evaluator {
  private pos = 0;
  private toks: Tok[];
  constructor(
    private src: string,
    private vars: ArithVars,
    private depth: number,
  ) {
    this.toks = tokenize(src);
  }

  run(): number {
    if (this.peek().t === "end") return 0;
    const v = this.assignment(true);
    const t = this.peek();
    if (t.t !== "end") {
      if (t.t === "op" && t.v === ")") throw new ArithError("sh.arith.paren", this.src);
      throw new ArithError("sh.arith.syntax", this.src);
    }
    return v;
  }

  private peek(): Tok {
    return this.toks[this.pos]!;
  }

  private next(): Tok {
    return this.toks[this.pos++]!;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === "op" && t.v === v;
  }

  private variable(name: string): number {
    const raw = this.vars.get(name);
    if (raw === undefined || raw.trim() === "") return 0;
    if (/^-?[0-9]+$/.test(raw.trim())) return Number(raw.trim());
    if (this.depth > 9) throw new ArithError("sh.arith.recursion", name);
    return new Evaluator(raw, this.vars, this.depth + 1).run();
  }

  private assignment(live: boolean): number {
    const t = this.peek();
    const after = this.toks[this.pos + 1];
    if (t.t === "name" && after !== undefined && after.t === "op" && ASSIGN.has(after.v)) {
      this.pos += 2;
      const rhs = this.assignment(live);
      const op = after.v;
      const v = op === "=" ? rhs : apply(op.slice(0, -1), this.variable(t.v), rhs, this.src);
      if (live) this.vars.set(t.v, String(v));
      return v;
    }
    const v = this.binary(0, live);
    const n = this.peek();
    if (n.t === "op" && ASSIGN.has(n.v)) throw new ArithError("sh.arith.lvalue", this.src);
    return v;
  }

  private binary(level: number, live: boolean): number {
    if (level >= LEVELS.length) return this.unary(live);
    const ops = LEVELS[level]!;
    let a = this.binary(level + 1, live);
    for (;;) {
      const t = this.peek();
      if (t.t !== "op" || !ops.includes(t.v)) return a;
      this.pos++;
      // && and || do not evaluate (assign in) their right side when the left decides
      const rightLive = live && !((t.v === "&&" && a === 0) || (t.v === "||" && a !== 0));
      const b = this.binary(level + 1, rightLive);
      a = apply(t.v, a, b, this.src);
    }
  }

  private unary(live: boolean): number {
    const t = this.next();
    if (t.t === "end") throw new ArithError("sh.arith.more", this.src);
    if (t.t === "num") return t.v;
    if (t.t === "name") return this.variable(t.v);
    switch (t.v) {
      case "-":
        return wrap(-this.unary(live));
      case "+":
        return this.unary(live);
      case "!":
        return this.unary(live) === 0 ? 1 : 0;
      case "~":
        return Number(~BigInt(this.unary(live)));
      case "(": {
        const v = this.assignment(live);
        if (!this.isOp(")")) {
          if (this.peek().t === "end") throw new ArithError("sh.arith.paren", this.src);
          throw new ArithError("sh.arith.syntax", this.src);
        }
        this.pos++;
        return v;
      }
      default:
        throw new ArithError("sh.arith.syntax", this.src);
    }
  }
}

/** evaluate an arithmetic expression (already parameter-expanded) */
export function evalArith(src: string, vars: ArithVars): number {
  return new Evaluator(src, vars, 0).run();
}
