// cd and the current directory of BSD/OS's sh: Kenneth Almquist's ash built with SYMLINKS
// (bin/sh/shell.h), cd.c's cdcmd, docd and updatepwd. What differs from ksh's cd:
//   - the shell keeps curdir (the lab: PWD) and believes it; pwd prints it without a look at
//     the disk (pwdcmd), and asks getcwd (/bin/pwd) only when it has none;
//   - docd lstat's each component of the path as given and replaces a symbolic link by its
//     target (a relative one read from the link's directory), starting over, so curdir is the
//     physical path; it prints the path it went to when it met a link (or for cd -, or a CDPATH
//     entry), in an interactive shell;
//   - ".." is the kernel's: the path is given to chdir as built, then curdir is updated
//     lexically (updatepwd), which agrees since no link is left before a "..";
//   - one operand; the rest are ignored; CDPATH is searched for every name not starting with /.
import { kshState } from "../sh/context.js";
import type { CommandContext } from "../types.js";
import { err, errnoOf } from "./msg.js";

/** MAXSYMLINKS: a path with more links than this is refused by stat(2) (ELOOP) before docd */
const MAX_LINKS = 32;

/** ash's curdir: PWD as the shell set it, or getcwd when it has none (getpwd) */
export function ashCurdir(ctx: CommandContext): string {
  const pwd = ctx.shell.env.get("PWD");
  if (pwd && pwd.startsWith("/")) return pwd;
  try {
    return ctx.sys.getcwd();
  } catch (e) {
    errnoOf(e);
    return "/";
  }
}

/** updatepwd: a path as given to chdir, made curdir (".." removes a component, "." nothing) */
function updatepwd(cur: string, dir: string): string {
  const out = dir.startsWith("/") ? [] : cur.split("/").filter(Boolean);
  for (const c of dir.split("/")) {
    if (c === "..") out.pop();
    else if (c !== "" && c !== ".") out.push(c);
  }
  return "/" + out.join("/");
}

/** docd's walk: the path with its links replaced, as a string chdir is given, and whether a
 *  link was met */
function resolve(ctx: CommandContext, dest: string): { path: string; met: boolean } | null {
  let met = false;
  for (let links = 0; links <= MAX_LINKS; links++) {
    const abs = dest.startsWith("/");
    const comps = (abs ? dest.slice(1) : dest).split("/");
    let p = abs ? "/" : "";
    let first = true;
    let next: string | null = null;
    for (let i = 0; i < comps.length; i++) {
      const q = comps[i]!;
      if ((q === "" || q === ".") && !first) continue;
      if (!first) p += "/";
      first = false;
      p += q;
      if (q === ".." || q === ".") continue;
      let target: string;
      try {
        if (ctx.sys.lstat(p).type !== "VLNK") continue;
        target = ctx.sys.readlink(p);
      } catch (e) {
        errnoOf(e);
        return null;
      }
      const rest = i + 1 < comps.length ? comps.slice(i + 1).join("/") : null;
      const spliced = rest !== null ? `${target}/${rest}` : target;
      next = spliced.startsWith("/") ? spliced : p.slice(0, p.lastIndexOf("/") + 1) + spliced;
      break;
    }
    if (next === null) return { path: p, met };
    met = true;
    dest = next;
  }
  return null;
}

/** cdcmd: HOME, cd - (the previous directory, printed), CDPATH, then docd */
export function ashCd(ctx: CommandContext): number {
  const env = ctx.shell.env;
  const args = ctx.argv.slice(1);
  if (args[0] === "--") args.shift();
  const cur = ashCurdir(ctx);
  let dest = args[0];
  let print = false;
  if (dest === undefined || dest === "") {
    dest = env.get("HOME");
    if (dest === undefined || dest === "") {
      err(ctx, "cd.nohome");
      return 1;
    }
  }
  if (dest === "-") {
    dest = env.get("OLDPWD") || cur;
    print = true;
  }
  const cdpath = env.get("CDPATH");
  const entries = dest.startsWith("/") || cdpath === undefined ? [""] : cdpath.split(":");
  for (const entry of entries) {
    const p = entry === "" ? dest : `${entry}/${dest}`;
    try {
      if (ctx.sys.stat(p).type !== "VDIR") continue;
    } catch (e) {
      errnoOf(e);
      continue;
    }
    // "XXX - rethink": a CDPATH entry of "." gives ./name, which is shown without the ./
    const shown = !print && p.startsWith("./") ? p.slice(2) : p;
    const r = resolve(ctx, shown);
    if (r === null) continue;
    try {
      ctx.sys.chdir(r.path);
    } catch (e) {
      errnoOf(e);
      continue;
    }
    env.set("OLDPWD", cur);
    env.set("PWD", updatepwd(cur, r.path));
    if ((print || shown !== dest || r.met) && (kshState(ctx.shell)?.interactive ?? false)) ctx.stdout.write(r.path + "\n");
    return 0;
  }
  ctx.stderr.write(ctx.os.cdError(dest, "ENOENT") + "\n");
  return 1;
}
