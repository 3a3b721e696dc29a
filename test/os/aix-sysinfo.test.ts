// What the LPAR says about itself agrees everywhere: prtconf, lscfg, bootinfo, uname and
// lsattr -El sys0 all read sys0's attributes, CuVPD and the devices from the ODM.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../engine/session.js";

const session = () => createSession({ samples: true, setup: { dirs: ["/cdmount"] } });

const LSCFG_DEVICES =
  "+ sys0                                                           System Object\n" +
  "+ sysplanar0                                                     System Planar\n" +
  "* vio0                                                           Virtual I/O Bus\n" +
  "* vscsi0           U9009.42A.78A1B2C-V1-C3-T1                    Virtual SCSI Client Adapter\n" +
  "* hdisk0           U9009.42A.78A1B2C-V1-C3-T1-L8100000000000000  Virtual SCSI Disk Drive\n" +
  "* ent0             U9009.42A.78A1B2C-V1-C2-T1                    Virtual I/O Ethernet Adapter (l-lan)\n" +
  "* vsa0             U9009.42A.78A1B2C-V1-C0                       LPAR Virtual Serial Adapter\n" +
  "* vty0             U9009.42A.78A1B2C-V1-C0-L0                    Asynchronous Terminal\n" +
  "+ L2cache0                                                       L2 Cache\n" +
  "+ mem0                                                           Memory\n" +
  "+ proc0                                                          Processor\n" +
  "+ proc4                                                          Processor\n";

const LSCFG =
  "INSTALLED RESOURCE LIST\n\nThe following resources are installed on the machine.\n+/- = Added or deleted from Resource List.\n" +
  "*   = Diagnostic support not available.\n\t\n  Model Architecture: chrp\n  Model Implementation: Multiple Processor, PCI bus\n\t\n" +
  LSCFG_DEVICES;

test("prtconf: the LPAR summary, sections and the installed resources", () => {
  const s = session();
  const out = runLine(s, "prtconf").output;
  assert.is(
    out,
    "System Model: IBM,9009-42A\nMachine Serial Number: 78A1B2C\nProcessor Type: PowerPC_POWER9\nProcessor Implementation Mode: POWER 9\n" +
      "Processor Version: PV_9_Compat\nNumber Of Processors: 2\nProcessor Clock Speed: 3450 MHz\nCPU Type: 64-bit\nKernel Type: 64-bit\n" +
      "LPAR Info: 1 aixlab\nMemory Size: 8192 MB\nGood Memory Size: 8192 MB\nPlatform Firmware level: VL950_075\n" +
      "Firmware Version: IBM,FW950.30 (VL950_075)\nConsole Login: enable\nAuto Restart: true\nFull Core: false\n" +
      "NX Crypto Acceleration: Capable and Enabled\n \nNetwork Information\n\tHost Name: aixlab\n\tIP Address: \n\tSub Netmask: \n" +
      "\tGateway: \n\tName Server: \n\tDomain Name: \n \nPaging Space Information\n\tTotal Paging Space: 512MB\n\tPercent Used: 1%\n \n" +
      "Volume Groups Information\n" + "=".repeat(78) + "\nActive VGs\n" + "=".repeat(78) + "\nrootvg:\n" +
      "PV_NAME           PV STATE          TOTAL PPs   FREE PPs    FREE DISTRIBUTION\n" +
      "hdisk0            active            639         464         127..81..00..128..128\n" + "=".repeat(78) + "\n\n" + LSCFG,
  );
});

test("prtconf's flags print their lines; it follows sys0's attributes", () => {
  const s = session();
  assert.is(runLine(s, "prtconf -m -s").output, "Processor Clock Speed: 3450 MHz\nMemory Size: 8192 MB\n");
  assert.is(runLine(s, "prtconf -L -k -c").output, "CPU Type: 64-bit\nKernel Type: 64-bit\nLPAR Info: 1 aixlab\n");
  runLine(s, "chdev -l sys0 -a fullcore=true");
  assert.match(runLine(s, "prtconf").output, /\nFull Core: true\n/);
  const bad = runLine(s, "prtconf -x");
  assert.is(bad.status, 1);
  assert.is(bad.output, "prtconf: Not a recognized flag: x\nUsage: prtconf [-c] [-k] [-L] [-m] [-s] [-v]\n");
});

