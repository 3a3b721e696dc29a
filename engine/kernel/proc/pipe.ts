// A pipe: a bounded buffer between a writer and a reader, with the OS's capacity.
//
// Data is kept as the chunks the writers gave, never copied into a ring: a writer hands its
// Uint8Array over and must not change it afterwards (every command writes fresh or shared
// read-only buffers, /dev/zero's zeros included). That makes `cat /dev/zero | head -c N` cost
// the bookkeeping of chunks, not N bytes of copying.
//
// A writer blocks while the pipe holds `capacity` bytes; a reader blocks while it is empty and
// some writer is still open; with no writer left, an empty pipe reads as end of file. With no
// reader left a write fails with EPIPE (the caller raises SIGPIPE, as write(2) does).
import { kerr } from "../errno.js";
import type { Waker } from "./sched.js";
import { WaitQueue } from "./wait.js";

const EMPTY = new Uint8Array(0);

export class Pipe {
  private chunks: Uint8Array[] = [];
  private head = 0;
  /** bytes buffered */
  size = 0;
  /** open read and write ends */
  readers = 0;
  writers = 0;
  readonly readable = new WaitQueue("pipe");
  readonly writable = new WaitQueue("pipe");
  /** its number among the machine's pipes, from 1 (fifofs's node number: pfiles shows it) */
  id = 0;

  constructor(
    readonly capacity: number,
    private waker: Waker,
  ) {}

  /**
   * Up to `max` bytes, or up to and including the first newline when `line` (what a shell's read
   * takes, so the rest stays in the pipe for the next command). An empty array is end of file;
   * a queue means: wait on it and try again.
   */
  read(max: number, line: boolean): Uint8Array | WaitQueue {
    if (this.size === 0) return this.writers > 0 ? this.readable : EMPTY;
    let first = this.chunks[this.head]!;
    let n = Math.min(max, first.length);
    if (line) {
      const nl = first.indexOf(10);
      if (nl >= 0 && nl < n) n = nl + 1;
    }
    let out: Uint8Array;
    if (n === first.length) {
      out = first;
      this.chunks[this.head++] = EMPTY;
      if (this.head > 64 && this.head * 2 > this.chunks.length) {
        this.chunks = this.chunks.slice(this.head);
        this.head = 0;
      }
    } else {
      out = first.subarray(0, n);
      first = first.subarray(n);
      this.chunks[this.head] = first;
    }
    this.size -= out.length;
    if (this.head === this.chunks.length) {
      this.chunks = [];
      this.head = 0;
    }
    this.waker.wake(this.writable);
    return out;
  }

  /**
   * Take as much of `data` as fits (all of it when `soft`: a command that cannot wait writes its
   * bounded output at once and its process waits afterwards). Returns the bytes taken, or the
   * queue to wait on when the pipe is full. EPIPE when no reader is left.
   */
  write(data: Uint8Array, soft: boolean): number | WaitQueue {
    if (this.readers === 0) throw kerr("EPIPE");
    if (data.length === 0) return 0;
    const room = soft ? data.length : this.capacity - this.size;
    if (room <= 0) return this.writable;
    const n = Math.min(room, data.length);
    this.chunks.push(n === data.length ? data : data.subarray(0, n));
    this.size += n;
    this.waker.wake(this.readable);
    return n;
  }

  /** over capacity (after a soft write): its writer should wait before it goes on */
  get full(): boolean {
    return this.size >= this.capacity;
  }

  closeReader(): void {
    this.readers--;
    // writers find out (EPIPE) when they try again
    if (this.readers === 0) {
      this.chunks = [];
      this.head = 0;
      this.size = 0;
      this.waker.wake(this.writable);
    }
  }

  closeWriter(): void {
    this.writers--;
    if (this.writers === 0) this.waker.wake(this.readable);
  }
}
