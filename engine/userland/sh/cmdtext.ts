// ash's commandtext() (4.4BSD sh, jobs.c cmdtxt/cmdputs): the text a job's process is listed
// with, rebuilt from the parsed command the way ash prints its own parse tree. Words are their
// text with the quotes gone; $x and ${x} both read ${x}; a default's colon is dropped (${x:-y} is
// ${x-y}); what $( ) and ` ` hold is not shown; redirections come after the words, with the
// descriptor only when it is not the default; compound commands are cut short (if a; then b...,
// for x in ..., case w in ...). At 196 characters the text stops with "...".
import { isSimple, type AndOr, type Command, type List, type Pipeline, type Redirect, type Word } from "../../../grammar/ast.js";

/** MAXCMDTEXT (200) less the room cmdputs keeps for "..." and the end */
const ROOM = 196;

/** a node ash has no case for: cmdtxt's default */
const UNKNOWN = "???";

/** ${name op word}: parser.c's types[] "}-+?=" by the operator; the pattern removals and ${#x}
 *  index past its end (a NUL for `#`, beyond the string for the rest): the text stops there */
const OPCHAR: Readonly<Record<string, string>> = { "-": "-", ":-": "-", "+": "+", ":+": "+", "?": "?", ":?": "?", "=": "=", ":=": "=" };

/** cmdputs' buffer: what has been written; a NUL written into it ends the text there */
class Out {
  s = "";
  cut = false;
  put(t: string): void {
    if (!this.cut) this.s += t;
  }
  nul(): void {
    this.cut = true;
  }
}

function word(o: Out, w: Word): void {
  for (const p of w.parts) {
    switch (p.kind) {
      case "lit":
        o.put(p.text);
        break;
      case "param":
        o.put("${" + p.name + "}");
        break;
      case "pexp": {
        const op = OPCHAR[p.op];
        o.put("${" + p.name);
        if (op === undefined) return o.nul();
        o.put(op);
        word(o, p.word);
        o.put("}");
        break;
      }
      case "tilde":
        o.put("~" + p.user);
        break;
      // $(( )): the control bytes around it show as nothing on a terminal
      case "arith":
        o.put(p.expr);
        break;
      // $( ) and ` `: only a marker byte in the word, which cmdputs skips
      default:
        break;
    }
  }
}

/** the default descriptor of each operator (parser.c parseredir) */
function redir(o: Out, r: Redirect): void {
  if (r.op === "<<" || r.op === "<<-") return o.put("<<...");
  const dflt = r.op.startsWith(">") ? 1 : 0;
  if (r.fd !== dflt) o.put(String(r.fd));
  o.put(r.op);
  const t = r.target.parts.length === 1 && r.target.parts[0]!.kind === "lit" ? r.target.parts[0]!.text : null;
  // ndup.dupfd + '0': `-` (close) is dupfd -1, which prints as '/'
  if ((r.op === ">&" || r.op === "<&") && t === "-") o.put("/");
  else word(o, r.target);
}

function list(o: Out, l: List | null): void {
  l?.items.forEach((i, k) => {
    if (k > 0) o.put("; ");
    andor(o, i.andor);
  });
}

function andor(o: Out, a: AndOr): void {
  pipeline(o, a.first);
  for (const r of a.rest) {
    o.put(` ${r.op} `);
    pipeline(o, r.pipeline);
  }
}

function pipeline(o: Out, p: Pipeline): void {
  // `!` is an NNOT node, which cmdtxt has no case for
  if (p.bang) return o.put(UNKNOWN);
  p.commands.forEach((c, k) => {
    if (k > 0) o.put(" | ");
    command(o, c);
  });
}

function command(o: Out, c: Command): void {
  if (isSimple(c)) {
    let first = true;
    const sep = () => (first ? (first = false) : o.put(" "));
    for (const a of c.assigns) {
      sep();
      o.put(a.name + "=");
      word(o, a.value);
    }
    for (const w of c.words) {
      sep();
      word(o, w);
    }
    for (const r of c.redirects) {
      o.put(" ");
      redir(o, r);
    }
    return;
  }
  switch (c.kind) {
    case "subshell":
      o.put("(");
      list(o, c.list);
      return o.put(")");
    case "group":
      return list(o, c.list);
    case "if":
      o.put("if ");
      list(o, c.clauses[0]!.cond);
      o.put("; then ");
      list(o, c.clauses[0]!.body);
      return o.put("...");
    case "while":
    case "until":
      o.put(`${c.kind} `);
      list(o, c.cond);
      o.put("; do ");
      list(o, c.body);
      return o.put("; done");
    case "for":
      return o.put("for " + c.name + " in ...");
    case "case":
      o.put("case ");
      word(o, c.word);
      return o.put(" in ...");
    case "function":
      return o.put(c.name + "() ...");
    default:
      return o.put(UNKNOWN);
  }
}

/** the text of a command, a pipeline or an and-or list as ash's commandtext gives it */
export function commandText(node: Command | Pipeline | AndOr): string {
  const o = new Out();
  if ("first" in node) andor(o, node);
  else if ("commands" in node) pipeline(o, node);
  else command(o, node);
  return o.s.length >= ROOM ? o.s.slice(0, ROOM) + "..." : o.s;
}
