// bash's internal_getopt (builtins/bashgetopt.c) as the lab's bash built-ins use it: options are
// the leading words that start with - (a lone - is an operand, -- ends them), letters may be
// grouped (-Sp); a letter followed by `:` in the spec takes an argument (the rest of its word, or
// the next word), by `;` an optional one (the rest of its word, or the next word unless that
// starts with -). The first letter the spec does not have ends the parse: the built-in prints
// `bash: NAME: -x: invalid option` and its usage, status 2.
export interface BashOpt {
  flag: string;
  value: string | null;
}

export type BashOpts = { ok: true; opts: BashOpt[]; rest: string[] } | { ok: false; flag: string; missing: boolean };

export function bashGetopt(args: readonly string[], spec: string): BashOpts {
  const opts: BashOpt[] = [];
  let i = 0;
  for (; i < args.length && /^-./.test(args[i]!); i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k]!;
      const at = spec.indexOf(c);
      if (at < 0 || c === ":" || c === ";") return { ok: false, flag: c, missing: false };
      const kind = spec[at + 1];
      if (kind !== ":" && kind !== ";") {
        opts.push({ flag: c, value: null });
        continue;
      }
      // an argument: the rest of this word, or the next word
      let value: string | null = a.slice(k + 1) || null;
      if (value === null && i + 1 < args.length && (kind === ":" || !args[i + 1]!.startsWith("-"))) value = args[++i]!;
      if (value === null && kind === ":") return { ok: false, flag: c, missing: true };
      opts.push({ flag: c, value });
      break;
    }
  }
  return { ok: true, opts, rest: args.slice(i) };
}
