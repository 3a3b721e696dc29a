// The machine's panes when rows are short (shell/panefit.ts): a pane that cuts its list leaves no
// row blank under its "… N more" line, says what it folded and what it cut on one line, and the
// mounts a scenario's set-up made are the student's to see, not folded "from boot".
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSession } from "../../engine/session.js";
import { parseScenario } from "../../engine/scenario/parse.js";
import { listExercises, practiceRoot } from "../../shell/exercises.js";
import { Lab } from "../../shell/lab.js";
import { Practice } from "../../shell/practice.js";
import { ProgressStore } from "../../shell/progress.js";
import { frame, frameText } from "../../shell/screen.js";
import { EXERCISE, F, MOUNT, openPractice } from "./practicekit.js";

/** the side column of the wide layout */
const side = (lab: Lab) =>
  frameText(frame(lab))
    .split("\n")
    .map((r) => [...r].slice(81).join("").trimEnd());
/** a box of the frame's text, by its title's start: its rows, borders included */
function boxOf(rows: string[], title: string): string[] {
  const top = rows.findIndex((r) => r.includes(`╭─${title}`));
  if (top < 0) return [];
  const col = rows[top]!.indexOf(`╭─${title}`);
  const end = rows.findIndex((r, i) => i > top && r.slice(col).startsWith("╰"));
  const w = [...rows[top]!.slice(col)].indexOf("╮") + 1;
  return rows.slice(top, end + 1).map((r) => [...r.slice(col)].slice(0, w).join(""));
}

test("the set-up's own mounts are not 'from boot': the Mounts pane shows the CD the exercise is about", () => {
  const withCommands = EXERCISE.replace("  dirs: [/cdmount]\n", `  dirs: [/cdmount]\n  commands: ['${MOUNT}']\n`);
  const { lab } = openPractice({ columns: 120, rows: 30, text: withCommands });
  const cd = lab.snap.mounts.find((m) => m.path === "/cdmount")!;
  assert.not.ok(lab.bootMounts.has(cd.id));
  assert.equal(boxOf(side(lab), "Mounts"), [
    "╭─Mounts (10)─────────────────────────╮",
    "│ / /dev/hd4 jfs2 rw,log=/dev/hd8     │",
    "│ ├ /usr /dev/hd2 jfs2 rw,log=/dev/h… │",
    "│   … 7 from boot                     │",
    "│ └ /cdmount /dev/loop0 cdrfs ro      │",
    "╰─────────────────────────────────────╯",
  ]);
  // a plain lab: the mounts it booted with
  const plain = new Lab({ shell: createSession(), columns: 120, rows: 40, banner: false, history: null });
  assert.equal(plain.bootMounts, new Set(plain.snap.mounts.map((m) => m.id)));
});

test("a short Devices pane: the I/O counters go first, then the cut leaves no blank row under '… N more devices'", () => {
  const lab = new Lab({ shell: createSession({ clock: "2013-11-27T06:43:00Z" }), columns: 120, rows: 24, color: false, history: null, banner: false });
  lab.input('loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /mnt\r');
  for (let i = 0; i < 3; i++) lab.input("mkdev -c loopback -s node -t loopback\r");
  assert.equal(boxOf(side(lab), "Devices"), [
    "╭─Devices (4)─────────────────────────╮",
    "│ loop0 Available temporary           │",
    "│   /backup/cd_image bound rw         │",
    "│   mounted ro on /mnt                │",
    "│ loop1 Available no image            │",
    "│   not temporary                     │",
    "│ loop2 Available no image            │",
    "│ … 1 more device                     │",
    "╰─────────────────────────────────────╯",
  ]);
});

test("every exercise of the pack, at the sizes the layouts change: a pane that cuts ends on its '…' line, no blank row under it", () => {
  const root = practiceRoot();
  for (const e of listExercises(root, new ProgressStore(null), root)) {
    for (const [columns, rows, keys] of [[120, 40, ""], [120, 30, ""], [120, 24, ""], [100, 30, F.f2], [80, 24, F.f2]] as const) {
      const sc = parseScenario(readFileSync(e.file, "utf8"));
      const practice = Practice.open({ file: e.file, sc, baseDir: join(e.file, ".."), allowImport: [], key: e.key }, new ProgressStore(null));
      const lab = new Lab({ shell: practice.session, columns, rows, mode: "full", color: false, history: null, banner: practice.banner() });
      practice.attach(lab);
      if (keys) lab.input(keys);
      const screen = frameText(frame(lab)).split("\n");
      for (const title of ["Devices", "Mounts", "ODM", "Practice"]) {
        const box = boxOf(screen, title);
        const cut = box.findIndex((r) => /^│ … \d+ (more|from boot,)/.test(r));
        if (cut < 0) continue;
        assert.is(cut, box.length - 2, `${e.rel} at ${columns}x${rows}, ${title}:\n${box.join("\n")}`);
      }
      practice.dispose();
    }
  }
});

test.run();
