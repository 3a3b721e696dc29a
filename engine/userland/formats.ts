// Per-OS output without copies: where the same program prints a different layout on each system
// (the ls listing and its dates, date's options and clock syntax, echo's dialect), the
// personality carries the small format functions and the command keeps the work (traversal,
// sorting, reading the clock). One command file serves every system; each system's formats live
// in engine/os/<os>/formats.ts (see shared/LAYERS.md, "Per-OS output without copies").
import type { Vattr } from "../kernel/vfs/vnode.js";
import type { RegexProblem } from "./common/regex.js";

// ---------------------------------------------------------------------------------------------
// ls

/** the options of one ls run, as every system's ls parses them (a system uses the ones it has) */
export interface LsOptions {
  a: boolean;
  A: boolean;
  C: boolean;
  d: boolean;
  e: boolean;
  f: boolean;
  F: boolean;
  i: boolean;
  l: boolean;
  m: boolean;
  n: boolean;
  o: boolean;
  g: boolean;
  p: boolean;
  /** 1, or -1 to reverse the sort */
  r: number;
  R: boolean;
  s: boolean;
  t: boolean;
  S: boolean;
  u: boolean;
  c: boolean;
  x: boolean;
  L: boolean;
  /** -l-style listings stat symbolic links themselves */
  useLstat: boolean;
  /** 4.4BSD -T: the full time, seconds and year */
  T: boolean;
  /** 4.4BSD -o: the file flags column */
  flags: boolean;
  /** 4.4BSD -q (the default on a terminal): unprintable bytes of names as ? */
  q: boolean;
  /** 4.4BSD -f: nothing is sorted, operands included (AIX -f is `f`) */
  unsorted: boolean;
  /** Solaris -e (`long`: %b %e %T %Y) or -E (`iso`: %F %T.nsec %z): the time of -l */
  timeStyle?: "long" | "iso";
  /** Solaris -v (`v`: the ACL's entries) or -V (`V`: compact) after each -l line */
  acl?: "v" | "V";
  /** Solaris -/ c|v: the extended system attributes after each entry */
  sysattr?: "c" | "v";
  /** Solaris -% all: the file's times after each entry */
  allTimes?: boolean;
  /** Solaris -h: sizes scaled by 1024 */
  human?: boolean;
  /** Solaris -k: the -l size in units of this many bytes */
  blockSize?: number;
  /** Solaris -w: the width columns are laid out in */
  width?: number;
}

/** one file of a listing */
export interface LsEntry {
  /** the name as printed (an operand as typed, or a directory entry's name) */
  name: string;
  /** the path to stat */
  path: string;
  attr: Vattr;
  /** the type letter ls uses: d - l b c p s */
  ltype: string;
  linkTo: string | null;
  /** the type of what a symlink points to (-F) */
  linkType: Vattr | null;
  isArg: boolean;
  /** blocks in the unit -s and the total line use */
  blocks: number;
}

/** one group ls prints together: the operands that are files, or one directory's entries */
export interface LsGroup {
  entries: LsEntry[];
  /** a directory's entries (its listing may start with a total line); false for the operands */
  dir: boolean;
  /** the sum of the entries' blocks */
  total: number;
  /** the longest name considered for the columns (AIX counts operands it could not stat) */
  maxlen: number;
}

/** what a layout needs from the run besides the group */
export interface LsEnv {
  /** machine-clock seconds */
  now: number;
  /** standard output is a terminal */
  tty: boolean;
  /** the terminal's width */
  columns: number;
  /** the COLUMNS variable */
  COLUMNS: string | undefined;
  /** the BLOCKSIZE variable (4.4BSD getbsize(3): the unit of -s and the total line) */
  BLOCKSIZE: string | undefined;
  user(uid: number): string | undefined;
  group(gid: number): string | undefined;
  /** the total line in the system's words */
  total(blocks: number): string;
  /** the type of the file system that holds a file (zfs, tmpfs …), when it can be found */
  fstype?(path: string): string | undefined;
}

