// Shell variables, their typeset attributes and the exported environment.
import type { Env } from "../types.js";
import { evalArith } from "./arith.js";

/** typeset's attributes of a variable */
export interface VarAttrs {
  /** -i: an integer, assignments are arithmetic; the base it is shown in (10 unless -i16 …) */
  integer?: number;
  /** -u / -l: upper / lower case */
  upper?: boolean;
  lower?: boolean;
  /** -r */
  readonly?: boolean;
  /** -L n / -R n / -Z n: left / right justified (blank- or zero-filled) in n columns */
  left?: number;
  right?: number;
  zero?: number;
  /** -t: a tag, nothing else */
  tagged?: boolean;
}

/** an assignment to (or unset of) a read-only variable */
export class ReadonlyError extends Error {
  constructor(readonly varName: string) {
    super(`${varName}: is read only`);
  }
}

/** a variable as it was, for a function's local copy (typeset in a function) */
export interface VarSnapshot {
  value: string | undefined;
  exported: boolean;
  attrs: VarAttrs | undefined;
}

export class ShellEnv implements Env {
  /** told of every assignment, after it (ksh's VISUAL and EDITOR choose the editing mode); a
   *  clone has none of its own: the shell that owns the copy sets it */
  onSet: ((name: string, value: string) => void) | null = null;
  private vars = new Map<string, string>();
  private exportedNames = new Set<string>();
  private attrs = new Map<string, VarAttrs>();
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) {
      this.vars.set(k, v);
      this.exportedNames.add(k);
    }
  }
  get(name: string): string | undefined {
    return this.vars.get(name);
  }
  /** assign, as the attributes say (an integer's value is evaluated); read-only: ReadonlyError */
  set(name: string, value: string): void {
    const a = this.attrs.get(name);
    if (a === undefined) this.vars.set(name, value);
    else if (a.readonly) throw new ReadonlyError(name);
    else this.vars.set(name, this.shape(a, value));
    this.onSet?.(name, this.vars.get(name)!);
  }
  unset(name: string): void {
    if (this.attrs.get(name)?.readonly) throw new ReadonlyError(name);
    this.vars.delete(name);
    this.exportedNames.delete(name);
    this.attrs.delete(name);
  }
  export(name: string): void {
    this.exportedNames.add(name);
  }
  unexport(name: string): void {
    this.exportedNames.delete(name);
  }
  isExported(name: string): boolean {
    return this.exportedNames.has(name);
  }
  has(name: string): boolean {
    return this.vars.has(name);
  }
  attrsOf(name: string): VarAttrs | undefined {
    return this.attrs.get(name);
  }
  /** the names that have attributes */
  attributed(): string[] {
    return [...this.attrs.keys()].sort();
  }
  /** give a variable attributes (merged into those it has); its value is reshaped */
  addAttrs(name: string, add: VarAttrs): void {
    const a: VarAttrs = { ...this.attrs.get(name) };
    if (add.upper) delete a.lower;
    if (add.lower) delete a.upper;
    if (add.left !== undefined) {
      delete a.right;
      if (add.zero === undefined) delete a.zero;
    }
    if (add.right !== undefined) {
      delete a.left;
      delete a.zero;
    }
    Object.assign(a, add);
    // a width of 0 is taken from the first value
    const v = this.vars.get(name);
    for (const k of ["left", "right", "zero"] as const) if (a[k] === 0 && v !== undefined) a[k] = v.length;
    this.attrs.set(name, a);
    if (v !== undefined) this.vars.set(name, this.shape(a, v));
  }
  /** take attributes away (typeset +i …) */
  removeAttrs(name: string, keys: (keyof VarAttrs)[]): void {
    const a = this.attrs.get(name);
    if (a === undefined) return;
    for (const k of keys) delete a[k];
    if (Object.keys(a).length === 0) this.attrs.delete(name);
  }
  /** every variable, sorted by name (set with no arguments) */
  all(): [string, string][] {
    return [...this.vars.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  /** a copy for a subshell: the same variables, exports and attributes, changed independently */
  clone(): ShellEnv {
    const c = new ShellEnv();
    for (const [k, v] of this.vars) c.vars.set(k, v);
    for (const n of this.exportedNames) c.exportedNames.add(n);
    for (const [k, a] of this.attrs) c.attrs.set(k, { ...a });
    return c;
  }
  exported(): [string, string][] {
    return [...this.exportedNames]
      .filter((n) => this.vars.has(n))
      .sort()
      .map((n) => [n, this.vars.get(n)!]);
  }
  snapshot(name: string): VarSnapshot {
    const a = this.attrs.get(name);
    return { value: this.vars.get(name), exported: this.exportedNames.has(name), attrs: a === undefined ? undefined : { ...a } };
  }
  /** put a variable back as a snapshot had it (read-only or not) */
  restore(name: string, s: VarSnapshot): void {
    if (s.value === undefined) this.vars.delete(name);
    else this.vars.set(name, s.value);
    if (s.exported) this.exportedNames.add(name);
    else this.exportedNames.delete(name);
    if (s.attrs === undefined) this.attrs.delete(name);
    else this.attrs.set(name, s.attrs);
  }

  /** a value as the attributes make it */
  private shape(a: VarAttrs, value: string): string {
    let v = value;
    if (a.integer !== undefined) {
      const n = evalArith(v, this);
      v = a.integer === 10 ? String(n) : (n < 0 ? "-" : "") + `${a.integer}#${(n < 0 ? -n : n).toString(a.integer)}`;
    }
    if (a.upper) v = v.toUpperCase();
    else if (a.lower) v = v.toLowerCase();
    if (a.left !== undefined) {
      v = v.replace(/^[ \t]+/, "");
      if (a.zero !== undefined) v = v.replace(/^0+(?=.)/, "");
      v = v.length >= a.left ? v.slice(0, a.left) : v.padEnd(a.left);
    } else if (a.right !== undefined || a.zero !== undefined) {
      const w = (a.right ?? a.zero)!;
      v = v.replace(/[ \t]+$/, "");
      const fill = a.zero !== undefined && /^[ \t]*[0-9]/.test(v) ? "0" : " ";
      if (fill === "0") v = v.replace(/^[ \t]+/, "");
      v = v.length >= w ? v.slice(v.length - w) : v.padStart(w, fill);
    }
    return v;
  }
}
