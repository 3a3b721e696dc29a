// bootinfo (AIX): what the boot needs to know about the machine: the kernel's and the hardware's
// bit mode, the real memory (sys0 realmem), a disk's size, the boot device and its type, the
// platform. Each answer comes from the ODM and the devices, as lsattr and lsdev show them.
import { lvmOf } from "../../os/aix/lvm.js";
import { PP_MB } from "../../os/aix/vg.js";
import { LOOP_TYPE, minorOf } from "../../os/aix/devices.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf, parseFlags } from "./util.js";

/** IOCINFO's size of a disk in MB: a disk's capacity, a loop device's image (0 for others) */
function diskSizeMb(ctx: CommandContext, name: string): number | null {
  const odm = odmOf(ctx);
  if (!ctx.sys.exists(`/dev/${name}`)) return null;
  const cu = odm.find("CuDv", { name })[0];
  // not a device the configuration database knows: IOCINFO fails
  if (!cu) return null;
  if (String(cu.PdDvLn).startsWith("disk/")) {
    // rootvg's disk: its partitions and the one its volume group descriptor area takes
    const pv = lvmOf(ctx.machine).vg.pv;
    return pv.name === name ? (pv.totalPps + 1) * PP_MB : 0;
  }
  if (cu.PdDvLn === LOOP_TYPE) {
    const minor = minorOf(ctx.machine, name);
    const unit = ctx.machine.loop.all().find((u) => u.minor === minor && u.name === name);
    return unit?.image ? Math.floor(unit.image.getattr().size / 1048576) : null;
  }
  return 0;
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "bB:cKkMmo:P:pq:rs:tTyz", "bootinfo.usage");
  if (!r) return 1;
  const odm = odmOf(ctx);
  const given = (f: string) => r.opts.filter((o) => o.flag === f).pop();
  let out = "";
  // each answer once, in bootinfo's own order whatever the order of the flags
  for (const f of ["K", "y", "t", "b", "s", "r", "p", "T", "B", "z"]) {
    const o = given(f);
    if (!o) continue;
    switch (f) {
      case "K": // the running kernel's bit mode
      case "y": // the hardware's bit mode
        out += "64\n";
        break;
      case "t": // 1 = disk, 3 = CD-ROM, 5 = network
        out += "1\n";
        break;
      case "b":
        out += "hdisk0\n";
        break;
      case "s": {
        const mb = diskSizeMb(ctx, o.value!);
        // a device that cannot be opened: no answer, status 4
        if (mb === null) {
          ctx.stdout.write(out);
          return 4;
        }
        out += `${mb}\n`;
        break;
      }
      case "r":
        out += `${odm.attr("sys0", "realmem") ?? 0}\n`;
        break;
      case "p":
      case "T":
        out += "chrp\n";
        break;
      case "B":
        out += `${String(odm.find("CuDv", { name: o.value! })[0]?.PdDvLn ?? "").startsWith("disk/") ? 1 : 0}\n`;
        break;
      default: // -z: a multiprocessor kernel
        out += "1\n";
    }
  }
  // like getopt, bootinfo leaves words after its flags alone
  ctx.stdout.write(out);
  return 0;
}

export const bootinfo: CommandDef = {
  name: "bootinfo",
  run,
  path: "/usr/sbin/bootinfo",
  summary: "Determines and displays various boot information, including boot device type and boot device name.",
  flags: ["-K", "-y", "-r", "-s", "-b", "-t", "-p", "-T", "-z", "-B"],
  man: `bootinfo Command

Purpose
       Determines and displays various boot information, including boot
       device type and boot device name.

Syntax
       bootinfo { -b | -B Disk | -K | -p | -r | -s Disk | -t | -T | -y | -z }

Description
       The bootinfo command is used by the boot and installation processes
       and by administrators to ask what the machine is. Each flag prints one
       answer on a line of its own. IBM recommends getconf for new scripts;
       bootinfo stays for the ones written long ago.

Flags
       -b   The last boot device (hdisk0).
       -B Disk
            1 when the disk can be booted from, 0 when not.
       -K   The bit mode of the running kernel (64).
       -p   The hardware platform (chrp).
       -r   The real memory in kilobytes (sys0's realmem attribute).
       -s Disk
            The size of the disk in megabytes. For a loopback device, the
            size of its image. Nothing (status 4) when the device cannot be
            opened.
       -t   The type of the boot device: 1 disk, 2 diskette, 3 CD-ROM, 4 tape,
            5 network.
       -T   The hardware platform type (chrp).
       -y   The bit mode of the hardware (64).
       -z   1 on a multiprocessor machine.

Exit Status
       0    The command ran successfully.
       1    A flag that is not valid.
       4    The disk of -s cannot be opened.
`,
};
