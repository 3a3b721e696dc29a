// odmdelete (AIX): deletes the objects of a class that match the criteria (all of them without
// -q). It edits the ODM only: deleting a device's CuDv object leaves its special file, its
// CuAt and CuDvDr objects and the driver's unit as they were, as on AIX.
import { parseCriteria } from "../../../grammar/odm.js";
import { isKernelError } from "../../kernel/errno.js";
import type { OdmTerm } from "../../kernel/odm/odm.js";
import { getopt, reportOpt, type OptItem } from "../common/lib.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { odmOf } from "./util.js";

/** the value of the last -f flag given (getopt keeps the last one) */
export function lastValue(items: readonly OptItem[], f: string): string | undefined {
  let v: string | undefined;
  for (const it of items) if (it.kind === "flag" && it.flag === f) v = it.value ?? "";
  return v;
}

/** the terms of a -q string ("" or none: every object); null when it does not parse */
export function criteriaTerms(q: string | undefined): OdmTerm[] | null {
  if (q === undefined || q.trim() === "") return [];
  const c = parseCriteria(q);
  return c.ok ? c.terms : null;
}

function run(ctx: CommandContext): number {
  const r = getopt(ctx.argv.slice(1), "o:q:TD");
  const bad = r.items.find((it) => it.kind !== "flag");
  if (bad) {
    // getopt's message, then exit 2 (ODMCMDOPTERR) without the usage
    reportOpt(ctx, bad);
    return 2;
  }
  const val = (f: string) => lastValue(r.items, f);
  const cls = val("o");
  if (cls === undefined) {
    err(ctx, "odmdelete.usage");
    return 2;
  }
  if (cls === "") {
    err(ctx, "odmdelete.noname");
    return 1;
  }
  const odm = odmOf(ctx);
  // a path in the class name names the repository; the lab has one
  const name = cls.slice(cls.lastIndexOf("/") + 1);
  if (!odm.has(name)) {
    err(ctx, "odmdelete.noclass", name);
    return 5;
  }
  const terms = criteriaTerms(val("q"));
  let n: number;
  try {
    if (!terms) throw new Error("criteria");
    n = odm.removeWhere(name, terms);
  } catch (e) {
    if (e instanceof Error && (isKernelError(e) || e.message === "criteria")) {
      err(ctx, "odmdelete.failed");
      return 5;
    }
    throw e;
  }
  ctx.stdout.write(msg(ctx, "odmdelete.deleted", n) + "\n");
  return 0;
}

export const odmdelete: CommandDef = {
  name: "odmdelete",
  run,
  path: "/usr/bin/odmdelete",
  summary: "Deletes selected objects from a specified object class.",
  flags: ["-o", "-q"],
  man: `odmdelete Command

Purpose
       Deletes selected objects from a specified object class.

Syntax
       odmdelete -o ObjectClass [ -q Criteria ]

Description
       The odmdelete command deletes the objects of ObjectClass that match
       the Criteria (every object when -q is not given) and prints how many it
       deleted. Criteria compare descriptors with =, !=, <, >, <=, >= or like,
       joined by and, as for odmget.

       odmdelete changes the database only. No configuration method runs:
       deleting the CuDv object of a loopback device leaves /dev/loopN, the
       device's CuAt and CuDvDr objects and the driver's unit behind, and
       lsdev, rmdev and mkdev then see the database as it is.

Flags
       -o ObjectClass
            The object class to delete from.
       -q Criteria
            The objects to delete.

       Messages:
       0518-307 odmdelete: N objects deleted.
       0518-302 usage: odmdelete -o object_class [-q criteria]
       0518-305 odmdelete: Cound not open object class Name
       0518-306 odmdelete: Could not delete objects.

Exit Status
       0    The command ran successfully.
       >0   An error occurred (2: usage, 5: the class or the criteria).

Example
       odmdelete -o CuDv -q name=loop1
`,
};
