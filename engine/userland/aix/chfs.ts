// chfs (AIX): change a file system's size (jfs2 grows and shrinks, its logical volume by whole
// partitions), its mount point, whether it is mounted at restart, its permissions and other
// attributes of its stanza in /etc/filesystems. lsfs.c's do_ch, in its order.
import { isKernelError } from "../../kernel/errno.js";
import { resizeLvFs } from "../../os/aix/lvcfg.js";
import { PP_BLOCKS } from "../../os/aix/vg.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { canon, FILESYSTEMS, findStanza, lvOf, parseSize, stanzasOf } from "./fsinfo.js";
import { replaceStanza, type Stanza } from "./stanzas.js";
import { parseFlags } from "./util.js";

const usage = (ctx: CommandContext): number => {
  err(ctx, "chfs.usage");
  return 1;
};

/** -a size= on a jfs2 file system on a logical volume; the exit status */
function resize(ctx: CommandContext, st: Stanza, value: string): number {
  const found = lvOf(ctx, st.attrs.dev ?? "");
  if (st.attrs.vfs !== "jfs2" || !found?.fs) {
    // anything else keeps the size in its stanza
    st.attrs.size = value;
    return 0;
  }
  const { lv, fs } = found;
  const old = fs.size();
  const wanted = parseSize(value, old);
  if (wanted === null || wanted <= 0) return usage(ctx);
  // the new size is rounded up to a whole partition
  const size = Math.ceil(wanted / PP_BLOCKS) * PP_BLOCKS;
  if (size === old) {
    ctx.stdout.write(msg(ctx, "chfs.samesize", old) + "\n");
    return 0;
  }
  try {
    resizeLvFs(ctx.machine, lv, fs, size);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    if (e.errno === "EFBIG") err(ctx, "lvm.maxlps", lv.name, lv.maxLps);
    else if (size > old) err(ctx, "lvm.allocp");
    else err(ctx, "chfs.noshrink");
    return 1;
  }
  ctx.stdout.write(msg(ctx, "chfs.changed", size) + "\n");
  return 0;
}

/** replace ro or rw in the options, or put it first */
function permission(options: string | undefined, perm: string): string {
  const list = (options ?? "").split(",").filter(Boolean);
  const i = list.findIndex((o) => o === "ro" || o === "rw");
  if (i >= 0) list[i] = perm;
  else list.unshift(perm);
  return list.join(",");
}

function run(ctx: CommandContext): number {
  const f = parseFlags(ctx, "Dn:a:m:u:A:p:d:t:", "chfs.usage");
  if (!f) return 1;
  if (f.operands.length !== 1) return usage(ctx);
  const stanzas = stanzasOf(ctx);
  const name = canon(ctx, f.operands[0]!);
  const st = findStanza(stanzas, name);
  if (!st) {
    err(ctx, "fs.nomatch", "chfs", name);
    return 1;
  }
  let newSize: string | undefined;
  let newMount: string | undefined;
  for (const o of f.opts) {
    const v = o.value ?? "";
    if (o.flag === "a") {
      const [k, ...rest] = v.split("=");
      if (!k || !rest.length) return usage(ctx);
      if (k === "size") newSize = rest.join("=");
      else st.attrs[k] = rest.join("=");
    } else if (o.flag === "d") st.attrs[v] = "";
    else if (o.flag === "m") newMount = canon(ctx, v);
    else if (o.flag === "A") st.attrs.mount = v === "yes" ? "true" : "false";
    else if (o.flag === "t") st.attrs.account = v === "yes" ? "true" : "false";
    else if (o.flag === "u") st.attrs.type = v;
    else if (o.flag === "n") st.attrs.nodename = v;
    else if (o.flag === "p") {
      if (v !== "ro" && v !== "rw") {
        err(ctx, "fs.roorrw", "chfs");
        return usage(ctx);
      }
      st.attrs.options = permission(st.attrs.options, v);
    }
  }
  if (newMount !== undefined && stanzas.some((s) => s.name === newMount)) {
    err(ctx, "fs.exists", "chfs", newMount);
    return 1;
  }
  if (newSize !== undefined) {
    const status = resize(ctx, st, newSize);
    if (status !== 0) return status;
  }
  replaceStanza(ctx.sys, FILESYSTEMS, st.name, newMount ?? st.name, st.attrs);
  if (newMount !== undefined) {
    try {
      ctx.sys.mkdirp(newMount, 0o755);
    } catch (e) {
      if (!isKernelError(e)) throw e;
      err(ctx, "fs.mkdir", newMount, ctx.os.strerror(e.errno));
      return 1;
    }
  }
  return 0;
}

export const chfs: CommandDef = {
  name: "chfs",
  run,
  path: "/usr/sbin/chfs",
  summary: "Changes attributes of a file system.",
  flags: ["-a", "-m", "-A", "-p", "-u", "-t", "-n", "-d"],
  man: `chfs Command

Purpose
       Changes attributes of a file system.

Syntax
       chfs [ -n NodeName ] [ -m NewMountPoint ] [ -u MountGroup ]
            [ -A { yes | no } ] [ -p { ro | rw } ] [ -t { yes | no } ]
            [ -a Attribute=Value ] [ -d Attribute ] FileSystem

Description
       The chfs command changes the attributes of a file system: its stanza
       in /etc/filesystems and, for -a size=, the file system and its
       logical volume. A FileSystem is named by its mount point or by its
       device.

       -a size= grows or shrinks a jfs2 file system, mounted or not: the
       value is 512-byte blocks, or with M or G megabytes or gigabytes; with
       a leading + or - it is added to or taken from the present size. The
       new size is rounded up to whole physical partitions (32 MB), which
       the logical volume takes from the volume group or gives back:

         Filesystem size changed to 1114112

Flags
       -a size=Value   The new size, as above. Other attributes go into the
                       stanza.
       -A yes | no     Mount at system restart (mount = true) or not.
       -d Attribute    Removes the attribute from the stanza.
       -m NewMountPoint  Renames the stanza and makes the directory.
       -p ro | rw      The mount permissions in options.
       -t yes | no     Accounting.   -u MountGroup   The stanza's type.

Exit Status
       0    Successful completion.
       1    chfs: 0506-915 No record matching '/x' was found in
            /etc/filesystems.
            0516-404 allocp: This system cannot fulfill the allocation
            request. ... (the volume group has too few free partitions)
            0516-787 extendlv: Maximum allocation for logical volume LV
            is 512.
            or the usage message.
`,
};
