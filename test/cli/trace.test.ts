// --trace on the bin: each vnode operation through a layer, one line on standard error as it
// happens (shell/tracefmt.ts), standard output untouched. The BSD machine's null layer is built
// by other parts of issue 8: its end-to-end check runs once `--os bsd` and mount_loopback exist.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";

const BIN = "dist/looplab.mjs";
const lab = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

test("--trace on a machine with no layer mounted: the output as without it, nothing on stderr", () => {
  const cmd = "echo hi; ls /usr";
  const plain = lab(["-c", cmd]);
  assert.equal(lab(["--trace", "-c", cmd]), plain);
  assert.equal(lab(["-c", cmd, "--trace"]), plain);
  assert.is(plain.err, "");
});

test("--help names --trace", () => {
  const h = lab(["--help"]).out;
  assert.match(h, /--trace +each vnode operation through a layer/);
  assert.match(h, /looplab replay FILE \[--speed N\] \[--inline\] \[--trace\]/);
});

// mount_loopback alone prints its usage: landed when it is neither the lab refusing the OS nor
// the shell not finding the command
const probe = lab(["--os", "bsd", "-c", "mount_loopback"]);
const landed = probe.status !== 127 && !probe.err.startsWith("looplab:");
// BSD/OS 4 had no stat(1) (DECISIONS BSD 7): where the lab's BSD machine has none, ls -l makes
// the same lookups and getattr through the copy
const statProbe = landed ? lab(["--os", "bsd", "-c", "stat /"]) : null;
const hasStat = statProbe !== null && !/not found/.test(statProbe.out + statProbe.err);
const BSD = ["--os", "bsd", "-c", `mount_loopback /usr/include /mnt; ${hasStat ? "stat" : "ls -l"} /mnt/sys/types.h`];

test(`--os bsd --trace: mount_loopback, then stat (or ls -l) through the copy prints trace lines${landed ? "" : " (skipped: --os bsd and mount_loopback have not landed)"}`, () => {
  if (!landed) return;
  const r = lab([...BSD, "--trace"]);
  assert.is(r.status, 0, r.err);
  assert.equal(r.out, lab(BSD).out);
  const lines = r.err.split("\n").filter(Boolean);
  assert.ok(lines.length > 0, "no trace lines");
  // every line is the formatter's: indentation, an operation, the layer and its mount point
  for (const l of lines) assert.match(l, /^(  )*[a-z]+ +null \/mnt  null#\d+/);
  assert.ok(lines.some((l) => /^lookup +null \/mnt  .*\((new|hit)\)$/.test(l)), r.err);
  assert.ok(lines.some((l) => /^getattr +null \/mnt  /.test(l)), r.err);
  // on one terminal the lines come where they happened: before stat's own output
  const both = spawnSync("bash", ["-c", `"${process.execPath}" ${BIN} ${BSD.map((a) => `'${a}'`).join(" ")} --trace 2>&1`], { encoding: "utf8" }).stdout;
  assert.ok(both.indexOf(lines[0]!) < both.indexOf(r.out.split("\n")[0]!), both);
});

test.run();
