// Fuzz on the BSD machine: random command lines around the null layer, umap and the vnode disk
// (no crash, no internal error, invariants after every line), and a property of the null layer:
// whatever is done through the copy or the original, the two show the same names and inodes,
// the copy keeps its own device number, and nothing but an errno escapes the kernel.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { createSession, runLine } from "../../engine/session.js";
import { isKernelError } from "../../engine/kernel/errno.js";
import type { Sys } from "../../engine/kernel/sys.js";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const words = fc.constantFrom(
  "mount_loopback", "mount_null", "mount_umap", "mount", "umount", "df", "vndconfig", "mount_cd9660", "stat", "fstat",
  "ls", "cd", "pwd", "/bin/pwd", "mkdir", "rmdir", "cat", "echo", "touch", "rm", "mv", "ln", "cp", "kill", "sleep",
  "-t", "null", "loopback", "umap", "cd9660", "ufs", "-o", "ro", "rw", "nodev", "noexec", "-f", "-a", "-u", "-g", "-c",
  "-r", "-i", "-l", "-x", "-s", "-v", "-k", "%d", "%i", "-f '%d %i %N'", "/usr/include", "/usr/include/sys", "/mnt",
  "/mnt/sys", "/mnt/sys/types.h", "/mnt2", "/tmp", "/", "/usr", "..", ".", "/dev/vnd0c", "/dev/vnd0",
  "/etc/umap.u", "/etc/umap.g", "/nosuch", "0", "1", "&", ";", "&&", "||", "|", ">", "2>&1", "x", "'", "$?", "%1",
);
// (not the sample CD image: cat of its 640 MB would be a 640 MB transcript string in this harness)
const line = fc.array(words, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" "));

test("random BSD command lines: no crash, no internal error, invariants hold", () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
      const shell = createSession({ os: "bsd", setup: { dirs: ["/mnt", "/mnt2"], files: { "/etc/umap.u": "1\n0 0\n", "/etc/umap.g": "1\n0 0\n" } } });
      for (const l of lines) {
        const { output } = runLine(shell, l);
        if (output.includes("internal error")) throw new Error(`internal error for: ${l}\n${output}`);
        const broken = shell.machine.checkInvariants();
        if (broken.length) throw new Error(`invariants broken after: ${l}\n${broken.join("\n")}`);
        if (shell.state.exitRequested !== null) break;
      }
    }),
    { numRuns: Math.max(50, Math.floor(NUM_RUNS / 3)), seed: 20261205 },
  );
});

type Op = { kind: "mkdir" | "write" | "unlink" | "rmdir" | "rename"; via: "copy" | "orig"; a: string; b: string };
const name = fc.constantFrom("a", "b", "c", "d/e", "d", "d/f");
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom("mkdir", "write", "unlink", "rmdir", "rename"),
  via: fc.constantFrom("copy", "orig"),
  a: name,
  b: name,
});

function listing(sys: Sys, root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of [...sys.readdir(dir)].sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const a = sys.lstat(`${dir}/${e.name}`);
      out.push(`${rel}${e.name} ${a.type} ${a.fileid} ${a.size}`);
      if (a.type === "VDIR") walk(`${dir}/${e.name}`, `${rel}${e.name}/`);
    }
  };
  walk(root, "");
  return out;
}

test("the null layer: the copy and the original agree after any operations through either", () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
      const shell = createSession({ os: "bsd", setup: { dirs: ["/tmp/orig", "/mnt"] } });
      const sys = shell.sys;
      runLine(shell, "mount_loopback /tmp/orig /mnt");
      for (const o of ops) {
        const base = o.via === "copy" ? "/mnt" : "/tmp/orig";
        try {
          if (o.kind === "mkdir") sys.mkdir(`${base}/${o.a}`);
          else if (o.kind === "write") sys.writeFile(`${base}/${o.a}`, o.b);
          else if (o.kind === "unlink") sys.unlink(`${base}/${o.a}`);
          else if (o.kind === "rmdir") sys.rmdir(`${base}/${o.a}`);
          else sys.rename(`${base}/${o.a}`, `${base}/${o.b}`);
        } catch (e) {
          if (!isKernelError(e)) throw e;
        }
        assert.equal(listing(sys, "/mnt"), listing(sys, "/tmp/orig"));
        assert.is.not(sys.stat("/mnt").fsid, sys.stat("/tmp/orig").fsid);
        assert.equal(shell.machine.checkInvariants(), []);
      }
    }),
    { numRuns: NUM_RUNS, seed: 8 },
  );
});

test.run();
