// awk programs: pattern-action items, BEGIN and END, functions, and the statements of actions.
//
// Syntax errors are reported the way awk's yacc parser reports them. An error inside an action
// is "recovered" as yacc's `simple_statement: error` rule does: the statement is dropped with
// "The statement cannot be correctly parsed", tokens are skipped to the next newline or `;`, and
// reading goes on (the end of the program while skipping ends it). An error outside the actions
// ends reading with "Quitting". Either way awk does not run the program, and the bracket counts
// say what is missing.
import type { Func, Item, Program, Stmt } from "./ast.js";
import { AwkSyntax } from "./errors.js";
import { ExprParser, isLValue } from "./expr.js";
import { Lexer } from "./lexer.js";

/** what the parser has to say: the command words it through the catalog */
export type Diag =
  | { t: "syntax"; kind: string; line: number; ctx: [string, string] | null; text: string }
  | { t: "illegal" | "bail" | "retnotfn"; line: number; ctx: [string, string] | null }
  | { t: "redef"; name: string; line: number; ctx: [string, string] | null }
  | { t: "brackets"; c: string; n: number };

/** reading stops (the end of the program came while skipping after an error) */
class Abort {}

const ACTION_END = new Set([";", "NEWLINE", "}", "EOF"]);

export class Parser extends ExprParser {
  readonly diags: Diag[] = [];
  private syntaxShown = 0;
  private contextShown = false;
  private prog: Program;

  constructor(src: string) {
    super(new Lexer(src));
    this.prog = { begin: [], end: [], items: [], funcs: new Map(), globals: this.globals };
  }

  /** the program, or null after syntax errors (diags says what they were) */
  parse(): Program | null {
    try {
      this.advance();
      this.seps();
      while (this.kind() !== "EOF") {
        this.item();
        this.seps();
      }
    } catch (e) {
      if (e instanceof Abort) this.bracketCheck();
      else if (e instanceof AwkSyntax) this.programError(e);
      else throw e;
    }
    if (this.diags.length) {
      this.bracketCheck();
      return null;
    }
    return this.prog;
  }

  private seps(): void {
    while (this.kind() === "NEWLINE" || this.kind() === ";") this.advance();
  }

  // ---- reporting ----

  private lineAt(end: number): number {
    let n = 1;
    const s = this.lx.src;
    for (let i = 0; i < end && i < s.length; i++) if (s[i] === "\n") n++;
    return n;
  }

  /** the program text before the error and the part marked >>> <<< (shown once) */
  private context(ep: number): [string, string] | null {
    if (this.contextShown) return null;
    this.contextShown = true;
    const s = this.lx.src;
    let p = ep - 1;
    if (p > 0 && s[p] === "\n") p--;
    while (p > 0 && s[p] !== "\n") p--;
    if (p < 0) p = 0;
    while (s[p] === "\n") p++;
    let q = ep - 1;
    while (q >= p && s[q] !== " " && s[q] !== "\t" && s[q] !== "\n") q--;
    return q >= p ? [s.slice(p, q), s.slice(q, ep)] : ["", s.slice(p, ep)];
  }

  private syntaxDiag(e: AwkSyntax): void {
    if (this.syntaxShown++ >= 3 && e.kind === "syntax") return;
    // a string or regular expression is shown from after its opening delimiter, as far as 10 characters
    const from = e.kind === "syntax" || e.kind === "overflow" ? e.pos : e.pos + 1;
    const text = this.lx.src.slice(from, Math.min(from + 10, e.end)).replace(/\n$/, "");
    this.diags.push({ t: "syntax", kind: e.kind, line: this.lineAt(e.end), ctx: this.context(e.end), text });
  }

  private programError(e: AwkSyntax): void {
    this.syntaxDiag(e);
    if (e.kind !== "syntax" && e.kind !== "overflow") return;
    this.bracketCheck();
    if (e.kind === "overflow") return;
    this.diags.push({ t: "bail", line: this.lineAt(e.end), ctx: null });
  }

