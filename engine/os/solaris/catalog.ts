// Messages of the Solaris machine's own commands (ps, id, uname): id → printf-style template.
// Each row, with its source and status, is in docs/fidelity/solaris.md ("The machine").
export const solarisCatalog: Readonly<Record<string, string>> = {
  // illumos usr/src/cmd/ps/ps.c usage() as OpenSolaris had it (the base of 11.1)
  "ps.sol.usage":
    "usage: ps [ -aAdefHlcjLPyZ ] [ -o format ] [ -t termlist ]\n\t[ -u userlist ] [ -U userlist ] [ -G grouplist ]\n\t[ -p proclist ] [ -g pgrplist ] [ -s sidlist ] [ -z zonelist ] [-h lgrplist]\n  'format' is one or more of:\n\tuser ruser group rgroup uid ruid gid rgid pid ppid pgid sid taskid ctid\n\tpri opri pcpu pmem vsz rss osz nice class time etime stime zone zoneid\n\tf s c lwp nlwp psr tty addr wchan fname comm args projid project pset lgrp",
  "ps.sol.badpid": "ps: %s is an invalid non-numeric argument for -p option",
  // illumos usr/src/cmd/uname/uname.c
  "uname.sol.usage": "usage:\tuname [-snrvmapiX]\n\tuname [-S system_name]",
  "uname.sol.toolong": "uname: name must be <= %d letters",
  "uname.sol.setfail": "uname: error in setting name: %s",
  // illumos usr/src/cmd/id/id.c
  "id.sol.usage": "Usage: id [-ap] [user]\n       id -G [-n] [user]\n       id -g [-nr] [user]\n       id -u [-nr] [user]",
  "id.sol.nouser": 'id: invalid user name: "%s"',
};
