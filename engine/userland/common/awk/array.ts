// awk's associative arrays, with `for (k in a)` visiting the keys in the order of one-true-awk's
// symbol table (tran.c), which AIX's awk keeps: 50 buckets to start, hash h = c + 31·h over the
// key's bytes, a new key at the head of its bucket, and 4 times the buckets (re-linked bucket by
// bucket) once there are more than 2 keys a bucket. So split("a b c", x) visits 2, 3, 1 as on AIX.
import { AwkFatal } from "./errors.js";
import type { Value } from "./value.js";

/** what awk's arrays hold, counted against the process's data limit (an array that grows without
 *  end is an awk error, not the host's memory) */
export interface Memory {
  used: number;
  limit: number;
}

/** about what an element costs: the entry, its name, a string value */
function cost(key: string, v: Value | undefined): number {
  return 96 + 2 * key.length + (typeof v === "string" ? 2 * v.length : 0);
}

const NSYMTAB = 50;
const FULLTAB = 2;
const GROWTAB = 4;
const enc = new TextEncoder();

function hash(key: string, size: number): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x80) h = (c + Math.imul(31, h)) >>> 0;
    else {
      for (const b of enc.encode(key.slice(i))) h = (b + Math.imul(31, h)) >>> 0;
      break;
    }
  }
  return h % size;
}

export class AwkArray {
  private map = new Map<string, Value>();
  /** each bucket's keys, the head of the chain last */
  private buckets: string[][] = [];
  private nbuckets = NSYMTAB;
  private used = 0;

  constructor(private mem: Memory = { used: 0, limit: Infinity }) {}

  private account(delta: number): void {
    this.used += delta;
    this.mem.used += delta;
    if (delta > 0 && this.mem.used > this.mem.limit) throw new AwkFatal("awk.nomem");
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): Value | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, v: Value): void {
    const old = this.map.get(key);
    if (old !== undefined) {
      if (typeof v === "string" || typeof old === "string") this.account(cost(key, v) - cost(key, old));
      this.map.set(key, v);
      return;
    }
    this.account(cost(key, v));
    this.map.set(key, v);
    if (this.map.size > FULLTAB * this.nbuckets) this.grow();
    const h = hash(key, this.nbuckets);
    (this.buckets[h] ??= []).push(key);
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.account(-cost(key, old));
    this.map.delete(key);
    const b = this.buckets[hash(key, this.nbuckets)]!;
    b.splice(b.lastIndexOf(key), 1);
  }

  clear(): void {
    this.account(-this.used);
    this.map.clear();
    this.buckets = [];
    this.nbuckets = NSYMTAB;
  }

  private grow(): void {
    const size = GROWTAB * this.nbuckets;
    const next: string[][] = [];
    for (let i = 0; i < this.nbuckets; i++) {
      const b = this.buckets[i];
      if (!b) continue;
      // from the head of the chain (the end of the list) to its tail, each to the head of its new chain
      for (let j = b.length - 1; j >= 0; j--) (next[hash(b[j]!, size)] ??= []).push(b[j]!);
    }
    this.buckets = next;
    this.nbuckets = size;
  }

  /** the keys as for (k in a) visits them (a copy: the loop may change the array) */
  keys(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.nbuckets; i++) {
      const b = this.buckets[i];
      if (b) for (let j = b.length - 1; j >= 0; j--) out.push(b[j]!);
    }
    return out;
  }
}
