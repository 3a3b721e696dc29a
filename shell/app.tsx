// The ink app: draws a Lab (shell/lab.ts) with the lines from shell/screen.ts and feeds it the
// terminal's input. Input is read as raw chunks from ink's stdin event emitter and decoded by
// shell/keys.ts, so a chunk with many keys (typed fast, pasted, or sent by tmux in one write)
// is applied key by key to the editor held in the Lab — not through React state, whose setter
// would let the second key of a chunk see the line as it was before the first.
import { memo, useEffect, useReducer, type ReactElement } from "react";
import { Box, Static, Text, useApp, useStdin, useStdout } from "ink";
import TextInput from "ink-text-input";
import type { Lab } from "./lab.js";
import { lineKey, lineWidth, type Line, type Style } from "./lines.js";
import { frame, type Frame } from "./screen.js";

function styleProps(s: Style | undefined): Record<string, unknown> {
  if (!s) return {};
  const p: Record<string, unknown> = {};
  if (s.fg) p.color = s.fg;
  if (s.bg) p.backgroundColor = s.bg;
  if (s.bold) p.bold = true;
  if (s.dim) p.dimColor = true;
  if (s.inverse) p.inverse = true;
  if (s.underline) p.underline = true;
  return p;
}

const Row = memo(
  function Row({ line }: { line: Line }): ReactElement {
    return (
      <Text wrap="truncate">
        {line.map((g, i) =>
          g.s ? (
            <Text key={i} {...styleProps(g.s)}>
              {g.t}
            </Text>
          ) : (
            g.t
          ),
        )}
      </Text>
    );
  },
  (a, b) => a.line === b.line || lineKey(a.line) === lineKey(b.line),
);

/**
 * Practice's answer field: ink-text-input after its prompt, on the key hint's row. The typed
 * value lives in the Practice's PracticeField (the frame draws it too: a recording, a test); Enter
 * judges it.
 */
function AnswerField({ lab, prefix, suffix }: { lab: Lab; prefix: Line; suffix?: Line | undefined }): ReactElement | null {
  const af = lab.practice?.answerField;
  const field = af?.state ?? null;
  // the TextInput (a child: its effects, and its key handler's subscription, ran first) now
  // listens with this state of the field, mounted at this gen
  const gen = af?.gen ?? 0;
  useEffect(() => {
    if (!af || !field) return;
    af.shown = field;
    af.shownGen = gen;
    return () => {
      af.shown = null;
    };
  }, [af, field, gen]);
  if (!af || !field) return null;
  // a handler of an older frame, or of an input mounted before the last gen, changes nothing (the
  // lab put that key in itself: PracticeField.behind)
  const current = () => af.state === field && af.gen === gen;
  return (
    <Box height={1} overflow="hidden">
      <Row line={prefix} />
      <TextInput
        key={`${field.question}:${gen}`}
        value={field.value}
        onChange={(v) => {
          if (!current()) return;
          af.setValue(v);
          lab.notify();
        }}
        onSubmit={(v) => {
          if (!current()) return;
          af.submit(v);
          lab.notify();
        }}
      />
      {suffix ? (
        <>
          <Box flexGrow={1} />
          <Box flexShrink={0}>
            <Row line={suffix} />
          </Box>
        </>
      ) : null}
    </Box>
  );
}

export function Rows({ lines, lab, field }: { lines: Line[]; lab?: Lab; field?: Frame["field"] }): ReactElement {
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => (lab && field && field.row === i ? <AnswerField key={i} lab={lab} prefix={field.prefix} suffix={field.suffix} /> : <Row key={i} line={l} />))}
    </Box>
  );
}

/** the columns a row takes on the terminal: ink drops the trailing blanks of a row */
export function drawnWidth(l: Line): number {
  let n = l.length;
  while (n > 0) {
    const g = l[n - 1]!;
    if (g.s || g.t.trimEnd() !== "") break;
    n--;
  }
  const last = l[n - 1];
  const rest = l.slice(0, n);
  return last && !last.s ? lineWidth(rest) - (last.t.length - last.t.trimEnd().length) : lineWidth(rest);
}

