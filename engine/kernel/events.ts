// Change events: the kernel announces what changed; the shell's panes (and tests) listen.
// Events carry data, never text meant for a person.
export type KernelEvent =
  | { kind: "device"; action: "attached" | "detached" | "created" | "removed" | "changed"; name: string }
  | { kind: "mount"; action: "mounted" | "unmounted"; mountPoint: string; special: string; vfsType: string }
  | { kind: "odm"; action: "added" | "changed" | "removed"; objectClass: string; key: string }
  | { kind: "vnodeop"; layer: string; op: string; path?: string }
  | { kind: "reboot" };

export type Listener = (e: KernelEvent) => void;

export class EventBus {
  private listeners = new Set<Listener>();
  on(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  emit(e: KernelEvent): void {
    for (const l of this.listeners) l(e);
  }
  get listening(): boolean {
    return this.listeners.size > 0;
  }
}
