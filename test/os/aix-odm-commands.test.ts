// odmadd, odmchange and odmdelete edit the ODM as AIX's commands do: the stanza language of
// libodm, the 0518 messages and exit codes, and no configuration method behind them, so a
// deleted CuDv object leaves /dev/loopN and the driver's unit as they were.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";
import { phrases, strtol, toWidth, ValueReader } from "../../engine/userland/aix/odmstanza.js";

const session = () => createSession({ samples: true, setup: { dirs: ["/cdmount"] } });

test("the stanza reader follows libodm: comments, quotes over lines, escapes, stanza lines", () => {
  const text = "* a comment\nCuDv:\n\tname = \"loop9\" # after the value\n\tddins = \"a\\tb\"\n\nPdAt:\n\tvalues = \"x\ny\"\nCuAt:\n\tname = q\n";
  const r = phrases(text);
  assert.is(r.bad, null);
  assert.equal(r.phrases.map((p) => p.line), [2, 6, 9]);
  const vr = new ValueReader(r.phrases[0]!.text);
  assert.equal(vr.next(":\n", false), { value: "CuDv", stop: ":" });
  assert.equal(vr.next("=\n", true), { value: "name", stop: "=" });
  assert.equal(vr.next("\n", true), { value: "loop9", stop: "\n" });
  vr.next("=\n", true);
  assert.equal(vr.next("\n", true), { value: "a\tb", stop: "\n" });
  assert.is(vr.next("=\n", true), null);
  const pd = new ValueReader(r.phrases[1]!.text);
  pd.next(":\n", false);
  pd.next("=\n", true);
  assert.equal(pd.next("\n", true)!.value, "x\ny");
  assert.is(phrases('CuDv:\n\tname = "open\n').bad, 1);
});

test("strtol as odmadd (base 0) and odmchange (base 10) use it; shorts wrap, longs saturate", () => {
  assert.equal(strtol("0x1f", 0), { value: 31, rest: "", read: true });
  assert.equal(strtol("010", 0), { value: 8, rest: "", read: true });
  assert.equal(strtol("12abc", 10), { value: 12, rest: "abc", read: true });
  assert.is(strtol("x1", 10).read, false);
  assert.is(toWidth(70000, "short"), 4464);
  assert.is(toWidth(5e12, "long"), 2147483647);
});

test("odmdelete of a CuDv object leaves /dev/loop1, its CuAt and the driver's unit; lsdev and rmdev see the database", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image");
  assert.is(runLine(s, "odmdelete -o CuDv -q name=loop1").output, "0518-307 odmdelete: 1 objects deleted.\n");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Available  Loopback Device\n");
  assert.ok(s.sys.exists("/dev/loop1"));
  assert.ok(s.machine.loop.all().some((u) => u.name === "loop1" && u.imagePath === "/backup/cd_image"));
  assert.match(runLine(s, "odmget -q name=loop1 CuAt").output, /value = "\/backup\/cd_image"/);
  const rm = runLine(s, "rmdev -dl loop1");
  assert.is(rm.status, 1);
  assert.is(rm.output, "rmdev: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\tname = 'loop1'\n");
  assert.is(
    runLine(s, "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount").output,
    "1320-004 loopmount: The image file /backup/cd_image is already associated with the loopback device loop1.\n",
  );
  assert.equal(s.machine.checkInvariants(), []);
});

