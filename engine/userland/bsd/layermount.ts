// What mount_loopback and mount_umap share: the program's name as err(3) prints it, catalog
// messages on stderr, and the mount(2) call itself with 4.4BSD's mount flags.
import { basename } from "../common/lib.js";
import { err } from "../common/msg.js";
import type { CommandContext } from "../types.js";

export function progname(ctx: CommandContext): string {
  return basename(ctx.argv[0] ?? "");
}

export function say(ctx: CommandContext, id: string, ...args: (string | number)[]): void {
  err(ctx, id, ...args);
}

/** mount(type, mp, flags, {target, …}): a layer over `target` at `mp` (4.4BSD mounts stack:
 *  a directory that is already a mount point is covered again). The mount point goes to the
 *  kernel as typed, and the kernel keeps the string (copyinstr into f_mntonname): mount(8)
 *  realpath()s it first, mount_loopback run by hand does not */
export function layerMount(ctx: CommandContext, type: string, target: string, mp: string, flags: Set<string>, data?: Record<string, unknown>): void {
  const readonly = flags.has("rdonly");
  const words = [...flags].map((f) => (f === "rdonly" ? "ro" : f));
  ctx.sys.mount({
    type,
    special: target,
    dir: mp,
    readonly,
    optionString: words.join(","),
    options: words,
    overlay: true,
    ...(data ? { data: { ...data, flags: [...flags] } } : { data: { flags: [...flags] } }),
  });
}
