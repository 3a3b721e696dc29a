import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("no input throws");

const WORDS = ["", "-", "--", "-x", "-l", "-r", "-n", "-c", "-9", "+3", "/", ".", "..", "/nope", "/d", "/f", "/dev/loop0", "/l", "/dangling", "/d/", "if=/f", "of=/d", "bs=1k", "count=1", "skip=99", "conv=sync", "-t", "x", "a=b", "\\(", "[", "99999999999999999999", "-m", "0", "-p"];

t("every command, every pair of odd operands", () => {
  const l = lab();
  l.sys.mkdir("/d");
  l.write("/f", "line one\nline two\n");
  l.sys.mkdir("/dev");
  l.sys.mknod("/dev/loop0", "VBLK", 0o660, { major: 34, minor: 0 });
  l.sys.symlink("/f", "/l");
  l.sys.symlink("/missing", "/dangling");
  const names = [...l.os.commands.keys()].filter((n) => n !== "exit");
  let runs = 0;
  for (const name of names) {
    for (const a of WORDS) {
      for (const b of ["", "/f", "/d", "-", "/nope", "1"]) {
        const argv = b === "" ? [name, a] : [name, a, b];
        try {
          const r = l.run(argv, { stdin: "some input\n" });
          assert.type(r.status, "number");
          assert.ok(r.status >= 0 && r.status <= 255, `${argv.join(" ")} → ${r.status}`);
        } catch (e) {
          assert.unreachable(`${JSON.stringify(argv)} threw ${(e as Error).stack}`);
        }
        runs++;
        // keep the fixture: recreate what a command removed or moved
        if (!l.sys.exists("/d")) l.sys.mkdir("/d");
        if (!l.sys.exists("/f") || l.sys.stat("/f").type !== "VREG") {
          try {
            l.sys.unlink("/f");
          } catch {
            /* absent */
          }
          l.write("/f", "line one\nline two\n");
        }
        l.sys.chdir("/");
        l.shell.env.set("PWD", "/");
      }
    }
  }
  assert.ok(runs > 1000);
});

t.run();
