// sed's editing script: split into lines and compiled into a flat list of commands, the way AIX
// sed (sed0.c of AIX 4.1.3) reads it. Its rules, kept here on purpose:
// - a line of an -e string or of the script operand ends at a newline not after a backslash; a
//   line of an -f file must end with a newline (a last line without one is not read);
// - `#n` on the first line of a script part sets -n; a line starting with # is a comment;
// - addresses: N, $, /re/ and \cREc; a range is addr1,addr2 (or addr1;addr2); an empty RE is
//   the last one compiled (an address too: 3s//x/ puts x at the start of line 3);
// - a command may be followed only by ; or the end of the line (no blanks); a, i, c need `\`
//   and a newline, r and w exactly one blank; a label is the rest of its line (8 characters at
//   most); } ends its line: what follows it on the line is not read.
import { compileRegex, RegexError } from "../re.js";
import { ScriptError, type Addr, type Cmd, type ScriptHost, type WFile } from "./types.js";

const GLOBAL = 0;
/** the most \( groups AIX's regcomp takes in one expression (regex.h _REG_SUBEXP_MAX) */
const SUBEXP_MAX = 23;

type After = "end" | "any" | "line";


/** the compiled script, built part by part (each -e, -f or the operand) */
export class Script {
  readonly cmds: Cmd[] = [];
  nflag = false;
  private labels = new Map<string, number>();
  private branches: { cmd: Cmd; label: string }[] = [];
  private braces: Cmd[] = [];
  /** the last address or expression compiled (what an empty RE means) */
  private lastAddr: Addr | null = null;
  /** parenthesised groups of the last expression compiled (\N in a replacement) */
  private nsub = 0;
  private wfiles = new Map<string, WFile>();
  private line = "";
  private cp = 0;

  constructor(private host: ScriptHost) {}

  /** compile one part of the script */
  add(lines: string[]): void {
    lines.forEach((line, i) => {
      if (line.startsWith("#")) {
        if (i === 0 && line[1] === "n") this.nflag = true;
        return;
      }
      this.line = line;
      this.cp = 0;
      this.compileLine();
    });
  }

  /** after the last part: unclosed braces, undefined labels */
  finish(): void {
    if (this.braces.length > 0) throw new ScriptError("sed.leftbrace");
    for (const b of this.branches) {
      const at = this.labels.get(b.label);
      if (at === undefined) throw new ScriptError("sed.undeflabel", b.label);
      b.cmd.jump = at;
    }
  }

  private get c(): string | undefined {
    return this.line[this.cp];
  }

  private fail(id: string): never {
    throw new ScriptError(id, this.line);
  }

  private skipBlanks(): void {
    while (this.c === " " || this.c === "\t") this.cp++;
  }

  /** the commands of one line (several when separated by ;) */
  private compileLine(): void {
    for (;;) {
      this.skipBlanks();
      if (this.c === undefined) return;
      if (this.c === ";") {
        this.cp++;
        continue;
      }
      const cmd = this.newCmd();
      const after = this.command(cmd);
      if (after === "line") return;
      // after { the next command may follow at once (sed0.c goto comploop)
      if (after === "any") continue;
      const next = this.c;
      this.cp++;
      if (next === undefined) return;
      if (next !== ";") this.fail("sed.cantparse");
    }
  }

  private newCmd(): Cmd {
    const first = this.address();
    let a2: Addr | null = null;
    // an empty first RE stands for the last one, and no range follows it (sed0.c)
    if (first !== null && first !== "empty" && (this.c === "," || this.c === ";")) {
      this.cp++;
      const a = this.address();
      if (a === null) this.fail("sed.cantparse");
      a2 = a === "empty" ? this.lastAddr : a;
    }
    let a1: Addr | null = null;
    if (first === "empty") {
      if (this.lastAddr === null) throw new ScriptError("sed.firstre");
      a1 = this.lastAddr;
    } else a1 = first;
    return { op: "", a1, a2, neg: false, inRange: false, text: "", jump: -1, re: null, rhs: "", nth: 1, print: 0, wfile: null, ymap: null };
  }

