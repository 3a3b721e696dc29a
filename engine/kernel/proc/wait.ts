// What a process gives the processor back for. A process's body is a generator (a coroutine):
// `yield undefined` means "my share of steps is used, run the others and come back";
// `yield queue` means "I cannot go on until something wakes this queue" (a pipe has data or
// room, the terminal has a line, a child changed state, a timer is due). Every wait is a loop
// that checks its condition again when it is resumed, so a spurious wake-up (a signal, a stop
// and continue, a second reader taking the data first) is always harmless.
import type { Proc } from "./proc.js";

export class WaitQueue {
  /** the processes asleep on this queue, in the order they went to sleep */
  readonly sleepers: Proc[] = [];
  /** `wake` is given by the scheduler: it moves a sleeper to the run queue */
  constructor(
    /** what ps shows as the wait channel, and what a reader of the code sees in a dump */
    readonly name: string,
  ) {}
}

/** what a process yields: undefined to be preempted, a queue to sleep on */
export type Block = WaitQueue | undefined;

/** a coroutine that returns T */
export type Co<T> = Generator<Block, T, void>;
