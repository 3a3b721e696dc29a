// awk expressions by recursive descent, lowest precedence first:
//   assignment (right) · ?: (right) · || · && · in · ~ !~ · relational (non-associative) ·
//   concatenation · + - · * / % · unary ! - + · ^ (right) · ++ -- · $ · ( )
// A `/` where an operand begins is a regular expression; `cmd | getline [var]` binds to the whole
// concatenation on its left; inside print's list an unparenthesized `>` is a redirection; `(a, b)`
// stands only before `in` or as print's whole list. How deep the program nests is counted, so a
// pathological one is a syntax error and never the host's stack.
import { Cell, type Expr, type LValue, type Ref } from "./ast.js";
import { AwkSyntax, MAX_NESTING } from "./errors.js";
import { ARITY, WAITS, type Lexer, type Token } from "./lexer.js";

const ASSIGN = new Set(["=", "+=", "-=", "*=", "/=", "%=", "^="]);
const RELOPS = new Set(["<", "<=", "==", "!=", ">=", ">"]);
/** tokens that may begin the right operand of a concatenation */
const OPERAND = new Set(["NUMBER", "STRING", "NAME", "FUNC_NAME", "BUILTIN", "$", "(", "++", "--"]);
/** after a (list) that is print's whole list */
const PRINT_END = new Set([">", ">>", "|", ";", "NEWLINE", "}", "EOF"]);
/** the deepest an expression tree may be (a long chain of operators) */
const MAX_TREE = 1000;

export const isLValue = (e: Expr): e is LValue => e.k === "var" || e.k === "field" || e.k === "index";

export class ExprParser {
  tok: Token;
  private ahead: Token | null = null;
  private nest = 0;
  /** in print's list: an unparenthesized > is a redirection */
  protected noGt = false;
  /** the ( that opens a print statement's list */
  protected printParen: Token | null = null;
  /** the parameters of the function being read */
  protected params: string[] | null = null;
  readonly globals = new Map<string, Cell>();
  /** tokens taken since the last recovery from a syntax error (yacc's quiet period) */
  protected quiet = 0;

  constructor(protected lx: Lexer) {
    // the first token is read when parsing starts (reading it may find an error)
    this.tok = { t: "NEWLINE", text: "", num: 0, pos: 0, end: 0 };
  }

  /** the current token's kind (a getter: TypeScript must not narrow it across advance()) */
  protected kind(): string {
    return this.tok.t;
  }

  protected advance(): Token {
    const t = this.tok;
    this.tok = this.ahead ?? this.lx.next();
    this.ahead = null;
    if (this.quiet > 0) this.quiet--;
    return t;
  }

  private peek(): Token {
    return (this.ahead ??= this.lx.next());
  }

  protected fail(kind = "syntax"): never {
    throw new AwkSyntax(kind, this.tok.pos, this.tok.end);
  }

  protected expect(t: string): Token {
    if (this.kind() !== t) this.fail();
    return this.advance();
  }

  protected optNL(): void {
    while (this.kind() === "NEWLINE") this.advance();
  }

  /** one level deeper; past the limit the program is refused */
  protected enter(): void {
    if (++this.nest > MAX_NESTING) this.fail("overflow");
  }

  protected leave(): void {
    this.nest--;
  }

  protected ref(name: string): Ref {
    const i = this.params ? this.params.indexOf(name) : -1;
    if (i >= 0) return { scope: "local", name, index: i };
    let cell = this.globals.get(name);
    if (!cell) this.globals.set(name, (cell = new Cell(name)));
    return { scope: "global", name, cell };
  }

  /** a node with its depth and whether it may wait, from its children's */
  protected mk(n: Record<string, unknown>, kids: readonly (Expr | null | undefined)[], co = false): Expr {
    let depth = 0;
    for (const c of kids) {
      if (!c) continue;
      if (c.depth > depth) depth = c.depth;
      if (c.co) co = true;
    }
    if (depth >= MAX_TREE) this.fail("overflow");
    return { ...n, co, depth: depth + 1 } as unknown as Expr;
  }

  expr(): Expr {
    this.enter();
    try {
      const lhs = this.ternary();
      if (!ASSIGN.has(this.kind()) || !isLValue(lhs)) return lhs;
      const op = this.advance().t;
      const rhs = this.expr();
      return this.mk({ k: "assign", op, lv: lhs, e: rhs }, [lhs, rhs]);
    } finally {
      this.leave();
    }
  }

