// Reading a mapping of the front matter: each reader names where it is (goal mounted: mount)
// in the error it throws, and a key the mapping may not have is an error, not ignored.
import { normalPath, PracticeError } from "./spec.js";

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** a reader of one mapping that names where it is in its errors */
export class Fields {
  constructor(
    private o: Obj,
    private where: string,
    allowed: readonly string[],
  ) {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(`unknown key ${k} (known: ${allowed.join(", ")})`);
  }
  fail(what: string): never {
    throw new PracticeError(`${this.where}: ${what}`);
  }
  str(k: string): string | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    if (typeof v === "number") return String(v);
    if (typeof v !== "string" || v === "") this.fail(`${k} takes a text`);
    return v;
  }
  need(k: string): string {
    return this.str(k) ?? this.fail(`${k} is missing`);
  }
  path(k: string): string | undefined {
    const v = this.str(k);
    if (v !== undefined && !v.startsWith("/")) this.fail(`${k} takes an absolute path, not ${v}`);
    return v === undefined ? undefined : normalPath(v);
  }
  bool(k: string): boolean | undefined {
    const v = this.o[k];
    if (v !== undefined && typeof v !== "boolean") this.fail(`${k} takes true or false`);
    return v as boolean | undefined;
  }
  /** a whole number, 0 or more (a uid, a gid) */
  count(k: string): number | undefined {
    const v = this.o[k];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 0)) this.fail(`${k} takes a whole number`);
    return v as number | undefined;
  }
  list(k: string): string[] | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    const l = Array.isArray(v) ? v : [v];
    if (!l.every((x) => typeof x === "string" || typeof x === "number")) this.fail(`${k} takes a list of texts`);
    return l.map(String);
  }
  map(k: string): Record<string, string> | undefined {
    const v = this.o[k];
    if (v === undefined) return undefined;
    if (!isObj(v) || Object.keys(v).length === 0) this.fail(`${k} takes a mapping of descriptors to values`);
    return Object.fromEntries(Object.entries(v).map(([a, b]) => [a, String(b)]));
  }
}

/** T with its fields that may be undefined made optional instead */
export type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };

/** the object without its undefined fields (exactOptionalPropertyTypes) */
export function defined<T extends object>(o: T): Defined<T> {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o as Defined<T>;
}
