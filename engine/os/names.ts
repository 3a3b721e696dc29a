// The names of the systems the lab boots, with no import: the CLI refuses an unknown --os before
// it loads the engine (a start-up of the lab must not pay for a system it will not boot).
export const BUILT_OS: readonly string[] = ["aix", "bsd", "solaris"];

/** what every entry point prints for a system that does not boot (yet) */
export function notBuiltMessage(name: string): string {
  return `the ${name} machine is not built yet; available: ${BUILT_OS.join(", ")}`;
}
