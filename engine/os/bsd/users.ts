// The accounts of a fresh BSD/OS install: /etc/passwd (the v7 form pwd_mkdb writes for
// programs), /etc/master.passwd (the 10-field form, root only) and /etc/group. Names, ids and
// home directories follow BSD/OS's etc/master.passwd and etc/group (BSD/OS 2.0 sources). One
// departure, recorded in docs/fidelity/bsd.md: root's shell is /bin/sh (BSD/OS gives root
// /bin/csh), the Bourne shell the lab's scenarios and scripts use (DECISIONS.md BSD 7).
const USERS: [name: string, uid: number, gid: number, gecos: string, home: string, shell: string][] = [
  ["root", 0, 0, "System Administrator", "/root", "/bin/sh"],
  ["daemon", 1, 1, "System Daemon", "/", "/dev/null"],
  ["sys", 2, 2, "Operating System", "/tmp", "/dev/null"],
  ["bin", 3, 7, "BSDI Software", "/usr/bsdi", "/dev/null"],
  ["operator", 5, 5, "System Operator", "/usr/opr", "/dev/null"],
  ["uucp", 6, 6, "UNIX-to-UNIX Copy", "/var/spool/uucppublic", "/usr/libexec/uucico"],
  ["games", 7, 13, "Games Pseudo-user", "/usr/games", "/dev/null"],
  ["news", 9, 8, "USENET News,,,", "/var/news/etc", "/dev/null"],
  ["demo", 10, 13, "Demo User", "/usr/demo", "/dev/null"],
  ["www", 51, 84, "WWW-server", "/var/www", "/dev/null"],
  ["nobody", 32767, 32766, "Unprivileged user", "/nonexistent", "/dev/null"],
];

export const ETC_PASSWD = USERS.map(([n, u, g, gecos, home, sh]) => `${n}:*:${u}:${g}:${gecos}:${home}:${sh}\n`).join("");

export const ETC_MASTER_PASSWD = USERS.map(([n, u, g, gecos, home, sh]) => `${n}:${n === "root" ? "" : "*"}:${u}:${g}::0:0:${gecos}:${home}:${sh}\n`).join("");

export const ETC_GROUP = `wheel:*:0:root
daemon:*:1:daemon
kmem:*:2:root
sys:*:3:root
tty:*:4:root
operator:*:5:root
uucp:*:6:
bin:*:7:
news:*:8:
utmp:*:12:
games:*:13:
mail:*:14:
staff:*:20:root
bsdi:*:30:
www:*:84:
user:*:100:
dialer:*:117:
netdial:*:118:
nogroup:*:32766:
`;
