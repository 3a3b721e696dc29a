// How AIX file (file.c of AIX 4.1.3) tells kinds of text apart when no magic number matched:
// C source, FORTRAN, assembler, troff input, data with 8-bit characters, commands (an executable
// text file), English or plain ascii text. The same tests in the same order, on the first
// 1024 bytes (bytes past the end of a short file read as 0).

const C_WORDS = ["int", "char", "float", "struct", "extern", "double", "void", "static", "typedef", "signed", "unsigned", "register", "long", "short", "extern", "const", "volatile", "auto", "enum"];
const FORT_WORDS = ["function", "subroutine", "common", "dimension", "block", "integer", "real", "data", "double", "program", "FUNCTION", "SUBROUTINE", "COMMON", "DIMENSION", "BLOCK", "INTEGER", "REAL", "DATA", "DOUBLE", "PROGRAM"];
const ASC_WORDS = ["sys", "mov", "tst", "clr", "jmp"];
const AS_WORDS = ["globl", "byte", "even", "text", "data", "bss", "comm"];

/** the catalog ids of what file prints, with the text kind's suffix (8-bit characters) */
export interface TextKind {
  /** the id of the kind (file.cprog, file.ascii ...) */
  id: string;
  /** the kind is followed by " with 8-bit characters" (AGARB) */
  garbage: boolean;
  /** "data": a comment line longer than 255 bytes */
}

const SP = 32;
const TAB = 9;
const NL = 10;
const ch = (s: string) => s.charCodeAt(0);

class Scan {
  i = 0;
  constructor(
    readonly b: Uint8Array,
    readonly n: number,
  ) {}
  at(k: number): number {
    return this.b[k] ?? 0;
  }
  /** a comment block / * ... * / and the blank lines around it (ccom) */
  ccom(): boolean {
    for (let c = this.at(this.i); c === SP || c === TAB || c === NL; c = this.at(this.i)) if (this.i++ >= this.n) return false;
    if (this.at(this.i) === ch("/") && this.at(this.i + 1) === ch("*")) {
      this.i += 2;
      while (this.at(this.i) !== ch("*") || this.at(this.i + 1) !== ch("/")) {
        this.i += this.at(this.i) === ch("\\") ? 2 : 1;
        if (this.i >= this.n) return false;
      }
      if ((this.i += 2) >= this.n) return false;
    }
    if (this.at(this.i) === NL) return this.ccom();
    return true;
  }
  /** assembler comment lines (#) */
  ascom(): boolean {
    while (this.at(this.i) === ch("#")) {
      this.i++;
      while (this.at(this.i++) !== NL) if (this.i >= this.n) return false;
      while (this.at(this.i) === NL) if (this.i++ >= this.n) return false;
    }
    return true;
  }
  /** one of the words, then a blank, newline, { or / (lookup) */
  lookup(words: string[]): boolean {
    while (this.at(this.i) === SP || this.at(this.i) === TAB || this.at(this.i) === NL) this.i++;
    for (const w of words) {
      let k = this.i;
      let l = 0;
      while (l < w.length && w.charCodeAt(l) === this.at(k)) {
        l++;
        k++;
      }
      if (l < w.length) continue;
      const after = this.at(k);
      if (after === SP || after === NL || after === TAB || after === ch("{") || after === ch("/")) {
        this.i = k;
        return true;
      }
    }
    return false;
  }
}

/** english(): letter frequencies of ordinary English */
function english(b: Uint8Array, n: number): boolean {
  if (n < 50) return false;
  const ct = new Array<number>(128).fill(0);
  let punct = 0;
  let badpun = 0;
  for (let j = 0; j < n; j++) {
    const c = b[j]!;
    if (c < 128) ct[c | 0o40]!++;
    if (".,)%;:?".includes(String.fromCharCode(c))) {
      punct++;
      if (j < n - 1 && b[j + 1] !== SP && b[j + 1] !== NL) badpun++;
    }
  }
  if (badpun * 5 > punct) return false;
  const k = (s: string) => ct[ch(s)]!;
  const vow = k("a") + k("e") + k("i") + k("o") + k("u");
  const freq = k("e") + k("t") + k("a") + k("i") + k("o") + k("n");
  const rare = k("v") + k("j") + k("k") + k("q") + k("x") + k("z");
  if (2 * k(";") > k("e")) return false;
  if (k(">") + k("<") + k("/") > k("e")) return false;
  return vow * 5 >= n - k(" ") && freq >= 10 * rare;
}

