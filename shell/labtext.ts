// The lab's own words, apart from its state: the OS names, the banner's first thing to try, the
// keys' help, and a command line as the panes' titles show it. Pure text, read by the lab, the
// practice mode, the cast renderer and the exercises; kept here so none of them needs the Lab.
import type { Machine } from "../engine/kernel/machine.js";
import type { Mode } from "./lab.js";

export const OS_NAMES: Record<string, string> = { aix: "AIX 7.2", solaris: "Oracle Solaris 11.1", bsd: "BSD/OS 4.3" };
export const FIRST_COMMAND = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt';
/** the banner's first thing to try, per OS (the seed's own examples) */
export const FIRST_COMMANDS: Record<string, string> = {
  aix: FIRST_COMMAND,
  bsd: "mount_loopback /usr/include /mnt",
  solaris: "mount -F lofs /export/home /mnt",
};

/** the keys (F1, or ? on an empty line): no row wider than 78 columns; `odm`: the machine has
 *  an ODM pane for the Layers pane to take the place of; `shell`: the name of the system's shell
 *  (ksh on AIX, sh on BSD: both have vi and emacs editing modes) */
export function keyHelp(mode: Mode = "full", odm = true, shell = "ksh"): string[] {
  return [
    "Keys: Enter runs the line · Up/Down history · Ctrl-R searches · Tab completes",
    "      Left/Right Home/End Ctrl-A/E move · Backspace/Delete Ctrl-U/K/W delete",
    "      Ctrl-C cancels the line · Ctrl-L clears · F2 shows or hides the panes",
    odm
      ? "      F3 switches the ODM pane and the Layers pane (each vnode operation)"
      : "      F3 shows or hides the Layers pane (each vnode operation of a command)",
    mode === "full"
      ? "      PgUp/PgDn or the mouse wheel scroll; hold Shift to select with the mouse"
      : "      Earlier output is in your terminal's own scrollback",
    "      Ctrl-D on an empty line (or exit) quits; the session stays on the screen",
    `      set -o vi, set -o emacs: ${shell}'s own editing modes (set +o vi: these keys)`,
    "Commands: help lists them, man NAME shows a page.",
  ];
}
export const KEY_HELP = keyHelp("full");

/** a command line on one line (the ODM pane's title): its lines joined as ksh would read them */
export function oneLine(src: string): string {
  let out = "";
  for (const l of src.split("\n").map((x) => x.trim())) {
    if (l === "") continue;
    if (out === "") out = l;
    else out += (/(^|\s)(do|then|else|in)$|[{|&;(]$/.test(out) ? " " : "; ") + l;
  }
  return out;
}

/** the start-up text: what the lab is, how to get help and quit, and a first thing to try */
export function bannerText(m: Machine): string {
  return [
    `looplab · ${m.hostname} · ${OS_NAMES[m.os] ?? m.os} (simulated) · loopback devices and file systems`,
    `Help: type help, or press F1 (or ? on an empty line). Quit: exit or Ctrl-D.`,
    `Try:  ${FIRST_COMMANDS[m.os] ?? FIRST_COMMAND}`,
    "",
    "",
  ].join("\n");
}
