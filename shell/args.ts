// Command-line arguments of looplab. COMMANDS is the one dispatch table: each command word, the
// options it takes and the words it takes after them. Anything else (an unknown word, an option
// the command does not take, a bad value) is one line and exit status 2, never ignored.
import { existsSync, statSync } from "node:fs";
import { parseSetting } from "../engine/settings.js";
import { CAST_FORMATS, type CastFormat } from "./castwriter.js";

export type Command = "shell" | "check" | "explain" | "replay" | "record" | "practice" | "help" | "version";

export interface CliArgs {
  command: Command;
  os: string;
  script?: string;
  echo: boolean;
  /** --trace: the layers' vnode operations (stderr headless; the Layers pane in the terminal) */
  trace: boolean;
  imports: [string, string][];
  /** machine settings (--setting NAME=VALUE), e.g. loopmount_creates_named=false, wpar=true */
  settings: Record<string, unknown>;
  update: boolean;
  /** host folders a scenario's import: may read besides the scenario's own (--allow-import DIR) */
  allowImport: string[];
  inline: boolean;
  cast?: string;
  /** the cast's format: asciicast v2 (the default) or v3 */
  format: CastFormat;
  /** --force: a cast may replace an existing file */
  force: boolean;
  speed: number;
  /** the replay cast's terminal size */
  size: { columns: number; rows: number };
  rest: string[];
  /** one line: what is wrong with the command line (exit status 2) */
  error?: string;
}

/** the words a command takes after its options */
type Words = "none" | "paths" | "text" | "one" | "optional";

/** every option: whether it takes a value, and what it sets (an error message, or nothing) */
const OPTIONS: Record<string, { value: boolean; set: (a: CliArgs, v: string) => string | void }> = {
  "--help": { value: false, set: (a) => void (a.command = "help") },
  "--version": { value: false, set: (a) => void (a.command = "version") },
  "--os": { value: true, set: (a, v) => void (a.os = v) },
  "-c": { value: true, set: (a, v) => void (a.script = v) },
  "--echo": { value: false, set: (a) => void (a.echo = true) },
  "--trace": { value: false, set: (a) => void (a.trace = true) },
  "--update": { value: false, set: (a) => void (a.update = true) },
  "--inline": { value: false, set: (a) => void (a.inline = true) },
  "--cast": { value: true, set: (a, v) => void (a.cast = v) },
  "--force": { value: false, set: (a) => void (a.force = true) },
  "--format": {
    value: true,
    set: (a, v) => {
      if (!(CAST_FORMATS as readonly string[]).includes(v)) return `--format takes ${CAST_FORMATS.join(" or ")}, not ${v}`;
      a.format = v as CastFormat;
    },
  },
  "--allow-import": {
    value: true,
    set: (a, v) => {
      if (!statSync(v, { throwIfNoEntry: false })?.isDirectory()) return `--allow-import takes a directory, not ${v}`;
      a.allowImport.push(v);
    },
  },
  "--speed": {
    value: true,
    set: (a, v) => {
      a.speed = Number(v);
      if (!(a.speed > 0) || !Number.isFinite(a.speed)) return `--speed takes a positive number, not ${v}`;
    },
  },
  "--size": {
    value: true,
    set: (a, v) => {
      const m = /^(\d+)x(\d+)$/.exec(v);
      if (!m || Number(m[1]) < 40 || Number(m[2]) < 10) return `--size takes COLUMNSxROWS (at least 40x10), not ${v}`;
      a.size = { columns: Number(m[1]), rows: Number(m[2]) };
    },
  },
  "--setting": {
    value: true,
    set: (a, v) => {
      const eq = v.indexOf("=");
      const r = eq <= 0 ? { error: `--setting takes NAME=VALUE, not ${v}` } : parseSetting(v.slice(0, eq), v.slice(eq + 1));
      if ("error" in r) return r.error;
      a.settings[v.slice(0, eq)] = r.value;
    },
  },
  "--import": {
    value: true,
    set: (a, v) => {
      // HOST_PATH:LAB_PATH, split at the last colon (a host path may hold colons)
      const at = v.lastIndexOf(":");
      const lab = v.slice(at + 1);
      if (at <= 0 || !lab.startsWith("/")) return `--import takes HOST_PATH:LAB_PATH (an absolute lab path), not ${v}`;
      if (/^\/+$/.test(lab) || lab.endsWith("/")) return `cannot import to ${lab}: a directory; name the file (HOST_PATH:/dir/name)`;
      a.imports.push([v.slice(0, at), lab]);
    },
  },
};
const ALIASES: Record<string, string> = { "-h": "--help", "-V": "--version" };
/** options every command takes */
const ANY = ["--help", "--version", "--os"];

