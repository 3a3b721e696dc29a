// cd and pwd as ash does them (4.4BSD's /bin/sh, BSD/OS bin/sh/cd.c; the dialect's cd "ash"):
//
// - cd DIR tries DIR, or each CDPATH entry + DIR when DIR does not start with / (also ./x and
//   ../x: ash's padvance makes no exception). The first that stat() finds to be a directory is
//   walked a component at a time (docd): each one is lstat()ed, and at a symbolic link its text is
//   spliced in (relative to the link's directory) and the walk starts again. So the name the shell
//   keeps is the real one, and it prints it (interactive shells only) when it met a link, when it
//   came from CDPATH, or for cd -. chdir() is given the walked name: `..` is the kernel's, from
//   the directory the process is in (from a directory a forced unmount killed it fails).
// - The name is the shell's own (curdir; PWD is left alone), made from the walked name with `.`
//   and `..` taken off as text (updatepwd). It is unknown (null) at start: pwd then runs /bin/pwd
//   and keeps what it prints; a cd to a relative name leaves it unknown.
// - cd takes no options (nextopt: "Illegal option -x") and ignores operands after the first; pwd
//   ignores all of its arguments. error() ends a built-in with status 2.
// The cd and pwd commands (engine/userland/common/cd.ts, pwd.ts) come here in such a dialect; the
// messages are the BSD machine's (its catalog.ts), not the common commands'.
import type { Co } from "../../kernel/proc/wait.js";
import { isKernelError } from "../../kernel/errno.js";
import { kshState } from "./context.js";
import type { CommandContext } from "../types.js";
import { resolve, runChild } from "../common/child.js";
import { msg } from "../common/msg.js";

/** what error() does in a built-in: the message and status 2. error.c puts commandname — the
 *  built-in's argv[0], cd or chdir — in front of it */
class AshError extends Error {}

function fail(ctx: CommandContext, id: string, ...args: (string | number)[]): never {
  throw new AshError(msg(ctx, id, ctx.argv[0] ?? "cd", ...args));
}

/** the shell's names of its directories (a command run outside the shell gets a fresh pair) */
function dirsOf(ctx: CommandContext): { cur: string | null; prev: string | null } {
  return (ctx.shell.dirs ??= { cur: null, prev: null });
}

/** ash's iflag: cd prints the new name only in an interactive shell (and its subshells, which
 *  keep the option) */
function interactive(ctx: CommandContext): boolean {
  const k = kshState(ctx.shell);
  return k !== null && (k.interactive || k.forkedInteractive === true);
}

/** exec.c padvance over a CDPATH-like list: each entry (up to a `:` or a `%`) + "/" + name, an
 *  empty entry the name alone */
export function padvance(path: string, name: string): string[] {
  return path.split(":").map((entry) => {
    const dir = entry.split("%")[0]!;
    return dir === "" ? name : `${dir}/${name}`;
  });
}

function isDir(ctx: CommandContext, p: string): boolean {
  try {
    return ctx.sys.stat(p).type === "VDIR";
  } catch (e) {
    if (isKernelError(e)) return false;
    throw e;
  }
}

/** the link text spliced in for the link at `linkPath`, with what followed it: the name docd
 *  walks next */
function splice(link: string, linkPath: string, rest: string | null): string {
  const text = rest === null ? link : `${link}/${rest}`;
  return text.startsWith("/") ? text : linkPath.slice(0, linkPath.lastIndexOf("/") + 1) + text;
}

/** a symlink chain no longer than the kernel's (MAXSYMLINKS): stat() followed this one already */
const MAX_SPLICES = 32;

/**
 * docd: walk dest a component at a time (empty and `.` components after the first dropped,
 * `..` kept as text), splicing in symbolic links; chdir to the result. False when chdir fails.
 */
function docd(ctx: CommandContext, dest: string, print: boolean): boolean {
  let splices = 0;
  top: for (;;) {
    const abs = dest.startsWith("/");
    const comps = (abs ? dest.slice(1) : dest).split("/");
    let p = abs ? "/" : "";
    let first = true;
    for (let i = 0; i < comps.length; i++) {
      const q = comps[i]!;
      if ((q === "" || q === ".") && !first) continue;
      if (!first) p += "/";
      first = false;
      p += q;
      if (q === ".." || q === ".") continue;
      let attr;
      try {
        attr = ctx.sys.lstat(p);
      } catch (e) {
        if (!isKernelError(e)) throw e;
        fail(ctx, "cd.lstat", p);
      }
      if (attr.type !== "VLNK") continue;
      print = true;
      let link: string;
      try {
        link = ctx.sys.readlink(p);
      } catch (e) {
        if (!isKernelError(e)) throw e;
        fail(ctx, "cd.readlink", p);
      }
      // the kernel's stat found the way through these links: more than it follows means the
      // walk and the kernel disagree; the lab stops where ash would go round for ever
      if (++splices > MAX_SPLICES) return false;
      ctx.sys.charge(1);
      dest = splice(link, p, i + 1 < comps.length ? comps.slice(i + 1).join("/") : null);
      continue top;
    }
    try {
      ctx.sys.chdir(p);
    } catch (e) {
      if (isKernelError(e)) return false;
      throw e;
    }
    updatepwd(ctx, p);
    if (print && interactive(ctx)) ctx.stdout.write(p + "\n");
    return true;
  }
}

