// The Solaris personality: root's shell is bash (/usr/bin/bash, as Solaris 11 installs root), so
// the shell's own lines are bash's ("bash: name: text", shell.c/execute_cmd.c of bash 4.1), the
// prompt is bash's expansion of root's PS1 (\u@\h:\w\$ from root's .profile: root@solaris:~# ),
// the errno texts and signals are Solaris's, and the message catalog joins the common commands'
// Solaris texts, the mount part's, the lofs tools' (chroot), the process and boot tools' (fuser,
// pfiles, reboot, init) and the machine's own commands'.
import type { Errno } from "../../kernel/errno.js";
import type { CommandDef, OsPersonality, ShellState } from "../../userland/types.js";
import { solarisCatalog } from "./catalog.js";
import { solarisBashCatalog } from "./catalog-bash.js";
import { solarisCommonCatalog } from "./catalog-common.js";
import { solarisMountCatalog } from "./catalog-mount.js";
import { solarisProcCatalog } from "./catalog-procs.js";
import { solarisToolCatalog } from "./catalog-tools.js";
import { solarisStatCatalog } from "./catalog-stat.js";
import { solarisFormats } from "./formats.js";
import { solarisBash } from "./sh.js";
import { ksh93View } from "./ksh93.js";
import { solarisSignals } from "./signals.js";
import { solarisStrerror } from "./strerror.js";

/**
 * bash's prompt escapes (parse.y decode_prompt_string) the lab expands: \u the user, \h the host
 * name up to its first dot, \H all of it, \w the working directory with $HOME as ~, \W its last
 * component, \$ # for root and $ for others, \\ a backslash. Anything else stays as it is.
 */
export function bashPrompt(ps1: string, s: ShellState, host: string): string {
  const env = (k: string) => s.env.get(k) ?? "";
  const user = env("USER") || env("LOGNAME");
  const pwd = env("PWD");
  const home = env("HOME");
  const w = home !== "" && (pwd === home || pwd.startsWith(home + "/")) ? "~" + pwd.slice(home.length) : pwd;
  return ps1.replace(/\\([uhHwWsv$\\])/g, (_m, c: string) => {
    switch (c) {
      case "u":
        return user;
      case "h":
        return host.split(".")[0]!;
      case "H":
        return host;
      case "w":
        return w;
      case "W":
        return w === "~" || w === "/" ? w : w.slice(w.lastIndexOf("/") + 1);
      case "s":
        return "bash";
      case "v":
        return "4.1";
      case "$":
        return user === "root" ? "#" : "$";
      default:
        return "\\";
    }
  });
}

/** bash's words for a syntax problem (parse.y report_syntax_error, shell_getc) */
function bashSyntaxError(p: { kind: "unexpected" | "unmatched"; token: string }): string {
  const eof = "bash: syntax error: unexpected end of file";
  if (p.kind === "unexpected" && p.token !== "newline") return `bash: syntax error near unexpected token \`${p.token}'`;
  if (p.kind === "unmatched" && /^['"\`]$/.test(p.token)) return `bash: unexpected EOF while looking for matching \`${p.token}'\n${eof}`;
  return eof;
}

/** PS1 as root's .profile sets it for bash */
export const ROOT_PS1 = "\\u@\\h:\\w\\$ ";

/** the names ksh93 answers to on Solaris 11.1 (/usr/bin/sh is ksh93 there) */
const KSH93_NAMES: ReadonlySet<string> = new Set(["sh", "ksh", "ksh93"]);

export function solarisPersonality(commands: ReadonlyMap<string, CommandDef>, hostname: () => string = () => "solaris"): OsPersonality {
  const bash = bashPersonality(commands, hostname);
  const ksh = ksh93View(bash, (e) => solarisStrerror[e]);
  // bash and sh/ksh each see the system as their own shell does
  const shellFor = (name: string): OsPersonality => (KSH93_NAMES.has(name) ? ksh : bashView);
  const bashView: OsPersonality = { ...bash, shellFor };
  Object.assign(ksh, { shellFor });
  return bashView;
}

function bashPersonality(commands: ReadonlyMap<string, CommandDef>, hostname: () => string): OsPersonality {
  return {
    name: "solaris",
    shellName: "bash",
    shell: solarisBash,
    signals: solarisSignals,
    commands,
    catalog: { ...solarisCommonCatalog, ...solarisBashCatalog, ...solarisMountCatalog, ...solarisToolCatalog, ...solarisStatCatalog, ...solarisProcCatalog, ...solarisCatalog },
    formats: solarisFormats,
    // root's .profile sets PS1 to \u@\h:\w\$ (typeset +x: not exported, so not in the
    // login's environment); the lab's login runs no profile and starts from it
    prompt: (s: ShellState) => bashPrompt(s.env.get("PS1") ?? ROOT_PS1, s, hostname()),
    strerror: (e: Errno) => solarisStrerror[e],
    // execute_cmd.c: internal_error("%s: command not found")
    notFound: (name: string) => `bash: ${name}: command not found`,
    // parse.y: "syntax error near unexpected token `%s'" and, at the end of input,
    // "syntax error: unexpected end of file", after shell_getc's "unexpected EOF while looking
    // for matching `%c'" when a quote is open (speak.ts adds the name and the lines)
    syntaxError: (p) => bashSyntaxError(p),
    // execute_cmd.c: file_error / "%s: cannot execute"; a directory: "%s: is a directory"
    cannotExecute: (path: string) => `bash: ${path}: Permission denied`,
    // builtins/cd.def: builtin_error("%s: %s", dirname, strerror(errno)); `cd -` before any cd:
    // builtin_error("OLDPWD not set")
    cdError: (path: string, errno: Errno) => (path === "-" ? "bash: cd: OLDPWD not set" : `bash: cd: ${path}: ${solarisStrerror[errno]}`),
    // redir.c: file_error(filename): "bash: name: strerror"
    redirectError: (path: string, errno: Errno) => `bash: ${path}: ${solarisStrerror[errno]}`,
    // shell.c open_shell_script: file_error(filename), status 127
    scriptError: (path: string, errno: Errno) => `bash: ${path}: ${solarisStrerror[errno]}`,
  };
}
