// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var kwand: any;
declare var ident: any;
declare var cmp: any;
declare var kwlike: any;
declare var sq: any;
declare var dq: any;
declare var bare: any;
declare var vws: any;
declare var ws: any;

import moo from "moo";

// `main` reads field names, `and` and operators; an operator pushes `val`, which reads one value.
const lexer = moo.states({
  main: {
    ws: { match: /[ \t\r\n]+/, lineBreaks: true },
    kwand: /[aA][nN][dD](?![A-Za-z0-9_])/,
    kwlike: { match: /[lL][iI][kK][eE](?![A-Za-z0-9_])/, push: "val" },
    ident: /[A-Za-z_][A-Za-z0-9_]*/,
    cmp: { match: /<=|>=|!=|=|<|>/, push: "val" },
    error: moo.error,
  },
  val: {
    vws: { match: /[ \t\r\n]+/, lineBreaks: true },
    sq: { match: /'[^']*'/, lineBreaks: true, pop: 1 },
    dq: { match: /"[^"]*"/, lineBreaks: true, pop: 1 },
    bare: { match: /[A-Za-z0-9_./*?\[\]!-]+/, pop: 1 },
    error: moo.error,
  },
});

interface Term { field: string; op: "=" | "!=" | "<" | ">" | "<=" | ">=" | "like"; value: string }
interface Cons { h: Term; t: Cons | null }
const term = (field: { text: string }, op: Term["op"], v: { type?: string; text: string }): Term => ({
  field: field.text,
  op,
  value: v.type === "bare" ? v.text : v.text.slice(1, -1),
});

interface NearleyToken {
  value: any;
  [key: string]: any;
};

interface NearleyLexer {
  reset: (chunk: string, info: any) => void;
  next: () => NearleyToken | undefined;
  save: () => any;
  formatError: (token: never) => string;
  has: (tokenType: string) => boolean;
};

interface NearleyRule {
  name: string;
  symbols: NearleySymbol[];
  postprocess?: (d: any[], loc?: number, reject?: {}) => any;
};

type NearleySymbol = string | { literal: any } | { test: (token: any) => boolean };

interface Grammar {
  Lexer: NearleyLexer | undefined;
  ParserRules: NearleyRule[];
  ParserStart: string;
};

const grammar: Grammar = {
  Lexer: lexer,
  ParserRules: [
    {"name": "criteria", "symbols": ["_", "terms", "_"], "postprocess": (d): Cons => d[1]},
    {"name": "terms", "symbols": ["term"], "postprocess": (d): Cons => ({ h: d[0], t: null })},
    {"name": "terms", "symbols": ["terms", "_", (lexer.has("kwand") ? {type: "kwand"} : kwand), "_", "term"], "postprocess": (d): Cons => ({ h: d[4], t: d[0] })},
    {"name": "term", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "_", (lexer.has("cmp") ? {type: "cmp"} : cmp), "vws", "value"], "postprocess": (d): Term => term(d[0], d[2].text, d[4])},
    {"name": "term", "symbols": [(lexer.has("ident") ? {type: "ident"} : ident), "_", (lexer.has("kwlike") ? {type: "kwlike"} : kwlike), "vws", "value"], "postprocess": (d): Term => term(d[0], "like", d[4])},
    {"name": "value", "symbols": [(lexer.has("sq") ? {type: "sq"} : sq)], "postprocess": id},
    {"name": "value", "symbols": [(lexer.has("dq") ? {type: "dq"} : dq)], "postprocess": id},
    {"name": "value", "symbols": [(lexer.has("bare") ? {type: "bare"} : bare)], "postprocess": id},
    {"name": "vws", "symbols": []},
    {"name": "vws", "symbols": [(lexer.has("vws") ? {type: "vws"} : vws)]},
    {"name": "_", "symbols": []},
    {"name": "_", "symbols": [(lexer.has("ws") ? {type: "ws"} : ws)]}
  ],
  ParserStart: "criteria",
};

export default grammar;
