// Decodes what a terminal sends in raw mode into keys. One chunk of input may hold many keys
// (keys typed back to back, a pasted line with its newline, a whole line and Enter in one write),
// so a chunk is split here, character by character and escape sequence by escape sequence;
// nothing is dropped. Pure: no ink, no terminal.

export type KeyName =
  | "char"
  | "enter"
  | "tab"
  | "backtab"
  | "backspace"
  | "delete"
  | "insert"
  | "escape"
  | "left"
  | "right"
  | "up"
  | "down"
  | "home"
  | "end"
  | "pageup"
  | "pagedown"
  | "wheelup"
  | "wheeldown"
  | "f1"
  | "f2"
  | "f3"
  | "f4"
  | "f5"
  | "f6"
  | "f7"
  | "f8"
  | "f9"
  | "f10"
  | "f11"
  | "f12"
  /** bracketed paste: the text between these two was pasted, not typed */
  | "pastestart"
  | "pasteend"
  | "unknown";

export interface Key {
  name: KeyName;
  /** the character for "char" keys and the letter for Ctrl/Meta keys ("a" for Ctrl-A) */
  ch: string;
  ctrl: boolean;
  meta: boolean;
  /** the bytes that made this key */
  seq: string;
}

const key = (name: KeyName, seq: string, ch = "", ctrl = false, meta = false): Key => ({ name, ch, ctrl, meta, seq });

const CSI_TILDE: Record<string, KeyName> = {
  "1": "home",
  "2": "insert",
  "3": "delete",
  "4": "end",
  "5": "pageup",
  "6": "pagedown",
  "7": "home",
  "8": "end",
  "11": "f1",
  "12": "f2",
  "13": "f3",
  "14": "f4",
  "15": "f5",
  "17": "f6",
  "18": "f7",
  "19": "f8",
  "20": "f9",
  "21": "f10",
  "23": "f11",
  "24": "f12",
  "200": "pastestart",
  "201": "pasteend",
};

const CSI_FINAL: Record<string, KeyName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
  Z: "backtab",
  P: "f1",
  Q: "f2",
  R: "f3",
  S: "f4",
};

const SS3_FINAL: Record<string, KeyName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
  P: "f1",
  Q: "f2",
  R: "f3",
  S: "f4",
  M: "enter",
};

/** xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4) */
function mods(p: string | undefined): { ctrl: boolean; meta: boolean } {
  const n = Number(p ?? "1") - 1;
  if (!Number.isFinite(n) || n < 0) return { ctrl: false, meta: false };
  return { ctrl: (n & 4) !== 0, meta: (n & 2) !== 0 };
}

