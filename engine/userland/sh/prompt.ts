// PS1 as ksh88 shows it. main.c prints pr_prompt(mac_try(PS1)): mac_try is "perform only
// parameter substitution and catch failures" (macro.c: `$(`, backquotes and `$((` are not
// substituted while it runs, they stay as typed; double quotes and backslashes are taken out as in
// a word), and a substitution that fails (set -u, ${x:?}) leaves PS1 as it is, without a message
// (sh_fail calls mac_check first). pr_prompt then replaces each `!` with the command number, and
// `!!` with one `!`. PS2 is shown as it is.
import { parseHereDoc } from "../../../grammar/parse.js";
import { expandPlain } from "./expand.js";
import type { Shell } from "./interp.js";

/** `$name`, `$1`, `$?` … at the start of the text */
const SIMPLE_PARAM = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|[0-9?$#!*@-])/;

/** where the `}` that closes the `{` at `i` is (-1: none) */
function closingBrace(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    const c = s[k];
    if (c === "\\") k++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return k;
  }
  return -1;
}

/** one parameter substitution ($x, ${x:-word} …) as the shell expands it */
function substitute(sh: Shell, text: string): string {
  // a command or arithmetic inside (${x:-$(date)}) is not run: the prompt stays as typed
  const parts = /\$\(|`/.test(text) ? null : parseHereDoc(text);
  if (parts === null) throw new Error("no substitution");
  return expandPlain(sh, { parts }, false).join("");
}

/** PS1 with its parameters substituted; the text as it is when a substitution fails */
function substituted(sh: Shell, ps1: string): string {
  let out = "";
  try {
    for (let i = 0; i < ps1.length; ) {
      const c = ps1[i]!;
      if (c === "\\" && i + 1 < ps1.length) {
        out += ps1[i + 1];
        i += 2;
      } else if (c === '"') i++;
      else if (c === "$" && ps1[i + 1] === "{") {
        const end = closingBrace(ps1, i + 1);
        if (end < 0) return ps1;
        out += substitute(sh, ps1.slice(i, end + 1));
        i = end + 1;
      } else if (c === "$" && SIMPLE_PARAM.test(ps1.slice(i, i + 2))) {
        const m = SIMPLE_PARAM.exec(ps1.slice(i))![0];
        out += substitute(sh, m);
        i += m.length;
      } else {
        out += c;
        i++;
      }
    }
  } catch {
    return ps1;
  }
  return out;
}

/** `!` is the number of the command being typed, `!!` a `!` */
function numbered(text: string, commandNo: number): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "!") out += c;
    else if (text[i + 1] === "!") out += text[++i];
    else out += String(commandNo);
  }
  return out;
}

/** the primary prompt: PS1 substituted, then numbered */
export function primaryPrompt(sh: Shell, ps1: string): string {
  const text = ps1.includes("$") || ps1.includes("\\") || ps1.includes('"') ? substituted(sh, ps1) : ps1;
  return text.includes("!") ? numbered(text, sh.state.history.length + 1) : text;
}
