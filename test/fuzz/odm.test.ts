// Fuzz: random device and ODM command lines, hand edits of the ODM among them. Whatever the
// database says, no command crashes or lets a bug escape, and the checker's invariants hold for
// every device that was not edited by hand.
import { test } from "uvu";
import fc from "fast-check";
import { createSession, runLine } from "../../engine/session.js";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const lines = fc.constantFrom(
  "mkdev -c loopback -s node -t loopback",
  "mkdev -c loopback -s node -t loopback -a filename=/backup/cd_image",
  "mkdev -c loopback -s node -t loopback -d",
  "mkdev -l loop0", "mkdev -l loop1", "rmdev -l loop0", "rmdev -dl loop0", "rmdev -dl loop1", "rmdev -l loop1",
  "chdev -l loop0 -a filename=/images/disk.img", "chdev -l loop1 -a filename=",
  "loopmount -i /backup/cd_image -o '-V cdrfs -o ro' -m /cdmount", "loopumount -l loop0 -m /cdmount",
  "loopmount -l loop1 -o '-V cdrfs -o ro' -m /cdmount", "umount /cdmount",
  "odmdelete -o CuDv -q name=loop0", "odmdelete -o CuDv -q name=loop1", "odmdelete -o CuDvDr -q value3=loop1",
  "odmdelete -o CuAt -q name=loop0", "odmdelete -o CuDv -q 'name like loop*'", "odmdelete -o Config_Rules",
  "odmget -q name=loop0 CuDv > /tmp/s.add", "odmadd /tmp/s", "odmadd /tmp/s.add",
  "printf 'CuDv:\\n\\tname = loop1\\n\\tstatus = 1\\n\\tPdDvLn = loopback/node/loopback\\n' | odmadd",
  "printf 'CuDv:\\n\\tname = sys0\\n\\tparent = sys0\\n' | odmadd",
  "printf 'CuDv:\\n\\tstatus = 0\\n' | odmchange -o CuDv -q name=loop0",
  "printf 'CuDv:\\n\\tname = loop5\\n' | odmchange -o CuDv -q name=loop1",
  "printf 'CuDvDr:\\n\\tvalue2 = 7\\n' | odmchange -o CuDvDr -q value3=loop0",
  "cfgmgr", "cfgmgr -v", "cfgmgr -l loop0", "cfgmgr -vl loop1", "cfgmgr -l sys0",
  "lsdev -C", "lsdev -Cc loopback -H -F 'name status'", "lsattr -El loop0", "lscfg", "lscfg -vp", "prtconf",
  "bootinfo -s loop0", "bootinfo -s loop1 -r", "errpt", "errpt -a", "reboot", "ls -l /dev/loop*",
  "uname -MuFfW", "odmget Config_Rules CuVPD", "rm /dev/loop0", "mknod /dev/loop1 b 34 1",
);

test("random device and ODM command lines: no crash, no internal error, invariants hold", () => {
  fc.assert(
    fc.property(fc.array(lines, { minLength: 1, maxLength: 20 }), (ls) => {
      const shell = createSession({ setup: { dirs: ["/cdmount"] } });
      for (const l of ls) {
        const { output } = runLine(shell, l);
        if (/internal error|TypeError|RangeError/.test(output)) throw new Error(`internal error for: ${l}\n${output}`);
        const broken = shell.machine.checkInvariants();
        if (broken.length) throw new Error(`invariants broken after: ${ls.join(" ; ")}\n${broken.join("\n")}`);
      }
    }),
    { numRuns: NUM_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20270101) },
  );
});

test.run();
