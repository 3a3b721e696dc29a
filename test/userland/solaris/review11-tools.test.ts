// Review 11 (tools): fstyp, tty, pgrep and pkill, and the owners of /etc's files on the Solaris
// machine. The pids expected are read from the machine's process table.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 11: tools");

const USAGE_PGREP =
  "Usage: pgrep [-flnovx] [-d delim] [-P ppidlist] [-g pgrplist] [-s sidlist]\n\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]\n";
const USAGE_PKILL =
  "Usage: pkill [-signal] [-fnovx] [-P ppidlist] [-g pgrplist] [-s sidlist]\n\t[-u euidlist] [-U uidlist] [-G gidlist] [-J projidlist]\n\t[-T taskidlist] [-t termlist] [-z zonelist] [-c ctidlist] [pattern]\n";

t("fstyp names hsfs and ufs on a lofi device, its raw twin and the image file; its errors and statuses are fstyp.c's", () => {
  const { run } = solarisSession();
  assert.equal(run("fstyp /dev/rlofi/1; echo $?"), { output: "unknown_fstyp (cannot open device)\n7\n", status: 0 });
  run("lofiadm -a /export/iso/sol-11_1-repo.iso");
  assert.equal(run("fstyp /dev/rlofi/1; fstyp /dev/lofi/1; fstyp /export/iso/sol-11_1-repo.iso"), { output: "hsfs\nhsfs\nhsfs\n", status: 0 });
  // mounted or not, the data is the same
  assert.equal(run("mount -F hsfs /dev/lofi/1 /mnt; fstyp -v /dev/lofi/1"), { output: "hsfs\n", status: 0 });
  run("mkfile 64m /export/u.img; lofiadm -a /export/u.img");
  assert.equal(run("fstyp /dev/rlofi/2; echo $?"), { output: "unknown_fstyp (no matches)\n1\n", status: 0 });
  run("echo y | newfs /dev/rlofi/2 >/dev/null 2>&1");
  assert.equal(run("fstyp /dev/rlofi/2; fstyp /dev/lofi/2; fstyp /export/u.img"), { output: "ufs\nufs\nufs\n", status: 0 });
  assert.equal(run("fstyp /dev/null; echo $?; fstyp /etc; echo $?"), { output: "unknown_fstyp (no matches)\n1\nunknown_fstyp (no matches)\n1\n", status: 0 });
  assert.equal(run("fstyp /export/nothing; echo $?"), { output: "unknown_fstyp (cannot open device)\n7\n", status: 0 });
  assert.equal(run("fstyp; echo $?; fstyp a b; echo $?"), { output: "Usage: fstyp [-av] <device>\n1\nUsage: fstyp [-av] <device>\n1\n", status: 0 });
  assert.equal(run("fstyp -x /dev/lofi/1; echo $?"), { output: "fstyp: illegal option -- x\nUsage: fstyp [-av] <device>\n1\n", status: 0 });
  assert.is(run("ls /usr/sbin/fstyp").output, "/usr/sbin/fstyp\n");
});

t("tty prints the terminal ps names, `not a tty` with status 1 off a terminal, nothing with -s", () => {
  const { run, sys } = solarisSession();
  const ttyName = sys.proc.tty!.name;
  assert.equal(run("tty; echo $?"), { output: `/dev/${ttyName}\n0\n`, status: 0 });
  assert.is(run("ps | grep bash | awk '{print $2}'").output, `${ttyName}\n`);
  assert.equal(run("tty -s; echo $?"), { output: "0\n", status: 0 });
  assert.equal(run("tty </dev/null; echo $?"), { output: "not a tty\n1\n", status: 0 });
  assert.equal(run("echo | tty -s; echo $?"), { output: "1\n", status: 0 });
  assert.equal(run("tty -l"), { output: `/dev/${ttyName}\nnot on an active synchronous line\n`, status: 0 });
  assert.equal(run("tty -x; echo $?"), { output: "tty: illegal option -- x\nUsage: tty [-l] [-s]\n2\n", status: 0 });
});

