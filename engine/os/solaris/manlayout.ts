// How Solaris 11.1's man sets a page: `nroff -u0 -Tlp -man | col -x` with SunOS's tmac.an
// (illumos usr/src/cmd/troff/troff.d/tmac.d/an, man.c), shown through more -s. Lines of 6.5i (65
// columns), bodies at .5i (5), text filled and justified; the title line is `.tl 'volume''name(sect)'`
// and the foot line `.tl 'SunOS 5.11'Last change: date'page'`; 66-line pages with the foot line
// trap 7 lines from the bottom (docs/fidelity/solaris.md, "Man pages").
import type { ManLayout } from "../../userland/formats.js";
import { solarisManNames } from "./mannames.js";
import { solarisManPages } from "./manpages.js";

/** .TH's fifth argument as Oracle's pages give it (the macros' own default for 1M says
 *  "Maintenance Commands"; Oracle's sources override it) */
const VOLUMES: Readonly<Record<string, string>> = {
  "1": "User Commands",
  "1M": "System Administration Commands",
  "4": "File Formats",
  "7D": "Devices",
  "7FS": "File Systems",
};

export const solarisManLayout: ManLayout = {
  width: 65,
  indent: 5,
  adjust: "both",
  headings: {
    Syntax: "SYNOPSIS",
    Description: "DESCRIPTION",
    Flags: "OPTIONS",
    Parameters: "OPERANDS",
    Subcommands: "USAGE",
    "Exit Status": "EXIT STATUS",
    Example: "EXAMPLES",
    Examples: "EXAMPLES",
    Files: "FILES",
    "Environment Variables": "ENVIRONMENT VARIABLES",
    Messages: "DIAGNOSTICS",
    "Related Information": "SEE ALSO",
  },
  // Examples are command lines, one a line (nroff .nf), never run together
  literal: new Set(["Example", "Examples"]),
  synopsisHang: 5,
  // the administrative commands of /usr/sbin are 1M (tools.ts's man rules say the same in lower case)
  section: (path) => (path !== undefined && /^\/(usr\/)?sbin\//.test(path) ? "1M" : "1"),
  header: (name, section) => [VOLUMES[section] ?? "Misc. Reference Manual Pages", "", `${name}(${section})`],
  footer: ["SunOS 5.11", "Last change: 17 Aug 2012"],
  margins: [3, 3, 3, 3],
  pageLines: 52,
  pages: solarisManPages,
  names: solarisManNames,
};
