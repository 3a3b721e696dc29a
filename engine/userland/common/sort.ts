// sort: sorts, merges (-m) or checks (-c) text files (AIX 4.1.3 sort.c). All the input is read
// (a piece at a time, waiting on pipes), then sorted by a merge sort that gives the processor
// back as it goes, then written to standard output or the -o file (opened only then, so `sort -o
// f f` works). Lines that compare equal on every key are ordered by their whole bytes; with -u
// only the first of each run of equal keys is written. A last line without its newline gets one,
// with sort's warning. What sort holds is limited by the process's data limit (AIX would go on in
// temporary files): beyond it, sort fails as when malloc does.
import { kerr } from "../../kernel/errno.js";
import type { Co } from "../../kernel/proc/wait.js";
import { toolOptstring } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { err, errnoOf, msg } from "./msg.js";
import { OutBuf } from "./outbuf.js";
import { compare, record, type Ordering, type SortRecord } from "./sortkeys.js";
import { parseSort, SORT_OPTIONS, SortOptionError, type SortOptions } from "./sortopts.js";
import { dataLimit, LineReader, openReader, type Reader } from "./stream.js";
import { sortMan } from "./sortman.js";

/** the longest keyed line (SORT_LINE_MAX), and the size printed for a plain record too large */
const SORT_LINE_MAX = 20480;
const LINE = 1024;
/** a plain record must fit sort's work area (MAXMEM) */
const MAXMEM = 4194304;

/** the end of sort: a message was printed, this is the exit status */
class SortExit extends Error {
  constructor(readonly status: number) {
    super("sort exit");
  }
}

/** lines of one input, each without its newline; the missing last newline is warned about */
function* readLines(ctx: CommandContext, r: Reader, name: string | null, o: SortOptions, each: (line: Uint8Array) => Co<void>): Co<void> {
  const limit = o.check || o.merge ? (o.recordSize || SORT_LINE_MAX) - 2 : o.keyed ? SORT_LINE_MAX - 2 : MAXMEM;
  const lines = new LineReader(r, Math.max(dataLimit(ctx), limit + 1));
  for (;;) {
    let l: Uint8Array | null;
    try {
      l = yield* lines.next();
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR" || errno === "EPIPE") throw e;
      if (errno === "ENOMEM") tooLong(ctx, o);
      err(ctx, "sort.readerr", name ?? msg(ctx, "sort.stdin"));
      throw new SortExit(2);
    }
    if (l === null) return;
    const ended = l[l.length - 1] === 10;
    const body = ended ? l.subarray(0, l.length - 1) : l;
    if (body.length > limit) tooLong(ctx, o);
    if (!ended) {
      if (name === null || o.check || o.merge) err(ctx, "sort.newline", name ?? msg(ctx, "sort.stdin"));
      else err(ctx, "sort.newlinefile", name);
    }
    ctx.sys.charge(l.length >> 12);
    yield* each(body);
  }
}

function tooLong(ctx: CommandContext, o: SortOptions): never {
  err(ctx, "sort.toolong", o.keyed && !o.check && !o.merge ? SORT_LINE_MAX : LINE);
  throw new SortExit(2);
}

/** open an input ("-" is standard input); null after "Cannot open" */
function open(ctx: CommandContext, name: string): Reader | null {
  try {
    return openReader(ctx, name === "-" ? null : name);
  } catch (e) {
    const why = ctx.os.strerror(errnoOf(e));
    err(ctx, "sort.cantopen", name, why);
    return null;
  }
}

