// The accounts of a fresh BSD/OS 4.x install: /etc/passwd (the v7 form pwd_mkdb writes for
// programs), /etc/master.passwd (the 10-field form, root only) and /etc/group, after BSD/OS's
// etc/master.passwd and etc/group (BSD/OS source). One departure, recorded in
// docs/fidelity/bsd.md: root's shell is /bin/sh (BSD/OS gives root /bin/csh), the Bourne shell
// the lab's scenarios and scripts use (DECISIONS.md BSD 7).
const NOLOGIN = "/sbin/nologin";
const USERS: [name: string, uid: number, gid: number, cls: string, gecos: string, home: string, shell: string][] = [
  ["root", 0, 0, "daemon", "System Administrator", "/root", "/bin/sh"],
  ["daemon", 1, 1, "", "System Daemon", "/", NOLOGIN],
  ["sys", 2, 2, "", "Operating System", "/tmp", NOLOGIN],
  ["bin", 3, 7, "", "BSDI Software", "/usr/bsdi", NOLOGIN],
  ["operator", 5, 5, "", "System Operator", "/usr/opr", NOLOGIN],
  ["uucp", 6, 6, "", "UNIX-to-UNIX Copy", "/var/spool/uucppublic", "/usr/libexec/uucico"],
  ["games", 7, 13, "", "Games Pseudo-user", "/usr/games", NOLOGIN],
  ["news", 9, 8, "news", "USENET News,,,", "/var/news/etc", NOLOGIN],
  ["demo", 10, 13, "", "Demo User", "/usr/demo", NOLOGIN],
  ["lpd", 11, 11, "daemon", "LPRng", "/etc/lpdhome", NOLOGIN],
  ["smmsp", 25, 25, "", "Sendmail", "/var/spool/clientmqueue", NOLOGIN],
  ["sshd", 27, 27, "", "sshd privsep", "/var/empty", NOLOGIN],
  ["www", 51, 84, "", "WWW-server", "/var/www", NOLOGIN],
  ["radius", 52, 52, "", "Radius Server", "/etc/raddb", NOLOGIN],
  ["postgres", 53, 53, "", "PostgreSQL,,,", "/usr/contrib/pgsql", "/bin/sh"],
  ["nobody", 32767, 32766, "", "Unprivileged user", "/nonexistent", NOLOGIN],
  ["nonroot", 65534, 32766, "", "Non-root root user for NFS", "/nonexistent", NOLOGIN],
];

export const ETC_PASSWD = USERS.map(([n, u, g, , gecos, home, sh]) => `${n}:*:${u}:${g}:${gecos}:${home}:${sh}\n`).join("");

export const ETC_MASTER_PASSWD = USERS.map(([n, u, g, cls, gecos, home, sh]) => `${n}:${n === "root" ? "" : "*"}:${u}:${g}:${cls}:0:0:${gecos}:${home}:${sh}\n`).join("");

export const ETC_GROUP = `wheel:*:0:root
daemon:*:1:daemon
kmem:*:2:root
sys:*:3:root
tty:*:4:root
operator:*:5:root
uucp:*:6:
bin:*:7:
news:*:8:
lpd:*:11:
utmp:*:12:
games:*:13:
mail:*:14:
staff:*:20:root
smmsp:*:25:
sshd:*:27:
bsdi:*:30:
radius:*:52:
postgres:*:53:
www:*:84:
maxim:*:85:
user:*:100:
dialer:*:117:
netdial:*:118:
nogroup:*:32766:
`;
