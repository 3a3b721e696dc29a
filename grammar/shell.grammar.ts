// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var semi: any;
declare var amp: any;
declare var nl: any;
declare var andand: any;
declare var oror: any;
declare var bang: any;
declare var pipe: any;
declare var ws: any;
declare var ionum: any;
declare var great: any;
declare var dgreat: any;
declare var greatand: any;
declare var less: any;
declare var bare: any;
declare var esc: any;
declare var param: any;
declare var sqstart: any;
declare var sqend: any;
declare var sqtext: any;
declare var dqstart: any;
declare var dqend: any;
declare var dqtext: any;
declare var dqesc: any;

import { lexer } from "./lexer.js";
import * as N from "./nodes.js";

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
    {"name": "input", "symbols": [], "postprocess": N.inputEmpty},
    {"name": "input", "symbols": ["andors"], "postprocess": N.input},
    {"name": "input", "symbols": ["andors", "sep"], "postprocess": N.inputSep},
    {"name": "andors", "symbols": ["andor"], "postprocess": N.itemFirst},
    {"name": "andors", "symbols": ["andors", "sep", "andor"], "postprocess": N.itemNext},
    {"name": "sep", "symbols": [(lexer.has("semi") ? {type: "semi"} : semi)], "postprocess": N.konst(";")},
    {"name": "sep", "symbols": [(lexer.has("amp") ? {type: "amp"} : amp)], "postprocess": N.konst("&")},
    {"name": "sep", "symbols": [(lexer.has("nl") ? {type: "nl"} : nl)], "postprocess": N.konst("\n")},
    {"name": "andor", "symbols": ["pipeline"], "postprocess": N.andorFirst},
    {"name": "andor", "symbols": ["andor", "logop", "pipeline"], "postprocess": N.andorNext},
    {"name": "logop", "symbols": [(lexer.has("andand") ? {type: "andand"} : andand)], "postprocess": N.konst("&&")},
    {"name": "logop", "symbols": [(lexer.has("oror") ? {type: "oror"} : oror)], "postprocess": N.konst("||")},
    {"name": "pipeline", "symbols": ["commands"], "postprocess": N.pipeline},
    {"name": "pipeline", "symbols": ["bangs"], "postprocess": N.bangOnly},
    {"name": "pipeline", "symbols": ["bangs", "commands"], "postprocess": N.bangPipeline},
    {"name": "bangs", "symbols": [(lexer.has("bang") ? {type: "bang"} : bang), "_"], "postprocess": N.one},
    {"name": "bangs", "symbols": ["bangs", (lexer.has("bang") ? {type: "bang"} : bang), "_"], "postprocess": N.inc},
    {"name": "commands", "symbols": ["units"], "postprocess": N.first},
    {"name": "commands", "symbols": ["commands", (lexer.has("pipe") ? {type: "pipe"} : pipe), "units"], "postprocess": N.snoc(2)},
    {"name": "units", "symbols": ["segs"], "postprocess": N.firstWord},
    {"name": "units", "symbols": ["redirect"], "postprocess": N.first},
    {"name": "units", "symbols": ["units", (lexer.has("ws") ? {type: "ws"} : ws), "word"], "postprocess": N.snoc(2)},
    {"name": "units", "symbols": ["units", "redirect"], "postprocess": N.snoc(1)},
    {"name": "redirect", "symbols": ["redirop", "word"], "postprocess": N.redirect},
    {"name": "redirect", "symbols": [(lexer.has("ionum") ? {type: "ionum"} : ionum), "redirop", "word"], "postprocess": N.ioRedirect},
    {"name": "redirop", "symbols": [(lexer.has("great") ? {type: "great"} : great)], "postprocess": N.op(">")},
    {"name": "redirop", "symbols": [(lexer.has("dgreat") ? {type: "dgreat"} : dgreat)], "postprocess": N.op(">>")},
    {"name": "redirop", "symbols": [(lexer.has("greatand") ? {type: "greatand"} : greatand)], "postprocess": N.op(">&")},
    {"name": "redirop", "symbols": [(lexer.has("less") ? {type: "less"} : less)], "postprocess": N.op("<")},
    {"name": "word", "symbols": ["segs"], "postprocess": N.word},
    {"name": "word", "symbols": [(lexer.has("bang") ? {type: "bang"} : bang)], "postprocess": N.bangWord},
    {"name": "segs", "symbols": ["seg"], "postprocess": N.first},
    {"name": "segs", "symbols": ["segs", "seg"], "postprocess": N.snoc(1)},
    {"name": "seg", "symbols": [(lexer.has("bare") ? {type: "bare"} : bare)], "postprocess": N.bare},
    {"name": "seg", "symbols": [(lexer.has("esc") ? {type: "esc"} : esc)], "postprocess": N.esc},
    {"name": "seg", "symbols": [(lexer.has("param") ? {type: "param"} : param)], "postprocess": N.param},
    {"name": "seg", "symbols": [(lexer.has("sqstart") ? {type: "sqstart"} : sqstart), (lexer.has("sqend") ? {type: "sqend"} : sqend)], "postprocess": N.sqEmpty},
    {"name": "seg", "symbols": [(lexer.has("sqstart") ? {type: "sqstart"} : sqstart), (lexer.has("sqtext") ? {type: "sqtext"} : sqtext), (lexer.has("sqend") ? {type: "sqend"} : sqend)], "postprocess": N.sqText},
    {"name": "seg", "symbols": [(lexer.has("dqstart") ? {type: "dqstart"} : dqstart), "dqbody", (lexer.has("dqend") ? {type: "dqend"} : dqend)], "postprocess": N.dq},
    {"name": "dqbody", "symbols": [], "postprocess": N.nil},
    {"name": "dqbody", "symbols": ["dqbody", "dqpart"], "postprocess": N.snoc(1)},
    {"name": "dqpart", "symbols": [(lexer.has("dqtext") ? {type: "dqtext"} : dqtext)], "postprocess": N.dqText},
    {"name": "dqpart", "symbols": [(lexer.has("dqesc") ? {type: "dqesc"} : dqesc)], "postprocess": N.dqEsc},
    {"name": "dqpart", "symbols": [(lexer.has("param") ? {type: "param"} : param)], "postprocess": N.dqParam},
    {"name": "_", "symbols": [], "postprocess": N.nil},
    {"name": "_", "symbols": [(lexer.has("ws") ? {type: "ws"} : ws)], "postprocess": N.nil}
  ],
  ParserStart: "input",
};

export default grammar;
