// typeset and readonly: the ksh built-ins that give variables attributes (-i integer, -x export,
// -r read-only, -u/-l upper/lower case, -L/-R/-Z justified in n columns, -t tag) and list them;
// -f lists functions. Inside a function, typeset makes the names local to it (ksh88's dynamic
// scoping: the caller's variable comes back when the function returns).
import { kshState, type KshState } from "../sh/context.js";
import { ReadonlyError, ShellEnv, type VarAttrs } from "../sh/env.js";
import { ArithError } from "../sh/arith.js";
import { checkLength } from "../limits.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, msg } from "./msg.js";
import { shown } from "./set.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

interface Flags {
  on: Set<string>;
  off: Set<string>;
  /** the number after -i -L -R -Z */
  n: number | undefined;
}

/** the attribute words of a variable, as typeset lists them */
function describe(env: ShellEnv, name: string): string {
  const a = env.attrsOf(name) ?? {};
  const w: string[] = [];
  if (env.isExported(name)) w.push("export");
  if (a.readonly) w.push("readonly");
  if (a.integer !== undefined) w.push(a.integer === 10 ? "integer" : `integer base ${a.integer}`);
  if (a.tagged) w.push("tagged");
  if (a.upper) w.push("uppercase");
  if (a.lower) w.push("lowercase");
  if (a.left !== undefined) w.push(`left justified ${a.left}`);
  if (a.right !== undefined) w.push(`right justified ${a.right}`);
  if (a.zero !== undefined) w.push(`zero filled ${a.zero}`);
  return w.join(" ");
}

/** does the variable have every attribute of the flags? */
function hasAll(env: ShellEnv, name: string, letters: Set<string>): boolean {
  const a = env.attrsOf(name) ?? {};
  for (const l of letters) {
    const ok =
      l === "x" ? env.isExported(name)
      : l === "r" ? !!a.readonly
      : l === "i" ? a.integer !== undefined
      : l === "u" ? !!a.upper
      : l === "l" ? !!a.lower
      : l === "L" ? a.left !== undefined
      : l === "R" ? a.right !== undefined
      : l === "Z" ? a.zero !== undefined
      : l === "t" ? !!a.tagged
      : true;
    if (!ok) return false;
  }
  return true;
}

function attrsFor(f: Flags): VarAttrs {
  const a: VarAttrs = {};
  for (const l of f.on) {
    if (l === "i") a.integer = f.n ?? 10;
    else if (l === "u") a.upper = true;
    else if (l === "l") a.lower = true;
    else if (l === "r") a.readonly = true;
    else if (l === "L") a.left = f.n ?? 0;
    else if (l === "R") a.right = f.n ?? 0;
    else if (l === "Z") a.zero = f.n ?? 0;
    else if (l === "t") a.tagged = true;
  }
  return a;
}

const ATTR_KEY: Record<string, keyof VarAttrs> = { i: "integer", u: "upper", l: "lower", L: "left", R: "right", Z: "zero", t: "tagged" };

/** parse the flags; null (after the message) on a bad one */
function flags(ctx: CommandContext, args: string[], allowed: string, name: string): { f: Flags; rest: string[] } | null {
  const f: Flags = { on: new Set(), off: new Set(), n: undefined };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!/^[-+]./.test(a)) break;
    const set = a[0] === "-" ? f.on : f.off;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (!allowed.includes(c)) {
        err(ctx, "sh.badopt", name, "-" + c);
        return null;
      }
      set.add(c);
      if ("iLRZ".includes(c)) {
        const digits = /^[0-9]*/.exec(a.slice(j + 1))![0];
        if (digits !== "") {
          f.n = Number(digits);
          j += digits.length;
        } else if (j === a.length - 1 && /^[0-9]+$/.test(args[i + 1] ?? "")) f.n = Number(args[++i]);
      }
    }
  }
  return { f, rest: args.slice(i) };
}

function listFunctions(ctx: CommandContext, ksh: KshState, names: string[] | null, bodies: boolean): number {
  let status = 0;
  const list = names ?? [...ksh.functions.keys()].sort();
  for (const n of list) {
    const fn = ksh.functions.get(n);
    if (fn === undefined) {
      status = 1;
      continue;
    }
    ctx.stdout.write(bodies ? fn.text + "\n" : `function ${n}\n`);
  }
  return status;
}

