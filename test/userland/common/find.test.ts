// find as AIX's (find.c and find.msg of AIX 4.1.3): the walk, the terms, -exec as child
// processes, -ls, and the messages for bad expressions and missing files.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../../engine/session.js";

const t = suite("find");

function lab(): Session {
  const s = createSession({ samples: false, setup: { dirs: ["/w/t/a/b", "/w/t/c"] } });
  runLine(s, "cd /w; echo hi > t/a/x.sh; echo hello > t/a/b/y.txt; ln -s /w/t/a t/link; chmod 755 t/a/x.sh");
  return s;
}
const out = (s: Session, line: string) => runLine(s, line);

t("the walk: operands as typed, entries after their directory, -depth after", () => {
  const s = lab();
  assert.equal(out(s, "find t"), { output: "t\nt/a\nt/a/b\nt/a/b/y.txt\nt/a/x.sh\nt/c\nt/link\n", status: 0 });
  assert.is(out(s, "find t -depth").output, "t/a/b/y.txt\nt/a/b\nt/a/x.sh\nt/a\nt/c\nt/link\nt\n");
  assert.is(out(s, "find /w/t/ -name y.txt").output, "/w/t/a/b/y.txt\n");
  assert.is(out(s, "cd t; find . -type d").output, ".\n./a\n./a/b\n./c\n");
});

t("terms: -name -type -size -perm -user -group -links -inum -newer, ! -o ( )", () => {
  const s = lab();
  assert.is(out(s, "find t -name '*.sh'").output, "t/a/x.sh\n");
  assert.is(out(s, "find t -name '*'").output, "t\nt/a\nt/a/b\nt/a/b/y.txt\nt/a/x.sh\nt/c\nt/link\n");
  assert.is(out(s, "find t -type l").output, "t/link\n");
  assert.is(out(s, "find t -type f -size -2").output, "t/a/b/y.txt\nt/a/x.sh\n");
  assert.is(out(s, "find t -size 3c").output, "t/a/x.sh\n");
  assert.is(out(s, "find t -perm 755 -type f").output, "t/a/x.sh\n");
  assert.is(out(s, "find t -perm -0700 ! -type d ! -type l").output, "t/a/x.sh\n");
  assert.is(out(s, "find t -type f -user root -group system -links 1").output, "t/a/b/y.txt\nt/a/x.sh\n");
  assert.is(out(s, "find t \\( -name x.sh -o -name y.txt \\) -print").output, "t/a/b/y.txt\nt/a/x.sh\n");
  assert.is(out(s, "find t -name b -prune -o -type f -print").output, "t/a/x.sh\n");
  const ino = out(s, "ls -i t/a/x.sh").output.trim().split(/\s+/)[0];
  assert.is(out(s, `find t -inum ${ino}`).output, "t/a/x.sh\n");
  runLine(s, "sleep 120; touch t/c/new");
  assert.is(out(s, "find t -newer t/a/x.sh").output, "t/c\nt/c/new\n");
});

t("-mtime counts the day a file is in: 0 to 1 day old is 1", () => {
  const s = lab();
  assert.is(out(s, "find t -type f -mtime 1").output, "t/a/b/y.txt\nt/a/x.sh\n");
  assert.is(out(s, "find t -type f -mtime 0").output, "");
  assert.is(out(s, "find t -type f -mtime -2").output, "t/a/b/y.txt\nt/a/x.sh\n");
  assert.is(out(s, "find t -type f -mtime +1").output, "");
});

t("-ls writes AIX's long line", () => {
  const s = lab();
  const ino = out(s, "ls -il t/link").output.trim().split(/\s+/)[0]!;
  assert.is(out(s, "find t -type l -ls").output, `${ino.padStart(5)}    0 lrwxrwxrwx  1 root     system          6 Nov 27 06:43 t/link -> /w/t/a\n`);
  const dino = out(s, "ls -id t/c").output.trim().split(/\s+/)[0]!;
  assert.is(out(s, "find t/c -ls").output, `${dino.padStart(5)}    4 drwxr-xr-x  2 root     system        256 Nov 27 06:43 t/c\n`);
});

t("-exec runs each command as a child process; {} is the path; false when it fails", () => {
  const s = lab();
  assert.equal(out(s, "find t -type f -exec cat {} \\;"), { output: "hello\nhi\n", status: 0 });
  assert.is(out(s, "find t -type f -exec grep -q hi {} \\; -print").output, "t/a/x.sh\n");
  assert.equal(out(s, "find t -name x.sh -exec nosuch {} \\;"), {
    output: "find: 0652-083 Cannot execute nosuch:: A file or directory in the path name does not exist.\n",
    status: 1,
  });
  // the child is a process of its own: ps sees find as its parent
  const ps = out(s, "find t -name x.sh -exec ps -o pid,ppid,args \\;").output.split("\n");
  const fields = ps.map((l) => l.trim().split(/\s+/));
  const findPs = fields.find((f) => f[2] === "find")!;
  const psPs = fields.find((f) => f[2] === "ps")!;
  assert.is(psPs[1], findPs[0]);
});

