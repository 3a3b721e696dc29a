// A POSIX syntax tree (regex.ts) written as RE2 syntax for re2js. Every literal character is
// written as \x{…} unless it is a letter or digit, so nothing in a pattern can mean RE2 syntax.
// Capturing groups are numbered by RE2 in the order their `(` is written; `order` records which
// of the tree's groups each RE2 group is.
import type { CharSet } from "./bracket.js";
import type { Re } from "./regex.js";

export interface Re2Source {
  src: string;
  /** order[k - 1]: the tree's group number of RE2's group k */
  order: number[];
}

export interface Re2Options {
  multiline: boolean;
  /** back-references as a copy of their group (a superset of what they match), for a prefilter;
   *  without it a tree with back-references cannot be written */
  expandBackrefs?: boolean;
}

const hex = (cp: number): string => "\\x{" + cp.toString(16) + "}";

function lit(cp: number): string {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? String.fromCharCode(cp) : hex(cp);
}

function cls(set: CharSet, multiline: boolean): string {
  let s = set.neg ? "[^" : "[";
  const r = set.ranges;
  for (let k = 0; k < r.length; k += 2) s += r[k] === r[k + 1] ? lit(r[k]!) : lit(r[k]!) + "-" + lit(r[k + 1]!);
  // with REG_NEWLINE a non-matching list does not match a newline
  if (set.neg && multiline) s += "\\n";
  // an empty list matches nothing; RE2 has no [] so say it another way
  if (r.length === 0) return set.neg ? (multiline ? "[^\\n]" : "(?s:.)") : "[^\\x{0}-\\x{10ffff}]";
  return s + "]";
}

class Writer {
  order: number[] = [];
  /** the groups' bodies, for expanding back-references */
  bodies = new Map<number, Re>();
  constructor(private o: Re2Options) {}

  /** `capture`: false inside a back-reference's copy; `anchors`: false there too (a copy is
   *  matched elsewhere than where its group was, so its anchors are dropped: a superset still) */
  write(re: Re, capture = true, anchors = true): string {
    switch (re.t) {
      case "char":
        return lit(re.c);
      case "any":
        return ".";
      case "set":
        return cls(re.set, this.o.multiline);
      case "bol":
        return anchors ? "^" : "";
      case "eol":
        return anchors ? "$" : "";
      case "group": {
        this.bodies.set(re.n, re.body);
        if (!capture) return "(?:" + this.write(re.body, false, anchors) + ")";
        this.order.push(re.n);
        return "(" + this.write(re.body) + ")";
      }
      case "cat":
        return re.items.length === 0 ? "(?:)" : re.items.map((x) => this.piece(x, capture, anchors)).join("");
      case "alt":
        return re.alts.map((x) => this.write(x, capture, anchors)).join("|");
      case "rep": {
        const q = re.min === 0 && re.max === -1 ? "*" : re.min === 1 && re.max === -1 ? "+" : re.min === 0 && re.max === 1 ? "?" : re.max === -1 ? `{${re.min},}` : re.min === re.max ? `{${re.min}}` : `{${re.min},${re.max}}`;
        return this.atom(re.body, capture, anchors) + q;
      }
      case "backref": {
        const body = this.bodies.get(re.n);
        if (!this.o.expandBackrefs || body === undefined) throw new Error("a back-reference has no RE2 form");
        return "(?:" + this.write(body, false, false) + ")";
      }
    }
  }

  /** an item of a concatenation: an alternation needs brackets */
  private piece(re: Re, capture: boolean, anchors: boolean): string {
    return re.t === "alt" ? "(?:" + this.write(re, capture, anchors) + ")" : this.write(re, capture, anchors);
  }

  /** what a quantifier applies to: one atom */
  private atom(re: Re, capture: boolean, anchors: boolean): string {
    if (re.t === "char" || re.t === "any" || re.t === "set" || (re.t === "group" && capture)) return this.write(re, capture, anchors);
    return "(?:" + this.write(re, capture, anchors) + ")";
  }
}

/** the tree in RE2 syntax; throws for a back-reference unless expandBackrefs */
export function toRe2(re: Re, o: Re2Options): Re2Source {
  const w = new Writer(o);
  const src = w.write(re);
  return { src, order: w.order };
}
