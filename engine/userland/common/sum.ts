// sum: a 16-bit checksum and the count of 1024-byte blocks (AIX 4.1.3 sum.c). The default (and
// -r) is the BSD 4.3 byte-by-byte algorithm, printed "%05u %5ld %s" (the name is empty for
// standard input, so the line ends in a blank); -o is the System V word sum, printed "%u %ld"
// and the name only when the command line has more words than the -o flags (sum.c's quirk). -i
// skips an XCOFF header. A file that cannot be opened adds 10 to the exit status.
import type { Co } from "../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../types.js";
import { BsdSum, SysvSum } from "./checksum.js";
import { feed } from "./cksum.js";
import { getopt, reportOpt } from "./lib.js";
import { err, errnoOf, exitAfter, optionsOf } from "./msg.js";
import { openReader, type Reader } from "./stream.js";

/** the magic number of an XCOFF object (U802TOCMAGIC) and the size of its file header */
const XCOFF_MAGIC = 0o737;
const XCOFF_HEADER = 20;

/** -i: the two magic bytes are read; an object skips its header, anything else starts again.
 *  A pipe cannot go back: its two bytes are summed (what stdio's buffer still holds) */
function* skipHeader(r: Reader): Co<Uint8Array> {
  const head = yield* r.read(2);
  const magic = head.length === 2 && ((head[0]! << 8) | head[1]!) === XCOFF_MAGIC;
  if (r.seek(magic ? XCOFF_HEADER : 0)) return new Uint8Array(0);
  return head;
}

function* run(ctx: CommandContext): Co<number> {
  const r = getopt(ctx.argv.slice(1), optionsOf(ctx, "sum", "iro"));
  let iflag = false;
  let oflag = 0;
  let rflag = false;
  for (const it of r.items) {
    if (it.kind === "flag" && it.flag === "i") iflag = true;
    else if (it.kind === "flag" && it.flag === "o" && !rflag) oflag++;
    else if (it.kind === "flag" && it.flag === "r" && oflag === 0) rflag = true;
    else {
      reportOpt(ctx, it);
      err(ctx, "sum.usage");
      return exitAfter(ctx, "sum.usage", 1);
    }
  }
  let status = 0;
  const files: (string | null)[] = r.operands.length ? r.operands : [null];
  for (const file of files) {
    let rd: Reader;
    try {
      // sum.c fopen()s every operand: "-" is a file of that name there, standard input on AIX
      rd = openReader(ctx, file === "-" && ctx.os.formats.tools?.sum ? "./-" : file);
    } catch (e) {
      const why = ctx.os.strerror(errnoOf(e));
      err(ctx, "sum.cantopen", file!, why);
      status += 10;
      continue;
    }
    const rules = ctx.os.formats.tools?.sum;
    // a system's own sum.c (Solaris: System V's by default, BSD's with -r); otherwise AIX's
    const alg = rules ? (rflag ? "bsd" : rules.default) : oflag ? "sysv" : "bsd";
    const sum = alg === "sysv" ? new SysvSum() : new BsdSum();
    let failed: string | null;
    try {
      if (iflag) sum.add(yield* skipHeader(rd));
      failed = yield* feed(ctx, rd, sum);
    } finally {
      rd.close();
    }
    if (failed !== null) {
      err(ctx, "sum.readerr", file ?? "-");
      status++;
    }
    const blocks = Math.floor((sum.length + 1023) / 1024);
    const name = file ?? "";
    let line: string;
    if (rules) line = rules.line(alg, sum.value(), sum.length, r.operands.length ? name : null);
    else if (!oflag) line = `${String(sum.value()).padStart(5, "0")} ${String(blocks).padStart(5)} ${name}`;
    else line = `${sum.value()} ${blocks}` + (ctx.argv.length - oflag > 1 ? ` ${name}` : "");
    yield* ctx.stdout.put(line + "\n");
  }
  return status;
}

export const sum: CommandDef = {
  name: "sum",
  path: "/usr/bin/sum",
  summary: "Displays the checksum and block count of a file.",
  flags: ["-i", "-o", "-r"],
  run,
  man: `sum Command

Purpose
       Displays the checksum and block count of a file.

Syntax
       sum [ -i ] [ -r | -o ] [ File ... ]

Description
       The sum command reads the file specified by the File parameter and
       calculates a checksum and the number of 1024-byte blocks in that file.
       If no options are specified, a byte-by-byte algorithm, such as the BSD
       4.3 default algorithm, is used. If no files are named, the standard
       input is read. The checksum and number of 1024-byte blocks are written
       to standard output. The sum command is generally used to determine if a
       file that has been copied or communicated over transmission lines is an
       exact copy of the original.

Flags
       -i   Allows the user to compute the checksum without including header
            information, if the input file is a binary file.
       -o   Uses the word-by-word algorithm to compute the checksum. The sum
            command with the -o flag is compatible with the Version 2 sum
            command in terms of the checksum, but not the number of blocks.
       -r   Uses a byte-by-byte algorithm to compute the checksum. Using the
            -r flag is the same as using no options.

       Note: The default is no longer the word-by-word computation algorithm;
       it is the BSD 4.3 default algorithm.

Exit Status
       0    Successful completion.
       >0   An error occurred (10 for each file that could not be opened).

Messages
       sum: 0653-690 Cannot open File.
       sum: 0653-691 Cannot read from File.
       Usage: sum [-i][-o|r] [FileName...]

Example
       To display the checksum of, and the number of 1024-byte blocks in, the
       file1 and file2 files, type:
            sum file1 file2
`,
};
