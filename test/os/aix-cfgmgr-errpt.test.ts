// cfgmgr runs the Config_Rules of phase 2 and the configure methods; errpt reports the error
// log the machine keeps from its boots and shutdowns.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const session = () => createSession({ samples: true, setup: { dirs: ["/cdmount"] } });

test("cfgmgr configures a Defined loop device and binds its image again; it prints nothing", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image; rmdev -l loop0");
  assert.equal(s.machine.loop.all(), []);
  const r = runLine(s, "cfgmgr");
  assert.is(r.output, "");
  assert.is(r.status, 0);
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Available  Loopback Device\n");
  assert.is(s.machine.loop.all()[0]!.imagePath, "/backup/cd_image");
  assert.equal(s.machine.checkInvariants(), []);
});

test("cfgmgr: a configure method that fails is reported and the device stays Defined", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image; rmdev -l loop0; mv /backup/cd_image /backup/moved");
  const r = runLine(s, "cfgmgr");
  assert.is(r.output, "Method error (/usr/lib/methods/cfgloop):\n\t0514-040 Error initializing a device into the kernel.\n");
  assert.is(r.status, 0);
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Defined  Loopback Device\n");
});

test("cfgmgr -v reports the rules and methods as AIX does; -l one device", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback -d");
  const v = runLine(s, "cfgmgr -v").output;
  assert.ok(v.startsWith("cfgmgr is running in phase 2\n----------------\nTime: 0 LEDS: 0x538\nInvoking top level program -- \"/usr/lib/methods/loadkmod\"\nTime: 0 LEDS: 0x539\nReturn code = 0\n*** no stdout ****\n*** no stderr ****\n"));
  assert.ok(v.includes("Invoking top level program -- \"/etc/methods/defsys\"\nTime: 0 LEDS: 0x539\nReturn code = 0\n***** stdout *****\nsys0\n\n*** no stderr ****\n----------------\nAttempting to configure device 'sys0'\nTime: 0 LEDS: 0x811\nInvoking /usr/lib/methods/cfgsys_chrp -l sys0 \nNumber of running methods: 1\n----------------\nCompleted method for: sys0, Elapsed time = 0\nReturn code = 0\n***** stdout *****\nsysplanar0 \n*** no stderr ****\n----------------\nTime: 0 LEDS: 0x539\nNumber of running methods: 0\n"));
  assert.ok(v.includes("Attempting to configure device 'loop0'\n"));
  assert.ok(v.endsWith("----------------\nCalling savebase\nReturn code = 0\n*** no stdout ****\n*** no stderr ****\nConfiguration time: 0 seconds\n"));
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Available  Loopback Device\n");
  const one = runLine(s, "cfgmgr -l nosuch");
  assert.is(one.output, "cfgmgr: 0514-612 Unable to configure the nosuch device because\n\tit either does not exist in the customized device database or it does not\n\thave a corresponding entry in the predefined device database.\n\n");
  assert.is(one.status, 0);
});

test("cfgmgr refuses phase 1 at run time and conflicting phases; a phase without rules", () => {
  const s = session();
  assert.is(runLine(s, "cfgmgr -f").output, "cfgmgr: 0514-606 Running PHASE1 at this point is not valid.\n");
  assert.is(runLine(s, "cfgmgr -s -f").output, "cfgmgr: 0514-601 Flag conflict : -f|-p\nUsage: cfgmgr [-f|-s|-p phase] [-l name] [-v] [-i device]\n");
  const none = runLine(s, "cfgmgr -p 7");
  assert.is(none.output, "cfgmgr: 0514-607 There are no sequence rules to execute for the\n\tspecified phase.\n");
  assert.is(none.status, 1);
  // the rules are the database's: delete them and cfgmgr has none to run
  runLine(s, "odmdelete -o Config_Rules -q phase=2");
  assert.is(runLine(s, "cfgmgr").status, 1);
});

test("odmget Config_Rules and CuVPD answer from the ODM", () => {
  const s = session();
  assert.is(
    runLine(s, "odmget -q 'phase=2 and seq=10' Config_Rules").output,
    '\nConfig_Rules:\n\tphase = 2\n\tseq = 10\n\tboot_mask = 0\n\trule = "/etc/methods/defsys"\n',
  );
  assert.is(
    runLine(s, "odmget -q name=vscsi0 CuVPD").output,
    '\nCuVPD:\n\tname = "vscsi0"\n\tvpd_type = 0\n\tvpd = "*YLU9009.42A.78A1B2C-V1-C3-T1"\n',
  );
});

