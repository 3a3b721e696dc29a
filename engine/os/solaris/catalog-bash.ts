// Messages of bash 4.1's own built-ins that the common commands do not have (jobs' usage, type,
// shopt, declare): id → printf-style template, written with the shell's name first as the shell
// prints them interactively (speak.ts names the script and the line otherwise). Each row, with its
// source and status, is in docs/fidelity/solaris.md ("The shells").
export const solarisBashCatalog: Readonly<Record<string, string>> = {
  // builtins/jobs.def: the short_doc after builtin_usage's "jobs: usage: "
  "sh.job.usage": "jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]",
  // jobs.c start_job: bg of a job that runs
  "sh.job.already": "bash: %s already in background",
  // builtins/type.def describe_command
  "type.alias": "%s is aliased to `%s'",
  "type.keyword": "%s is a shell keyword",
  "type.function": "%s is a function",
  "type.builtin": "%s is a shell builtin",
  "type.file": "%s is %s",
  "type.hashed": "%s is hashed (%s)",
  "type.notfound": "bash: type: %s: not found",
  "type.usage": "type: usage: type [-afptP] name [name ...]",
  // builtins/shopt.def
  "shopt.badname": "bash: shopt: %s: invalid shell option name",
  "shopt.both": "bash: shopt: cannot set and unset shell options simultaneously",
  "shopt.usage": "shopt: usage: shopt [-pqsu] [-o] [optname ...]",
  // builtins/declare.def
  "local.notinfn": "bash: local: can only be used in a function",
  "declare.notfound": "bash: %s: %s: not found",
  "declare.usage": "declare: usage: declare [-aAfFilrtux] [-p] [name[=value] ...]",
  "local.usage": "local: usage: local [option] name[=value] ...",
  // builtins/printf.def -v: internal_getopt's sh_needarg, then builtin_usage; sh_invalidid
  "printf.needarg": "bash: printf: -v: option requires an argument",
  "printf.badid": "bash: printf: `%s': not a valid identifier",
  // builtins/ulimit.def: builtin_usage's short_doc, sh_invalidnum, set_limit's failure
  "ulimit.usage": "ulimit: usage: ulimit [-SHacdefilmnpqrstuvx] [limit]",
  "ulimit.badnum": "bash: ulimit: %s: invalid number",
  "ulimit.cannot": "bash: ulimit: %s: cannot modify limit: %s",
  // builtins/umask.def: short_doc, sh_erange, parse_symbolic_mode
  "umask.usage": "umask: usage: umask [-p] [-S] [mode]",
  "umask.range": "bash: umask: %s: octal number out of range",
  "umask.badop": "bash: umask: `%s': invalid symbolic mode operator",
  "umask.badchar": "bash: umask: `%s': invalid symbolic mode character",
  // builtins/source.def: `.` or source without a file: builtin_usage after the message
  "sh.dotusage": "%1$s: usage: %1$s filename [arguments]",
  // source.def: not in PATH, the name is opened as it is (source_searches_cwd); _evalfile's error
  "sh.dotnofile": "bash: %s: No such file or directory",
  // builtins/hash.def
  "hash.empty": "hash: hash table empty",
  "hash.notfound": "bash: hash: %s: not found",
  "hash.usage": "hash: usage: hash [-lr] [-p pathname] [-dt] [name ...]",
  "hash.needarg": "bash: hash: -%s: option requires an argument",
  // shell.c/version.c show_shell_version(1): the version (dist.patch(build)-release) and
  // MACHTYPE, bash_copyright, bash_license (which ends in its own newline), two more lines
  "bash.version":
    "GNU bash, version %s (%s)\nCopyright (C) 2009 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\nThis is free software; you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.",
};
