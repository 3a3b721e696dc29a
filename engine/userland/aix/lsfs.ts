// lsfs (AIX): the file systems /etc/filesystems names, in lsfs.c's columns or colon-separated
// (-c), with the jfs2 details (-q). A loop mount made by hand is not in /etc/filesystems, so
// lsfs does not list it.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { canon, findStanza, jfs2Sizes, KNOWN_VFS, stanzasOf, yesNo } from "./fsinfo.js";
import type { Stanza } from "./stanzas.js";
import { parseFlags } from "./util.js";
import { lvmOf } from "../../os/aix/lvm.js";
import { rootvgLvs } from "../../os/aix/lpar.js";

const HEADER = `${"Name".padEnd(15)} ${"Nodename".padEnd(10)} ${"Mount Pt".padEnd(22)} ${"VFS".padEnd(5)} ${"Size".padEnd(7)} ${"Options".padEnd(10)} Auto Accounting`;
const COLON_HEADER = "#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct";

/** options with rw added when they say neither ro nor rw (the colon form always says one) */
function withMode(options: string): string {
  if (options.split(",").some((o) => o === "ro" || o === "rw")) return options;
  return options ? `${options},rw` : "rw";
}

/** the jfs2 query line: the volume's and the file system's sizes and the format's features */
function query(ctx: CommandContext, st: Stanza, colon: boolean): string {
  const dev = st.attrs.dev ?? "";
  const sizes = jfs2Sizes(ctx, dev);
  const inline = st.attrs.log === "INLINE";
  const lv = dev.startsWith("/dev/") ? dev.slice(5) : dev;
  // the rootvg volumes bosinst made have no VIX; those crfs makes on 7.2 have it
  const vix = rootvgLvs.some((l) => l.name === lv) || !lvmOf(ctx.machine).vg.lv(lv) ? "no" : "yes";
  const items: [string, string | number][] = [
    ["lv size", sizes.lv], ["fs size", sizes.fs], ["block size", 4096], ["sparse files", "yes"],
    ["inline log", inline ? "yes" : "no"], ["inline log size", inline ? Math.max(1, Math.floor(sizes.fs / 2048 / 250)) : 0],
    ["EAformat", "v1"], ["Quota", "no"], ["DMAPI", "no"], ["VIX", vix], ["EFS", "no"], ["ISNAPSHOT", "no"], ["MAXEXT", 0], ["MountGuard", "no"],
  ];
  if (colon) return `(${items.map(([k, v]) => `${k} ${v}`).join(":")})`;
  return `  (${items.map(([k, v]) => `${k}: ${v}`).join(", ")})`;
}

function row(ctx: CommandContext, st: Stanza, colon: boolean, q: boolean): string {
  const a = st.attrs;
  const vfs = a.vfs ?? "";
  // a jfs2 file system's size comes from the file system itself, anything else's from the stanza
  const fromFs = vfs === "jfs2" ? jfs2Sizes(ctx, a.dev ?? "").fs : 0;
  const size = fromFs || Number.parseInt(a.size ?? "", 10) || 0;
  let out: string;
  if (colon) {
    out = [st.name, a.dev ?? "", vfs, a.nodename ?? "", a.type ?? "", size, withMode(a.options ?? ""), yesNo(a.mount, true), yesNo(a.account)].join(":");
  } else {
    out = `${(a.dev ?? "").padEnd(15)} ${(a.nodename || "--").padEnd(10)} ${st.name.padEnd(22)} ${(vfs || "--").padEnd(5)} `;
    out += `${(size > 0 ? String(size) : "--").padEnd(7)} ${(a.options || "--").padEnd(10)} ${yesNo(a.mount, true).padEnd(3)}  ${yesNo(a.account).padEnd(3)}`;
  }
  if (q && vfs === "jfs2") out += "\n" + query(ctx, st, colon);
  return out + "\n";
}

function run(ctx: CommandContext): number {
  const f = parseFlags(ctx, "Dqv:u:acl", "lsfs.usage");
  if (!f) return 1;
  let colon = false;
  let q = false;
  let vfs: string | undefined;
  let group: string | undefined;
  let all = false;
  for (const o of f.opts) {
    if (o.flag === "c") colon = true;
    else if (o.flag === "l") colon = false;
    else if (o.flag === "q") q = true;
    else if (o.flag === "v") vfs = o.value;
    else if (o.flag === "u") group = o.value;
    else if (o.flag === "a") all = true;
  }
  if (vfs !== undefined && !KNOWN_VFS.includes(vfs)) {
    err(ctx, "lsfs.badvfs", "lsfs", vfs);
    return 1;
  }
  const stanzas = stanzasOf(ctx);
  const header = () => (colon ? COLON_HEADER : HEADER) + "\n";
  let selected: Stanza[] | null = null;
  if (vfs !== undefined) selected = stanzas.filter((s) => s.attrs.vfs === vfs);
  else if (group !== undefined) selected = stanzas.filter((s) => s.attrs.type === group);
  if (selected) {
    // -v and -u print the header only when something matched
    if (selected.length) ctx.stdout.write(header() + selected.map((s) => row(ctx, s, colon, q)).join(""));
    return 0;
  }
  if (all || f.operands.length === 0) {
    ctx.stdout.write(header() + stanzas.map((s) => row(ctx, s, colon, q)).join(""));
    return 0;
  }
  let out = "";
  for (const operand of f.operands) {
    const name = canon(ctx, operand);
    const st = findStanza(stanzas, name);
    if (!st) {
      ctx.stdout.write(out);
      err(ctx, "fs.nomatch", "lsfs", name);
      return 1;
    }
    out += (out ? "" : header()) + row(ctx, st, colon, q);
  }
  ctx.stdout.write(out);
  return 0;
}

export const lsfs: CommandDef = {
  name: "lsfs",
  run,
  path: "/usr/sbin/lsfs",
  summary: "Displays the characteristics of file systems.",
  flags: ["-a", "-c", "-l", "-q", "-v", "-u"],
  man: `lsfs Command

Purpose
       Displays the characteristics of file systems.

Syntax
       lsfs [ -q ] [ -c | -l ] [ -a | -v VfsType | -u MountGroup |
            FileSystem ... ]

Description
       The lsfs command displays the characteristics of the file systems
       that /etc/filesystems names: the device (Name), the node of a remote
       file system, the mount point, the virtual file system type, the size
       in 512-byte blocks (taken from the file system itself for jfs2), the
       options, whether it is mounted at system restart (Auto: yes for mount =
       true or automatic), and whether accounting is on. A FileSystem is
       named by its mount point or by its device.

       A file system mounted by hand, such as a loop mount made with
       loopmount, is not in /etc/filesystems, so lsfs does not list it.

Flags
       -a   Lists all file systems (the default).
       -c   Colon-separated output, with a #MountPoint:... header line.
       -l   The columns (the default).
       -q   Also the jfs2 details: the volume's and the file system's size,
            the block size, the inline log, the extended attribute format
            and the other features.
       -u MountGroup   The file systems whose type is MountGroup.
       -v VfsType      The file systems of that type (jfs2, procfs, cdrfs …).

Exit Status
       0    Successful completion.
       1    lsfs: 0506-915 No record matching '/x' was found in
            /etc/filesystems.
            lsfs: "type" is an unknown vfs type
            or the usage message for a bad flag.
`,
};
