// man as 4.4BSD's man.c has it on BSD/OS (B4 usr.bin/man/man.c, man.conf): getopt
// "-aC:cfhkM:m:P:s:w" with libc's messages and the usage; a first operand that starts with a
// digit is a section when another operand follows and man.conf names it (`man 8 mount_null`);
// -s names one (`man: 9: no such section`); -w prints where each page is, -h its SYNOPSIS
// lines; -k and -f would run apropos and whatis, whose database the lab does not build. The pages
// found are shown first; then cleanup() says `man: no entry for X in the manual.` for each name
// that has none, and man exits 1.
import type { ManRules } from "../formats.js";
import { toolStatus } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt, reportOpt } from "./lib.js";
import { err } from "./msg.js";
import { pagerCommand, showPage } from "./manpager.js";
import type { Co } from "../../kernel/proc/wait.js";

export interface BsdManHost {
  /** the page of a command as the system sets it */
  page(c: CommandDef): string;
}

export function* bsdMan(ctx: CommandContext, rules: ManRules, host: BsdManHost): Co<number> {
  // a lone "-" is an option of its own to man.c ('-' in its optstring: the old -c)
  const r = getopt(
    ctx.argv.slice(1).filter((a) => a !== "-"),
    "aC:cfhkM:m:P:s:w",
  );
  // -c (or the old -): cat the pages, never the pager (so does a standard output that is no tty)
  const plain = ctx.argv.slice(1).includes("-") || r.items.some((it) => it.kind === "flag" && it.flag === "c");
  let section: string | null = null;
  let how = false;
  let where = false;
  for (const it of r.items) {
    if (it.kind !== "flag") {
      reportOpt(ctx, it);
      return usage(ctx);
    }
    if (it.flag === "k" || it.flag === "f") {
      err(ctx, "man.nowhatis");
      return 1;
    }
    if (it.flag === "s") section = it.value ?? "";
    if (it.flag === "h") how = true;
    if (it.flag === "w") where = true;
  }
  let names = r.operands;
  if (names.length === 0) return usage(ctx);
  const known = rules.sections ?? [];
  if (section === null && names.length > 1 && /^\d/.test(names[0]!) && known.includes(names[0]!)) {
    section = names[0]!;
    names = names.slice(1);
  } else if (section !== null && !known.includes(section)) {
    err(ctx, "man.badsection", section);
    return 1;
  }
  const missing: string[] = [];
  let pages = "";
  for (const n of names) {
    const c = ctx.os.commands.get(n) ?? ctx.os.shell.commands?.get(n);
    const sec = c ? rules.section(c.path) : null;
    // man.conf's 3F is 3f's directory too
    if (!c || (section !== null && sec !== section.toLowerCase())) {
      missing.push(n);
      continue;
    }
    if (where) {
      ctx.stdout.write(`${rules.pagePath?.(n, sec!) ?? n}\n`);
      continue;
    }
    const text = host.page(c);
    // -h: how() printf()s the SYNOPSIS lines itself; the pages go to the pager together, as
    // man.c's one system("pager page ...") at the end
    if (how) ctx.stdout.write(synopsisOnly(text));
    else pages += (pages === "" ? "" : "\n") + text;
  }
  if (pages !== "") {
    const fallback = rules.pager ?? "/usr/bin/more -s";
    const pager = pagerCommand(ctx, fallback);
    yield* showPage(ctx, pages, pager === fallback ? pager : checkPager(pager), plain);
  }
  for (const n of missing) err(ctx, "man.noentry", n);
  return missing.length > 0 ? 1 : 0;
}

/** man.c check_pager(): a $PAGER whose program is "more" gets " -s" at its end ("mypager
 *  /usr/ucb/more" does not) */
function checkPager(pager: string): string {
  const program = pager.split(/\s/)[0]!;
  return program.slice(program.lastIndexOf("/") + 1) === "more" ? pager + " -s" : pager;
}

/** man.c how(): the lines between SYNOPSIS and DESCRIPTION with their leading blanks taken off,
 *  an empty line only between two that are not */
function synopsisOnly(page: string): string {
  let out = "";
  let print = false;
  let empty = 0;
  for (const line of page.split("\n")) {
    if (line.startsWith("SYNOPSIS")) {
      print = true;
      continue;
    }
    if (line.startsWith("DESCRIPTION")) break;
    if (!print) continue;
    if (line === "") empty++;
    else {
      out += "\n".repeat(empty) + line.trimStart() + "\n";
      empty = 0;
    }
  }
  return out;
}

function usage(ctx: CommandContext): number {
  err(ctx, "man.usage");
  return toolStatus(ctx.os.formats, "man.usage", 1);
}
