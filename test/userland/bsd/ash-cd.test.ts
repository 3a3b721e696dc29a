// cd and pwd of BSD's sh, as ash's cd.c does them (review 8 findings 2 and 7): symbolic links
// resolved as cd walks the name and the real path printed, `..` from the process's directory,
// the shell's own name (not PWD), /bin/pwd when it has none, CDPATH, cd -, the messages.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../../engine/session.js";

const bsd = () => createSession({ os: "bsd" });
const run = (s: Session, line: string) => runLine(s, line);
const out = (s: Session, line: string) => runLine(s, line).output;

test("cd through a symbolic link prints the real path, and pwd prints it too; PWD is left alone", () => {
  const s = bsd();
  assert.equal(run(s, "ln -s /usr/include /tmp/inc"), { output: "", status: 0 });
  assert.equal(run(s, "cd /tmp/inc/sys"), { output: "/usr/include/sys\n", status: 0 });
  assert.is(out(s, "pwd"), "/usr/include/sys\n");
  assert.is(out(s, "/bin/pwd"), "/usr/include/sys\n");
  assert.is(out(s, "echo $PWD"), "/root\n");
  // no link in the name: nothing printed; .. is taken off the name as text
  assert.is(out(s, "cd /usr/include; cd sys; cd ..; pwd"), "/usr/include\n");
  // a relative link: its text goes in its place, relative to the link's directory, and cd prints
  // the name it walked (ash prints p, not the tidied name)
  assert.is(out(s, "cd /tmp; ln -s ../usr/include rel; cd rel/sys"), "../usr/include/sys\n");
  assert.is(out(s, "pwd"), "/usr/include/sys\n");
  // a shell that is not interactive goes there without a word; a subshell keeps its parent's
  // names and its interactive option (forkshell copies the shell's memory)
  assert.is(out(s, "sh -c 'cd /tmp/inc; pwd'"), "/usr/include\n");
  assert.is(out(s, "(pwd; cd /tmp/inc; cd -; cd ..; pwd); pwd"), "/usr/include/sys\n/usr/include\n/usr/include/sys\n/usr/include\n/usr/include/sys\n");
});

test("cd - goes back and prints where; CDPATH's finds are printed; operands after the first are ignored", () => {
  const s = bsd();
  assert.is(out(s, "cd /usr/include; cd /tmp"), "");
  assert.is(out(s, "cd -"), "/usr/include\n");
  assert.is(out(s, "cd -"), "/tmp\n");
  assert.is(out(s, "CDPATH=/usr:; cd include"), "/usr/include\n");
  // CDPATH applies to ./ and ../ names too, and an entry that is not there is not tried
  assert.equal(run(s, "cd tmp"), { output: "cd: can't cd to tmp\n", status: 2 });
  // "." in CDPATH: ./usr is found, and printed only when it differs from what was typed
  assert.is(out(s, "cd /; CDPATH=.:/usr; cd usr; pwd"), "/usr\n");
  assert.is(out(s, "unset CDPATH; cd /usr include; pwd"), "/usr\n");
});

test("cd's errors: ash's words, status 2 (error() in a built-in)", () => {
  const s = bsd();
  assert.equal(run(s, "cd /etc/fstab"), { output: "cd: can't cd to /etc/fstab\n", status: 2 });
  assert.equal(run(s, "cd /nonexistent; echo $?"), { output: "cd: can't cd to /nonexistent\n2\n", status: 0 });
  assert.equal(run(s, "cd -x"), { output: "cd: Illegal option -x\n", status: 2 });
  assert.equal(run(s, "(unset HOME; cd)"), { output: "cd: HOME not set\n", status: 2 });
  assert.equal(run(s, "cd -- /tmp; pwd"), { output: "/tmp\n", status: 0 });
});

test("cd .. from a directory a forced unmount killed fails: .. is the kernel's, from the dead vnode", () => {
  const s = bsd();
  assert.is(out(s, "mount_loopback /usr/include /mnt; cd /mnt/sys; umount -f /mnt"), "");
  assert.equal(run(s, "cd .."), { output: "cd: can't cd to ..\n", status: 2 });
  // the shell still has its name for the directory
  assert.is(out(s, "pwd"), "/mnt/sys\n");
  // a new shell has none: its pwd asks /bin/pwd, which cannot find it
  assert.equal(run(s, "sh -c 'pwd; echo $?'"), { output: "pwd: getting current directory: Not a directory\n2\n", status: 0 });
  assert.is(out(s, "cd /; pwd"), "/\n");
});

test("a new sh knows no directory name: pwd asks /bin/pwd; cd - reads through a null pointer", () => {
  const s = bsd();
  assert.is(out(s, "cd /usr/include; sh -c 'pwd'"), "/usr/include\n");
  // cd to a relative name leaves the name unknown (updatepwd): pwd asks again
  assert.is(out(s, "sh -c 'cd sys; pwd'"), "/usr/include/sys\n");
  // cd.c: dest = prevdir ? prevdir : curdir; both null, *dest faults: the shell dies of it
  assert.equal(run(s, "sh -c 'cd -; echo not reached'"), { output: "Segmentation fault - core dumped\n", status: 139 });
});

test.run();
