// The parsed awk program. Names are resolved while parsing: a global is its Cell, a function's
// parameter its slot in the call's frame. Every expression knows whether it may wait (a getline, a
// user function, system, close: `co`), so the rest is evaluated without a coroutine.
import type { AwkArray } from "./array.js";
import { UNINIT, type Value } from "./value.js";

/** a variable: a scalar value, or an array once used as one */
export class Cell {
  val: Value = UNINIT;
  arr: AwkArray | null = null;
  /** a parameter given an untyped variable: that variable becomes the array this one becomes */
  origin: Cell | null = null;
  constructor(readonly name: string) {}
}

export type Ref = { scope: "global"; name: string; cell: Cell } | { scope: "local"; name: string; index: number };

interface Base {
  /** it may wait (getline, a user function, system, close) */
  co: boolean;
  /** how deep the tree under it is */
  depth: number;
}

export type Expr = Base &
  (
    | { k: "num"; v: number }
    | { k: "str"; v: string }
    | { k: "re"; src: string; line: number }
    | { k: "var"; ref: Ref }
    | { k: "field"; e: Expr }
    | { k: "index"; ref: Ref; subs: Expr[] }
    | { k: "in"; subs: Expr[]; ref: Ref }
    | { k: "assign"; op: string; lv: LValue; e: Expr }
    | { k: "cond"; c: Expr; a: Expr; b: Expr }
    | { k: "and" | "or"; a: Expr; b: Expr }
    | { k: "not" | "neg" | "plus"; e: Expr }
    | { k: "bin"; op: string; a: Expr; b: Expr }
    | { k: "cat"; a: Expr; b: Expr }
    | { k: "cmp"; op: string; a: Expr; b: Expr }
    | { k: "match"; neg: boolean; a: Expr; re: Expr }
    | { k: "incdec"; op: "++" | "--"; post: boolean; lv: LValue }
    | { k: "builtin"; name: string; args: Expr[]; line: number }
    | { k: "call"; name: string; args: Expr[]; line: number }
    | { k: "getline"; src: "main" | "file" | "cmd"; lv: LValue | null; from: Expr | null }
    | { k: "group"; e: Expr }
    | { k: "list"; items: Expr[] }
  );

export type LValue = Extract<Expr, { k: "var" } | { k: "field" } | { k: "index" }>;

export interface Redirect {
  op: ">" | ">>" | "|";
  e: Expr;
}

export type Stmt = { line: number } & (
  | { k: "expr"; e: Expr }
  | { k: "print" | "printf"; args: Expr[]; redir: Redirect | null }
  | { k: "if"; c: Expr; then: Stmt; else: Stmt | null }
  | { k: "while"; c: Expr; body: Stmt }
  | { k: "do"; body: Stmt; c: Expr }
  | { k: "for"; init: Expr | null; c: Expr | null; step: Expr | null; body: Stmt }
  | { k: "forin"; v: LValue; ref: Ref; body: Stmt }
  | { k: "block"; body: Stmt[] }
  | { k: "next" | "nextfile" | "break" | "continue" | "nop" }
  | { k: "exit" | "return"; e: Expr | null }
  | { k: "delete"; ref: Ref; subs: Expr[] | null }
);

export interface Item {
  /** no pattern: every record; one: where it is true; two: the range from the first to the second */
  pat: Expr | null;
  pat2: Expr | null;
  /** null: print the record */
  body: Stmt[] | null;
  line: number;
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
  line: number;
}

export interface Program {
  begin: Stmt[][];
  end: Stmt[][];
  items: Item[];
  funcs: Map<string, Func>;
  globals: Map<string, Cell>;
}

/** the variables awk itself sets or reads */
export const SPECIALS = [
  "NF", "NR", "FNR", "FS", "OFS", "ORS", "RS", "SUBSEP", "FILENAME", "ENVIRON", "ARGC", "ARGV", "RSTART",
  "RLENGTH", "CONVFMT", "OFMT",
] as const;
