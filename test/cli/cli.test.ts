// The looplab bin (the esbuild bundle that `npm test` builds first): -c, stdin, --echo,
// --import, check, explain, and the rule that headless paths never load ink or react.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = "dist/looplab.mjs";
const lab = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? "", encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { out: r.stdout, err: r.stderr, status: r.status };
};

test("-c runs a command list and exits with the last status", () => {
  const r = lab(["-c", 'mkdir /cdmount; loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount; lsdev -C | grep loop']);
  assert.is(r.out, "loop0      Available       Loopback Device\n");
  assert.is(r.status, 0);
  assert.is(lab(["-c", "lsdev -C | grep nothing"]).status, 1);
  assert.is(lab(["-c", "nosuchcommand"]).status, 127);
});

test("npm ci links the command: node_modules/.bin/looplab is the built bin (npx looplab in the README)", () => {
  const r = spawnSync("node_modules/.bin/looplab", ["-c", "uname; oslevel"], { encoding: "utf8" });
  assert.is(r.stdout, "AIX\n7.2.0.0\n");
  assert.is(r.status, 0);
});

test("stdin: line by line, with --echo a transcript", () => {
  const r = lab(["--echo"], "mkdir /m\necho 'two\nlines'\nexit 3\necho never\n");
  assert.is(r.out, "# mkdir /m\n# echo 'two\n> lines'\ntwo\nlines\n# exit 3\n");
  assert.is(r.status, 3);
});

test("--import makes a host file readable in the lab, read-only", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-import-"));
  const host = join(dir, "note.txt");
  writeFileSync(host, "from the host\n");
  const r = lab(["--import", `${host}:/backup/note.txt`, "-c", "cat /backup/note.txt; echo x >> /backup/note.txt"]);
  assert.is(r.out.split("\n")[0], "from the host");
  assert.is(r.status, 1);
  assert.is(readFileSync(host, "utf8"), "from the host\n");
});

test("--import: a host path with colons (split at the last); onto a directory, / or a device: one line, status 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-import:colon-"));
  const host = join(dir, "a:b.txt");
  writeFileSync(host, "colons\n");
  assert.equal(lab(["--import", `${host}:/backup/ab.txt`, "-c", "cat /backup/ab.txt"]), { out: "colons\n", err: "", status: 0 });
  const refused: [string, string][] = [
    ["/", "looplab: cannot import to /: a directory; name the file (HOST_PATH:/dir/name)\n"],
    ["/tmp", "looplab: cannot import to /tmp: a directory; name the file (HOST_PATH:/dir/name)\n"],
    ["/tmp/", "looplab: cannot import to /tmp/: a directory; name the file (HOST_PATH:/dir/name)\n"],
    ["/dev/null", "looplab: cannot import to /dev/null: not a regular file\n"],
    ["/q/../tmp", "looplab: cannot import to /tmp: a directory; name the file (HOST_PATH:/dir/name)\n"],
    ["/etc/motd/x", "looplab: cannot import to /etc/motd/x: /etc/motd is not a directory\n"],
    ["relative", `looplab: --import takes HOST_PATH:LAB_PATH (an absolute lab path), not ${host}:relative\n`],
  ];
  for (const [to, err] of refused) assert.equal(lab(["--import", `${host}:${to}`, "-c", "echo ran"]), { out: "", err, status: 2 }, to);
  // .. is read as the lab reads it: no stray /q
  assert.equal(lab(["--import", `${host}:/q/../x`, "-c", "cat /x; ls -d /q"]), {
    out: "colons\nls: 0653-341 The file /q does not exist.\n",
    err: "",
    status: 2,
  });
  assert.equal(lab(["--import", `${dir}:/backup/d`, "-c", "echo ran"]), { out: "", err: `looplab: cannot import ${dir}: not a regular file\n`, status: 2 });
});

test("--setting: names and values are checked (one line, status 2); good ones take effect", () => {
  const bad: [string, string][] = [
    ["nosuch=1", "looplab: no setting named nosuch (settings: loopmount_creates_named, wpar, ulimit_fsize, seconds_per_command, step_budget, interrupt_after, scrollback, tty_buffer, quantum, pipe_capacity, string_max, practice_file_limit, uname.*)\n"],
    ["step_budget=lots", "looplab: setting step_budget takes a whole number of at least 1, not lots\n"],
    ["step_budget=0", "looplab: setting step_budget takes a whole number of at least 1, not 0\n"],
    ["wpar=yes", "looplab: setting wpar takes true or false, not yes\n"],
    ["ulimit_fsize=-1", "looplab: setting ulimit_fsize takes a whole number of at least 0 or unlimited, not -1\n"],
    ["pipe_capacity=999999999", "looplab: setting pipe_capacity takes a whole number from 1 to 16777216, not 999999999\n"],
    ["novalue", "looplab: --setting takes NAME=VALUE, not novalue\n"],
  ];
  for (const [arg, err] of bad) assert.equal(lab(["--setting", arg, "-c", "echo ran"]), { out: "", err, status: 2 }, arg);
  // names JavaScript objects inherit are not settings
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    const r = lab(["--setting", `${name}=1`, "-c", "echo ran"]);
    assert.ok(r.err.startsWith(`looplab: no setting named ${name} (settings: `) && r.status === 2 && r.out === "", name);
  }
  assert.equal(lab(["--setting", "uname.sysname=LAB", "--setting", "wpar=false", "-c", "uname"]), { out: "LAB\n", err: "", status: 0 });
  assert.equal(lab(["--setting", "ulimit_fsize=unlimited", "-c", "ulimit -f"]), { out: "unlimited\n", err: "", status: 0 });
});

