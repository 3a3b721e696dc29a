// uname of Solaris 11.1 (illumos usr/src/cmd/uname/uname.c): getopt "asnrpvmiS:X"; -a is
// -snrvmpi, the fields print in that order separated by one blank; -X prints the SCO-style
// lines; -S sets the node name (root only). The values: SunOS, the node name, release 5.11,
// version 11.1, machine i86pc, processor (SI_ARCHITECTURE) i386, platform (SI_PLATFORM) i86pc.
import { getopt, reportOpt } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";

/** SYS_NMLN: the size of a utsname field, with its NUL */
const SYS_NMLN = 257;

const value = (ctx: CommandContext, key: string, fallback: string) => String(ctx.machine.setting(`uname.${key}`, fallback));

function fields(ctx: CommandContext): Record<string, string> {
  return {
    s: value(ctx, "sysname", "SunOS"),
    n: ctx.machine.hostname,
    r: value(ctx, "release", "5.11"),
    v: value(ctx, "version", "11.1"),
    m: value(ctx, "machineId", "i86pc"),
    p: value(ctx, "processor", "i386"),
    i: value(ctx, "platform", "i86pc"),
  };
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "asnrpvmiS:X");
  const f = new Set<string>();
  let name: string | null = null;
  let sCount = 0;
  let bad = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      bad = true;
    } else if (it.flag === "a") for (const x of "snrvmpi") f.add(x);
    else if (it.flag === "S") {
      sCount++;
      name = it.value ?? "";
    } else f.add(it.flag);
  }
  if (bad || r.operands.length > 0 || sCount > 1 || (sCount === 1 && f.size > 0)) {
    err(ctx, "uname.sol.usage");
    return 1;
  }
  if (name !== null) {
    if (name.length > SYS_NMLN - 1) {
      err(ctx, "uname.sol.toolong", SYS_NMLN - 1);
      return 1;
    }
    if (ctx.sys.proc.uid !== 0) {
      err(ctx, "uname.sol.setfail", ctx.os.strerror("EPERM"));
      return 1;
    }
    ctx.machine.hostname = name;
    return 0;
  }
  if (f.size === 0) f.add("s");
  const v = fields(ctx);
  const out = [..."snrvmpi"].filter((x) => f.has(x)).map((x) => v[x]!);
  let text = out.join(" ");
  if (f.has("X")) {
    text += `System = ${v.s}\nNode = ${v.n}\nRelease = ${v.r}\nKernelID = ${v.v}\nMachine = ${v.m}\nBusType = <unknown>\nSerial = <unknown>\nUsers = <unknown>\nOEM# = 0\nOrigin# = 1\nNumCPU = 1\n`;
  }
  ctx.stdout.write(text + "\n");
  return 0;
}

export const solarisUname: CommandDef = {
  name: "uname",
  path: "/usr/bin/uname",
  summary: "Prints the name of the current system.",
  flags: ["-a", "-s", "-n", "-r", "-v", "-m", "-p", "-i", "-X", "-S"],
  run,
  man: `uname Command

Purpose
       Prints the name of the current system (Solaris 11.1 /usr/bin/uname).

Syntax
       uname [-aimnprsvX]
       uname [-S system_name]

Description
       The uname utility prints information about the current system on the
       standard output. With no options, uname prints the current operating
       system's name. The options print selected information returned by
       uname(2), sysinfo(2), or both, in the order s n r v m p i.

Flags
       -a   Prints basic information currently available from the system.
       -i   Prints the name of the platform (i86pc).
       -m   Prints the machine hardware name (i86pc).
       -n   Prints the nodename.
       -p   Prints the current host's ISA or processor type (i386).
       -r   Prints the operating system release level (5.11).
       -s   Prints the name of the operating system (SunOS). The default.
       -v   Prints the operating system version (11.1).
       -X   Prints expanded system information, one element per line.
       -S system_name
            Changes the nodename (root only).

Exit Status
       0    Successful completion.
       1    An error occurred.

Messages
       usage:  uname [-snrvmapiX]
               uname [-S system_name]
       uname: name must be <= 256 letters
       uname: error in setting name: Not owner
`,
};
