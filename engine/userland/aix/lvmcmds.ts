// importvg and mkvg (AIX): a volume group cannot live on a loopback device. The lab's only
// volume group is rootvg, on hdisk0.
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";
import { isLoopDevice } from "../../os/aix/devices.js";

/** the physical volume operand: a loop device, a disk in use, or unknown */
function pvProblem(ctx: CommandContext, prog: string, pv: string): number {
  const m = ctx.machine;
  if (isLoopDevice(m, pv)) {
    // the volume group would have to be varied on, which loopback devices do not support
    err(ctx, "varyonvg.loop", pv);
    err(ctx, prog === "importvg" ? "importvg.failed" : "mkvg.failed", pv);
    return 1;
  }
  const cu = odmOf(ctx).find("CuDv", { name: pv })[0];
  if (!cu || !String(cu.PdDvLn).startsWith("disk/")) {
    err(ctx, "lvm.nopv", prog, pv);
    return 1;
  }
  err(ctx, "lvm.inuse", prog, pv);
  err(ctx, prog === "importvg" ? "importvg.failed" : "mkvg.failed", pv);
  return 1;
}

function importvgRun(ctx: CommandContext): number {
  const r = parseFlags(ctx, "y:V:cfLnRxI", "importvg.usage");
  if (!r) return 1;
  if (r.operands.length !== 1) {
    err(ctx, "importvg.usage");
    return 1;
  }
  return pvProblem(ctx, "importvg", r.operands[0]!);
}

function mkvgRun(ctx: CommandContext): number {
  const r = parseFlags(ctx, "y:V:s:t:d:m:BGSCcfiInpv:xP:", "mkvg.usage");
  if (!r) return 1;
  if (r.operands.length < 1) {
    err(ctx, "mkvg.usage");
    return 1;
  }
  for (const pv of r.operands) if (pvProblem(ctx, "mkvg", pv)) return 1;
  return 0;
}

export const importvg: CommandDef = {
  name: "importvg",
  run: importvgRun,
  path: "/usr/sbin/importvg",
  summary: "Imports a new volume group definition from a set of physical volumes.",
  flags: ["-y", "-V"],
  man: `importvg Command

Purpose
       Imports a new volume group definition from a set of physical volumes.

Syntax
       importvg [ -V MajorNumber ] [ -y VolumeGroup ] [ -f ] [ -c ] [ -x ] [ -L VolumeGroup ] [ -n ] [ -F ] [ -R ] [ -I ] [ -O ] PhysicalVolume

Description
       The importvg command reads the volume group descriptor area of the
       physical volume and makes the volume group known to the system, then
       varies it on. A disk image bound to a loopback device cannot be
       imported: volume groups on loopback devices are not supported.

Flags
       -V MajorNumber
            Specifies the major number of the imported volume group.
       -y VolumeGroup
            Specifies the name to use for the new volume group.
       -f   Forces the volume group to be varied online.
       -n   Does not vary on the volume group after the import.

Exit Status
       0    The volume group was imported.
       >0   An error occurred.
`,
};

export const mkvg: CommandDef = {
  name: "mkvg",
  run: mkvgRun,
  path: "/usr/sbin/mkvg",
  summary: "Creates a volume group.",
  flags: ["-y", "-s", "-f"],
  man: `mkvg Command

Purpose
       Creates a volume group.

Syntax
       mkvg [ -B | -S ] [ -y VolumeGroup ] [ -s Size ] [ -f ] PhysicalVolume ...

Description
       The mkvg command creates a new volume group using the physical volumes
       named. Volume groups on loopback devices are not supported. On this
       machine hdisk0 belongs to rootvg.

Flags
       -B   Creates a big volume group.
       -f   Forces the volume group to be created on the physical volume.
       -S   Creates a scalable volume group.
       -s Size
            Sets the number of megabytes in each physical partition.
       -y VolumeGroup
            Specifies the volume group name.

Exit Status
       0    The volume group was created.
       >0   An error occurred.
`,
};