/** updatepwd: the new name from the old one and the walked name, `.` and `..` as text; a relative
 *  name with no old one to start from leaves both names as they were */
function updatepwd(ctx: CommandContext, dir: string): void {
  const dirs = dirsOf(ctx);
  let name = "";
  if (!dir.startsWith("/")) {
    if (dirs.cur === null) return;
    name = dirs.cur.endsWith("/") ? dirs.cur.slice(0, -1) : dirs.cur;
  }
  for (const c of dir.split("/")) {
    if (c === "..") name = name.slice(0, Math.max(0, name.lastIndexOf("/")));
    else if (c !== "" && c !== ".") name += "/" + c;
  }
  dirs.prev = dirs.cur;
  dirs.cur = name === "" ? "/" : name;
}

/** the shell dies as ash does when it reads through a null pointer (cd - with no name known) */
function segfault(ctx: CommandContext): number {
  const p = ctx.sys.proc;
  p.handlers.delete("SIGSEGV");
  ctx.machine.sched.signal(p, "SIGSEGV");
  return 139;
}

function cdcmd(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  // nextopt(""): any option is illegal; "--" ends them; "-" alone is an operand
  const a0 = args[0];
  if (a0 !== undefined && a0.startsWith("-") && a0 !== "-") {
    if (a0 !== "--") fail(ctx, "cd.badopt", a0[1]!);
    args.shift();
  }
  let dest = args[0] ?? ctx.shell.env.get("HOME");
  if (dest === undefined) fail(ctx, "cd.nohome");
  let print = false;
  if (dest === "-") {
    const dirs = dirsOf(ctx);
    const back = dirs.prev ?? dirs.cur;
    // cd.c: dest = prevdir ? prevdir : curdir, then *dest: both unknown is a null pointer
    if (back === null) return segfault(ctx);
    dest = back;
    print = true;
  }
  const cdpath = ctx.shell.env.get("CDPATH");
  const candidates = dest.startsWith("/") || cdpath === undefined ? [dest] : padvance(cdpath, dest);
  for (let p of candidates) {
    if (!isDir(ctx, p)) continue;
    if (!print) {
      if (p.startsWith("./")) p = p.slice(2);
      print = p !== dest;
    }
    if (docd(ctx, p, print)) return 0;
  }
  return fail(ctx, "cd.cant", dest);
}

/** cd (and chdir) of ash: its status; an error() is said with the command's name */
export function ashCd(ctx: CommandContext): number {
  try {
    return cdcmd(ctx);
  } catch (e) {
    if (!(e instanceof AshError)) throw e;
    ctx.stderr.write(e.message + "\n");
    return 2;
  }
}

/** the most of /bin/pwd's output getpwd reads (MAXPWD) */
const MAXPWD = 256;

/** getpwd: run /bin/pwd with its output into a pipe and keep the line it prints; its own
 *  messages go to the shell's standard error. null after an error (said, when ash says one). */
function* getpwd(ctx: CommandContext): Co<string | null> {
  const r = resolve(ctx, ["/bin/pwd"]);
  const [rd, wr] = ctx.sys.pipe();
  let st;
  try {
    const def = "def" in r ? r.def : (c: CommandContext) => (c.stderr.write(msg(c, "pwd.noexec") + "\n"), 255);
    st = yield* runChild(ctx, { def, argv: ["pwd"] }, { nullInput: false, output: { fd: wr, close: [rd] } });
  } finally {
    ctx.sys.close(wr);
  }
  let out = "";
  try {
    for (;;) {
      const d = yield* ctx.sys.read(rd);
      if (d.length === 0) break;
      out += new TextDecoder().decode(d);
    }
  } finally {
    ctx.sys.close(rd);
  }
  if (!("code" in st) || st.code !== 0) return null;
  out = out.slice(0, MAXPWD);
  if (!out.endsWith("\n")) {
    ctx.stderr.write(msg(ctx, "pwd.failed") + "\n");
    return null;
  }
  return out.slice(0, -1);
}

/** pwd of ash: the shell's name of the directory (learnt from /bin/pwd when it has none) */
export function* ashPwd(ctx: CommandContext): Co<number> {
  const dirs = dirsOf(ctx);
  if (dirs.cur === null) {
    const name = yield* getpwd(ctx);
    if (name === null) return 2;
    dirs.cur = name;
  }
  ctx.stdout.write(dirs.cur + "\n");
  return 0;
}
