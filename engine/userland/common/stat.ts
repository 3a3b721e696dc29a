// stat: displays the i-node of a file. AIX has no stat command of its own (istat does this); the
// lab's stat prints istat's layout for each file operand (see docs/fidelity/common.md).
import type { CommandContext, CommandDef } from "../types.js";
import { idNamer, longDate, permString } from "./lib.js";
import { err, errnoOf, msg } from "./msg.js";

function deviceOf(ctx: CommandContext, path: string, fsid: number): { major: number; minor: number } {
  try {
    const m = ctx.sys.mountFor(path);
    if (m) {
      const d = ctx.sys.stat(m.special);
      if (d.rdev && (d.type === "VBLK" || d.type === "VCHR")) return d.rdev;
    }
  } catch (e) {
    errnoOf(e);
  }
  return { major: 0, minor: fsid };
}

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args.length === 0 || (args[0]!.startsWith("-") && args[0] !== "-")) {
    err(ctx, "stat.usage");
    return 1;
  }
  const names = idNamer(ctx);
  let status = 0;
  let out = "";
  for (const f of args) {
    let a;
    try {
      a = ctx.sys.stat(f);
    } catch (e) {
      if (out) ctx.stdout.write(out);
      out = "";
      err(ctx, "stat.cantstat", f, ctx.os.strerror(errnoOf(e)));
      status = 2;
      continue;
    }
    const dev = deviceOf(ctx, f, a.fsid);
    const typeId =
      a.type === "VDIR" ? "stat.directory" : a.type === "VBLK" ? "stat.blockdev" : a.type === "VCHR" ? "stat.chardev" : a.type === "VFIFO" ? "stat.fifo" : "stat.file";
    out += msg(ctx, "stat.inode", a.fileid, dev.major, dev.minor) + msg(ctx, typeId) + "\n";
    let special = "";
    if (a.mode & 0o4000) special += msg(ctx, "stat.setuid");
    if (a.mode & 0o2000) special += msg(ctx, "stat.setgid");
    if (a.mode & 0o1000) special += msg(ctx, "stat.sticky");
    out += msg(ctx, "stat.protection", permString(a.mode & 0o777)) + special + "\n";
    out += msg(ctx, "stat.owner", a.uid, names.user(a.uid) ?? "<UNKNOWN>") + msg(ctx, "stat.group", a.gid, names.group(a.gid) ?? "<UNKNOWN>") + "\n";
    out += msg(ctx, "stat.links", String(a.nlink).padStart(3), a.size) + "\n";
    if ((a.type === "VBLK" || a.type === "VCHR") && a.rdev) out += msg(ctx, "stat.majmin", a.rdev.major, a.rdev.minor) + "\n";
    out += "\n";
    out += msg(ctx, "stat.ctime", longDate(a.ctime)) + "\n";
    out += msg(ctx, "stat.mtime", longDate(a.mtime)) + "\n";
    out += msg(ctx, "stat.atime", longDate(a.atime)) + "\n";
    out += "\n";
  }
  if (out) ctx.stdout.write(out);
  return status;
}

export const stat: CommandDef = {
  name: "stat",
  summary: "Displays the i-node information of files.",
  run,
  man: `stat (lab command)

Purpose
       Displays the i-node information of files.

Syntax
       stat File ...

Description
       For each File, stat writes the i-node number and the device (major and
       minor number of the file system's device), the file type, the
       protection, the owner and group, the link count, the length, the major
       and minor numbers of a device file, and the times the i-node was last
       updated, the file last modified and last accessed. The layout is that
       of the AIX istat command.

       AIX has no stat command; this is the lab's, in the form of istat.

Exit Status
       0    Successful completion.
       >0   A file could not be found.
`,
};
