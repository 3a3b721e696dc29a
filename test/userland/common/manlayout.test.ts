// man sets a page in the machine's layout (engine/userland/common/manlayout.ts): AIX's pages as
// written, Solaris 11.1's tmac.an page and 4.4BSD's mdoc page parsed from the same text, and the
// Solaris pages that are no command's (lofs(7FS), lofi(7D), vfstab(4), mnttab(4)).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { osEntry } from "../../../engine/os/index.js";
import { commandBodyLines } from "../../../engine/userland/common/manlayout.js";

const AIX_HEADINGS = /^(Purpose|Syntax|Description|Flags|Parameters|Exit Status|Related Information|Examples?|Messages|Files)$/;

test("AIX: a page is printed as written", () => {
  const s = createSession({ terminal: false });
  const loopmount = osEntry("aix").commands().get("loopmount")!;
  assert.is(runLine(s, "man loopmount").output, loopmount.man.endsWith("\n") ? loopmount.man : loopmount.man + "\n");
});

test("AIX man: its flags, a section before the title (commands in 1, 8 and C), -k without the whatis database", () => {
  const s = createSession({ terminal: false });
  const page = runLine(s, "man ls").output;
  assert.is(runLine(s, "man -c ls").output, page);
  assert.is(runLine(s, "man 1 ls").output, page);
  assert.is(runLine(s, "man C ls").output, page);
  assert.is(runLine(s, "man 3 ls; echo $?").output, "Manual entry for ls not found or not installed.\n1\n");
  assert.is(runLine(s, "man -k mount; echo $?").output, "\nman: 0703-310 file /usr/share/man/whatis not found.\n  Create the whatis database using the <catman -w> command\n1\n");
  assert.is(runLine(s, "man -q ls; echo $?").output, "Usage: man [[[-ct] [section]] | [-f | -k]] [-M path] name...\n1\n");
});

test("Solaris: lofiadm(1M) in tmac.an's layout, justified at 65 columns, with its foot line", () => {
  const s = createSession({ os: "solaris", terminal: false });
  const lines = runLine(s, "man lofiadm 2>/dev/null").output.split("\n");
  assert.equal(lines.slice(0, 12), [
    "",
    "System Administration Commands                        lofiadm(1M)",
    "",
    "NAME",
    // Oracle's NAME line (engine/os/solaris/mannames.ts), filled and justified like the rest
    "     lofiadm  -  administer  files  available  as  block  devices",
    "     through lofi",
    "",
    "SYNOPSIS",
    "     lofiadm -a file [device]",
    "     lofiadm -d file | device",
    "     lofiadm [file | device]",
    "",
  ]);
  // one page; its messages set as written (never filled or justified), each remark on a line of its own
  assert.equal(lines.slice(-3), ["SunOS 5.11           Last change: 17 Aug 2012                   1", "", ""]);
  const diag = lines.indexOf("DIAGNOSTICS");
  assert.equal(lines.slice(diag + 1, diag + 6), [
    "     lofiadm: illegal option -- x",
    "          (getopt's, then the usage)",
    "     lofiadm: /nofile.iso: No such file or directory",
    "          (realpath)",
    "     lofiadm: could not map file /x.iso: Device busy",
  ]);
  assert.ok(lines.includes("     lofiadm: could not map file /x.iso to /dev/lofi/1: File exists"));
  assert.ok(lines.includes("     lofiadm: you do not have permission to perform that operation."));
  for (const h of ["DESCRIPTION", "OPTIONS", "DIAGNOSTICS", "EXIT STATUS"]) assert.ok(lines.includes(h), h);
});

