// The AIX personality: ksh's prompt and messages, the errno texts, the command table.
import type { Errno } from "../../kernel/errno.js";
import type { CommandDef, OsPersonality, ShellState } from "../../userland/types.js";
import { aixStrerror } from "./strerror.js";
import { aixCommonCatalog } from "./catalog-common.js";
import { aixCatalog } from "./catalog.js";
import { aixKsh } from "./ksh.js";
import { aixSignals } from "./signals.js";
import { aixFormats } from "./formats.js";

export function aixPersonality(commands: ReadonlyMap<string, CommandDef>): OsPersonality {
  return {
    name: "aix",
    shellName: "ksh",
    shell: aixKsh,
    signals: aixSignals,
    commands,
    catalog: { ...aixCommonCatalog, ...aixCatalog },
    formats: aixFormats,
    prompt: (s: ShellState) => s.env.get("PS1") ?? "# ",
    strerror: (e: Errno) => aixStrerror[e],
    notFound: (name: string) => `ksh: ${name}:  not found.`,
    syntaxError: (p) =>
      p.kind === "unmatched"
        ? `ksh: 0403-057 Syntax error: \`${p.token}' is not matched.`
        : `ksh: 0403-057 Syntax error: \`${p.token}' is not expected.`,
    cannotExecute: (path: string) => `ksh: ${path}: 0403-006 Execute permission denied.`,
    cdError: (path: string, errno: Errno) =>
      errno === "ENOENT" ? `ksh: ${path}:  not found.` : `ksh: ${path}: ${aixStrerror[errno]}`,
    redirectError: (path: string, errno: Errno, input: boolean) =>
      input
        ? `ksh: ${path}: 0403-016 Cannot find or open the file.`
        : errno === "ENOENT" || errno === "ENOTDIR" || errno === "EISDIR" || errno === "EROFS" || errno === "EACCES"
        ? `ksh: ${path}: 0403-005 Cannot create the specified file.`
        : `ksh: ${path}: ${aixStrerror[errno]}`,
  };
}
