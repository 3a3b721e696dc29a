// What chown and chgrp share (chown.c and chgrp.c of AIX 4.1.3): each operand is changed (a
// symbolic link is followed unless -h); with -R a directory is changed first, then everything in
// it, a symbolic link found inside again followed unless -h. A failure is reported by perror()
// after "chown: " (-f keeps it quiet); inside a directory the name is the entry's own, as the
// commands chdir() into it. The exit status counts the failures.
import { isKernelError, type Errno } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext } from "../types.js";
import { err } from "./msg.js";

export interface OwnerOpts {
  /** the program (OsFormats.tools.forceStatus is keyed by it) */
  program: "chown" | "chgrp";
  f: boolean;
  h: boolean;
  R: boolean;
  /** the catalog id of the perror line (chown.error, chgrp.error) */
  errorId: string;
}

class Changer {
  failures = 0;
  constructor(
    private ctx: CommandContext,
    private uid: number,
    private gid: number,
    private o: OwnerOpts,
  ) {}

  private report(name: string, errno: Errno): void {
    if (!this.o.f) err(this.ctx, this.o.errorId, name, this.ctx.os.strerror(errno));
  }

  /** chown(2) or lchown(2); false after the report */
  private change(path: string, name: string, link: boolean): boolean {
    try {
      if (link) this.ctx.sys.lchown(path, this.uid, this.gid);
      else this.ctx.sys.chown(path, this.uid, this.gid);
      return true;
    } catch (e) {
      if (!isKernelError(e)) throw e;
      this.report(name, e.errno);
      return false;
    }
  }

  private entries(path: string, name: string): string[] | null {
    try {
      return this.ctx.sys.readdir(path).map((e) => e.name).filter((n) => n !== "." && n !== "..");
    } catch (e) {
      if (!isKernelError(e)) throw e;
      this.report(name, e.errno);
      return null;
    }
  }

  /** -R on a directory (chownr): the directory, then its tree; the count of failures */
  *tree(top: string): Co<number> {
    // chownr: a directory it cannot go into counts once, whatever happened before
    let failures = this.change(top, top, false) ? 0 : 1;
    const first = this.entries(top, top);
    if (first === null) return 1;
    const stack: { path: string; names: string[]; next: number }[] = [{ path: top, names: first, next: 0 }];
    while (stack.length > 0) {
      if (this.ctx.sys.tick()) yield undefined;
      const d = stack[stack.length - 1]!;
      if (d.next >= d.names.length) {
        stack.pop();
        continue;
      }
      const name = d.names[d.next++]!;
      const path = `${d.path}/${name}`;
      let type;
      try {
        type = this.ctx.sys.lstat(path).type;
      } catch (e) {
        if (!isKernelError(e)) throw e;
        this.report(name, e.errno);
        failures++;
        continue;
      }
      if (type === "VDIR") {
        const changed = this.change(path, name, false);
        const names = this.entries(path, name);
        if (names === null) failures++;
        else {
          if (!changed) failures++;
          stack.push({ path, names, next: 0 });
        }
        continue;
      }
      if (!this.change(path, name, this.o.h)) failures++;
    }
    return failures;
  }

  *operand(path: string): Co<void> {
    let type;
    try {
      type = this.ctx.sys.lstat(path).type;
    } catch (e) {
      if (!isKernelError(e)) throw e;
      this.report(path, e.errno);
      this.failures++;
      return;
    }
    if (this.o.R && type === "VDIR") {
      this.failures += yield* this.tree(path);
      return;
    }
    if (!this.change(path, path, this.o.h)) this.failures++;
  }
}

/** change the owner and/or group (-1: unchanged) of the files; the exit status */
export function* changeOwners(ctx: CommandContext, files: string[], uid: number, gid: number, o: OwnerOpts): Co<number> {
  const c = new Changer(ctx, uid, gid, o);
  for (const f of files) yield* c.operand(f);
  // System V chown -f: a failure it keeps quiet does not count (Perror returns !fflag)
  if (o.f && ctx.os.formats.tools?.forceStatus?.[o.program] === "uncounted") return 0;
  return c.failures;
}
