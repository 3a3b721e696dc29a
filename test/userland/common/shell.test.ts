import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lab } from "./helpers.js";

const t = suite("builtins and system commands");

t("cd: to a directory, HOME, -, ksh's message when it fails", () => {
  const l = lab({ env: { HOME: "/home/u" } });
  l.sys.mkdir("/home");
  l.sys.mkdir("/home/u");
  l.sys.mkdir("/tmp");
  assert.is(l.run(["cd", "/tmp"]).status, 0);
  assert.is(l.sys.getcwd(), "/tmp");
  assert.is(l.shell.env.get("PWD"), "/tmp");
  assert.is(l.shell.env.get("OLDPWD"), "/");
  assert.is(l.run(["cd"]).status, 0);
  assert.is(l.sys.getcwd(), "/home/u");
  const back = l.run(["cd", "-"]);
  assert.is(back.out, "/tmp\n");
  assert.is(l.sys.getcwd(), "/tmp");
  let r = l.run(["cd", "/nope"]);
  assert.is(r.status, 1);
  assert.is(r.err, "ksh: /nope:  not found.\n");
  l.write("/file", "");
  r = l.run(["cd", "/file"]);
  assert.is(r.err, "ksh: /file: A parameter must be a directory.\n");
  assert.is(l.sys.getcwd(), "/tmp");
});

t("cd keeps the logical path through symbolic links; cd old new", () => {
  const l = lab();
  l.sys.mkdir("/real");
  l.sys.mkdir("/real/sub");
  l.sys.symlink("/real", "/link");
  l.run(["cd", "/link/sub"]);
  assert.is(l.shell.env.get("PWD"), "/link/sub");
  assert.is(l.run(["pwd"]).out, "/link/sub\n");
  assert.is(l.run(["pwd", "-P"]).out, "/real/sub\n");
  l.run(["cd", ".."]);
  assert.is(l.run(["pwd"]).out, "/link\n");
  l.sys.mkdir("/real2");
  l.sys.mkdir("/real2/sub");
  l.run(["cd", "/real/sub"]);
  const r = l.run(["cd", "real", "real2"]);
  assert.is(r.out, "/real2/sub\n");
  assert.is(l.run(["cd", "zzz", "y"]).err, "ksh: cd: 0403-011 The specified substitution is not valid for this command.\n");
});

t("pwd falls back to getcwd when PWD no longer names the directory", () => {
  const l = lab();
  l.sys.mkdir("/x");
  l.sys.chdir("/x");
  assert.is(l.run(["pwd"]).out, "/x\n");
});

t("export lists NAME=value sorted; sets and marks variables", () => {
  const l = lab();
  l.shell.env.set("LOCAL", "1");
  assert.is(l.run(["export"]).out, "HOME=/\nPWD=/\n");
  assert.is(l.run(["export", "A=b c", "LOCAL"]).status, 0);
  assert.is(l.run(["export"]).out, "A=b c\nHOME=/\nLOCAL=1\nPWD=/\n");
  const r = l.run(["export", "1x=2"]);
  assert.is(r.status, 1);
  assert.is(r.err, "ksh: 1x: is not an identifier\n");
});

t("env prints the environment and runs a command with changes", () => {
  const l = lab();
  assert.is(l.run(["env"]).out, "HOME=/\nPWD=/\n");
  assert.is(l.run(["env", "-i", "X=1"]).out, "X=1\n");
  assert.is(l.run(["env", "Z=9", "env"]).out, "HOME=/\nPWD=/\nZ=9\n");
  assert.is(l.shell.env.get("Z"), undefined);
  const r = l.run(["env", "nosuch"]);
  assert.is(r.status, 127);
  assert.is(r.err, "env: nosuch: A file or directory in the path name does not exist.\n");
});

t("exit sets the requested status; true, false, clear", () => {
  const l = lab();
  l.shell.lastStatus = 3;
  l.run(["exit"]);
  assert.is(l.shell.exitRequested, 3);
  l.run(["exit", "258"]);
  assert.is(l.shell.exitRequested, 2);
  l.shell.exitRequested = null;
  const r = l.run(["exit", "abc"]);
  assert.is(r.err, "ksh: abc: 0403-009 The specified number is not valid for this command.\n");
  assert.is(l.shell.exitRequested, null);
  assert.is(l.run(["true"]).status, 0);
  assert.is(l.run(["false"]).status, 1);
  assert.is(l.run(["clear"]).out, "\x1b[H\x1b[2J");
});

t("help lists every command with its summary; man prints the page", () => {
  const l = lab();
  const h = l.run(["help"]).out.split("\n").filter((x) => x && !x.startsWith(" "));
  assert.is(h.length, l.os.commands.size);
  assert.ok(h[0]!.startsWith("alias"));
  assert.ok(h.some((x) => /^ls\s+Displays the contents of a directory\.$/.test(x)));
  assert.is(l.run(["help", "ls"]).out, "ls - Displays the contents of a directory.\n");
  assert.is(l.run(["help", "zz"]).err, "help: zz is not a command of this system.\n");
  const m = l.run(["man", "ls"]);
  assert.ok(m.out.startsWith("ls Command\n"));
  const n = l.run(["man", "nosuch"]);
  assert.is(n.status, 1);
  assert.is(n.err, "Manual entry for nosuch not found or not installed.\n");
  for (const c of l.os.commands.values()) {
    assert.ok(c.summary.length > 0, c.name);
    assert.ok(c.man.includes(c.name), c.name);
  }
});

t("hostname prints and sets the machine's name", () => {
  const l = lab();
  assert.is(l.run(["hostname"]).out, "lab\n");
  assert.is(l.run(["hostname", "aix01.example.com"]).status, 0);
  assert.is(l.machine.hostname, "aix01.example.com");
  assert.is(l.run(["hostname", "-s"]).out, "aix01\n");
  l.sys.proc.uid = 100;
  assert.is(l.run(["hostname", "x"]).err, "hostname: 0821-267 The sethostname system call failed.\n");
});

t("uname: AIX 7.2 values, -a order, settings override", () => {
  const l = lab();
  assert.is(l.run(["uname"]).out, "AIX\n");
  assert.is(l.run(["uname", "-a"]).out, "AIX lab 2 7 00C4A1B24C00\n");
  assert.is(l.run(["uname", "-r"]).out, "2\n");
  assert.is(l.run(["uname", "-v"]).out, "7\n");
  assert.is(l.run(["uname", "-p"]).out, "powerpc\n");
  assert.is(l.run(["uname", "-sn"]).out, "AIX lab\n");
  assert.is(l.run(["uname", "-rv"]).out, "2 7\n");
  l.machine.settings["uname.release"] = "3";
  assert.is(l.run(["uname", "-rv"]).out, "3 7\n");
  const r = l.run(["uname", "-q"]);
  assert.is(r.status, 1);
  assert.is(r.err, "uname: Not a recognized flag: q\nUsage: uname [-snlrvmapxMLuFfWS:T:]\n");
  // AIX 7.2: the WPAR id (0, the global environment) and the system id strings
  assert.is(l.run(["uname", "-W"]).out, "0\n");
  assert.match(l.run(["uname", "-F"]).out, /^[0-9A-F]{16}\n$/);
});

t.run();
