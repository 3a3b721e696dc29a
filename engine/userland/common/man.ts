// man: displays the manual page of a command of this system (Solaris: SunOS man.c's options and
// sections, OsFormats.tools.man).
import { toolStatus, type ManRules } from "../formats.js";
import type { CommandContext, CommandDef } from "../types.js";
import { getopt } from "./lib.js";
import { bsdMan } from "./manbsd.js";
import { findEntry, layoutCommandPage, layoutEntryPage } from "./manlayout.js";
import { ask, err, msg } from "./msg.js";
import { pagerCommand, showPage } from "./manpager.js";
import type { Co } from "../../kernel/proc/wait.js";

/** the page of command `c` as this system's man sets it (the text as written where the system
 *  has no layout of its own: AIX) */
function commandPage(ctx: CommandContext, c: CommandDef): string {
  const layout = ctx.os.formats.manLayout;
  if (layout) {
    // a name whose page is another's (MLINKS): that page, under its own title
    const linked = layout.links?.[c.name];
    const page = (linked !== undefined ? ctx.os.commands.get(linked) : undefined) ?? c;
    return layoutCommandPage(layout, page.name, page.path, page.man);
  }
  return c.man.endsWith("\n") ? c.man : c.man + "\n";
}

/**
 * SunOS man.c (Oracle 2011): getopt("FfkrP:M:T:ts:lad") with opterr 0, so a bad option or a
 * missing argument is the usage alone (exit 2), as is no name; -s takes sections separated by
 * commas (compared in lower case, a section matching only itself); "-" among the names is taken
 * (nomore); -k and -f (the windex), -t (troff to lp) and -d (debug lines) are not simulated; -M
 * names where the pages are (only /usr/share/man has any); -l lists the pages found instead of
 * showing them; -r formats and shows nothing. Each page is "reformatted" (11.1 ships no cat
 * pages, so format() says so on standard error every time) and shown through $PAGER when
 * standard output is a terminal.
 */
function* sunos(ctx: CommandContext, rules: ManRules): Co<number> {
  const r = getopt(ctx.argv.slice(1), "FfkrP:M:T:ts:lad");
  let sections: string | null = null;
  let list = false;
  let reformatOnly = false;
  let manpath: string | null = null;
  for (const it of r.items) {
    if (it.kind !== "flag") return usage(ctx);
    if (it.flag === "s") sections = it.value ?? "";
    if (it.flag === "l") list = true;
    if (it.flag === "r") reformatOnly = true;
    if (it.flag === "M" || it.flag === "P") manpath = it.value ?? "";
    const notSimulated = { k: "man.nowhatis", f: "man.nowhatis", t: "man.notroff", d: "man.nodebug" }[it.flag];
    if (notSimulated) {
      err(ctx, notSimulated);
      return 1;
    }
  }
  const names = r.operands.filter((a) => a !== "-");
  if (r.operands.length === 0) return usage(ctx);
  const plain = names.length < r.operands.length;
  const wanted = sections === null ? null : sections.toLowerCase().split(",").filter((x) => x !== "");
  const mandir = rules.mandir ?? "/usr/share/man";
  const searched = manpath === null || manpath.split(":").some((d) => d.replace(/,.*$/, "").replace(/(.)\/+$/, "$1") === mandir);
  const pager = pagerCommand(ctx, rules.pager ?? "more -s");
  let first = true;
  for (const n of names) {
    const c = searched ? (ctx.os.commands.get(n) ?? ctx.os.shell.commands?.get(n)) : undefined;
    const command = c && (wanted === null || wanted.includes(rules.section(c.path))) ? c : undefined;
    // the pages that are no command's (lofs(7FS), vfstab(4)): their sections compare the same way
    const entry = command || !searched ? undefined : findEntry(ctx.os.formats.manLayout, n, wanted);
    if (!command && !entry) {
      // man.c printf()s these and goes on; main returns 0
      if (sections === null) err(ctx, "man.noentry", n);
      else err(ctx, "man.nosection", n, sections);
      continue;
    }
    if (list) {
      // format(): printf("%s (%s)\t-M %s\n", name, the section directory's suffix, the mandir)
      const sec = command ? rules.section(command.path) : entry!.section.toLowerCase();
      ctx.stdout.write(msg(ctx, "man.list", n, sec, mandir) + "\n");
      continue;
    }
    ask(ctx, "man.reformat");
    err(ctx, "man.reformatted");
    if (reformatOnly) continue;
    const layout = ctx.os.formats.manLayout;
    const text = command ? commandPage(ctx, command) : layoutEntryPage(layout!, entry!);
    yield* showPage(ctx, (first ? "" : "\n") + text, pager, plain);
    first = false;
  }
  return 0;
}

