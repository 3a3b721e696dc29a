// sort's command line, as AIX 4.1.3 sort.c reads it: getopt "bcdfik:mno:rt:uy:z:AT:" with the
// old +POS1 and -POS2 taken whole, and -y with its number left out. The ordering flags
// (-b -d -f -i -n -r) are global wherever they stand among -k keys (4.1.3 refused them after a
// -k; AIX 7.2, POSIX and Solaris take them); after a +POS1 or -POS2 they belong to that key. A -o
// among the file operands (the old place for it) is taken out of them too.
import { addKey, isProto, KeySyntax, protoField, type Field, type Ordering } from "./sortkeys.js";

export interface SortOptions {
  check: boolean;
  merge: boolean;
  unique: boolean;
  output: string | null;
  /** -z: the longest record for -c and -m (0: the default) */
  recordSize: number;
  /** a key or an ordering flag was given: records are keyed (their lines limited in length) */
  keyed: boolean;
  ascii: boolean;
  ordering: Ordering;
  files: string[];
}

/** what went wrong, with the catalog id to print (usage unless another is named) */
export class SortOptionError extends Error {
  constructor(
    readonly id: string,
    readonly arg: string = "",
  ) {
    super(id);
  }
}

/** the longest -T directory the temporary file names leave room for (file1[100]) */
const MAX_TMPDIR = 100 - 12;
/** how many fields sort.c keeps (NF): field 0 and nine keys */
const NF = 10;

interface State {
  fields: Field[];
  pos1flag: boolean;
  kopt: boolean;
  badopt: number;
  /** an option that qualifies the sort was seen (not A, T, o, u, y, z) */
  cmpset: boolean;
  o: SortOptions;
}

function key(st: State, s: string, spos: 0 | 1, ink: boolean): void {
  const before = st.fields.length;
  try {
    st.pos1flag = addKey(st.fields, s, spos, ink, st.pos1flag);
  } catch (e) {
    if (e instanceof KeySyntax) throw new SortOptionError("sort.usage");
    throw e;
  }
  // field 0 and at most NF - 1 keys
  if (st.fields.length > before && st.fields.length - 1 >= NF) throw new SortOptionError("sort.keys");
}

/** an ordering flag: global (field 0) before any key and wherever it stands among -k keys — POSIX
 *  and AIX 7.2's sort take `sort -t: -k3 -n`, the global flags then going to every key that has
 *  none of its own (finish); on the key being defined after an old +POS1/-POS2 */
function ordering(st: State, c: string): void {
  const p = st.kopt ? st.fields[0]! : st.fields[st.fields.length - 1]!;
  if (c === "d") p.ignore = "dict";
  else if (c === "f") p.fold = true;
  else if (c === "i") p.ignore = "nonprint";
  else if (c === "n") p.numeric = true;
  else if (c === "r") p.rflg = -1;
  else if (c === "b") {
    if (st.kopt || st.fields.length === 1) p.b[0]++;
    else p.b[st.pos1flag ? 0 : 1]++;
  }
}

/** one getopt letter (with its value when it takes one) */
function flag(st: State, c: string, value: string | undefined): void {
  const o = st.o;
  if ("bdfinr".includes(c)) ordering(st, c);
  else if (c === "c") o.check = true;
  else if (c === "m") o.merge = true;
  else if (c === "u") o.unique = true;
  else if (c === "o") o.output = value!;
  else if (c === "t") {
    if (value!.length === 1) o.ordering.tab = value!.charCodeAt(0) & 0xff;
    else st.badopt++;
  } else if (c === "k") {
    st.kopt = true;
    key(st, value!, 0, true);
  } else if (c === "y") {
    if (!/^[+-]?\d+$/.test(value!.trim())) st.badopt++;
  } else if (c === "z") {
    if (!/^\s*[+-]?\d*$/.test(value!)) st.badopt++;
    else o.recordSize = Math.max(0, Number(value!.trim() || "0"));
  } else if (c === "A") o.ascii = true;
  else if (c === "T") {
    if (value!.length + 12 > 100) throw new SortOptionError("sort.path", value!);
  }
  if (!"ATouyz".includes(c) && !o.merge) st.cmpset = true;
}

/** AIX sort's letters (a system's sort may take others: toolOptstring "sort") */
export const SORT_OPTIONS = "bcdfik:mno:rt:uy:z:AT:";

/** the flags of argv (getopt's order and its messages through `report`) */
export function parseSort(argv: readonly string[], report: (kind: "badflag" | "needarg", f: string) => void, specs = SORT_OPTIONS): SortOptions {
  const o: SortOptions = {
    check: false, merge: false, unique: false, output: null, recordSize: 0, keyed: false, ascii: false,
    ordering: { keys: [], whole: protoField(), tab: null, sep: 44, plain: true },
    files: [],
  };
  const st: State = { fields: [o.ordering.whole], pos1flag: false, kopt: false, badopt: 0, cmpset: false, o };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a[0] === "+") {
      key(st, a.slice(1), 0, false);
      st.cmpset = true;
    } else if (a[0] === "-" && a.length > 1 && (/\d/.test(a[1]!) || a[1] === ".")) {
      key(st, a.slice(1), 1, false);
      st.cmpset = true;
    } else if (a === "-y" && (i + 1 >= argv.length || !/^\d/.test(argv[i + 1]!))) {
      st.cmpset = true;
    } else if (a === "--") {
      i++;
      break;
    } else if (a[0] !== "-" || a === "-") break;
    else {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const at = specs.indexOf(c);
        if (at < 0 || c === ":") {
          report("badflag", c);
          st.badopt++;
          continue;
        }
        if (specs[at + 1] !== ":") {
          flag(st, c, undefined);
          continue;
        }
        let v = a.slice(j + 1);
        if (v === "") {
          if (i + 1 >= argv.length) {
            report("needarg", c);
            throw new SortOptionError("sort.usage");
          }
          v = argv[++i]!;
        }
        flag(st, c, v);
        break;
      }
    }
  }
  o.files = takeOutput(o, argv.slice(i));
  if (st.badopt) throw new SortOptionError("sort.usage");
  finish(st);
  return o;
}

/** the old -o among the files: "-o name" or "-oname" (a last lone "-o" stays a file) */
function takeOutput(o: SortOptions, operands: string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < operands.length; i++) {
    const a = operands[i]!;
    if (a.startsWith("-o") && a.length === 2 && i + 1 < operands.length) {
      o.output = operands[++i]!;
    } else if (a.startsWith("-o") && a.length > 2) o.output = a.slice(2);
    else files.push(a);
  }
  return files;
}

/** keys without modifiers take the global ones; the ordering is settled */
function finish(st: State): void {
  const o = st.o;
  const [whole, ...keys] = st.fields as [Field, ...Field[]];
  for (const p of keys) {
    if (!isProto(p)) continue;
    p.fold = whole.fold;
    p.ignore = whole.ignore;
    p.numeric = whole.numeric;
    p.rflg = whole.rflg;
    p.b = [whole.b[0], whole.b[0]];
  }
  o.ordering.keys = keys.length ? keys : [whole];
  o.ordering.plain = keys.length === 0 && isProto(whole);
  o.ordering.sep = o.ascii ? -1 : 44;
  o.keyed = st.cmpset && !o.ascii;
}