test("Solaris: lofs(7FS) is found by name and by its section in either case; other sections say no entry", () => {
  const s = createSession({ os: "solaris", terminal: false });
  const page = runLine(s, "man lofs 2>/dev/null").output;
  assert.ok(page.startsWith("\nFile Systems                                            lofs(7FS)\n\nNAME\n     lofs - loopback virtual file system\n"), page.slice(0, 120));
  // the SYNOPSIS as written (.nf), at the body's indent, within 65 columns (review 11c)
  assert.match(page, /\nSYNOPSIS\n {5}#include <sys\/param\.h>\n {5}#include <sys\/mount\.h>\n\n {5}int mount\(const char \*dir, const char \*virtual, int mflag,\n {10}lofs, NULL, 0\);\n/);
  assert.is(runLine(s, "man -s 7FS lofs 2>/dev/null").output, page);
  assert.is(runLine(s, "man -s 7fs lofs 2>/dev/null").output, page);
  assert.is(runLine(s, "man -s 4 lofs").output, "No entry for lofs in section(s) 4 of the manual.\n");
  assert.ok(runLine(s, "man lofi 2>/dev/null").output.startsWith("\nDevices                                                  lofi(7D)\n"));
  assert.ok(runLine(s, "man -s 4 mnttab 2>/dev/null").output.startsWith("\nFile Formats                                            mnttab(4)\n"));
  assert.is(runLine(s, "man nosuch").output, "No manual entry for nosuch.\n");
});

test("Solaris: man -s 4 vfstab, the whole page", () => {
  const s = createSession({ os: "solaris", terminal: false });
  assert.is(
    runLine(s, "man -s 4 vfstab 2>/dev/null").output,
    `
File Formats                                            vfstab(4)

NAME
     vfstab - table of file system defaults

DESCRIPTION
     The file /etc/vfstab describes the file systems  mounted  by
     default.  Each  line  has  seven  fields  separated by white
     space; a - says the field is empty. Lines that start with  #
     are comments.

       device to mount     the block special device or resource
       device to fsck      the raw device fsck(1M) checks
       mount point         where the file system is mounted
       FS type             the type of the file system
       fsck pass           the pass in which fsck(1M) checks it
       mount at boot       yes: mountall(1M) and mount -a mount it
       mount options       comma separated, as mount -o takes them

     mount(1M)  given  only a mount point or only a special reads
     the other fields from the entry.  A  loopback  (lofs)  entry
     must  come  after the entries of the file systems it depends
     on; see lofs(7FS).

EXAMPLES
     A lofs mount of /export/test on /opt/test at boot:

       /export/test  -  /opt/test  lofs  -  yes  -

SEE ALSO
     fsck(1M), mount(1M), mountall(1M), mnttab(4), lofs(7FS)

SunOS 5.11           Last change: 17 Aug 2012                   1

`,
  );
});

test("BSD: mount_loopback(8) as the seed shows it, mount_null a link to it (MLINKS), the options in DESCRIPTION, its own date", () => {
  const s = createSession({ os: "bsd", terminal: false });
  const lines = runLine(s, "man mount_null").output.split("\n");
  assert.is(runLine(s, "man mount_loopback").output, lines.join("\n"));
  // seeds/003: the title line (its tabs expanded) and NAME
  assert.equal(lines.slice(0, 9), [
    "",
    "MOUNT_LOOPBACK(8)         BSD System Manager's Manual        MOUNT_LOOPBACK(8)",
    "",
    "NAME",
    "     mount_loopback - mount a loopback filesystem sub-tree; demonstrate the",
    "     use of a null file system layer",
    "",
    "SYNOPSIS",
    "     mount_loopback [-o options] target mount-point",
  ]);
  assert.equal(lines.slice(-3), ["", "4.4BSD                           Jan 29, 1998                                1", ""]);
  assert.ok(lines.includes("     The options are as follows:"));
  assert.not.ok(lines.includes("OPTIONS"));
  // examples are command lines, one a line, never filled into a paragraph
  const ex = lines.indexOf("EXAMPLES");
  assert.equal(lines.slice(ex + 1, ex + 4), ["     mount_loopback /usr/include /mnt", "     stat -f '%d %i' /usr/include/stdio.h /mnt/stdio.h", "     umount /mnt"]);
});

test("every command's page on Solaris and BSD starts with the system's title line and has no AIX heading left", () => {
  for (const os of ["solaris", "bsd"] as const) {
    const s = createSession({ os, terminal: false });
    const names = new Set([...osEntry(os).commands().keys(), ...(s.os.shell.commands?.keys() ?? [])]);
    for (const n of names) {
      const lines = runLine(s, `man ${n} 2>/dev/null`).output.split("\n");
      assert.is(lines[0], "", `${os} ${n}`);
      const title = os === "solaris" ? /^(User|System Administration) Commands +\S+\(1M?\)$/ : /^\S+\([18]\) +BSD (Reference|System Manager's) Manual +\S+\([18]\)$/;
      assert.match(lines[1]!, title, `${os} ${n}: ${lines[1]}`);
      assert.is(lines[3], "NAME", `${os} ${n}`);
      for (const l of lines) assert.not.match(l, AIX_HEADINGS, `${os} ${n}: ${l}`);
      assert.not.match(lines.join("\n"), /^\S+ Command( \(.*\))?$/m, `${os} ${n}`);
    }
  }
});

test("Solaris: man cat's options are tagged paragraphs, the text filled and justified in its column", () => {
  const s = createSession({ os: "solaris", terminal: false });
  const lines = runLine(s, "man cat 2>/dev/null").output.split("\n");
  const at = lines.indexOf("OPTIONS");
  assert.equal(lines.slice(at, at + 23), [
    "OPTIONS",
    "     -b   Omits  line  numbers  from  blank lines, when specified",
    "          with the -n flag.",
    "     -e   Displays a $ (dollar sign) at the  end  of  each  line,",
    "          when specified with the -v flag.",
    "     -n   Displays   output   lines  preceded  by  line  numbers,",
    "          numbered sequentially from 1.",
    "     -q   Does not display a message if the  cat  command  cannot",
    "          find  an  input  file. This flag is identical to the -s",
    "          flag.",
    "     -r   Replaces multiple  consecutive  empty  lines  with  one",
    "          empty line.  This flag is identical to the -S flag.",
    "     -s   Does  not  display  a message if the cat command cannot",
    "          find an input file.",
    "     -S   Replaces multiple  consecutive  empty  lines  with  one",
    "          empty line.",
    "     -t   Displays  tab characters as ^I if specified with the -v",
    "          flag.",
    "     -u   Does not buffer output.",
    "     -v   Displays nonprinting characters as visible characters.",
    "",
    "EXIT STATUS",
    "     0    All input files were output successfully.",
  ]);
});

test("a tag wider than its column has its text on the next line (.TP); a synopsis too wide is broken", () => {
  const s = createSession({ os: "solaris", terminal: false });
  const dd = runLine(s, "man dd 2>/dev/null").output.split("\n");
  const at = dd.indexOf("     count=InputBlocks");
  assert.equal(dd.slice(at, at + 3), ["     count=InputBlocks", "                      Copies only  the  number  of  input  blocks", "                      specified."]);
  // Solaris: the continuation 5 past the body; brackets tight (`[-q]`), an option never broken
  const cat = runLine(s, "man cat 2>/dev/null").output.split("\n");
  const syn = cat.indexOf("SYNOPSIS");
  assert.equal(cat.slice(syn, syn + 4), ["SYNOPSIS", "     cat [-q] [-r] [-s] [-S] [-u] [-n [-b]] [-v [-e] [-t]]", "          [- | File ...]", ""]);
  // 4.4BSD mdoc: the continuation after the command's name and a space (.Nm in SYNOPSIS)
  const b = createSession({ os: "bsd", terminal: false });
  const od = runLine(b, "man od 2>/dev/null | cat").output.split("\n");
  const bs = od.indexOf("SYNOPSIS");
  assert.equal(od.slice(bs, bs + 3), ["SYNOPSIS", "     od [-v] [-A AddressBase] [-N Count] [-j Skip] [-t TypeString ...]", "        [File ...]"]);

});

test("no filled, tagged or synopsis line of any command's page is wider than the page (only .nf displays may be)", () => {
  for (const [os, width] of [["solaris", 65], ["bsd", 78]] as const) {
    const s = createSession({ os, terminal: false });
    const layout = s.os.formats.manLayout!;
    for (const [n, def] of osEntry(os).commands()) {
      const literal = new Set(commandBodyLines(layout, n, def.man).filter((l) => l.literal).map((l) => l.text));
      for (const l of runLine(s, `man ${n} 2>/dev/null`).output.split("\n")) {
        if (l.length > width) assert.ok(literal.has(l), `${os} ${n}: ${l.length}: ${l}`);
      }
    }
  }
});

test.run();
