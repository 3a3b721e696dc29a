// mkdir: makes directories (mode 777 less the umask; -m sets the mode afterwards as chmod does;
// -p creates the missing parents, each with at least u+wx). On EACCES, ENOENT or ENOTDIR the
// message names the parent ("Cannot access directory"), otherwise the directory ("Cannot create");
// the system's reason follows on its own line as "name: reason".
import type { Errno } from "../../kernel/errno.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, parseMode, reportOpt } from "./lib.js";
import { err, errnoOf, exitAfter, optionsOf } from "./msg.js";

function parentOf(d: string): string {
  const slash = d.lastIndexOf("/");
  if (slash < 0) return ".";
  if (slash === 0) return "/";
  return d.slice(0, slash);
}

function report(ctx: CommandContext, d: string, errno: Errno, p: boolean): void {
  if (p && errno === "EEXIST") {
    // -p and the name is there but no directory (Solaris: "d": Exists but is not a directory)
    err(ctx, "mkdir.notdir", d, ctx.os.strerror(errno));
    err(ctx, "mkdir.reason", d, ctx.os.strerror(errno));
  } else if (errno === "EACCES" || errno === "ENOENT" || errno === "ENOTDIR") {
    const parent = parentOf(d);
    // d and the reason are for systems that name the directory itself (4.4BSD: mkdir: d: strerror)
    err(ctx, "mkdir.noaccess", parent, d, ctx.os.strerror(errno));
    err(ctx, "mkdir.reason", parent, ctx.os.strerror(errno));
  } else {
    err(ctx, "mkdir.cantcreate", d, ctx.os.strerror(errno));
    err(ctx, "mkdir.reason", d, ctx.os.strerror(errno));
  }
}

/** the type of what a name is, the name itself if it is a symbolic link; null if nothing is there */
function lstatType(ctx: CommandContext, d: string): string | null {
  try {
    return ctx.sys.lstat(d).type;
  } catch (e) {
    errnoOf(e);
    return null;
  }
}

/** create the missing parents of dir; false after a message */
function mkdirp(ctx: CommandContext, dir: string): boolean {
  const parts = dir.split("/");
  let prefix = "";
  for (let i = 0; i < parts.length - 1; i++) {
    prefix = i === 0 ? parts[0]! : `${prefix}/${parts[i]}`;
    if (prefix === "" || parts[i] === "") continue;
    try {
      ctx.sys.stat(prefix);
      continue;
    } catch (e) {
      errnoOf(e);
    }
    try {
      ctx.sys.mkdir(prefix, 0o777);
      if (ctx.sys.proc.umask & 0o300) {
        const a = ctx.sys.stat(prefix);
        ctx.sys.chmod(prefix, a.mode | 0o300);
      }
    } catch (e) {
      const errno = errnoOf(e);
      // the operand is for systems that name it rather than the parent (Solaris mkdirp: "dir": reason)
      err(ctx, "mkdir.pcantcreate", prefix, ctx.os.strerror(errno), dir);
      err(ctx, "mkdir.reason", prefix, ctx.os.strerror(errno));
      return false;
    }
  }
  return true;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "mkdir", "pm:"));
  let p = false;
  let mode: string | undefined;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      err(ctx, "mkdir.usage");
      return exitAfter(ctx, "mkdir.usage", 1);
    }
    if (it.flag === "p") p = true;
    else {
      // a second -m is an error where the system has the message (AIX); Solaris takes the last
      if (mode !== undefined && ctx.os.catalog["mkdir.multiple"] !== "") {
        err(ctx, "mkdir.multiple", "m");
        return 2;
      }
      mode = it.value ?? "";
    }
  }
  if (r.operands.length === 0) {
    err(ctx, "mkdir.usage");
    return exitAfter(ctx, "mkdir.usage", 1);
  }
  let status = 0;
  // Solaris: -p makes the operand in the one walk with its parents (libgen's mkdirp())
  const whole = p && (ctx.os.formats.tools?.mkdirpWhole ?? false);
  for (const d of r.operands) {
    const there = whole ? lstatType(ctx, d) : null;
    if (there !== null) {
      // mkdir.c's lstat: a directory is done; anything else, a link to one too, is no directory
      if (there === "VDIR") continue;
      err(ctx, "mkdir.notdir", d, ctx.os.strerror("EEXIST"));
      status = 2;
      continue;
    }
    if (p && !mkdirp(ctx, d)) {
      status = 2;
      continue;
    }
    try {
      ctx.sys.mkdir(d, 0o777);
    } catch (e) {
      const errno = errnoOf(e);
      if (whole && errno !== "EEXIST") {
        // the walk's failure, the operand named: mkdir: "d": reason
        err(ctx, "mkdir.pcantcreate", d, ctx.os.strerror(errno), d);
        status = 2;
        continue;
      }
      if (p && errno === "EEXIST") {
        try {
          if (ctx.sys.stat(d).type === "VDIR") continue;
        } catch (e2) {
          errnoOf(e2);
        }
      }
      report(ctx, d, errno, p);
      status = 2;
      continue;
    }
    if (mode !== undefined) {
      const cur = ctx.sys.stat(d).mode;
      const m = parseMode(mode, cur, true, ctx.sys.proc.umask);
      if (m === null) {
        err(ctx, "mkdir.badmode");
        try {
          ctx.sys.rmdir(d);
        } catch (e) {
          errnoOf(e);
        }
        return exitAfter(ctx, "mkdir.badmode", 2);
      }
      ctx.sys.chmod(d, m);
    }
  }
  return status;
}

export const mkdir: CommandDef = {
  name: "mkdir",
  path: "/usr/bin/mkdir",
  summary: "Creates one or more new directories.",
  flags: ["-m", "-p"],
  run,
  man: `mkdir Command

Purpose
       Creates one or more new directories.

Syntax
       mkdir [ -m Mode ] [ -p ] Directory ...

Description
       The mkdir command creates one or more new directories specified by the
       Directory parameter. Each new directory contains the standard entries .
       (dot) and .. (dot-dot). You can specify the permissions for the new
       directories with the -m Mode flag.

Flags
       -m Mode
            Sets the permission bits for the newly-created directories to the
            value specified by the Mode variable. The Mode variable takes the
            same values as the Mode parameter of the chmod command, either in
            symbolic or numeric form.
       -p   Creates missing intermediate path name directories.

Exit Status
       0    All the specified directories were created successfully, or the
            -p flag was specified and all the specified directories now exist.
       >0   An error occurred.
`,
};
