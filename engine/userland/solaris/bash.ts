// bash on Solaris 11.1: /usr/bin/bash, root's login shell. The same command as AIX's ksh and sh
// (a new shell in the command's own process, engine/userland/sh/command.ts); the shell it starts
// speaks the machine's dialect (engine/os/solaris/sh.ts).
import { shCommand } from "../sh/command.js";
import type { CommandDef } from "../types.js";

export const solarisBashCommand: CommandDef = {
  ...shCommand,
  name: "bash",
  path: "/usr/bin/bash",
  summary: "GNU Bourne-Again SHell (bash 4.1), root's shell on Solaris 11.1.",
  man: `bash Command

Purpose
       GNU Bourne-Again SHell (bash 4.1), root's shell on Solaris 11.1.

Syntax
       bash [-aefnuvx] [-c string | file] [argument ...]

Description
       Bash is an sh-compatible command language interpreter that executes
       commands read from the standard input or from a file. With no file
       and no -c it reads commands from standard input: when that is the
       terminal it prompts (user@host:dir#) and ends with exit or Ctrl-D.
       With -c it runs string and ends; with file it runs the file.

       A command that is not found prints
              bash: name: command not found
       and ends with status 127. cd to a directory that is not there prints
              bash: cd: /x: No such file or directory

Flags
       -c string  Runs string; the next argument is $0, the rest $1 ...
       -e -x -v -u -f -n
                  Set the options as the set command does.
`,
};
