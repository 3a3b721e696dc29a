// awk's state while it runs: the variables (awk's own among them), the current record and its
// fields, and the conversions that depend on CONVFMT, OFMT and SUBSEP.
//
// Fields are split lazily, with the FS (and RS paragraph mode) of the moment the record was read
// or assigned; assigning a field or NF marks the record to be rebuilt with OFS when $0 is next
// wanted, as one-true-awk does.
import { AwkArray, type Memory } from "./array.js";
import { Cell, SPECIALS, type Program, type Ref } from "./ast.js";
import { AwkFatal } from "./errors.js";
import { compileAwkRegex } from "./regex.js";
import { fromInput, numToStr, toNum, toOutput, UNINIT, type Value } from "./value.js";
import type { Regex } from "../re.js";

/** the record split by a field separator: " " (blanks, ends trimmed), one character, "" (each
 *  character) or an extended regular expression; in paragraph mode a newline always separates */
export function splitFields(s: string, fs: string, paragraph: boolean, re: (src: string) => Regex): string[] {
  if (s === "") return [];
  if (fs === " ") {
    const out: string[] = [];
    let i = 0;
    const n = s.length;
    for (;;) {
      while (i < n && (s[i] === " " || s[i] === "\t" || s[i] === "\n")) i++;
      if (i >= n) return out;
      const start = i;
      while (i < n && s[i] !== " " && s[i] !== "\t" && s[i] !== "\n") i++;
      out.push(s.slice(start, i));
    }
  }
  if (fs === "") return Array.from(s);
  if (fs.length === 1) {
    if (!paragraph || fs === "\n") return s.split(fs);
    return s.split("\n").flatMap((l) => l.split(fs));
  }
  const rx = re(paragraph ? `(${fs})|\n` : fs);
  const out: string[] = [];
  let start = 0;
  let from = 0;
  while (from <= s.length) {
    const m = rx.exec(s, from, from > 0);
    if (!m) break;
    if (m.end === m.start) {
      // an empty match separates nothing
      from = m.start + 1;
      continue;
    }
    out.push(s.slice(start, m.start));
    start = from = m.end;
  }
  out.push(s.slice(start));
  return out;
}

/** the most fields a record may be given (more would take the host's memory) */
const MAX_FIELDS = 1_000_000;

export class Runtime {
  readonly NF: Cell;
  readonly NR: Cell;
  readonly FNR: Cell;
  readonly FS: Cell;
  readonly OFS: Cell;
  readonly ORS: Cell;
  readonly RS: Cell;
  readonly SUBSEP: Cell;
  readonly FILENAME: Cell;
  readonly ENVIRON: Cell;
  readonly ARGC: Cell;
  readonly ARGV: Cell;
  readonly RSTART: Cell;
  readonly RLENGTH: Cell;
  readonly CONVFMT: Cell;
  readonly OFMT: Cell;
  /** the parameters and locals of the function being run */
  frame: Cell[] = [];
  /** the program line being run (for messages) */
  line = 1;
  /** what the arrays hold, against the data limit (set by the interpreter) */
  readonly mem: Memory = { used: 0, limit: Infinity };

  private rec = "";
  private recVal: Value | null = null;
  private fields: Value[] | null = null;
  private nf = 0;
  /** a field or NF was assigned: $0 is rebuilt with OFS when next wanted */
  private stale = false;
  private recFS = " ";
  private recParagraph = false;
  private regexes = new Map<string, Regex>();

  constructor(readonly prog: Program) {
    const cell = (name: string) => {
      let c = prog.globals.get(name);
      if (!c) prog.globals.set(name, (c = new Cell(name)));
      return c;
    };
    const [NF, NR, FNR, FS, OFS, ORS, RS, SUBSEP, FILENAME, ENVIRON, ARGC, ARGV, RSTART, RLENGTH, CONVFMT, OFMT] = SPECIALS.map(cell);
    this.NF = NF!;
    this.NR = NR!;
    this.FNR = FNR!;
    this.FS = FS!;
    this.OFS = OFS!;
    this.ORS = ORS!;
    this.RS = RS!;
    this.SUBSEP = SUBSEP!;
    this.FILENAME = FILENAME!;
    this.ENVIRON = ENVIRON!;
    this.ARGC = ARGC!;
    this.ARGV = ARGV!;
    this.RSTART = RSTART!;
    this.RLENGTH = RLENGTH!;
    this.CONVFMT = CONVFMT!;
    this.OFMT = OFMT!;
    this.NR.val = this.FNR.val = this.RSTART.val = this.NF.val = 0;
    this.RLENGTH.val = -1;
    this.FS.val = this.OFS.val = " ";
    this.ORS.val = this.RS.val = "\n";
    this.SUBSEP.val = "\x1c";
    this.FILENAME.val = "";
    this.CONVFMT.val = this.OFMT.val = "%.6g";
    this.ENVIRON.arr = new AwkArray(this.mem);
    this.ARGV.arr = new AwkArray(this.mem);
  }

