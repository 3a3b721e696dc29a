// A script's text (a file run by the shell, a `.` file, a -c string) is read as the shell reads
// a file: one complete command at a time — a line, or the lines an open quote, compound command
// or here-document needs — parsed only after the commands before it have run (bash reader_loop →
// parse_command → execute_command, ksh93 exfile → sh_parse, ksh88 and ash the same). So `echo a`
// runs before a syntax error on a later line is found, an `exit` ends the reading before one, and
// an alias defined on one line is used on the next.
import { optionIsOn } from "../common/set.js";
import { parseComplete } from "../../../grammar/parse.js";
import type { List, SyntaxProblem } from "../../../grammar/ast.js";
import type { Co } from "../../kernel/proc/wait.js";
import { parseCost } from "./depth.js";
import type { Shell } from "./interp.js";

/** how the caller says a syntax error (the text of the piece, the number of its first line) */
export type SyntaxReport = (problem: SyntaxProblem, src: string, firstLine: number) => void;

/** the lines of the text (a newline at the very end ends the last line, it starts none) */
function linesOf(src: string): string[] {
  const lines = src.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** the next piece from line `i`: the lines up to the end of a complete command (or of the text) */
function nextPiece(sh: Shell, lines: string[], i: number): { text: string; next: number } {
  let text = lines[i]!;
  let j = i + 1;
  let want = sh.wants(text);
  while (want !== null && j < lines.length) {
    const more = lines[j++]!;
    text += "\n" + more;
    // a here-document's body: only its delimiter line can change what the text needs
    if (typeof want === "object") {
      const doc = want[0]!;
      if ((doc.strip ? more.replace(/^\t+/, "") : more) !== doc.delim) continue;
      want.shift();
      if (want.length > 0) continue;
    }
    want = sh.wants(text);
  }
  return { text, next: j };
}

/** the shell stops reading: exit, return (from a `.` file), an error that ends the script */
function stopped(sh: Shell): boolean {
  return sh.state.exitRequested !== null || sh.ctl !== null || sh.aborted;
}

/**
 * Run `src`, its first line numbered `firstLine`, a piece at a time with `run`. A syntax error is
 * said with `report` and ends the reading: the result is then "syntax"; otherwise the status of
 * the last piece run (the shell's $? when none ran).
 */
export function* runSource(sh: Shell, src: string, firstLine: number, run: (list: List) => Co<number>, report: SyntaxReport): Co<number | "syntax"> {
  const lines = linesOf(src);
  let status = sh.state.lastStatus;
  for (let i = 0; i < lines.length && !stopped(sh); ) {
    const { text, next } = nextPiece(sh, lines, i);
    const at = firstLine + i;
    i = next;
    sh.line = at;
    sh.sys.charge(parseCost(text));
    const r = parseComplete(text, { aliases: sh.state.aliases, firstLine: at });
    if (!r.ok) {
      if (!r.incomplete) report(r.problem, text, at);
      return "syntax";
    }
    if (r.list.items.length === 0) continue;
    // -n (set -o noexec) where the dialect honours it: read and check, run nothing
    if (sh.os.shell.noexec && !sh.state.interactive && optionIsOn(sh.state.options, "noexec")) continue;
    status = yield* run(r.list);
  }
  return status;
}