t("pgrep matches pr_fname (or -f the arguments) as an ERE; -x, -l, -d, -u, -t, -n; never itself", () => {
  const { run, machine } = solarisSession();
  const procs = [...machine.procs()].sort((a, b) => a.pid - b.pid);
  const named = (n: string) => procs.filter((p) => (p.name ?? p.argv[0]!.replace(/^.*\//, "")).replace(/^-/, "") === n).map((p) => p.pid);
  const sshd = named("sshd");
  const sendmail = procs.filter((p) => p.argv[0] === "/usr/lib/sendmail");
  assert.ok(sshd.length === 2 && sendmail.length === 2);
  assert.equal(run("pgrep sshd; echo $?"), { output: sshd.map((p) => `${p}\n`).join("") + "0\n", status: 0 });
  assert.equal(run("pgrep -l sshd"), { output: sshd.map((p) => `${String(p).padStart(5)} sshd\n`).join(""), status: 0 });
  assert.equal(run("pgrep -x ssh; echo $?"), { output: "1\n", status: 0 });
  assert.equal(run("pgrep -d, -x sshd"), { output: sshd.join(",") + "\n", status: 0 });
  assert.equal(run("pgrep -lf 'sendmail -(bd|Ac)'"), { output: sendmail.map((p) => `${String(p.pid).padStart(5)} ${p.argv.join(" ")}\n`).join(""), status: 0 });
  // the name is pr_fname, not the path: -x against the path matches nothing
  assert.equal(run("pgrep -x /usr/lib/sendmail; echo $?"), { output: "1\n", status: 0 });
  const daemonPids = procs.filter((p) => p.uid === 1).map((p) => p.pid);
  assert.equal(run("pgrep -u daemon"), { output: daemonPids.map((p) => `${p}\n`).join(""), status: 0 });
  const shell = procs.find((p) => p.argv[0] === "-bash")!;
  assert.equal(run("pgrep -l -t pts/1"), { output: `${String(shell.pid).padStart(5)} bash\n`, status: 0 });
  // pgrep is not among the processes it reports, though its name matches
  assert.equal(run("pgrep pgrep; echo $?"), { output: "1\n", status: 0 });
  assert.equal(run("pgrep -n sshd"), { output: `${sshd[sshd.length - 1]}\n`, status: 0 });
  assert.equal(run("pgrep -o sshd"), { output: `${sshd[0]}\n`, status: 0 });
});

t("pgrep and pkill: bad options, patterns and lists get pgrep.c's messages and status 2", () => {
  const { run } = solarisSession();
  assert.equal(run("pgrep; echo $?"), { output: "pgrep: No matching criteria specified\n" + USAGE_PGREP + "2\n", status: 0 });
  assert.equal(run("pgrep -q sshd; echo $?"), { output: "pgrep: illegal option -- q\n" + USAGE_PGREP + "2\n", status: 0 });
  assert.equal(run("pgrep -u; echo $?"), { output: "pgrep: illegal option -- u\n" + USAGE_PGREP + "2\n", status: 0 });
  assert.equal(run("pgrep a b; echo $?"), { output: "pgrep: illegal argument -- b\n" + USAGE_PGREP + "2\n", status: 0 });
  assert.equal(run("pgrep -n -o sshd; echo $?"), { output: "pgrep: -n and -o are mutually exclusive\n" + USAGE_PGREP + "2\n", status: 0 });
  assert.equal(run("pgrep 'ss[h'; echo $?"), { output: "pgrep: brackets ([ ]) not balanced\n2\n", status: 0 });
  assert.equal(run("pgrep -u nobodyhere sshd; echo $?"), { output: "pgrep: invalid user name -- nobodyhere\n2\n", status: 0 });
  assert.equal(run("pgrep -P x sshd; echo $?"), { output: "pgrep: invalid argument for option 'P' -- x\n2\n", status: 0 });
  assert.equal(run("pgrep -t pts/9 sshd; echo $?"), { output: "pgrep: unknown terminal name -- pts/9\n2\n", status: 0 });
  assert.equal(run("pkill -l sshd; echo $?"), { output: "pkill: illegal option -- l\n" + USAGE_PKILL + "2\n", status: 0 });
  assert.equal(run("pkill; echo $?"), { output: "pkill: No matching criteria specified\n" + USAGE_PKILL + "2\n", status: 0 });
});

t("pkill signals what matches (SIGTERM, or -signal), never itself; a kernel process refuses", () => {
  const { run, machine } = solarisSession();
  run("sleep 100 & sleep 200 &");
  const sleeps = () => [...machine.procs()].filter((p) => p.argv[0] === "sleep" && p.state !== "zombie").map((p) => p.pid);
  assert.is(sleeps().length, 2);
  assert.equal(run("pgrep -x sleep"), { output: sleeps().map((p) => `${p}\n`).join(""), status: 0 });
  assert.equal(run("pkill -x 'sleep'; echo $?"), { output: "0\n[1]-  Terminated              sleep 100\n[2]+  Terminated              sleep 200\n", status: 0 });
  assert.equal(sleeps(), []);
  assert.equal(run("pkill -9 nosuchprogram; echo $?"), { output: "1\n", status: 0 });
  const pageout = [...machine.procs()].find((p) => p.argv[0] === "pageout")!;
  assert.equal(run("pkill -x pageout; echo $?"), { output: `pkill: Failed to signal pid ${pageout.pid}: Not owner\n0\n`, status: 0 });
  assert.ok(pageout.state !== "zombie");
  // pkill's own name matches the pattern, but pkill goes on to report the match
  assert.equal(run("pkill -0 -x pkill; echo $?"), { output: "1\n", status: 0 });
  assert.equal(run("pkill -0 -x sshd; echo $?"), { output: "0\n", status: 0 });
});

t("/etc/passwd, group, vfstab (and shadow) are root:sys as 11.1 ships them; mnttab stays root:root", () => {
  const { run } = solarisSession();
  assert.equal(run("ls -l /etc/passwd /etc/group /etc/vfstab /etc/shadow /etc/mnttab | awk '{print $1, $3, $4, $NF}'"), {
    output: "-rw-r--r-- root sys /etc/group\n-r--r--r-- root root /etc/mnttab\n-rw-r--r-- root sys /etc/passwd\n-r-------- root sys /etc/shadow\n-rw-r--r-- root sys /etc/vfstab\n",
    status: 0,
  });
  assert.equal(run("ls -n /etc/passwd | awk '{print $4}'"), { output: "3\n", status: 0 });
});

t.run();
