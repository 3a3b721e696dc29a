// man on a terminal sends each page through the system's pager ($PAGER, else more -s), as
// SunOS, 4.4BSD and AIX man.c do; on a pipe, a file or a headless session the page goes straight
// to standard output. Solaris's man says it reformats each page on standard error; -l lists the
// pages, -M with no manual finds none, -r shows nothing, -t and -d are not simulated.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createSession, runLine, type Session } from "../../engine/session.js";
import type { OsName } from "../../engine/kernel/machine.js";
import { screen, type } from "./termkit.js";

const NOTE = "Reformatting page.  Please Wait... done\n";

/** the page as man writes it when standard output is no terminal */
function plainPage(os: OsName, name: string): string {
  return runLine(createSession({ os, terminal: false }), `man ${name} 2>/dev/null`).output;
}

/** lines a..b (from 0) of a text, each with its newline */
const slice = (text: string, a: number, b: number) => text.split("\n").slice(a, b).map((l) => l + "\n").join("");

test("Solaris: man on the terminal says it reformats, then more -s pages it: --More--, Space, q; man exits 0", () => {
  const s = createSession({ os: "solaris" });
  const page = plainPage("solaris", "ls");
  const out = screen(s);
  assert.is(type(s, "man ls\n"), "input");
  // more -s shows LINES (24) less two lines a screen; the page has no runs of empty lines to squeeze
  assert.is(out.take(), "root@solaris:~# man ls\n" + NOTE + slice(page, 0, 22) + "--More--");
  assert.is(type(s, " "), "input");
  assert.is(out.take(), "\r\x1b[K" + slice(page, 22, 44) + "--More--");
  assert.is(type(s, "qecho status $?\n"), "prompt");
  assert.is(out.take(), "\r\x1b[Kroot@solaris:~# echo status $?\nstatus 0\nroot@solaris:~# ");
});

test("Solaris: Ctrl-C at --More-- ends the pager and man (status 0, the terminal as it was)", () => {
  const s = createSession({ os: "solaris" });
  const out = screen(s);
  type(s, "man mount; echo status $?\n");
  out.take();
  s.interrupt();
  assert.is(s.drive(1_000_000).kind, "prompt");
  assert.is(out.take(), "\r\x1b[Kstatus 0\nroot@solaris:~# ");
  assert.is(s.tty.termios.icanon, true);
});

test("Solaris: $PAGER is the pager; a pipe, a file or `-` get the page as it is", () => {
  const s = createSession({ os: "solaris" });
  const page = plainPage("solaris", "lofs");
  assert.is(runLine(s, "PAGER=cat; export PAGER; man lofs 2>/dev/null; unset PAGER").output, page);
  assert.is(runLine(s, "man lofs 2>/dev/null | cat").output, page);
  assert.is(runLine(s, "man lofs >/tmp/p 2>/dev/null; cat /tmp/p").output, page);
  assert.is(runLine(s, "man - lofs 2>/dev/null").output, page);
  // the note is man's own, on standard error, pager or not
  assert.is(runLine(s, "man lofs 2>&1 >/dev/null").output, NOTE);
});

test("Solaris: -l lists the pages, -M with no manual finds none, -r reformats and shows nothing, -t and -d are not simulated", () => {
  const s = createSession({ os: "solaris" });
  assert.equal(runLine(s, "man -l ls lofs nosuch"), { output: "ls (1)\t-M /usr/share/man\nlofs (7fs)\t-M /usr/share/man\nNo manual entry for nosuch.\n", status: 0 });
  assert.equal(runLine(s, "man -l -s 1m mount"), { output: "mount (1m)\t-M /usr/share/man\n", status: 0 });
  assert.equal(runLine(s, "man -M /tmp ls"), { output: "No manual entry for ls.\n", status: 0 });
  assert.equal(runLine(s, "man -M /tmp:/usr/share/man/ -l ls"), { output: "ls (1)\t-M /usr/share/man\n", status: 0 });
  assert.equal(runLine(s, "man -r ls lofs"), { output: NOTE + NOTE, status: 0 });
  assert.equal(runLine(s, "man -t ls"), { output: "looplab: man -t (troff output sent to lp -c -T troff) is not simulated\n", status: 1 });
  assert.equal(runLine(s, "man -d ls"), { output: "looplab: man -d (man.c's debug lines and the commands it would run) is not simulated\n", status: 1 });
});

test("headless (standard output no terminal): man writes the page straight out, the note first", () => {
  const s = createSession({ os: "solaris", terminal: false });
  const r = runLine(s, "man lofs");
  assert.is(r.output, NOTE + plainPage("solaris", "lofs"));
  assert.not.match(r.output, /--More--/);
});

test("BSD: more -s on the terminal; -c and the old - cat the pages", () => {
  const s = createSession({ os: "bsd" });
  const page = plainPage("bsd", "ls");
  const out = screen(s);
  assert.is(type(s, "man ls\n"), "input");
  assert.is(out.take(), "# man ls\n" + slice(page, 0, 22) + "--More--");
  type(s, "q");
  out.take();
  // a terminal, but -c: no pager
  const t = createSession({ os: "bsd" });
  assert.is(runLine(t, "man -c ls").output, page);
  assert.is(runLine(t, "man - ls").output, page);
});

test("AIX: more -s on the terminal; -c shows the page as written", () => {
  const s = createSession();
  const page = plainPage("aix", "ls");
  const out = screen(s);
  assert.is(type(s, "man ls\n"), "input");
  const first = out.take();
  assert.ok(first.startsWith("# man ls\n" + slice(page, 0, 3)), first);
  assert.ok(first.endsWith("\n--More--"), first);
  type(s, "q");
  assert.is(runLine(createSession(), "man -c ls").output, page);
});

test.run();