test("--setting ulimit_fsize=0 and small values: a write past the limit fails with AIX's EFBIG text", () => {
  const r = lab(["--setting", "ulimit_fsize=0", "-c", "ulimit -f; head -c 10 /etc/motd > /tmp/a; echo $?; echo hi > /tmp/b; echo $?; wc -c < /tmp/a; wc -c < /tmp/b"]);
  // the terminal shows both streams, in order
  const efbig = "A file cannot be larger than the value set by ulimit.";
  assert.is(r.out, `0\n/etc/motd: ${efbig}\n1\necho: ${efbig}\n1\n       0\n       0\n`);
  const one = lab(["--setting", "ulimit_fsize=1", "-c", "head -c 600 /dev/zero > /tmp/c; echo $?; wc -c < /tmp/c; echo 0123456789 > /tmp/d; echo $?"]);
  assert.is(one.out, `/dev/zero: ${efbig}\n1\n     512\n0\n`);
});

test("check: pass, and a diff naming the command that differed; --update rewrites", () => {
  const dir = mkdtempSync(join(tmpdir(), "looplab-check-"));
  const good = join(dir, "good.md");
  writeFileSync(good, "---\ntitle: t\nos: aix\n---\n```console\n# echo hi\nhi\n# false\n[1]\n```\n");
  const bad = join(dir, "bad.md");
  writeFileSync(bad, "---\ntitle: t\nos: aix\n---\n```console\n# echo hi\nho\n```\n");
  const r = lab(["check", good, bad]);
  assert.is(r.status, 1);
  assert.match(r.out, /pass .*good\.md/);
  assert.match(r.out, /FAIL .*bad\.md:6: # echo hi\n  --- expected\n  \+\+\+ actual\n/);
  assert.match(r.out, /-ho\n.*\+hi/s);
  assert.match(r.out, /1 passed, 1 failed/);
  assert.is(lab(["check", "--update", bad]).status, 0);
  assert.is(lab(["check", bad]).status, 0);
  assert.match(readFileSync(bad, "utf8"), /# echo hi\nhi\n```/);
});

test("explain finds a message in the fidelity ledger", () => {
  const r = lab(["explain", "1320-007 loopmount: Failed to mount the imagefile"]);
  assert.is(r.status, 0);
  assert.match(r.out, /confirmed/);
  assert.is(lab(["explain", "zzz no such text zzz"]).status, 1);
});

test("--version, --help, a bad option", () => {
  assert.match(lab(["--version"]).out, /^looplab \d+\.\d+\.\d+\n$/);
  assert.match(lab(["--help"]).out, /looplab check/);
  assert.is(lab(["--bogus"]).status, 2);
});

test("the headless entry never loads ink or react (they live in a lazily imported chunk)", () => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join("dist", file), "utf8");
    // static imports only: `import … from "./chunks/x.mjs"` (dynamic import("…") is not followed)
    for (const m of src.matchAll(/(?:^|[;\n])\s*import\s*(?:[^"'()]*?\sfrom\s*)?["'](\.\/[^"']+)["']/g)) {
      visit(join(file, "..", m[1]!).replace(/^\.\//, ""));
    }
  };
  visit("looplab.mjs");
  for (const f of seen) {
    const src = readFileSync(join("dist", f), "utf8");
    assert.not.ok(/react-reconciler|yoga-layout/.test(src), `${f} is loaded at start-up and contains ink/react code`);
  }
  assert.ok(readdirSync("dist").length > 0);
  // the CommonJS bundle the bin runs headless (with its V8 code cache) has none either
  assert.not.ok(/react-reconciler|yoga-layout/.test(readFileSync("dist/headless.cjs", "utf8")));
});

test("engine/ and grammar/ never import ink or react, nor read the wall clock", () => {
  const bad: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) {
        const src = readFileSync(p, "utf8");
        if (/from\s+["'](ink|react|ink-text-input)["']/.test(src)) bad.push(`${p}: imports ink/react`);
        if (/Date\.now\(|new Date\(\)|Math\.random\(/.test(src.replace(/\/\/.*$/gm, ""))) bad.push(`${p}: wall clock or randomness`);
      }
    }
  };
  walk("engine");
  walk("grammar");
  assert.equal(bad, []);
});

test.run();
