// The asciicast writer: a header and events in asciicast v2 (absolute times, the default) or v3
// (intervals since the previous event, `looplab … --format v3`), and the cast file that a
// recording or a replay writes, which an existing file never becomes without --force. The clock
// is the caller's: the replay renderer passes virtual time, a live recording the host's.
import { existsSync, statSync, writeFileSync } from "node:fs";

export type CastFormat = "v2" | "v3";
export const CAST_FORMATS: readonly CastFormat[] = ["v2", "v3"];

/** what a cast's header says, whatever its format */
export interface CastMeta {
  columns: number;
  rows: number;
  /** unix seconds of the start (a live recording; a replay has none: its bytes never vary) */
  timestamp?: number;
  title?: string;
  /** the terminal type: v2 keeps it in env.TERM, v3 in term.type */
  term?: string;
  shell?: string;
}

export type EventCode = "o" | "i" | "m" | "r" | "x";

/** seconds with microsecond precision, always written the same way (v2's absolute times) */
export function castTime(ms: number): string {
  const s = Math.max(0, Math.round(ms * 1000)) / 1e6;
  return s.toFixed(6);
}

/** the header line of a cast in this format */
export function castHeader(m: CastMeta, format: CastFormat): string {
  if (format === "v3") {
    const term: Record<string, unknown> = { cols: m.columns, rows: m.rows };
    if (m.term !== undefined) term.type = m.term;
    return JSON.stringify({
      version: 3,
      term,
      ...(m.timestamp !== undefined ? { timestamp: m.timestamp } : {}),
      ...(m.title !== undefined ? { title: m.title } : {}),
      // the v3 spec: a recorder captures SHELL only (TERM is term.type)
      ...(m.shell !== undefined ? { env: { SHELL: m.shell } } : {}),
    });
  }
  const env: Record<string, string> = {};
  if (m.term !== undefined) env.TERM = m.term;
  if (m.shell !== undefined) env.SHELL = m.shell;
  return JSON.stringify({
    version: 2,
    width: m.columns,
    height: m.rows,
    ...(m.timestamp !== undefined ? { timestamp: m.timestamp } : {}),
    ...(m.title !== undefined ? { title: m.title } : {}),
    ...(Object.keys(env).length ? { env } : {}),
  });
}

export class CastWriter {
  private lines: string[] = [];
  /** the last event's time, in whole microseconds (times never go back) */
  private lastUs = 0;
  /** v3: the last event's time as written, in whole milliseconds */
  private writtenMs = 0;
  constructor(meta: CastMeta, readonly format: CastFormat = "v2") {
    this.lines.push(castHeader(meta, format));
  }

  /**
   * v2 writes the time since the start to the microsecond. v3 writes the interval since the
   * previous event to the millisecond (as asciinema 3 does), taken between the rounded absolute
   * times: each interval carries the rounding error of the one before (the error diffusion the
   * v3 spec asks for), so the intervals always add up to the elapsed time within 0.5 ms.
   */
  private event(ms: number, code: EventCode, data: string): void {
    const us = Math.max(this.lastUs, Math.round(Math.max(0, ms) * 1000));
    this.lastUs = us;
    let time: string;
    if (this.format === "v3") {
      const at = Math.round(us / 1000);
      time = ((at - this.writtenMs) / 1000).toFixed(3);
      this.writtenMs = at;
    } else time = castTime(us / 1000);
    this.lines.push(`[${time}, ${JSON.stringify(code)}, ${JSON.stringify(data)}]`);
  }

  output(ms: number, data: string): void {
    if (data !== "") this.event(ms, "o", data);
  }
  /** keys as the terminal sent them */
  input(ms: number, data: string): void {
    if (data !== "") this.event(ms, "i", data);
  }
  marker(ms: number, label: string): void {
    this.event(ms, "m", label);
  }
  resize(ms: number, cols: number, rows: number): void {
    this.event(ms, "r", `${cols}x${rows}`);
  }
  /** the session's exit status: v3 only (v2 has no event for it) */
  exit(ms: number, status: number): void {
    if (this.format === "v3") this.event(ms, "x", String(status));
  }
  /** the file: one JSON document a line, ending with a newline */
  text(): string {
    return this.lines.join("\n") + "\n";
  }
  /** events written so far (not the header) */
  get events(): number {
    return this.lines.length - 1;
  }
  /** the last event's time, ms */
  get elapsed(): number {
    return this.lastUs / 1000;
  }
}

/** the one line that refuses to replace an existing cast file */
export const existsMessage = (file: string): string => `${file} exists (--force overwrites it)`;

/** why this path can take no cast at all (a directory), or null */
function notAFile(file: string): string | null {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ? `cannot write ${file}: it is a directory` : null;
}

/** before any work: the line refusing the file (it exists and no --force, or a directory), or null */
export function refuseCastFile(file: string, force: boolean): string | null {
  const dir = notAFile(file);
  if (dir) return dir;
  return !force && existsSync(file) ? existsMessage(file) : null;
}

/**
 * Write a cast file: a new file, or with force any file. Returns the error line (without the
 * command's name) or null. `wx` keeps the refusal even for a file that appeared meanwhile.
 */
export function writeCastFile(file: string, text: string, force: boolean): string | null {
  const dir = notAFile(file);
  if (dir) return dir;
  try {
    writeFileSync(file, text, { flag: force ? "w" : "wx" });
    return null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return existsMessage(file);
    return `cannot write ${file}: ${(e as Error).message}`;
  }
}