test("errpt: the boot's entries newest first; -a, -j, -N, -s, -t; a loopmount logs nothing", () => {
  const s = createSession({ samples: true, clock: "2013-11-27T06:43:00Z", setup: { dirs: ["/cdmount"] } });
  const summary =
    "IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n" +
    "A6DF45AA   1124022613 I O RMCdaemon      The daemon is started.\n" +
    "3CACA614   1124022613 I O sys0           Partition boot reason.\n" +
    "2BFA76F6   1124022313 T S SYSPROC        SYSTEM SHUTDOWN BY USER\n" +
    "9DBCFDEE   1124022613 T O errdemon       ERROR LOGGING TURNED ON\n" +
    "192AC071   1124022313 T O errdemon       ERROR LOGGING TURNED OFF\n";
  assert.is(runLine(s, "errpt").output, summary);
  runLine(s, "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount");
  assert.is(runLine(s, "errpt").output, summary);
  assert.is(
    runLine(s, "errpt -a -j 9DBCFDEE").output,
    "---------------------------------------------------------------------------\nLABEL:\t\tERRLOG_ON\nIDENTIFIER:\t9DBCFDEE\n\n" +
      "Date/Time:       Sun Nov 24 02:26:09 UTC 2013\nSequence Number: 2\nMachine Id:      00C4A1B24C00\nNode Id:         aixlab\n" +
      "Class:           O\nType:            TEMP\nWPAR:            Global\nResource Name:   errdemon\n\n" +
      "Description\nERROR LOGGING TURNED ON\n\nProbable Causes\nERRDEMON STARTED AUTOMATICALLY\n\nUser Causes\n/USR/LIB/ERRDEMON COMMAND\n\n" +
      "\tRecommended Actions\n\tNONE\n\n",
  );
  assert.match(runLine(s, "errpt -a -j 2BFA76F6").output, /\nDetail Data\nUSER ID\n {11}0\n0=SOFT IPL 1=HALT 2=TIME REBOOT\n {11}0\n/);
  assert.is(runLine(s, "errpt -N errdemon -s 1124022513").output, "IDENTIFIER TIMESTAMP  T C RESOURCE_NAME  DESCRIPTION\n9DBCFDEE   1124022613 T O errdemon       ERROR LOGGING TURNED ON\n");
  assert.is(runLine(s, "errpt -j FFFFFFFF").output, "");
  assert.match(runLine(s, "errpt -t").output, /^Id       Label               Type CL Description\n9DBCFDEE ERRLOG_ON           TEMP O  ERROR LOGGING TURNED ON {17}\n/);
  const bad = runLine(s, "errpt -s 99");
  assert.is(bad.output, "0315-176 Invalid start or end time supplied: 99\n");
  assert.is(bad.status, 1);
  assert.is(runLine(s, "errpt -J A -K B").output, "0315-143 The flags J and K are mutually exclusive.\n");
});

test("a reboot logs its shutdown and the new boot; cfgmgr's rules bring the loop devices back", () => {
  const s = createSession({ samples: true, clock: "2013-11-27T06:43:00Z", setup: { dirs: ["/cdmount"] } });
  runLine(s, "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image");
  runLine(s, "loopmount -i /images/disk.img -o '-V jfs2 -o log=NULL' -m /cdmount");
  runLine(s, "reboot");
  const lines = runLine(s, "errpt").output.split("\n").slice(1, 6).map((l) => l.split(/ +/));
  // newest first: the new boot's entries, the shutdown recorded at its own time, then the old log
  assert.equal(lines.map((f) => f[0]), ["A6DF45AA", "3CACA614", "2BFA76F6", "9DBCFDEE", "192AC071"]);
  assert.is(lines[2]![1], lines[4]![1], "REBOOT_ID carries the time of the shutdown");
  assert.ok(lines[3]![1]! > lines[4]![1]!, "the error daemon starts after the shutdown");
  assert.is(runLine(s, "errpt | wc -l").output.trim(), "11");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Available  Loopback Device\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test("a loop device whose image is gone stays Defined at boot; mkdev -l reports 0514-040 until filename names a file", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image; mv /backup/cd_image /backup/moved; reboot");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Defined  Loopback Device\n");
  assert.equal(runLine(s, "mkdev -l loop0"), { output: "Method error (/usr/lib/methods/cfgloop):\n\t0514-040 Error initializing a device into the kernel.\n", status: 1 });
  assert.is(runLine(s, "lsdev -Cc loopback").output, "loop0 Defined  Loopback Device\n", "a device mkdev did not define stays");
  assert.is(runLine(s, "chdev -l loop0 -a filename=/backup/moved; mkdev -l loop0").output, "loop0 changed\nloop0 Available\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test("the boot mounts a stanza of /etc/filesystems with options = ro read-only (a CD image on a loop device)", () => {
  const s = session();
  runLine(s, "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image");
  runLine(s, "printf '\\n/cdmount:\\n\\tdev\\t\\t= /dev/loop0\\n\\tvfs\\t\\t= cdrfs\\n\\tmount\\t\\t= true\\n\\toptions\\t\\t= ro\\n' >> /etc/filesystems");
  assert.is(runLine(s, "tail -5 /etc/filesystems").output, "/cdmount:\n\tdev\t\t= /dev/loop0\n\tvfs\t\t= cdrfs\n\tmount\t\t= true\n\toptions\t\t= ro\n");
  runLine(s, "reboot");
  assert.match(runLine(s, "mount").output, /\n {9}\/dev\/loop0 {7}\/cdmount {9}cdrfs  Nov 27 06:4\d ro {14}\n$/);
  assert.is(runLine(s, "cat /cdmount/installp/ppc/tools.lst").output, "bos.loopback.rte 7.2.4.0\ndevices.loopback.rte 7.2.4.0\n");
  assert.equal(s.machine.checkInvariants(), []);
});

test.run();
