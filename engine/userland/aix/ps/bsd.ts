// ps's Berkeley letters, given without a dash (ps aux, ps gv, ps t pts/0, ps 4128974): AIX ps.c
// parseberkeley(). a: every process with a terminal; x: also those without one; g: all; u, l, v
// and s choose a layout (only one of them); w widens to 132 columns, ww to no limit; c shows the
// command's name; n numbers instead of names; t the processes of one terminal; a number one
// process. With u the processes are sorted by %CPU, by ps.c's own quicksort.
import type { Proc } from "../../../kernel/proc/proc.js";
import { err, msg } from "../../common/msg.js";
import type { CommandContext } from "../../types.js";
import { pcpu, type Snap } from "./model.js";
import { B, type Opts } from "./select.js";

/** read the letters into `o`; a number is an exit status when ps ends here */
export function parseBsd(ctx: CommandContext, args: readonly string[], o: Opts): number | null {
  let uniq = 0;
  let bad = false;
  outer: for (let ai = 0; ai < args.length; ai++) {
    const a = args[ai]!;
    for (let j = 0; j < a.length; j++) {
      const c = a[j]!;
      switch (c) {
        case "a":
          o.bf |= B.A;
          o.a = true;
          break;
        case "c":
          o.bf |= B.C;
          break;
        case "e":
          o.bf |= B.E;
          break;
        case "g":
          o.bf |= B.G | B.A | B.X;
          o.a = true;
          break;
        case "l":
          o.bf |= B.L;
          uniq++;
          break;
        case "n":
          o.bf |= B.N;
          break;
        case "s":
          o.bf |= B.S;
          uniq++;
          break;
        case "u":
          o.bf |= B.U;
          uniq++;
          break;
        case "v":
          o.bf |= B.V;
          uniq++;
          break;
        case "w":
          o.bf |= B.W;
          o.wide++;
          break;
        case "x":
          o.bf |= B.X;
          break;
        case "U":
          // rebuilds ps's list of devices, and ends
          return 0;
        case "t": {
          o.bf |= B.T;
          let tty = a.slice(j + 1);
          // the terminal is the rest of the word, or the next word
          if (tty === "" && ai + 1 < args.length) tty = args[++ai]!;
          if (tty === "") bad = true;
          else o.terminal = terminal(tty);
          continue outer;
        }
        default:
          if (c >= "0" && c <= "9") {
            // a process number ends the letters
            o.number = Number(/^[0-9]+/.exec(a.slice(j))![0]);
            o.bf |= B.ONEPROC;
            break outer;
          }
          bad = true;
      }
    }
  }
  if (uniq > 1) {
    // on standard output, as ps.c prints it
    ctx.stdout.write(msg(ctx, "ps.uniq") + "\n");
    return 1;
  }
  if (bad) {
    err(ctx, "ps.usage");
    return 1;
  }
  return null;
}

/** t's argument: co is the console, tty0 or t0 is tty0, p0 is pts/0, h0 hft/0 */
function terminal(t: string): string {
  if (t.startsWith("co")) return "console";
  if (t.startsWith("tty")) return t.slice(3);
  if (t.startsWith("t")) return t.slice(1);
  if (t.startsWith("p") && !t.startsWith("pts")) return "pts/" + t.slice(1);
  if (t.startsWith("h") && !t.startsWith("hft")) return "hft/" + t.slice(1);
  return t;
}

/** ps u: the table sorted by %CPU, highest first (ps.c p_sort, so equal ones come out shuffled as AIX's) */
export function byCpu(snap: Snap): Proc[] {
  const a = snap.procs.map((p) => ({ p, pcpu: pcpu(p, snap) }));
  if (a.length > 1) sort(a, 0, a.length - 1);
  return a.map((e) => e.p);
}

function sort(a: { p: Proc; pcpu: number }[], spos: number, epos: number): void {
  let i = spos;
  let j = epos;
  const x = a[Math.trunc((spos + epos) / 2)]!.pcpu;
  do {
    while (a[i]!.pcpu > x) ++i;
    while (x > a[j]!.pcpu) --j;
    if (i <= j) {
      const t = a[i]!;
      a[i] = a[j]!;
      a[j] = t;
      ++i;
      --j;
    }
  } while (i <= j);
  if (spos < j) sort(a, spos, j);
  if (i < epos) sort(a, i, epos);
}