test("mkdev after the odmdelete reuses loop1 and fails: the driver still has the unit", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback; mkdev -c loopback -s node -t loopback; odmdelete -o CuDv -q name=loop1");
  const r = runLine(s, "mkdev -c loopback -s node -t loopback");
  assert.is(r.status, 1);
  assert.is(r.output, "Method error (/usr/lib/methods/cfgloop):\n\t0514-040 Error initializing a device into the kernel.\n");
  // the undefine method took the name's leftovers away; a reboot drops the unit
  assert.not.ok(s.sys.exists("/dev/loop1"));
  assert.is(runLine(s, "odmget -q value3=loop1 CuDvDr").output, "");
  runLine(s, "reboot");
  assert.equal(s.machine.loop.all().map((u) => u.name), ["loop0"]);
  assert.is(runLine(s, "mkdev -c loopback -s node -t loopback").output, "loop1 Available\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test("the review's case: a mounted loop0's CuDv deleted, then mkdev, then loopmount -i: the configure method's error, never 1320-007", () => {
  const s = session();
  runLine(s, "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount; odmdelete -o CuDv -q name=loop0");
  const cfg = "Method error (/usr/lib/methods/cfgloop):\n\t0514-040 Error initializing a device into the kernel.\n";
  // mkdev.c runs the Undefine method when the Configure method fails after its own Define
  assert.equal(runLine(s, "mkdev -c loopback -s node -t loopback"), { output: cfg, status: 1 });
  assert.is(runLine(s, "lsdev -Cc loopback").output, "");
  runLine(s, "umount /cdmount");
  // loopmount without -o and -m mounts nothing: its failure is the method's, as under mkdev
  assert.equal(runLine(s, "loopmount -i /images/disk.img"), { output: cfg, status: 1 });
  assert.equal(runLine(s, "loopmount -i /images/disk.img -o '-V jfs2' -m /cdmount"), { output: cfg, status: 1 });
  assert.is(runLine(s, "lsdev -Cc loopback").output, "");
  // another name has its own minor: loopmount -l loop1 creates and binds it
  assert.equal(runLine(s, "loopmount -i /images/disk.img -l loop1"), { output: "", status: 0 });
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop1 Available  Loopback Device\n");
});

test("odmadd puts back a CuDv object saved with odmget; rmdev can then delete the device", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback; odmget -q name=loop0 CuDv > /tmp/loop0.add; odmdelete -o CuDv -q name=loop0");
  assert.is(runLine(s, "odmadd /tmp/loop0").output, "");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Available  Loopback Device\n");
  assert.is(runLine(s, "rmdev -dl loop0").output, "loop0 deleted\n");
  assert.not.ok(s.sys.exists("/dev/loop0"));
  assert.equal(s.machine.loop.all(), []);
});

test("odmadd reads standard input and gives libodm's messages and exit codes", () => {
  const s = session();
  assert.is(runLine(s, "printf 'CuDv:\\n\\tname = loop7\\n\\tPdDvLn = loopback/node/loopback\\n' | odmadd; lsdev -Cc loopback").output, "loop7 Defined  Loopback Device\n");
  const cases: [string, string, number][] = [
    ["printf 'CuDv:\\n\\tbogus = 1\\n' | odmadd", "0518-405 odmadd: Descriptor bogus does not exist in object class,\n\tstanza line:  1  . Correct descriptor name and try again.\n", 210],
    ["printf 'CuDv:\\n\\tstatus = 1x\\n' | odmadd", "0518-411 odmadd: Incorrect short value, stanza line:  1  \n\tShort values should contain only the digits 0-9.\n", 93],
    ["printf 'Config_Rules:\\n\\tboot_mask = z\\n' | odmadd", "0518-409 odmadd: Incorrect long value, stanza line:  1  \n\tLong values should contain only the digits 0-9.\n", 53],
    ["printf '\\n\\nNoSuch:\\n\\ta = 1\\n' | odmadd", "0518-402 odmadd:  Cannot open class:  NoSuch, stanza line: 3  \n\tCheck path name and permissions.\n", 117],
    ["printf 'CuDv:\\n\\tname\\n' | odmadd", "0518-404 odmadd: Could not find descriptor name, stanza line: 1  .\n\tCorrect stanza and try again.\n", 76],
    ["printf 'CuDv:\\n\\tname = \"x\\n' | odmadd", "0518-414 odmadd: Incorrect stanza, stanza line:  1  .\n\tCorrect stanza and try again.\n", 62],
  ];
  for (const [line, out, status] of cases) {
    const r = runLine(s, line);
    assert.is(r.output, out, line);
    assert.is(r.status, status, line);
  }
  const nofile = runLine(s, "odmadd /tmp/none");
  assert.is(nofile.status, 5);
  assert.ok(nofile.output.startsWith("0518-417 odmadd: Cannot open file: /tmp/none.add.\n\tCheck path name and permissions.\n0518-415 usage: odmadd {File . . . |-}\n"));
  assert.is(runLine(s, "odmadd -x").status, 66);
  // odmadd.c: any first argument starting with - (a lone - too) is the usage; stdin only with no argument
  const dash = runLine(s, "printf 'CuAt:\\n\\tname = \"zz\"\\n' | odmadd -");
  assert.is(dash.status, 66);
  assert.ok(dash.output.startsWith("0518-415 usage: odmadd {File . . . |-}\n\tAdds objects to an object class.\n"), dash.output);
  assert.is(runLine(s, "odmget -q name=zz CuAt").output, "");
});