t("missing files and bad expressions get AIX's messages", () => {
  const s = lab();
  assert.equal(out(s, "find /nosuch"), { output: "find: 0652-019 The status on /nosuch is not valid.\n", status: 1 });
  assert.equal(out(s, "find /nosuch/x /none/y"), { output: "find: 0652-010 The starting directory is not valid.\nfind: 0652-010 The starting directory is not valid.\n", status: 2 });
  assert.equal(out(s, "find t -exec ls"), { output: "find: 0652-018 An expression term lacks a required parameter.\n", status: 1 });
  assert.equal(out(s, "find t -bogus"), { output: "find: 0652-017 -bogus is not a valid option.\n", status: 1 });
  assert.equal(out(s, "find t -name a b"), { output: "find: 0652-009 There is a missing conjunction\n", status: 1 });
  assert.equal(out(s, "find t -size x"), { output: "find: 0652-086 Specify a decimal integer for -size\nUsage: find Path-list [Expression-list]\n", status: 2 });
  assert.equal(out(s, "find t -user nosuchuser"), { output: "find: 0652-012 The user name does not exist.\n", status: 1 });
  assert.equal(out(s, "find t -group nosuchgroup"), { output: "find: 0652-013 The group name does not exist.\n", status: 1 });
  assert.equal(out(s, "find t -newer /none"), { output: "find: 0652-015 Cannot access file /none.\n", status: 1 });
  assert.equal(out(s, "find t -perm u+q"), { output: "find: 0652-085 Specify a valid -perm argument.\n", status: 1 });
  assert.equal(out(s, "find t \\( -name x"), { output: "find: 0652-017  is not a valid option.\n", status: 1 });
  // the review's cases, kept as find.c's parser answers them (its operand read past the end is "")
  assert.equal(out(s, "find t !"), { output: "find: 0652-017  is not a valid option.\n", status: 1 });
  assert.equal(out(s, "find t -newer"), { output: "find: 0652-015 Cannot access file .\n", status: 1 });
  assert.equal(out(s, "find t -user"), { output: "find: 0652-012 The user name does not exist.\n", status: 1 });
  assert.equal(out(s, "find t -group"), { output: "find: 0652-013 The group name does not exist.\n", status: 1 });
  assert.equal(out(s, "find t -name"), { output: "", status: 0 });
  assert.equal(out(s, "find t -type"), { output: "", status: 0 });
  assert.equal(out(s, "find t -mtime"), { output: "find: 0652-086 Specify a decimal integer for -mtime\nUsage: find Path-list [Expression-list]\n", status: 2 });
  assert.equal(out(s, "find . -maxdepth 0 -type d"), { output: "find: 0652-017 -maxdepth is not a valid option.\n", status: 1 });
  assert.equal(out(s, "find"), { output: "Usage: find Path-list [Expression-list]\n", status: 1 });
  assert.equal(out(s, "find -name x"), { output: "Usage: find Path-list [Expression-list]\n", status: 1 });
  const many = Array.from({ length: 60 }, () => "-print").join(" -o ");
  assert.equal(out(s, `find t ${many}`), { output: "find: 0652-082 Too many options\n", status: 1 });
  const deep = "\\( ".repeat(300) + "-print" + " \\)".repeat(300);
  assert.equal(out(s, `find t ${deep}`), { output: "find: 0652-082 Too many options\n", status: 1 });
});

t("-xdev and -fstype: the starting file system only", () => {
  const s = createSession({ samples: false });
  assert.is(out(s, "find / -xdev -name proc -type d").output, "/proc\n");
  assert.is(out(s, "find /proc -fstype procfs -name proc -print").output, "/proc\n");
  assert.is(out(s, "find /proc -fstype jfs2").output, "");
  // find.c leaves alone a file system of another type than the starting point's
  assert.is(out(s, "find / -fstype procfs").output, "");
});

t("a large tree: walked a step at a time, Ctrl-C-able, no host stack", () => {
  const s = createSession({ samples: false, setup: { dirs: ["/big"] } });
  runLine(s, "cd /big; i=0; while [ $i -lt 100 ]; do mkdir d$i; cd d$i; i=$((i+1)); done");
  assert.is(out(s, "find /big -type d | wc -l").output, "     101\n");
  assert.equal(out(s, "cd /; find /big -name d99"), { output: "/big" + Array.from({ length: 100 }, (_, i) => `/d${i}`).join("") + "\n", status: 0 });
});

t.run();
