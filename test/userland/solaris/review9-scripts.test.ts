// Review 9 (#8, #9): mountall and umountall are /usr/sbin/sh (ksh93) scripts on Solaris 11: a bad
// option is getopts' complaint in the script's name, then the script's usage, exit 2; their own
// checks word for word (usr/src/cmd/initpkg/mountall.sh, umountall.sh).
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 9: mountall, umountall");
const MA_USAGE = "Usage:\nmountall [-F FSType] [-l|-r|-g] [file_system_table]\n";
const UA_USAGE = "Usage:\n\tumountall [-k] [-s] [-F FSType] [-l|-r] [-Z] [-n]\n\tumountall [-k] [-s] [-h host] [-Z] [-n]\n";

t("mountall: getopts' complaint, then the usage; its own checks", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["mountall -x", "/usr/sbin/mountall: -x: unknown option\n" + MA_USAGE, 2],
    ["mountall -lx", "/usr/sbin/mountall: -x: unknown option\n" + MA_USAGE, 2],
    ["/usr/sbin/mountall -F", "/usr/sbin/mountall: -F: argument expected\n" + MA_USAGE, 2],
    ["cd /usr/sbin; ./mountall -q", "./mountall: -q: unknown option\n" + MA_USAGE, 2],
    ["mountall -F ufs -F lofs", "mountall: more than one FSType specified\n", 2],
    ["mountall -F abcdefghi", "mountall: FSType abcdefghi exceeds 8 characters\n", 2],
    ["mountall a b", "mountall: multiple arguments not supported\n" + MA_USAGE, 2],
    ["mountall /nofile", "mountall: file system table (/nofile) not found\n", 1],
    ["mountall -g -l", "mountall: options -g, -r and -l are mutually exclusive\n" + MA_USAGE, 2],
    ["mountall -l -F nfs", "mountall: option -l and FSType are incompatible\n" + MA_USAGE, 2],
    ["mountall -r -F ufs", "mountall: option -r and FSType are incompatible\n" + MA_USAGE, 2],
    ["mountall -l", "", 0],
    ["mountall -r", "", 0],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
  // the messages the script echoes go to standard output, the usage to standard error
  assert.equal(run("mountall -F ufs -F lofs 2>/dev/null"), { output: "mountall: more than one FSType specified\n", status: 2 });
  assert.equal(run("mountall -x 2>/dev/null"), { output: "", status: 2 });
});

t("mountall with another table: its yes entries are mounted", () => {
  const { run, sys } = solarisSession();
  sys.writeFile("/tmp/tab", "/export/home - /a lofs - yes ro\n/export - /mnt lofs - no -\n");
  assert.equal(run("mountall /tmp/tab; mount -p | tail -1"), { output: "/export/home - /a lofs - no ro\n", status: 0 });
});

t("umountall: getopts' complaint, the sanity checks, each with the usage", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["umountall -x", "/usr/sbin/umountall: -x: unknown option\n" + UA_USAGE, 2],
    ["umountall -F", "/usr/sbin/umountall: -F: argument expected\n" + UA_USAGE, 2],
    ["umountall foo", "umountall: additional arguments not supported\n" + UA_USAGE, 2],
    ["umountall -r -l", "umountall: options -r and -l are incompatible\n" + UA_USAGE, 2],
    ["umountall -l -h srv", "umountall: option -l incompatible with -h option\n" + UA_USAGE, 2],
    ["umountall -F ufs -h srv", "umountall: Specifying FStype incompatible with -h option\n" + UA_USAGE, 2],
    ["umountall -h solaris", "umountall: Specifying local host illegal for -h option\n" + UA_USAGE, 2],
    ["umountall -h a -h b", "umountall: more than one host specified\n" + UA_USAGE, 2],
    ["umountall -F ufs -F lofs", "umountall: more than one FStype specified\n" + UA_USAGE, 2],
    ["umountall -F abcdefghi", "umountall: FSType abcdefghi exceeds 8 characters\n" + UA_USAGE, 2],
    ["umountall -l -F nfs", "umountall: option -l and FSType nfs are incompatible\n" + UA_USAGE, 2],
    ["umountall -r -F ufs", "umountall: option -r and FSType ufs are incompatible\n" + UA_USAGE, 2],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
});

t("umountall: -n shows umount -a's commands; -F picks a type; the system's own mounts stay", () => {
  const { run } = solarisSession();
  run("mount -F lofs /export/home /a; mount -F tmpfs swap /mnt");
  assert.equal(run("umountall -n"), { output: "umount /mnt\numount /a\numount /rpool\numount /export/home\numount /export\numount /var/share\numount /lib/libc.so.1\n", status: 0 });
  // the script's keep list has /lib but not the libc lofs on /lib/libc.so.1
  assert.equal(run("umountall -n -F lofs 2>&1"), { output: "umount /a\numount /lib/libc.so.1\n", status: 0 });
  assert.equal(run("umountall -n -k -F tmpfs 2>&1"), { output: "fuser -c -k /mnt\numount /mnt\n", status: 0 });
  assert.equal(run("umountall -F lofs; mount -p | grep -c ' lofs '"), { output: "umount: /lib/libc.so.1 busy\n1\n", status: 0 });
  // the libc lofs is busy: umountall (umount -a) says so and fails
  assert.equal(run("umountall; echo $?; mount -p | grep -c '^rpool'"), { output: "umount: /lib/libc.so.1 busy\n1\n2\n", status: 0 });
});

t.run();
