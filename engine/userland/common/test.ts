// test and [: the ksh88 built-in (one command: the shell runs `[` as test with argv[0] "["). The expression is parsed by recursive descent as ksh88's
// test.c does (-o binds looser than -a, ! and ( ) on top): a unary operator takes the next word
// whatever it is, a missing operand is "0403-004 Specify a parameter", a word where an operator
// should be is "0403-012 A test command parameter is not valid". The numeric comparisons take
// arithmetic expressions (`[ x -eq 0 ]` is true when x is unset), as in ksh.
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { ArithError, evalArith, type Int } from "../sh/arith.js";
import { Buffer, type CommandContext, type CommandDef } from "../types.js";
import { isTTY } from "./lib.js";
import { err, exitAfter, msg } from "./msg.js";

/** a test syntax error: the message is printed, the status is 1 (bash's test: 2) */
export class TestError extends Error {
  constructor(
    message: string,
    readonly id = "",
    readonly args: string[] = [],
  ) {
    super(message);
  }
}

const UNARY = new Set(["-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-L", "-n", "-p", "-r", "-s", "-S", "-t", "-u", "-w", "-x", "-z", "-O", "-G"]);
const BINARY = new Set(["=", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

class Test {
  private pos = 0;
  constructor(
    private ctx: CommandContext,
    private args: string[],
  ) {}

  private fail(id: string, ...a: string[]): never {
    // the command's name (test or [) follows the text's own arguments (bash names it)
    const args = [...a, this.ctx.argv[0]!.replace(/.*\//, "")];
    throw new TestError(msg(this.ctx, id, ...args), id, args);
  }

  /** the next word; a missing one is an error unless `optional` */
  private word(optional = false): string | undefined {
    const w = this.args[this.pos];
    if (w === undefined) {
      if (optional) return undefined;
      this.fail("test.argexp");
    }
    this.pos++;
    return w;
  }

  run(): boolean {
    const v = this.or();
    // words left over (bash: "too many arguments"; AIX and 4.4BSD name the word as a bad operator)
    if (this.pos < this.args.length) this.fail("test.toomany", this.args[this.pos]!);
    return v;
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.pos] === "-o") {
      this.pos++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.pos] === "-a") {
      this.pos++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  private not(): boolean {
    if (this.args[this.pos] === "!") {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const arg = this.word()!;
    if (arg === "(") {
      const v = this.or();
      if (this.word(true) !== ")") this.fail("test.paren");
      return v;
    }
    if (UNARY.has(arg) && !(BINARY.has(this.args[this.pos] ?? "") && this.args[this.pos + 1] !== undefined)) {
      return this.unary(arg, this.word()!);
    }
    const op = this.args[this.pos];
    if (op === undefined || op === "-a" || op === "-o" || op === ")") return arg !== "";
    if (!BINARY.has(op)) this.fail("test.badop", op);
    this.pos++;
    return this.binary(arg, op, this.word()!);
  }

  private stat(path: string, follow = true): Vattr | null {
    try {
      return follow ? this.ctx.sys.stat(path) : this.ctx.sys.lstat(path);
    } catch {
      return null;
    }
  }

  /** access(2) for the shell's user: root may read and write anything, execute what has an x bit */
  private access(path: string, bit: 4 | 2 | 1): boolean {
    const a = this.stat(path);
    if (a === null) return false;
    const { uid, gid } = this.ctx.sys.proc;
    if (bit === 2) {
      try {
        const ro = this.ctx.sys.resolve(path).vfs.readonly;
        if (ro && (a.type === "VREG" || a.type === "VDIR" || a.type === "VLNK")) return false;
      } catch {
        return false;
      }
    }
    if (uid === 0) return bit !== 1 || (a.mode & 0o111) !== 0 || a.type === "VDIR";
    const shift = a.uid === uid ? 6 : a.gid === gid ? 3 : 0;
    return ((a.mode >> shift) & bit) !== 0;
  }

  private unary(op: string, x: string): boolean {
    switch (op) {
      case "-n":
        return x !== "";
      case "-z":
        return x === "";
      case "-a":
      case "-e":
        return this.stat(x) !== null;
      case "-f":
        return this.stat(x)?.type === "VREG";
      case "-d":
        return this.stat(x)?.type === "VDIR";
      case "-b":
        return this.stat(x)?.type === "VBLK";
      case "-c":
        return this.stat(x)?.type === "VCHR";
      case "-p":
        return this.stat(x)?.type === "VFIFO";
      case "-h":
      case "-L":
        return this.stat(x, false)?.type === "VLNK";
      case "-S":
        return false; // the lab has no sockets
      case "-s":
        return (this.stat(x)?.size ?? 0) > 0;
      case "-r":
        return this.access(x, 4);
      case "-w":
        return this.access(x, 2);
      case "-x":
        return this.access(x, 1);
      case "-u":
        return ((this.stat(x)?.mode ?? 0) & 0o4000) !== 0;
      case "-g":
        return ((this.stat(x)?.mode ?? 0) & 0o2000) !== 0;
      case "-k":
        return ((this.stat(x)?.mode ?? 0) & 0o1000) !== 0;
      case "-O":
        return this.stat(x)?.uid === this.ctx.sys.proc.uid;
      case "-G":
        return this.stat(x)?.gid === this.ctx.sys.proc.gid;
      case "-t": {
        const fd = Number(this.number(x));
        if (fd === 0) return this.ctx.stdin.isatty ?? false;
        if (fd === 1) return isTTY(this.ctx);
        if (fd === 2) return this.ctx.stderr.isatty ?? !(this.ctx.stderr instanceof Buffer);
        return this.ctx.sys.isatty(fd);
      }
      default:
        return false;
    }
  }

  private number(x: string): Int {
    try {
      return evalArith(x, this.ctx.shell.env);
    } catch (e) {
      if (e instanceof ArithError) throw new TestError(msg(this.ctx, e.id, e.text), e.id, [e.text]);
      throw e;
    }
  }

  private binary(a: string, op: string, b: string): boolean {
    switch (op) {
      case "=":
        return a === b;
      case "!=":
        return a !== b;
      case "-nt":
      case "-ot": {
        const x = this.stat(a);
        const y = this.stat(b);
        if (x === null || y === null) return false;
        return op === "-nt" ? x.mtime > y.mtime : x.mtime < y.mtime;
      }
      case "-ef": {
        const x = this.stat(a);
        const y = this.stat(b);
        return x !== null && y !== null && x.fsid === y.fsid && x.fileid === y.fileid;
      }
    }
    const x = this.number(a);
    const y = this.number(b);
    switch (op) {
      case "-eq":
        return x === y;
      case "-ne":
        return x !== y;
      case "-lt":
        return x < y;
      case "-le":
        return x <= y;
      case "-gt":
        return x > y;
      default:
        return x >= y;
    }
  }
}

/** evaluate a test expression (the words after test); a TestError carries the message */
export function testExpr(ctx: CommandContext, args: string[]): boolean {
  return new Test(ctx, args).run();
}

function run(ctx: CommandContext): number {
  let args = ctx.argv.slice(1);
  const name = ctx.argv[0]!.replace(/.*\//, "");
  if (name === "[") {
    if (args[args.length - 1] !== "]") {
      err(ctx, "test.bracket", name);
      return exitAfter(ctx, "test.bracket", 1);
    }
    args = args.slice(0, -1);
  }
  if (args.length === 0) return 1;
  try {
    return new Test(ctx, args).run() ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    // as the shell's own message (bash: by its argv[0]); a syntax error is bash's status 2
    err(ctx, e.id, ...e.args);
    return exitAfter(ctx, e.id, 1);
  }
}

const man = `test Command (ksh built-in)

Purpose
       Evaluates conditional expressions.

Syntax
       test Expression
       [ Expression ]

Description
       The test command evaluates the Expression parameter and, if its value
       is True, returns a zero (true) exit status; otherwise it returns a
       nonzero (false) exit status. The test command also returns a nonzero
       exit status if there are no parameters. With [ the last parameter must
       be ].

       Files:
       -b File     File exists and is a block special file.
       -c File     File exists and is a character special file.
       -d File     File exists and is a directory.
       -e File     File exists.
       -f File     File exists and is a regular file.
       -g File     File exists and its set-group-ID bit is set.
       -h File     File exists and is a symbolic link (also -L).
       -k File     File exists and its sticky bit is set.
       -p File     File exists and is a FIFO.
       -r File     File exists and is readable by the current process.
       -s File     File exists and has a size greater than zero.
       -t FileDescriptor
                   The file descriptor is open and associated with a terminal.
       -u File     File exists and its set-user-ID bit is set.
       -w File     File exists and is writable by the current process.
       -x File     File exists and is executable by the current process.
       File1 -nt File2, File1 -ot File2
                   File1 is newer (older) than File2.
       File1 -ef File2
                   File1 and File2 are the same file.

       Strings:
       -n String   The length of String is nonzero.
       -z String   The length of String is zero.
       String1 = String2, String1 != String2
                   The strings are (are not) identical.
       String      String is not the null string.

       Numbers (arithmetic expressions):
       N1 -eq N2, -ne, -lt, -le, -gt, -ge
                   Equal, not equal, less than, less or equal, greater than,
                   greater or equal.

       These primaries can be combined with ! (negation), -a (AND), -o (OR)
       and ( Expression ) (grouping; quote the parentheses for the shell).

Exit Status
       0    The Expression parameter is true.
       1    The Expression parameter is false or missing, or an error occurred.
`;

export const testCmd: CommandDef = {
  name: "test",
  path: "/usr/bin/test",
  summary: "Evaluates conditional expressions.",
  run,
  man,
};
