// echo: writes its words. What the words mean is the system's dialect (ctx.os.formats.echo): ksh's
// echo on AIX (System V: backslash escapes are always interpreted, there are no options, "-n" is
// printed like any other word, \c ends the output without a newline); 4.4BSD's /bin/echo (-n, no
// escapes) and its sh's echo (-n, or -e for the escapes).
import type { CommandContext, CommandDef } from "../types.js";

const utf8 = new TextEncoder();

/** interpret echo's escapes into bytes (an octal escape is one byte); stop = \c was seen */
export function echoEscapes(s: string, out: number[]): boolean {
  let lit = "";
  const flush = () => {
    if (lit) out.push(...utf8.encode(lit));
    lit = "";
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      lit += c;
      continue;
    }
    const n = s[i + 1]!;
    i++;
    switch (n) {
      case "a":
        lit += "\x07";
        break;
      case "b":
        lit += "\b";
        break;
      case "c":
        flush();
        return true;
      case "f":
        lit += "\f";
        break;
      case "n":
        lit += "\n";
        break;
      case "r":
        lit += "\r";
        break;
      case "t":
        lit += "\t";
        break;
      case "v":
        lit += "\v";
        break;
      case "\\":
        lit += "\\";
        break;
      case "0": {
        let j = i + 1;
        let v = 0;
        while (j < s.length && j < i + 4 && /[0-7]/.test(s[j]!)) v = v * 8 + Number(s[j++]);
        flush();
        out.push(v & 0xff);
        i = j - 1;
        break;
      }
      default:
        lit += "\\" + n;
    }
  }
  flush();
  return false;
}

function run(ctx: CommandContext): number {
  ctx.stdout.write(ctx.os.formats.echo.render(ctx.argv.slice(1), ctx.builtin === true));
  return 0;
}

export const echo: CommandDef = {
  name: "echo",
  path: "/usr/bin/echo",
  summary: "Writes character strings to standard output.",
  run,
  man: `echo Command

Purpose
       Writes character strings to standard output.

Syntax
       echo [ String ... ]

Description
       The echo command writes character strings to standard output. Strings
       are separated by spaces, and a new-line character follows the last
       String parameter specified. The echo command recognizes the following
       escape conventions:

       \\a     Displays an alert character.
       \\b     Displays a backspace character.
       \\c     Suppresses the new-line character and ignores any characters
              that follow in the String parameter.
       \\f     Displays a form-feed character.
       \\n     Displays a new-line character.
       \\r     Displays a carriage return character.
       \\t     Displays a tab character.
       \\v     Displays a vertical tab character.
       \\\\     Displays a backslash character.
       \\0Number
              Displays an 8-bit character whose ASCII value is a 0-, 1-, 2-
              or 3-digit octal number.

       The echo command has no flags: -n is written like any other string.

Exit Status
       0    Successful completion.
`,
};
