// What the practice tests share: a small AIX exercise of their own (the pack in
// scenarios/practice/ changes as exercises are written), opened on a Lab as `looplab practice`
// opens one, with its progress in a temporary data directory.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseScenario } from "../../engine/scenario/parse.js";
import { Lab, type Mode } from "../../shell/lab.js";
import { Practice } from "../../shell/practice.js";
import { ProgressStore } from "../../shell/progress.js";

export const EXERCISE = `---
title: "Practice: mount the CD, then put it away"
os: aix
clock: 2013-11-27T06:43:00Z
hostname: aixlab
setup:
  dirs: [/cdmount]
goals:
  - id: mounted
    text: the CD image is mounted read-only at /cdmount
    once: true
    mount: { on: /cdmount, image: /backup/cd_image, fstype: cdrfs, ro: true }
    hints:
      - loopmount mounts an image in one command
      - a CD is mounted read-only
  - id: unmounted
    text: /cdmount is unmounted again
    after: mounted
    not: { mount: /cdmount }
  - id: loopumount
    text: it was unmounted with loopumount
    after: mounted
    ran: { command: loopumount, status: 0 }
hints:
  - the technote's commands are loopmount and loopumount
questions:
  - id: device
    prompt: Which loopback device holds /backup/cd_image?
    answer-from: { holder-of: /backup/cd_image }
---
Mount the CD image /backup/cd_image read-only at /cdmount, then unmount it with loopumount.

\`\`\`console
# loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount
# loopumount -l loop0 -m /cdmount
\`\`\`
`;

export const MOUNT = 'loopmount -i /backup/cd_image -o "-V cdrfs -o ro" -m /cdmount';
export const UNMOUNT = "loopumount -l loop0 -m /cdmount";

/** a fresh temporary folder with files in it */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "looplab-practice-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export interface Opened {
  lab: Lab;
  practice: Practice;
  store: ProgressStore;
  file: string;
}

/** the exercise open on a lab, as looplab practice opens it */
export function openPractice(o: { columns?: number; rows?: number; mode?: Mode; text?: string; now?: () => number } = {}): Opened {
  const dir = tempDir({ "ex.md": o.text ?? EXERCISE });
  const file = join(dir, "ex.md");
  const store = new ProgressStore(join(dir, "data", "progress.json"), () => new Date("2025-01-02T03:04:05Z"));
  const sc = parseScenario(o.text ?? EXERCISE);
  const practice = Practice.open({ file, sc, baseDir: dir, allowImport: [], key: "ex.md" }, store);
  const lab = new Lab({ shell: practice.session, columns: o.columns ?? 120, rows: o.rows ?? 40, mode: o.mode ?? "full", color: false, history: null, banner: practice.banner(Math.max(20, Math.min(78, (o.columns ?? 120) - 1))), ...(o.now ? { now: o.now } : {}) });
  practice.attach(lab);
  return { lab, practice, store, file };
}

/** F-keys as xterm sends them */
export const F = { f2: "\x1bOQ", f4: "\x1bOS", f5: "\x1b[15~", f6: "\x1b[17~", f7: "\x1b[18~" } as const;
