// What Solaris's ls -v and -V print for a file whose ACL is only its mode bits (the lab's files
// have no other ACL). libsec's acl_printacl: on zfs the ACL is NFSv4 style (ace_t), and Solaris 11's
// trivial one is three allow entries derived from the mode — owner@, group@, everyone@ — (no deny
// entries, as Solaris 10 had); -v prints acl_totext's entries as "     N:" and split_line() folds
// each at the width ls believes, -V prints them compact ("    %14s:" the who, the 14 permission
// letters rwxpdDaARWcCos, the 7 inheritance letters fdinSFI, allow). On tmpfs, ufs and hsfs the
// ACL is a POSIX-draft one (aclent_t): user::, group:: with its #effective, mask:, other:; -V
// prints that the same way (aclent_printacl has no compact form).

/** the ace_t permission bits a trivial ACL grants, in ace_perm_table's order */
interface Perms {
  read: boolean;
  write: boolean;
  exec: boolean;
  /** owner@ also gets write_xattr, write_attributes, write_acl and write_owner */
  owner: boolean;
}

function permsOf(bits: number, owner: boolean): Perms {
  return { read: (bits & 4) !== 0, write: (bits & 2) !== 0, exec: (bits & 1) !== 0, owner };
}

/** ace_perm_txt in ACL_COMPACT_FMT: one letter or - per permission */
function compactPerms(p: Perms): string {
  const on: [boolean, string][] = [
    [p.read, "r"], [p.write, "w"], [p.exec, "x"], [p.write, "p"], [false, "d"], [false, "D"],
    [true, "a"], [p.owner, "A"], [true, "R"], [p.owner, "W"], [true, "c"], [p.owner, "C"], [p.owner, "o"], [true, "s"],
  ];
  return on.map(([set, c]) => (set ? c : "-")).join("");
}

/** ace_perm_txt's verbose words (a directory's data permissions have their directory names) */
function verbosePerms(p: Perms, dir: boolean): string {
  const words: string[] = [];
  if (p.read) words.push(dir ? "list_directory/read_data" : "read_data");
  if (p.write) words.push(dir ? "add_file/write_data" : "write_data");
  if (p.write) words.push(dir ? "add_subdirectory/append_data" : "append_data");
  words.push("read_xattr");
  if (p.owner) words.push("write_xattr");
  if (p.exec) words.push("execute");
  words.push("read_attributes");
  if (p.owner) words.push("write_attributes");
  words.push("read_acl");
  if (p.owner) words.push("write_acl", "write_owner");
  words.push("synchronize");
  return words.join("/");
}

/** libsec split_line(): print a long entry in pieces cut at its last / or : before the width */
function splitLine(str: string, cols: number): string {
  let out = "";
  let ptr = str;
  let len = ptr.length;
  let pad = "";
  let padLen = 0;
  let lastSplit = 0;
  let i = 0;
  for (i = 0; i !== len; i++) {
    if (i + padLen + 4 >= cols) {
      out += pad + ptr.slice(0, lastSplit) + "\n";
      ptr = ptr.slice(lastSplit);
      len = ptr.length;
      i = 0;
      padLen = 4;
      pad = "         ";
    } else if (ptr[i] === "/" || ptr[i] === ":") {
      lastSplit = i;
    }
  }
  if (i === len) out += pad + ptr + "\n";
  return out;
}

const WHO = ["owner@", "group@", "everyone@"] as const;

/** acl_printacl for the trivial ACL of a file with this mode on this file system */
export function trivialAcl(mode: number, dir: boolean, fstype: string | undefined, compact: boolean, cols: number): string {
  const bits = [(mode >> 6) & 7, (mode >> 3) & 7, mode & 7];
  if (fstype !== "zfs") {
    const rwx = (b: number) => `${b & 4 ? "r" : "-"}${b & 2 ? "w" : "-"}${b & 1 ? "x" : "-"}`;
    const [u, g, o] = bits.map(rwx);
    return `     0:user::${u}\n     1:group::${g}\t\t#effective:${g}\n     2:mask:${g}\n     3:other:${o}\n`;
  }
  let out = "";
  WHO.forEach((who, k) => {
    const p = permsOf(bits[k]!, k === 0);
    if (compact) out += `    ${who.padStart(14)}:${compactPerms(p)}:-------:allow\n`;
    else out += `     ${k}:` + splitLine(`${who}:${verbosePerms(p, dir)}:allow`, cols - 5);
  });
  return out;
}