export interface LsFormat {
  /** the option letters, as getopt takes them */
  readonly optstring: string;
  /** the exit status after an error message (a file that cannot be listed) */
  readonly errorStatus: number;
  /** the exit status after a bad option and the usage */
  readonly usageStatus: number;
  /** true: only the first bad option is reported before the usage (4.4BSD getopt; usage() exits) */
  readonly firstBadOptionOnly: boolean;
  /** the options before the flags: a terminal lists in columns; root sees dot files */
  defaults(tty: boolean, root: boolean): LsOptions;
  /** one option letter, as this system's ls takes it */
  option(o: LsOptions, flag: string, value?: string): boolean | void;
  /** after the last option: the combinations this system's ls settles */
  finish(o: LsOptions): void;
  /** an operand that is a symbolic link: "always" list what it points to (4.4BSD's
   *  FTS_COMFOLLOW), "dir" only when that is a directory (AIX), "never" the link itself */
  followOperand(o: LsOptions): "always" | "dir" | "never";
  /** a file's blocks as the walk sums them for the total: AIX's in the unit -s and the total line
   *  print (512 bytes, 1 KB with -s); 4.4BSD's st_blocks, which the layout turns into BLOCKSIZE's */
  blocks(a: Vattr, o: LsOptions): number;
  /** the operands are sorted with their errors (4.4BSD fts) rather than reported in order first */
  readonly sortsErrors: boolean;
  /**
   * The line(s) before a directory's listing. `title`: AIX names the directory (more than one
   * operand, or a subdirectory with -R); `many`: more than one operand; `printed`: anything was
   * written before; `firstIsADir`: no file operand was listed (AIX leaves out the blank line once).
   */
  heading(name: string, s: { title: boolean; many: boolean; printed: boolean; firstIsADir: boolean }): { text: string; firstIsADir: boolean };
  /** one group, laid out as this system's ls prints it (its total line included) */
  layout(g: LsGroup, o: LsOptions, env: LsEnv): string;
}

// ---------------------------------------------------------------------------------------------
// date

/** what date was asked to do */
export type DateRequest =
  | { kind: "show"; format: string; at: number | null; zone: string | null }
  | { kind: "set"; format: string; to: number; zone: string | null }
  /** bad arguments: catalog messages to print, the exit status */
  | { kind: "error"; messages: { id: string; args: (string | number)[] }[]; status: number };

export interface DateFormat {
  /** the arguments (argv without argv[0]) → what to do (with no +format, the system's standard
   *  form); `now` fills the fields a clock setting leaves out */
  parse(args: readonly string[], now: number, progname: string): DateRequest;
  /** setting the clock is root's (4.4BSD settimeofday: EPERM for anyone else); the lab's AIX date
   *  lets anyone, as it always has */
  readonly setNeedsRoot: boolean;
}

// ---------------------------------------------------------------------------------------------
// echo

