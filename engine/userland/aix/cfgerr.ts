// How the configuration commands (mkdev, rmdev, chdev) report a failed method.
import { isKernelError } from "../../kernel/errno.js";
import { msg } from "../common/msg.js";
import type { CommandContext } from "../types.js";

export function methodError(ctx: CommandContext, method: string, e: unknown, devname: string): number {
  if (!isKernelError(e)) throw e;
  const prog = ctx.argv[0]!;
  // the kernel refused to initialize the device (sysconfig failed in the configure method)
  if (e.detail === "cfginit") {
    ctx.stderr.write(msg(ctx, "cfg.initfail", method) + "\n");
    return 1;
  }
  switch (e.errno) {
    case "EBUSY":
      ctx.stderr.write(msg(ctx, "cfg.busy", method) + "\n");
      break;
    case "EEXIST":
      // the define method found the name taken
      ctx.stderr.write(msg(ctx, "cfg.exists", method) + "\n");
      break;
    case "EPERM":
      ctx.stderr.write(msg(ctx, "cfg.wpar", prog) + "\n");
      break;
    case "ENODEV":
      ctx.stderr.write(msg(ctx, "cfg.nocudv.criteria", prog, devname) + "\n");
      break;
    default:
      ctx.stderr.write(`Method error (${method}):\n\t${ctx.os.strerror(e.errno)}\n`);
  }
  return 1;
}