/** stable merge sort that gives the processor back: sorted runs, then merged in passes */
function* mergeSort(ctx: CommandContext, recs: SortRecord[], o: Ordering): Co<SortRecord[]> {
  const cmp = (a: SortRecord, b: SortRecord) => compare(a, b, o, false);
  const RUN = 1024;
  for (let i = 0; i < recs.length; i += RUN) {
    const run = recs.slice(i, i + RUN).sort(cmp);
    for (let k = 0; k < run.length; k++) recs[i + k] = run[k]!;
    if (ctx.sys.charge(RUN >> 4)) yield undefined;
  }
  let src = recs;
  let dst: SortRecord[] = new Array<SortRecord>(recs.length);
  for (let width = RUN; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width) {
      const mid = Math.min(lo + width, src.length);
      const hi = Math.min(lo + 2 * width, src.length);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        dst[k] = i < mid && (j >= hi || cmp(src[i]!, src[j]!) <= 0) ? src[i++]! : src[j++]!;
        if ((k & 1023) === 0 && ctx.sys.charge(64)) yield undefined;
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** where the output goes: standard output or the -o file, opened when the first line is ready */
function output(ctx: CommandContext, o: SortOptions): { out: OutBuf; close(): void } {
  let fd = -1;
  const write = function* (b: Uint8Array): Co<void> {
    try {
      if (o.output === null) return yield* ctx.stdout.put(b);
      yield* ctx.sys.write(fd, b);
    } catch (e) {
      const errno = errnoOf(e);
      if (errno === "EINTR" || errno === "EPIPE") throw e;
      // ferror(os) after the output: wterror()
      err(ctx, o.merge ? "sort.writemerge" : "sort.writeerr");
      throw new SortExit(2);
    }
  };
  if (o.output !== null) {
    try {
      fd = ctx.sys.openFd(o.output, { write: true, create: true, trunc: true });
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      err(ctx, "sort.cantcreate", o.output, why);
      throw new SortExit(2);
    }
  }
  return { out: new OutBuf(write), close: () => (fd >= 0 ? ctx.sys.close(fd) : undefined) };
}

/** write records in order; -u drops each that equals the one before on the keys */
function* emit(ctx: CommandContext, recs: Iterable<SortRecord>, o: SortOptions, out: OutBuf): Co<void> {
  let prev: SortRecord | null = null;
  for (const r of recs) {
    if (o.unique && prev !== null && compare(prev, r, o.ordering, true) === 0) continue;
    prev = r;
    yield* out.add(r.line);
    yield* out.add("\n");
  }
}

function* sortFiles(ctx: CommandContext, o: SortOptions): Co<number> {
  const recs: SortRecord[] = [];
  let held = 0;
  const limit = dataLimit(ctx);
  let status = 0;
  for (const name of o.files) {
    const r = open(ctx, name);
    if (r === null) {
      status = 2;
      continue;
    }
    try {
      yield* readLines(ctx, r, name === "-" ? null : name, o, function* (line) {
        held += line.length + 64;
        if (held > limit) {
          err(ctx, "sort.nomem");
          throw new SortExit(2);
        }
        recs.push(record(line, o.ordering));
      });
    } finally {
      r.close();
    }
  }
  const sorted = yield* mergeSort(ctx, recs, o.ordering);
  const { out, close } = output(ctx, o);
  try {
    yield* emit(ctx, sorted, o, out);
    yield* out.flush();
  } finally {
    close();
  }
  return status;
}

/** -c: each line against the one before; the first out of order (or repeated, with -u) ends it */
function* check(ctx: CommandContext, o: SortOptions): Co<number> {
  if (o.files.length > 1) {
    err(ctx, "sort.checkone");
    return 2;
  }
  const name = o.files[0]!;
  const r = open(ctx, name);
  if (r === null) return 2;
  let prev: SortRecord | null = null;
  try {
    yield* readLines(ctx, r, name === "-" ? null : name, o, function* (line) {
      const cur = record(line, o.ordering);
      if (prev !== null) {
        const c = compare(prev, cur, o.ordering, false);
        const text = new TextDecoder().decode(line);
        if (c > 0) {
          err(ctx, "sort.disorder", text);
          throw new SortExit(1);
        }
        if (c === 0 && o.unique) {
          err(ctx, "sort.notunique", text);
          throw new SortExit(1);
        }
      }
      prev = cur;
    });
  } finally {
    r.close();
  }
  return 0;
}

/** -m: the sorted inputs merged a line at a time (all read first when -o names an input) */
function* merge(ctx: CommandContext, o: SortOptions): Co<number> {
  let status = 0;
  const inputs: { recs: SortRecord[]; pos: number }[] = [];
  for (const name of o.files) {
    const r = open(ctx, name);
    if (r === null) {
      status = 2;
      continue;
    }
    const recs: SortRecord[] = [];
    let held = 0;
    try {
      yield* readLines(ctx, r, name === "-" ? null : name, o, function* (line) {
        held += line.length + 64;
        if (held > dataLimit(ctx)) throw kerr("ENOMEM");
        recs.push(record(line, o.ordering));
      });
    } finally {
      r.close();
    }
    inputs.push({ recs, pos: 0 });
  }
  const merged = function* (): Generator<SortRecord> {
    for (;;) {
      let best = -1;
      for (let i = 0; i < inputs.length; i++) {
        const s = inputs[i]!;
        if (s.pos >= s.recs.length) continue;
        if (best < 0 || compare(s.recs[s.pos]!, inputs[best]!.recs[inputs[best]!.pos]!, o.ordering, false) < 0) best = i;
      }
      if (best < 0) return;
      yield inputs[best]!.recs[inputs[best]!.pos++]!;
    }
  };
  const { out, close } = output(ctx, o);
  try {
    yield* emit(ctx, merged(), o, out);
    yield* out.flush();
  } finally {
    close();
  }
  return status;
}

function* run(ctx: CommandContext): Co<number> {
  let o: SortOptions;
  try {
    const specs = toolOptstring(ctx.os.formats, "sort", SORT_OPTIONS);
    o = parseSort(ctx.argv.slice(1), (kind, f) => err(ctx, kind === "badflag" ? "getopt.badflag" : "getopt.needarg", ctx.argv[0]!, f), specs);
  } catch (e) {
    if (!(e instanceof SortOptionError)) throw e;
    if (e.id === "sort.usage") err(ctx, "sort.usage");
    else err(ctx, e.id, e.arg);
    return 2;
  }
  if (o.files.length === 0) o.files = ["-"];
  try {
    if (o.check) return yield* check(ctx, o);
    if (o.merge) return yield* merge(ctx, o);
    return yield* sortFiles(ctx, o);
  } catch (e) {
    if (e instanceof SortExit) return e.status;
    const errno = errnoOf(e);
    if (errno === "ENOMEM") {
      err(ctx, "sort.nomerge");
      return 2;
    }
    throw e;
  }
}

export const sort: CommandDef = {
  name: "sort",
  path: "/usr/bin/sort",
  summary: "Sorts files, merges files that are already sorted, and checks files to determine if they have been sorted.",
  flags: ["-A", "-b", "-c", "-d", "-f", "-i", "-k", "-m", "-n", "-o", "-r", "-T", "-t", "-u", "-y", "-z"],
  run,
  man: sortMan,
};
