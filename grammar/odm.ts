// parseCriteria(s): the criteria language of AIX `odmget -q` → a conjunction of terms.
import nearley from "nearley";
import type { Token } from "moo";
import grammar from "./odm.grammar.js";

export type OdmOp = "=" | "!=" | "<" | ">" | "<=" | ">=" | "like";
export interface OdmTerm {
  field: string;
  op: OdmOp;
  /** As written, quotes removed (`'loop*'` → `loop*`). */
  value: string;
}
/** On failure, `col` is the 1-based column of the offending token (length + 1 at the end). */
export type OdmCriteriaResult = { ok: true; terms: OdmTerm[] } | { ok: false; col: number };

interface Cons {
  h: OdmTerm;
  t: Cons | null;
}

const compiled = nearley.Grammar.fromCompiled(grammar);

/** Parse `odmget -q` criteria: `field op value [and field op value]...`. */
export function parseCriteria(s: string): OdmCriteriaResult {
  const p = new nearley.Parser(compiled);
  const quiet = p as unknown as { reportError: () => string; reportLexerError: () => string };
  quiet.reportError = () => "syntax error";
  quiet.reportLexerError = () => "syntax error";
  try {
    p.feed(s);
  } catch (e) {
    const t = (e as { token?: Token }).token;
    return { ok: false, col: t?.col ?? s.length + 1 };
  }
  const r = p.results[0] as Cons | undefined;
  if (r === undefined) return { ok: false, col: s.length - s.lastIndexOf("\n") };
  const terms: OdmTerm[] = [];
  for (let c: Cons | null = r; c !== null; c = c.t) terms.push(c.h);
  return { ok: true, terms: terms.reverse() };
}
