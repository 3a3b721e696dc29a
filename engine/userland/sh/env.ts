// Shell variables and the exported environment.
import type { Env } from "../types.js";

export class ShellEnv implements Env {
  private vars = new Map<string, string>();
  private exportedNames = new Set<string>();
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) {
      this.vars.set(k, v);
      this.exportedNames.add(k);
    }
  }
  get(name: string): string | undefined {
    return this.vars.get(name);
  }
  set(name: string, value: string): void {
    this.vars.set(name, value);
  }
  unset(name: string): void {
    this.vars.delete(name);
    this.exportedNames.delete(name);
  }
  export(name: string): void {
    this.exportedNames.add(name);
  }
  /** every variable, sorted by name (set with no arguments) */
  all(): [string, string][] {
    return [...this.vars.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  /** a copy for a subshell: the same variables and exports, changed independently */
  clone(): ShellEnv {
    const c = new ShellEnv();
    for (const [k, v] of this.vars) c.vars.set(k, v);
    for (const n of this.exportedNames) c.exportedNames.add(n);
    return c;
  }
  exported(): [string, string][] {
    return [...this.exportedNames]
      .filter((n) => this.vars.has(n))
      .sort()
      .map((n) => [n, this.vars.get(n)!]);
  }
}
