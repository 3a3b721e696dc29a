// The automaton under ksh's patterns: regular expressions with complement (ksh88's `!(…)`),
// matched by Brzozowski derivatives — a lazily built DFA.
//
// Why not RE2: `!(p)` is complement, which no backtracking-free regex syntax has, and ${x#pat}
// needs the *shortest* matching prefix, which RE2 does not give. Derivatives do both: the
// derivative of an expression by a character is the expression that matches what may follow
// that character, so matching is one step per character, and d(!(p)) = !(d(p)). Every
// expression is interned (one object per distinct expression, alternatives sorted and without
// duplicates), so each derivative is computed once per state and character and then looked up:
// after warm-up a match is a table walk, linear in the subject whatever the pattern —
// `*(*(a))b`, `*(a|aa)b` and `*a*a*a*a*a*a*a*b` included.
//
// Nothing here recurses along the length of a pattern or a subject: chains of concatenation are
// walked in loops; only nesting (bounded by the parser) recurses.
import { setHas, type CharSet } from "../common/bracket.js";

const enum K {
  Empty,
  Eps,
  /** one character of a set (set null: any character) */
  Set,
  Cat,
  Alt,
  Star,
  Not,
}

export class Node {
  /** the first derivative computed (most states of a long walk see one character only), then
   *  a table by ASCII character and a map for other code points */
  c0 = -1;
  d0: Node | null = null;
  ascii: (Node | undefined)[] | null = null;
  other: Map<number, Node> | null = null;
  constructor(
    readonly id: number,
    readonly k: K,
    readonly nullable: boolean,
    readonly a: Node | null = null,
    readonly b: Node | null = null,
    readonly alts: readonly Node[] | null = null,
    readonly set: CharSet | null = null,
  ) {}
}

export class Automaton {
  private table = new Map<string, Node>();
  private ids = 0;
  readonly empty = this.node(K.Empty, false);
  readonly eps = this.node(K.Eps, true);
  readonly any = this.node(K.Set, false);
  /** any string: *, and what !(…) of nothing is */
  readonly all = this.star(this.any);

  /** how many expressions exist (the owner starts afresh past a limit) */
  get size(): number {
    return this.ids;
  }

  private node(k: K, nullable: boolean, a: Node | null = null, b: Node | null = null, alts: Node[] | null = null, set: CharSet | null = null): Node {
    return new Node(this.ids++, k, nullable, a, b, alts, set);
  }

  private interned(key: string, make: () => Node): Node {
    let n = this.table.get(key);
    if (n === undefined) {
      n = make();
      this.table.set(key, n);
    }
    return n;
  }

  /** one character of the set */
  chars(set: CharSet): Node {
    return this.node(K.Set, false, null, null, null, set);
  }

  /** a then b; a Cat on the left is re-associated to the right, in a loop */
  cat(a: Node, b: Node): Node {
    if (a.k !== K.Cat) return this.cat1(a, b);
    const left: Node[] = [];
    let x: Node = a;
    while (x.k === K.Cat) {
      left.push(x.a!);
      x = x.b!;
    }
    let acc = this.cat1(x, b);
    for (let i = left.length - 1; i >= 0; i--) acc = this.cat1(left[i]!, acc);
    return acc;
  }

  /** a (not a Cat) then b */
  private cat1(a: Node, b: Node): Node {
    if (a === this.empty || b === this.empty) return this.empty;
    if (a === this.eps) return b;
    if (b === this.eps) return a;
    // ** is *
    if (a === this.all && (b === this.all || (b.k === K.Cat && b.a === this.all))) return b;
    return this.interned(`C${a.id},${b.id}`, () => this.node(K.Cat, a.nullable && b.nullable, a, b));
  }

  alt(list: readonly Node[]): Node {
    const seen = new Set<Node>();
    for (const n of list) {
      if (n.k === K.Alt) for (const m of n.alts!) seen.add(m);
      else if (n !== this.empty) seen.add(n);
    }
    if (seen.has(this.all)) return this.all;
    if (seen.size === 0) return this.empty;
    if (seen.size === 1) return seen.values().next().value!;
    const alts = [...seen].sort((x, y) => x.id - y.id);
    return this.interned("A" + alts.map((n) => n.id).join(","), () =>
      this.node(K.Alt, alts.some((n) => n.nullable), null, null, alts),
    );
  }

  star(a: Node): Node {
    if (a === this.empty || a === this.eps) return this.eps;
    if (a.k === K.Star) return a;
    return this.interned(`S${a.id}`, () => this.node(K.Star, true, a));
  }

  not(a: Node): Node {
    if (a.k === K.Not) return a.a!;
    if (a === this.empty) return this.all;
    if (a === this.all) return this.empty;
    return this.interned(`N${a.id}`, () => this.node(K.Not, !a.nullable, a));
  }

  /** the expression n (of another automaton) rebuilt in this one: a walk that has made too
   *  many states goes on in a fresh automaton, and the old one's tables can be collected */
  adopt(n: Node, memo = new Map<Node, Node>()): Node {
    const hit = memo.get(n);
    if (hit !== undefined) return hit;
    let r: Node;
    switch (n.k) {
      case K.Empty:
        r = this.empty;
        break;
      case K.Eps:
        r = this.eps;
        break;
      case K.Set:
        r = n.set === null ? this.any : this.chars(n.set);
        break;
      case K.Alt:
        r = this.alt(n.alts!.map((m) => this.adopt(m, memo)));
        break;
      case K.Star:
        r = this.star(this.adopt(n.a!, memo));
        break;
      case K.Not:
        r = this.not(this.adopt(n.a!, memo));
        break;
      case K.Cat: {
        const heads: Node[] = [];
        let x: Node = n;
        while (x.k === K.Cat) {
          heads.push(this.adopt(x.a!, memo));
          x = x.b!;
        }
        r = this.adopt(x, memo);
        for (let i = heads.length - 1; i >= 0; i--) r = this.cat(heads[i]!, r);
        break;
      }
    }
    memo.set(n, r);
    return r;
  }

  /** the derivative of n by the code point c: what may follow c */
  step(n: Node, c: number): Node {
    if (n.c0 === c) return n.d0!;
    if (c < 128) {
      const hit = n.ascii?.[c];
      if (hit !== undefined) return hit;
    } else {
      const hit = n.other?.get(c);
      if (hit !== undefined) return hit;
    }
    const d = this.derive(n, c);
    if (n.c0 < 0) {
      n.c0 = c;
      n.d0 = d;
    } else if (c < 128) (n.ascii ??= new Array<Node | undefined>(128))[c] = d;
    else (n.other ??= new Map()).set(c, d);
    return d;
  }

  private derive(n: Node, c: number): Node {
    switch (n.k) {
      case K.Empty:
      case K.Eps:
        return this.empty;
      case K.Set:
        return n.set === null || setHas(n.set, c) ? this.eps : this.empty;
      case K.Alt:
        return this.alt(n.alts!.map((m) => this.step(m, c)));
      case K.Star:
        return this.cat(this.step(n.a!, c), n);
      case K.Not:
        return this.not(this.step(n.a!, c));
      case K.Cat: {
        // d(a·b) = d(a)·b | d(b) when a can be empty — along the chain while the heads can
        const terms: Node[] = [];
        let x: Node = n;
        for (;;) {
          if (x.k !== K.Cat) {
            terms.push(this.step(x, c));
            break;
          }
          terms.push(this.cat(this.step(x.a!, c), x.b!));
          if (!x.a!.nullable) break;
          x = x.b!;
        }
        return this.alt(terms);
      }
    }
  }
}