  /** an address, or null when there is none; "empty" for // */
  private address(): Addr | "empty" | null {
    const c = this.c;
    if (c === "$") {
      this.cp++;
      return (this.lastAddr = { kind: "last" });
    }
    if (c === "/" || c === "\\") {
      if (c === "\\") this.cp++;
      const delim = this.c;
      if (delim === undefined) this.fail("sed.cantparse");
      this.cp++;
      const re = this.regex(delim);
      return re === null ? "empty" : (this.lastAddr = re);
    }
    const m = /^[0-9]+/.exec(this.line.slice(this.cp));
    if (!m) return null;
    this.cp += m[0].length;
    return (this.lastAddr = { kind: "line", n: Number(m[0]) });
  }

  /** an expression up to `delim` (null when empty); brackets may hold the delimiter */
  private regex(delim: string): Addr | null {
    let p = "";
    let brackets = 0;
    for (;;) {
      const c = this.c;
      if (c === undefined) this.fail("sed.cantparse");
      if (brackets === 0 && c === delim) {
        this.cp++;
        break;
      }
      if (c === "\\" && brackets === 0) {
        const n = this.line[this.cp + 1];
        if (n === undefined) this.fail("sed.cantparse");
        p += n === "n" ? "\n" : "\\" + n;
        this.cp += 2;
        continue;
      }
      const n = this.line[this.cp + 1];
      if (c === "[") {
        if (brackets === 0) brackets += (n === "^" && this.line[this.cp + 2] === "]") || n === "]" ? 2 : 1;
        else if (n === "." || n === ":" || n === "=") brackets++;
      } else if (c === "]" && brackets > 0) brackets--;
      p += c;
      this.cp++;
    }
    if (p === "") return null;
    try {
      const re = compileRegex(p, { ere: false });
      // AIX regcomp refuses a 24th \( (REG_EPAREN: regex.h _REG_SUBEXP_MAX is 23)
      if (re.groupCount > SUBEXP_MAX) this.fail("sed.cantparse");
      this.nsub = re.groupCount;
      return { kind: "re", re };
    } catch (e) {
      if (e instanceof RegexError) this.fail("sed.cantparse");
      throw e;
    }
  }

  /** the text after a, i, c, r, w: to the end of the line, each backslash dropped */
  private text(): string {
    let t = "";
    while (this.cp < this.line.length) {
      if (this.c === "\\") this.cp++;
      if (this.cp >= this.line.length) break;
      t += this.line[this.cp++];
    }
    return t;
  }

  private label(): string {
    const l = this.line.slice(this.cp);
    if (l.length > 8) throw new ScriptError("sed.longlabel", this.line);
    this.cp = this.line.length;
    return l;
  }

  private wfile(path: string, id: string): WFile {
    // sed0.c counts before it looks for the name among the open files
    if (this.wfiles.size >= 10) throw new ScriptError("sed.wfiles");
    const known = this.wfiles.get(path);
    if (known) return known;
    const f = this.host.openW(path);
    if (f === null) throw new ScriptError(id, path);
    this.wfiles.set(path, f);
    return f;
  }

  /**
   * The function of a command, and what may follow it: "end" a ; or the end of the line,
   * "any" another command (after {), "line" nothing (the rest of the line is not read).
   */
  private command(cmd: Cmd): After {
    this.skipBlanks();
    for (;;) {
      const f = this.c;
      this.cp++;
      cmd.op = f ?? "";
      if (f === "!") {
        cmd.neg = true;
        continue;
      }
      return this.function(cmd, f);
    }
  }

  private oneAddress(cmd: Cmd): void {
    if (cmd.a2 !== null) this.fail("sed.oneaddr");
  }

  private push(cmd: Cmd): void {
    this.cmds.push(cmd);
  }

