// A fast path for the commonest lines: plain words, with ` | `, ` > `, ` >> ` and ` < ` between
// them. Such a line has exactly one reading, which this builds directly instead of running the
// Earley parser (about 20 µs a line). Anything else — quotes, $, comments, ; && ||, assignments,
// an operator not surrounded by blanks, a reserved word (for, if, do, [[ …) or an alias where a
// command starts, ( ) { } ` ~ << — returns null and goes to the grammar.
// test/grammar/fast.test.ts checks on random lines that both give the same AST.
import type { List, Redirect, SimpleCommand, Word } from "./ast.js";

const LINE = /^[ \t]*(?:[A-Za-z0-9_./:,+%@*?^=[\]-]+|\|(?!\|)|>>?|<)(?:[ \t]+(?:[A-Za-z0-9_./:,+%@*?^=[\]-]+|\|(?!\|)|>>?|<))*[ \t]*$/;
const WORD = /^[A-Za-z0-9_./:,+%@*?^=[\]-]+$/;

/** reserved words ksh recognises at the start of a command (`{` `}` never pass WORD) */
const RESERVED = new Set(["for", "while", "until", "if", "then", "elif", "else", "fi", "do", "done", "case", "esac", "select", "function", "time", "[["]);

const word = (text: string): Word => ({ parts: [{ kind: "lit", text, quoted: false }] });

/** `aliases`: the shell's aliases (a line whose command name is one goes to the grammar) */
export function fastParse(src: string, aliases?: ReadonlyMap<string, string>): List | null {
  if (!LINE.test(src)) return null;
  const toks = src.split(/[ \t]+/).filter((t) => t !== "");
  const commands: SimpleCommand[] = [];
  let cur: SimpleCommand = { assigns: [], words: [], redirects: [] };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t === "|") {
      if (cur.words.length === 0 && cur.redirects.length === 0) return null;
      commands.push(cur);
      cur = { assigns: [], words: [], redirects: [] };
    } else if (t === ">" || t === ">>" || t === "<") {
      const target = toks[++i];
      if (target === undefined || !WORD.test(target)) return null;
      const r: Redirect = { fd: t === "<" ? 0 : 1, op: t, target: word(target) };
      cur.redirects.push(r);
    } else {
      // the first word of a command might be an assignment or a reserved word: leave it to the grammar
      if (cur.words.length === 0 && (t.includes("=") || t === "!" || RESERVED.has(t) || aliases?.has(t))) return null;
      cur.words.push(word(t));
    }
  }
  if (cur.words.length === 0 && cur.redirects.length === 0) return commands.length ? null : { items: [] };
  commands.push(cur);
  return { items: [{ andor: { first: { bang: false, commands }, rest: [] }, background: false }] };
}
