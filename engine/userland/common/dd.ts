// dd: converts and copies a file (the AIX dd: operands if= of= ibs= obs= bs= cbs= skip= seek=
// count= files= conv=, numbers with k, b, w and x multipliers, 512-byte default blocks; with bs=
// each block read is written as it is; "N+M records in." and "N+M records out." on stderr).
// Devices are read and written through their driver; holes of a sparse file read as zeros and
// blocks of zeros written into a regular file stay holes.
import type { CommandContext, CommandDef } from "../types.js";
import { openSink, type Sink } from "./lib.js";
import { dataLimit, openReader, type Reader } from "./stream.js";
import type { Co } from "../../kernel/proc/wait.js";
import { err, errnoOf } from "./msg.js";

/** dd's number(): digits, then k (1024), w (2), b (512) and x or * (multiply by the next) */
export function ddNumber(s: string): number {
  let i = 0;
  let n = 0;
  while (i < s.length && s[i]! >= "0" && s[i]! <= "9") n = n * 10 + Number(s[i++]);
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === "k") n *= 1024;
    else if (c === "w") n *= 2;
    else if (c === "b") n *= 512;
    else if (c === "x" || c === "*") return n * ddNumber(s.slice(i + 1));
  }
  return n;
}

const CONVS = ["notrunc", "noerror", "sync", "swab", "lcase", "ucase", "iblock", "oblock"] as const;
type Conv = (typeof CONVS)[number];

function usage(ctx: CommandContext): number {
  err(ctx, "dd.usage");
  return 2;
}

function* run(ctx: CommandContext): Co<number> {
  let ibs = 512;
  let obs = 512;
  let bs = 0;
  let ifile: string | undefined;
  let ofile: string | undefined;
  let skip = 0;
  let seek = 0;
  let count = 0;
  let files = 1;
  const conv = new Set<Conv>();
  for (const arg of ctx.argv.slice(1)) {
    const eq = arg.indexOf("=");
    const key = eq < 0 ? "" : arg.slice(0, eq + 1);
    const val = eq < 0 ? "" : arg.slice(eq + 1);
    switch (key) {
      case "ibs=":
        ibs = ddNumber(val);
        continue;
      case "obs=":
        obs = ddNumber(val);
        continue;
      case "cbs=":
        continue;
      case "bs=":
        bs = ddNumber(val);
        continue;
      case "if=":
        ifile = val;
        continue;
      case "of=":
        ofile = val;
        continue;
      case "fskip=":
        continue;
      case "seek=":
        seek = ddNumber(val);
        continue;
      case "skip=":
        skip = ddNumber(val);
        continue;
      case "count=":
        count = ddNumber(val);
        continue;
      case "files=":
        files = ddNumber(val);
        continue;
      case "conv=": {
        for (const c of val.split(",")) {
          if (c === "") continue;
          if (!(CONVS as readonly string[]).includes(c)) {
            err(ctx, "dd.badarg", val.slice(val.indexOf(c)));
            return usage(ctx);
          }
          conv.add(c as Conv);
        }
        continue;
      }
    }
    err(ctx, "dd.badarg", arg);
    return usage(ctx);
  }

  let src: Reader;
  try {
    src = openReader(ctx, ifile ?? null);
  } catch (e) {
    err(ctx, "dd.perror", ifile!, ctx.os.strerror(errnoOf(e)));
    return 2;
  }
  if (ifile !== undefined && ofile !== undefined) {
    try {
      const a = ctx.sys.stat(ifile);
      const b = ctx.sys.stat(ofile);
      if (a.type !== "VBLK" && a.type !== "VCHR" && a.fsid === b.fsid && a.fileid === b.fileid) {
        err(ctx, "dd.same");
        return 2;
      }
    } catch (e) {
      errnoOf(e);
    }
  }
  // the output file, or standard output (a block at a time, waiting for a pipe)
  let out: Sink | null = null;
  if (ofile !== undefined) {
    try {
      out = openSink(ctx, ofile, { create: true, trunc: !(seek || conv.has("notrunc")) });
    } catch (e) {
      err(ctx, "dd.perror", ofile, ctx.os.strerror(errnoOf(e)));
      return 2;
    }
  }
  const truncOut = ofile !== undefined && !conv.has("notrunc");

  if (bs) ibs = obs = bs;
  if (ibs === 0 || obs === 0) {
    err(ctx, "dd.zeroblock");
    return 2;
  }
  // dd allocates its buffers up front: beyond the process's data limit (ulimit -d) malloc fails
  if (ibs + obs > dataLimit(ctx)) {
    err(ctx, "dd.nomem");
    return 2;
  }
  const flushEach = bs > 0 && !conv.has("swab") && !conv.has("lcase") && !conv.has("ucase");

  let nifr = 0;
  let nipr = 0;
  let nofr = 0;
  let nopr = 0;
  let status = 0;
  const stats = () => {
    err(ctx, "dd.recsin", nifr, nipr);
    err(ctx, "dd.recsout", nofr, nopr);
  };

  try {
    if (skip) {
      if (!src.seek(ibs * skip)) for (let k = 0; k < skip; k++) if ((yield* src.read(ibs)).length === 0) break;
    }
    if (seek && out) out.seek(obs * seek);
  } catch (e) {
    errnoOf(e);
  }

  let obuf = new Uint8Array(obs);
  let obc = 0;
  function* writeBlock(b: Uint8Array): Co<void> {
    if (out) {
      out.write(b);
      if (ctx.sys.tick()) yield undefined;
    } else yield* ctx.stdout.put(b.slice());
    if (b.length === obs) nofr++;
    else nopr++;
  }
  function* flush(): Co<void> {
    if (obc) {
      yield* writeBlock(obuf.subarray(0, obc));
      obuf = new Uint8Array(obs);
      obc = 0;
    }
  }

  try {
    for (;;) {
      if (count && nifr + nipr >= count) break;
      let b: Uint8Array;
      try {
        b = yield* src.read(ibs);
      } catch (e) {
        const errno = errnoOf(e);
        // the reason is for systems that print it in the one line (Solaris: perror("read"))
        err(ctx, "dd.readfail", ctx.os.strerror(errno));
        // BSD names the file (err(1, "%s", in.name)): the name is the reason's second argument
        err(ctx, "dd.reason", ctx.os.strerror(errno), ifile ?? "stdin");
        status = 2;
        if (!conv.has("noerror")) break;
        b = new Uint8Array(ibs);
      }
      if (b.length === 0) {
        if (--files > 0) continue;
        break;
      }
      let blk = b;
      if (blk.length !== ibs) {
        nipr++;
        if (conv.has("sync")) {
          const padded = new Uint8Array(ibs);
          padded.set(blk);
          blk = padded;
        }
      } else nifr++;
      if (conv.has("swab")) {
        blk = blk.slice();
        for (let k = 0; k + 1 < blk.length; k += 2) {
          const t = blk[k]!;
          blk[k] = blk[k + 1]!;
          blk[k + 1] = t;
        }
      }
      if (conv.has("ucase") || conv.has("lcase")) {
        blk = blk.slice();
        for (let k = 0; k < blk.length; k++) {
          const c = blk[k]!;
          if (conv.has("ucase") && c >= 97 && c <= 122) blk[k] = c - 32;
          if (conv.has("lcase") && c >= 65 && c <= 90) blk[k] = c + 32;
        }
      }
      if (flushEach) {
        yield* writeBlock(blk);
        continue;
      }
      let off = 0;
      while (off < blk.length) {
        const n = Math.min(obs - obc, blk.length - off);
        obuf.set(blk.subarray(off, off + n), obc);
        obc += n;
        off += n;
        if (obc >= obs) yield* flush();
      }
    }
    yield* flush();
  } catch (e) {
    const errno = errnoOf(e);
    err(ctx, "dd.writefail", ctx.os.strerror(errno));
    err(ctx, "dd.reason", ctx.os.strerror(errno), ofile ?? "stdout");
    stats();
    return 2;
  }
  if (truncOut && out) {
    try {
      out.truncateHere();
    } catch (e) {
      err(ctx, "dd.perror", ofile!, ctx.os.strerror(errnoOf(e)));
      stats();
      return 2;
    }
  }
  stats();
  return status;
}