/** typeset (readonly: the flags it implies) */
function declare(ctx: CommandContext, cmd: "typeset" | "readonly"): number {
  const env = ctx.shell.env;
  const ksh = kshState(ctx.shell);
  const parsed = flags(ctx, ctx.argv.slice(1), cmd === "typeset" ? "fiulrxLRZtHp" : "p", cmd);
  if (parsed === null) return 1;
  const { f, rest } = parsed;
  // a width (-L -R -Z) is a string that long: no wider than the lab's limit
  if (f.n !== undefined && (f.on.has("L") || f.on.has("R") || f.on.has("Z"))) checkLength(ctx.machine, f.n);
  f.on.delete("p");
  f.on.delete("H");
  f.off.delete("H");
  if (cmd === "readonly") f.on.add("r");
  if (f.on.has("f") || f.off.has("f")) {
    if (ksh === null) return 1;
    if (rest.length === 0) return listFunctions(ctx, ksh, null, f.on.has("f"));
    // typeset -fx / -fu / -ft name: attributes ksh remembers; the lab lists, keeps the rest
    if (f.on.size > 1 || f.off.size > 1) return rest.every((n) => ksh.functions.has(n)) ? 0 : 1;
    return listFunctions(ctx, ksh, rest, f.on.has("f"));
  }
  if (!(env instanceof ShellEnv)) {
    // outside the interpreter (command tests): plain assignments and exports
    for (const a of rest) {
      const eq = a.indexOf("=");
      const n = eq < 0 ? a : a.slice(0, eq);
      if (eq >= 0) env.set(n, a.slice(eq + 1));
      if (f.on.has("x")) env.export(n);
    }
    return 0;
  }
  if (rest.length === 0) {
    const names = env.all().map(([n]) => n);
    const letters = new Set([...f.on, ...f.off]);
    if (letters.size === 0) {
      // every variable with attributes
      for (const n of names) {
        const d = describe(env, n);
        if (d !== "") ctx.stdout.write(`${d} ${n}\n`);
      }
      return 0;
    }
    const values = f.off.size === 0;
    for (const n of names) {
      if (!hasAll(env, n, letters)) continue;
      ctx.stdout.write(values ? `${n}=${shown(env.get(n) ?? "")}\n` : `${n}\n`);
    }
    return 0;
  }
  let status = 0;
  const frame = cmd === "typeset" && ksh !== null ? ksh.locals[ksh.locals.length - 1] : undefined;
  for (const a of rest) {
    const eq = a.indexOf("=");
    const n = eq < 0 ? a : a.slice(0, eq);
    if (/^[A-Za-z_][A-Za-z0-9_]*\[/.test(n)) {
      err(ctx, "sh.noarrays");
      status = 2;
      continue;
    }
    if (!NAME.test(n)) {
      err(ctx, "typeset.badid", n, ctx.argv[0]!);
      status = 1;
      continue;
    }
    try {
      if (frame !== undefined && !frame.has(n)) {
        // a new local variable: the caller's comes back when the function returns
        frame.set(n, env.snapshot(n));
        if (env.attrsOf(n)?.readonly) throw new ReadonlyError(n);
        env.restore(n, { value: eq < 0 ? undefined : "", exported: false, attrs: undefined });
      }
      if (f.off.has("x")) env.unexport(n);
      const keys = [...f.off].map((l) => ATTR_KEY[l]).filter((k): k is keyof VarAttrs => k !== undefined);
      if (keys.length) env.removeAttrs(n, keys);
      // the value first, then read-only
      const add = attrsFor(f);
      const ro = add.readonly;
      delete add.readonly;
      if (Object.keys(add).length) env.addAttrs(n, add);
      if (eq >= 0) env.set(n, a.slice(eq + 1));
      if (f.on.has("x")) env.export(n);
      if (ro) env.addAttrs(n, { readonly: true });
    } catch (e) {
      if (e instanceof ReadonlyError) err(ctx, "sh.readonly", e.varName);
      else if (e instanceof ArithError) ctx.stderr.write(msg(ctx, e.id, e.text) + "\n");
      else throw e;
      status = 1;
    }
  }
  return status;
}

export const typeset: CommandDef = {
  name: "typeset",
  summary: "Sets attributes and values for shell variables and functions.",
  run: (ctx) => declare(ctx, "typeset"),
  man: `typeset Command (ksh built-in)

Purpose
       Sets attributes and values for shell variables and functions.

Syntax
       typeset [ +|-fiLlRrtuxZ [ n ] ] [ Name[=Value] ... ]

Description
       Sets the attributes of the named variables and assigns the values
       given. Inside a function, typeset makes the names local to the
       function. A - turns an attribute on, a + turns it off:

       -f     Functions: lists the definitions (+f: the names).
       -i[n]  Integer: assignments are arithmetic expressions; n is the
              base the value is shown in.
       -L[n]  Left-justifies in n columns (leading blanks removed).
       -l     Lowercase.
       -R[n]  Right-justifies in n columns, filled with blanks.
       -r     Read-only: the variable cannot be assigned or unset.
       -t     Tags the variable.
       -u     Uppercase.
       -x     Exports the variable to the environment.
       -Z[n]  Right-justifies, filled with zeros when the value starts
              with a digit.

       With no Name, typeset lists the variables that have the attributes
       given (their values with -, only the names with +); with nothing at
       all, every variable that has attributes, after them.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};

export const readonlyCmd: CommandDef = {
  name: "readonly",
  summary: "Marks shell variables as read-only.",
  run: (ctx) => declare(ctx, "readonly"),
  man: `readonly Command (ksh built-in)

Purpose
       Marks shell variables as read-only.

Syntax
       readonly [ -p ] [ Name[=Value] ... ]

Description
       The named variables are marked read-only: later assignments and
       unset fail. Name=Value assigns Value first. With no Name, the
       read-only variables are listed as Name=Value.

Exit Status
       0    Successful completion.
       >0   An error occurred.
`,
};
