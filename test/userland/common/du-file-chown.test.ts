// du, file, chown and chgrp as AIX's (AIX 4.1.3 du.c, file.c, chown.c, chgrp.c and their
// catalogs; the AIX 7.2 flags): allocated blocks of sparse files, the file types, owner changes.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../../engine/session.js";

const t = suite("du, file, chown, chgrp");

function lab(): Session {
  const s = createSession({ samples: true, setup: { dirs: ["/w/t/a/b", "/w/t/c"] } });
  runLine(s, "cd /w; echo hi > t/a/x; dd if=/dev/zero of=t/a/b/big bs=1024 count=100 2>/dev/null; ln t/a/x t/c/hard");
  return s;
}
const out = (s: Session, line: string) => runLine(s, line);

t("du: directories after their contents, -a, -s, -k, -m, -g, a hard link once", () => {
  const s = lab();
  assert.equal(out(s, "du t"), { output: "208\tt/a/b\n224\tt/a\n8\tt/c\n240\tt\n", status: 0 });
  assert.is(out(s, "du -a t").output, "200\tt/a/b/big\n208\tt/a/b\n8\tt/a/x\n224\tt/a\n8\tt/c\n240\tt\n");
  assert.is(out(s, "du -s t t/a/x").output, "240\tt\n8\tt/a/x\n");
  assert.is(out(s, "du -sk t").output, "120\tt\n");
  assert.is(out(s, "du -sm t").output, "0.12\tt\n");
  assert.is(out(s, "du -sg t").output, "0.00\tt\n");
  // -l shares a linked file's blocks between its links
  assert.is(out(s, "du -l t/c").output, "12\tt/c\n");
});

t("du counts the blocks a sparse image has allocated, not its size", () => {
  const s = lab();
  assert.is(out(s, "ls -l /images/disk.img").output.split(/\s+/)[4], "67108864");
  assert.is(out(s, "du -s /images/disk.img").output, "0\t/images/disk.img\n");
  runLine(s, "dd if=/dev/zero of=/images/disk.img bs=4096 count=2 conv=notrunc 2>/dev/null");
  assert.is(out(s, "du -s /images/disk.img").output, "16\t/images/disk.img\n");
  // the directory's own block counts too
  assert.is(out(s, "du -sk /images").output, "12\t/images\n");
});

t("ls -l: total is the 512-byte blocks the listed files have allocated, as du counts them", () => {
  const s = lab();
  // b's own block and x's (what is in b is not b's)
  assert.is(out(s, "ls -l t/a").output.split("\n")[0], "total 16");
  assert.is(out(s, "ls -la t/a").output.split("\n")[0], "total 32");
  assert.is(out(s, "ls -l t/a/b").output.split("\n")[0], "total 200");
  assert.is(out(s, "du -a t/a/b").output, "200\tt/a/b/big\n208\tt/a/b\n");
  assert.is(out(s, "ls -l /images").output.split("\n")[0], "total 0");
  assert.is(out(s, "ls -l t/a/x t/c/hard").output.startsWith("-rw"), true);
});

t("du: missing files, bad flags, -a with -s", () => {
  const s = lab();
  const usage = "Usage: du [-a | -s] [-k] [-m] [-g] [-l] [-r] [-x] [-H | -L] [File...]\n";
  assert.equal(out(s, "du /nosuch t/c"), { output: "du: /nosuch: A file or directory in the path name does not exist.\n16\tt/c\n", status: 2 });
  assert.equal(out(s, "du -as t"), { output: usage, status: 2 });
  assert.equal(out(s, "du -z t"), { output: "du: Not a recognized flag: z\n" + usage, status: 2 });
});

t("du -x stays on the file system it starts on", () => {
  const s = createSession({ samples: false });
  const all = out(s, "du /").output;
  assert.match(all, /\n\d+\t\/\/proc\n/);
  assert.not.match(out(s, "du -x /").output, /\/\/proc\n/);
});

t("file: the types AIX names, a tab or two after the colon", () => {
  const s = lab();
  runLine(s, "printf '#!/usr/bin/ksh\\necho hi\\n' > s.sh; chmod +x s.sh; printf 'ls\\n' > cmds; chmod +x cmds; touch empty");
  runLine(s, "printf '#include <stdio.h>\\nint main() { return 0; }\\n' > x.c; ln -s /w/t/a/x lnk; mkfifo p 2>/dev/null");
  assert.equal(out(s, "file t t/a/x empty s.sh cmds x.c"), {
    output: "t:\t\tdirectory\nt/a/x:\t\tascii text\nempty:\t\tempty\ns.sh:\t\tshell script  - ksh (Korn shell)\ncmds:\t\tcommands text\nx.c:\t\tC program text\n",
    status: 0,
  });
  assert.is(out(s, "file lnk /bin").output, "lnk:\t\tascii text\n/bin:\t\tdirectory\n");
  assert.is(out(s, "file -h lnk /bin").output, "lnk:\t\tsymbolic link to /w/t/a/x.\n/bin:\t\tsymbolic link to /usr/bin.\n");
  assert.is(out(s, "file /dev/hd4 /dev/null").output, "/dev/hd4:\tblock special (10/4)\n/dev/null:\tcharacter special (2/2)\n");
  assert.is(out(s, "file /usr/sbin/loopmount").output, "/usr/sbin/loopmount:\texecutable (RISC System/6000) or object module not stripped\n");
  assert.equal(out(s, "file /nosuch"), { output: "/nosuch:\t0653-901 Cannot get file status.\n", status: 0 });
  runLine(s, "printf 'caf\\351\\n' > latin");
  assert.is(out(s, "file latin").output, "latin:\t\tdata or International Language text\n");
});