function decodeCsi(seq: string, body: string, final: string): Key {
  // SGR mouse: ESC [ < b ; x ; y (M|m)
  if (body.startsWith("<")) {
    const b = Number(body.slice(1).split(";")[0]);
    if (final === "M" && (b & 0x43) === 0x40) return key("wheelup", seq);
    if (final === "M" && (b & 0x43) === 0x41) return key("wheeldown", seq);
    return key("unknown", seq);
  }
  const params = body.replace(/^\[/, "").split(";");
  if (final === "~") {
    const name = CSI_TILDE[params[0] ?? ""];
    const m = mods(params[1]);
    return name ? key(name, seq, "", m.ctrl, m.meta) : key("unknown", seq);
  }
  // ESC [ [ A .. E: the Linux console's F1..F5
  if (body === "[" && final >= "A" && final <= "E") return key(`f${final.charCodeAt(0) - 64}` as KeyName, seq);
  const name = CSI_FINAL[final];
  if (!name) return key("unknown", seq);
  const m = mods(params[1]);
  return key(name, seq, "", m.ctrl, m.meta);
}

function controlKey(c: string, seq: string, meta: boolean): Key {
  const code = c.charCodeAt(0);
  if (c === "\r" || c === "\n") return key("enter", seq, "", false, meta);
  if (c === "\t") return key("tab", seq, "", false, meta);
  if (c === "\x7f" || c === "\b") return key("backspace", seq, "", false, meta);
  if (code >= 1 && code <= 26) return key("char", seq, String.fromCharCode(code + 96), true, meta);
  if (code === 0) return key("char", seq, " ", true, meta);
  if (code === 0x1f) return key("char", seq, "_", true, meta);
  // Ctrl-\ Ctrl-] Ctrl-^ (0x1c-0x1e; 0x1b is Escape)
  if (code >= 0x1c && code <= 0x1e) return key("char", seq, String.fromCharCode(code + 64), true, meta);
  return key("unknown", seq);
}

/** every key in a chunk of terminal input, in order */
export function decodeKeys(input: string): Key[] {
  const out: Key[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i]!;
    if (c === "\x1b") {
      const next = input[i + 1];
      if (next === undefined) {
        out.push(key("escape", c));
        i++;
        continue;
      }
      if (next === "[") {
        // CSI: parameters and intermediates, then a final byte (a legacy "[" may follow "[")
        let j = i + 2;
        if (input[j] === "[") j++;
        while (j < n && /[\x20-\x3f]/.test(input[j]!)) j++;
        if (j >= n) {
          out.push(key("unknown", input.slice(i)));
          break;
        }
        const seq = input.slice(i, j + 1);
        out.push(decodeCsi(seq, input.slice(i + 2, j), input[j]!));
        i = j + 1;
        continue;
      }
      if (next === "O" && i + 2 < n) {
        const seq = input.slice(i, i + 3);
        const name = SS3_FINAL[input[i + 2]!];
        out.push(name ? key(name, seq) : key("unknown", seq));
        i += 3;
        continue;
      }
      if (next === "\x1b") {
        // ESC ESC [ A: Meta + an arrow on some terminals; a lone ESC ESC is two escapes
        const rest = decodeKeys(input.slice(i + 1));
        const first = rest[0];
        if (first && first.name !== "escape" && first.name !== "char") {
          out.push({ ...first, meta: true, seq: "\x1b" + first.seq });
          const consumed = first.seq.length;
          i += 1 + consumed;
          continue;
        }
        out.push(key("escape", c));
        i++;
        continue;
      }
      // Meta + a character (Alt-b, Alt-Backspace …)
      const cp = input.codePointAt(i + 1)!;
      const ch = String.fromCodePoint(cp);
      const seq = c + ch;
      if (cp < 0x20 || cp === 0x7f) out.push(controlKey(ch, seq, true));
      else out.push(key("char", seq, ch, false, true));
      i += 1 + ch.length;
      continue;
    }
    if (c === "\r" && input[i + 1] === "\n") {
      out.push(key("enter", "\r\n"));
      i += 2;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) {
      out.push(controlKey(c, c, false));
      i++;
      continue;
    }
    if (code >= 0x80 && code < 0xa0) {
      out.push(key("unknown", c));
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    out.push(key("char", ch, ch));
    i += ch.length;
  }
  return out;
}

/** the keys a test or a replay types for a string (what a terminal sends for it) */
export function encodeText(s: string): string {
  return s.replace(/\n/g, "\r");
}

export const SEQ = {
  up: "\x1b[A",
  down: "\x1b[B",
  right: "\x1b[C",
  left: "\x1b[D",
  home: "\x1b[H",
  end: "\x1b[F",
  delete: "\x1b[3~",
  pageup: "\x1b[5~",
  pagedown: "\x1b[6~",
  f1: "\x1bOP",
  f2: "\x1bOQ",
  pasteStart: "\x1b[200~",
  pasteEnd: "\x1b[201~",
  backspace: "\x7f",
  enter: "\r",
  tab: "\t",
  ctrl: (c: string) => String.fromCharCode(c.toLowerCase().charCodeAt(0) - 96),
} as const;
