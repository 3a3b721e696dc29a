// POSIX getopt over argv, as the real commands parse their flags: clustered flags (-dl loop0),
// attached or separate values (-lloop0, -l loop0), "--" ends the flags. Returns the problem
// instead of printing, so each command prints its own system's text.
export interface GetoptResult {
  opts: { flag: string; value: string | undefined }[];
  operands: string[];
  error?: { kind: "badflag" | "needarg"; flag: string };
}

/** spec: getopt(3) style, e.g. "Cc:s:t:l:" (a colon after a flag means it takes a value) */
export function getopt(args: readonly string[], spec: string): GetoptResult {
  const opts: GetoptResult["opts"] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const f = a[j]!;
      const at = spec.indexOf(f);
      if (f === ":" || at < 0) return { opts, operands: [], error: { kind: "badflag", flag: f } };
      if (spec[at + 1] === ":") {
        let value = a.slice(j + 1);
        if (value === "") {
          if (i + 1 >= args.length) return { opts, operands: [], error: { kind: "needarg", flag: f } };
          value = args[++i]!;
        }
        opts.push({ flag: f, value });
        break;
      }
      opts.push({ flag: f, value: undefined });
    }
  }
  return { opts, operands: args.slice(i) };
}

/** the last value given for a flag (later flags override earlier ones) */
export function optValue(r: GetoptResult, flag: string): string | undefined {
  let v: string | undefined;
  for (const o of r.opts) if (o.flag === flag) v = o.value;
  return v;
}

export function hasOpt(r: GetoptResult, flag: string): boolean {
  return r.opts.some((o) => o.flag === flag);
}
