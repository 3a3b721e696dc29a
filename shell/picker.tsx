// `looplab practice` on a terminal: the exercises by machine, each with its progress; ↑↓ (or k j,
// PgUp PgDn, Home End) choose, Enter opens, q or Esc quits. A file that cannot be opened is
// listed with its problem and Enter says it instead of opening it.
import { useRef, useState, type ReactElement } from "react";
import { Box, render, Text, useInput, useStdout } from "ink";
import { osHeading, shortTitle, type ExerciseEntry } from "./exercises.js";
import { duration, progressSummary } from "./progress.js";
import { ellipsis, width } from "./term.js";

/** one row's progress, short: ✓ best 4 s (✓ best 2 min 50 s) · tried · new */
export function brief(e: ExerciseEntry): string {
  const p = e.progress;
  if (e.problem) return "cannot open";
  if (p.solved) return p.bestSeconds !== null ? `✓ best ${duration(p.bestSeconds)}` : "✓ solved";
  return p.attempts > 0 ? `tried ${p.attempts}×` : "new";
}

function mark(e: ExerciseEntry): string {
  return e.problem ? "!" : e.progress.solved ? "✓" : e.progress.attempts > 0 ? "·" : " ";
}

/** the list's rows: a heading before each machine's exercises */
type Row = { kind: "os"; text: string } | { kind: "ex"; index: number };

function rowsOf(entries: ExerciseEntry[]): Row[] {
  const out: Row[] = [];
  let os: string | null = null;
  entries.forEach((e, index) => {
    if (e.os !== os) {
      os = e.os;
      out.push({ kind: "os", text: osHeading(os) });
    }
    out.push({ kind: "ex", index });
  });
  return out;
}

export interface PickerProps {
  entries: ExerciseEntry[];
  dir: string;
  /** the file chosen; null: q or Esc (status 0), or Ctrl-C (130, as a shell's interrupted command) */
  onDone: (file: string | null, status?: number) => void;
  /** the size to draw for (the terminal's, else 80x24) */
  columns?: number;
  rows?: number;
}

export function ExercisePicker({ entries, dir, onDone, columns, rows }: PickerProps): ReactElement {
  const { stdout } = useStdout();
  const W = Math.max(40, columns ?? (stdout.columns || 80));
  const H = Math.max(10, rows ?? (stdout.rows || 24));
  // the selection is kept outside React's state too: a key that comes before the frame of the
  // one before it (keys typed fast) sees where that one moved it
  const at = useRef(0);
  const [sel, setSel] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const move = (d: number) => {
    setProblem(null);
    at.current = Math.max(0, Math.min(entries.length - 1, at.current + d));
    setSel(at.current);
  };
  const page = Math.max(1, H - 9);
  useInput((input, key) => {
    if (key.upArrow || input === "k") move(-1);
    else if (key.downArrow || input === "j") move(1);
    else if (key.pageUp) move(-page);
    else if (key.pageDown) move(page);
    else if (key.home) move(-entries.length);
    else if (key.end) move(entries.length);
    else if (key.return) {
      const e = entries[at.current]!;
      if (e.problem) setProblem(`${e.rel}: ${e.problem}`);
      else onDone(e.file);
    } else if (key.ctrl && input === "c") onDone(null, 130);
    else if (input === "q" || key.escape) onDone(null);
  });
  const all = rowsOf(entries);
  // a window of the rows around the selection: the title, the details and the keys take 8
  const room = Math.max(3, H - 8);
  const row = all.findIndex((r) => r.kind === "ex" && r.index === sel);
  const from = Math.max(0, Math.min(row - Math.floor(room / 2), all.length - room));
  const shown = all.slice(from, from + room);
  const nameW = Math.min(34, Math.max(...entries.map((e) => width(e.rel))));
  const e = entries[sel]!;
  return (
    <Box flexDirection="column">
      <Text bold>
        looplab practice · {entries.length} exercise{entries.length === 1 ? "" : "s"} in {ellipsis(dir, W - 40)}
      </Text>
      {shown.map((r, i) => {
        if (r.kind === "os")
          return (
            <Text key={`os${i}`} color="cyan" bold>
              {r.text}
            </Text>
          );
        const x = entries[r.index]!;
        const right = brief(x);
        const titleW = Math.max(8, W - 4 - nameW - 2 - width(right) - 2);
        const text = `${r.index === sel ? "▸" : " "}${mark(x)} ${ellipsis(x.rel, nameW).padEnd(nameW)}  ${ellipsis(shortTitle(x.title), titleW).padEnd(titleW)}  ${right}`;
        return (
          <Text key={x.file} inverse={r.index === sel} wrap="truncate">
            {text}
          </Text>
        );
      })}
      <Text> </Text>
      <Text bold wrap="truncate">
        {shortTitle(e.title)}
      </Text>
      <Text dimColor wrap="truncate">
        {e.problem ? `cannot open: ${e.problem}` : `${OS(e)} · ${e.goals} goal${e.goals === 1 ? "" : "s"}${e.questions ? `, ${e.questions} question${e.questions === 1 ? "" : "s"}` : ""} · ${progressSummary(e.progress)}`}
      </Text>
      <Text color={problem ? "red" : "gray"} wrap="truncate">
        {problem ?? "↑↓ choose · Enter opens · q quits"}
      </Text>
    </Box>
  );
}

const OS = (e: ExerciseEntry): string => osHeading(e.os);

/** the picker on this terminal: the file chosen, or the exit status (0 for q, 130 for Ctrl-C) */
export async function pickExercise(entries: ExerciseEntry[], dir: string): Promise<string | number> {
  let picked: string | number = 0;
  const inst = render(
    <ExercisePicker
      entries={entries}
      dir={dir}
      onDone={(f, status) => {
        picked = f ?? status ?? 0;
        inst.clear();
        inst.unmount();
      }}
    />,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await inst.waitUntilExit();
  return picked;
}
