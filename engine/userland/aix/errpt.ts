// errpt (AIX): reports the error log, newest entry first: a summary line per entry, or with -a
// the detailed report of each; -t lists the error record templates instead.
import { errlog, type ErrEntry, type ErrTemplate, TEMPLATES } from "../../os/aix/errlog.js";
import { MACHINE_ID } from "../../os/aix/hardware.js";
import { err, msg } from "../common/msg.js";
import type { CommandContext, CommandDef } from "../types.js";
import { formatDate } from "../common/strftime.js";
import { parseFlags } from "./util.js";

const hex8 = (id: number) => id.toString(16).toUpperCase().padStart(8, "0");

/** mmddhhmmyy → machine seconds, or null */
function parseStamp(s: string): number | null {
  const m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(s);
  if (!m) return null;
  const [mo, dd, hh, mi, yy] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || dd < 1 || dd > 31 || hh > 23 || mi > 59) return null;
  return Date.UTC(yy < 70 ? 2000 + yy : 1900 + yy, mo - 1, dd, hh, mi) / 1000;
}

/** the Description / Causes / Recommended Actions sections (pr_desc) */
function sections(ctx: CommandContext, t: ErrTemplate): string {
  let s = `${msg(ctx, "errpt.desc")}\n${t.desc}\n\n`;
  const causes = (id: string, lines?: string[]) => (lines?.length ? `${msg(ctx, id)}\n${lines.join("\n")}\n\n` : "");
  const actions = (lines?: string[]) => (lines?.length ? `\t${msg(ctx, "errpt.actions")}\n${lines.map((l) => `\t${l}\n`).join("")}\n` : "");
  s += causes("errpt.probable", t.probable) + causes("errpt.user", t.user) + actions(t.userActions);
  s += causes("errpt.failure", t.failure) + actions(t.failureActions);
  return s;
}

/** the Detail Data section: each field's label, then its value (decimal words as %12d) */
function detailData(ctx: CommandContext, e: ErrEntry): string {
  const fields = e.template.detail ?? [];
  if (!fields.length) return "";
  let s = msg(ctx, "errpt.detaildata") + "\n";
  fields.forEach((f, i) => {
    const v = e.detail[i] ?? "";
    s += `${f.label}\n${f.encoding === "D" ? String(Number(v) || 0).padStart(12) : v}\n`;
  });
  return s;
}

function detailed(ctx: CommandContext, e: ErrEntry, tz: string): string {
  const t = e.template;
  const head = msg(ctx, "errpt.entry", t.label, hex8(t.id), formatDate("%a %b %e %H:%M:%S %Z %Y", e.time, tz), e.seq, MACHINE_ID, ctx.machine.hostname, t.cls, t.type, e.resource);
  return `${head}\n\n${sections(ctx, t)}${detailData(ctx, e)}`;
}

function templates(ctx: CommandContext, all: ErrTemplate[], detail: boolean): string {
  if (!detail) {
    const rows = all.map((t) => `${hex8(t.id)} ${t.label.padEnd(19).slice(0, 19)} ${t.type.padEnd(4)} ${t.cls}  ${t.desc.padEnd(40).slice(0, 40)}\n`);
    return rows.length ? msg(ctx, "errpt.theader") + "\n" + rows.join("") : "";
  }
  return all.map((t) => msg(ctx, "errpt.template", hex8(t.id), t.label, t.cls, t.type) + "\n\n" + sections(ctx, t)).join("");
}

