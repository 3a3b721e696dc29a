// AIX process ids: a process-table slot and a generation count, so pids look like 4128974 and
// are even (all but init's). On the 64-bit kernel the pid is
//   bits 25..16 the slot, bits 15..8 the SRAD (memory domain), bits 7..1 the generation, bit 0 zero
// (the layout as IBM support explained it; real pids agree: 4128974 = 0x3F00CE). A new process
// takes the lowest free slot, and a slot's generation goes up each time it is reused, so a pid
// comes back only after 128 reuses. The starting generation and the SRAD of each slot are fixed
// functions of the slot: the same machine always hands out the same pids.
import { kerr } from "../../kernel/errno.js";
import type { PidAllocator } from "../../kernel/proc/sched.js";

/** slots below this belong to kernel processes (swapper, wait, sched, lrud …) */
const FIRST_USER_SLOT = 0x10;
const SLOTS = 0x3ff;

export function aixPid(slot: number, gen: number): number {
  const srad = (slot * 5) % 3;
  return (slot << 16) | (srad << 8) | ((gen & 0x7f) << 1);
}

export class AixPids implements PidAllocator {
  private used = new Set<number>();
  private gens = new Map<number, number>();

  alloc(taken: (pid: number) => boolean): number {
    for (let slot = FIRST_USER_SLOT; slot <= SLOTS; slot++) {
      if (this.used.has(slot)) continue;
      const gen = (this.gens.get(slot) ?? (slot * 37) % 128) + 1;
      this.gens.set(slot, gen);
      const pid = aixPid(slot, gen);
      if (taken(pid)) continue;
      this.used.add(slot);
      return pid;
    }
    // fork fails as on a full process table
    throw kerr("EAGAIN");
  }

  free(pid: number): void {
    this.used.delete(pid >> 16);
  }

  reserve(pid: number): void {
    if (pid > 1) this.used.add(pid >> 16);
  }
}
