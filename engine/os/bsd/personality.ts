// The BSD personality: /bin/sh's prompt and its own lines (ash: eval.c, exec.c, cd.c, redir.c,
// parser.c, error.c of the BSD/OS sources), the errno texts, the signals and the message
// catalog of every BSD part. An interactive sh has no command name to put in front of what it
// prints (error.c prints commandname only for a script), so its lines start with the text.
import type { Errno } from "../../kernel/errno.js";
import type { CommandDef, OsPersonality, ShellState } from "../../userland/types.js";
import { bsdCatalog } from "./catalog.js";
import { bsdCommonCatalog } from "./catalog-common.js";
import { bsdLayerCatalog } from "./catalog-layer.js";
import { bsdMountCatalog } from "./catalog-mount.js";
import { bsdToolCatalog } from "./catalog-tools.js";
import { bsdFormats } from "./formats.js";
import { bsdSh } from "./sh.js";
import { bsdSignals } from "./signals.js";
import { bsdErrno, bsdStrerror } from "./strerror.js";

type Action = "open" | "creat" | "exec";

/** error.c's errmsg(): the shell's own short texts per operation, else "error N" */
const ERRMSG: [Errno, Action[], string][] = [
  ["EINTR", ["open", "creat", "exec"], "interrupted"],
  ["EACCES", ["open", "creat", "exec"], "permission denied"],
  ["EIO", ["open", "creat", "exec"], "I/O error"],
  ["ENOENT", ["open"], "no such file"],
  ["ENOENT", ["creat"], "directory nonexistent"],
  ["ENOENT", ["exec"], "not found"],
  ["ENOTDIR", ["open"], "no such file"],
  ["ENOTDIR", ["creat"], "directory nonexistent"],
  ["ENOTDIR", ["exec"], "not found"],
  ["EISDIR", ["open", "creat", "exec"], "is a directory"],
  ["ENFILE", ["open", "creat", "exec"], "file table overflow"],
  ["ENOSPC", ["open", "creat", "exec"], "file system full"],
  ["ENXIO", ["open", "creat", "exec"], "no such device or address"],
  ["EROFS", ["open", "creat", "exec"], "read-only file system"],
  ["ENOMEM", ["open", "creat", "exec"], "not enough memory"],
  ["ELOOP", ["open", "creat", "exec"], "symbolic link loop"],
];

export function shErrmsg(errno: Errno, action: Action): string {
  const hit = ERRMSG.find(([e, acts]) => e === errno && acts.includes(action));
  return hit ? hit[2] : `error ${bsdErrno[errno]}`;
}

/** parser.c's tokname[]: how a syntax error names the token it met */
const QUOTED_TOKENS = new Set([
  ";", "&", "&&", "||", "|", "(", ")", ";;", "`", "!", "{", "}",
  "if", "then", "else", "elif", "fi", "while", "until", "for", "do", "done", "case", "esac", "in",
]);
const REDIRECTIONS = new Set(["<", ">", ">>", "<<", "<<-", "<&", ">&", "<>", ">|"]);

function tokname(token: string): string {
  if (token === "newline") return "newline";
  if (QUOTED_TOKENS.has(token)) return `"${token}"`;
  if (REDIRECTIONS.has(token) || /^[0-9]+[<>]/.test(token)) return "redirection";
  return "word";
}

/** what the parser expects when the input ends inside a construct that `opener` began */
const CLOSER: Readonly<Record<string, string>> = {
  if: "fi", then: "fi", else: "fi", elif: "fi", while: "done", until: "done", for: "done", do: "done",
  case: "esac", "{": "}", "(": ")", "$(": ")",
};

function syntaxError(p: { kind: "unexpected" | "unmatched"; token: string }): string {
  if (p.kind === "unexpected") return `Syntax error: ${tokname(p.token)} unexpected`;
  if (p.token === "'" || p.token === '"') return "Syntax error: Unterminated quoted string";
  if (p.token === "`") return "Syntax error: EOF in backquote substitution";
  const closer = CLOSER[p.token];
  return closer ? `Syntax error: end of file unexpected (expecting "${closer}")` : "Syntax error: end of file unexpected";
}

export function bsdPersonality(commands: ReadonlyMap<string, CommandDef>): OsPersonality {
  return {
    name: "bsd",
    shellName: "sh",
    shell: bsdSh,
    signals: bsdSignals,
    commands,
    catalog: { ...bsdCommonCatalog, ...bsdToolCatalog, ...bsdMountCatalog, ...bsdLayerCatalog, ...bsdCatalog },
    formats: bsdFormats,
    prompt: (s: ShellState) => s.env.get("PS1") ?? "# ",
    strerror: (e: Errno) => bsdStrerror[e],
    // exec.c find_command: outfmt(out2, "%s: %s\n", name, errmsg(e, E_EXEC))
    notFound: (name: string) => `${name}: ${shErrmsg("ENOENT", "exec")}`,
    syntaxError: (p) => syntaxError(p),
    cannotExecute: (path: string) => `${path}: ${shErrmsg("EACCES", "exec")}`,
    // cd.c: error("can't cd to %s", dest), with cd as the command name
    cdError: (path: string) => `cd: can't cd to ${path}`,
    // redir.c: error("cannot open %s: %s") and error("cannot create %s: %s")
    redirectError: (path: string, errno: Errno, input: boolean) =>
      input ? `cannot open ${path}: ${shErrmsg(errno, "open")}` : `cannot create ${path}: ${shErrmsg(errno, "creat")}`,
  };
}
