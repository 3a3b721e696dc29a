// The Solaris texts of the common commands' messages: the same ids as engine/os/aix/catalog-common.ts.
// The text tools' (grep sed awk find sort xargs file more pg uniq cut tr printf man) are in
// catalog-texttools.ts, their rules beyond the texts in tools.ts.
// Where the Solaris 11.1 wording is known (libc getopt, ls's and cat's perror, mkdir, bash's own
// lines) it is here; every other id keeps the AIX text for now, with the shell's name made bash's
// (ksh: → bash:). Each row, with its source and status (the kept AIX texts are "assumed"), is in
// docs/fidelity/solaris.md ("The machine"). An empty text prints nothing: where AIX says in two
// messages what Solaris says in one, the second is empty here.
import { aixCommonCatalog } from "../aix/catalog-common.js";
import { solarisTextToolTexts } from "./catalog-texttools.js";

/** the texts known for Solaris 11.1 (illumos sources, bash 4.1) */
export const solarisOwnCommonTexts: Readonly<Record<string, string>> = {
  // the text tools: grep sed awk find sort xargs file more pg uniq cut tr printf print man
  // (catalog-texttools.ts)
  ...solarisTextToolTexts,
  // libc getopt (illumos lib/libc/port/gen/getopt.c): argv[0] as typed
  "getopt.badflag": "%s: illegal option -- %s",
  "getopt.needarg": "%s: option requires an argument -- %s",
  // ls (illumos usr/src/cmd/ls/ls.c: perror(file) for an operand it cannot stat or open)
  "ls.usage": "usage: ls -aAbcCdeEfFghHilLmnopqrRsStuxvV1@/%[c | v]%%[atime | crtime | ctime | mtime | all] [files]",
  "ls.nofile": "%s: %s",
  "ls.noperm": "%s: %s",
  "ls.cantread": "ls: error reading directory %s: %s",
  // cat (illumos usr/src/cmd/cat/cat.c)
  "cat.cantopen": "cat: cannot open %s: %s",
  // mkdir (illumos usr/src/cmd/mkdir/mkdir.c): one line with the reason
  "mkdir.cantcreate": 'mkdir: Failed to make directory "%s"; %s',
  "mkdir.reason": "",
  // bash 4.1's own lines for its built-ins (builtins/*.def, error.c: "bash: name: text")
  "cd.toomany": "bash: cd: too many arguments",
  "cd.nohome": "bash: cd: HOME not set",
  "exit.badnum": "bash: exit: %s: numeric argument required",
  "export.badid": "bash: export: `%s': not a valid identifier",
  "sh.badid": "bash: `%s': not a valid identifier",
  "sh.readonly": "bash: %s: readonly variable",
  "sh.noclobber": "bash: %s: cannot overwrite existing file",
  "sh.nullset": "bash: %s: parameter null or not set",
  "sh.notset": "bash: %s: unbound variable",
  "sh.badsubst": "bash: %s: bad substitution",
  "sh.job.nosuch": "bash: %s: no such job",
  "sh.kill.noproc": "bash: kill: (%s) - No such process",
  "sh.kill.nojob": "bash: kill: %s: no such job",
};

/** an AIX text as the Solaris machine keeps it until its own wording is researched: the shell's
 *  name is bash's */
export const keptAixText = (text: string): string => text.replace(/^ksh: /, "bash: ");

export const solarisCommonCatalog: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(aixCommonCatalog).map(([id, text]) => [id, keptAixText(text)])),
  ...solarisOwnCommonTexts,
};
