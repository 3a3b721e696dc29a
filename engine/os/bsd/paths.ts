// Where BSD/OS keeps the common commands (4.4BSD's layout: what single-user mode needs in /bin
// and /sbin, the rest in /usr/bin and /usr/sbin), and which of the lab's common commands BSD/OS
// does not have at all. The command files stay one per command; only their place differs.

/** command name → its path on BSD/OS; null: a built-in of sh with no file */
export const BSD_PATHS: Readonly<Record<string, string | null>> = {
  cat: "/bin/cat", chmod: "/bin/chmod", cp: "/bin/cp", dd: "/bin/dd", echo: "/bin/echo", hostname: "/bin/hostname",
  kill: "/bin/kill", ln: "/bin/ln", ls: "/bin/ls", mkdir: "/bin/mkdir", mv: "/bin/mv", pwd: "/bin/pwd", rm: "/bin/rm",
  rmdir: "/bin/rmdir", sh: "/bin/sh", sleep: "/bin/sleep", test: "/bin/test",
  clear: "/usr/bin/clear", env: "/usr/bin/env", false: "/usr/bin/false", grep: "/usr/bin/grep", head: "/usr/bin/head",
  man: "/usr/bin/man", od: "/usr/bin/od", tail: "/usr/bin/tail", touch: "/usr/bin/touch", true: "/usr/bin/true",
  uname: "/usr/bin/uname", wc: "/usr/bin/wc", yes: "/usr/bin/yes", tee: "/usr/bin/tee", printf: "/usr/bin/printf",
  nohup: "/usr/bin/nohup", sed: "/usr/bin/sed", find: "/usr/bin/find", du: "/usr/bin/du", file: "/usr/bin/file",
  chgrp: "/usr/bin/chgrp", awk: "/usr/bin/awk", cksum: "/usr/bin/cksum", cut: "/usr/bin/cut", more: "/usr/bin/more",
  sort: "/usr/bin/sort", sum: "/usr/bin/sum", tr: "/usr/bin/tr", uniq: "/usr/bin/uniq", which: "/usr/bin/which",
  xargs: "/usr/bin/xargs", chown: "/usr/sbin/chown",
  // job control is sh's alone on BSD (AIX also has files for them)
  jobs: null, fg: null, bg: null, wait: null,
};

/** ksh itself, ksh88's own commands and System V's pg: BSD/OS's bin/Makefile builds no ksh, its sh and
 *  /usr/bin have none of them */
export const BSD_ABSENT: ReadonlySet<string> = new Set(["print", "typeset", "whence", "pg", "ksh"]);