function run(ctx: CommandContext): number {
  const r = parseFlags(ctx, "actgs:e:N:S:R:T:d:j:k:J:K:l:F:i:y:z:m:n:", "errpt.usage");
  if (!r) return 1;
  const has = (f: string) => r.opts.some((o) => o.flag === f);
  const list = (f: string) => r.opts.filter((o) => o.flag === f).flatMap((o) => o.value!.split(/[,\s]+/).filter(Boolean));
  if (r.operands.length) {
    err(ctx, "errpt.usage");
    return 1;
  }
  if (has("j") && has("k")) {
    err(ctx, "errpt.jk");
    return 1;
  }
  if (has("J") && has("K")) {
    err(ctx, "errpt.JK");
    return 1;
  }
  const bounds: Record<string, number> = {};
  for (const f of ["s", "e"]) {
    const v = r.opts.filter((o) => o.flag === f).pop()?.value;
    if (v === undefined) continue;
    const t = parseStamp(v);
    if (t === null) {
      err(ctx, "errpt.badtime", v);
      return 1;
    }
    bounds[f] = t;
  }
  const ids = (f: string) => list(f).map((x) => parseInt(x, 16));
  const keep = (t: ErrTemplate): boolean =>
    (!has("j") || ids("j").includes(t.id)) && (!has("k") || !ids("k").includes(t.id)) &&
    (!has("J") || list("J").includes(t.label)) && (!has("K") || !list("K").includes(t.label)) &&
    (!has("T") || list("T").includes(t.type)) && (!has("d") || list("d").includes(t.cls));
  if (has("t")) {
    ctx.stdout.write(templates(ctx, TEMPLATES.filter(keep), has("a")));
    return 0;
  }
  const tz = ctx.shell.env.get("TZ") || "UTC";
  const entries = [...errlog(ctx.machine)].reverse().filter((e) =>
    keep(e.template) && (!has("N") || list("N").includes(e.resource)) &&
    (!has("l") || list("l").map(Number).includes(e.seq)) &&
    (bounds.s === undefined || e.time >= bounds.s) && (bounds.e === undefined || e.time <= bounds.e),
  );
  if (has("a")) {
    ctx.stdout.write(entries.map((e) => detailed(ctx, e, tz)).join(""));
    return 0;
  }
  if (!entries.length) return 0;
  let out = msg(ctx, "errpt.header") + "\n";
  for (const e of entries) {
    const t = e.template;
    out += `${hex8(t.id)}   ${formatDate("%m%d%H%M%y", e.time, tz)} ${t.type[0]} ${t.cls} ${e.resource.padEnd(14).slice(0, 14)} ${t.desc.slice(0, 39)}\n`;
  }
  ctx.stdout.write(out);
  return 0;
}

export const errpt: CommandDef = {
  name: "errpt",
  run,
  path: "/usr/bin/errpt",
  summary: "Generates a report of logged errors.",
  flags: ["-a", "-t", "-j", "-k", "-J", "-K", "-N", "-s", "-e", "-T", "-d", "-l"],
  man: `errpt Command

Purpose
       Generates a report of logged errors.

Syntax
       errpt [ -a ] [ -t ] [ -s StartDate ] [ -e EndDate ] [ -j ErrorID ]
             [ -k ErrorID ] [ -J ErrorLabel ] [ -K ErrorLabel ]
             [ -N ResourceNameList ] [ -T ErrorTypeList ] [ -d ErrorClassList ]
             [ -l SequenceNumber ]

Description
       The errpt command reports the system error log, newest entry first.
       Each summary line gives the error identifier, the time stamp
       (mmddhhmmyy), the type (P permanent, T temporary, I informational, U
       unknown), the class (H hardware, S software, O operator, U
       undetermined), the resource that logged it and a description. -a
       prints each entry in detail: its label, date, sequence number,
       machine and node, class, type, WPAR, resource, the causes and the
       recommended actions, and the detail data.

       The error daemon logs its start at each boot, the system logs the
       shutdown that preceded the boot (REBOOT_ID) and the partition's boot
       reason, and RMC logs its start. Lists are separated by commas.

Flags
       -a   Detailed report.
       -t   The error record templates instead of the log.
       -s StartDate / -e EndDate
            Entries logged from / up to the date (mmddhhmmyy).
       -j / -k ErrorID
            Only / all but these error identifiers (hexadecimal).
       -J / -K ErrorLabel
            Only / all but these labels.
       -N ResourceName
            Only entries of these resources.
       -T ErrorType
            Only entries of these types (PERM, TEMP, PERF, PEND, UNKN, INFO).
       -d ErrorClass
            Only entries of these classes (H, S, O, U).
       -l SequenceNumber
            Only the entries with these sequence numbers.

       Messages:
       0315-131 The flags j and k are mutually exclusive.
       0315-143 The flags J and K are mutually exclusive.
       0315-176 Invalid start or end time supplied: Date

Exit Status
       0    The report was written (also when no entry matched).
       >0   An error occurred.
`,
};
