// fstat's CMD is p_comm, the program's name, not the title a process gave its argv (review 8).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine } from "../../../engine/session.js";

test("fstat CMD: sshd, sendmail, pagedaemon; ps keeps the titles", () => {
  const s = createSession({ os: "bsd" });
  const out = runLine(s, "fstat").output;
  const cmd = (pid: number) => out.split("\n").find((l) => l.slice(20, 25).trim() === String(pid))?.slice(9, 19).trim();
  assert.equal([cmd(112), cmd(84), cmd(71), cmd(2)], ["sshd", "sshd", "sendmail", "pagedaemon"]);
  const ps = runLine(s, "ps -ax").output;
  assert.match(ps, /sendmail: accepting connections/);
  assert.match(ps, /\(pagedaemon\)/);
});

test.run();
