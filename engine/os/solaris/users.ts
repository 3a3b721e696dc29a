// The accounts of a fresh Solaris 11.1 install: /etc/passwd, /etc/shadow (root only) and
// /etc/group, after the files the SUNWcs package delivers. Root's shell is /usr/bin/bash and its
// home /root, as Solaris 11 installs them (DECISIONS.md Solaris 8; docs/fidelity/solaris.md).
const USERS: [name: string, uid: number, gid: number, gecos: string, home: string, shell: string][] = [
  ["root", 0, 0, "Super-User", "/root", "/usr/bin/bash"],
  ["daemon", 1, 1, "", "/", ""],
  ["bin", 2, 2, "", "/usr/bin", ""],
  ["sys", 3, 3, "", "/", ""],
  ["adm", 4, 4, "Admin", "/var/adm", ""],
  ["lp", 71, 8, "Line Printer Admin", "/", ""],
  ["uucp", 5, 5, "uucp Admin", "/usr/lib/uucp", ""],
  ["nuucp", 9, 9, "uucp Admin", "/var/spool/uucppublic", "/usr/lib/uucp/uucico"],
  ["dladm", 15, 65, "Datalink Admin", "/", ""],
  ["netadm", 16, 65, "Network Admin", "/", ""],
  ["netcfg", 17, 65, "Network Configuration Admin", "/", ""],
  ["smmsp", 25, 25, "SendMail Message Submission Program", "/", ""],
  ["listen", 37, 4, "Network Admin", "/usr/net/nls", ""],
  ["gdm", 50, 50, "GDM Reserved UID", "/var/lib/gdm", ""],
  ["zfssnap", 51, 12, "ZFS Automatic Snapshots Reserved UID", "/", "/usr/bin/pfsh"],
  ["upnp", 52, 52, "UPnP Server Reserved UID", "/var/coherence", "/bin/ksh"],
  ["xvm", 60, 60, "xVM User", "/", ""],
  ["mysql", 70, 70, "MySQL Reserved UID", "/", ""],
  ["openldap", 75, 75, "OpenLDAP User", "/", ""],
  ["webservd", 80, 80, "WebServer Reserved UID", "/", ""],
  ["postgres", 90, 90, "PostgreSQL Reserved UID", "/", "/usr/bin/pfksh"],
  ["svctag", 95, 12, "Service Tag UID", "/", ""],
  ["unknown", 96, 96, "Unknown Remote UID", "/", ""],
  ["pkg5srv", 97, 97, "pkg(5) server UID", "/", ""],
  ["nobody", 60001, 60001, "NFS Anonymous Access User", "/", ""],
  ["noaccess", 60002, 65534, "No Access User", "/", ""],
  ["nobody4", 65534, 65534, "SunOS 4.x NFS Anonymous Access User", "/", ""],
];

export const ETC_PASSWD = USERS.map(([n, u, g, gecos, home, sh]) => `${n}:x:${u}:${g}:${gecos}:${home}:${sh}\n`).join("");

/** root's password is set at install; every system account is locked (*LK*) or has no login (NP) */
export const ETC_SHADOW = USERS.map(([n]) => `${n}:${n === "root" ? "$5$rounds=5000$lab$lab" : n === "nobody" || n === "noaccess" || n === "nobody4" ? "*LK*" : "NP"}:::::::\n`).join("");

export const ETC_GROUP = `root::0:
other::1:root
bin::2:root,daemon
sys::3:root,bin,adm
adm::4:root,daemon
uucp::5:root
mail::6:root
tty::7:root,adm
lp::8:root,adm
nuucp::9:root
staff::10:
daemon::12:root
sysadmin::14:
games::20:
smmsp::25:
gdm::50:
upnp::52:
xvm::60:
netadm::65:
mysql::70:
openldap::75:
webservd::80:
postgres::90:
slocate::95:
unknown::96:
pkg5srv::97:
nobody::60001:
noaccess::60002:
nogroup::65534:
`;
