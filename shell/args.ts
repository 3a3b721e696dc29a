// Command-line arguments of looplab.
import { parseSetting } from "../engine/settings.js";

export interface CliArgs {
  command: "shell" | "check" | "explain" | "replay" | "record" | "help" | "version";
  os: string;
  script?: string;
  echo: boolean;
  /** --trace: the layers' vnode operations (stderr headless; the Layers pane in the terminal) */
  trace: boolean;
  imports: [string, string][];
  /** machine settings (--setting NAME=VALUE), e.g. loopmount_creates_named=false, wpar=true */
  settings: Record<string, unknown>;
  update: boolean;
  inline: boolean;
  cast?: string;
  speed: number;
  /** the replay cast's terminal size */
  size: { columns: number; rows: number };
  rest: string[];
  error?: string;
  /** the error is about a value (a setting, an import): one line, without the usage after it */
  errorAlone?: boolean;
}

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { command: "shell", os: "aix", echo: false, trace: false, imports: [], settings: {}, update: false, inline: false, speed: 1, size: { columns: 120, rows: 36 }, rest: [] };
  let i = 0;
  const first = argv[0];
  if (first === "check" || first === "explain" || first === "replay" || first === "record") {
    a.command = first;
    i = 1;
  }
  const fail = (error: string) => {
    if (a.error !== undefined) return;
    a.error = error;
    a.errorAlone = true;
  };
  for (; i < argv.length; i++) {
    const x = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) a.error = `${x} needs a value`;
      return v ?? "";
    };
    if (x === "--help" || x === "-h") a.command = "help";
    else if (x === "--version" || x === "-V") a.command = "version";
    else if (x === "--os") a.os = next();
    else if (x.startsWith("--os=")) a.os = x.slice(5);
    else if (x === "-c") a.script = next();
    else if (x === "--echo") a.echo = true;
    else if (x === "--trace") a.trace = true;
    else if (x === "--update") a.update = true;
    else if (x === "--inline") a.inline = true;
    else if (x === "--cast") a.cast = next();
    else if (x === "--speed") {
      const v = next();
      a.speed = Number(v);
      if (!(a.speed > 0) || !Number.isFinite(a.speed)) a.error = `--speed takes a positive number, not ${v}`;
    } else if (x === "--size") {
      const v = next();
      const m = /^(\d+)x(\d+)$/.exec(v);
      if (!m || Number(m[1]) < 40 || Number(m[2]) < 10) a.error = `--size takes COLUMNSxROWS (at least 40x10), not ${v}`;
      else a.size = { columns: Number(m[1]), rows: Number(m[2]) };
    }
    else if (x === "--setting") {
      const v = next();
      const eq = v.indexOf("=");
      const r = eq <= 0 ? { error: `--setting takes NAME=VALUE, not ${v}` } : parseSetting(v.slice(0, eq), v.slice(eq + 1));
      if ("error" in r) fail(r.error);
      else a.settings[v.slice(0, eq)] = r.value;
    } else if (x === "--import") {
      // HOST_PATH:LAB_PATH, split at the last colon (a host path may hold colons)
      const v = next();
      const at = v.lastIndexOf(":");
      const lab = v.slice(at + 1);
      if (at <= 0 || !lab.startsWith("/")) fail(`--import takes HOST_PATH:LAB_PATH (an absolute lab path), not ${v}`);
      else if (/^\/+$/.test(lab) || lab.endsWith("/")) fail(`cannot import to ${lab}: a directory; name the file (HOST_PATH:/dir/name)`);
      else a.imports.push([v.slice(0, at), lab]);
    } else if (x.startsWith("-") && x !== "-") a.error = `unknown option ${x}`;
    else a.rest.push(x);
  }
  return a;
}

export const HELP = `looplab — a practice lab for loopback devices and loopback file systems

Usage:
  looplab [--os aix|bsd|solaris] [--inline] [--trace]
                                          open the lab in the terminal
  looplab [--os aix|bsd|solaris] [--trace] -c 'COMMANDS'
                                          run commands headless, print the output
  looplab [--os aix|bsd|solaris] [--echo] < FILE
                                          run commands from standard input
  looplab check [--update] FILE|DIR ...   check scenario files
  looplab replay FILE [--speed N] [--inline] [--trace]
                                          play a scenario as a demo: Space pauses,
                                          n steps to the next command, q quits
  looplab replay FILE --cast OUT.cast [--size 120x36] [--speed N] [--trace]
                                          render the replay to an asciicast v2 file
  looplab record OUT.cast [--inline] [--trace]
                                          record an interactive session
  looplab explain TEXT                    where a message or output format comes from

Options:
  --os aix|bsd|solaris        the machine to boot: aix (AIX 7.2, the default),
                              bsd (BSD/OS 4.3) or solaris (Oracle Solaris 11.1)
  --echo                      print the prompt and each command before its output
  --trace                     each vnode operation through a layer (null, umap):
                              headless, one line each on standard error as it
                              happens; in the terminal, a replay or a cast, the
                              Layers pane in place of the ODM pane (F3)
  --import HOST_PATH:LAB_PATH make a host file (an ISO image) readable in the lab,
                              read-only; nothing is copied
  --setting NAME=VALUE        a machine setting: loopmount_creates_named=false
                              (loopmount -l refuses a missing device: 1320-003),
                              wpar=true (inside a WPAR), ulimit_fsize=BLOCKS,
                              step_budget=N, string_max=N … (see the README)
  --inline                    keep the session in the terminal's scrollback, panes
                              beside the prompt (default: full screen)
  --version, --help

In the terminal: F1 (or ? on an empty line) shows the keys; help lists the
commands. History is kept in $LOOPLAB_HOME/history, else
$XDG_DATA_HOME/looplab/history or ~/.local/share/looplab/history. NO_COLOR
turns colours off.
`;
