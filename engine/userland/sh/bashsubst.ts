// The ${…} operators bash 4.1 has and ksh88 has not (bash(1), Parameter Expansion; subst.c
// parameter_brace_patsub and parameter_brace_substring): ${x/pat/rep} (the first longest match),
// ${x//pat/rep} (every one), ${x/#pat/rep} (at the start), ${x/%pat/rep} (at the end), and
// ${x:offset} / ${x:offset:length}. The lexer is the same for every dialect and leaves these as
// a `badsubst` part holding the text; a shell whose dialect says `paramOps: "bash"` reads that
// text here. The pattern and the replacement are expanded (parameters, $( ), backquotes), a
// quoted piece of the pattern matches itself; offset and length are arithmetic.
import type { Co } from "../../kernel/proc/wait.js";
import { parseHereDoc } from "../../../grammar/parse.js";
import type { Piece } from "./glob.js";
import { shellPattern } from "./pattern.js";
import { ExpansionError, type Shell } from "./interp.js";
import { arithValue, expandOne, lookupParam } from "./expand.js";

const HEAD = /^\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])([/:])([\s\S]*)\}$/;

/** the value of a bash operator in `text` (`${x/a/b}` …), or null when the text is none of them */
export function* bashParamOp(sh: Shell, text: string): Co<string | null> {
  const m = HEAD.exec(text);
  if (m === null) return null;
  const [, name, sep, rest] = m as unknown as [string, string, string, string];
  const value = lookupParam(sh, name);
  return sep === "/" ? yield* patternSubst(sh, value, rest) : yield* substring(sh, value, rest);
}

/** ${x:offset[:length]}: a negative offset counts from the end (`${x: -2}`); past either end
 *  it is nothing; a negative length is bash 4.1's error (verify_substring_values) */
function* substring(sh: Shell, value: string, rest: string): Co<string> {
  const colon = rest.indexOf(":");
  const offText = colon < 0 ? rest : rest.slice(0, colon);
  let off = Number(arithValue(sh, yield* expandText(sh, offText)));
  if (off < 0) off += value.length;
  if (off < 0 || off > value.length) return "";
  if (colon < 0) return value.slice(off);
  const lenText = rest.slice(colon + 1);
  const len = Number(arithValue(sh, yield* expandText(sh, lenText)));
  if (len < 0) throw new ExpansionError(sh.msg("sh.substrneg", lenText));
  return value.slice(off, off + len);
}

/** ${x/pat/rep} and its //, /# and /% forms */
function* patternSubst(sh: Shell, value: string, rest: string): Co<string> {
  let mode: "first" | "all" | "start" | "end" = "first";
  if (rest.startsWith("/")) mode = "all";
  else if (rest.startsWith("#")) mode = "start";
  else if (rest.startsWith("%")) mode = "end";
  const body = mode === "first" ? rest : rest.slice(1);
  const slash = unescapedSlash(body);
  const patText = slash < 0 ? body : body.slice(0, slash);
  const repText = slash < 0 ? "" : body.slice(slash + 1);
  // an empty pattern changes nothing, except at an anchor (bash puts rep before or after)
  if (patText === "" && (mode === "first" || mode === "all")) return value;
  const pat = shellPattern(yield* patternPieces(sh, patText));
  const rep = yield* expandText(sh, repText);
  if (mode === "start") {
    const k = pat.prefix(value, true);
    return k < 0 ? value : rep + value.slice(k);
  }
  if (mode === "end") {
    const k = pat.suffix(value, true);
    return k < 0 ? value : value.slice(0, k) + rep;
  }
  let out = "";
  let i = 0;
  while (i < value.length) {
    sh.sys.charge(1);
    const k = pat.prefix(value.slice(i), true);
    if (k > 0) {
      out += rep;
      i += k;
      if (mode === "first") return out + value.slice(i);
    } else out += value[i++];
  }
  return out;
}

/** where the pattern ends: the first / not after a backslash nor inside quotes */
function unescapedSlash(s: string): number {
  let quote = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote !== "") {
      if (c === quote) quote = "";
      else if (c === "\\" && quote === '"') i++;
    } else if (c === "\\") i++;
    else if (c === "'" || c === '"') quote = c;
    else if (c === "/") return i;
  }
  return -1;
}

/** the text cut into quoted and unquoted stretches: '…', "…" and \c are quoted */
function stretches(s: string): { text: string; quoted: boolean; expand: boolean }[] {
  const out: { text: string; quoted: boolean; expand: boolean }[] = [];
  let i = 0;
  let plain = "";
  const flush = () => {
    if (plain !== "") out.push({ text: plain, quoted: false, expand: true });
    plain = "";
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      flush();
      out.push({ text: s[i + 1]!, quoted: true, expand: false });
      i += 2;
    } else if (c === "'" || c === '"') {
      flush();
      const end = s.indexOf(c, i + 1);
      const stop = end < 0 ? s.length : end;
      out.push({ text: s.slice(i + 1, stop), quoted: true, expand: c === '"' });
      i = stop + 1;
    } else {
      plain += c;
      i++;
    }
  }
  flush();
  return out;
}

/** a stretch's text with its $ expansions and backquotes done */
function* expanded(sh: Shell, text: string): Co<string> {
  if (!/[$`]/.test(text)) return text;
  const parts = parseHereDoc(text);
  if (parts === null) throw new ExpansionError(sh.msg("sh.badsubst", text));
  return yield* expandOne(sh, { parts });
}

function* patternPieces(sh: Shell, text: string): Co<Piece[]> {
  const pieces: Piece[] = [];
  for (const st of stretches(text)) pieces.push({ text: st.expand ? yield* expanded(sh, st.text) : st.text, quoted: st.quoted });
  return pieces;
}

function* expandText(sh: Shell, text: string): Co<string> {
  let out = "";
  for (const st of stretches(text)) out += st.expand ? yield* expanded(sh, st.text) : st.text;
  return out;
}