function usage(ctx: CommandContext): number {
  err(ctx, "man.usage");
  return toolStatus(ctx.os.formats, "man.usage", 1);
}

/** AIX's sections (the man page's list): 1-8 and the letters; a command's page is in 1, 8 or C */
const AIX_SECTIONS = /^([1-8]|[CFLnlop])$/;
const AIX_COMMAND_SECTIONS = new Set(["1", "8", "C"]);

/** AIX man.c: MORE_S, the pager when $PAGER is not set */
const AIX_PAGER = "/usr/bin/more -s";

function* run(ctx: CommandContext): Co<number> {
  const rules = ctx.os.formats.tools?.man;
  if (rules?.style === "bsd") return yield* bsdMan(ctx, rules, { page: (c) => commandPage(ctx, c) });
  if (rules) return yield* sunos(ctx, rules);
  // AIX: man [[[-c] [-t] [Section]] | [-k | -f]] [-F] [-m] [-MPath] [-r] [-a] Title ...; the
  // flags that only change how a page is found or formatted change nothing the lab shows; -c
  // (cat, never the pager) and standard output not a terminal show the page as it is
  const r = getopt(ctx.argv.slice(1), "ctkfFmM:ra");
  let plain = false;
  for (const it of r.items) {
    if (it.kind !== "flag") return usage(ctx);
    if (it.flag === "c") plain = true;
    if (it.flag === "k" || it.flag === "f") {
      err(ctx, "man.nowhatis");
      return 1;
    }
  }
  let names = r.operands;
  let section: string | null = null;
  if (names.length > 1 && AIX_SECTIONS.test(names[0]!)) [section, names] = [names[0]!, names.slice(1)];
  if (names.length === 0) return usage(ctx);
  const pager = pagerCommand(ctx, AIX_PAGER);
  let status = 0;
  let first = true;
  for (const n of names) {
    // the shell's own built-ins with no file (bash's type, ksh93's print) have pages too
    const found = ctx.os.commands.get(n) ?? ctx.os.shell.commands?.get(n);
    const c = section === null || AIX_COMMAND_SECTIONS.has(section) ? found : undefined;
    if (!c) {
      err(ctx, "man.noentry", n);
      status = Math.max(status, toolStatus(ctx.os.formats, "man.noentry", 1));
      continue;
    }
    yield* showPage(ctx, (first ? "" : "\n") + commandPage(ctx, c), pager, plain);
    first = false;
  }
  return status;
}

export const man: CommandDef = {
  name: "man",
  path: "/usr/bin/man",
  summary: "Displays manual entries online.",
  run,
  man: `man Command

Purpose
       Displays manual entries online.

Syntax
       man [ [ [ -c ] [ -t ] [ Section ] ] | [ -k | -f ] ] [ -F ] [ -m ]
           [ -M Path ] [ -r ] [ -a ] Title ...

Description
       The man command displays information from the reference manuals for
       each command named by the Title parameter. A Section before the
       titles (1 through 8, or C, F, L, n, l, o, p) restricts the search to
       that section; the commands' pages are in sections 1, 8 and C.

Exit Status
       0    Successful completion.
       >0   A manual entry was not found, or an error occurred.
`,
};