  private bracketChecked = false;
  private bracketCheck(): void {
    if (this.bracketChecked) return;
    this.bracketChecked = true;
    this.lx.countRest();
    for (const [n, c] of [[this.lx.braces, "}"], [this.lx.brackets, "]"], [this.lx.parens, ")"]] as const)
      if (n !== 0) this.diags.push({ t: "brackets", c, n });
  }

  // ---- items ----

  private item(): void {
    const t = this.kind();
    if (t === "BEGIN" || t === "END") {
      this.advance();
      if (this.kind() !== "{") this.fail();
      (t === "BEGIN" ? this.prog.begin : this.prog.end).push(this.block());
      return;
    }
    if (t === "function") return this.funcDef();
    const line = this.lx.lineAt(this.tok.pos);
    if (this.kind() === "{") {
      this.prog.items.push({ pat: null, pat2: null, body: this.block(), line });
      return;
    }
    const pat = this.expr();
    let pat2 = null;
    if (this.kind() === ",") {
      this.advance();
      this.optNL();
      pat2 = this.expr();
    }
    const item: Item = { pat, pat2, body: null, line };
    if (this.kind() === "{") item.body = this.block();
    else if (!ACTION_END.has(this.kind())) this.fail();
    this.prog.items.push(item);
  }

  private funcDef(): void {
    this.advance();
    if (this.kind() !== "NAME" && this.kind() !== "FUNC_NAME") this.fail();
    const nameTok = this.advance();
    const line = this.lx.lineAt(nameTok.pos);
    this.expect("(");
    const params: string[] = [];
    while (this.kind() !== ")") {
      if (this.kind() !== "NAME") this.fail();
      params.push(this.advance().text);
      if (this.kind() === ",") {
        this.advance();
        this.optNL();
      } else if (this.kind() !== ")") this.fail();
    }
    this.advance();
    this.optNL();
    if (this.kind() !== "{") this.fail();
    if (this.prog.funcs.has(nameTok.text)) {
      this.diags.push({ t: "redef", name: nameTok.text, line, ctx: this.context(nameTok.end) });
    }
    this.params = params;
    try {
      const fn: Func = { name: nameTok.text, params, body: [], line };
      this.prog.funcs.set(fn.name, fn);
      fn.body = this.block();
    } finally {
      this.params = null;
    }
  }

  /** { statements } and the newlines after it */
  private block(): Stmt[] {
    this.expect("{");
    this.optNL();
    const body: Stmt[] = [];
    // the end of the program here is an error in a statement (yacc finds it there)
    while (this.kind() !== "}") body.push(this.statement());
    this.advance();
    this.optNL();
    return body;
  }

  // ---- statements ----

  private statement(): Stmt {
    this.enter();
    try {
      return this.statementOf(this.lx.lineAt(this.tok.pos));
    } catch (e) {
      if (!(e instanceof AwkSyntax) || e.kind !== "syntax") throw e;
      return this.recover(e);
    } finally {
      this.leave();
    }
  }

  /** yacc's `simple_statement: error`: say so, skip to a newline or `;` */
  private recover(e: AwkSyntax): Stmt {
    const line = this.lineAt(e.end);
    if (this.quiet === 0) this.syntaxDiag(e);
    this.diags.push({ t: "illegal", line, ctx: null });
    try {
      for (;;) {
        if (this.kind() === "EOF") throw new Abort();
        const t = this.advance().t;
        if (t === "NEWLINE" || t === ";") break;
      }
      this.optNL();
    } catch (x) {
      if (x instanceof AwkSyntax) throw new Abort();
      throw x;
    }
    this.quiet = 2;
    return { k: "nop", line };
  }

  /** after a simple statement: `;` or newlines, or the `}` that follows */
  private end(): void {
    const t = this.kind();
    if (t === ";" || t === "NEWLINE") {
      this.advance();
      this.optNL();
    } else if (t !== "}" && t !== "EOF") this.fail();
  }

