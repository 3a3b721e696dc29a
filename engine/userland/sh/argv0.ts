// The name a shell puts before its own messages: the dialect's name as the catalogs write it,
// or — for a shell that names itself by its argv[0] (bash's shell_name) — the argv[0] it was
// started with: `-bash: foo: command not found` from a login shell.
import type { ShellDialect } from "../types.js";

export function byArgv0(dialect: ShellDialect, argv0: string | undefined, text: string): string {
  if (!dialect.messagesByArgv0 || argv0 === undefined || argv0 === dialect.name) return text;
  const prefix = `${dialect.name}: `;
  return text.startsWith(prefix) ? `${argv0}: ${text.slice(prefix.length)}` : text;
}
