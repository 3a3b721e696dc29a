// Review 9 (#8): mkfile(1M) of Solaris 11 (usr/src/cmd/mkfile/mkfile.c): sizes with a unit letter,
// -n, -v, its messages word for word, the status the number of files that failed.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { solarisSession } from "./helpers.js";

const t = suite("review 9: mkfile");
const USAGE = "Usage: mkfile [-nv] <size>[t|g|k|b|m] <name1> [<name2>] ...\n";

t("the usage and the size's errors (exit 1)", () => {
  const { run } = solarisSession();
  const cases: [string, string, number][] = [
    ["mkfile", USAGE, 1],
    ["mkfile 20m", USAGE, 1],
    ["mkfile -x 1m /tmp/a", USAGE, 1],
    ["mkfile -- 1k /tmp/a", USAGE, 1],
    ["mkfile 20x /tmp/a", "unknown size 20x\n" + USAGE, 1],
    ["mkfile 2q0m /tmp/a", "unknown size 2q0m\n" + USAGE, 1],
  ];
  for (const [line, output, status] of cases) assert.equal(run(line), { output, status }, line);
});

t("files of the size asked for, mode 01600; -v names each; -n only sets the length", () => {
  const { run } = solarisSession();
  assert.equal(run("mkfile -v 20m /export/u.img; ls -l /export/u.img; du -k /export/u.img"), {
    output: "/export/u.img 20971520 bytes\n-rw------T   1 root     root     20971520 Feb 14 09:30 /export/u.img\n20480\t/export/u.img\n",
    status: 0,
  });
  assert.equal(run("mkfile -nv 2g /tmp/big; ls -l /tmp/big; du -k /tmp/big"), {
    output: "/tmp/big 2147483648 bytes\n-rw------T   1 root     root     2147483648 Feb 14 09:30 /tmp/big\n4\t/tmp/big\n",
    status: 0,
  });
  assert.equal(run("mkfile 3b /tmp/b 1k; ls -l /tmp/b 1k | awk '{print $5}'"), { output: "1536\n1536\n", status: 0 });
  // the usual exercise: a lofi image made by mkfile
  assert.equal(run("lofiadm -a /export/u.img"), { output: "/dev/lofi/1\n", status: 0 });
});

t("each failure is reported and counted; the other files are still made", () => {
  const { run } = solarisSession();
  assert.equal(run("mkfile 1k /nodir/x /tmp/ok /etc; echo $?; ls /tmp/ok"), {
    output: "Could not open /nodir/x: No such file or directory\nCould not open /etc: Is a directory\n2\n/tmp/ok\n",
    status: 0,
  });
  assert.equal(run("mkfile 0 /tmp/z; echo $?"), { output: "Could not seek to offset 18446744073709551615 in /tmp/z: Invalid argument\n1\n", status: 0 });
});

t.run();
