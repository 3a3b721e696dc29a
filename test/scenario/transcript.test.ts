// What a transcript keeps where a screen draws: a line erased (CR ESC [ K) ends there, and the
// keys a program read without echo show at the end of the line it then erased.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { TranscriptFilter } from "../../engine/transcript.js";

const enc = new TextEncoder();
const dec = new TextDecoder();

/** feed writes (strings) and keys ({ keys }) in order; the transcript */
function log(...parts: (string | { keys: string })[]): string {
  const f = new TranscriptFilter();
  let out = "";
  for (const p of parts) {
    if (typeof p === "string") out += dec.decode(f.pass(enc.encode(p)));
    else f.noteKeys(enc.encode(p.keys));
  }
  return out;
}

test("a key read without echo shows on the prompt's line the program erases next", () => {
  assert.is(log("line1\n--More--(45%)", { keys: " " }, "\r\x1b[Kline2\n"), "line1\n--More--(45%) \nline2\n");
  assert.is(log("--More--", { keys: "q" }, "\r\x1b[K"), "--More--q\n");
  // Enter and other control keys show as nothing
  assert.is(log("--More--(10%)", { keys: "\n" }, "\r\x1b[Kline3\n"), "--More--(10%)\nline3\n");
  assert.is(log("--More--", { keys: "\x02" }, "\r\x1b[K"), "--More--\n");
});

test("keys the program echoed itself, or answered with the bell, are not shown again", () => {
  // pg echoes what is typed at its prompt; Enter ends the command and the line is taken away
  assert.is(log(":", { keys: "l" }, "l", { keys: "\n" }, "\r\x1b[K\r", "line6\n"), ":l\nline6\n");
  assert.is(log("--More--", { keys: "x" }, "\x07", "\r\x1b[K--More--"), "--More--\x07\n--More--");
});

test("an erase at the start of a line ends nothing; text without erases passes as it is", () => {
  assert.is(log("a\n", "\r\x1b[K", "b\n"), "a\nb\n");
  assert.is(log("printf 'x\\ry'"), "printf 'x\\ry'");
  assert.is(log("50%\r60%\n"), "50%\r60%\n");
});

test.run();
