// sed: the stream editor, as AIX's /usr/bin/sed (sed0.c and sed1.c of AIX 4.1.3, whose message
// catalog AIX 7.2 still prints): options -n, -u (7.x: unbuffered output), -e (several), -f and
// the hidden -g, the script compiled before any input is read, then the input streamed a line at
// a time. Regular expressions are basic ones through re.ts.
import { isKernelError } from "../../../kernel/errno.js";
import type { Co } from "../../../kernel/proc/wait.js";
import type { CommandContext, CommandDef } from "../../types.js";
import { toolOptstring, toolStatus, toolUsageAfter } from "../../formats.js";
import { getopt, openSink, reportOpt } from "../lib.js";
import { err, msg } from "../msg.js";
import { dataLimit, openReader } from "../stream.js";
import { Input } from "./input.js";
import { Runner } from "./run.js";
import { Script } from "./script.js";
import { fileLines, ScriptError, stringLines, type ScriptHost, type WFile } from "./types.js";
import { sedMan } from "./man.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** a w file: created (emptied) now; a write that fails is lost, as fprintf's is */
function openW(ctx: CommandContext, path: string): WFile | null {
  try {
    const sink = openSink(ctx, path, { create: true, trunc: true });
    return {
      write(text) {
        try {
          sink.write(enc.encode(text));
        } catch (e) {
          if (!isKernelError(e)) throw e;
        }
      },
    };
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return null;
  }
}

/** the text of an -f script file, a chunk at a time; null when it cannot be opened */
function* scriptFile(ctx: CommandContext, path: string): Co<string | null> {
  let r;
  try {
    r = openReader(ctx, path);
  } catch (e) {
    if (!isKernelError(e)) throw e;
    return null;
  }
  const parts: string[] = [];
  let size = 0;
  try {
    for (let b = yield* r.read(); b.length > 0; b = yield* r.read()) {
      size += b.length;
      if (size > dataLimit(ctx)) throw new ScriptError("sed.nomem");
      parts.push(dec.decode(b, { stream: true }));
    }
  } finally {
    r.close();
  }
  return parts.join("") + dec.decode();
}

/** print a compile error (the label message has no newline in the catalog) */
function report(ctx: CommandContext, e: ScriptError): void {
  const text = e.arg === null ? msg(ctx, e.id) : msg(ctx, e.id, e.arg);
  ctx.stderr.write(e.id === "sed.longlabel" ? text : text + "\n");
}

/** the options and the script; a status when sed must stop, else the files to read */
function* compile(ctx: CommandContext, script: Script, host: ScriptHost): Co<number | (string | null)[]> {
  const r = getopt(ctx.argv.slice(1), toolOptstring(ctx.os.formats, "sed", "nuf:e:g"));
  const usage = (): number => {
    err(ctx, "sed.usage");
    return toolStatus(ctx.os.formats, "sed.usage", 1);
  };
  let parts = 0;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      // 7.x sed prints getopt's line and the usage only (4.1.3 added "0602-428 ? is not a
      // valid flag.", which a 7.1 capture no longer shows)
      reportOpt(ctx, it);
      return usage();
    }
    if (it.flag === "n") script.nflag = true;
    else if (it.flag === "u") host.unbuffered = true;
    else if (it.flag === "g") host.global = true;
    else if (it.flag === "e") {
      if (it.value === "") {
        err(ctx, "sed.noscript");
        err(ctx, "sed.usage");
        return 2;
      }
      script.add(stringLines(it.value!));
      parts++;
    } else {
      const text = yield* scriptFile(ctx, it.value!);
      if (text === null) {
        err(ctx, "sed.patfile", it.value!);
        if (toolUsageAfter(ctx.os.formats, "sed.patfile", true)) err(ctx, "sed.usage");
        return 2;
      }
      script.add(fileLines(text));
      parts++;
    }
  }
  let files = r.operands;
  if (parts === 0) {
    // sed [-n] Script [File ...]
    if (files.length === 0) return usage();
    script.add(stringLines(files[0]!));
    files = files.slice(1);
  }
  script.finish();
  return files.length ? files : [null];
}

function* run(ctx: CommandContext): Co<number> {
  if (ctx.argv.length <= 1) {
    err(ctx, "sed.usage");
    return toolStatus(ctx.os.formats, "sed.usage", 1);
  }
  const host: ScriptHost = { global: false, unbuffered: false, openW: (p) => openW(ctx, p) };
  const script = new Script(host);
  let files: (string | null)[];
  try {
    const c = yield* compile(ctx, script, host);
    if (typeof c === "number") return c;
    files = c;
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    report(ctx, e);
    return 2;
  }
  let runner: Runner | null = null;
  const input = new Input(ctx, files, () => runner!.flush(), dataLimit(ctx));
  runner = new Runner(ctx, script, input, dataLimit(ctx), host.unbuffered);
  try {
    yield* runner.run();
  } catch (e) {
    if (!isKernelError(e, "ENOMEM")) throw e;
    yield* runner.flush();
    err(ctx, "sed.nomem");
    return 2;
  } finally {
    input.done();
  }
  return input.failed ? 2 : 0;
}

export const sed: CommandDef = {
  name: "sed",
  path: "/usr/bin/sed",
  summary: "A stream editor.",
  flags: ["-e", "-f", "-n", "-u"],
  run,
  man: sedMan,
};
