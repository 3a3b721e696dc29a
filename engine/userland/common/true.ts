// true and false: return a zero or a nonzero exit value.
import type { CommandDef } from "../types.js";

export const trueCmd: CommandDef = {
  name: "true",
  path: "/usr/bin/true",
  summary: "Returns an exit value of zero (true).",
  run: () => 0,
  man: `true Command

Purpose
       Returns an exit value of zero (true).

Syntax
       true

Description
       The true command returns a zero exit value. It is usually used in shell
       loops such as: while true; do ...; done
`,
};

export const falseCmd: CommandDef = {
  name: "false",
  path: "/usr/bin/false",
  summary: "Returns a nonzero exit value (false).",
  run: () => 1,
  man: `false Command

Purpose
       Returns a nonzero exit value (false).

Syntax
       false

Description
       The false command returns a nonzero exit value.
`,
};
