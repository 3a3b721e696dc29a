// The trace line's layout lives in the engine (engine/tracefmt.ts), where a scenario with
// `trace: true` writes the same lines on its terminal; the shell's panes and --trace use it from
// here.
export * from "../engine/tracefmt.js";
