// Fuzz: thousands of random command lines and random corrupt images thrown at the machine. No
// crash (run never throws), no "internal error" (a command that let a bug escape), no hang, and
// the invariant checker holds after every command.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { createSession, runLine } from "../../engine/session.js";
import { buildIso } from "../../engine/kernel/fs/iso9660/writer.js";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const words = fc.constantFrom(
  "loopmount", "loopumount", "mkdev", "rmdev", "chdev", "lsdev", "lsattr", "odmget", "mount", "umount", "df",
  "varyonvg", "ls", "cd", "pwd", "mkdir", "rmdir", "cat", "echo", "grep", "touch", "rm", "ln", "cp", "mv", "head",
  "tail", "wc", "istat", "dd", "od", "env", "export", "true", "false", "help", "man", "uname", "hostname", "oslevel",
  "-i", "-l", "-o", "-m", "-c", "-s", "-t", "-d", "-a", "-C", "-P", "-E", "-H", "-q", "-V", "-r", "-R", "-p", "-f",
  "-k", "-g", "-n", "-v", "-1", "loop0", "loop1", "loop7", "loopback", "node", "cdrfs", "jfs2", "udfs", "ro", "rw",
  "/backup/cd_image", "/images/disk.img", "/img/c.iso", "/cdmount", "/mnt", "/dev/loop0", "/dev/loop1", "/tmp/x",
  "/", "..", ".", "/dev", "/etc/filesystems", "CuDv", "CuAt", "CuDvDr", "PdDv", "name=loop0", "filename=/img/c.iso",
  "temporary=no", "if=/img/c.iso", "of=/tmp/x", "bs=512", "count=3", "skip=64", "*", "/dev/loop*", "'-V cdrfs -o ro'",
  '"-V cdrfs"', "$?", "${HOME}", "x=1", "|", "&&", "||", ";", ">", ">>", "<", "2>&1", "2>", "\\", "'", '"', "#",
  // ksh compound commands and substitutions
  "for", "i", "in", "do", "done", "while", "until", "if", "then", "else", "fi", "case", "esac", "$(", ")", "(", "`",
  "{", "}", "[", "]", "test", "-d", "-f", "read", "print", "set", "$i", "$((", "1+2", "~", "break", "exit", "chmod", "+x",
  "/tmp/x/s.sh", "reboot", "date", "importvg", "grep -p",
  // volume groups and file systems
  "lsvg", "lspv", "lsfs", "crfs", "chfs", "rootvg", "hdisk0", "size=1G", "size=+64M", "size=-32M", "/data", "-A",
);

const line = fc.array(words, { minLength: 1, maxLength: 9 }).map((ws) => ws.join(" "));


test("random command lines: no crash, no internal error, invariants hold", () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
      const shell = createSession({ setup: { dirs: ["/cdmount", "/tmp/x", "/img"] } });
      const iso = buildIso({ volume: "C", files: { "a.txt": "A\n", "d/b.txt": "B\n" }, mtime: 0 });
      const f = shell.sys.open("/img/c.iso", { write: true, create: true });
      for (const c of iso.chunks) f.vnode.write(c.offset, c.data);
      f.vnode.setattr({ size: iso.size });
      for (const l of lines) {
        const { output } = runLine(shell, l);
        if (output.includes("internal error")) throw new Error(`internal error for: ${l}\n${output}`);
        const broken = shell.machine.checkInvariants();
        if (broken.length) throw new Error(`invariants broken after: ${l}\n${broken.join("\n")}`);
        if (shell.state.exitRequested !== null) break;
      }
    }),
    { numRuns: NUM_RUNS, seed: 20261121 },
  );
});

test("random corrupt images: loopmount either mounts or fails cleanly; reading never crashes", () => {
  const base = buildIso({ volume: "FUZZ", files: { "a.txt": "alpha\n", "dir/b.txt": "beta\n".repeat(500), "dir/sub/c": "c" }, mtime: 0 });
  const flat = new Uint8Array(base.size);
  for (const c of base.chunks) flat.set(c.data, c.offset);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(flat.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
      fc.option(fc.nat(flat.length), { nil: undefined }),
      (mutations, truncate) => {
        const img = flat.slice(0, truncate ?? flat.length);
        for (const [at, v] of mutations) if (at < img.length) img[at] = v;
        const shell = createSession({ setup: { dirs: ["/cdmount"] }, samples: false });
        shell.sys.writeFile("/bad.iso", img);
        for (const l of ['loopmount -i /bad.iso -o "-V cdrfs -o ro" -m /cdmount', "ls -R /cdmount", "cat /cdmount/a.txt /cdmount/dir/b.txt", "ls -l /cdmount/dir", "loopumount -i /bad.iso -m /cdmount", "lsdev -Cc loopback"]) {
          const { output } = runLine(shell, l);
          if (output.includes("internal error")) throw new Error(`internal error for: ${l}\n${output}`);
          const broken = shell.machine.checkInvariants();
          if (broken.length) throw new Error(`invariants broken after: ${l}\n${broken.join("\n")}`);
        }
        assert.is(runLine(shell, "lsdev -Cc loopback").output, "");
      },
    ),
    { numRuns: Math.max(50, Math.floor(NUM_RUNS / 2)), seed: 424242 },
  );
});

test.run();
