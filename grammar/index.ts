// Public entry of the grammar package. Pure: no ink, no react, nothing from engine/.
export type {
  WordPart,
  Word,
  Redirect,
  Assign,
  SimpleCommand,
  CaseArm,
  CompoundCommand,
  CondExpr,
  HereDoc,
  ParamOp,
  Command,
  Pipeline,
  AndOr,
  List,
  SyntaxProblem,
  ParseResult,
} from "./ast.js";
export { isSimple } from "./ast.js";
export { parse, parseComplete, parseAll, parseHereDoc, type ParseOptions } from "./parse.js";
export { RESERVED_WORDS } from "./lexer.js";
export { parseCriteria, type OdmOp, type OdmTerm, type OdmCriteriaResult } from "./odm.js";
