// reboot and init 6 on the Solaris machine: what a restart keeps (the datasets' files, vfstab,
// images in /export) and loses (/tmp, lofi mappings, hand-made mounts, processes), and the boot's
// order: the kernel's mounts, fs-minimal, then mountall over /etc/vfstab in file order, zfs mount
// -a, and mountall again if something failed (docs/fidelity/solaris.md, "Processes and boot").
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";
import { formatDate } from "../../../engine/userland/common/strftime.js";

const t = suite("solaris reboot");
const CLOCK = Date.UTC(2013, 10, 27, 6, 43) / 1000;

function lab() {
  const s = createSession({ os: "solaris", clock: CLOCK });
  return { s, run: (line: string) => runLine(s, line) };
}

/** the mount table without the times */
const table = (run: (l: string) => { output: string }) => run("cut -f1-4 /etc/mnttab").output;

t("a restart keeps the disks and loses memory: /tmp, lofi, hand-made mounts, processes; the same table and ids as a first boot", () => {
  const { s, run } = lab();
  const fresh = table(run);
  run("echo gone > /tmp/x; echo kept > /export/home/kept; lofiadm -a /export/iso/sol-11_1-repo.iso; mount -F hsfs /dev/lofi/1 /mnt");
  run("mkdir /a; mount -F lofs /etc /a; cd /mnt; sleep 1000 &");
  const sleeper = [...s.machine.procs()].find((p) => p.argv[0] === "sleep")!;
  const down = s.machine.clock.now();
  assert.equal(run("reboot"), { output: "", status: 0 });
  assert.equal(run("pwd; echo $PWD; ls /tmp; cat /export/home/kept; ls /dev/lofi; lofiadm"), {
    output: "/root\n/root\nkept\nBlock Device             File                          \tOptions\n",
    status: 0,
  });
  // the same mounts, in the same order, with the same device ids
  assert.is(table(run), fresh);
  // the job is gone, and the new login's shell never hears of it
  assert.equal(run("jobs"), { output: "", status: 0 });
  assert.ok([undefined, "zombie"].includes(s.machine.sched.table.get(sleeper.pid)?.state));
  // the command line takes its second, the shutdown and the fast reboot 20 more; the kernel's
  // mounts come a second after the boot, /var at 3, /tmp at 5, the pool's datasets at 6
  const at = (path: string) => s.machine.mounts.all().find((m) => m.path === path)!.time;
  const boot = down + 1 + 20;
  assert.equal([at("/devices"), at("/var"), at("/tmp"), at("/export/home")].map((x) => x - boot), [1, 3, 5, 6]);
  // the daemons start again with the boot: cron 16 seconds after it, as at the first boot
  assert.ok(run("ps -ef | grep /usr/sbin/cron").output.includes(`   487     1   0 ${formatDate("%H:%M:%S", boot + 16, "UTC")} ?`));
  // sshd too, though the login's own sshd process (its child) goes on
  assert.ok(run("ps -ef | grep /usr/lib/ssh/sshd").output.includes(`   557     1   0 ${formatDate("%H:%M:%S", boot + 18, "UTC")} ?`));
  assert.equal(s.machine.checkInvariants(), []);
});

t("reboot's and init's refusals", () => {
  const { s, run } = lab();
  assert.equal(run("reboot -x"), { output: "reboot: illegal option -- x\nusage: reboot [ -dlnq(p|fe:) ] [ boot args ]\n", status: 1 });
  assert.equal(run("reboot -p -f"), { output: "reboot: -p and -f are mutually exclusive\n", status: 22 });
  assert.equal(run("reboot -p -e solaris-1"), { output: "reboot: -e only valid with -f\n", status: 22 });
  assert.equal(run("init"), { output: "Usage: init [0123456SsQqabc]\n", status: 0 });
  assert.equal(run("init 66"), { output: "Usage: init [0123456SsQqabc]\n", status: 0 });
  assert.equal(run("init 7"), { output: "Usage: init [0123456SsQqabc]\n", status: 1 });
  assert.equal(run("init q; echo x > /tmp/x; init 3; cat /tmp/x"), { output: "x\n", status: 0 });
  s.sys.proc.uid = 100;
  assert.equal(run("reboot"), { output: "reboot: permission denied\n", status: 1 });
  assert.equal(run("init 6"), { output: "Must be super-user\n", status: 1 });
  assert.equal(run("cat /tmp/x"), { output: "x\n", status: 0 });
});

t("init 6 restarts; init 0 halts and the session ends", () => {
  const { s, run } = lab();
  assert.equal(run("echo x > /tmp/x; init 6; ls /tmp"), { output: "", status: 0 });
  run("init 0");
  assert.is(s.exitStatus, 0);
});

t("boot order: vfstab's yes entries in file order, mountall again after zfs, a busy mount point refused", () => {
  const { run } = lab();
  run("mkdir /scratch /a /b /x /export/home/data; touch /scratch/UNDER /export/home/data/D");
  // a lofs of a dataset's directory fails before zfs mounts it, and mounts on the second try
  run("echo '/export/home/data - /b lofs - yes -' > /tmp/v; cat /etc/vfstab >> /tmp/v");
  run("echo '/scratch - /a lofs - yes -' >> /tmp/v; echo 'swap - /scratch tmpfs - yes -' >> /tmp/v; cp /tmp/v /etc/vfstab");
  run("reboot");
  assert.is(run("cut -f1-3 /etc/mnttab | tail -7").output, [
    "swap\t/tmp\ttmpfs",
    "/scratch\t/a\tlofs",
    "rpool/VARSHARE\t/var/share\tzfs",
    "rpool/export\t/export\tzfs",
    "rpool/export/home\t/export/home\tzfs",
    "rpool\t/rpool\tzfs",
    "/export/home/data\t/b\tlofs",
    "",
  ].join("\n"));
  // the tmpfs found /scratch held by the lofs before it: the lofs shows the bare directory
  assert.equal(run("ls /a /b"), { output: "/a:\nUNDER\n\n/b:\nD\n", status: 0 });
  // a lofs of /export taken before zfs mounts it keeps rpool/export off (zfs_mount: busy)
  run("grep -v scratch /etc/vfstab > /tmp/v; echo '/export - /x lofs - yes -' >> /tmp/v; cp /tmp/v /etc/vfstab; reboot");
  assert.equal(run("grep -c 'rpool/export	' /etc/mnttab; ls /x"), { output: "0\nhome\n", status: 0 });
});

t.run();
