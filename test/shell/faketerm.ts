// A stand-in terminal for the ink app in tests that drive it by keys (a live recording, a practice
// session): an output stream that keeps what ink writes, and an input stream that hands ink one
// chunk of keys per "readable", as a raw-mode terminal does.
import { EventEmitter } from "node:events";

export class FakeTerminal extends EventEmitter {
  isTTY = true;
  text = "";
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (s: string | Uint8Array): boolean => {
    this.text += typeof s === "string" ? s : Buffer.from(s).toString("utf8");
    return true;
  };
}

/** what ink needs of process.stdin to read raw keys */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const d = this.data;
    this.data = null;
    return d;
  };
  send(s: string): void {
    this.data = s;
    this.emit("readable");
  }
}
