// The block device switch: major number → driver. A device node's rdev finds its driver here.
import { kerr } from "../errno.js";
import type { BlockDevice } from "./blockdev.js";

export interface BlockDriver {
  readonly name: string;
  /** the device for this minor, or ENXIO */
  device(minor: number): BlockDevice;
  /** count of opens (mounts) per minor, so the driver can refuse to detach a device in use */
  open(minor: number): void;
  close(minor: number): void;
}

export class DeviceSwitch {
  private drivers = new Map<number, BlockDriver>();
  register(major: number, d: BlockDriver): void {
    this.drivers.set(major, d);
  }
  unregister(major: number): void {
    this.drivers.delete(major);
  }
  driver(major: number): BlockDriver {
    const d = this.drivers.get(major);
    if (!d) throw kerr("ENXIO");
    return d;
  }
  majorOf(d: BlockDriver): number | undefined {
    for (const [m, x] of this.drivers) if (x === d) return m;
    return undefined;
  }
}

/** a character device: reads and writes go to the driver (the lab has the mm driver's null and zero) */
export interface CharDriver {
  readonly name: string;
  read(minor: number, offset: number, length: number): Uint8Array;
  /** `offset`: where the writer's file position is (a raw disk writes there; a stream ignores it) */
  write(minor: number, data: Uint8Array, offset: number): number;
  /**
   * bytes a read makes per step of the reader's time, for a driver whose bytes cost work to make
   * (the random driver): its reader is charged for them, so the quantum and the step budget end a
   * reader that never stops (cat /dev/urandom) as they end any loop
   */
  readonly bytesPerStep?: number;
}

/** zeros that readers share (nobody writes into a buffer it was given: see proc/pipe.ts) */
let bigZeros = new Uint8Array(65536);

/** n zeros, shared: a read of /dev/zero returns as many as asked */
export function zeros(n: number): Uint8Array {
  if (n > bigZeros.length) bigZeros = new Uint8Array(n);
  return bigZeros.subarray(0, n);
}

/** the memory driver: minor 2 is /dev/null (reads nothing, swallows writes), 3 is /dev/zero */
export const mmDriver: CharDriver = {
  name: "mm",
  read: (minor, _offset, length) => (minor === 3 ? zeros(length) : new Uint8Array(0)),
  write: (_minor, data) => data.length,
};