test("odmchange changes the matching objects from the stanzas for its class, and nothing else", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback");
  runLine(s, "printf 'CuAt:\\n\\tvalue = no\\n\\nCuDv:\\n\\tstatus = 0\\n' > /tmp/ch");
  assert.is(runLine(s, "odmchange -o CuDv -q name=loop0 /tmp/ch").output, "");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Defined  Loopback Device\n");
  // the database says Defined; the driver still has the unit, as on AIX
  assert.equal(s.machine.loop.all().map((u) => u.name), ["loop0"]);
  const cases: [string, string, number][] = [
    ["odmchange -o CuDv -q 'nam=loop0' /tmp/ch", "0518-210 odmchange: Incorrect criteria specified: nam=loop0\n\tCorrect criteria and try again.\n", 232],
    ["odmchange -o CuDv /tmp/none", "0518-205 odmchange: Description file /tmp/none is not accessible\n\tCheck path name and permissions.\n", 3],
    ["odmchange -o Nope /tmp/ch", "0518-207 odmchange: Cannot open object class Nope\n\tCheck path name and permissions.\n", 5],
    ["odmchange /tmp/ch", "0518-202 usage: odmchange -o classname [-q criteria] File \n\tChanges objects in a given object class.\n", 2],
    ["printf 'CuDv:\\n\\tstatus = x\\n' | odmchange -o CuDv", "0518-216 odmchange: Incorrect numeric value, stanza line: 1.\n\tNumeric values should contain only the digits 0-9.\n", 174],
    ["printf 'CuDv:\\n\\tnope = 1\\n' | odmchange -o CuDv", "0518-213 odmchange: Descriptor nope does not exist in object class,\n\tstanza line: 1.  Correct descriptor name and try again.\n", 210],
  ];
  for (const [line, out, status] of cases) {
    const r = runLine(s, line);
    assert.is(r.output, out, line);
    assert.is(r.status, status, line);
  }
});

test("odmdelete: usage, unknown class, bad criteria, getopt's message", () => {
  const s = session();
  const cases: [string, string, number][] = [
    ["odmdelete -q x", "0518-302 usage: odmdelete -o object_class [-q criteria]\n\tDeletes objects from an object class.\n", 2],
    ["odmdelete -o Nope", "0518-305 odmdelete: Cound not open object class Nope\n\tCheck path name and permissions.\n", 5],
    ["odmdelete -o CuDv -q 'bad=='", "0518-306 odmdelete: Could not delete objects.\n\tCheck criteria, path name and permissions.\n", 5],
    ["odmdelete -o CuDv -q 'name=none'", "0518-307 odmdelete: 0 objects deleted.\n", 0],
    ["odmdelete -z", "odmdelete: Not a recognized flag: z\n", 2],
  ];
  for (const [line, out, status] of cases) {
    const r = runLine(s, line);
    assert.is(r.output, out, line);
    assert.is(r.status, status, line);
  }
});

test("odmadd of /dev/zero reads on without growing and ends at the step budget; nothing crashes", () => {
  const s = createSession({ samples: false, settings: { step_budget: 20000 } });
  const r = runLine(s, "odmadd /dev/zero");
  assert.not.match(r.output, /internal error|RangeError/);
  assert.is(runLine(s, "echo still here").output, "still here\n");
});

test.run();
