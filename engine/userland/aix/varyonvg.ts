// varyonvg (AIX): activate a volume group. Loopback devices cannot carry volume groups.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "bcfM:nprstuO", "varyonvg.usage");
  if (!r) return 1;
  if (r.operands.length !== 1) {
    err(ctx, "varyonvg.usage");
    return 1;
  }
  const odm = odmOf(ctx);
  const name = r.operands[0]!;
  const vg = odm.find("CuDv", { name, PdDvLn: "logical_volume/vgsubclass/vgtype" })[0];
  if (!vg) {
    err(ctx, "varyonvg.novg", name);
    return 1;
  }
  return 0; // rootvg is varied on already: nothing to do
}

export const varyonvg: CommandDef = {
  name: "varyonvg",
  run,
  path: "/usr/sbin/varyonvg",
  summary: "Activates a volume group.",
  flags: ["-f", "-n", "-p", "-r", "-s", "-u"],
  man: `varyonvg Command

Purpose
       Activates a volume group.

Syntax
       varyonvg [ -b ] [ -c ] [ -f ] [ -M ltg ] [ -n ] [ -p ] [ -r ] [ -s ] [ -t ] [ -u ] [ -O ] VolumeGroup

Description
       The varyonvg command activates the volume group. Volume groups on
       loopback devices are not supported: importvg of a disk image bound to
       a loopback device fails when it varies the group on. On this machine
       rootvg is the only volume group, and it is already active.

Flags
       -f   Forces the volume group to be varied on.
       -n   Disables the synchronization of stale physical partitions.
       -p   All physical volumes must be available.
       -r   Varies on the volume group in read-only mode.
       -s   Varies on the volume group in systems management mode.
       -u   Varies on the volume group without creating a lock.

Exit Status
       0    The volume group was activated.
       >0   An error occurred.
`,
};