export interface LabAppProps {
  lab: Lab;
  /** follow the terminal's size (off in tests: ink-testing-library's stdout has no rows) */
  trackSize?: boolean;
}

export function LabApp({ lab, trackSize = true }: LabAppProps): ReactElement | null {
  const { setRawMode, internal_eventEmitter, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
  const { exit } = useApp();
  const [, force] = useReducer((x: number) => x + 1, 0);

  useEffect(() => lab.subscribe(force), [lab]);

  // The machine runs between frames: a few milliseconds at a time, then the event loop draws and
  // reads keys; a sleep waits on a real timer. A key that gives the machine work wakes it at once.
  useEffect(() => {
    let timer: NodeJS.Timeout | null = null;
    let soon: NodeJS.Immediate | null = null;
    let drawn = 0;
    const step = () => {
      timer = null;
      soon = null;
      const st = lab.run(10);
      const now = performance.now();
      // while it runs, a frame every ~30 ms; at once when it waits
      if (st.kind !== "busy" || now - drawn > 30) {
        drawn = now;
        lab.notify();
      }
      if (st.kind === "busy") soon = setImmediate(step);
      else if (st.kind === "sleep") timer = setTimeout(step, Math.min(st.ms, 1000) + 1);
    };
    lab.wake = () => {
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
      step();
    };
    step();
    return () => {
      lab.wake = null;
      if (timer) clearTimeout(timer);
      if (soon) clearImmediate(soon);
    };
  }, [lab]);

  // practice's answer field is ink-text-input here (see AnswerField)
  useEffect(() => {
    if (lab.practice) lab.practice.answerField.ink = true;
  }, [lab]);

  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    const onInput = (data: string) => lab.input(data);
    internal_eventEmitter.on("input", onInput);
    return () => {
      internal_eventEmitter.off("input", onInput);
      setRawMode(false);
    };
  }, [lab, isRawModeSupported, setRawMode, internal_eventEmitter]);

  useEffect(() => {
    if (!trackSize) return;
    const onResize = () => {
      lab.resize(stdout.columns || lab.columns, stdout.rows || lab.rows);
      lab.notify();
    };
    stdout.on("resize", onResize);
    return () => {
      stdout.off("resize", onResize);
    };
  }, [lab, stdout, trackSize]);

  // highlights and messages end by themselves
  useEffect(() => {
    const d = lab.nextDeadline();
    if (d === null) return;
    const t = setTimeout(() => {
      if (lab.tick()) lab.notify();
    }, Math.max(0, d - lab.now()) + 5);
    return () => clearTimeout(t);
  });

  // Ctrl-L / clear in the inline layout clears the real screen (not its scrollback)
  useEffect(() => {
    if (lab.mode !== "inline" || lab.clearRequests === lab.clearsDone) return;
    lab.clearsDone = lab.clearRequests;
    write("\x1b[H\x1b[2J");
  });

  // exit after a render that shows the end (the last output), not from an earlier render's effect
  const exiting = lab.exitCode !== null;
  useEffect(() => {
    if (exiting) exit();
  });

  if (lab.mode === "inline") {
    lab.flushStatic();
    const f = lab.exitCode === null ? frame(lab) : null;
    const live = f?.lines ?? [];
    lab.liveDrawn = { widths: live.map(drawnWidth), columns: lab.columns };
    return (
      <>
        <Static items={lab.staticItems}>{(item) => <Text key={item.id}>{item.text}</Text>}</Static>
        <Rows lines={live} lab={lab} field={f?.field} />
      </>
    );
  }
  const f = frame(lab);
  return <Rows lines={f.lines} lab={lab} field={f.field} />;
}
