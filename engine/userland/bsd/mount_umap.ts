// mount_umap (BSD/OS 4.x sbin/mount_umap/mount_umap.c, from 4.4BSD): a null layer that maps
// user and group ids, read from two map files. The files must belong to root and be writable by
// no one else; each holds a count line, then `<id above> <id below>` per line (the kernel's
// reading: umap_findid maps column 1 to column 2 going down). The messages are the program's,
// quirks included: every one ends in "; not mounted."; the group file's missing count prints
// the file name glued to the text ("nentries not found%s" is given the file name and the
// suffix); a group count over 64 (the uid limit the code checks) names 16 in the message; an
// improper mode is reported with err(3) although errno is 0 ("Undefined error: 0").
import { errnoOf } from "../common/msg.js";
import { getopt, permString, reportOpt, typeChar } from "../common/lib.js";
import type { CommandContext, CommandDef } from "../types.js";
import { GMAPFILEENTRIES, MAPFILEENTRIES } from "../../kernel/fs/umapfs/index.js";
import { layerMount, progname, say } from "./layermount.js";
import { readMap } from "./mapfile.js";
import { getmntopts, STDOPTS, type MntOpt } from "./mntopts.js";

const NOT = "; not mounted.";
const OPTS: readonly MntOpt[] = [...STDOPTS, { name: "gmap", flag: null, value: true }, { name: "umap", flag: null, value: true }];

/** one map file: checked and read, or the program's message and null */
function loadMap(ctx: CommandContext, file: string, group: boolean): [number, number][] | null {
  const p = progname(ctx);
  let text: string;
  try {
    const f = ctx.sys.open(file, { read: true });
    const a = f.vnode.getattr();
    if (a.mode & 0o022) {
      say(ctx, "umap.perms", p, file, typeChar(a.type) + permString(a.mode) + " ", NOT);
      return null;
    }
    if (a.uid !== 0) {
      say(ctx, "umap.owner", p, file, NOT);
      return null;
    }
    text = new TextDecoder().decode(ctx.sys.readFile(file));
  } catch (e) {
    say(ctx, "umap.open", p, file, NOT, ctx.os.strerror(errnoOf(e)));
    return null;
  }
  const r = readMap(text, MAPFILEENTRIES);
  if (r.ok) return r.entries;
  if (r.problem === "nentries") say(ctx, group ? "umap.gnentries" : "umap.nentries", p, file, NOT);
  else if (r.problem === "toomany") say(ctx, "umap.toomany", p, group ? GMAPFILEENTRIES : MAPFILEENTRIES, NOT);
  else if (r.problem === "eof") say(ctx, "umap.eof", p, file, NOT);
  else say(ctx, "umap.format", p, file, r.line!, NOT);
  return null;
}

function run(ctx: CommandContext): number {
  const flags = new Set<string>();
  let umap: string | null = null;
  let gmap: string | null = null;
  const r = getopt(ctx.argv.slice(1), "g:o:u:");
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      say(ctx, "mount_umap.usage");
      return 1;
    }
    if (it.flag === "g") gmap = it.value!;
    else if (it.flag === "u") umap = it.value!;
    else {
      // -o umap=FILE,gmap=FILE fill the program's globals of those names, which main's own
      // locals of the same names hide: the values are read and never used
      const o = getmntopts(it.value!, OPTS, flags);
      if (!o.ok) {
        say(ctx, o.problem === "unsupported" ? "mntopt.unsupported" : "mntopt.needvalue", progname(ctx), o.option);
        return 1;
      }
    }
  }
  if (r.operands.length !== 2 || umap === null || gmap === null) {
    say(ctx, "mount_umap.usage");
    return 1;
  }
  const uidmap = loadMap(ctx, umap, false);
  if (!uidmap) return 1;
  const gidmap = loadMap(ctx, gmap, true);
  if (!gidmap) return 1;
  const [source, mp] = r.operands as [string, string];
  try {
    layerMount(ctx, "umap", source, mp, flags, { uidmap, gidmap });
  } catch (e) {
    const errno = errnoOf(e);
    if (errno === "ENODEV") say(ctx, "layer.notconfigured", progname(ctx), source, mp);
    else say(ctx, "layer.failed", progname(ctx), source, mp, ctx.os.strerror(errno));
    return 1;
  }
  return 0;
}

const man = `mount_umap Command

Purpose
       Mounts a umap layer: a null layer that maps user and group ids.

Syntax
       mount_umap [ -o options ] -u usermap -g groupmap target mount-point

Description
       The mount_umap command mounts a null layer over target at mount-point
       whose user and group ids are translated through two map files. It is
       the example of a layer descended from the null layer (see
       mount_loopback).

       Each map file holds the number of mappings on its first line, then one
       mapping per line: two ids separated by white space. Going down, the
       caller's ids are mapped from the first column to the second; coming up,
       file owners are mapped from the second column to the first. Ids not in
       a map are treated as user nobody (32767) and group 65534. Unless uid 0
       is mapped, root acts as nobody on the lower file system.

       At most 64 uids and 16 groups can be mapped. The map files must be
       owned by root and writable only by root.

Flags
       -u usermap   The user id map file.
       -g groupmap  The group id map file.
       -o options   Mount options, as for mount_loopback.

Exit Status
       0  The layer is mounted.
       1  A usage error, a bad map file or a failed mount:
            mount_umap: FILE does not belong to root; not mounted.
            mount_umap: FILE: illegal format (line N); not mounted.

Examples
       printf '1\\n500 1000\\n' > /etc/umap.users
       printf '1\\n20 100\\n' > /etc/umap.groups
       mount_umap -u /etc/umap.users -g /etc/umap.groups /export /mnt
`;

export const mount_umap: CommandDef = {
  name: "mount_umap",
  path: "/sbin/mount_umap",
  summary: "Mounts a umap layer: a null layer that maps user and group ids.",
  flags: ["-o", "-u", "-g"],
  run,
  man,
};