  private statementOf(line: number): Stmt {
    switch (this.kind()) {
      case "EOF":
        this.fail();
      case "{":
        return { k: "block", body: this.block(), line };
      case ";":
        this.advance();
        this.optNL();
        return { k: "nop", line };
      case "if":
        return this.ifStmt(line);
      case "while": {
        this.advance();
        const c = this.condition();
        if (this.kind() === ";") {
          this.advance();
          this.optNL();
          return { k: "while", c, body: { k: "nop", line }, line };
        }
        return { k: "while", c, body: this.loopBody(), line };
      }
      case "do": {
        this.advance();
        this.optNL();
        const body = this.loopBody();
        this.expect("while");
        const c = this.condition(false);
        this.end();
        return { k: "do", body, c, line };
      }
      case "for":
        return this.forStmt(line);
    }
    return this.simple(line);
  }

  private condition(nl = true): import("./ast.js").Expr {
    this.expect("(");
    const c = this.expr();
    this.expect(")");
    if (nl) this.optNL();
    return c;
  }

  private loopBody(): Stmt {
    return this.statement();
  }

  private ifStmt(line: number): Stmt {
    this.advance();
    const c = this.condition();
    const then = this.statement();
    if (this.kind() !== "else") return { k: "if", c, then, else: null, line };
    this.advance();
    this.optNL();
    return { k: "if", c, then, else: this.statement(), line };
  }

  private forStmt(line: number): Stmt {
    this.advance();
    this.expect("(");
    const init = this.kind() === ";" ? null : this.expr();
    if (init && init.k === "in" && init.subs.length === 1 && init.subs[0]!.k === "var" && this.kind() === ")") {
      this.advance();
      this.optNL();
      const v = init.subs[0]!;
      if (!isLValue(v)) this.fail();
      return { k: "forin", v, ref: init.ref, body: this.loopBody(), line };
    }
    this.expect(";");
    this.optNL();
    const c = this.kind() === ";" ? null : this.expr();
    this.expect(";");
    this.optNL();
    const step = this.kind() === ")" ? null : this.expr();
    this.expect(")");
    this.optNL();
    if (this.kind() === ";") {
      this.advance();
      this.optNL();
      return { k: "for", init, c, step, body: { k: "nop", line }, line };
    }
    return { k: "for", init, c, step, body: this.loopBody(), line };
  }

  private simple(line: number): Stmt {
    const t = this.kind();
    let s: Stmt;
    switch (t) {
      case "print":
      case "printf":
        s = this.print(line);
        break;
      case "next":
      case "nextfile":
      case "break":
      case "continue":
        this.advance();
        s = { k: t, line };
        break;
      case "exit":
      case "return": {
        const tok = this.advance();
        if (t === "return" && this.params === null) {
          this.diags.push({ t: "retnotfn", line, ctx: this.context(tok.end) });
        }
        s = { k: t, e: ACTION_END.has(this.kind()) ? null : this.expr(), line };
        break;
      }
      case "delete": {
        this.advance();
        if (this.kind() !== "NAME") this.fail();
        const ref = this.ref(this.advance().text);
        let subs = null;
        if (this.kind() === "[") {
          this.advance();
          subs = this.exprList();
          this.expect("]");
        }
        s = { k: "delete", ref, subs, line };
        break;
      }
      default:
        s = { k: "expr", e: this.expr(), line };
    }
    this.end();
    return s;
  }

  private print(line: number): Stmt {
    const k = this.advance().t as "print" | "printf";
    let args: import("./ast.js").Expr[] = [];
    this.noGt = true;
    this.printParen = this.kind() === "(" ? this.tok : null;
    try {
      if (!ACTION_END.has(this.kind()) && this.kind() !== ">" && this.kind() !== ">>" && this.kind() !== "|") args = this.exprList();
    } finally {
      this.noGt = false;
      this.printParen = null;
    }
    if (args.length === 1 && args[0]!.k === "list") args = args[0]!.items;
    if (k === "printf" && args.length === 0) this.fail();
    let redir = null;
    const t = this.kind();
    if (t === ">" || t === ">>" || t === "|") {
      this.advance();
      const e = this.redirectTarget();
      redir = { op: t, e } as const;
    }
    return { k, args, redir, line };
  }
}
