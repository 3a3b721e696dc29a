// The shell AST produced by grammar/parse.ts. The interpreter is written against these types:
// change them only together with it. (isSimple is the one value exported here.)

/** One piece of a word. `quoted` is true for text from '..', "..", or a backslash escape;
 *  pathname expansion (`* ? [..]`) applies only to unquoted literal text. Adjacent literal pieces
 *  with the same `quoted` flag are merged. `''` and `""` give `{kind:"lit", text:"", quoted:true}`.
 *  For the expansions, `quoted` means inside "..": no field splitting, no pathname expansion. */
export type WordPart =
  | { kind: "lit"; text: string; quoted: boolean } // quoted=true for text from '..', "..", or a backslash escape
  | { kind: "param"; name: string; quoted: boolean } // name: "HOME", "?", "$", "#", "0".."9", "@", "*"; braces removed
  | { kind: "cmdsub"; list: List; quoted: boolean } // $( list )
  | { kind: "backquote"; text: string; quoted: boolean } // `text` as typed (backslashes kept): parsed when run, as ksh88 does
  | { kind: "arith"; expr: string; quoted: boolean } // $(( expr )): the text between the parentheses, expanded when run
  | { kind: "tilde"; user: string } // ~ or ~user at the start of a word (or of an assignment value); "+" / "-" for ~+ ~-
  // ${name op word}; ${#name} is op "len" with an empty word. The word's parts are quoted as
  // the pattern of # ## % %% sees them: inside "${…}" only a "…" within the word is quoted
  // ("${f%.*}" removes an extension); the interpreter expands the defaults of a quoted ${…} as
  // quoted (no splitting) whatever the parts say.
  | { kind: "pexp"; name: string; op: ParamOp; word: Word; quoted: boolean }
  | { kind: "badsubst"; text: string; quoted: boolean }; // ${…} that is no substitution ksh88 knows (an error when expanded)
/** The operators of ${name op word}: the defaults (:- - := = :? ? :+ +), the pattern removals
 *  (# ## % %%) and "len" for ${#name}. */
export type ParamOp = ":-" | "-" | ":=" | "=" | ":?" | "?" | ":+" | "+" | "#" | "##" | "%" | "%%" | "len";
export interface Word {
  parts: WordPart[];
}
/** `2>&1` → {fd:2, op:">&", target: word "1"}; `>&2` → {fd:1, op:">&", target "2"}.
 *  Default fd: 0 for `<`, `<&`, `<>`, `<<` and `<<-`; 1 for `>`, `>|`, `>>` and `>&`.
 *  A here-document (`<<WORD`, `<<-WORD`) has its target word as typed (the delimiter) and
 *  `heredoc`: the body (leading tabs already stripped for `<<-`), expanded when run unless
 *  some part of the delimiter was quoted. */
export interface Redirect {
  fd: number;
  op: "<" | ">" | ">>" | ">&" | "<&" | "<>" | ">|" | "<<" | "<<-";
  target: Word;
  heredoc?: HereDoc;
}
export interface HereDoc {
  body: string;
  /** the delimiter was unquoted: $ expansions, `…` and \ escapes act in the body */
  expand: boolean;
}
/** `NAME=value` before the command name. `A=` gives a value with no parts. */
export interface Assign {
  name: string;
  value: Word;
}
/** Any of the three arrays may be empty (`>f`, `A=1`, and the empty command of a lone `!`). */
export interface SimpleCommand {
  assigns: Assign[];
  words: Word[];
  redirects: Redirect[];
}
/** A case arm: `pat1 | pat2 ) list ;;` (list null for an empty arm). */
export interface CaseArm {
  patterns: Word[];
  body: List | null;
}
/** The compound commands. `redirects` are those after the closing word (`done >f`, `} 2>&1`). */
export type CompoundCommand =
  | { kind: "for"; name: string; words: Word[] | null; body: List; redirects: Redirect[] } // words null: no `in` (the positional parameters)
  | { kind: "while" | "until"; cond: List; body: List; redirects: Redirect[] }
  | { kind: "if"; clauses: { cond: List; body: List }[]; otherwise: List | null; redirects: Redirect[] } // if + elif clauses, then else
  | { kind: "case"; word: Word; arms: CaseArm[]; redirects: Redirect[] }
  | { kind: "group"; list: List; redirects: Redirect[] } // { list; }
  | { kind: "subshell"; list: List; redirects: Redirect[] } // ( list )
  | { kind: "select"; name: string; words: Word[] | null; body: List; redirects: Redirect[] } // select name [in words]; do … done
  | { kind: "cond"; expr: CondExpr; redirects: Redirect[] } // [[ expr ]]
  | { kind: "arith"; expr: string; redirects: Redirect[] } // (( expr )): the text, expanded when run
  // name() compound / function name compound: `text` is the definition as typed; never has redirects
  | { kind: "function"; name: string; body: CompoundCommand; text: string; redirects: Redirect[] };
/** The expression of [[ … ]], parsed as ksh88 parses it (|| looser than &&, ! and ( ) on top). */
export type CondExpr =
  | { kind: "and" | "or"; left: CondExpr; right: CondExpr }
  | { kind: "not"; expr: CondExpr }
  | { kind: "unary"; op: string; arg: Word } // -f file, -n str, -o option …
  | { kind: "binary"; op: string; left: Word; right: Word } // = == != (right side a pattern), < >, -eq …, -nt -ot -ef
  | { kind: "word"; word: Word }; // a lone word: true when not empty
/** An element of a pipeline. A SimpleCommand has no `kind`: test with isSimple(). */
export type Command = SimpleCommand | CompoundCommand;
export const isSimple = (c: Command): c is SimpleCommand => !("kind" in c);
export interface Pipeline {
  bang: boolean;
  commands: Command[];
  /** `time pipeline` */
  time?: true;
}
export interface AndOr {
  first: Pipeline;
  rest: { op: "&&" | "||"; pipeline: Pipeline }[];
}
export interface List {
  /** coprocess: the item ended with `|&` (a ksh co-process; the lab does not run those) */
  items: { andor: AndOr; background: boolean; coprocess?: boolean }[];
}
/** `col` is 1-based, counted within the line where the token starts. */
export type SyntaxProblem =
  | { kind: "unexpected"; token: string; col: number } // token text as the user typed it, "newline" for an unexpected end of line
  | { kind: "unmatched"; token: string; col: number }; // an unterminated quote: token is ' or "
export type ParseResult =
  | { ok: true; list: List }
  | { ok: false; incomplete: true } // more input could complete it (open quote, trailing | && ||, trailing backslash, a here-document without its delimiter line)
  | { ok: false; incomplete: false; problem: SyntaxProblem };