  fatal(id: string, ...args: (string | number)[]): never {
    throw new AwkFatal(id, args);
  }

  // ---- conversions ----

  convfmt(): string {
    return this.str(this.CONVFMT.val, "%.6g");
  }

  /** a value as a string (numbers by CONVFMT) */
  str(v: Value, fmt?: string): string {
    if (typeof v === "string") return v;
    if (typeof v === "number") return numToStr(v, fmt ?? this.convfmt());
    return v.s;
  }

  /** a value as print writes it (numbers by OFMT) */
  out(v: Value): string {
    return typeof v === "number" ? toOutput(v, this.str(this.OFMT.val, "%.6g")) : toOutput(v, "");
  }

  /** a regular expression from its awk source, compiled once */
  regex(src: string): Regex {
    let r = this.regexes.get(src);
    if (!r) {
      r = compileAwkRegex(src, (s) => this.fatal("awk.badre", s));
      if (this.regexes.size > 500) this.regexes.clear();
      this.regexes.set(src, r);
    }
    return r;
  }

  // ---- variables ----

  cellOf(ref: Ref): Cell {
    return ref.scope === "global" ? ref.cell : this.frame[ref.index]!;
  }

  read(ref: Ref): Value {
    const cell = ref.scope === "global" ? ref.cell : this.frame[ref.index]!;
    if (cell.arr) this.fatal("awk.arrscalar", ref.name);
    if (cell === this.NF) return this.getNF();
    return cell.val;
  }

  write(ref: Ref, v: Value): void {
    const cell = ref.scope === "global" ? ref.cell : this.frame[ref.index]!;
    if (cell.arr) this.fatal("awk.arrassign", ref.name);
    if (cell === this.NF) this.setNF(toNum(v));
    cell.val = v;
  }

  /** the array a name stands for; a variable never used as a scalar becomes one (and an
   *  untyped parameter makes its caller's variable the same array) */
  array(ref: Ref): AwkArray {
    const cell = this.cellOf(ref);
    if (cell.arr) return cell.arr;
    if (cell.origin?.arr) cell.arr = cell.origin.arr;
    else {
      cell.arr = new AwkArray(this.mem);
      for (let o = cell.origin; o && !o.arr && o.val === UNINIT; o = o.origin) o.arr = cell.arr;
    }
    cell.val = UNINIT;
    return cell.arr;
  }

  /** the subscript of a[i, j]: each part as a string, joined by SUBSEP */
  key(parts: Value[]): string {
    if (parts.length === 1) return this.str(parts[0]!);
    const sep = this.str(this.SUBSEP.val);
    return parts.map((p) => this.str(p)).join(sep);
  }

  /** a[k] as a value: referring to an element creates it */
  elem(a: AwkArray, k: string): Value {
    const v = a.get(k);
    if (v !== undefined) return v;
    a.set(k, UNINIT);
    return UNINIT;
  }

  // ---- the record and its fields ----

  setRecord(s: string): void {
    this.rec = s;
    this.recVal = null;
    this.fields = null;
    this.stale = false;
    this.recFS = this.str(this.FS.val);
    this.recParagraph = this.str(this.RS.val) === "";
  }

  private split(): Value[] {
    if (this.fields) return this.fields;
    const parts = splitFields(this.rec, this.recFS, this.recParagraph, (s) => this.regex(s));
    this.fields = parts.map(fromInput);
    this.nf = parts.length;
    return this.fields;
  }

  record(): string {
    if (this.stale) {
      const ofs = this.str(this.OFS.val);
      this.rec = this.fields!.map((f) => this.str(f)).join(ofs);
      this.stale = false;
      this.recVal = null;
    }
    return this.rec;
  }

  /** the number of a field from a value: $(-1) is an error */
  fieldIndex(v: Value): number {
    const n = Math.trunc(toNum(v));
    if (!(n >= 0)) this.fatal("awk.badfield", this.str(v));
    return n;
  }

  getField(i: number): Value {
    if (i === 0) return (this.recVal ??= fromInput(this.record()));
    return this.split()[i - 1] ?? UNINIT;
  }

  setField(i: number, v: Value): void {
    if (i === 0) return this.setRecord(this.str(v));
    if (i > MAX_FIELDS) this.fatal("awk.nomem");
    const f = this.split();
    while (f.length < i) f.push(UNINIT);
    f[i - 1] = v;
    if (i > this.nf) this.nf = i;
    this.stale = true;
    this.recVal = null;
  }

  getNF(): number {
    this.split();
    return this.nf;
  }

  setNF(n: number): void {
    const f = this.split();
    n = Math.trunc(n);
    if (!(n >= 0)) this.fatal("awk.badfield", String(n));
    if (n > MAX_FIELDS) this.fatal("awk.nomem");
    while (f.length < n) f.push(UNINIT);
    f.length = n;
    this.nf = n;
    this.stale = true;
    this.recVal = null;
  }

  num(v: Value): number {
    return toNum(v);
  }
}
