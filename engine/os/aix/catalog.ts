// AIX catalog entries for the AIX-only commands (engine/userland/aix). Sources: docs/fidelity/aix.md.
export const aixCatalog: Record<string, string> = {};