/** the C-program test (from `check:` in file.c); "c" when it is C, "notc", "notas" */
function cProgram(s: Scan): "c" | "notc" | "notas" {
  for (;;) {
    if (s.lookup(C_WORDS)) {
      for (let c = s.at(s.i++); c !== ch(";") && c !== ch("{"); c = s.at(s.i++)) if (s.i >= s.n) return "notc";
      return "c";
    }
    let nl = 0;
    let again = false;
    while (s.at(s.i) !== ch("(")) {
      if (s.at(s.i) <= 0) return "notas";
      if (s.at(s.i) === ch(";")) {
        s.i++;
        again = true;
        break;
      }
      if (s.at(s.i++) === NL && nl++ > 6) return "notc";
      if (s.i >= s.n) return "notc";
    }
    if (again) continue;
    for (const close of [")", "{"]) {
      while (s.at(s.i) !== ch(close)) {
        if (s.at(s.i++) === NL && nl++ > 6) return "notc";
        if (s.i >= s.n) return "notc";
      }
    }
    return "c";
  }
}

/** the assembler test (notfort: in file.c): an id, or null to go on to `notas` */
function assembler(s: Scan): string | null {
  s.i = 0;
  if (!s.ascom()) return null;
  let j = s.i - 1;
  if (s.at(s.i) === ch(".")) {
    s.i++;
    if (s.lookup(AS_WORDS)) return "file.asm";
    if (j !== -1 && s.at(j) === NL && /[A-Za-z]/.test(String.fromCharCode(s.at(j + 2)))) return "file.troffin";
  }
  while (!s.lookup(ASC_WORDS)) {
    if (!s.ascom()) return null;
    while (s.at(s.i) !== NL && s.at(s.i++) !== ch(":")) if (s.i >= s.n) return null;
    while (s.at(s.i) === NL || s.at(s.i) === SP || s.at(s.i) === TAB) if (s.i++ >= s.n) return null;
    j = s.i - 1;
    if (s.at(s.i) === ch(".")) {
      s.i++;
      if (s.lookup(AS_WORDS)) return "file.asm";
      if (s.at(j) === NL && /[A-Za-z]/.test(String.fromCharCode(s.at(j + 2)))) return "file.troffin";
    }
  }
  return "file.asm";
}

/**
 * The kind of a file's text: the catalog id of its description; `garbage` when bytes over 127
 * follow the part looked at (file.c's outa:). `executable`: access(X_OK) succeeds.
 */
export function textKind(b: Uint8Array, n: number, executable: boolean): { id: string; garbage: boolean } {
  const s = new Scan(b, n);
  const done = (id: string) => {
    for (; s.i < n; s.i++) if (b[s.i]! > 127) return { id, garbage: true };
    return { id, garbage: false };
  };
  let kind: "c" | "notc" | "notas" = "notc";
  if (s.ccom()) {
    kind = "c";
    while (s.at(s.i) === ch("#") && kind === "c") {
      const j = s.i;
      while (s.at(s.i++) !== NL) {
        if (s.i - j > 255) return { id: "file.data", garbage: false };
        if (s.i >= n) {
          kind = "notc";
          break;
        }
      }
      if (kind === "c" && !s.ccom()) kind = "notc";
    }
    if (kind === "c") kind = cProgram(s);
    if (kind === "c") return done("file.cprog");
  }
  if (kind === "notc") {
    s.i = 0;
    let fortran = true;
    while (s.at(s.i) === ch("c") || s.at(s.i) === ch("C") || s.at(s.i) === ch("#")) {
      while (s.at(s.i++) !== NL) {
        if (s.i >= n) {
          fortran = false;
          break;
        }
      }
      if (!fortran) break;
    }
    if (fortran && s.lookup(FORT_WORDS)) return done("file.fortran");
    const asm = assembler(s);
    if (asm !== null) return done(asm);
  }
  for (s.i = 0; s.i < n; s.i++) {
    if (b[s.i]! & 0o200) return { id: b[0] === 0o100 && b[1] === 0o357 ? "file.troffout" : "file.intl", garbage: false };
  }
  return done(executable ? "file.commands" : english(b, n) ? "file.english" : "file.ascii");
}