t("file: an image whose first kilobyte is zeros passes AIX's English-text test", () => {
  const s = lab();
  assert.is(out(s, "file /backup/cd_image /images/disk.img").output, "/backup/cd_image:\tEnglish text\n/images/disk.img:\tEnglish text\n");
});

t("file: -f lists, -i, usage", () => {
  const s = lab();
  runLine(s, "printf 't\\nt/a/x\\n' > list");
  assert.is(out(s, "file -f list").output, "t:\t\tdirectory\nt/a/x:\t\tascii text\n");
  assert.is(out(s, "file -i t/a/x").output, "t/a/x:\t\tregular file\n");
  const usage = "Usage: file [-c] [-m MagicFile] [-f ListFile] [File...]\n";
  assert.equal(out(s, "file"), { output: usage, status: 2 });
  assert.equal(out(s, "file -f /nosuch"), { output: "file: 0653-900 Cannot open /nosuch.\n", status: 2 });
  assert.equal(out(s, "file -m /nosuch x"), { output: "file: 0653-905 Cannot open the magic file /nosuch.\n", status: 2 });
});

t("chown: names and numbers, user:group, user.group, -R, -h, -f; messages and status 4", () => {
  const s = lab();
  const owner = (p: string) => out(s, `ls -ld ${p}`).output.split(/\s+/).slice(2, 4).join(" ");
  assert.equal(out(s, "chown guest t/a/x"), { output: "", status: 0 });
  assert.is(owner("t/a/x"), "guest system");
  runLine(s, "chown guest:staff t/a/x");
  assert.is(owner("t/a/x"), "guest staff");
  runLine(s, "chown 205:7 t/a/x");
  assert.is(owner("t/a/x"), "205 security");
  runLine(s, "chown root.system t/a/x");
  assert.is(owner("t/a/x"), "root system");
  runLine(s, "chown -R guest:usr t");
  assert.is(owner("t/a/b/big"), "guest usr");
  runLine(s, "ln -s /w/t/a/x t/lnk; chown -h bin t/lnk");
  assert.is(owner("t/lnk"), "bin system");
  assert.is(owner("t/a/x"), "guest usr");
  assert.equal(out(s, "chown nosuchuser t"), { output: "chown: 3002-131 nosuchuser is an unknown username.\n", status: 4 });
  assert.equal(out(s, "chown -f nosuchuser t"), { output: "", status: 4 });
  assert.equal(out(s, "chown guest:nosuch t"), { output: "chown: 3002-132 nosuch is an unknown groupname.\n", status: 4 });
  const usage = "Usage: chown -fhR {username|uid}[:{groupname|gid}] file ...\n";
  assert.equal(out(s, "chown guest: t"), { output: usage, status: 4 });
  assert.equal(out(s, "chown guest"), { output: usage, status: 4 });
  assert.equal(out(s, "chown -x guest t"), { output: "chown: Not a recognized flag: x\n" + usage, status: 4 });
  assert.equal(out(s, "chown guest /nosuch t /none"), {
    output: "chown: /nosuch: A file or directory in the path name does not exist.\nchown: /none: A file or directory in the path name does not exist.\n",
    status: 2,
  });
});

t("chgrp: a group by name or number, -R; messages and status 4", () => {
  const s = lab();
  const group = (p: string) => out(s, `ls -ld ${p}`).output.split(/\s+/)[3];
  assert.equal(out(s, "chgrp staff t/a/x"), { output: "", status: 0 });
  assert.is(group("t/a/x"), "staff");
  runLine(s, "chgrp -R 100 t");
  assert.is(group("t/a/b/big"), "usr");
  assert.equal(out(s, "chgrp nosuch t"), {
    output: "0481-002 chgrp: nosuch is not a recognized group.\n\tCheck the /etc/group file for all known groups.\n",
    status: 4,
  });
  assert.equal(out(s, "chgrp staff"), { output: "chgrp: Usage: chgrp [-fhR] {GroupName | GroupID} File ...\n", status: 4 });
  assert.equal(out(s, "chgrp staff /nosuch"), { output: "chgrp: /nosuch: A file or directory in the path name does not exist.\n", status: 1 });
});

t.run();
