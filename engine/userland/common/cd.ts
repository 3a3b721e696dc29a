// cd: the shell builtin. Keeps the logical path (PWD) the way ksh does: ".." removes the last
// component of PWD, symbolic links are not resolved in PWD. "cd" goes to HOME, "cd -" to OLDPWD
// (and prints it), "cd old new" replaces old by new in PWD (and prints the result); CDPATH is
// searched for relative names that do not start with ./ or ../. A shell whose dialect has ash's cd
// (BSD's sh) does it its own way: ../sh/cdash.ts.
import type { CommandContext, CommandDef } from "../types.js";
import { ashCd } from "../sh/cdash.js";
import { err, errnoOf, shellSays } from "./msg.js";

/** "/a/b/../c/./d" → "/a/c/d", lexically */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const c of path.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") out.pop();
    else out.push(c);
  }
  return "/" + out.join("/");
}

/** the shell's idea of the current directory: PWD when it still names it, else getcwd */
export function logicalCwd(ctx: CommandContext): string {
  const pwd = ctx.shell.env.get("PWD");
  if (pwd && pwd.startsWith("/")) {
    try {
      const a = ctx.sys.stat(pwd);
      const b = ctx.sys.stat(".");
      if (a.fsid === b.fsid && a.fileid === b.fileid) return pwd;
    } catch (e) {
      errnoOf(e);
    }
  }
  try {
    return ctx.sys.getcwd();
  } catch (e) {
    errnoOf(e);
    return pwd ?? "/";
  }
}

function run(ctx: CommandContext): number {
  return ctx.os.shell.cd === "ash" ? ashCd(ctx) : kshCd(ctx);
}

function kshCd(ctx: CommandContext): number {
  const env = ctx.shell.env;
  const args = ctx.argv.slice(1);
  if (args[0] === "--") args.shift();
  const old = logicalCwd(ctx);
  let target: string;
  let print = false;
  // ksh's cd takes `cd old new`; bash 4.1's looks at its first operand only
  const most = ctx.os.shell.cdOperands ?? 2;
  if (args.length > most && most < 2) args.length = most;
  if (args.length > 2) {
    err(ctx, "cd.toomany");
    return 1;
  }
  if (args.length === 2) {
    const [from, to] = args as [string, string];
    const at = old.indexOf(from);
    if (at < 0) {
      err(ctx, "cd.badsubst");
      return 1;
    }
    target = old.slice(0, at) + to + old.slice(at + from.length);
    print = true;
  } else if (args.length === 0) {
    const home = env.get("HOME");
    if (home === undefined || home === "") {
      err(ctx, "cd.nohome");
      return 1;
    }
    target = home;
  } else if (args[0] === "-") {
    const prev = env.get("OLDPWD");
    if (prev === undefined || prev === "") {
      // the system's cdError for "-" (bash says OLDPWD not set)
      ctx.stderr.write(shellSays(ctx, ctx.os.cdError("-", "ENOENT")) + "\n");
      return 1;
    }
    target = prev;
    print = true;
  } else target = args[0]!;

  const candidates: { path: string; print: boolean }[] = [];
  const cdpath = env.get("CDPATH");
  if (!target.startsWith("/") && !/^\.\.?(\/|$)/.test(target) && cdpath) {
    for (const dir of cdpath.split(":")) {
      if (dir === "") candidates.push({ path: target, print });
      else candidates.push({ path: `${dir}/${target}`, print: true });
    }
  } else candidates.push({ path: target, print });

  let firstErr: ReturnType<typeof errnoOf> | null = null;
  for (const c of candidates) {
    const logical = normalize(c.path.startsWith("/") ? c.path : `${old}/${c.path}`);
    try {
      ctx.sys.chdir(logical);
    } catch (e) {
      const errno = errnoOf(e);
      firstErr ??= errno;
      continue;
    }
    env.set("OLDPWD", old);
    env.set("PWD", logical);
    if (c.print) ctx.stdout.write(logical + "\n");
    return 0;
  }
  ctx.stderr.write(shellSays(ctx, ctx.os.cdError(target, firstErr ?? "ENOENT")) + "\n");
  return 1;
}

export const cd: CommandDef = {
  name: "cd",
  summary: "Changes the current directory.",
  run,
  man: `cd Command (ksh built-in)

Purpose
       Changes the current directory.

Syntax
       cd [ Directory | - ]
       cd Old New

Description
       The cd command moves you from your present directory to another
       directory. With no Directory parameter, cd moves you to your home
       directory (the value of the HOME variable). cd - moves you to the
       previous directory (OLDPWD) and writes its name. cd Old New replaces the
       string Old in the current directory name with New and changes to the
       result.

       If Directory does not begin with /, ./ or ../, each directory named in
       the CDPATH variable is searched for it.

       The PWD variable is set to the new directory and OLDPWD to the previous
       one.

Exit Status
       0    The directory was changed.
       >0   An error occurred.
`,
};