test("lscfg: the sys0 tree with location codes; -v the VPD from CuVPD; -p the platform node; -l one device", () => {
  const s = session();
  assert.is(runLine(s, "lscfg").output, LSCFG);
  assert.is(
    runLine(s, "lscfg -vpl ent0").output,
    "  ent0             U9009.42A.78A1B2C-V1-C2-T1  Virtual I/O Ethernet Adapter (l-lan)\n\n" +
      "        Network Address.............FA1A6B2C3D02\n        Displayable Message.........Virtual I/O Ethernet Adapter (l-lan)\n" +
      "        Hardware Location Code......U9009.42A.78A1B2C-V1-C2-T1\n\n  PLATFORM SPECIFIC\n\n  Name:  l-lan\n    Node:  l-lan@30000002\n" +
      "    Device Type:  network\n    Physical Location: U9009.42A.78A1B2C-V1-C2-T1\n\n",
  );
  // with -l the location column is as wide as the listed devices' codes (none here)
  assert.is(runLine(s, "lscfg -l 'proc*'").output, `  proc0${" ".repeat(14)}Processor\n  proc4${" ".repeat(14)}Processor\n`);
  // the VPD comes from the database: change it there and lscfg shows it
  runLine(s, "printf 'CuVPD:\\n\\tvpd = \"*NA0000C0FFEE01\"\\n' | odmchange -o CuVPD -q name=ent0");
  assert.match(runLine(s, "lscfg -vl ent0").output, /Network Address\.+0000C0FFEE01\n\n$/);
  const none = runLine(s, "lscfg -l loop0");
  assert.is(none.output, "lscfg: device loop0 not found.\n");
});

test("bootinfo answers from the ODM and the devices: bit modes, memory, disk and image sizes", () => {
  const s = session();
  assert.is(runLine(s, "bootinfo -K").output, "64\n");
  assert.is(runLine(s, "bootinfo -y").output, "64\n");
  assert.is(runLine(s, "bootinfo -r").output, `${runLine(s, "lsattr -El sys0 -a realmem -F value").output}`);
  assert.is(runLine(s, "bootinfo -s hdisk0").output, "20480\n");
  assert.is(runLine(s, "bootinfo -b -t -p -T").output, "1\nhdisk0\nchrp\nchrp\n");
  const missing = runLine(s, "bootinfo -s hdisk9");
  assert.is(missing.output, "");
  assert.is(missing.status, 4);
  runLine(s, "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount");
  const size = s.sys.stat("/backup/cd_image").size;
  assert.is(runLine(s, "bootinfo -s loop0").output, `${Math.floor(size / 1048576)}\n`);
});

test("uname -M and -u are sys0's modelname and systemid; -W is 0; -F and -f are hex strings", () => {
  const s = session();
  const model = runLine(s, "lsattr -El sys0 -a modelname -F value").output;
  const sysid = runLine(s, "lsattr -El sys0 -a systemid -F value").output;
  assert.is(runLine(s, "uname -M").output, model);
  assert.is(runLine(s, "uname -u").output, sysid);
  assert.is(model, "IBM,9009-42A\n");
  assert.is(runLine(s, "uname -W").output, "0\n");
  assert.match(runLine(s, "uname -F").output, /^[0-9A-F]{16}\n$/);
  assert.is.not(runLine(s, "uname -F").output, runLine(s, "uname -f").output);
  assert.is(runLine(s, "uname -MuW").output, `IBM,9009-42A IBM,0278A1B2C 0\n`);
});

test("lsattr -P, -F on its own, -Z, -o, -h; lsdev -H -F prints a header", () => {
  const s = session();
  assert.is(runLine(s, "lsattr -P -l sys0 -a maxuproc").output, "maxuproc 128 Maximum number of PROCESSES allowed per user True\n");
  assert.is(runLine(s, "lsattr -l sys0 -F attribute:value -a realmem -a systemid").output, "realmem:8388608\nsystemid:IBM,0278A1B2C\n");
  assert.is(runLine(s, "lsattr -El sys0 -a realmem -a ncargs -F value -Z ,").output, "256,8388608,");
  assert.is(runLine(s, "lsattr -l sys0 -o U -F attribute").output, "");
  const h = runLine(s, "lsattr -h");
  assert.is(h.status, 0);
  assert.ok(h.output.startsWith("Usage:\nlsattr { -D [ -O ] | -E [ -O ] | -P [ -O ] | -F Format [ -Z Character ] } -l Name"));
  assert.is(runLine(s, "lsattr -l sys0").status, 1);
  runLine(s, "mkdev -c loopback -s node -t loopback");
  assert.is(runLine(s, "lsdev -Cc loopback -H -F 'name status'").output, "name status\n\nloop0 Available\n");
  assert.is(runLine(s, "lsdev -C -F 'name physloc' -l ent0").output, "ent0 U9009.42A.78A1B2C-V1-C2-T1\n");
});

test("mkdev -a bogus=1 fails as chdev -a bogus=1 does: the change method's 0514-018; nothing is left", () => {
  const s = session();
  const mk = runLine(s, "mkdev -c loopback -s node -t loopback -a bogus=1");
  assert.is(mk.status, 1);
  assert.is(mk.output, "Method error (/usr/lib/methods/chggen):\n\t0514-018 The values specified for the following attributes \n\t         are not valid:\n\tbogus\n");
  assert.is(runLine(s, "lsdev -Cc loopback").output, "");
  assert.is(runLine(s, "odmget -q name=loop0 CuAt").output, "");
  runLine(s, "mkdev -c loopback -s node -t loopback");
  const ch = runLine(s, "chdev -l loop0 -a bogus=1");
  assert.is(ch.output, mk.output);
  assert.equal(s.machine.checkInvariants(), []);
});

test.run();