  protected exprList(): Expr[] {
    const list = [this.expr()];
    while (this.kind() === ",") {
      this.advance();
      this.optNL();
      list.push(this.expr());
    }
    return list;
  }

  private ternary(): Expr {
    const c = this.binary("||");
    if (this.kind() !== "?") return c;
    this.advance();
    this.optNL();
    const a = this.expr();
    this.expect(":");
    this.optNL();
    this.enter();
    try {
      const b = this.ternary();
      return this.mk({ k: "cond", c, a, b }, [c, a, b]);
    } finally {
      this.leave();
    }
  }

  /** || and && (a newline may follow either) */
  private binary(op: "||" | "&&"): Expr {
    let a = op === "||" ? this.binary("&&") : this.inExpr();
    while (this.kind() === op) {
      this.advance();
      this.optNL();
      const b = op === "||" ? this.binary("&&") : this.inExpr();
      a = this.mk({ k: op === "||" ? "or" : "and", a, b }, [a, b]);
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.kind() === "in") {
      this.advance();
      if (this.kind() !== "NAME") this.fail();
      const ref = this.ref(this.advance().text);
      const subs = a.k === "list" ? a.items : [a];
      a = this.mk({ k: "in", subs, ref }, subs);
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.relational();
    while (this.kind() === "~" || this.kind() === "!~") {
      const neg = this.advance().t === "!~";
      const re = this.relational();
      a = this.mk({ k: "match", neg, a, re }, [a, re]);
    }
    return a;
  }

  private relational(): Expr {
    const a = this.concat();
    const t = this.kind();
    if (!RELOPS.has(t) || (this.noGt && t === ">")) return a;
    this.advance();
    const b = this.concat();
    return this.mk({ k: "cmp", op: t, a, b }, [a, b]);
  }

  /** where print's output goes: no concatenation (one-true-awk's `term`) */
  protected redirectTarget(): Expr {
    return this.additive();
  }

  private concat(): Expr {
    let a = this.additive();
    for (;;) {
      if (this.kind() === "|" && this.peek().t === "getline") {
        this.advance();
        this.advance();
        const lv = this.getlineTarget();
        a = this.mk({ k: "getline", src: "cmd", lv, from: a }, [a, lv], true);
        continue;
      }
      if (!OPERAND.has(this.kind())) return a;
      const b = this.additive();
      a = this.mk({ k: "cat", a, b }, [a, b]);
    }
  }

  private additive(): Expr {
    let a = this.multiplicative();
    while (this.kind() === "+" || this.kind() === "-") {
      const op = this.advance().t;
      const b = this.multiplicative();
      a = this.mk({ k: "bin", op, a, b }, [a, b]);
    }
    return a;
  }

  private multiplicative(): Expr {
    let a = this.unary();
    while (this.kind() === "*" || this.kind() === "/" || this.kind() === "%") {
      const op = this.advance().t;
      const b = this.unary();
      a = this.mk({ k: "bin", op, a, b }, [a, b]);
    }
    return a;
  }

  private unary(): Expr {
    const t = this.kind();
    if (t !== "!" && t !== "-" && t !== "+") return this.power();
    this.advance();
    this.enter();
    try {
      const e = this.unary();
      return this.mk({ k: t === "!" ? "not" : t === "-" ? "neg" : "plus", e }, [e]);
    } finally {
      this.leave();
    }
  }

  private power(): Expr {
    const a = this.postfix();
    if (this.kind() !== "^") return a;
    this.advance();
    this.enter();
    try {
      const t = this.kind();
      const b = t === "-" || t === "+" || t === "!" ? this.unary() : this.power();
      return this.mk({ k: "bin", op: "^", a, b }, [a, b]);
    } finally {
      this.leave();
    }
  }

  private postfix(): Expr {
    const a = this.primary();
    if (isLValue(a) && (this.kind() === "++" || this.kind() === "--")) {
      const op = this.advance().t;
      return this.mk({ k: "incdec", op, post: true, lv: a }, [a]);
    }
    return a;
  }

  private primary(): Expr {
    const tok = this.tok;
    switch (tok.t) {
      case "NUMBER":
        this.advance();
        return this.mk({ k: "num", v: tok.num }, []);
      case "STRING":
        this.advance();
        return this.mk({ k: "str", v: tok.text }, []);
      case "/":
      case "/=": {
        const re = this.lx.regexAt(tok);
        this.tok = this.lx.next();
        return this.mk({ k: "re", src: re.text, line: this.lx.lineAt(re.pos) }, []);
      }
      case "$":
        return this.field();
      case "(":
        return this.paren();
      case "++":
      case "--": {
        this.advance();
        this.enter();
        try {
          const lv = this.primary();
          if (!isLValue(lv)) this.fail();
          return this.mk({ k: "incdec", op: tok.t, post: false, lv }, [lv]);
        } finally {
          this.leave();
        }
      }
      case "-":
      case "+":
      case "!":
        return this.unary();
      case "NAME":
        return this.variable();
      case "FUNC_NAME": {
        this.advance();
        const args = this.callArgs();
        return this.mk({ k: "call", name: tok.text, args, line: this.lx.lineAt(tok.pos) }, args, true);
      }
      case "BUILTIN":
        return this.builtin();
      case "getline": {
        this.advance();
        const lv = this.getlineTarget();
        if (this.kind() !== "<") return this.mk({ k: "getline", src: "main", lv, from: null }, [lv], true);
        this.advance();
        const from = this.postfix();
        return this.mk({ k: "getline", src: "file", lv, from }, [lv, from], true);
      }
    }
    this.fail();
  }

  /** $ and what it applies to: a primary, or ++/--/-/!/+ and theirs */
  private field(): Expr {
    this.advance();
    this.enter();
    try {
      const e = this.primary();
      return this.mk({ k: "field", e }, [e]);
    } finally {
      this.leave();
    }
  }

  /** ( expr ) or ( expr, expr … ) before `in` or as a print statement's whole list */
  private paren(): Expr {
    const open = this.advance();
    this.enter();
    const saved = this.noGt;
    this.noGt = false;
    try {
      const e = this.expr();
      if (this.kind() !== ",") {
        this.expect(")");
        return this.mk({ k: "group", e }, [e]);
      }
      const items = [e];
      while (this.kind() === ",") {
        this.advance();
        this.optNL();
        items.push(this.expr());
      }
      this.expect(")");
      if (this.kind() !== "in" && !(open === this.printParen && PRINT_END.has(this.kind()))) this.fail();
      return this.mk({ k: "list", items }, items);
    } finally {
      this.noGt = saved;
      this.leave();
    }
  }

  private variable(): Expr {
    const name = this.advance().text;
    const ref = this.ref(name);
    if (this.kind() !== "[") return this.mk({ k: "var", ref }, []);
    this.advance();
    const saved = this.noGt;
    this.noGt = false;
    try {
      const subs = this.exprList();
      this.expect("]");
      return this.mk({ k: "index", ref, subs }, subs);
    } finally {
      this.noGt = saved;
    }
  }

  private callArgs(): Expr[] {
    this.expect("(");
    const saved = this.noGt;
    this.noGt = false;
    try {
      this.optNL();
      const args = this.kind() === ")" ? [] : this.exprList();
      this.optNL();
      this.expect(")");
      return args;
    } finally {
      this.noGt = saved;
    }
  }

  private builtin(): Expr {
    const tok = this.advance();
    const name = tok.text;
    const line = this.lx.lineAt(tok.pos);
    if (name === "length" && this.kind() !== "(") return this.mk({ k: "builtin", name, args: [], line }, []);
    const args = this.callArgs();
    const [lo, hi] = ARITY[name]!;
    if (args.length < lo || (hi >= 0 && args.length > hi)) this.fail();
    // split's second argument is an array; sub and gsub change their third
    if (name === "split" && args[1]!.k !== "var") this.fail();
    if ((name === "sub" || name === "gsub") && args[2] && !isLValue(args[2])) this.fail();
    return this.mk({ k: "builtin", name, args, line }, args, WAITS.has(name));
  }

  /** the variable getline reads into, if one follows */
  private getlineTarget(): LValue | null {
    if (this.kind() === "NAME") return this.variable() as LValue;
    if (this.kind() === "$") return this.field() as LValue;
    return null;
  }
}