export interface EchoFormat {
  /**
   * The bytes echo writes for these words. `builtin`: the shell's own echo (4.4BSD sh's takes -n
   * or -e), otherwise the program file (/bin/echo: -n only).
   */
  render(words: readonly string[], builtin: boolean): Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// device numbers

export interface DevFormat {
  /** the major number of a device number (st_dev, fsid) in this system's encoding */
  major(dev: number): number;
  /** the minor number of a device number */
  minor(dev: number): number;
  /** a device number from its major and minor numbers (st_rdev of a device node) */
  makedev(major: number, minor: number): number;
}

// ---------------------------------------------------------------------------------------------
// the text tools, where a system's program differs from AIX's in more than its words

/**
 * What a system's grep, find, sed, uniq … do differently from AIX's beyond the catalog's texts and
 * beyond what every program may differ in (OsFormats.statusAfter, options, onStdout: read through
 * toolStatus and toolOptstring): where a usage follows a message, how their regexp(5) names a bad
 * expression, find's and tr's argument rules. Absent entries are AIX's.
 */
export interface ToolRules {
  /** whether the program prints its usage after a message, keyed by the message's id, where
   *  the system differs from AIX (Solaris's sed stops after "sed.patfile" without it) */
  readonly usageAfter?: Readonly<Record<string, boolean>>;
  /** how the system's regexp(5) compile() numbers and words a bad expression, for a grep that
   *  prints "grep: RE error 49: [ ] imbalance."; absent: the catalog's text says it alone */
  regexDiagnostic?(problem: RegexProblem): { code: number; text: string };
  /** a find primary whose argument is missing: "empty-word" (AIX find.c reads an empty word; the
   *  fourth such read is find.incomplete) or "required" (Solaris: find.incomplete at once) */
  readonly findArgs?: "empty-word" | "required";
  /** tr's operands: "posix" (AIX: one or two strings in the combinations POSIX allows) or
   *  "sysv" (Solaris's /usr/bin/tr: none to two strings, any options) */
  readonly trOperands?: "posix" | "sysv";
  /** programs whose -f and -i are two switches that do not cancel each other (System V rm.c and
   *  mv.c built without XPG4: `rm -fi` is both silent and interactive); absent: the later wins */
  readonly forceAndAsk?: ReadonlySet<string>;
  /** rm -f says nothing when it cannot unlink a file, unless -i is on too (rm.c without XPG4:
   *  `if (!silent || interactive)`); the file still counts for the status */
  readonly rmQuietUnlink?: boolean;
  /** programs whose -i asks only when standard input is a terminal (mv.c's use_stdin() without
   *  XPG4: isatty(0)); absent: -i always asks */
  readonly askOnTerminal?: ReadonlySet<string>;
  /** what -f does to a program's status: "zero" it exits 0 whatever failed (chmod.c `return
   *  (fflag ? 0 : status)`, errmsg `exit(fflag ? 0 : code)`), "uncounted" a failure it keeps
   *  quiet is not counted (chown.c and chgrp.c Perror() `return (!fflag)`); absent: counted */
  readonly forceStatus?: Readonly<Record<string, "zero" | "uncounted">>;
  /** chown and chgrp name an unknown user or group even with -f (chown.c and chgrp.c print it
   *  and exit 2 before -f matters), and chown looks the group up before the owner */
  readonly ownerNames?: "sysv";
  /** mkdir -p makes the operand in the one walk with its parents (libgen's mkdirp()), so its own
   *  failure is worded as a parent's (mkdir.pcantcreate, the operand named), and an operand that
   *  is a symbolic link is no directory (mkdir.c checks with lstat) */
  readonly mkdirpWhole?: boolean;
  /** tail's arguments: "sysv" is /usr/bin/tail's one word [+|-][number][l|b|c][f|r] and one file
   *  (the Sun tail.c without XPG4: no -n or -c number, more files are not read); absent: AIX's */
  readonly tailSyntax?: "sysv";
  /** sleep's operands are intervals: C99 floating-point numbers (Inf, hex) with an optional d, h,
   *  m or s, summed (Solaris 11's sleep(1)); absent: one whole number of seconds */
  readonly sleepIntervals?: boolean;
  /** sum's algorithms and line (absent: AIX's sum.c) */
  readonly sum?: SumRules;
  /** find as Solaris's find.c on nftw(): -size takes atoll() of its word (bytes when it ends in c,
   *  512-byte blocks otherwise) and refuses nothing; a directory it cannot read is reported
   *  before it is looked at, and looked at with -depth too (FTW_DNR is one call of execute()) */
  readonly findNftw?: boolean;
  /** more reads its options as the Berkeley more's argscan(): every leading word that starts with
   *  - or + is options, a number is the window, letters it does not know are ignored */
  readonly moreArgscan?: boolean;
  /** man as the system's man.c (SunOS's, or 4.4BSD's as BSD/OS has it): its options and
   *  sections; absent: AIX's man */
  readonly man?: ManRules;
}

/** sum as a system's sum.c prints it */
export interface SumRules {
  /** the algorithm with no option ("sysv": the bytes added, folded to 16 bits; "bsd": rotate and
   *  add); -r is always the BSD one */
  readonly default: "sysv" | "bsd";
  /** one line: the algorithm, the checksum, the size in bytes, the name (null: standard input) */
  line(alg: "sysv" | "bsd", sum: number, bytes: number, name: string | null): string;
}

/** man's sections and options: SunOS man.c, or 4.4BSD's (BSD/OS) man.c */
export interface ManRules {
  /** whose man.c: "sunos" (the default) or "bsd" (getopt "aC:cfhkM:m:P:s:w", a digit operand as
   *  the section, -w and -h) */
  readonly style?: "sunos" | "bsd";
  /** the section (lower case, as man.c compares them) a command's page is in */
  section(path: string | undefined): string;
  /** bsd: the sections man.conf names (`man 8 x`, `-s 3f`) */
  readonly sections?: readonly string[];
  /** bsd: where a page's preformatted file is (`man -w`) */
  pagePath?(name: string, section: string): string;
  /** the pager when $PAGER is not set (SunOS man.c MORE "more -s"; 4.4BSD _PATH_PAGER) */
  readonly pager?: string;
  /** sunos: the manual's directory (-M must name it for a page to be found; -l prints it) */
  readonly mandir?: string;
}

/** every per-OS format a personality carries */
export interface OsFormats {
  readonly ls: LsFormat;
  readonly date: DateFormat;
  readonly echo: EchoFormat;
  readonly dev: DevFormat;
  /** kill(-1, sig) leaves the sender alone (4.4BSD killpg1 skips `p == cp`); AIX and Solaris
   *  signal every process but the system's, the sender too */
  readonly killAllSparesCaller?: boolean;
  /** the name a libc message calls the program by: argv[0] as typed (AIX) or its last component
   *  (4.4BSD's __progname) */
  progname(argv0: string): string;
  /** the status a program exits with where the lab's common code says AIX's: AIX's rmdir, mkdir,
   *  rm, cat … exit 2 on an error, 4.4BSD's `exit(1)` (their `rval = 1`). Keyed by program;
   *  absent: the status as it is */
  readonly exitStatus?: Readonly<Record<string, (status: number) => number>>;
  /** the status a program exits with right after the catalog message `id` where this system's
   *  differs from the status the common code returns (AIX's): Solaris chown's usage exits 2, AIX's
   *  4. Also keyed by a named situation "program.situation" (find.failed). Absent: the common
   *  code's status */
  readonly statusAfter?: Readonly<Record<string, number>>;
  /** catalog messages this system writes on standard output rather than standard error (Solaris
   *  rm's override question and head's usage are printf'd) */
  readonly onStdout?: ReadonlySet<string>;
  /** the option letters (getopt's string) of a program where this system's differ from the common
   *  code's: Solaris rm has no -e, head no -c, ln takes -n. Absent: the common code's letters */
  readonly options?: Readonly<Record<string, string>>;
  /** du reports a file it cannot read only with -r, and then exits 1; without -r it says nothing
   *  and exits 0 (Solaris /usr/bin/du, not the XPG4 one). Absent: du always reports (AIX, 4.4BSD) */
  readonly duQuietWithoutR?: boolean;
  /** du's number for a count of 512-byte blocks, given the unit its flags chose ("" none, k, m,
   *  g, h) and the BLOCKSIZE variable: Solaris's du.c (kb() and mb() shift, -h scales), 4.4BSD's
   *  getbsize(). Absent: AIX's (du.ts) */
  readonly duSize?: (blocks: number, unit: DuUnit, BLOCKSIZE: string | undefined) => string;
  /** the text tools' differences from AIX beyond their texts; absent: AIX's behaviour */
  readonly tools?: ToolRules;
  /** how man lays a page out (engine/userland/common/manlayout.ts); absent: the page as written
   *  (the lab's pages are written in AIX's layout) */
  readonly manLayout?: ManLayout;
}

/** a man page's sections, each a heading and its lines (indents relative to the body's) */
export interface ManSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** a page of the manual that is not a command's (Solaris lofs(7FS), vfstab(4)): written in the
 *  system's own headings, bodies unindented */
export interface ManEntry {
  readonly name: string;
  /** as the page's title shows it: "7FS", "4" */
  readonly section: string;
  /** NAME's words after "name - " */
  readonly purpose: string;
  readonly sections: readonly ManSection[];
}

/**
 * A system's man page layout: nroff's page for its macros (Solaris's tmac.an, 4.4BSD's mdoc) as
 * the user sees it through the pager (runs of empty lines squeezed to one, as more -s does).
 */
export interface ManLayout {
  /** the line and title length (.ll, .lt) in columns */
  readonly width: number;
  /** the body's indent under a section heading */
  readonly indent: number;
  /** "both": filled lines are justified (nroff's .ad b); "left": ragged right */
  readonly adjust: "both" | "left";
  /** the lab's (AIX) headings → this system's; a heading mapped to one already printed is added
   *  to its body; absent: the heading in capitals */
  readonly headings: Readonly<Record<string, string>>;
  /** words put before the body of an AIX section where it is added to another (BSD's
   *  "The options are as follows:") */
  readonly leads?: Readonly<Record<string, string>>;
  /** the AIX sections set as written (.nf: examples); the others are filled, their columns
   *  (flags, exit values, messages) set as tagged paragraphs */
  readonly literal: ReadonlySet<string>;
  /** where a synopsis too wide goes on: columns past the body's indent, or "name": after the
   *  command's name and a space (mdoc's .Nm in SYNOPSIS) */
  readonly synopsisHang: number | "name";
  /** the section of a command's page as its title shows it ("1M", "8") */
  section(path: string | undefined): string;
  /** the title line's left, centre and right words */
  header(name: string, section: string): readonly [string, string, string];
  /** the foot line's left and centre words (the page number is on the right) */
  readonly footer: readonly [string, string];
  /** a page's own date where it is not the footer's (its .Dd or .TH date), by page name */
  readonly dates?: Readonly<Record<string, string>>;
  /** a page's NAME line where the system's page has its own (`mount, umount - mount or unmount
   *  file systems and remote resources`); absent: the name and the lab's Purpose */
  readonly names?: Readonly<Record<string, string>>;
  /** names that are links to another command's page (the Makefile's MLINKS): `man mount_null`
   *  shows mount_loopback's page, its title and NAME included */
  readonly links?: Readonly<Record<string, string>>;
  /** empty lines before the title line, after it, before the foot line and after it */
  readonly margins: readonly [number, number, number, number];
  /** lines of text on a page (nroff's footer trap); 0: one page as long as the text */
  readonly pageLines: number;
  /** the pages that are not commands' */
  readonly pages: readonly ManEntry[];
}

/** the status `def` ended with, as the system's own program would exit */
export function osStatus(formats: OsFormats, name: string, status: number): number {
  const f = formats.exitStatus?.[name];
  return f ? f(status) : status;
}

/** the status a program exits with in a situation (key "program.situation"): the system's, or
 *  the status the command has for AIX */
export function toolStatus(formats: OsFormats, key: string, aix: number): number {
  return formats.statusAfter?.[key] ?? aix;
}

/** the option letters a program's getopt takes on this system */
export function toolOptstring(formats: OsFormats, program: string, aix: string): string {
  return formats.options?.[program] ?? aix;
}

/** does the program print its usage after this message on this system? */
export function toolUsageAfter(formats: OsFormats, id: string, aix: boolean): boolean {
  return formats.tools?.usageAfter?.[id] ?? aix;
}

/** the unit du's flags chose: 512-byte blocks (""), -k, -m, -g, or -h (human-readable) */
export type DuUnit = "" | "k" | "m" | "g" | "h";
