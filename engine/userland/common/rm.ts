// rm: removes files and, with -r or -R, directories (the XPG4 steps of the AIX rm.c).
import type { CommandContext, CommandDef } from "../types.js";
import type { Co } from "../../kernel/proc/wait.js";
import { getopt, joinPath, lazyNames, permString, reportOpt, yes } from "./lib.js";
import { W_OK } from "../../kernel/cred.js";
import type { Vattr } from "../../kernel/vfs/vnode.js";
import { ask, err, errnoOf, optionsOf } from "./msg.js";
import { rmMessage } from "./rmutil.js";

const dotname = (s: string) => s === "." || s === "..";

interface R {
  f: boolean;
  i: boolean;
  r: boolean;
  e: boolean;
  errors: number;
}

function* rm(ctx: CommandContext, o: R, path: string): Co<void> {
  const sys = ctx.sys;
  let attr;
  try {
    attr = sys.lstat(path);
  } catch (e) {
    const errno = errnoOf(e);
    if (!o.f) {
      err(ctx, "rm.perror", path, ctx.os.strerror(errno));
      o.errors++;
    }
    return;
  }
  if (attr.type === "VDIR") {
    if (!o.r) {
      err(ctx, "rm.isdir", "rm", path);
      o.errors++;
      return;
    }
    if (o.i) {
      ask(ctx, "rm.askdir", "rm", path);
      if (!(yield* yes(ctx))) return;
    }
    let names: string[];
    try {
      names = sys.readdir(path).map((d) => d.name);
    } catch (e) {
      err(ctx, "rm.cantread", "rm", path, ctx.os.strerror(errnoOf(e)));
      o.errors++;
      return;
    }
    for (const n of names) if (!dotname(n)) yield* rm(ctx, o, joinPath(path, n));
    if (o.i) {
      ask(ctx, "rm.ask", "rm", path);
      if (!(yield* yes(ctx))) return;
    }
    try {
      sys.rmdir(path);
      if (o.e) err(ctx, "rm.removeddir", "rm", path);
    } catch (e) {
      rmMessage(ctx, "rm", path, errnoOf(e), true);
      o.errors++;
    }
    return;
  }
  if (o.i) {
    ask(ctx, "rm.ask", "rm", path);
    if (!(yield* yes(ctx))) return;
  } else if (!o.f && (yield* override(ctx, path, attr))) return;
  try {
    sys.unlink(path);
    if (o.e) err(ctx, "rm.removed", "rm", path);
  } catch (e) {
    const errno = errnoOf(e);
    // System V rm -f keeps a file it could not unlink to itself, and still counts it
    if (!(o.f && !o.i && ctx.os.formats.tools?.rmQuietUnlink)) rmMessage(ctx, "rm", path, errno, false);
    o.errors++;
  }
}

/**
 * 4.4BSD rm's check(): a file it may not write (not a symbolic link), with the terminal on
 * standard input, is removed only after `override r--r--r--  owner/group for path? ` is answered
 * y (Solaris: `rm: path: override protection 444 (yes/no)? `, on standard output). true when the
 * answer keeps the file. (A system whose catalog has no such question asks nothing: AIX's rm is
 * not modelled here.)
 */
function* override(ctx: CommandContext, path: string, attr: Vattr): Co<boolean> {
  if (!ctx.os.catalog["rm.override"] || attr.type === "VLNK" || !ctx.sys.isatty(0)) return false;
  try {
    ctx.sys.access(path, W_OK);
    return false;
  } catch (e) {
    errnoOf(e);
  }
  const names = lazyNames(ctx);
  const mode = permString(attr.mode) + " ";
  const octal = (attr.mode & 0o777).toString(8);
  ask(ctx, "rm.override", mode, names.user(attr.uid) ?? String(attr.uid), names.group(attr.gid) ?? String(attr.gid), path, octal);
  return !(yield* yes(ctx));
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "rm", "fiRre"));
  const o: R = { f: false, i: false, r: false, e: false, errors: 0 };
  // POSIX: the later of -f and -i wins; System V's are two switches (rm -fi is both)
  const apart = ctx.os.formats.tools?.forceAndAsk?.has("rm") ?? false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "rm.usage", "rm");
      return 2;
    }
    switch (it.flag) {
      case "f":
        o.f = true;
        if (!apart) o.i = false;
        break;
      case "i":
        o.i = true;
        if (!apart) o.f = false;
        break;
      case "R":
      case "r":
        o.r = true;
        break;
      case "e":
        o.e = true;
        break;
    }
  }
  if (r.operands.length < 1 && !o.f) {
    err(ctx, "rm.usage", "rm");
    return 2;
  }
  for (const a of r.operands) {
    const base = a.replace(/.*\//, "");
    if (dotname(base)) {
      err(ctx, "rm.dot", "rm", a);
      o.errors++;
    } else yield* rm(ctx, o, a);
  }
  return o.errors ? 2 : 0;
}

export const rmCmd: CommandDef = {
  name: "rm",
  path: "/usr/bin/rm",
  summary: "Removes (unlinks) files or directories.",
  flags: ["-e", "-f", "-i", "-r", "-R"],
  run,
  man: `rm Command

Purpose
       Removes (unlinks) files or directories.

Syntax
       rm [ -f ] [ -r ] [ -R ] [ -i ] [ -e ] [ -- ] File ...

Description
       The rm command removes the entries for a specified file or group of
       files from a directory. The rm command does not remove a directory
       unless the -r or -R flag is specified.

       You cannot remove the . (dot) or .. (dot-dot) entries.

Flags
       -e   Displays a message after each file is deleted.
       -f   Does not prompt before removing a write-protected file. Does not
            display an error message or return error status if a specified
            file does not exist.
       -i   Prompts you before deleting each file.
       -r   Permits recursive removal of directories and their contents.
       -R   Same as -r.

Exit Status
       0    All of the named directory entries were removed.
       >0   An error occurred.
`,
};
