// How the BSD machine's man sets a page: nroff -mandoc (4.4BSD's tmac.doc), shown through
// more -s. Lines of 78 columns, bodies at 5, text filled and not justified (the seed's
// mount_loopback(8) is ragged right); the title line `NAME(8)  BSD System Manager's Manual
// NAME(8)`, the foot line `.tl 'OS'date'page'`. The options go into DESCRIPTION as mdoc pages
// have them, the exit status and messages into DIAGNOSTICS (4.4BSD's pages have no EXIT STATUS
// section). One page as long as the text (docs/fidelity/bsd.md, "Man pages").
import type { ManLayout } from "../../userland/formats.js";
import { bsdManNames } from "./mannames.js";

/** tmac.doc's .Dt volume for a section (4.4BSD: the Reference, Programmer's and System
 *  Manager's manuals) */
function volume(section: string): string {
  if (section === "8") return "BSD System Manager's Manual";
  if (/^[2-5]$/.test(section)) return "BSD Programmer's Manual";
  return "BSD Reference Manual";
}

export const bsdManLayout: ManLayout = {
  width: 78,
  indent: 5,
  adjust: "left",
  headings: {
    Syntax: "SYNOPSIS",
    Description: "DESCRIPTION",
    Flags: "DESCRIPTION",
    Parameters: "DESCRIPTION",
    "Exit Status": "DIAGNOSTICS",
    Messages: "DIAGNOSTICS",
    Example: "EXAMPLES",
    Examples: "EXAMPLES",
    Files: "FILES",
    "Environment Variables": "ENVIRONMENT",
    "Related Information": "SEE ALSO",
  },
  leads: { Flags: "The options are as follows:" },
  // Examples are command lines, one a line (nroff .nf), never run together
  literal: new Set(["Example", "Examples"]),
  synopsisHang: "name",
  section: (path) => (path !== undefined && /^\/(usr\/)?sbin\//.test(path) ? "8" : "1"),
  header: (name, section) => {
    const title = `${name.toUpperCase()}(${section})`;
    return [title, volume(section), title];
  },
  footer: ["4.4BSD", "March 27, 1994"],
  // mount_loopback.8: `.Dd Jan 29, 1998`, `.Os BSD 4.4` (B4 sbin/mount_loopback)
  dates: { mount_loopback: "Jan 29, 1998" },
  // B4 sbin/mount_loopback/Makefile: MLINKS= mount_loopback.8 mount_null.8
  links: { mount_null: "mount_loopback" },
  names: bsdManNames,
  margins: [3, 3, 1, 0],
  pageLines: 0,
  // 4.4BSD documents the null layer in mount_null(8) alone: no section 4 or 5 page
  pages: [],
};
