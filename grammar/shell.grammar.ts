// Generated automatically by nearley, version 2.20.1
// http://github.com/Hardmath123/nearley
// Bypasses TS6133. Allow declared but unused functions.
// @ts-ignore
function id(d: any[]): any { return d[0]; }
declare var hdtext: any;
declare var hdesc: any;
declare var semi: any;
declare var amp: any;
declare var pipeamp: any;
declare var nl: any;
declare var andand: any;
declare var oror: any;
declare var kwtime: any;
declare var bang: any;
declare var pipe: any;
declare var ws: any;
declare var ionum: any;
declare var great: any;
declare var dgreat: any;
declare var greatand: any;
declare var clobber: any;
declare var less: any;
declare var lessand: any;
declare var lessgreat: any;
declare var dless: any;
declare var dlessdash: any;
declare var kwfunction: any;
declare var funcname: any;
declare var fnlparen: any;
declare var fnrparen: any;
declare var lbrace: any;
declare var rbrace: any;
declare var lparen: any;
declare var rparen: any;
declare var bare: any;
declare var kwin: any;
declare var kwdlbrack: any;
declare var kwdrbrack: any;
declare var arithcmd: any;
declare var arithcmdend: any;
declare var kwwhile: any;
declare var kwuntil: any;
declare var kwif: any;
declare var kwthen: any;
declare var kwfi: any;
declare var kwelse: any;
declare var kwcase: any;
declare var kwcin: any;
declare var kwesac: any;
declare var kwfor: any;
declare var kwselect: any;
declare var kwdo: any;
declare var kwdone: any;
declare var kwelif: any;
declare var patend: any;
declare var dsemi: any;
declare var condor: any;
declare var condand: any;
declare var condnot: any;
declare var condlp: any;
declare var condrp: any;
declare var condunop: any;
declare var condbinop: any;
declare var xglob: any;
declare var esc: any;
declare var param: any;
declare var sqstart: any;
declare var sqend: any;
declare var sqtext: any;
declare var dqstart: any;
declare var dqend: any;
declare var subst: any;
declare var substend: any;
declare var bqstart: any;
declare var bqend: any;
declare var bqtext: any;
declare var arithstart: any;
declare var arithend: any;
declare var plen: any;
declare var badsub: any;
declare var pexp: any;
declare var pexpend: any;
declare var badparam: any;
declare var btext: any;
declare var dqtext: any;
declare var dqesc: any;
declare var arithtext: any;
declare var arithlp: any;
declare var arithrp: any;

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
    {"name": "hdbody", "symbols": [], "postprocess": N.nil},
    {"name": "hdbody", "symbols": ["hdbody", "hdpart"], "postprocess": N.snoc(1)},
    {"name": "hdpart", "symbols": ["dqpart"], "postprocess": id},
    {"name": "hdpart", "symbols": [(lexer.has("hdtext") ? {type: "hdtext"} : hdtext)], "postprocess": N.dqText},
    {"name": "hdpart", "symbols": [(lexer.has("hdesc") ? {type: "hdesc"} : hdesc)], "postprocess": N.dqEsc},
    {"name": "clist", "symbols": ["andors"], "postprocess": N.input},
    {"name": "clist", "symbols": ["andors", "sep"], "postprocess": N.inputSep},
    {"name": "andors", "symbols": ["andor"], "postprocess": N.itemFirst},
    {"name": "andors", "symbols": ["andors", "sep", "andor"], "postprocess": N.itemNext},
    {"name": "sep", "symbols": [(lexer.has("semi") ? {type: "semi"} : semi)], "postprocess": N.konst(";")},
    {"name": "sep", "symbols": [(lexer.has("amp") ? {type: "amp"} : amp)], "postprocess": N.konst("&")},
    {"name": "sep", "symbols": [(lexer.has("pipeamp") ? {type: "pipeamp"} : pipeamp)], "postprocess": N.konst("|&")},
    {"name": "sep", "symbols": [(lexer.has("nl") ? {type: "nl"} : nl)], "postprocess": N.konst("\n")},
    {"name": "andor", "symbols": ["pipeline"], "postprocess": N.andorFirst},
    {"name": "andor", "symbols": ["andor", "logop", "pipeline"], "postprocess": N.andorNext},
    {"name": "logop", "symbols": [(lexer.has("andand") ? {type: "andand"} : andand)], "postprocess": N.konst("&&")},
    {"name": "logop", "symbols": [(lexer.has("oror") ? {type: "oror"} : oror)], "postprocess": N.konst("||")},
    {"name": "pipeline", "symbols": ["commands"], "postprocess": N.pipeline},
    {"name": "pipeline", "symbols": ["bangs"], "postprocess": N.bangOnly},
    {"name": "pipeline", "symbols": ["bangs", "commands"], "postprocess": N.bangPipeline},
    {"name": "pipeline", "symbols": [(lexer.has("kwtime") ? {type: "kwtime"} : kwtime), "pipeline"], "postprocess": N.timed},
    {"name": "bangs", "symbols": [(lexer.has("bang") ? {type: "bang"} : bang), "_"], "postprocess": N.one},
    {"name": "bangs", "symbols": ["bangs", (lexer.has("bang") ? {type: "bang"} : bang), "_"], "postprocess": N.inc},
    {"name": "commands", "symbols": ["units"], "postprocess": N.first},
    {"name": "commands", "symbols": ["compound"], "postprocess": N.first},
    {"name": "commands", "symbols": ["commands", (lexer.has("pipe") ? {type: "pipe"} : pipe), "units"], "postprocess": N.snoc(2)},
    {"name": "commands", "symbols": ["commands", (lexer.has("pipe") ? {type: "pipe"} : pipe), "compound"], "postprocess": N.snoc(2)},
    {"name": "units", "symbols": ["segs"], "postprocess": N.firstWord},
    {"name": "units", "symbols": ["redirect"], "postprocess": N.first},
    {"name": "units", "symbols": ["units", (lexer.has("ws") ? {type: "ws"} : ws), "word"], "postprocess": N.snoc(2)},
    {"name": "units", "symbols": ["units", "redirect"], "postprocess": N.snoc(1)},
    {"name": "redirect", "symbols": ["redirop", "word"], "postprocess": N.redirect},
    {"name": "redirect", "symbols": [(lexer.has("ionum") ? {type: "ionum"} : ionum), "redirop", "word"], "postprocess": N.ioRedirect},
    {"name": "redirect", "symbols": ["heredoc", "word"], "postprocess": N.hdRedirect},
    {"name": "redirect", "symbols": [(lexer.has("ionum") ? {type: "ionum"} : ionum), "heredoc", "word"], "postprocess": N.ioHdRedirect},
    {"name": "redirop", "symbols": [(lexer.has("great") ? {type: "great"} : great)], "postprocess": N.op(">")},
    {"name": "redirop", "symbols": [(lexer.has("dgreat") ? {type: "dgreat"} : dgreat)], "postprocess": N.op(">>")},
    {"name": "redirop", "symbols": [(lexer.has("greatand") ? {type: "greatand"} : greatand)], "postprocess": N.op(">&")},
    {"name": "redirop", "symbols": [(lexer.has("clobber") ? {type: "clobber"} : clobber)], "postprocess": N.op(">|")},
    {"name": "redirop", "symbols": [(lexer.has("less") ? {type: "less"} : less)], "postprocess": N.op("<")},
    {"name": "redirop", "symbols": [(lexer.has("lessand") ? {type: "lessand"} : lessand)], "postprocess": N.op("<&")},
    {"name": "redirop", "symbols": [(lexer.has("lessgreat") ? {type: "lessgreat"} : lessgreat)], "postprocess": N.op("<>")},
    {"name": "heredoc", "symbols": [(lexer.has("dless") ? {type: "dless"} : dless)], "postprocess": N.heredocOp},
    {"name": "heredoc", "symbols": [(lexer.has("dlessdash") ? {type: "dlessdash"} : dlessdash)], "postprocess": N.heredocOp},
    {"name": "compound", "symbols": ["cbody"], "postprocess": N.compound},
    {"name": "compound", "symbols": ["cbody", "redirs"], "postprocess": N.compoundIo},
    {"name": "compound", "symbols": ["funcdef"], "postprocess": id},
    {"name": "funcdef", "symbols": [(lexer.has("kwfunction") ? {type: "kwfunction"} : kwfunction), (lexer.has("funcname") ? {type: "funcname"} : funcname), "compound"], "postprocess": N.funcKsh},
    {"name": "funcdef", "symbols": [(lexer.has("funcname") ? {type: "funcname"} : funcname), (lexer.has("fnlparen") ? {type: "fnlparen"} : fnlparen), (lexer.has("fnrparen") ? {type: "fnrparen"} : fnrparen), "compound"], "postprocess": N.funcPosix},
    {"name": "redirs", "symbols": ["redirect"], "postprocess": N.first},
    {"name": "redirs", "symbols": ["redirs", "redirect"], "postprocess": N.snoc(1)},
    {"name": "cbody", "symbols": [(lexer.has("lbrace") ? {type: "lbrace"} : lbrace), "clist", (lexer.has("rbrace") ? {type: "rbrace"} : rbrace)], "postprocess": N.group},
    {"name": "cbody", "symbols": [(lexer.has("lparen") ? {type: "lparen"} : lparen), "clist", (lexer.has("rparen") ? {type: "rparen"} : rparen)], "postprocess": N.subshell},
    {"name": "cbody", "symbols": ["forsel", (lexer.has("bare") ? {type: "bare"} : bare), "dogroup"], "postprocess": N.forBare},
    {"name": "cbody", "symbols": ["forsel", (lexer.has("bare") ? {type: "bare"} : bare), "fsep", "dogroup"], "postprocess": N.forBareSep},
    {"name": "cbody", "symbols": ["forsel", (lexer.has("bare") ? {type: "bare"} : bare), (lexer.has("kwin") ? {type: "kwin"} : kwin), "fsep", "dogroup"], "postprocess": N.forEmpty},
    {"name": "cbody", "symbols": ["forsel", (lexer.has("bare") ? {type: "bare"} : bare), (lexer.has("kwin") ? {type: "kwin"} : kwin), "fwords", "fsep", "dogroup"], "postprocess": N.forIn},
    {"name": "cbody", "symbols": [(lexer.has("kwdlbrack") ? {type: "kwdlbrack"} : kwdlbrack), "cexpr", (lexer.has("kwdrbrack") ? {type: "kwdrbrack"} : kwdrbrack)], "postprocess": N.cond},
    {"name": "cbody", "symbols": [(lexer.has("arithcmd") ? {type: "arithcmd"} : arithcmd), "abody", (lexer.has("arithcmdend") ? {type: "arithcmdend"} : arithcmdend)], "postprocess": N.arithCmd},
    {"name": "cbody", "symbols": [(lexer.has("kwwhile") ? {type: "kwwhile"} : kwwhile), "clist", "dogroup"], "postprocess": N.loop("while")},
    {"name": "cbody", "symbols": [(lexer.has("kwuntil") ? {type: "kwuntil"} : kwuntil), "clist", "dogroup"], "postprocess": N.loop("until")},
    {"name": "cbody", "symbols": [(lexer.has("kwif") ? {type: "kwif"} : kwif), "clist", (lexer.has("kwthen") ? {type: "kwthen"} : kwthen), "clist", "elifs", (lexer.has("kwfi") ? {type: "kwfi"} : kwfi)], "postprocess": N.ifFi},
    {"name": "cbody", "symbols": [(lexer.has("kwif") ? {type: "kwif"} : kwif), "clist", (lexer.has("kwthen") ? {type: "kwthen"} : kwthen), "clist", "elifs", (lexer.has("kwelse") ? {type: "kwelse"} : kwelse), "clist", (lexer.has("kwfi") ? {type: "kwfi"} : kwfi)], "postprocess": N.ifElse},
    {"name": "cbody", "symbols": [(lexer.has("kwcase") ? {type: "kwcase"} : kwcase), "word", (lexer.has("kwcin") ? {type: "kwcin"} : kwcin), (lexer.has("kwesac") ? {type: "kwesac"} : kwesac)], "postprocess": N.caseOf(null, null)},
    {"name": "cbody", "symbols": [(lexer.has("kwcase") ? {type: "kwcase"} : kwcase), "word", (lexer.has("kwcin") ? {type: "kwcin"} : kwcin), "arms", (lexer.has("kwesac") ? {type: "kwesac"} : kwesac)], "postprocess": N.caseOf(3, null)},
    {"name": "cbody", "symbols": [(lexer.has("kwcase") ? {type: "kwcase"} : kwcase), "word", (lexer.has("kwcin") ? {type: "kwcin"} : kwcin), "lastarm", (lexer.has("kwesac") ? {type: "kwesac"} : kwesac)], "postprocess": N.caseOf(null, 3)},
    {"name": "cbody", "symbols": [(lexer.has("kwcase") ? {type: "kwcase"} : kwcase), "word", (lexer.has("kwcin") ? {type: "kwcin"} : kwcin), "arms", "lastarm", (lexer.has("kwesac") ? {type: "kwesac"} : kwesac)], "postprocess": N.caseOf(3, 4)},
    {"name": "forsel", "symbols": [(lexer.has("kwfor") ? {type: "kwfor"} : kwfor)], "postprocess": N.konst("for")},
    {"name": "forsel", "symbols": [(lexer.has("kwselect") ? {type: "kwselect"} : kwselect)], "postprocess": N.konst("select")},
    {"name": "dogroup", "symbols": [(lexer.has("kwdo") ? {type: "kwdo"} : kwdo), "clist", (lexer.has("kwdone") ? {type: "kwdone"} : kwdone)], "postprocess": N.dogroup},
    {"name": "fsep", "symbols": [(lexer.has("semi") ? {type: "semi"} : semi)], "postprocess": N.nil},
    {"name": "fsep", "symbols": [(lexer.has("nl") ? {type: "nl"} : nl)], "postprocess": N.nil},
    {"name": "fwords", "symbols": ["word"], "postprocess": N.first},
    {"name": "fwords", "symbols": ["fwords", (lexer.has("ws") ? {type: "ws"} : ws), "word"], "postprocess": N.snoc(2)},
    {"name": "elifs", "symbols": [], "postprocess": N.nil},
    {"name": "elifs", "symbols": ["elifs", (lexer.has("kwelif") ? {type: "kwelif"} : kwelif), "clist", (lexer.has("kwthen") ? {type: "kwthen"} : kwthen), "clist"], "postprocess": N.elif},
    {"name": "arms", "symbols": ["arm"], "postprocess": N.first},
    {"name": "arms", "symbols": ["arms", "arm"], "postprocess": N.snoc(1)},
    {"name": "arm", "symbols": ["pattern", (lexer.has("patend") ? {type: "patend"} : patend), (lexer.has("dsemi") ? {type: "dsemi"} : dsemi)], "postprocess": N.arm(false)},
    {"name": "arm", "symbols": ["pattern", (lexer.has("patend") ? {type: "patend"} : patend), "clist", (lexer.has("dsemi") ? {type: "dsemi"} : dsemi)], "postprocess": N.arm(true)},
    {"name": "lastarm", "symbols": ["pattern", (lexer.has("patend") ? {type: "patend"} : patend)], "postprocess": N.arm(false)},
    {"name": "lastarm", "symbols": ["pattern", (lexer.has("patend") ? {type: "patend"} : patend), "clist"], "postprocess": N.arm(true)},
    {"name": "pattern", "symbols": ["patwords"], "postprocess": id},
    {"name": "pattern", "symbols": [(lexer.has("lparen") ? {type: "lparen"} : lparen), "patwords"], "postprocess": N.nth(1)},
    {"name": "patwords", "symbols": ["word"], "postprocess": N.first},
    {"name": "patwords", "symbols": ["patwords", (lexer.has("pipe") ? {type: "pipe"} : pipe), "word"], "postprocess": N.snoc(2)},
    {"name": "cexpr", "symbols": ["cterm"], "postprocess": id},
    {"name": "cexpr", "symbols": ["cexpr", (lexer.has("condor") ? {type: "condor"} : condor), "cterm"], "postprocess": N.condBin("or")},
    {"name": "cterm", "symbols": ["cfact"], "postprocess": id},
    {"name": "cterm", "symbols": ["cterm", (lexer.has("condand") ? {type: "condand"} : condand), "cfact"], "postprocess": N.condBin("and")},
    {"name": "cfact", "symbols": ["cprim"], "postprocess": id},
    {"name": "cfact", "symbols": [(lexer.has("condnot") ? {type: "condnot"} : condnot), "cfact"], "postprocess": N.condNot},
    {"name": "cprim", "symbols": [(lexer.has("condlp") ? {type: "condlp"} : condlp), "cexpr", (lexer.has("condrp") ? {type: "condrp"} : condrp)], "postprocess": N.nth(1)},
    {"name": "cprim", "symbols": [(lexer.has("condunop") ? {type: "condunop"} : condunop), "copnd"], "postprocess": N.condUnary},
    {"name": "cprim", "symbols": ["copnd", (lexer.has("condbinop") ? {type: "condbinop"} : condbinop), "copnd"], "postprocess": N.condBinary},
    {"name": "cprim", "symbols": ["copnd"], "postprocess": N.condWord},
    {"name": "copnd", "symbols": ["word"], "postprocess": id},
    {"name": "copnd", "symbols": [(lexer.has("condunop") ? {type: "condunop"} : condunop)], "postprocess": N.opWord},
    {"name": "copnd", "symbols": [(lexer.has("condbinop") ? {type: "condbinop"} : condbinop)], "postprocess": N.opWord},
    {"name": "copnd", "symbols": [(lexer.has("condnot") ? {type: "condnot"} : condnot)], "postprocess": N.opWord},
    {"name": "word", "symbols": ["segs"], "postprocess": N.word},
    {"name": "word", "symbols": [(lexer.has("bang") ? {type: "bang"} : bang)], "postprocess": N.bangWord},
    {"name": "segs", "symbols": ["seg"], "postprocess": N.first},
    {"name": "segs", "symbols": ["segs", "seg"], "postprocess": N.snoc(1)},
    {"name": "seg", "symbols": [(lexer.has("bare") ? {type: "bare"} : bare)], "postprocess": N.bare},
    {"name": "seg", "symbols": [(lexer.has("xglob") ? {type: "xglob"} : xglob)], "postprocess": N.bare},
    {"name": "seg", "symbols": [(lexer.has("esc") ? {type: "esc"} : esc)], "postprocess": N.esc},
    {"name": "seg", "symbols": [(lexer.has("param") ? {type: "param"} : param)], "postprocess": N.param},
    {"name": "seg", "symbols": [(lexer.has("sqstart") ? {type: "sqstart"} : sqstart), (lexer.has("sqend") ? {type: "sqend"} : sqend)], "postprocess": N.sqEmpty},
    {"name": "seg", "symbols": [(lexer.has("sqstart") ? {type: "sqstart"} : sqstart), (lexer.has("sqtext") ? {type: "sqtext"} : sqtext), (lexer.has("sqend") ? {type: "sqend"} : sqend)], "postprocess": N.sqText},
    {"name": "seg", "symbols": [(lexer.has("dqstart") ? {type: "dqstart"} : dqstart), "dqbody", (lexer.has("dqend") ? {type: "dqend"} : dqend)], "postprocess": N.dq},
    {"name": "seg", "symbols": [(lexer.has("subst") ? {type: "subst"} : subst), "input", (lexer.has("substend") ? {type: "substend"} : substend)], "postprocess": N.cmdsub(false)},
    {"name": "seg", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bqEmpty(false)},
    {"name": "seg", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqtext") ? {type: "bqtext"} : bqtext), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bq(false)},
    {"name": "seg", "symbols": [(lexer.has("arithstart") ? {type: "arithstart"} : arithstart), "abody", (lexer.has("arithend") ? {type: "arithend"} : arithend)], "postprocess": N.arith(false)},
    {"name": "seg", "symbols": [(lexer.has("plen") ? {type: "plen"} : plen)], "postprocess": N.plen(false)},
    {"name": "seg", "symbols": [(lexer.has("badsub") ? {type: "badsub"} : badsub)], "postprocess": N.badsub(false)},
    {"name": "seg", "symbols": [(lexer.has("pexp") ? {type: "pexp"} : pexp), "bword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.pexp(false)},
    {"name": "seg", "symbols": [(lexer.has("badparam") ? {type: "badparam"} : badparam), "bword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.badparam(false)},
    {"name": "bword", "symbols": [], "postprocess": N.nil},
    {"name": "bword", "symbols": ["bword", "bpart"], "postprocess": N.snoc(1)},
    {"name": "bpart", "symbols": ["seg"], "postprocess": id},
    {"name": "bpart", "symbols": [(lexer.has("btext") ? {type: "btext"} : btext)], "postprocess": N.bare},
    {"name": "dqbody", "symbols": [], "postprocess": N.nil},
    {"name": "dqbody", "symbols": ["dqbody", "dqpart"], "postprocess": N.snoc(1)},
    {"name": "dqpart", "symbols": [(lexer.has("dqtext") ? {type: "dqtext"} : dqtext)], "postprocess": N.dqText},
    {"name": "dqpart", "symbols": [(lexer.has("dqesc") ? {type: "dqesc"} : dqesc)], "postprocess": N.dqEsc},
    {"name": "dqpart", "symbols": [(lexer.has("param") ? {type: "param"} : param)], "postprocess": N.dqParam},
    {"name": "dqpart", "symbols": [(lexer.has("subst") ? {type: "subst"} : subst), "input", (lexer.has("substend") ? {type: "substend"} : substend)], "postprocess": N.cmdsub(true)},
    {"name": "dqpart", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bqEmpty(true)},
    {"name": "dqpart", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqtext") ? {type: "bqtext"} : bqtext), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bq(true)},
    {"name": "dqpart", "symbols": [(lexer.has("arithstart") ? {type: "arithstart"} : arithstart), "abody", (lexer.has("arithend") ? {type: "arithend"} : arithend)], "postprocess": N.arith(true)},
    {"name": "dqpart", "symbols": [(lexer.has("plen") ? {type: "plen"} : plen)], "postprocess": N.plen(true)},
    {"name": "dqpart", "symbols": [(lexer.has("badsub") ? {type: "badsub"} : badsub)], "postprocess": N.badsub(true)},
    {"name": "dqpart", "symbols": [(lexer.has("pexp") ? {type: "pexp"} : pexp), "dqbword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.pexp(true)},
    {"name": "dqpart", "symbols": [(lexer.has("badparam") ? {type: "badparam"} : badparam), "dqbword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.badparam(true)},
    {"name": "dqbword", "symbols": [], "postprocess": N.nil},
    {"name": "dqbword", "symbols": ["dqbword", "dqbpart"], "postprocess": N.snoc(1)},
    {"name": "dqbpart", "symbols": [(lexer.has("dqtext") ? {type: "dqtext"} : dqtext)], "postprocess": N.bare},
    {"name": "dqbpart", "symbols": [(lexer.has("dqesc") ? {type: "dqesc"} : dqesc)], "postprocess": N.dqEsc},
    {"name": "dqbpart", "symbols": [(lexer.has("param") ? {type: "param"} : param)], "postprocess": N.param},
    {"name": "dqbpart", "symbols": [(lexer.has("subst") ? {type: "subst"} : subst), "input", (lexer.has("substend") ? {type: "substend"} : substend)], "postprocess": N.cmdsub(false)},
    {"name": "dqbpart", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bqEmpty(true)},
    {"name": "dqbpart", "symbols": [(lexer.has("bqstart") ? {type: "bqstart"} : bqstart), (lexer.has("bqtext") ? {type: "bqtext"} : bqtext), (lexer.has("bqend") ? {type: "bqend"} : bqend)], "postprocess": N.bq(true)},
    {"name": "dqbpart", "symbols": [(lexer.has("arithstart") ? {type: "arithstart"} : arithstart), "abody", (lexer.has("arithend") ? {type: "arithend"} : arithend)], "postprocess": N.arith(false)},
    {"name": "dqbpart", "symbols": [(lexer.has("plen") ? {type: "plen"} : plen)], "postprocess": N.plen(false)},
    {"name": "dqbpart", "symbols": [(lexer.has("badsub") ? {type: "badsub"} : badsub)], "postprocess": N.badsub(false)},
    {"name": "dqbpart", "symbols": [(lexer.has("pexp") ? {type: "pexp"} : pexp), "dqbword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.pexp(true)},
    {"name": "dqbpart", "symbols": [(lexer.has("badparam") ? {type: "badparam"} : badparam), "dqbword", (lexer.has("pexpend") ? {type: "pexpend"} : pexpend)], "postprocess": N.badparam(true)},
    {"name": "dqbpart", "symbols": [(lexer.has("dqstart") ? {type: "dqstart"} : dqstart), "dqbody", (lexer.has("dqend") ? {type: "dqend"} : dqend)], "postprocess": N.dq},
    {"name": "abody", "symbols": [], "postprocess": N.nil},
    {"name": "abody", "symbols": ["abody", "apart"], "postprocess": N.snoc(1)},
    {"name": "apart", "symbols": [(lexer.has("arithtext") ? {type: "arithtext"} : arithtext)], "postprocess": N.arithText},
    {"name": "apart", "symbols": [(lexer.has("arithlp") ? {type: "arithlp"} : arithlp), "abody", (lexer.has("arithrp") ? {type: "arithrp"} : arithrp)], "postprocess": N.arithParen},
    {"name": "_", "symbols": [], "postprocess": N.nil},
    {"name": "_", "symbols": [(lexer.has("ws") ? {type: "ws"} : ws)], "postprocess": N.nil}
  ],
  ParserStart: "input",
};

export default grammar;
