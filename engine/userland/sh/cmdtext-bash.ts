// The text bash lists a job's process with (jobs.c p->command, made by print_cmd.c
// make_command_string): the command rebuilt from its parse, words separated by one blank,
// redirections after the words as `> file`, `2> file`, `2>&1`, pipelines joined by ` | `, `&&`
// and `||` lists, { list; } and ( list ). bash prints a word as it was typed; the lab's parse
// keeps what a word means, not its quotes, so a quoted piece is shown in single quotes (double
// quotes when it holds one), a parameter as $name.
import { isSimple, type AndOr, type Command, type List, type Pipeline, type Redirect, type Word, type WordPart } from "../../../grammar/ast.js";
import type { JobNode } from "./jobs.js";

const SPECIAL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$|^[0-9?$#!*@-]$/;

function part(p: WordPart): string {
  switch (p.kind) {
    case "lit":
      if (!p.quoted) return p.text;
      return p.text.includes("'") ? `"${p.text.replace(/["$`\\]/g, "\\$&")}"` : `'${p.text}'`;
    case "param":
      return SPECIAL_NAME.test(p.name) ? `$${p.name}` : `\${${p.name}}`;
    case "pexp":
      return p.op === "len" ? `\${#${p.name}}` : `\${${p.name}${p.op}${word(p.word)}}`;
    case "tilde":
      return `~${p.user}`;
    case "arith":
      return `$((${p.expr}))`;
    case "backquote":
      return `\`${p.text}\``;
    case "cmdsub":
      return `$(${list(p.list)})`;
    case "badsubst":
      return p.text;
  }
}

function word(w: Word): string {
  return w.parts.map(part).join("");
}

/** print_redirection: the descriptor only when it is not the operator's own, then `op target` */
function redirect(r: Redirect): string {
  const dflt = r.op.startsWith("<") ? 0 : 1;
  const fd = r.fd === dflt ? "" : String(r.fd);
  if (r.op === ">&" || r.op === "<&") return `${r.fd}${r.op}${word(r.target)}`;
  return `${fd}${r.op} ${word(r.target)}`;
}

function command(c: Command): string {
  if (isSimple(c)) {
    const words = [...c.assigns.map((a) => `${a.name}=${word(a.value)}`), ...c.words.map(word), ...c.redirects.map(redirect)];
    return words.join(" ");
  }
  const after = c.redirects.length ? " " + c.redirects.map(redirect).join(" ") : "";
  switch (c.kind) {
    case "group":
      return `{ ${list(c.list)}; }${after}`;
    case "subshell":
      return `( ${list(c.list)} )${after}`;
    case "for":
      return `for ${c.name} in ${(c.words ?? []).map(word).join(" ")}; do ${list(c.body)}; done${after}`;
    case "while":
    case "until":
      return `${c.kind} ${list(c.cond)}; do ${list(c.body)}; done${after}`;
    case "if":
      return `if ${list(c.clauses[0]!.cond)}; then ${list(c.clauses[0]!.body)}; fi${after}`;
    case "function":
      return `${c.name} () ${command(c.body)}`;
    default:
      return c.kind;
  }
}

function pipeline(p: Pipeline): string {
  return (p.bang ? "! " : "") + p.commands.map(command).join(" | ");
}

function andOr(a: AndOr): string {
  return [pipeline(a.first), ...a.rest.map((r) => `${r.op} ${pipeline(r.pipeline)}`)].join(" ");
}

function list(l: List): string {
  return l.items.map((it) => andOr(it.andor) + (it.background ? " &" : "")).join("; ");
}

/** the text of what one process of a job runs */
export function bashCommandText(node: JobNode): string {
  if ("first" in node) return andOr(node);
  if ("commands" in node) return pipeline(node);
  return command(node);
}
