// A block device as file systems see it. File systems on images (iso9660, a jfs2 image) read
// their blocks through this, never from the image file directly.
export interface IoStats {
  reads: number;
  writes: number;
  bytesRead: number;
  bytesWritten: number;
}

export interface BlockDevice {
  readonly name: string;
  readonly major: number;
  readonly minor: number;
  /** sector size; AIX loopback devices always use 512 */
  readonly blockSize: number;
  readonly readonly: boolean;
  /** bytes */
  size(): number;
  /** reads past the end return a short (possibly empty) array */
  read(offset: number, length: number): Uint8Array;
  write(offset: number, data: Uint8Array): void;
  readonly stats: IoStats;
}
