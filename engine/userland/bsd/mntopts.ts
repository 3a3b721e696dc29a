// getmntopts(3) as BSD/OS's mount programs use it (sbin/mount/getmntopts.c, mntopts.h): a comma
// separated list; a "no" prefix negates a binary option ("noexec" is the inverse option "exec");
// an option the table does not know ends the program with `-o <name>: option not supported`
// (with the "no" already stripped, as the C code reports it); a value option without "=value"
// says `-o <name>: requires value` followed by an empty line (the format ends in "\n" and errx
// adds another).
export interface MntOpt {
  /** the option name */
  name: string;
  /** a negative option: "dev" sets nodev when written "nodev" */
  inverse?: boolean;
  /** the MNT_ flag it sets (null: accepted and ignored, as quotas and auto in fstab) */
  flag: string | null;
  /** takes "=value" (umap's umap= and gmap=) */
  value?: boolean;
}

/** MOPT_STDOPTS: the options every mount program understands */
export const STDOPTS: readonly MntOpt[] = [
  { name: "ro", flag: "rdonly" },
  { name: "rw", inverse: true, flag: "rdonly" },
  { name: "groupquota", flag: null },
  { name: "accesstime", inverse: true, flag: "noatime" },
  { name: "na", flag: null },
  { name: "auto", flag: null },
  { name: "dev", inverse: true, flag: "nodev" },
  { name: "exec", inverse: true, flag: "noexec" },
  { name: "suid", inverse: true, flag: "nosuid" },
  { name: "rdonly", flag: "rdonly" },
  { name: "union", flag: "union" },
  { name: "userquota", flag: null },
];

export type MntOptResult =
  | { ok: true; flags: Set<string>; values: Map<string, string> }
  | { ok: false; problem: "unsupported" | "needvalue"; option: string };

/** parse one -o argument into `flags` (kept across several -o, as mntflags is) */
export function getmntopts(options: string, table: readonly MntOpt[], flags: Set<string>, values = new Map<string, string>()): MntOptResult {
  for (const raw of options.split(",").filter((o) => o !== "")) {
    const eq = raw.indexOf("=");
    let opt = eq >= 0 ? raw.slice(0, eq) : raw;
    const value = eq >= 0 ? raw.slice(eq + 1) : undefined;
    let negative = false;
    if (value === undefined && opt.startsWith("no")) {
      negative = true;
      opt = opt.slice(2);
    }
    let m = table.find((t) => t.name.toLowerCase() === opt.toLowerCase());
    if (!m && negative) {
      // "nodev" is not an option, but an option named "no…" would be (strcasecmp(opt-2, …))
      m = table.find((t) => t.name.toLowerCase() === "no" + opt.toLowerCase());
      if (m) negative = false;
    }
    if (!m) return { ok: false, problem: "unsupported", option: opt };
    if (m.value) {
      if (value === undefined) return { ok: false, problem: "needvalue", option: opt };
      values.set(m.name, value);
    }
    if (m.flag === null) continue;
    if (negative === !!m.inverse) flags.add(m.flag);
    else flags.delete(m.flag);
  }
  return { ok: true, flags, values };
}