/**
 * The dispatch table: the command words (the first argument), the options each takes and its
 * words. `shell` is no word: looplab alone, or with a scenario FILE (practice).
 */
export const COMMANDS: Record<Command, { options: readonly string[]; words: Words; what: string }> = {
  shell: { options: ["-c", "--echo", "--trace", "--import", "--setting", "--inline"], words: "none", what: "the lab" },
  check: { options: ["--update", "--allow-import"], words: "paths", what: "FILE|DIR ..." },
  explain: { options: [], words: "text", what: "TEXT" },
  replay: { options: ["--speed", "--inline", "--trace", "--cast", "--size", "--allow-import", "--format", "--force"], words: "one", what: "one scenario FILE" },
  record: { options: ["--inline", "--trace", "--import", "--setting", "--format", "--force"], words: "one", what: "the .cast file to write" },
  practice: { options: ["--inline", "--trace", "--allow-import", "--cast", "--format", "--force"], words: "optional", what: "a scenario FILE or DIR" },
  help: { options: [], words: "none", what: "" },
  version: { options: [], words: "none", what: "" },
};
const WORDS = ["check", "explain", "practice", "record", "replay", "help"] as const;

/** a word that names a scenario (an existing path, or a .md file): `looplab FILE` is practice */
function isScenarioPath(w: string): boolean {
  return w.endsWith(".md") || existsSync(w);
}

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { command: "shell", os: "aix", echo: false, trace: false, imports: [], settings: {}, update: false, allowImport: [], inline: false, format: "v2", force: false, speed: 1, size: { columns: 120, rows: 36 }, rest: [] };
  const fail = (error: string) => void (a.error ??= error);
  let i = 0;
  const first = argv[0];
  if (first !== undefined && (WORDS as readonly string[]).includes(first)) {
    a.command = first as Command;
    i = 1;
  }
  const used: string[] = [];
  let words = false;
  for (; i < argv.length; i++) {
    const x = argv[i]!;
    if (words || x === "-" || !x.startsWith("-")) {
      a.rest.push(x);
      continue;
    }
    if (x === "--") {
      words = true;
      continue;
    }
    const eq = x.startsWith("--") ? x.indexOf("=") : -1;
    const name = ALIASES[x] ?? (eq > 0 ? x.slice(0, eq) : x);
    const opt = OPTIONS[name];
    if (!opt || (eq > 0 && !opt.value)) {
      fail(`unknown option ${x} (looplab --help lists them)`);
      continue;
    }
    let v = "";
    if (opt.value) {
      if (eq > 0) v = x.slice(eq + 1);
      else if (i + 1 < argv.length) v = argv[++i]!;
      else {
        fail(`${x} needs a value`);
        continue;
      }
    }
    used.push(name);
    const problem = opt.set(a, v);
    if (problem) fail(problem);
  }
  if (a.command === "help" || a.command === "version") return a;
  // looplab FILE: a scenario to practise; any other word is a mistake
  if (a.command === "shell" && a.rest.length > 0) {
    const w = a.rest[0]!;
    if (!isScenarioPath(w)) fail(`unknown command ${w} (commands: ${WORDS.filter((c) => c !== "help").join(", ")}; or a scenario FILE)`);
    else a.command = "practice";
  }
  const spec = COMMANDS[a.command];
  for (const o of used) if (!ANY.includes(o) && !spec.options.includes(o)) fail(`${a.command === "shell" ? "the lab" : a.command} takes no ${o} option`);
  // a replay, or a practice session, writes a file only with --cast: its file options mean
  // nothing without it
  if (a.command === "replay" && a.cast === undefined) for (const o of ["--format", "--force", "--size"]) if (used.includes(o)) fail(`replay takes ${o} only with --cast OUT.cast`);
  if (a.command === "practice" && a.cast === undefined) for (const o of ["--format", "--force"]) if (used.includes(o)) fail(`practice takes ${o} only with --cast OUT.cast`);
  const n = a.rest.length;
  const label = a.command === "shell" ? "looplab" : a.command;
  if (spec.words === "none" && n > 0) fail(`${label} takes no ${a.rest[0]}`);
  if (spec.words === "one" && n !== 1) fail(`${label} takes ${spec.what}${n > 1 ? `, not ${n} words` : ""}`);
  if (spec.words === "optional" && n > 1) fail(`${label} takes ${spec.what}, not ${n} words`);
  if (spec.words === "text" && n === 0) fail(`${label} takes ${spec.what}`);
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
  looplab check [--update] [--allow-import DIR] FILE|DIR ...
                                          check scenario files
  looplab practice [FILE] [--inline] [--trace] [--allow-import DIR]
                [--cast OUT.cast [--format v2|v3] [--force]], looplab FILE
                                          practise an exercise (a scenario with
                                          goals): F4 hint, F5 answer, F6 reset,
                                          F7 solution; --cast records it
  looplab practice FILE < ATTEMPT         play an attempt headless: the session on
                                          stdout; on stderr the goals as they turn
                                          done, :hint and :answer TEXT, a summary;
                                          status 0 when solved, 1 when not
  looplab practice [DIR]                  the exercises (those of the package, or
                                          under DIR) and your progress; pick one
  looplab replay FILE [--speed N] [--inline] [--trace]
                                          play a scenario as a demo: Space pauses,
                                          n steps to the next command, q quits
  looplab replay FILE --cast OUT.cast [--size 120x36] [--speed N] [--trace]
                [--format v2|v3] [--force]
                                          render the replay to an asciicast file
  looplab record OUT.cast [--inline] [--trace] [--format v2|v3] [--force]
                                          record an interactive session
  looplab explain TEXT                    where a message or output format comes from

