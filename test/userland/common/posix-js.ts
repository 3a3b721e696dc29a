// The POSIX → JavaScript RegExp translator the lab used before the linear-time engine (kept as
// the oracle of the property test in re.test.ts: on patterns without back-references both must agree).

export class RegexError extends Error {}

const CLASSES: Record<string, string> = {
  alpha: "a-zA-Z",
  digit: "0-9",
  alnum: "a-zA-Z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  print: " -~",
  graph: "!-~",
  cntrl: "\\x00-\\x1f\\x7f",
  xdigit: "0-9A-Fa-f",
};

const RE_DUP_MAX = 255;

function escChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? "\\" + c : c;
}

function escClassChar(c: string): string {
  return /[\\\]^[-]/.test(c) ? "\\" + c : c;
}

/** a bracket expression starting at p[i] === "["; returns the JS class and the index after "]" */
function bracket(p: string, i: number): { src: string; next: number } {
  let j = i + 1;
  let neg = false;
  if (p[j] === "^") {
    neg = true;
    j++;
  }
  type Item = { kind: "char"; c: string } | { kind: "class"; s: string };
  const items: Item[] = [];
  let first = true;
  for (;;) {
    if (j >= p.length) throw new RegexError("[] imbalance");
    const c = p[j]!;
    if (c === "]" && !first) {
      j++;
      break;
    }
    first = false;
    if (c === "[" && (p[j + 1] === ":" || p[j + 1] === "=" || p[j + 1] === ".")) {
      const kind = p[j + 1]!;
      const end = p.indexOf(kind + "]", j + 2);
      if (end < 0) throw new RegexError("[] imbalance");
      const name = p.slice(j + 2, end);
      j = end + 2;
      if (kind === ":") {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexError("invalid character class");
        items.push({ kind: "class", s: cls });
      } else {
        if ([...name].length !== 1) throw new RegexError("invalid collating element");
        items.push({ kind: "char", c: name });
      }
      continue;
    }
    items.push({ kind: "char", c });
    j++;
  }
  let src = "";
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === "class") {
      src += it.s;
      continue;
    }
    const next = items[k + 1];
    const after = items[k + 2];
    // a range a-z: "-" between two characters, not first or last in the list
    if (next && next.kind === "char" && next.c === "-" && after && after.kind === "char" && k > -1) {
      if (it.c > after.c) throw new RegexError("invalid range");
      src += escClassChar(it.c) + "-" + escClassChar(after.c);
      k += 2;
      continue;
    }
    src += escClassChar(it.c);
  }
  return { src: (neg ? "[^" : "[") + src + "]", next: j };
}

function interval(body: string): string {
  const m = /^(\d+)(,(\d*))?$/.exec(body);
  if (!m) throw new RegexError("invalid interval");
  const lo = Number(m[1]);
  const hi = m[3] === undefined || m[3] === "" ? null : Number(m[3]);
  if (lo > RE_DUP_MAX || (hi !== null && (hi > RE_DUP_MAX || hi < lo))) throw new RegexError("invalid interval");
  return m[2] === undefined ? `{${lo}}` : hi === null ? `{${lo},}` : `{${lo},${hi}}`;
}

/** a POSIX basic (ere = false) or extended regular expression as JavaScript regex source */
export function posixToJs(p: string, ere: boolean): string {
  let out = "";
  let closed = 0;
  /** for each open group: the index in out where it starts */
  const stack: number[] = [];
  /** where the last atom starts in out (-1: no atom to quantify) */
  let atomStart = -1;
  let lastQuant = false;
  const atomAt = (start: number, src: string) => {
    out += src;
    atomStart = start;
    lastQuant = false;
  };
  const lit = (src: string) => atomAt(out.length, src);
  const noAtom = () => {
    atomStart = -1;
    lastQuant = false;
  };
  const quant = (q: string) => {
    // a quantified piece quantified again: a** is a*, a*{2} quantifies the group a*
    if (lastQuant) out = out.slice(0, atomStart) + "(?:" + out.slice(atomStart) + ")";
    out += q;
    lastQuant = true;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    const atStart = atomStart < 0;
    if (c === "\\") {
      if (i + 1 >= p.length) throw new RegexError("trailing backslash");
      const n = p[++i]!;
      if (!ere && n === "(") {
        stack.push(out.length);
        out += "(";
        noAtom();
        continue;
      }
      if (!ere && n === ")") {
        if (!stack.length) throw new RegexError("\\(\\) imbalance");
        const start = stack.pop()!;
        closed++;
        atomAt(start, ")");
        continue;
      }
      if (!ere && n === "{") {
        const end = p.indexOf("\\}", i + 1);
        if (end < 0) throw new RegexError("\\{\\} imbalance");
        if (atStart) throw new RegexError("invalid repetition");
        quant(interval(p.slice(i + 1, end)));
        i = end + 1;
        continue;
      }
      if (/[1-9]/.test(n)) {
        if (Number(n) > closed) throw new RegexError("invalid back reference");
        lit("\\" + n);
        continue;
      }
      lit(escChar(n));
      continue;
    }
    if (c === "[") {
      const b = bracket(p, i);
      lit(b.src);
      i = b.next - 1;
      continue;
    }
    if (c === ".") {
      lit(".");
      continue;
    }
    if (c === "*") {
      if (atStart) lit("\\*");
      else quant("*");
      continue;
    }
    if (c === "^") {
      if (ere || atStart) {
        out += "^";
        noAtom();
      } else lit("\\^");
      continue;
    }
    if (c === "$") {
      const last = i === p.length - 1 || (!ere && p.startsWith("\\)", i + 1));
      if (ere || last) {
        out += "$";
        noAtom();
      } else lit("\\$");
      continue;
    }
    if (ere) {
      if (c === "(") {
        stack.push(out.length);
        out += "(";
        noAtom();
        continue;
      }
      if (c === ")") {
        if (!stack.length) throw new RegexError("() imbalance");
        const start = stack.pop()!;
        closed++;
        atomAt(start, ")");
        continue;
      }
      if (c === "|") {
        out += "|";
        noAtom();
        continue;
      }
      if (c === "+" || c === "?") {
        if (atStart) throw new RegexError("?*+ not preceded by valid expression");
        quant(c);
        continue;
      }
      if (c === "{") {
        const end = p.indexOf("}", i + 1);
        if (end >= 0 && /^\d/.test(p.slice(i + 1, end)) && !atStart) {
          quant(interval(p.slice(i + 1, end)));
          i = end;
          continue;
        }
        lit("\\{");
        continue;
      }
    }
    lit(escChar(c));
  }
  if (stack.length) throw new RegexError("\\(\\) imbalance");
  return out;
}

export function escapeFixed(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
