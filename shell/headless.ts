// The headless lab: -c, standard input, scenario checks. Never imports ink or react.
import { readFileSync, writeSync } from "node:fs";
import { createSession } from "../engine/session.js";
import type { TermSink as Out } from "../engine/session.js";
import type { CliArgs } from "./args.js";

// Output is collected and written in large pieces: one write(2) per command costs more than
// most commands do. Everything is flushed before the process exits.
const enc = new TextEncoder();
let pending: Uint8Array[] = [];
let pendingBytes = 0;
function flush(): void {
  if (pendingBytes === 0) return;
  const all = new Uint8Array(pendingBytes);
  let o = 0;
  for (const p of pending) {
    all.set(p, o);
    o += p.length;
  }
  pending = [];
  pendingBytes = 0;
  writeAll(all);
}
function writeAll(buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(1, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}
const stdoutSink: Out = {
  write(data) {
    const b = typeof data === "string" ? enc.encode(data) : data;
    pending.push(b);
    pendingBytes += b.length;
    if (pendingBytes >= 1 << 16) flush();
  },
};

/** a command as the terminal shows it: the prompt, then PS2 before each continuation line */
function echoed(shell: ReturnType<typeof createSession>, src: string): string {
  const ps2 = shell.state.env.get("PS2") ?? "> ";
  return shell.prompt() + src.split("\n").join("\n" + ps2) + "\n";
}

export function runHeadless(args: CliArgs, input: string | null): number {
  try {
    return runLines(args, input);
  } finally {
    flush();
  }
}

function runLines(args: CliArgs, input: string | null): number {
  const shell = createSession({ os: args.os as "aix", imports: args.imports, settings: args.settings });
  const lines = args.script !== undefined ? [args.script] : (input ?? "").split("\n");
  if (args.script === undefined && lines[lines.length - 1] === "") lines.pop();
  let pendingSrc = "";
  for (const line of lines) {
    const src = pendingSrc ? pendingSrc + "\n" + line : line;
    if (args.script !== undefined) {
      if (args.echo) stdoutSink.write(echoed(shell, src));
      shell.run(src, stdoutSink);
    } else {
      // --echo shows a command once it is complete, so the echo comes before its output
      if (args.echo && shell.needsMore(src)) {
        pendingSrc = src;
        continue;
      }
      if (args.echo) stdoutSink.write(echoed(shell, src));
      if (shell.feed(src, stdoutSink) === null) {
        pendingSrc = src;
        continue;
      }
    }
    pendingSrc = "";
    if (shell.state.exitRequested !== null) return shell.state.exitRequested;
  }
  if (pendingSrc) {
    if (args.echo) stdoutSink.write(echoed(shell, pendingSrc));
    shell.run(pendingSrc, stdoutSink);
  }
  // end of input logs out: the EXIT trap runs, as in ksh
  if (shell.state.exitRequested === null) shell.logout(stdoutSink);
  return shell.state.exitRequested ?? shell.state.lastStatus;
}

export function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}

/**
 * Run a short session without output, so that the functions a start-up needs are compiled when
 * the build records V8's code cache for the headless bundle (scripts/build.mjs).
 */
export function warm(): void {
  const shell = createSession({});
  const sink: Out = { write() {} };
  for (const line of ["true", "ls /", "lsdev -C | grep loop", 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt', "df /mnt", "loopumount -l loop0 -m /mnt"]) shell.run(line, sink);
}
