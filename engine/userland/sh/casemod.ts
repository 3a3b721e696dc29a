// bash 4.0's case modification of a parameter (subst.c parameter_brace_casemod): ${x^^} upper
// case, ${x,,} lower case, ${x^} and ${x,} the first character only. The lab's grammar leaves
// these as `badsubst` parts (ksh88 has none); a dialect with ShellDialect.caseModification reads
// them here. A pattern after the operator (${x^^[ab]}) is not simulated: still a bad substitution.
import { lookup } from "./expand.js";
import type { Shell } from "./interp.js";

const FORM = /^\$\{([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*])(\^\^|\^|,,|,)\}$/;

/** the value of a case-modifying ${…}, or null when the text is not one */
export function caseModified(sh: Shell, text: string): string | null {
  const m = FORM.exec(text);
  if (m === null) return null;
  const value = lookup(sh, m[1]!) ?? "";
  switch (m[2]) {
    case "^^":
      return value.toUpperCase();
    case ",,":
      return value.toLowerCase();
    case "^":
      return value.slice(0, 1).toUpperCase() + value.slice(1);
    default:
      return value.slice(0, 1).toLowerCase() + value.slice(1);
  }
}
