// Change events: the kernel announces what changed; the shell's panes (and tests) listen.
// Events carry data, never text meant for a person.
export type KernelEvent =
  | { kind: "device"; action: "attached" | "detached" | "created" | "removed" | "changed"; name: string }
  | { kind: "mount"; action: "mounted" | "unmounted"; mountPoint: string; special: string; vfsType: string }
  | { kind: "odm"; action: "added" | "changed" | "removed"; objectClass: string; key: string }
  | VnodeOpEvent
  /** a process began to run a program: the program's file and the arguments it was given
   *  (practice's action goals read these: what the machine ran, not what was typed) */
  | { kind: "exec"; pid: number; path: string; argv: readonly string[] }
  /** a shell reads its next command line from the terminal: the line it took, or null when none
   *  is typed yet and it waits at its prompt (a line typed ahead is taken at once: the line before
   *  it has ended all the same; practice checks its goals at each of these moments) */
  | { kind: "command-read"; pid: number; line: string | null }
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

/**
 * One vnode operation as it passed through a layer (emitted by the layer's bypass and its own
 * ops only while machine.trace is on). `depth` 0 is the operation the system call made; each
 * layer below adds one. A layer node is labelled by its layer and number (`null#4`), a real vnode by
 * its type, its mount's number and its inode (`ufs#2:17`); LayerNode.print() joins the two.
 */
export interface VnodeOpEvent {
  kind: "vnodeop";
  depth: number;
  /** the layer's type: null, umap, lofs */
  layer: string;
  /** the mount point of the layer's mount */
  mount: string;
  /** the operation: lookup, getattr, create … */
  op: string;
  /** the layer node the operation was called on */
  node: string;
  /** the lower vnode it was passed to */
  lower: string | null;
  /** for an op that returns a vnode: the layer node came from the node hash (hit) or was made (new) */
  hash: "hit" | "new" | null;
  /** the errno the operation ended with, null when it succeeded */
  errno: string | null;
  /** what the layer changed in the answer on its way up: null's getattr rewrites fsid, umap's
   *  uid and gid too */
  rewrote?: { field: string; from: number; to: number }[];
  /** lofs's lookup crossed these mounts on the real side (traverse), by mount point */
  crossed?: string[];
  /** lofs's lookup met its own source again and answered with the covered directory's shadow */
  looped?: boolean;
}
