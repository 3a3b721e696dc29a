// awk's lexer: the program text as tokens, pulled one at a time by the parser.
//
// Two things are the parser's to decide, not the lexer's: whether a `/` starts a regular
// expression or divides (the parser asks for `regexAt` where an operand may begin, as awk's yacc
// grammar drives its lexer), and where a newline ends a statement (NEWLINE is a token; the parser
// skips it where awk allows one: after `{`, `&&`, `||`, `,`, `do`, `else` …). A backslash before
// a newline joins the lines; `#` starts a comment to the end of the line.
import { AwkSyntax } from "./errors.js";

export const KEYWORDS = new Set([
  "BEGIN", "END", "function", "func", "if", "else", "while", "for", "do", "break", "continue", "next",
  "nextfile", "exit", "return", "delete", "in", "getline", "print", "printf",
]);

export const BUILTINS = new Set([
  "length", "substr", "index", "split", "sub", "gsub", "match", "sprintf", "sin", "cos", "atan2", "exp",
  "log", "sqrt", "int", "rand", "srand", "tolower", "toupper", "system", "close", "fflush",
]);

/** builtins that may wait, and each builtin's fewest and most arguments (-1: any) */
export const WAITS = new Set(["system", "close", "fflush"]);
export const ARITY: Record<string, [number, number]> = {
  length: [0, 1], substr: [2, 3], index: [2, 2], split: [2, 3], sub: [2, 3], gsub: [2, 3], match: [2, 2],
  sprintf: [1, -1], sin: [0, 1], cos: [0, 1], atan2: [2, 2], exp: [0, 1], log: [0, 1], sqrt: [0, 1], int: [0, 1],
  rand: [0, 0], srand: [0, 1], tolower: [0, 1], toupper: [0, 1], system: [1, 1], close: [1, 1], fflush: [0, 1],
};

/** operators, longest first */
const PUNCT = [
  "**=", "+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=", "++", "--", "&&", "||", ">>", "!~", "**",
  "{", "}", "(", ")", "[", "]", ";", ",", "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "=",
];

export interface Token {
  /** NUMBER STRING ERE NAME FUNC_NAME BUILTIN NEWLINE EOF, a keyword, or the operator itself */
  t: string;
  /** a name, the text of a string (escapes done), a regular expression's source */
  text: string;
  num: number;
  /** where it starts and ends in the program text */
  pos: number;
  end: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isNameStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isName = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** the escapes of a string literal: \" \\ \/ \n \t \r \b \f \v \a \ddd; any other keeps its backslash */
function stringEscape(src: string, i: number): { s: string; next: number } {
  const c = src[i]!;
  const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", a: "\x07", "\\": "\\", '"': '"', "/": "/" };
  if (c in simple) return { s: simple[c]!, next: i + 1 };
  if (c >= "0" && c <= "7") {
    let v = 0;
    let j = i;
    while (j < i + 3 && src[j] !== undefined && src[j]! >= "0" && src[j]! <= "7") v = v * 8 + Number(src[j++]);
    return { s: String.fromCharCode(v & 0xff), next: j };
  }
  return { s: "\\" + c, next: i + 1 };
}

export class Lexer {
  pos = 0;
  /** bracket balance as read, for the "missing }" lines after a syntax error */
  braces = 0;
  parens = 0;
  brackets = 0;
  constructor(readonly src: string) {}

  private tok(t: string, pos: number, text = "", num = 0): Token {
    return { t, text, num, pos, end: this.pos };
  }

  /** the line a position is on (1-based) */
  lineAt(pos: number): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === "\n") n++;
    return n;
  }

  private skipBlanks(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === " " || c === "\t" || c === "\r") this.pos++;
      else if (c === "\\" && s[this.pos + 1] === "\n") this.pos += 2;
      else if (c === "\\" && s[this.pos + 1] === "\r" && s[this.pos + 2] === "\n") this.pos += 3;
      else if (c === "#") {
        while (this.pos < s.length && s[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  next(): Token {
    this.skipBlanks();
    const s = this.src;
    const start = this.pos;
    if (start >= s.length) return this.tok("EOF", start);
    const c = s[start]!;
    if (c === "\n") {
      this.pos++;
      return this.tok("NEWLINE", start);
    }
    if (isDigit(c) || (c === "." && isDigit(s[start + 1]))) return this.number(start);
    if (isNameStart(c)) {
      while (isName(s[this.pos])) this.pos++;
      const name = s.slice(start, this.pos);
      if (KEYWORDS.has(name)) return this.tok(name === "func" ? "function" : name, start, name);
      if (BUILTINS.has(name)) return this.tok("BUILTIN", start, name);
      return this.tok(s[this.pos] === "(" ? "FUNC_NAME" : "NAME", start, name);
    }
    if (c === '"') return this.string(start);
    for (const p of PUNCT) {
      if (!s.startsWith(p, start)) continue;
      this.pos += p.length;
      this.count(p);
      // ** and **= are ^ and ^= (one-true-awk)
      const t = p === "**" ? "^" : p === "**=" ? "^=" : p;
      return this.tok(t, start, p);
    }
    this.pos++;
    throw new AwkSyntax("syntax", start, this.pos);
  }

  private count(p: string): void {
    if (p === "{") this.braces++;
    else if (p === "}") this.braces--;
    else if (p === "(") this.parens++;
    else if (p === ")") this.parens--;
    else if (p === "[") this.brackets++;
    else if (p === "]") this.brackets--;
  }

  private number(start: number): Token {
    const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.src.slice(start, start + 400))!;
    this.pos = start + m[0].length;
    return this.tok("NUMBER", start, m[0], Number(m[0]));
  }

  private string(start: number): Token {
    const s = this.src;
    let i = start + 1;
    let out = "";
    for (;;) {
      if (i >= s.length) throw new AwkSyntax("strend", start, (this.pos = i));
      const c = s[i]!;
      if (c === '"') break;
      if (c === "\n") throw new AwkSyntax("strnl", start, (this.pos = i + 1));
      if (c !== "\\") {
        out += c;
        i++;
        continue;
      }
      if (s[i + 1] === "\n") {
        i += 2;
        continue;
      }
      if (i + 1 >= s.length) throw new AwkSyntax("strend", start, (this.pos = i + 1));
      const e = stringEscape(s, i + 1);
      out += e.s;
      i = e.next;
    }
    this.pos = i + 1;
    return this.tok("STRING", start, out);
  }

  /** the token at `at` (a `/` or `/=` where an operand begins) read again as /regular expression/ */
  regexAt(at: Token): Token {
    const s = this.src;
    let i = at.pos + 1;
    let out = "";
    for (;;) {
      if (i >= s.length) throw new AwkSyntax("reend", at.pos, (this.pos = i));
      const c = s[i]!;
      if (c === "/") break;
      if (c === "\n") throw new AwkSyntax("renl", at.pos, (this.pos = i + 1));
      if (c === "\\" && i + 1 < s.length) {
        if (s[i + 1] === "/") out += "/";
        else out += c + s[i + 1];
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
    this.pos = i + 1;
    return this.tok("ERE", at.pos, out);
  }

  /** what is left of the program, for the bracket count after a syntax error */
  countRest(): void {
    for (let i = this.pos; i < this.src.length; i++) this.count(this.src[i]!);
    this.pos = this.src.length;
  }
}