Options:
  --os aix|bsd|solaris        the machine to boot: aix (AIX 7.2, the default),
                              bsd (BSD/OS 4.3) or solaris (Oracle Solaris 11.1)
  --echo                      print the prompt and each command before its output
  --trace                     each vnode operation through a layer (null, umap,
                              lofs): headless, one line each on standard error as
                              it happens; in the terminal, a replay or a cast, the
                              Layers pane in place of the ODM pane (F3)
  --import HOST_PATH:LAB_PATH make a host file (an ISO image) readable in the lab,
                              read-only; nothing is copied
  --setting NAME=VALUE        a machine setting: loopmount_creates_named=false
                              (loopmount -l refuses a missing device: 1320-003),
                              wpar=true (inside a WPAR), ulimit_fsize=BLOCKS,
                              step_budget=N, string_max=N … (see the README)
  --allow-import DIR          a scenario's import: may read host files in DIR too
                              (without it, only in the scenario's own folder)
  --inline                    keep the session in the terminal's scrollback, panes
                              beside the prompt (default: full screen)
  --format v2|v3              a cast in asciicast v2 (the default) or v3
  --force                     a cast may replace an existing file
  --version, --help

In the terminal: F1 (or ? on an empty line) shows the keys; help lists the
commands. The history and practice progress (history, progress.json) are
kept in $LOOPLAB_HOME, else $XDG_DATA_HOME/looplab or ~/.local/share/looplab.
NO_COLOR turns colours off.
`;
