// cfgmgr (AIX): configures devices by running the Config_Rules programs of a phase (2 at run
// time) and the configure method of each device they name, and of its children. Quiet unless
// -v or a method fails. -l configures one device and its children.
import { configureList, type CfgStep, rulesOf, runRules } from "../../os/aix/cfgrules.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { methodError } from "./cfgerr.js";
import { parseFlags } from "./util.js";
import { odmOf } from "./util.js";

const LED_PROGRAM = 0x538;
const LED_RETURN = 0x539;

const hex = (n: number) => `0x${n.toString(16)}`;

/** odm_run_method's report under -v: the return code, then stdout and stderr */
function returned(ctx: CommandContext, out: string, rc: number): string {
  let s = msg(ctx, "cfgmgr.rc", rc) + "\n";
  s += (out ? msg(ctx, "cfgmgr.stdout", out) : msg(ctx, "cfgmgr.nostdout")) + "\n";
  s += msg(ctx, "cfgmgr.nostderr") + "\n";
  return s;
}

/** what -v prints for one step */
function verbose(ctx: CommandContext, step: CfgStep): string {
  const sep = msg(ctx, "cfgmgr.sep") + "\n";
  if (step.kind === "rule") {
    return sep + msg(ctx, "cfgmgr.time", 0, hex(LED_PROGRAM)) + "\n" + msg(ctx, "cfgmgr.toplevel", step.rule) + "\n" +
      msg(ctx, "cfgmgr.time", 0, hex(LED_RETURN)) + "\n" + returned(ctx, step.out, 0);
  }
  if (step.kind === "missing") return sep + msg(ctx, "cfgmgr.configure", step.name) + "\n";
  return sep + msg(ctx, "cfgmgr.configure", step.name) + "\n" + msg(ctx, "cfgmgr.time", 0, hex(step.led)) + "\n" +
    msg(ctx, "cfgmgr.invoking", step.method, `-l ${step.name} `) + "\n" + msg(ctx, "cfgmgr.running", 1) + "\n" +
    sep + msg(ctx, "cfgmgr.completed", step.name, 0) + "\n" + returned(ctx, step.out, step.error ? 1 : 0) +
    sep + msg(ctx, "cfgmgr.time", 0, hex(LED_RETURN)) + "\n" + msg(ctx, "cfgmgr.running", 0) + "\n";
}

/** a step's errors on stderr: a device cfgmgr cannot configure, a configure method that failed */
function report(ctx: CommandContext, step: CfgStep): void {
  if (step.kind === "missing") {
    err(ctx, "cfgmgr.nodevice", step.name);
    ctx.stdout.write("\n");
  } else if (step.kind === "device" && step.error) methodError(ctx, step.method, step.error, step.name);
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "fsvdp:l:i:u:c:", "cfgmgr.usage");
  if (!r) return 1;
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  if (r.operands.length) {
    err(ctx, "cfgmgr.usage", r.operands[0]!);
    return 1;
  }
  const phases = r.opts.filter((o) => "fsp".includes(o.flag));
  if (phases.length > 1) {
    err(ctx, "cfgmgr.conflict", phases[1]!.flag === "f" ? "-f|-p" : phases[1]!.flag === "s" ? "-s|-p" : "-f|-s");
    return 1;
  }
  // phase 1 configures the base devices from the boot image: only the boot may run it
  if (has("f")) {
    err(ctx, "cfgmgr.phase1");
    return 1;
  }
  const p = r.opts.find((o) => o.flag === "p")?.value;
  const phase = p !== undefined ? Number.parseInt(p, 10) || 0 : 2;
  const v = has("v") || has("d");
  const name = r.opts.find((o) => o.flag === "l")?.value;
  const odm = odmOf(ctx);
  const steps: CfgStep[] = [];
  let out = "";
  if (name !== undefined) configureList(ctx.machine, ctx.sys, name, steps);
  else {
    if (!rulesOf(odm, phase).length) {
      err(ctx, "cfgmgr.noseq");
      return 1;
    }
    if (v) out += msg(ctx, "cfgmgr.phase", phase) + "\n";
    steps.push(...runRules(ctx.machine, ctx.sys, phase));
  }
  for (const step of steps) {
    if (v) {
      ctx.stdout.write(out + verbose(ctx, step));
      out = "";
    }
    report(ctx, step);
  }
  if (v) {
    // at run time cfgmgr saves the customized database to the boot device (savebase)
    ctx.stdout.write(out + msg(ctx, "cfgmgr.sep") + "\n" + msg(ctx, "cfgmgr.savebase") + "\n" + msg(ctx, "cfgmgr.rc", 0) + "\n" +
      msg(ctx, "cfgmgr.nostdout") + "\n" + msg(ctx, "cfgmgr.nostderr") + "\n" + msg(ctx, "cfgmgr.conftime", 0) + "\n");
  }
  return 0;
}

export const cfgmgr: CommandDef = {
  name: "cfgmgr",
  run,
  path: "/usr/sbin/cfgmgr",
  summary: "Configures devices and optionally installs device software by running the programs specified in the Configuration Rules object class.",
  flags: ["-v", "-l", "-p", "-s", "-f", "-i"],
  man: `cfgmgr Command

Purpose
       Configures devices and optionally installs device software by running
       the programs specified in the Configuration Rules object class.

Syntax
       cfgmgr [ -f | -s | -p Phase ] [ -i Device ] [ -l Name ] [ -v ]

Description
       The cfgmgr command runs the programs of the Config_Rules object class
       for a phase (phase 2 when none is given) in the order of their seq
       values, rules with seq 0 last. Each program names the devices at the
       top of its part of the device tree; cfgmgr runs the configure method
       of each, and of the children each configure method names in turn. A
       device that is Defined becomes Available when its method succeeds.

       On this machine the loopback fileset's rule (startloop) names the
       loopback devices that are Defined, so cfgmgr configures a loop device
       left Defined by mkdev -d or rmdev, and binds its image again. A method
       that fails reports a method error; cfgmgr goes on with the others.

       cfgmgr prints nothing unless -v is given or a method fails.

Flags
       -f   Phase 1 (boot only; refused at run time with 0514-606).
       -s   Phase 2.
       -p Phase
            The phase whose rules are run.
       -l Name
            Configures the named device and its children only.
       -i Device
            Installs device software from Device (not simulated).
       -v   Writes what cfgmgr does, step by step.

       Messages:
       cfgmgr: 0514-606 Running PHASE1 at this point is not valid.
       cfgmgr: 0514-612 Unable to configure the Name device because it
               either does not exist in the customized device database or
               it does not have a corresponding entry in the predefined
               device database.

Exit Status
       0    The command ran (method errors do not change it).
       1    A usage error or a phase that cannot run.
`,
};
