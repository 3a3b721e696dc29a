// How Solaris's ls lays out a listing. It is the System V ls.c that AIX's ls also comes from
// (illumos usr/src/cmd/ls/ls.c), so the walk, the columns and -C/-x/-m are AIX's layout; what
// differs is pentry()'s -l fields: the type and mode, the ACL mark (a space when the file has no
// ACL beyond its mode), "%3lu " links, "%-8s " owner and group, "%7lld" size (wider sizes as they
// are) or "%3u, %2u" for a device, then the time " %b %e %H:%M " (" %b %e  %Y " for a file older
// than six months or in the future), and "%10llu " i-node numbers for -i.
import type { LsEntry, LsFormat } from "../../userland/formats.js";
import { civil, MONTHS, pad2, permString } from "../../userland/common/lib.js";
import { AixLayout, aixLs } from "../aix/lsformat.js";

const SIX_MONTHS = 6 * 30 * 24 * 60 * 60;

/** format_time(): "%b %e %H:%M", or "%b %e  %Y" for old or future files */
export function solarisLsDate(t: number, now: number): string {
  const c = civil(t);
  const md = `${MONTHS[c.month - 1]} ${String(c.day).padStart(2)}`;
  if (t < now - SIX_MONTHS || t > now + 60) return `${md}  ${c.year}`;
  return `${md} ${pad2(c.hour)}:${pad2(c.minute)}`;
}

class SolarisLayout extends AixLayout {
  protected override readonly inodeWidth = 10;

  protected override longFields(p: LsEntry): string {
    const o = this.o;
    const a = p.attr;
    let s = p.ltype + permString(a.mode) + " ";
    s += String(a.nlink).padStart(3) + " ";
    if (o.o) s += ((o.n ? undefined : this.env.user(a.uid)) ?? String(a.uid)).padEnd(8) + " ";
    if (o.g) s += ((o.n ? undefined : this.env.group(a.gid)) ?? String(a.gid)).padEnd(8) + " ";
    if ((p.ltype === "b" || p.ltype === "c") && a.rdev) s += String(a.rdev.major).padStart(3) + ", " + String(a.rdev.minor).padStart(2);
    else s += a.size < 10000000 ? String(a.size).padStart(7) : String(a.size);
    const t = o.u ? a.atime : o.c ? a.ctime : a.mtime;
    return s + " " + solarisLsDate(t, this.env.now) + " ";
  }
}

export const solarisLs: LsFormat = {
  ...aixLs,
  layout: (g, o, env) => new SolarisLayout(o, env, g.maxlen).text(g),
};
