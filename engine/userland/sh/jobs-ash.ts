// The lines ash prints about jobs (4.4BSD and BSD/OS bin/sh/jobs.c showjobs), for a shell whose
// dialect says jobStyle "ash": one line per process,
//   "[" N "] " PID " " STATUS PADDING COMMAND       (the first process of job N)
//   "    " PID " " STATUS PADDING COMMAND            (the others)
// STATUS is empty while it runs, "Exit N" when it ended (0 too), the signal's text when a signal
// ended or stopped it (" (core dumped)" after it); PADDING brings the line to column 30 (at
// least one blank). COMMAND is the process's own command (commandtext of its node): the lab
// keeps the command line, so a job's text is the line without its `&`, split at the pipes.
// No +/- marks; `cmd &` announces nothing.
import type { Job, JobProc } from "./jobs.js";
import type { Shell } from "./interp.js";

const COLUMN = 30;

/** the line's pipeline stages: split at a | outside quotes (not ||) */
function stages(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"') cur += text[i++] ?? "";
      cur += c;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\\") cur += text[i++] ?? "";
    else if (c === "|" && text[i + 1] !== "|" && text[i - 1] !== "|") {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}

function status(sh: Shell, job: Job, p: JobProc): string {
  if (job.state === "stopped" && p.stopped !== null) return sh.os.signals.text(p.stopped);
  const st = p.status;
  if (st === null) return "";
  if ("code" in st) return `Exit ${st.code}`;
  return sh.os.signals.text(st.signal) + (st.core ? sh.msg("sh.job.coredump") : "");
}

export function ashJobLine(sh: Shell, job: Job): string {
  const text = job.text.replace(/\n/g, "; ").replace(/\s*&\s*$/, "");
  const cmds = stages(text);
  let out = "";
  job.procs.forEach((p, i) => {
    let line = (i === 0 ? `[${job.id}] ${p.pid} ` : `    ${p.pid} `) + status(sh, job, p);
    line += " ".repeat(Math.max(1, COLUMN - line.length));
    out += line + (cmds.length === job.procs.length ? cmds[i]! : text) + "\n";
  });
  return out;
}
