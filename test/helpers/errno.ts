// What a kernel call ended with: its errno, or "none" when it succeeded. Anything that is not a
// kernel error is a bug and is thrown on.
import { isKernelError } from "../../engine/kernel/errno.js";

export function errnoOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isKernelError(e)) return e.errno;
    throw e;
  }
  return "none";
}
