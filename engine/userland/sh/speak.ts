// How a shell puts its name, and where it is, before its own lines and its built-ins' lines. The
// catalogs write every such line with the dialect's name first (`bash: cd: /x: No such file or
// directory`); the dialect's messageForm says what the shell really prints in its place:
//
//   absent   the text as written (ksh88 on AIX, ash on BSD).
//   "bash"   bash 4.1 error.c. get_name_for_error(): an interactive shell (or a subshell of one)
//            is named by its argv[0] (shell_name: `-bash` for a login shell), any other by $0
//            (BASH_SOURCE[0] inside a `.` file): `bash` for bash -c, the path for a script.
//            error_prolog(): a shell's own line (internal_error, report_error) gets `line N: `
//            when the shell is not interactive and N > 0; builtin_error() (a line of a built-in:
//            `name: cd: …`) gets it whenever the shell is not interactive, `line 0` too (bash -c
//            counts its lines from 0). parser_error(): `NAME: line N: ` when the input's name is
//            NAME, `NAME: -c: line N: ` for a -c string; print_offending_line() adds the line.
//   "ksh93"  libast error.c: the error context's id (argv[0]; a script's $0), with `[N]` for a
//            line of a script (context(): cp->line > 0), then the message.
import { commandLine } from "../../../grammar/nodes.js";
import type { SimpleCommand, SyntaxProblem } from "../../../grammar/ast.js";
import { problemLine } from "../../../grammar/parse.js";
import type { Shell } from "./interp.js";

/** what a shell that is not interactive is reading: a -c string, standard input or a file */
export type InputKind = "c" | "stdin" | "file";

const base = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

/** the shell counts as interactive for its messages: itself, or a subshell of such a shell
 *  (bash's interactive_shell stays set in a forked child) */
function interactive(sh: Shell): boolean {
  return sh.state.interactive || (sh.state.forkedInteractive === true && !sh.script);
}

/** the name before the shell's lines (get_name_for_error) */
function nameOf(sh: Shell): string {
  return interactive(sh) ? base(sh.argv0) : sh.errName;
}

/** a line of the shell or of one of its built-ins, as the shell prints it */
export function speak(sh: Shell, text: string): string {
  const d = sh.os.shell;
  if (d.messageForm === undefined) return text;
  const prefix = `${d.name}: `;
  if (!text.startsWith(prefix)) return text;
  const rest = text.slice(prefix.length);
  const name = nameOf(sh);
  if (d.messageForm === "ksh93") {
    const where = !interactive(sh) && sh.input === "file" && sh.line > 0 ? `[${sh.line}]` : "";
    return `${name}${where}: ${rest}`;
  }
  if (interactive(sh)) return `${name}: ${rest}`;
  const colon = rest.indexOf(": ");
  const builtin = colon > 0 && d.builtins.has(rest.slice(0, colon));
  return builtin || sh.line > 0 ? `${name}: line ${sh.line}: ${rest}` : `${name}: ${rest}`;
}

/** the current command is `c`: its line is where the shell is (for the line numbers above) */
export function atCommand(sh: Shell, c: SimpleCommand): void {
  const l = commandLine(c);
  if (l !== undefined) sh.line = l;
}

/**
 * The lines a syntax error prints. The personality words the problem (`bash: syntax error near
 * unexpected token `)'`); bash not reading a terminal names the input and the line (parser_error)
 * and then shows the line itself (print_offending_line); what bash says at the end of the input
 * (`unexpected end of file`) is on the line after the last one it read.
 */
export function syntaxLines(sh: Shell, problem: SyntaxProblem, src: string, firstLine: number): string[] {
  const d = sh.os.shell;
  // ksh88 and ash number a syntax error by the command lines read (the lab's lineNo)
  const line = d.messageForm === undefined ? sh.lineNo : (problemLine(problem) ?? sh.line);
  const texts = sh.os.syntaxError(problem, line, interactive(sh)).split("\n");
  if (d.messageForm !== "bash" || interactive(sh)) return texts.map((t) => speak(sh, t));
  const name = nameOf(sh);
  const where = sh.input === "c" ? `${name}: -c: ` : `${name}: `;
  const prefix = `${d.name}: `;
  const out = texts.map((t) => {
    const rest = t.startsWith(prefix) ? t.slice(prefix.length) : t;
    return `${where}line ${/end of file$/.test(rest) ? line + 1 : line}: ${rest}`;
  });
  if (problem.kind === "unexpected" && problem.token !== "newline") {
    const text = src.split("\n")[line - firstLine] ?? "";
    out.push(`${where}line ${line}: \`${text}'`);
  }
  return out;
}
