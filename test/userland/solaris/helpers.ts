// The Solaris machine for the mount, umount, df, lofiadm and newfs tests: the real machine
// (engine/os/solaris: zfs root, lofi, hsfs/ufs/tmpfs, lofs, the sample ISO, bash), with /a made
// as the tests' second mount point. `run(line)` gives the terminal's text and status.
import { parseClock } from "../../../engine/kernel/clock.js";
import { createSession, runLine } from "../../../engine/session.js";

export function solarisSession() {
  const s = createSession({ os: "solaris", clock: parseClock("2013-02-14T09:30:00Z") });
  s.sys.mkdirp("/a");
  const run = (line: string) => runLine(s, line);
  return { s, machine: s.machine, sys: s.sys, run };
}
