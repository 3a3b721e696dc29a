// The Object Data Manager (AIX): object classes with typed descriptors, queried with the
// criteria language of odmget -q (parsed in grammar/odm). Change events let the shell show
// which objects a command added, changed or removed.
import { kerr } from "../errno.js";
import type { EventBus } from "../events.js";
import { likeMatch } from "./like.js";

export { likeMatch };

export type OdmValue = string | number;
export type OdmObject = Record<string, OdmValue>;

export interface OdmField {
  name: string;
  kind: "str" | "num";
  /** the C type of a numeric descriptor (odmadd names it in its messages); short by default */
  width?: "short" | "long";
}

export interface OdmTerm {
  field: string;
  op: "=" | "!=" | "<" | ">" | "<=" | ">=" | "like";
  value: string;
}

export interface OdmClass {
  readonly name: string;
  readonly fields: readonly OdmField[];
  /** the descriptors that identify an object in change events */
  readonly key: readonly string[];
  objects: OdmObject[];
}

export class Odm {
  private classes = new Map<string, OdmClass>();
  /**
   * Devices whose objects were added, changed or deleted by hand (odmadd, odmchange, odmdelete)
   * rather than by a configuration method: the ODM may then disagree with /dev and the drivers,
   * as it does on AIX, and the invariant checker leaves these names alone.
   */
  readonly handEdited = new Set<string>();
  /** called after a class changed (the OS writes /etc/objrepos/<Class>) */
  onChange: ((cls: OdmClass) => void) | null = null;

  constructor(private events: EventBus) {}

  define(name: string, fields: OdmField[], key: string[]): void {
    this.classes.set(name, { name, fields, key, objects: [] });
  }

  classNames(): string[] {
    return [...this.classes.keys()];
  }

  cls(name: string): OdmClass {
    const c = this.classes.get(name);
    if (!c) throw kerr("ENOENT", name);
    return c;
  }

  has(name: string): boolean {
    return this.classes.has(name);
  }

  private keyOf(c: OdmClass, o: OdmObject): string {
    return c.key.map((k) => String(o[k] ?? "")).join(":");
  }

  private matches(c: OdmClass, o: OdmObject, terms: readonly OdmTerm[]): boolean {
    for (const t of terms) {
      const f = c.fields.find((x) => x.name === t.field);
      if (!f) throw kerr("EINVAL", t.field);
      const v = o[f.name] ?? (f.kind === "num" ? 0 : "");
      let ok: boolean;
      if (t.op === "like") ok = likeMatch(t.value, String(v));
      else if (f.kind === "num") {
        const a = Number(v);
        const b = Number(t.value);
        ok = t.op === "=" ? a === b : t.op === "!=" ? a !== b : t.op === "<" ? a < b : t.op === ">" ? a > b : t.op === "<=" ? a <= b : a >= b;
      } else {
        const a = String(v);
        const b = t.value;
        ok = t.op === "=" ? a === b : t.op === "!=" ? a !== b : t.op === "<" ? a < b : t.op === ">" ? a > b : t.op === "<=" ? a <= b : a >= b;
      }
      if (!ok) return false;
    }
    return true;
  }

  get(className: string, terms: readonly OdmTerm[] = []): OdmObject[] {
    const c = this.cls(className);
    return c.objects.filter((o) => this.matches(c, o, terms)).map((o) => ({ ...o }));
  }

  /** convenience: objects whose descriptors equal the given values */
  find(className: string, eq: Record<string, OdmValue>): OdmObject[] {
    return this.get(
      className,
      Object.entries(eq).map(([field, value]) => ({ field, op: "=" as const, value: String(value) })),
    );
  }

  /** note a hand edit of an object (the device it belongs to) */
  markHandEdited(className: string, o: OdmObject): void {
    const name = className === "CuDvDr" ? (o.resource === "devno" ? o.value3 : o.value1) : o.name;
    if (name !== undefined && name !== "") this.handEdited.add(String(name));
  }

  /** a device attribute's effective value: its CuAt object, else the PdAt default of its type */
  attr(name: string, attribute: string): string | undefined {
    if (!this.has("CuAt") || !this.has("CuDv") || !this.has("PdAt")) return undefined;
    const cu = this.find("CuAt", { name, attribute })[0];
    if (cu) return String(cu.value);
    const dv = this.find("CuDv", { name })[0];
    if (!dv) return undefined;
    const pd = this.find("PdAt", { uniquetype: String(dv.PdDvLn), attribute })[0];
    return pd ? String(pd.deflt) : undefined;
  }

  add(className: string, obj: OdmObject): void {
    const c = this.cls(className);
    const full: OdmObject = {};
    for (const f of c.fields) full[f.name] = obj[f.name] ?? (f.kind === "num" ? 0 : "");
    c.objects.push(full);
    this.events.emit({ kind: "odm", action: "added", objectClass: c.name, key: this.keyOf(c, full) });
    this.onChange?.(c);
  }

  change(className: string, eq: Record<string, OdmValue>, values: Partial<OdmObject>): number {
    const c = this.cls(className);
    let n = 0;
    for (const o of c.objects) {
      if (!Object.entries(eq).every(([k, v]) => String(o[k]) === String(v))) continue;
      for (const [k, v] of Object.entries(values)) if (v !== undefined) o[k] = v;
      n++;
      this.events.emit({ kind: "odm", action: "changed", objectClass: c.name, key: this.keyOf(c, o) });
    }
    if (n) this.onChange?.(c);
    return n;
  }

  /**
   * The ODM commands' own edits (odmchange, odmdelete): every object matching the criteria is
   * changed or removed, and noted as edited by hand. Throws EINVAL for an unknown descriptor.
   */
  changeWhere(className: string, terms: readonly OdmTerm[], values: Partial<OdmObject>): number {
    const c = this.cls(className);
    const hits = c.objects.filter((o) => this.matches(c, o, terms));
    for (const o of hits) {
      this.markHandEdited(c.name, o);
      for (const [k, v] of Object.entries(values)) if (v !== undefined) o[k] = v;
      this.markHandEdited(c.name, o);
      this.events.emit({ kind: "odm", action: "changed", objectClass: c.name, key: this.keyOf(c, o) });
    }
    if (hits.length) this.onChange?.(c);
    return hits.length;
  }

  removeWhere(className: string, terms: readonly OdmTerm[]): number {
    const c = this.cls(className);
    const hits = new Set(c.objects.filter((o) => this.matches(c, o, terms)));
    for (const o of hits) {
      this.markHandEdited(c.name, o);
      this.events.emit({ kind: "odm", action: "removed", objectClass: c.name, key: this.keyOf(c, o) });
    }
    c.objects = c.objects.filter((o) => !hits.has(o));
    if (hits.size) this.onChange?.(c);
    return hits.size;
  }

  remove(className: string, eq: Record<string, OdmValue>): number {
    const c = this.cls(className);
    const keep: OdmObject[] = [];
    let n = 0;
    for (const o of c.objects) {
      if (Object.entries(eq).every(([k, v]) => String(o[k]) === String(v))) {
        n++;
        this.events.emit({ kind: "odm", action: "removed", objectClass: c.name, key: this.keyOf(c, o) });
      } else keep.push(o);
    }
    c.objects = keep;
    if (n) this.onChange?.(c);
    return n;
  }
}