  private function(cmd: Cmd, f: string | undefined): After {
    switch (f) {
      case "{":
        cmd.neg = !cmd.neg;
        this.push(cmd);
        this.braces.push(cmd);
        return this.c === undefined ? "line" : "any";
      case "}": {
        if (cmd.a1 !== null) this.fail("sed.noaddr");
        const open = this.braces.pop();
        if (!open) throw new ScriptError("sed.rightbrace");
        open.jump = this.cmds.length;
        return "line";
      }
      case ":": {
        if (cmd.a1 !== null) this.fail("sed.noaddr");
        while (this.c === " ") this.cp++;
        const l = this.label();
        if (this.labels.has(l)) this.fail("sed.duplabel");
        this.labels.set(l, this.cmds.length);
        return "line";
      }
      case "=":
      case "q":
        this.oneAddress(cmd);
        break;
      case "a":
      case "i":
      case "c":
      case "r":
      case "w":
        this.withText(cmd, f);
        break;
      case "b":
      case "t":
        while (this.c === " ") this.cp++;
        if (this.c !== undefined) this.branches.push({ cmd, label: this.label() });
        break;
      case "s":
        this.substitute(cmd);
        break;
      case "y":
        this.transliterate(cmd);
        break;
      case "d": case "D": case "g": case "G": case "h": case "H": case "l":
      case "n": case "N": case "p": case "P": case "x":
        break;
      default:
        throw new ScriptError("sed.notfunc", this.line);
    }
    this.push(cmd);
    return "end";
  }

  /** a\ i\ c\ take the text after a backslash and a newline; r and w a file after one blank */
  private withText(cmd: Cmd, f: string): void {
    if (f !== "c" && f !== "w") this.oneAddress(cmd);
    if (f === "r" || f === "w") {
      if (this.line[this.cp++] !== " ") this.fail("sed.cantparse");
      if (f === "r") cmd.text = this.text();
      else cmd.wfile = this.wfile(this.text(), "sed.create");
      return;
    }
    if (this.c === "\\") this.cp++;
    if (this.c !== "\n") this.fail("sed.cantparse");
    this.cp++;
    cmd.text = this.text();
  }

  private substitute(cmd: Cmd): void {
    const delim = this.c;
    if (delim === undefined) this.fail("sed.cantparse");
    this.cp++;
    const re = this.regex(delim);
    if (re !== null) this.lastAddr = re;
    cmd.re = re ?? this.lastAddr;
    cmd.rhs = this.replacement(delim);
    cmd.nth = this.host.global ? GLOBAL : 1;
    for (;;) {
      const c = this.c;
      if (c === undefined || !"gpPw0123456789".includes(c)) break;
      if (c === "g") cmd.nth = GLOBAL;
      else if (c === "p") cmd.print = 1;
      else if (c === "P") cmd.print = 2;
      else if (c === "w") {
        this.cp++;
        if (this.line[this.cp++] !== " ") this.fail("sed.cantparse");
        cmd.wfile = this.wfile(this.text(), "sed.wopen");
        break;
      } else {
        const m = /^[0-9]+/.exec(this.line.slice(this.cp))!;
        cmd.nth = Number(m[0]);
        if (cmd.nth === 0) this.fail("sed.cantparse");
        this.cp += m[0].length - 1;
      }
      this.cp++;
    }
    if (cmd.re === null) throw new ScriptError("sed.firstre");
  }

  /** the replacement up to the delimiter; backslashes stay (they are read when it is used) */
  private replacement(delim: string): string {
    let r = "";
    for (;;) {
      const c = this.c;
      if (c === undefined) this.fail("sed.cantparse");
      this.cp++;
      if (c === delim) return r;
      if (c === "\\") {
        const n = this.c;
        if (n === undefined) this.fail("sed.cantparse");
        // \N beyond the expression's groups: sed0.c stops reading, the line cannot be parsed
        if (n >= "1" && n <= "9" && Number(n) > this.nsub) this.fail("sed.cantparse");
        r += c + n;
        this.cp++;
        continue;
      }
      r += c;
    }
  }

  private transliterate(cmd: Cmd): void {
    const delim = this.c;
    if (delim === undefined) this.fail("sed.cantparse");
    this.cp++;
    const chars = (): string[] => {
      const out: string[] = [];
      for (;;) {
        const c = this.c;
        if (c === undefined) this.fail("sed.cantparse");
        this.cp++;
        if (c === delim) return out;
        if (c === "\\" && this.c === "n") {
          this.cp++;
          out.push("\n");
        } else out.push(c);
      }
    };
    const from = chars();
    const to = chars();
    if (from.length !== to.length) this.fail("sed.cantparse");
    cmd.ymap = new Map();
    from.forEach((c, i) => {
      if (!cmd.ymap!.has(c)) cmd.ymap!.set(c, to[i]!);
    });
  }
}
