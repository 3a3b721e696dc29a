// AIX catalog entries for the common commands (engine/userland/common). Each entry is listed
// with its source and confidence in docs/fidelity/common.md.
export const aixCommonCatalog: Record<string, string> = {};
