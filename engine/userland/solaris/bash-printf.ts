// printf as bash 4.1's built-in (builtins/printf.def): the common printf, and `printf -v var`,
// which puts what printf would write into the shell variable var instead (bash 4.0). Without
// an argument to -v: sh_needarg and the usage, status 2; a bad name: sh_invalidid, status 2.
import { printf, runPrintf } from "../common/printf.js";
import { err } from "../common/msg.js";
import type { CommandContext, CommandDef, Out } from "../types.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const utf8 = new TextDecoder();

function run(ctx: CommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] !== "-v" && !/^-v./.test(args[0] ?? "")) return runPrintf(ctx);
  const attached = args[0]!.slice(2);
  const name = attached !== "" ? attached : args[1];
  const rest = args.slice(attached !== "" ? 1 : 2);
  if (name === undefined) {
    err(ctx, "printf.needarg");
    err(ctx, "printf.usage");
    return 2;
  }
  if (!NAME.test(name)) {
    err(ctx, "printf.badid", name);
    return 2;
  }
  let text = "";
  const into: Out = {
    write: (d) => void (text += typeof d === "string" ? d : utf8.decode(d)),
    // eslint-disable-next-line require-yield
    *put(d) {
      text += typeof d === "string" ? d : utf8.decode(d);
    },
  };
  const status = runPrintf({ ...ctx, argv: ["printf", ...rest], stdout: into });
  ctx.shell.env.set(name, text);
  return status;
}

export const bashPrintf: CommandDef = { ...printf, run };