export const dd: CommandDef = {
  name: "dd",
  path: "/usr/bin/dd",
  summary: "Converts and copies a file.",
  flags: ["if=", "of=", "bs=", "ibs=", "obs=", "skip=", "seek=", "count=", "conv="],
  run,
  man: `dd Command

Purpose
       Converts and copies a file.

Syntax
       dd [ bs=BlockSize ] [ cbs=BlockSize ] [ conv=Conversion[,...] ]
          [ count=InputBlocks ] [ files=InputFiles ] [ fskip=SkipEOFs ]
          [ ibs=InputBlockSize ] [ if=InFile ] [ obs=OutputBlockSize ]
          [ of=OutFile ] [ seek=RecordNumber ] [ skip=SkipInputBlocks ]

Description
       The dd command reads the InFile parameter or standard input, does the
       specified conversions, then copies the converted data to the OutFile
       parameter or standard output. The input and output block size can be
       specified to take advantage of raw physical I/O.

       After completion, the dd command reports the number of whole and
       partial input and output blocks.

       Numbers may end with k (x 1024), b (x 512) or w (x 2), or be products
       joined by x.

Parameters
       bs=BlockSize     Specifies both the input and output block size.
       count=InputBlocks
                        Copies only the number of input blocks specified.
       conv=Conversion  notrunc: does not truncate the output file.
                        noerror: does not stop processing on an error.
                        sync: pads every input block to the input block size.
                        swab: swaps every pair of bytes.
                        lcase, ucase: changes the case of letters.
       ibs=InputBlockSize
                        Specifies the input block size; the default is 512.
       if=InFile        Specifies the input file name; standard input is the
                        default.
       obs=OutputBlockSize
                        Specifies the output block size; the default is 512.
       of=OutFile       Specifies the output file name; standard output is the
                        default.
       seek=RecordNumber
                        Seeks the record specified by the RecordNumber
                        variable from the beginning of output file before
                        copying.
       skip=SkipInputBlocks
                        Skips the specified number of input blocks before
                        starting to copy.

Exit Status
       0    The input file was copied successfully.
       >0   An error occurred.
`,
};
